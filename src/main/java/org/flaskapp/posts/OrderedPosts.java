package org.flaskapp.posts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.flaskapp.platform.paging.KeysetList;

/**
 * Some posts (all, or those matching a JPQL condition) in one order, read a page at a time from
 * any post on: the list that {@link PostService} pages.
 */
final class OrderedPosts implements KeysetList<Post> {

    private final EntityManager em;
    private final String condition;
    private final Map<String, Object> parameters;
    private final PostOrder order;

    /** @param condition a JPQL condition on {@code p}, or empty for all posts */
    OrderedPosts(EntityManager em, String condition, Map<String, Object> parameters, PostOrder order) {
        this.em = em;
        this.condition = condition;
        this.parameters = parameters;
        this.order = order;
    }

    @Override
    public List<Post> following(Long key, int max) {
        return read(key, order.following(), order.forward(), max);
    }

    @Override
    public List<Post> preceding(Long key, int max) {
        return read(key, order.preceding(), order.backward(), max);
    }

    private List<Post> read(Long key, String fromBoundary, String orderBy, int max) {
        String title = null;
        if (key != null && order.needsTitle()) {
            Post boundary = em.find(Post.class, key);
            // A boundary post deleted since its page was shown: read from the list's end instead.
            title = boundary == null ? null : boundary.getTitle();
            key = boundary == null ? null : key;
        }
        StringBuilder where = new StringBuilder(condition);
        if (key != null) {
            where.append(where.isEmpty() ? "" : " AND ").append(fromBoundary);
        }
        TypedQuery<Post> query = em.createQuery("SELECT p FROM Post p" + (where.isEmpty() ? "" : " WHERE " + where)
                + " ORDER BY " + orderBy, Post.class);
        parameters.forEach(query::setParameter);
        if (key != null) {
            query.setParameter("id", key);
            if (title != null) {
                query.setParameter("title", title);
            }
        }
        return query.setMaxResults(max).getResultList();
    }
}
