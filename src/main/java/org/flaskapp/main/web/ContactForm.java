package org.flaskapp.main.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.main.ContactMessage;
import org.flaskapp.main.SiteService;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.guards.RepeatedTextLimit;

/**
 * Backs /contact/: name, email and message, validated by Faces against {@link ContactMessage};
 * a valid message is stored and the sender sees /contact/sent/ (post/redirect/get). The same
 * message sent too often from one address gets 429.
 */
@Named
@RequestScoped
public class ContactForm {

    @Inject
    private SiteService site;

    @Inject
    private RepeatedTextLimit repeats;

    @Inject
    private FacesContext faces;

    private final ContactMessage message = new ContactMessage();

    public ContactMessage getMessage() {
        return message;
    }

    public void send() {
        repeats.count(message.getMessage());
        site.send(message);
        Redirect.to(faces, "/contact/sent/");
    }
}
