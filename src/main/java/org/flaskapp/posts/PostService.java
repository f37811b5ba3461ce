package org.flaskapp.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.flaskapp.platform.paging.NewestFirst;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;

/** The blog's posts: the only way into the POST table. */
@ApplicationScoped
public class PostService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<PostPublished> changes;

    /** One page of posts, newest first; a page past the end gives the last page. */
    public Page<Post> latest(PageRequest request) {
        return NewestFirst.page(em, Post.class, request);
    }

    /**
     * Stores a new post.
     *
     * @throws jakarta.validation.ConstraintViolationException when the title is blank or too long
     */
    @Transactional
    public Post publish(@Valid Post post) {
        em.persist(post);
        changes.fire(new PostPublished(post));
        return post;
    }
}
