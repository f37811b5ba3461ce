package org.flaskapp.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A question with its answer. The form on the questions page binds to these fields directly, so
 * the constraints below are also the messages a user sees.
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

    @Lob
    private String answer;

    public Question() {
        // for JPA and for the empty form
    }

    public Question(String content, String answer) {
        this.content = content;
        this.answer = answer;
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

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    @Override
    public String toString() {
        return "Question[" + id + ", " + content + "]";
    }
}
