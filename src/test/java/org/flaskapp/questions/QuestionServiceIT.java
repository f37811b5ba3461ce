package org.flaskapp.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.Role;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.platform.refusal.Invalid;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.Test;

/** {@link QuestionService} inside the server, on the real datasource. */
class QuestionServiceIT extends InsideServer {

    private static final Caller ADMIN = new Caller("admin", Role.ADMINISTRATOR);
    private static final Caller AUTHOR = new Caller("someone", Role.AUTHOR);

    @Inject
    QuestionService questions;

    private static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }

    private QuestionSummary newest(boolean moderator) {
        return questions.latest(PagePosition.first(10), moderator).items().get(0);
    }

    private List<String> answers(Question question, boolean moderator) {
        return questions.answers(question, new PageRequest(1, 50), moderator).items().stream()
                .map(Answer::getContent).toList();
    }

    @Test
    void askedQuestionIsStoredWithItsFirstAnswerAndComesFirst() {
        Question asked = questions.ask(new Question(unique("Is this stored?")), "It is.");

        QuestionSummary newest = newest(false);

        assertEquals(asked.getId(), newest.question().getId());
        assertEquals(1, newest.answers());
        assertEquals("It is.", newest.featured().getContent());
    }

    @Test
    void questionWithoutAnswerIsFine() {
        Question asked = questions.ask(new Question(unique("Anyone?")), "  ");

        QuestionSummary newest = newest(false);
        assertEquals(asked.getId(), newest.question().getId());
        assertEquals(0, newest.answers());
        assertNull(newest.featured());
    }

    @Test
    void emptyQuestionOrAnswerIsRejected() {
        assertThrows(ConstraintViolationException.class, () -> questions.ask(new Question(null), "answer"));
        assertThrows(ConstraintViolationException.class, () -> questions.ask(new Question(" \n"), "answer"));
        Question asked = questions.ask(new Question(unique("Answer me")), null);
        assertThrows(ConstraintViolationException.class, () -> questions.answer(asked.getId(), " "));
    }

    @Test
    void questionOverItsColumnIsRejectedNotCut() {
        String tooLong = "q".repeat(Question.CONTENT_MAX_LENGTH + 1);

        assertThrows(ConstraintViolationException.class, () -> questions.ask(new Question(tooLong), "a"));
    }

    @Test
    void answersComeAcceptedFirstThenOldestFirst() {
        Question asked = questions.ask(new Question(unique("Which one?")), "first");
        questions.answer(asked.getId(), "second");
        Answer third = questions.answer(asked.getId(), "third");

        questions.accept(ADMIN, third.getId());

        assertEquals(List.of("third", "first", "second"), answers(asked, false));
        assertEquals("third", newest(false).featured().getContent(), "the list shows the accepted answer");
        Answer second = questions.answers(asked, new PageRequest(1, 50), false).items().get(2);
        questions.accept(ADMIN, second.getId());
        assertEquals(List.of("second", "first", "third"), answers(asked, false), "one accepted answer at a time");
    }

    @Test
    void hiddenContentIsSeenByModeratorsOnlyAndCanBeRestored() {
        Question asked = questions.ask(new Question(unique("Hide me?")), "shown");
        Answer hiddenAnswer = questions.answer(asked.getId(), "hidden");

        questions.setAnswerHidden(ADMIN, hiddenAnswer.getId(), true);
        assertEquals(List.of("shown"), answers(asked, false));
        assertEquals(1, newest(false).answers());
        assertEquals(List.of("shown", "hidden"), answers(asked, true));

        questions.setQuestionHidden(ADMIN, asked.getId(), true);
        assertTrue(questions.find(asked.getId(), false).isEmpty());
        assertFalse(newest(false).question().getId().equals(asked.getId()));
        assertEquals(asked.getId(), newest(true).question().getId());
        assertThrows(Invalid.class, () -> questions.answer(asked.getId(), "to a hidden question"));

        questions.setQuestionHidden(ADMIN, asked.getId(), false);
        questions.setAnswerHidden(ADMIN, hiddenAnswer.getId(), false);
        assertEquals(List.of("shown", "hidden"), answers(asked, false));
    }

    @Test
    void onlyAdministratorsModerate() {
        Question asked = questions.ask(new Question(unique("Moderated?")), "yes");
        long answer = questions.answers(asked, new PageRequest(1, 1), false).items().get(0).getId();

        assertThrows(NotAllowed.class, () -> questions.setQuestionHidden(AUTHOR, asked.getId(), true));
        assertThrows(NotAllowed.class, () -> questions.deleteQuestion(AUTHOR, asked.getId()));
        assertThrows(NotAllowed.class, () -> questions.setAnswerHidden(AUTHOR, answer, true));
        assertThrows(NotAllowed.class, () -> questions.accept(AUTHOR, answer));
        assertThrows(NotAllowed.class, () -> questions.deleteAnswer(AUTHOR, answer));
        assertThrows(NotAllowed.class, () -> questions.newestQuestions(AUTHOR, 5));
    }

    @Test
    void deletingAQuestionDeletesItsAnswers() {
        Question asked = questions.ask(new Question(unique("Gone?")), "with me");
        long answer = questions.answers(asked, new PageRequest(1, 1), false).items().get(0).getId();

        questions.deleteQuestion(ADMIN, asked.getId());

        assertTrue(questions.find(asked.getId(), true).isEmpty());
        assertTrue(questions.findAnswer(answer).isEmpty());
    }

    @Test
    void theQueueShowsTheNewestQuestionsAndAnswersHiddenOnesIncluded() {
        Question asked = questions.ask(new Question(unique("Queued")), "queued answer");
        questions.setQuestionHidden(ADMIN, asked.getId(), true);

        assertEquals(asked.getId(), questions.newestQuestions(ADMIN, 5).get(0).getId());
        assertEquals("queued answer", questions.newestAnswers(ADMIN, 5).get(0).getContent());
    }
}
