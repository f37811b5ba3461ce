package org.flaskapp.main.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.accounts.NotAllowedException;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.main.SiteService;
import org.flaskapp.main.SiteText;
import org.flaskapp.platform.faces.Answers;
import org.flaskapp.platform.faces.Notice;
import org.flaskapp.platform.text.Markdown;

/** Backs /about/ (the text, rendered from Markdown) and /about/edit/ (administrators edit it). */
@Named
@RequestScoped
public class AboutPage {

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
        boolean saved;
        try {
            saved = site.editAbout(signedIn.required(),
                    version, content);
        } catch (NotAllowedException notAllowed) {
            Answers.forbidden(faces);
            return;
        }
        if (!saved) {
            version = about().getVersion(); // saving again replaces the other version on purpose
            Answers.conflict(faces, "Someone else saved this text while you were editing it. Your text is still "
                    + "below: save again to replace theirs.");
            return;
        }
        Notice.leave(faces.getExternalContext(), "Saved the about page.");
        Answers.redirect(faces, "/about/");
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
