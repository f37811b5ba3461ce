package org.flaskapp.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.flaskapp.platform.sitemaps.SitemapItem;
import org.flaskapp.platform.sitemaps.SitemapList;
import org.flaskapp.platform.sitemaps.SitemapSource;

/**
 * The posts' addresses for the sitemaps: every post (last changed when edited, else published),
 * every category and every tag. Read with queries of columns, by id ranges.
 */
@ApplicationScoped
public class PostSitemaps implements SitemapSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<SitemapList> lists() {
        return List.of(
                new SitemapList("posts", after -> firstId("Post", after), this::posts),
                new SitemapList("categories", after -> firstId("Category", after),
                        (after, through, max) -> names("Category", "slug", "/posts/categories/", after, through, max)),
                new SitemapList("tags", after -> firstId("Tag", after),
                        (after, through, max) -> names("Tag", "name", "/posts/tags/", after, through, max)));
    }

    private OptionalLong firstId(String entity, long after) {
        Long first = em.createQuery("SELECT MIN(e.id) FROM " + entity + " e WHERE e.id > :after", Long.class)
                .setParameter("after", after).getSingleResult();
        return first == null ? OptionalLong.empty() : OptionalLong.of(first);
    }

    private List<SitemapItem> posts(long after, long through, int max) {
        return em.createQuery("SELECT p.id, p.publishedAt, p.updatedAt FROM Post p"
                        + " WHERE p.id > :after AND p.id <= :through ORDER BY p.id", Object[].class)
                .setParameter("after", after).setParameter("through", through).setMaxResults(max)
                .getResultList().stream()
                .map(row -> new SitemapItem((Long) row[0], "/posts/" + row[0] + "/",
                        ((LocalDateTime) (row[2] != null ? row[2] : row[1])).toInstant(ZoneOffset.UTC)))
                .toList();
    }

    /** Categories and tags: their pages change with every post, so no time is given. */
    private List<SitemapItem> names(String entity, String name, String folder, long after, long through, int max) {
        return em.createQuery("SELECT e.id, e." + name + " FROM " + entity + " e"
                        + " WHERE e.id > :after AND e.id <= :through ORDER BY e.id", Object[].class)
                .setParameter("after", after).setParameter("through", through).setMaxResults(max)
                .getResultList().stream()
                .map(row -> new SitemapItem((Long) row[0], folder + row[1] + "/", null))
                .toList();
    }
}
