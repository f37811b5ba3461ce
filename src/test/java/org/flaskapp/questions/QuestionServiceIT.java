package org.flaskapp.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.flaskapp.shared.Deployments;
import org.flaskapp.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link QuestionService} inside the server, on the real datasource. */
@ExtendWith(ArquillianExtension.class)
class QuestionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

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
