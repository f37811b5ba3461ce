package org.flaskapp.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A category of posts; every post has one. Its slug, made from its first name, is its address
 * ({@code /posts/categories/SLUG/}) and does not change when it is renamed, so links stay valid.
 */
@Entity
@Table(name = "CATEGORY")
public class Category {

    public static final int NAME_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false, updatable = false, length = NAME_MAX_LENGTH)
    private String slug;

    @Version
    private long version;

    protected Category() {
        // for JPA
    }

    Category(String name) {
        this.name = name;
        this.slug = slugOf(name);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** "Jakarta EE & Co." becomes "jakarta-ee-co": lower case letters a-z and digits joined by dashes. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
