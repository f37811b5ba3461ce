package org.flaskapp.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flaskapp.accounts.Caller;
import org.flaskapp.platform.cache.ContentCache;
import org.flaskapp.platform.paging.KeysetList;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.platform.paging.Paging;
import org.flaskapp.platform.refusal.Invalid;
import org.flaskapp.platform.refusal.NotFound;

/**
 * Questions and their answers: the only way into the QUESTION and ANSWER tables. Hidden content is
 * read only when the caller says it may see it ({@code moderator}); moderation itself checks the
 * caller. Every write fires {@link QuestionsChanged}.
 */
@ApplicationScoped
public class QuestionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<QuestionsChanged> changes;

    @Inject
    private Validator validator;

    @Inject
    private ContentCache cache;

    /**
     * One page of questions, newest first, each with its number of answers and the answer to show
     * with it; hidden questions and answers only for a moderator.
     */
    public Page<QuestionSummary> latest(PagePosition position, boolean moderator) {
        return cache.read("questions " + position + " moderator=" + moderator, () -> readLatest(position, moderator));
    }

    private Page<QuestionSummary> readLatest(PagePosition position, boolean moderator) {
        Page<Question> page = Paging.seek(position, new KeysetList<>() {
            @Override
            public List<Question> following(Long key, int max) {
                return read(key, "q.id < :id", "q.id DESC", max);
            }

            @Override
            public List<Question> preceding(Long key, int max) {
                return read(key, "q.id > :id", "q.id", max);
            }

            private List<Question> read(Long key, String fromBoundary, String orderBy, int max) {
                List<String> conditions = new ArrayList<>();
                if (!moderator) {
                    conditions.add("q.hidden = false");
                }
                if (key != null) {
                    conditions.add(fromBoundary);
                }
                TypedQuery<Question> query = em.createQuery("SELECT q FROM Question q"
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY " + orderBy, Question.class);
                if (key != null) {
                    query.setParameter("id", key);
                }
                return query.setMaxResults(max).getResultList();
            }
        }, Question::getId);
        return page.withItems(summaries(page.items(), moderator));
    }

    /**
     * Three small queries for the whole page, however many answers its questions have: counts and
     * first answers, accepted answers, then the answers to show.
     */
    private List<QuestionSummary> summaries(List<Question> questions, boolean moderator) {
        if (questions.isEmpty()) {
            return List.of();
        }
        String visible = moderator ? "" : " AND a.hidden = false";
        List<Long> ids = questions.stream().map(Question::getId).toList();
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, Long> featuredIds = new HashMap<>();
        em.createQuery("SELECT a.question.id, COUNT(a), MIN(a.id) FROM Answer a WHERE a.question.id IN :ids"
                        + visible + " GROUP BY a.question.id", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(row -> {
                    counts.put((Long) row[0], (Long) row[1]);
                    featuredIds.put((Long) row[0], (Long) row[2]);
                });
        em.createQuery("SELECT a.question.id, a.id FROM Answer a WHERE a.question.id IN :ids AND a.accepted = true"
                        + visible, Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(row -> featuredIds.put((Long) row[0], (Long) row[1]));
        Map<Long, Answer> featured = featuredIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT a FROM Answer a WHERE a.id IN :ids", Answer.class)
                        .setParameter("ids", List.copyOf(featuredIds.values())).getResultStream()
                        .collect(Collectors.toMap(answer -> answer.getQuestion().getId(), answer -> answer));
        return questions.stream()
                .map(q -> new QuestionSummary(q, counts.getOrDefault(q.getId(), 0L), featured.get(q.getId())))
                .toList();
    }

    /** The question, if it exists and (unless for a moderator) is not hidden. */
    public Optional<Question> find(long id, boolean moderator) {
        return Optional.ofNullable(em.find(Question.class, id)).filter(q -> moderator || !q.isHidden());
    }

    /** One page of a question's answers: the accepted one first, then oldest first. */
    public Page<Answer> answers(Question question, PageRequest request, boolean moderator) {
        return cache.read("answers " + question.getId() + " " + request + " moderator=" + moderator,
                () -> readAnswers(question, request, moderator));
    }

    private Page<Answer> readAnswers(Question question, PageRequest request, boolean moderator) {
        String where = " WHERE a.question = :question" + (moderator ? "" : " AND a.hidden = false");
        return Paging.page(request,
                em.createQuery("SELECT a FROM Answer a" + where + " ORDER BY a.accepted DESC, a.id", Answer.class)
                        .setParameter("question", question),
                () -> em.createQuery("SELECT COUNT(a) FROM Answer a" + where, Long.class)
                        .setParameter("question", question));
    }

    /** The newest {@code count} answers to {@code question} that visitors see, newest first. */
    public List<Answer> latestAnswers(Question question, int count) {
        return cache.read("latest answers " + question.getId() + " " + count, () -> em.createQuery(
                        "SELECT a FROM Answer a WHERE a.question = :question AND a.hidden = false ORDER BY a.id DESC", Answer.class)
                .setParameter("question", question).setMaxResults(count).getResultList());
    }

    /**
     * Stores a new question with the content of {@code question}, with its first answer when
     * {@code firstAnswer} is not blank.
     *
     * @throws ConstraintViolationException when the question is blank or too long
     */
    @Transactional
    public Question ask(@Valid Question question, String firstAnswer) {
        Question stored = new Question(question.getContent()); // the caller's object never becomes managed (TransientConflicts)
        em.persist(stored);
        if (firstAnswer != null && !firstAnswer.isBlank()) {
            em.persist(valid(new Answer(stored, firstAnswer)));
        }
        em.flush(); // its id, for the event
        changes.fire(new QuestionsChanged("question asked", stored.getId()));
        return stored;
    }

    /** Stores a visitor's answer to a question that they can see. */
    @Transactional
    public Answer answer(long questionId, String content) {
        Question question = find(questionId, false)
                .orElseThrow(() -> new Invalid("This question is no longer there."));
        Answer answer = valid(new Answer(question, content));
        em.persist(answer);
        changes.fire(new QuestionsChanged("question answered", questionId));
        return answer;
    }

    private Answer valid(Answer answer) {
        var violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return answer;
    }

    // ---- moderation: administrators only

    /** Hides a question from everyone but administrators, or shows it again. */
    @Transactional
    public void setQuestionHidden(Caller moderator, long id, boolean hidden) {
        moderator.requireAdministrator();
        existingQuestion(id).setHidden(hidden);
        changes.fire(new QuestionsChanged(hidden ? "question hidden" : "question restored", id));
    }

    /** Deletes a question and its answers for good. */
    @Transactional
    public void deleteQuestion(Caller moderator, long id) {
        moderator.requireAdministrator();
        Question question = existingQuestion(id);
        // by a query, not only by the table's ON DELETE CASCADE: the query also drops them from JPA's cache
        em.createQuery("DELETE FROM Answer a WHERE a.question = :question").setParameter("question", question).executeUpdate();
        em.remove(question);
        changes.fire(new QuestionsChanged("question deleted", id));
    }

    /** Hides an answer from everyone but administrators, or shows it again. */
    @Transactional
    public void setAnswerHidden(Caller moderator, long id, boolean hidden) {
        moderator.requireAdministrator();
        Answer answer = existingAnswer(id);
        answer.setHidden(hidden);
        changes.fire(new QuestionsChanged(hidden ? "answer hidden" : "answer restored", answer.getQuestion().getId()));
    }

    /** Marks an answer as the accepted one of its question (and no other). */
    @Transactional
    public void accept(Caller moderator, long id) {
        moderator.requireAdministrator();
        Answer answer = existingAnswer(id);
        em.createQuery("UPDATE Answer a SET a.accepted = false WHERE a.question = :question AND a.accepted = true")
                .setParameter("question", answer.getQuestion()).executeUpdate();
        em.refresh(answer);
        answer.setAccepted(true);
        changes.fire(new QuestionsChanged("answer accepted", answer.getQuestion().getId()));
    }

    /** Deletes an answer for good. */
    @Transactional
    public void deleteAnswer(Caller moderator, long id) {
        moderator.requireAdministrator();
        Answer answer = existingAnswer(id);
        em.remove(answer);
        changes.fire(new QuestionsChanged("answer deleted", answer.getQuestion().getId()));
    }

    /** The newest questions, hidden ones included, for the moderation queue. */
    public List<Question> newestQuestions(Caller moderator, int count) {
        moderator.requireAdministrator();
        return em.createQuery("SELECT q FROM Question q ORDER BY q.id DESC", Question.class)
                .setMaxResults(count).getResultList();
    }

    /** The newest answers, hidden ones included, for the moderation queue. */
    public List<Answer> newestAnswers(Caller moderator, int count) {
        moderator.requireAdministrator();
        return em.createQuery("SELECT a FROM Answer a ORDER BY a.id DESC", Answer.class)
                .setMaxResults(count).getResultList();
    }

    public Optional<Answer> findAnswer(long id) {
        return Optional.ofNullable(em.find(Answer.class, id));
    }

    private Question existingQuestion(long id) {
        return find(id, true).orElseThrow(() -> new NotFound("There is no question " + id + "."));
    }

    private Answer existingAnswer(long id) {
        return findAnswer(id).orElseThrow(() -> new NotFound("There is no answer " + id + "."));
    }
}
