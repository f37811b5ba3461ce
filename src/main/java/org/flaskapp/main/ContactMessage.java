package org.flaskapp.main;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.flaskapp.platform.persistence.StoredTime;

/**
 * A message sent through the contact form, for administrators to read. The form binds to these
 * fields, so the constraints below are the messages a sender sees.
 */
@Entity
@Table(name = "CONTACT_MESSAGE")
public class ContactMessage {

    public static final int MESSAGE_MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Please enter your name.")
    @Size(max = 100, message = "A name can be at most {max} characters long.")
    @Column(nullable = false)
    private String name;

    @NotBlank(message = "Please enter your email address, so that we can answer.")
    @Email(message = "This does not look like an email address.")
    @Size(max = 254, message = "An email address can be at most {max} characters long.")
    @Column(nullable = false)
    private String email;

    @NotBlank(message = "Please write your message.")
    @Size(max = MESSAGE_MAX_LENGTH, message = "A message can be at most {max} characters long.")
    @Lob
    @Column(nullable = false)
    private String message;

    @Column(name = "SENT_AT", nullable = false, updatable = false)
    private LocalDateTime sentAt = StoredTime.now();

    public ContactMessage() {
        // for JPA and for the empty form
    }

    public ContactMessage(String name, String email, String message) {
        this.name = name;
        this.email = email;
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
