package org.flaskapp.main;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.flaskapp.accounts.Caller;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.platform.paging.Paging;
import org.flaskapp.platform.refusal.Conflict;

/** The main section's data: the about text and the contact messages (the only way into their tables). */
@ApplicationScoped
public class SiteService {

    static final String ABOUT = "about";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<SiteChanged> changes;

    @Inject
    private Validator validator;

    /** The about page's text (made by a migration, so always there). */
    public SiteText about() {
        return em.find(SiteText.class, ABOUT);
    }

    /**
     * Saves a new about text, if nobody else saved one since the editor opened it at
     * {@code openedVersion}; administrators only.
     *
     * @throws Conflict when someone else saved it meanwhile (nothing is changed)
     */
    @Transactional
    public void editAbout(Caller editor, long openedVersion, String content) {
        editor.requireAdministrator();
        SiteText about = about();
        if (about.getVersion() != openedVersion) {
            throw editConflict();
        }
        about.setContent(content);
        var violations = validator.validate(about);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw editConflict();
        }
        changes.fire(new SiteChanged("about edited"));
    }

    private static Conflict editConflict() {
        return new Conflict("Someone else saved this text while you were editing it. Your text is still below: "
                + "save again to replace theirs.");
    }

    /**
     * Stores a message from the contact form.
     *
     * @throws ConstraintViolationException when a field is blank, too long or not an email address
     */
    @Transactional
    public ContactMessage send(@jakarta.validation.Valid ContactMessage message) {
        // the caller's object never becomes managed (TransientConflicts)
        ContactMessage stored = new ContactMessage(message.getName(), message.getEmail(), message.getMessage());
        em.persist(stored);
        return stored;
    }

    /** One page of the contact messages, newest first; administrators only. */
    public Page<ContactMessage> messages(Caller reader, PageRequest request) {
        reader.requireAdministrator();
        return Paging.page(request,
                em.createQuery("SELECT m FROM ContactMessage m ORDER BY m.id DESC", ContactMessage.class),
                () -> em.createQuery("SELECT COUNT(m) FROM ContactMessage m", Long.class));
    }
}
