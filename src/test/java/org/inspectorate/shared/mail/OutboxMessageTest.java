package org.inspectorate.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    @Test
    void failedSendsBackOffByDoublingUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(30), OutboxMessage.backOff(1));
        assertEquals(Duration.ofSeconds(60), OutboxMessage.backOff(2));
        assertEquals(Duration.ofMinutes(8), OutboxMessage.backOff(5));
        assertEquals(Duration.ofMinutes(15), OutboxMessage.backOff(6));
        assertEquals(Duration.ofMinutes(15), OutboxMessage.backOff(500));
    }

    @Test
    void anEmailNeedsARecipientSubjectAndBody() {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(" ", "s", "b", "C"));
        assertEquals(200, new OutgoingMail("a@b.example", "x".repeat(300), "b", "C").subject().length());
    }
}
