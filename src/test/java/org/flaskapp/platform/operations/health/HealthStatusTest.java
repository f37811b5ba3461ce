package org.flaskapp.platform.operations.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthStatusTest {

    @Test
    void isUpOnlyWhenEveryCheckIs() {
        assertTrue(new HealthStatus(List.of(HealthStatus.Result.up("a"), HealthStatus.Result.up("b"))).isUp());
        assertFalse(new HealthStatus(List.of(HealthStatus.Result.up("a"), HealthStatus.Result.down("b", "why"))).isUp());
    }

    @Test
    void answersInMicroProfileHealthsShapeWithTheReasonOfWhatIsDown() {
        JsonObject json = new HealthStatus(List.of(HealthStatus.Result.up("database"),
                HealthStatus.Result.down("search-index", "being built"))).toJson();

        assertEquals("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"},"
                + "{\"name\":\"search-index\",\"status\":\"DOWN\",\"data\":{\"reason\":\"being built\"}}]}", json.toString());
    }
}
