package org.inspectorate.registration.domain;

import java.util.List;

/**
 * One question in a section of an application form. {@code options} are the allowed values of a choice
 * (code and label); {@code prefill} names the register fact that fills it when the application starts.
 */
public record Field(String name, String label, String hint, Kind kind, boolean required, int maxLength,
        List<Option> options, String prefill) {

    /** What kind of answer the field takes. */
    public enum Kind {
        TEXT, LONG_TEXT, DATE, NUMBER, POSTCODE, EMAIL, CHOICE, MULTI_CHOICE, LOCATION, CONDITION, CONFIRM,
        /** A registered manager of the location chosen in the same section, by name, from the register. */
        MANAGER,
        /** A current partner of the provider, by name, from the register. */
        PARTNER
    }

    /** A value a choice allows. */
    public record Option(String code, String label) {
    }

    public Field {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Field text(String name, String label, boolean required) {
        return new Field(name, label, null, Kind.TEXT, required, 200, null, null);
    }

    public static Field longText(String name, String label, String hint, boolean required) {
        return new Field(name, label, hint, Kind.LONG_TEXT, required, 5000, null, null);
    }

    public Field withHint(String h) {
        return new Field(name, label, h, kind, required, maxLength, options, prefill);
    }

    public Field prefilledFrom(String fact) {
        return new Field(name, label, hint, kind, required, maxLength, options, fact);
    }

    public Field ofKind(Kind k, List<Option> opts) {
        return new Field(name, label, hint, k, required, maxLength, opts, prefill);
    }

    public boolean isText() { return kind == Kind.TEXT || kind == Kind.POSTCODE || kind == Kind.EMAIL; }
    public boolean isLongText() { return kind == Kind.LONG_TEXT; }
    public boolean isDate() { return kind == Kind.DATE; }
    public boolean isNumber() { return kind == Kind.NUMBER; }
    public boolean isChoice() { return kind == Kind.CHOICE || fromRegister(); }
    /** A choice whose options are the provider's own register entries (locations, conditions, people). */
    public boolean fromRegister() {
        return kind == Kind.LOCATION || kind == Kind.CONDITION || kind == Kind.MANAGER || kind == Kind.PARTNER;
    }
    public boolean isMultiChoice() { return kind == Kind.MULTI_CHOICE; }
    public boolean isConfirm() { return kind == Kind.CONFIRM; }
}
