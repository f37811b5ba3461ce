package org.flaskapp.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.flaskapp.platform.persistence.StoredTime;

/**
 * One answer to a question; a question has any number. An administrator may accept one of them
 * (it is then shown first) and hide any (seen by administrators only).
 */
@Entity
@Table(name = "ANSWER")
public class Answer {

    /** As long as a form post may be (1 MiB); the answer to a question can be long. */
    public static final int CONTENT_MAX_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "QUESTION_ID", updatable = false)
    private Question question;

    @NotBlank(message = "Please enter an answer.")
    @Size(max = CONTENT_MAX_LENGTH, message = "An answer can be at most {max} characters long.")
    @Lob
    @Column(nullable = false)
    private String content;

    @Column(name = "ANSWERED_AT", nullable = false, updatable = false)
    private LocalDateTime answeredAt = StoredTime.now();

    private boolean hidden;

    private boolean accepted;

    protected Answer() {
        // for JPA
    }

    Answer(Question question, String content) {
        this.question = question;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public String getContent() {
        return content;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public boolean isAccepted() {
        return accepted;
    }

    void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }
}
