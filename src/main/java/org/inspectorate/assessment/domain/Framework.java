package org.inspectorate.assessment.domain;

import java.util.List;
import java.util.Optional;

/** The key questions, quality statements and evidence categories of one framework version, in order. */
public record Framework(String code, String name, List<Item> keyQuestions, List<Statement> statements,
        List<Item> categories) {

    public record Item(String code, String name) {
    }

    public record Statement(String code, String keyQuestion, String name) {

        public String label() {
            return code + " " + name;
        }
    }

    public Optional<Statement> statement(String code) {
        return statements.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Item> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<Statement> statementsOf(String keyQuestion) {
        return statements.stream().filter(s -> s.keyQuestion().equals(keyQuestion)).toList();
    }
}
