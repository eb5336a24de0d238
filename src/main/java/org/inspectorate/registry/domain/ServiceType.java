package org.inspectorate.registry.domain;

/** What kind of service a location provides (the "gacServiceTypes" of the public data). */
public enum ServiceType implements Labelled {
    CARE_HOME_WITH_NURSING("Care home service with nursing"),
    CARE_HOME_WITHOUT_NURSING("Care home service without nursing"),
    DOMICILIARY_CARE("Domiciliary care service"),
    SUPPORTED_LIVING("Supported living service"),
    SHARED_LIVES("Shared lives"),
    EXTRA_CARE_HOUSING("Extra care housing services"),
    ACUTE("Acute services with overnight beds"),
    COMMUNITY_HEALTH("Community health care services"),
    DOCTORS("Doctors/GPs"),
    DENTAL("Dental service"),
    HOSPICE("Hospice services"),
    AMBULANCE("Ambulance service"),
    MENTAL_HEALTH_HOSPITAL("Hospital services for people with mental health needs, learning disabilities and problems with substance misuse"),
    DIAGNOSTIC_SCREENING("Diagnostic and/or screening service"),
    REMOTE_CLINICAL_ADVICE("Remote clinical advice service");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean careHome() {
        return this == CARE_HOME_WITH_NURSING || this == CARE_HOME_WITHOUT_NURSING;
    }
}
