package org.flaskapp.questions.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flaskapp.platform.feeds.AtomEntry;
import org.flaskapp.platform.feeds.AtomFeed;
import org.flaskapp.platform.feeds.FeedSource;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.text.PlainText;
import org.flaskapp.questions.Answer;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;
import org.flaskapp.questions.QuestionSummary;

/**
 * The questions' feeds: {@code /questions/feed.atom}, the newest questions each with its accepted
 * (else first) answer; and {@code /questions/{id}/feed.atom}, a question's newest answers, for
 * whoever asked it. Hidden questions and answers are never in them.
 */
@ApplicationScoped
public class QuestionFeeds implements FeedSource {

    static final int ENTRIES = 20;
    static final int TITLE_LENGTH = 80;
    /** Questions and answers are anonymous. */
    static final String AUTHOR = "a visitor";
    private static final String ALL = "/questions/feed.atom";
    private static final Pattern ANSWERS = Pattern.compile("/questions/([0-9]{1,18})/feed\\.atom");

    @Inject
    private QuestionService questions;

    @Override
    public Optional<AtomFeed> feed(String path) {
        if (path.equals(ALL)) {
            List<AtomEntry> entries = questions.latest(PagePosition.first(ENTRIES), false).items().stream()
                    .map(QuestionFeeds::entryOf).toList();
            return Optional.of(new AtomFeed("Questions", "/questions/", Instant.EPOCH, entries));
        }
        Matcher answers = ANSWERS.matcher(path);
        if (answers.matches()) {
            return questions.find(Long.parseLong(answers.group(1)), false).map(this::answersTo);
        }
        return Optional.empty();
    }

    private AtomFeed answersTo(Question question) {
        String title = PlainText.opening(question.getContent(), TITLE_LENGTH);
        String page = "/questions/" + question.getId() + "/";
        List<AtomEntry> entries = questions.latestAnswers(question, ENTRIES).stream()
                .map(answer -> new AtomEntry(AtomEntry.idOf("answer", answer.getId(), utc(answer.getAnsweredAt())),
                        (answer.isAccepted() ? "Accepted answer to: " : "Answer to: ") + title,
                        page + "#answer-" + answer.getId(), utc(answer.getAnsweredAt()), utc(answer.getAnsweredAt()),
                        AUTHOR, List.of(), PlainText.toHtml(answer.getContent())))
                .toList();
        return new AtomFeed("Answers to: " + title, page, utc(question.getAskedAt()), entries);
    }

    private static AtomEntry entryOf(QuestionSummary summary) {
        Question question = summary.question();
        Answer featured = summary.featured();
        Instant asked = utc(question.getAskedAt());
        String html = PlainText.toHtml(question.getContent());
        Instant updated = asked;
        if (featured != null) {
            html += "<p><strong>" + (featured.isAccepted() ? "Accepted answer" : "First answer") + "</strong></p>"
                    + PlainText.toHtml(featured.getContent());
            updated = utc(featured.getAnsweredAt()).isAfter(asked) ? utc(featured.getAnsweredAt()) : asked;
        }
        return new AtomEntry(AtomEntry.idOf("question", question.getId(), asked),
                PlainText.opening(question.getContent(), TITLE_LENGTH), "/questions/" + question.getId() + "/",
                asked, updated, AUTHOR, List.of(), html);
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
