package org.inspectorate.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void offsetsAndPagesAgree() {
        assertEquals(40, new PageRequest(3, 20).offset());
        assertEquals(new PageRequest(3, 20), PageRequest.ofOffset(40, 20));
    }

    @Test
    void sizeIsCapped() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(1, 101));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 10));
    }

    @Test
    void totalPagesRoundUp() {
        assertEquals(3, new Page<>(List.of(), 41, new PageRequest(1, 20)).totalPages());
        assertEquals(1, new Page<>(List.of(), 0, new PageRequest(1, 20)).totalPages());
    }
}
