package org.flaskapp.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flaskapp.search.SearchSource;
import org.flaskapp.search.Searchable;

/**
 * The questions as the search reads them: a question is found by its text and by its answers;
 * hidden answers, and hidden questions altogether, only by administrators. Read with queries of
 * columns, which always go to the database (never to JPA's shared cache).
 */
@ApplicationScoped
public class QuestionSearch implements SearchSource {

    static final String SECTION = "questions";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public String itemName() {
        return "Question";
    }

    @Override
    public String address(long id) {
        return "/questions/" + id + "/";
    }

    /** A question's answers as two texts: what everyone may read, and what only administrators may. */
    private static final class Answers {
        final StringBuilder visible = new StringBuilder();
        final StringBuilder hidden = new StringBuilder();
    }

    @Override
    public List<Searchable> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Answers> answers = new HashMap<>();
        em.createQuery("SELECT a.question.id, a.content, a.hidden FROM Answer a WHERE a.question.id IN :ids ORDER BY a.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> {
                    Answers of = answers.computeIfAbsent((Long) row[0], id -> new Answers());
                    ((Boolean) row[2] ? of.hidden : of.visible).append(row[1]).append("\n\n");
                });
        return em.createQuery("SELECT q.id, q.content, q.hidden, q.askedAt FROM Question q WHERE q.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .map(row -> {
                    Answers of = answers.getOrDefault((Long) row[0], new Answers());
                    return new Searchable(SECTION, (Long) row[0], (String) row[1], of.visible.toString().strip(),
                            of.hidden.toString().strip(), (Boolean) row[2], (LocalDateTime) row[3]);
                })
                .toList();
    }

    @Override
    public List<Long> idsAfter(long afterId, int max) {
        return em.createQuery("SELECT q.id FROM Question q WHERE q.id > :after ORDER BY q.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(q) FROM Question q", Long.class).getSingleResult();
    }
}
