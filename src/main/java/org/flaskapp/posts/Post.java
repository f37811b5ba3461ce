package org.flaskapp.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flaskapp.platform.persistence.StoredTime;
import org.flaskapp.platform.text.Markdown;

/**
 * A blog post: Markdown content, written by an author (the tutorial's sample posts have none), in
 * one category, with any number of tags. Times are UTC. The version guards against two people
 * saving the same post over each other.
 */
@Entity
@Table(name = "POST")
public class Post {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int CONTENT_MAX_LENGTH = 100_000;
    static final int EXCERPT_LENGTH = 200;
    private static final DateTimeFormatter PUBLISHED_ON = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Please enter a title.")
    @Size(max = TITLE_MAX_LENGTH, message = "The title can be at most {max} characters long.")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @NotBlank(message = "Please write the post.")
    @Size(max = CONTENT_MAX_LENGTH, message = "A post can be at most {max} characters long.")
    @Lob
    private String content;

    @Column(updatable = false)
    private String author;

    @NotNull(message = "Please choose a category.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "CATEGORY_ID")
    private Category category;

    @ManyToMany
    @JoinTable(name = "POST_TAG", joinColumns = @JoinColumn(name = "POST_ID"),
            inverseJoinColumns = @JoinColumn(name = "TAG_ID"))
    @OrderBy("name")
    private List<Tag> tags = new ArrayList<>();

    @Column(name = "PUBLISHED_AT", nullable = false, updatable = false)
    private LocalDateTime publishedAt;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Post() {
        // for JPA
    }

    Post(String author, PostDraft draft, Category category, List<Tag> tags) {
        this.author = author;
        this.publishedAt = StoredTime.now();
        apply(draft, category, tags);
    }

    void edit(PostDraft draft, Category category, List<Tag> tags) {
        apply(draft, category, tags);
        this.updatedAt = StoredTime.now();
    }

    private void apply(PostDraft draft, Category category, List<Tag> tags) {
        this.title = draft.title();
        this.content = draft.content();
        this.category = category;
        this.tags = new ArrayList<>(tags);
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

    /**
     * The day it was published, as pages show it ("27 November 2026"): a getter rather than a
     * converter in the view, which lists of posts would run once per row.
     */
    public String getPublishedOn() {
        return PUBLISHED_ON.format(publishedAt);
    }

    /** The start of the text, without its Markdown, for lists of posts. */
    public String getExcerpt() {
        return Markdown.excerpt(content, EXCERPT_LENGTH);
    }

    /** The account name of whoever wrote it; null for the tutorial's sample posts. */
    public String getAuthor() {
        return author;
    }

    public Category getCategory() {
        return category;
    }

    /** The tags by name (as the database gives them; a post just saved has them as typed). */
    public List<Tag> getTags() {
        return tags.stream().sorted(Comparator.comparing(Tag::getName)).toList();
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Post[" + id + ", " + title + "]";
    }
}
