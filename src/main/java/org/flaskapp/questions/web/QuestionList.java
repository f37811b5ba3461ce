package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.questions.QuestionService;
import org.flaskapp.questions.QuestionSummary;

/**
 * Backs the list on /questions/: one page of questions, chosen by the {@code page} query
 * parameter, each with its number of answers and its accepted or first answer.
 */
@Named
@RequestScoped
public class QuestionList {

    static final int PAGE_SIZE = 10;

    @Inject
    private QuestionService questions;

    @Inject
    private SignedIn signedIn;

    @Inject
    private HttpServletRequest request;

    private Page<QuestionSummary> page;

    public Page<QuestionSummary> getPage() {
        if (page == null) {
            PagePosition position = PagePosition.requestedIn(request, PAGE_SIZE);
            page = questions.latest(position, signedIn.isAdministrator());
        }
        return page;
    }
}
