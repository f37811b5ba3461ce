package org.flaskapp.questions.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.flaskapp.platform.api.ApiProblem;
import org.flaskapp.platform.api.JsonBody;
import org.flaskapp.platform.api.JsonFields;
import org.flaskapp.platform.api.JsonText;
import org.flaskapp.platform.api.KeptJson;
import org.flaskapp.platform.api.QueryValues;
import org.flaskapp.platform.guards.RepeatedTextLimit;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.questions.Answer;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;
import org.flaskapp.questions.QuestionSummary;

/**
 * {@code /api/v1/questions}: the visible questions, newest first, in pages of {@value #PAGE_SIZE};
 * one question with its visible answers (the accepted one first, then oldest first, fifty a page);
 * and, for anyone, asking and answering under the same limit as the forms (the same text too
 * often from one client: 429 with {@code Retry-After}). Hidden questions and answers never appear.
 */
@Path("questions")
@RequestScoped
public class QuestionsResource {

    static final int PAGE_SIZE = 20;
    static final int ANSWERS_PER_PAGE = 50;

    @Inject
    private QuestionService questions;

    @Inject
    private RepeatedTextLimit repeats;

    @Inject
    private KeptJson kept;

    @Inject
    private Validator validator;

    @Context
    private HttpServletRequest request;

    @GET
    public Response list(@QueryParam("after") String after) {
        Long afterKey = QueryValues.key("after", after);
        PagePosition position = afterKey == null ? PagePosition.first(PAGE_SIZE)
                : new PagePosition(PagePosition.Edge.AFTER, afterKey, PAGE_SIZE);
        return kept.send(request, () -> {
            Page<QuestionSummary> page = questions.latest(position, false);
            return JsonFields.of(
                    "items", page.items().stream().map(summary -> (Object) summary(summary)).toList(),
                    "next", page.olderQuery() == null ? null : kept.address(request, "/questions?" + page.olderQuery()));
        }, "");
    }

    private Map<String, Object> summary(QuestionSummary summary) {
        Map<String, Object> document = question(summary.question());
        document.put("answerCount", summary.answers());
        document.put("featuredAnswer", summary.featured() == null ? null : answer(summary.featured()));
        return document;
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response one(@PathParam("id") long id, @QueryParam("page") String page) {
        Long number = QueryValues.key("page", page);
        PageRequest answers = PageRequest.parse(number == null ? "1" : number.toString(), ANSWERS_PER_PAGE);
        return kept.send(request, () -> questions.find(id, false)
                .map(question -> {
                    Page<Answer> shown = questions.answers(question, answers, false);
                    Map<String, Object> document = question(question);
                    document.put("answers", shown.items().stream().map(answer -> (Object) answer(answer)).toList());
                    document.put("nextAnswers", shown.olderQuery() == null ? null
                            : kept.address(request, "/questions/" + id + "?" + shown.olderQuery()));
                    return document;
                }).orElse(null), noSuchQuestion(id));
    }

    @POST
    public Response ask(@HeaderParam("Content-Type") String type, InputStream body) {
        JsonBody asked = JsonBody.read(type, body);
        String content = asked.text("content", true);
        String firstAnswer = asked.text("answer", false);
        valid(Question.class, "content", content);
        if (firstAnswer != null && !firstAnswer.isBlank()) {
            valid(Answer.class, "answer", firstAnswer);
        }
        repeats.count(content);
        Question question = questions.ask(new Question(content), firstAnswer);
        return created("/questions/" + question.getId(), question(question));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/answers")
    public Response answer(@PathParam("id") long id, @HeaderParam("Content-Type") String type, InputStream body) {
        String content = JsonBody.read(type, body).text("content", true);
        if (questions.find(id, false).isEmpty()) {
            throw new ApiProblem(404, noSuchQuestion(id));
        }
        valid(Answer.class, "content", content);
        repeats.count(content);
        Answer answer = questions.answer(id, content);
        return created("/questions/" + id, answer(answer));
    }

    /**
     * Checks {@code text} against the constraints of {@code type}'s content, as the form does before
     * its action: what is refused as invalid is not counted against the client's limit.
     *
     * @param field the name of the request's field that holds it
     */
    private void valid(Class<?> type, String field, String text) {
        var violations = validator.validateValue(type, "content", text);
        if (!violations.isEmpty()) {
            throw new ApiProblem(422, "The request's fields are not valid.",
                    Map.of(field, violations.iterator().next().getMessage()), Map.of());
        }
    }

    private Response created(String path, Map<String, Object> document) {
        return Response.created(URI.create(kept.address(request, path)))
                .type(KeptJson.JSON).entity(JsonText.bytes(document)).build();
    }

    private Map<String, Object> question(Question question) {
        return JsonFields.of(
                "id", question.getId(),
                "content", question.getContent(),
                "asked", JsonText.time(question.getAskedAt()),
                "url", kept.page(request, "/questions/" + question.getId() + "/"),
                "self", kept.address(request, "/questions/" + question.getId()));
    }

    private static Map<String, Object> answer(Answer answer) {
        return JsonFields.of(
                "id", answer.getId(),
                "content", answer.getContent(),
                "answered", JsonText.time(answer.getAnsweredAt()),
                "accepted", answer.isAccepted());
    }

    private static String noSuchQuestion(long id) {
        return "There is no question " + id + ".";
    }
}
