package org.flaskapp.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.Test;

/** {@link QuestionService} inside the server, on the real datasource. */
class QuestionServiceIT extends InsideServer {

    @Inject
    QuestionService questions;

    @Test
    void askedQuestionIsStoredWithItsAnswerAndComesFirst() {
        Question asked = questions.ask(new Question("Is this stored?", "It is."));

        Question newest = questions.latest(new PageRequest(1, 10)).items().get(0);

        assertEquals(asked.getId(), newest.getId());
        assertEquals("Is this stored?", newest.getContent());
        assertEquals("It is.", newest.getAnswer());
    }

    @Test
    void questionWithoutAnswerIsFine() {
        Question asked = questions.ask(new Question("Anyone?", null));

        assertEquals(asked.getId(), questions.latest(new PageRequest(1, 10)).items().get(0).getId());
    }

    @Test
    void emptyQuestionIsRejected() {
        assertThrows(ConstraintViolationException.class, () -> questions.ask(new Question(null, "answer")));
        assertThrows(ConstraintViolationException.class, () -> questions.ask(new Question(" \n", "answer")));
    }

    @Test
    void questionOverItsColumnIsRejectedNotCut() {
        String tooLong = "q".repeat(Question.CONTENT_MAX_LENGTH + 1);

        assertThrows(ConstraintViolationException.class, () -> questions.ask(new Question(tooLong, "a")));
    }
}
