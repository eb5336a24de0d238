package org.inspectorate.report.domain;

import java.time.Instant;

/**
 * A save refused so that nothing is overwritten silently: the section changed since the editor loaded it
 * ({@code STALE}) or someone else holds its editing lease ({@code LEASED}). Carries both texts, so the person
 * can compare them and choose; their own text is never dropped.
 */
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind { STALE, LEASED }

    private final Kind kind;
    private final SectionKey section;
    private final int currentVersion;
    private final String currentHtml;
    private final String currentAuthor;
    private final Instant currentSavedAt;
    private final String yourHtml;
    private final String leaseHolder;
    private final Instant leaseExpiresAt;

    public EditConflict(Kind kind, ReportSection s, String yourHtml) {
        super(kind == Kind.LEASED
                ? s.leaseHolderName() + " is editing " + s.key().label() + " until " + s.leaseExpiresAt()
                        + ". Your text has not been saved and is kept on this page: copy it or try again later."
                : s.key().label() + " was changed by " + s.updatedByName() + " after you opened it. Your text has"
                        + " not been saved: compare the two texts and choose which to keep.");
        this.kind = kind;
        this.section = s.key();
        this.currentVersion = s.version();
        this.currentHtml = s.html();
        this.currentAuthor = s.updatedByName();
        this.currentSavedAt = s.updatedAt();
        this.yourHtml = yourHtml;
        this.leaseHolder = s.leaseHolderName();
        this.leaseExpiresAt = s.leaseExpiresAt();
    }

    public Kind kind() { return kind; }
    public SectionKey section() { return section; }
    public int currentVersion() { return currentVersion; }
    public String currentHtml() { return currentHtml; }
    public String currentAuthor() { return currentAuthor; }
    public Instant currentSavedAt() { return currentSavedAt; }
    public String yourHtml() { return yourHtml; }
    public String leaseHolder() { return leaseHolder; }
    public Instant leaseExpiresAt() { return leaseExpiresAt; }
}
