package org.inspectorate.rating.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.rating.domain.Breach;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.domain.RatingEngine;
import org.inspectorate.rating.domain.RatingResult;
import org.inspectorate.rating.domain.RatingRules;
import org.inspectorate.rating.domain.ScoringMethod;
import org.inspectorate.rating.domain.StatementInput;
import org.junit.jupiter.api.Test;

class StoredExplanationTest {

    @Test
    void theHandWrittenJsonIsValidAndCarriesTheWorking() {
        List<StatementInput> in = new ArrayList<>();
        for (KeyQuestion kq : KeyQuestion.values()) {
            in.add(StatementInput.scored(kq.name(), "A \"quoted\" statement\\ with\nnewline", kq, 3, false, null));
        }
        RatingResult r = RatingEngine.rate(RatingRules.standard("SAF-2024-12", ScoringMethod.QUALITY_STATEMENT_SCORES),
                in, List.of(new Breach("found \"here\"", "Regulation 12", KeyQuestion.SAFE, "tab\there")), List.of());
        String json = StoredExplanation.of(r).toJson();
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        assertEquals("SAF-2024-12", o.getString("methodology"));
        assertEquals("REQUIRES_IMPROVEMENT", o.getString("overall"));
        assertTrue(o.getBoolean("overallLimited"));
        assertEquals(5, o.getJsonArray("keyQuestions").size());
        JsonObject safe = o.getJsonArray("keyQuestions").getJsonObject(0);
        assertEquals("SAFE", safe.getString("keyQuestion"));
        assertEquals(75, safe.getInt("percent"));
        assertEquals("GOOD", safe.getString("band"));
        assertEquals(r.keyQuestions().get(0).rules(), safe.getJsonArray("rules").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("found \"here\"", o.getJsonArray("breaches").getJsonObject(0).getString("source"));
        assertEquals("tab\there", o.getJsonArray("breaches").getJsonObject(0).getString("description"));
    }
}
