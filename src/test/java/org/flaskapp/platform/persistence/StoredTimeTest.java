package org.flaskapp.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.RepeatedTest;

class StoredTimeTest {

    @RepeatedTest(20)
    void nowIsToTheMicrosecondAsPostgresqlKeepsIt() {
        assertEquals(0, StoredTime.now().getNano() % 1_000);
    }
}
