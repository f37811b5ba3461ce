package org.flaskapp.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flaskapp.platform.text.Markdown;
import org.flaskapp.search.SearchSource;
import org.flaskapp.search.Searchable;

/**
 * The posts as the search reads them: a post is found by its title, by its text (Markdown as the
 * reader sees it, without its marks), its category's name and its tags. Read with queries of
 * columns, which always go to the database (never to JPA's shared cache, which may not have heard
 * of another server's write yet).
 */
@ApplicationScoped
public class PostSearch implements SearchSource {

    static final String SECTION = "posts";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public String itemName() {
        return "Post";
    }

    @Override
    public String address(long id) {
        return "/posts/" + id + "/";
    }

    @Override
    public List<Searchable> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        em.createQuery("SELECT p.id, t.name FROM Post p JOIN p.tags t WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return em.createQuery("SELECT p.id, p.title, p.content, c.name, p.publishedAt FROM Post p LEFT JOIN p.category c"
                        + " WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .map(row -> {
                    long id = (Long) row[0];
                    String text = String.join("\n", Markdown.plainText((String) row[2]), row[3] == null ? "" : (String) row[3],
                            String.join(" ", tags.getOrDefault(id, List.of())));
                    return new Searchable(SECTION, id, (String) row[1], text.strip(), "", false, (LocalDateTime) row[4]);
                })
                .toList();
    }

    @Override
    public List<Long> idsAfter(long afterId, int max) {
        return em.createQuery("SELECT p.id FROM Post p WHERE p.id > :after ORDER BY p.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Post p", Long.class).getSingleResult();
    }
}
