package org.flaskapp.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.flaskapp.platform.paging.NewestFirst;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;

/** Questions and their answers: the only way into the QUESTION table. */
@ApplicationScoped
public class QuestionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<QuestionAsked> changes;

    /** One page of questions, newest first; a page past the end gives the last page. */
    public Page<Question> latest(PageRequest request) {
        return NewestFirst.page(em, Question.class, request);
    }

    /**
     * Stores a new question with its answer.
     *
     * @throws jakarta.validation.ConstraintViolationException when the question is blank or too long
     */
    @Transactional
    public Question ask(@Valid Question question) {
        em.persist(question);
        changes.fire(new QuestionAsked(question));
        return question;
    }
}
