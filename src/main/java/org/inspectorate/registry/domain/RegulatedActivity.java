package org.inspectorate.registry.domain;

/** The 14 regulated activities of Schedule 1 to the Regulated Activities Regulations 2014. */
public enum RegulatedActivity implements Labelled {
    PERSONAL_CARE("RA1", "Personal care"),
    ACCOMMODATION_NURSING_PERSONAL_CARE("RA2", "Accommodation for persons who require nursing or personal care"),
    ACCOMMODATION_SUBSTANCE_MISUSE("RA3", "Accommodation for persons who require treatment for substance misuse"),
    TREATMENT_OF_DISEASE("RA4", "Treatment of disease, disorder or injury"),
    MENTAL_HEALTH_ACT_DETENTION("RA5", "Assessment or medical treatment for persons detained under the Mental Health Act 1983"),
    SURGICAL_PROCEDURES("RA6", "Surgical procedures"),
    DIAGNOSTIC_AND_SCREENING("RA7", "Diagnostic and screening procedures"),
    BLOOD_AND_BLOOD_PRODUCTS("RA8", "Management of supply of blood and blood derived products"),
    TRANSPORT_TRIAGE_REMOTE_ADVICE("RA9", "Transport services, triage and medical advice provided remotely"),
    MATERNITY_AND_MIDWIFERY("RA10", "Maternity and midwifery services"),
    TERMINATION_OF_PREGNANCIES("RA11", "Termination of pregnancies"),
    SLIMMING_CLINICS("RA12", "Services in slimming clinics"),
    NURSING_CARE("RA13", "Nursing care"),
    FAMILY_PLANNING("RA14", "Family planning services");

    private final String code;
    private final String label;

    RegulatedActivity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
