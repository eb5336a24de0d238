package org.inspectorate.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void productionRefusesDemoDataWhateverElseIsSet() {
        assertEquals(DemoData.Decision.REFUSE_IN_PRODUCTION, DemoData.decide(true, true));
        assertEquals(DemoData.Decision.NOTHING, DemoData.decide(false, true));
        assertEquals(DemoData.Decision.LOAD, DemoData.decide(true, false));
        assertEquals(DemoData.Decision.NOTHING, DemoData.decide(false, false));
    }
}
