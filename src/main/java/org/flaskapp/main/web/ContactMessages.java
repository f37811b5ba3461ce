package org.flaskapp.main.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.main.ContactMessage;
import org.flaskapp.main.SiteService;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;

/** Backs /admin/messages/: the contact form's messages, newest first, twenty a page. */
@Named
@RequestScoped
public class ContactMessages {

    static final int PAGE_SIZE = 20;

    @Inject
    private SiteService site;

    @Inject
    private SignedIn signedIn;

    @Inject
    @ManagedProperty("#{param.page}")
    private String requestedPage;

    private Page<ContactMessage> page;

    public Page<ContactMessage> getPage() {
        if (page == null) {
            page = site.messages(signedIn.required(),
                    PageRequest.parse(requestedPage, PAGE_SIZE));
        }
        return page;
    }
}
