package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;

/** Backs the list on /questions/: one page of questions, chosen by the {@code page} query parameter. */
@Named
@RequestScoped
public class QuestionList {

    static final int PAGE_SIZE = 10;

    @Inject
    private QuestionService questions;

    @Inject
    @ManagedProperty("#{param.page}")
    private String requestedPage;

    private Page<Question> page;

    public Page<Question> getPage() {
        if (page == null) {
            page = questions.latest(PageRequest.parse(requestedPage, PAGE_SIZE));
        }
        return page;
    }
}
