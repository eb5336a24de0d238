package org.inspectorate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Security settings an organisation's administrators choose for all its users. */
@Entity
@Table(name = "organisation_security")
public class OrganisationSecurity {

    @Id
    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "mfa_required", nullable = false)
    private boolean mfaRequired;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected OrganisationSecurity() {
    }

    public OrganisationSecurity(String providerId) {
        this.providerId = providerId;
        this.updatedAt = Instant.now();
    }

    public void requireMfa(boolean required, Long by, Instant now) {
        this.mfaRequired = required;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String providerId() {
        return providerId;
    }

    public boolean mfaRequired() {
        return mfaRequired;
    }
}
