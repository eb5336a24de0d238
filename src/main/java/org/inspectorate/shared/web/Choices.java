package org.inspectorate.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.validator.ValidatorException;
import java.util.Collection;

/**
 * Checks a multiple choice sent back against the options the page offered, before Faces does: a tampered form
 * (a value never offered, or an empty one) gets the field's message instead of failing inside the framework.
 */
public final class Choices {

    private Choices() {
    }

    public static void requireAmong(Object submitted, Collection<String> offered) {
        if (submitted == null) {
            return;
        }
        Iterable<?> values = submitted instanceof Iterable<?> it ? it
                : submitted instanceof Object[] a ? java.util.Arrays.asList(a) : java.util.List.of(submitted);
        for (Object v : values) {
            if (v == null || !offered.contains(v.toString())) {
                String text = Messages.get("choice.notOffered");
                throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
    }
}
