package org.inspectorate.rating.domain;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The part of a score's rationale the public may read, as the methodology allows: at most {@code limit} characters,
 * made of whole sentences from its start (a first sentence longer than that is cut at a word and ends in "…").
 * Staff and the provider read the rationale in full; a methodology that publishes none has a limit of 0.
 *
 * @param shortened true when the text is less than the whole rationale
 */
public record RationaleSummary(String text, boolean shortened) {

    private static final String ELLIPSIS = "\u2026";

    public static Optional<RationaleSummary> of(String rationale, int limit) {
        if (limit <= 0 || rationale == null || rationale.isBlank()) {
            return Optional.empty();
        }
        String text = rationale.strip().replaceAll("\\s+", " ");
        if (text.length() <= limit) {
            return Optional.of(new RationaleSummary(text, false));
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
        sentences.setText(text);
        int end = 0;
        for (int next = sentences.next(); next != BreakIterator.DONE && text.substring(0, next).strip().length()
                <= limit; next = sentences.next()) {
            end = next;
        }
        if (end > 0) {
            return Optional.of(new RationaleSummary(text.substring(0, end).strip(), true));
        }
        return Optional.of(new RationaleSummary(cutAtWord(text, limit - 1) + ELLIPSIS, true));
    }

    private static String cutAtWord(String text, int max) {
        int space = text.lastIndexOf(' ', max);
        String cut = space > 0 ? text.substring(0, space) : text.substring(0, max);
        return cut.replaceAll("[\\s,;:.-]+$", "");
    }
}
