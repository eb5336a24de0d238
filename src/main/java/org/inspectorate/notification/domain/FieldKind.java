package org.inspectorate.notification.domain;

/** The kinds of value a notification field holds, and how each is written in JSON. */
public enum FieldKind {
    /** One line of text. */
    TEXT,
    /** Several paragraphs. */
    LONG_TEXT,
    /** A date: "2026-11-23". */
    DATE,
    /** A local (UK) date and time: "2026-11-23T14:30". */
    DATE_TIME,
    /** true or false. */
    YES_NO,
    /** One code from the field's choices. */
    CHOICE,
    /** A list of codes from the field's choices. */
    MULTI_CHOICE,
    /** A whole number between the field's minimum and maximum. */
    WHOLE_NUMBER
}
