package org.inspectorate.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void defaultsWhenAbsent() {
        QueryParams p = new QueryParams();
        PageRequest page = p.page(null, "");
        assertNull(p.enumValue("region", null, Region.class));
        p.done();
        assertEquals(new PageRequest(1, 20), page);
    }

    @Test
    void acceptsFriendlySpellingsOfEnums() {
        QueryParams p = new QueryParams();
        assertEquals(Region.NORTH_EAST, p.enumValue("region", "north-east", Region.class));
        p.done();
    }

    @Test
    void collectsEveryProblemBeforeRefusing() {
        QueryParams p = new QueryParams();
        p.page("abc", "1000");
        p.enumValue("region", "MARS", Region.class);
        ValidationFailure f = assertThrows(ValidationFailure.class, p::done);
        assertEquals(List.of("page", "perPage", "region"), f.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void readsADayAndNamesTheParameterWhenItIsNotOne() {
        QueryParams p = new QueryParams();
        assertEquals(java.time.LocalDate.of(2027, 1, 31), p.date("on", " 2027-01-31 "));
        assertNull(p.date("on", ""));
        p.done();
        QueryParams bad = new QueryParams();
        bad.date("on", "2027-02-30");
        bad.date("from", "31/01/2027");
        ValidationFailure f = assertThrows(ValidationFailure.class, bad::done);
        assertEquals(List.of("on", "from"), f.errors().stream().map(FieldError::field).toList());
    }
}
