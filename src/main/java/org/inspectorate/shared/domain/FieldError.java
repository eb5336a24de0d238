package org.inspectorate.shared.domain;

/** A problem with one input field, in words a person can act on. */
public record FieldError(String field, String message) {
}
