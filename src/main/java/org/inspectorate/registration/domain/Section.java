package org.inspectorate.registration.domain;

import java.util.List;

/**
 * A section of an application's task list: its questions, and the documents it asks for (kinds of
 * document that must be uploaded before the section is complete).
 */
public record Section(String key, String title, List<Field> fields, List<DocumentKind> documents) {

    public Section {
        fields = List.copyOf(fields);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public boolean hasDocuments() {
        return !documents.isEmpty();
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
