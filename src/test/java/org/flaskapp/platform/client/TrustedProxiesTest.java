package org.flaskapp.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies balancer = new TrustedProxies(List.of("127.0.0.1", " ::1"));

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverBelieved() {
        assertEquals("127.0.0.1", new TrustedProxies(List.of()).clientOf("127.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void aDirectClientCannotNameItsOwnAddress() {
        assertEquals("198.51.100.7", balancer.clientOf("198.51.100.7", List.of("203.0.113.9")));
    }

    @Test
    void behindTheBalancerTheClientIsTheHopItAdded() {
        assertEquals("127.0.0.2", balancer.clientOf("127.0.0.1", List.of("127.0.0.2")));
    }

    @Test
    void whatTheClientWroteBeforeTheBalancerAddedItsHopIsNotRead() {
        assertEquals("127.0.0.3", balancer.clientOf("127.0.0.1", List.of("10.9.9.9, 127.0.0.3")));
        assertEquals("127.0.0.3", balancer.clientOf("127.0.0.1", List.of("10.9.9.9", "127.0.0.3")));
    }

    @Test
    void trustedHopsAreSkippedAndOtherSpellingsOfThemCount() {
        assertEquals("192.0.2.4", balancer.clientOf("0:0:0:0:0:0:0:1", List.of("192.0.2.4, 127.0.0.1")));
    }

    @Test
    void aHopThatIsNoAddressLeavesTheNearestAddress() {
        assertEquals("127.0.0.1", balancer.clientOf("127.0.0.1", List.of("unknown")));
        assertEquals("127.0.0.1", balancer.clientOf("127.0.0.1", List.of("evil.example")));
        assertEquals("127.0.0.1", balancer.clientOf("127.0.0.1", List.of()));
    }
}
