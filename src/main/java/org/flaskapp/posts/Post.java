package org.flaskapp.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A blog post. The table is created by the migrations in {@code db/migration}. */
@Entity
@Table(name = "POST")
public class Post {

    public static final int TITLE_MAX_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Please enter a title.")
    @Size(max = TITLE_MAX_LENGTH, message = "The title can be at most {max} characters long.")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Lob
    private String content;

    protected Post() {
        // for JPA
    }

    public Post(String title, String content) {
        this.title = title;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    @Override
    public String toString() {
        return "Post[" + id + ", " + title + "]";
    }
}
