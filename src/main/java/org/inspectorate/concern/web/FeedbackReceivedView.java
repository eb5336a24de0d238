package org.inspectorate.concern.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.inspectorate.shared.web.NextPage;

/** The receipt shown once after someone gives feedback or blows the whistle. */
@Named
@RequestScoped
public class FeedbackReceivedView {

    static final String REFERENCE = "concernReference";
    static final String KIND = "concernKind";

    private String reference;
    private String kind;

    @PostConstruct
    void take() {
        reference = (String) NextPage.take(REFERENCE);
        kind = (String) NextPage.take(KIND);
    }

    public String getReference() {
        return reference;
    }

    public String getKind() {
        return kind;
    }
}
