package org.flaskapp.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.flaskapp.platform.sitemaps.SitemapItem;
import org.flaskapp.platform.sitemaps.SitemapList;
import org.flaskapp.platform.sitemaps.SitemapSource;

/**
 * The questions' addresses for the sitemaps: every question that visitors see, last changed when
 * its newest visible answer came (else when it was asked). Read with queries of columns, by id
 * ranges.
 */
@ApplicationScoped
public class QuestionSitemaps implements SitemapSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<SitemapList> lists() {
        return List.of(new SitemapList("questions", this::firstVisibleAfter, this::questions));
    }

    private OptionalLong firstVisibleAfter(long after) {
        Long first = em.createQuery("SELECT MIN(q.id) FROM Question q WHERE q.id > :after AND q.hidden = false", Long.class)
                .setParameter("after", after).getSingleResult();
        return first == null ? OptionalLong.empty() : OptionalLong.of(first);
    }

    private List<SitemapItem> questions(long after, long through, int max) {
        List<Object[]> rows = em.createQuery("SELECT q.id, q.askedAt FROM Question q"
                        + " WHERE q.id > :after AND q.id <= :through AND q.hidden = false ORDER BY q.id", Object[].class)
                .setParameter("after", after).setParameter("through", through).setMaxResults(max)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDateTime> answered = new HashMap<>();
        em.createQuery("SELECT a.question.id, MAX(a.answeredAt) FROM Answer a WHERE a.hidden = false"
                        + " AND a.question.id > :after AND a.question.id <= :last GROUP BY a.question.id", Object[].class)
                .setParameter("after", after).setParameter("last", rows.get(rows.size() - 1)[0])
                .getResultList().forEach(row -> answered.put((Long) row[0], (LocalDateTime) row[1]));
        return rows.stream().map(row -> {
            LocalDateTime asked = (LocalDateTime) row[1];
            LocalDateTime lastAnswer = answered.get((Long) row[0]);
            LocalDateTime changed = lastAnswer != null && lastAnswer.isAfter(asked) ? lastAnswer : asked;
            return new SitemapItem((Long) row[0], "/questions/" + row[0] + "/", changed.toInstant(ZoneOffset.UTC));
        }).toList();
    }
}
