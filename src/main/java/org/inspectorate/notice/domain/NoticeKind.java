package org.inspectorate.notice.domain;

/**
 * The kinds of notice and letter the regulator serves, each with its legal clocks (DOMAIN.md 4.2, 6.2 and the
 * appendix): how long the provider has to make written representations, whether a Tribunal appeal lies, and
 * when the notice takes effect.
 */
public enum NoticeKind {
    NOTICE_OF_PROPOSAL("Notice of proposal", Window.CALENDAR_DAYS, 28, false, Effect.NEVER),
    NOTICE_OF_DECISION("Notice of decision", Window.NONE, 0, true, Effect.AFTER_APPEAL_WINDOW),
    REGISTRATION_CERTIFICATE("Certificate of registration", Window.NONE, 0, false, Effect.ON_SERVICE),
    LETTER("Letter", Window.NONE, 0, false, Effect.NEVER),
    WARNING_NOTICE("Warning notice", Window.WORKING_DAYS, 10, false, Effect.NEVER),
    SECTION_29A_WARNING_NOTICE("Section 29A warning notice", Window.NONE, 0, false, Effect.NEVER),
    REQUIREMENT_NOTICE("Requirement notice", Window.NONE, 0, false, Effect.NEVER),
    URGENT_NOTICE("Notice of urgent action (section 31)", Window.NONE, 0, true, Effect.ON_SERVICE),
    FIXED_PENALTY_NOTICE("Fixed penalty notice", Window.NONE, 0, false, Effect.NEVER);

    /** How the representations window is counted. */
    public enum Window { NONE, CALENDAR_DAYS, WORKING_DAYS }

    /** When a notice of this kind takes effect. */
    public enum Effect { NEVER, ON_SERVICE, AFTER_APPEAL_WINDOW }

    /** Calendar days to appeal to the First-tier Tribunal from service, where an appeal lies. */
    public static final int APPEAL_DAYS = 28;

    private final String label;
    private final Window window;
    private final int windowLength;
    private final boolean mayBeAppealed;
    private final Effect effect;

    NoticeKind(String label, Window window, int windowLength, boolean mayBeAppealed, Effect effect) {
        this.label = label;
        this.window = window;
        this.windowLength = windowLength;
        this.mayBeAppealed = mayBeAppealed;
        this.effect = effect;
    }

    public String label() {
        return label;
    }

    public Window window() {
        return window;
    }

    public int windowLength() {
        return windowLength;
    }

    /** Whether this kind can carry a right of appeal (a notice of decision granting what was asked carries none). */
    public boolean mayBeAppealed() {
        return mayBeAppealed;
    }

    public Effect effect() {
        return effect;
    }

    public boolean takesRepresentations() {
        return window != Window.NONE;
    }
}
