package org.flaskapp.main.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.main.SiteService;
import org.flaskapp.main.SiteText;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.refusal.Conflict;
import org.flaskapp.platform.text.Markdown;

/** Backs /about/ (the text, rendered from Markdown) and /about/edit/ (administrators edit it). */
@Named
@RequestScoped
public class AboutText {

    @Inject
    private SiteService site;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    private SiteText about;
    private String content;
    private long version;

    public String getHtml() {
        return Markdown.toHtml(about().getContent());
    }

    /** Before the edit form is shown: the current text and its version. */
    public void loadForEditing() {
        content = about().getContent();
        version = about().getVersion();
    }

    public void save() {
        try {
            site.editAbout(signedIn.required(), version, content);
        } catch (Conflict conflict) {
            version = about().getVersion(); // saving again replaces the other version on purpose
            throw conflict;
        }
        Redirect.afterChange(faces, "Saved the about page.", "/about/");
    }

    private SiteText about() {
        if (about == null) {
            about = site.about();
        }
        return about;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
