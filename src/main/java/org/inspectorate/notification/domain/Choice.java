package org.inspectorate.notification.domain;

/** One allowed value of a choice field: the code sent and stored, and the words shown. */
public record Choice(String code, String label) {
}
