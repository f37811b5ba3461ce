package org.flaskapp.platform.paging;

import jakarta.persistence.EntityManager;

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
        String name = em.getMetamodel().entity(entity).getName();
        return Paging.page(request,
                slice -> em.createQuery("SELECT e FROM " + name + " e ORDER BY e.id DESC", entity)
                        .setFirstResult(slice.offset())
                        .setMaxResults(slice.size() + 1)
                        .getResultList(),
                () -> em.createQuery("SELECT COUNT(e) FROM " + name + " e", Long.class).getSingleResult());
    }
}
