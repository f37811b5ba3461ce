package org.flaskapp.platform.paging;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads one page of an entity table, newest (highest id) first, letting the database do the
 * limiting. The cost of a page does not grow with the table: the query walks the descending id
 * index and stops after one row more than the page holds (that row only tells whether an older
 * page exists). Rows are counted only when a visitor asks for a page past the end, to show the
 * last page instead.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /**
     * The requested page of {@code entity}, or the last page when the request lies past the end.
     * The entity must have a numeric {@code id} that grows with insertion order.
     */
    public static <T> Page<T> page(EntityManager em, Class<T> entity, PageRequest request) {
        Page<T> page = fetch(em, entity, request);
        if (page.isEmpty() && request.number() > 1) {
            long total = em.createQuery("SELECT COUNT(e) FROM " + entityName(em, entity) + " e", Long.class)
                    .getSingleResult();
            page = fetch(em, entity, request.lastPageFor(total));
        }
        return page;
    }

    private static <T> Page<T> fetch(EntityManager em, Class<T> entity, PageRequest request) {
        List<T> rows = em.createQuery(
                        "SELECT e FROM " + entityName(em, entity) + " e ORDER BY e.id DESC", entity)
                .setFirstResult(request.offset())
                .setMaxResults(request.size() + 1)
                .getResultList();
        boolean hasOlder = rows.size() > request.size();
        List<T> items = hasOlder ? rows.subList(0, request.size()) : rows;
        return new Page<>(items, request.number(), hasOlder);
    }

    private static String entityName(EntityManager em, Class<?> entity) {
        return em.getMetamodel().entity(entity).getName();
    }
}
