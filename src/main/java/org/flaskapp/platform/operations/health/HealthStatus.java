package org.flaskapp.platform.operations.health;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a probe, in the JSON shape of MicroProfile Health, so that tools made for it read
 * it: {@code {"status":"DOWN","checks":[{"name":"database","status":"DOWN","data":{"reason":"..."}}]}}.
 * Down when any check is down.
 */
public record HealthStatus(List<Result> checks) {

    /** One check's outcome. */
    public record Result(String name, Optional<String> problem) {

        public static Result up(String name) {
            return new Result(name, Optional.empty());
        }

        public static Result down(String name, String reason) {
            return new Result(name, Optional.of(reason));
        }

        public boolean isUp() {
            return problem.isEmpty();
        }
    }

    public boolean isUp() {
        return checks.stream().allMatch(Result::isUp);
    }

    public JsonObject toJson() {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (Result check : checks) {
            JsonObjectBuilder result = Json.createObjectBuilder()
                    .add("name", check.name())
                    .add("status", word(check.isUp()));
            check.problem().ifPresent(reason -> result.add("data", Json.createObjectBuilder().add("reason", reason)));
            results.add(result);
        }
        return Json.createObjectBuilder().add("status", word(isUp())).add("checks", results).build();
    }

    private static String word(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
