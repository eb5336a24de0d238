package org.inspectorate.registration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.inspectorate.registration.application.ApplicantService;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * The public page where a new provider starts an application (no account needed) or asks for its link again.
 * Both answers are the same whether or not the address has applied.
 */
@Named
@RequestScoped
public class ApplyToRegisterView {

    @Inject
    ApplicantService service;

    private String name;
    private String email;
    private String providerType;
    private String resendEmail;

    public void start() {
        try {
            service.start(name, email, providerType);
            done();
        } catch (ValidationFailure e) {
            FacesErrors.show("start", e);
        }
    }

    public void resend() {
        try {
            service.resend(resendEmail);
            done();
        } catch (ValidationFailure e) {
            FacesErrors.field("resend:resendEmail", e.errors().get(0).message());
        }
    }

    private static void done() {
        FacesErrors.info(Messages.get("registration.applicant.sent"));
        Pages.redirect("/apply-to-register.xhtml");
    }

    public List<ProviderType> getProviderTypes() {
        return Arrays.asList(ProviderType.values());
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getProviderType() { return providerType; }
    public void setProviderType(String v) { providerType = v; }
    public String getResendEmail() { return resendEmail; }
    public void setResendEmail(String v) { resendEmail = v; }
}
