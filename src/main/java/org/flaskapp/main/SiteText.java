package org.flaskapp.main;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text of the site that an administrator edits, in Markdown, such as the about page's. */
@Entity
@Table(name = "SITE_TEXT")
public class SiteText {

    public static final int CONTENT_MAX_LENGTH = 100_000;

    @Id
    private String name;

    @NotBlank(message = "Please write the text.")
    @Size(max = CONTENT_MAX_LENGTH, message = "The text can be at most {max} characters long.")
    @Lob
    @Column(nullable = false)
    private String content;

    @Version
    private long version;

    protected SiteText() {
        // for JPA
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }

    void setContent(String content) {
        this.content = content;
    }

    public long getVersion() {
        return version;
    }
}
