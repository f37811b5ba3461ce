package org.flaskapp.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word that posts are tagged with; its name is its address ({@code /posts/tags/NAME/}). */
@Entity
@Table(name = "TAG")
public class Tag {

    /** Lower-case letters a-z, digits and dashes, starting with a letter or digit. */
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]{0,29}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    protected Tag() {
        // for JPA
    }

    Tag(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
