package org.inspectorate.notification.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One field of a notification type's form. Immutable; the {@code with...} methods return adjusted copies so
 * that the catalogue reads as a list of fields.
 */
public record FieldSpec(String name, FieldKind kind, String label, String hint, boolean required, int maxLength,
        List<Choice> choices, int min, int max, boolean notFuture) {

    public FieldSpec {
        choices = List.copyOf(choices);
    }

    static FieldSpec text(String name, String label, int maxLength) {
        return new FieldSpec(name, FieldKind.TEXT, label, null, true, maxLength, List.of(), 0, 0, false);
    }

    static FieldSpec longText(String name, String label) {
        return new FieldSpec(name, FieldKind.LONG_TEXT, label, null, true, 4000, List.of(), 0, 0, false);
    }

    static FieldSpec date(String name, String label) {
        return new FieldSpec(name, FieldKind.DATE, label, null, true, 10, List.of(), 0, 0, false);
    }

    static FieldSpec dateTime(String name, String label) {
        return new FieldSpec(name, FieldKind.DATE_TIME, label, null, true, 16, List.of(), 0, 0, false);
    }

    static FieldSpec yesNo(String name, String label) {
        return new FieldSpec(name, FieldKind.YES_NO, label, null, true, 5, List.of(), 0, 0, false);
    }

    static FieldSpec choice(String name, String label, Choice... choices) {
        return new FieldSpec(name, FieldKind.CHOICE, label, null, true, 60, Arrays.asList(choices), 0, 0, false);
    }

    static FieldSpec choices(String name, String label, Choice... choices) {
        return new FieldSpec(name, FieldKind.MULTI_CHOICE, label, null, true, 60, Arrays.asList(choices), 0, 0, false);
    }

    static FieldSpec number(String name, String label, int min, int max) {
        return new FieldSpec(name, FieldKind.WHOLE_NUMBER, label, null, true, 6, List.of(), min, max, false);
    }

    FieldSpec optional() {
        return new FieldSpec(name, kind, label, hint, false, maxLength, choices, min, max, notFuture);
    }

    FieldSpec hint(String text) {
        return new FieldSpec(name, kind, label, text, required, maxLength, choices, min, max, notFuture);
    }

    /** For dates and times of things that have already happened. */
    FieldSpec past() {
        return new FieldSpec(name, kind, label, hint, required, maxLength, choices, min, max, true);
    }

    public Optional<Choice> choice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public String choiceLabel(String code) {
        return choice(code).map(Choice::label).orElse(code);
    }

    /** The label with "(optional)" where the field may be left empty, as forms show it. */
    public String formLabel() {
        return required ? label : label + " (optional)";
    }

    public boolean isText() {
        return kind == FieldKind.TEXT;
    }

    public boolean isLongText() {
        return kind == FieldKind.LONG_TEXT;
    }

    public boolean isDate() {
        return kind == FieldKind.DATE;
    }

    public boolean isDateTime() {
        return kind == FieldKind.DATE_TIME;
    }

    public boolean isYesNo() {
        return kind == FieldKind.YES_NO;
    }

    public boolean isChoice() {
        return kind == FieldKind.CHOICE;
    }

    public boolean isMultiChoice() {
        return kind == FieldKind.MULTI_CHOICE;
    }

    public boolean isNumber() {
        return kind == FieldKind.WHOLE_NUMBER;
    }
}
