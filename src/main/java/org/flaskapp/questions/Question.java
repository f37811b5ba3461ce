package org.flaskapp.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.flaskapp.platform.persistence.StoredTime;

/**
 * A question; its answers are {@link Answer}s. The form on the questions page binds to the
 * content directly, so the constraints below are also the messages a user sees. A hidden question
 * is seen by administrators only.
 */
@Entity
@Table(name = "QUESTION")
public class Question {

    public static final int CONTENT_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Please enter a question.")
    @Size(max = CONTENT_MAX_LENGTH, message = "The question can be at most {max} characters long.")
    @Column(nullable = false, length = CONTENT_MAX_LENGTH)
    private String content;

    @Column(name = "ASKED_AT", nullable = false, updatable = false)
    private LocalDateTime askedAt = StoredTime.now();

    private boolean hidden;

    public Question() {
        // for JPA and for the empty form
    }

    public Question(String content) {
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public LocalDateTime getAskedAt() {
        return askedAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    @Override
    public String toString() {
        return "Question[" + id + ", " + content + "]";
    }
}
