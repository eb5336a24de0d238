package org.inspectorate.demo;

import java.util.List;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.registry.domain.Specialism;
import static org.inspectorate.registry.domain.RegulatedActivity.*;

/** A kind of service with its usual regulated activities, how common it is, and how it is named. */
enum ServiceProfile {
    CARE_HOME(ServiceType.CARE_HOME_WITHOUT_NURSING, 15, List.of(ACCOMMODATION_NURSING_PERSONAL_CARE), true, "%s %s"),
    NURSING_HOME(ServiceType.CARE_HOME_WITH_NURSING, 10,
            List.of(ACCOMMODATION_NURSING_PERSONAL_CARE, TREATMENT_OF_DISEASE, DIAGNOSTIC_AND_SCREENING), true,
            "%s Nursing Home"),
    HOME_CARE(ServiceType.DOMICILIARY_CARE, 23, List.of(PERSONAL_CARE), false, "%s Home Care - %s"),
    SUPPORTED_LIVING(ServiceType.SUPPORTED_LIVING, 5, List.of(PERSONAL_CARE), false, "%s Supported Living"),
    EXTRA_CARE(ServiceType.EXTRA_CARE_HOUSING, 2, List.of(PERSONAL_CARE), false, "%s Court Extra Care"),
    SHARED_LIVES(ServiceType.SHARED_LIVES, 1, List.of(PERSONAL_CARE), false, "%s Shared Lives"),
    GP(ServiceType.DOCTORS, 12, List.of(TREATMENT_OF_DISEASE, DIAGNOSTIC_AND_SCREENING, FAMILY_PLANNING,
            MATERNITY_AND_MIDWIFERY, SURGICAL_PROCEDURES), false, "%s Surgery"),
    DENTAL(ServiceType.DENTAL, 18, List.of(TREATMENT_OF_DISEASE, DIAGNOSTIC_AND_SCREENING, SURGICAL_PROCEDURES),
            false, "%s Dental Practice"),
    COMMUNITY(ServiceType.COMMUNITY_HEALTH, 4, List.of(TREATMENT_OF_DISEASE, NURSING_CARE), false,
            "%s Community Services"),
    HOSPICE(ServiceType.HOSPICE, 2, List.of(TREATMENT_OF_DISEASE, NURSING_CARE, ACCOMMODATION_NURSING_PERSONAL_CARE),
            false, "%s Hospice"),
    HOSPITAL(ServiceType.ACUTE, 2, List.of(TREATMENT_OF_DISEASE, SURGICAL_PROCEDURES, DIAGNOSTIC_AND_SCREENING,
            MATERNITY_AND_MIDWIFERY, TERMINATION_OF_PREGNANCIES, BLOOD_AND_BLOOD_PRODUCTS), false, "%s Hospital"),
    MENTAL_HEALTH(ServiceType.MENTAL_HEALTH_HOSPITAL, 2, List.of(TREATMENT_OF_DISEASE, MENTAL_HEALTH_ACT_DETENTION,
            ACCOMMODATION_SUBSTANCE_MISUSE), false, "%s Mental Health Unit"),
    DIAGNOSTIC(ServiceType.DIAGNOSTIC_SCREENING, 2, List.of(DIAGNOSTIC_AND_SCREENING), false, "%s Imaging Centre"),
    AMBULANCE(ServiceType.AMBULANCE, 1, List.of(TRANSPORT_TRIAGE_REMOTE_ADVICE), false, "%s Ambulance Service"),
    REMOTE(ServiceType.REMOTE_CLINICAL_ADVICE, 1, List.of(TRANSPORT_TRIAGE_REMOTE_ADVICE, SLIMMING_CLINICS), false,
            "%s Online Clinic");

    static final List<Specialism> SOCIAL_CARE_SPECIALISMS = List.of(Specialism.DEMENTIA, Specialism.OLDER_PEOPLE,
            Specialism.LEARNING_DISABILITIES, Specialism.PHYSICAL_DISABILITIES, Specialism.MENTAL_HEALTH,
            Specialism.SENSORY_IMPAIRMENTS, Specialism.YOUNGER_ADULTS);
    static final List<Specialism> HEALTH_SPECIALISMS = List.of(Specialism.CHILDREN, Specialism.OLDER_PEOPLE,
            Specialism.YOUNGER_ADULTS, Specialism.MENTAL_HEALTH, Specialism.EATING_DISORDERS,
            Specialism.SUBSTANCE_MISUSE);

    final ServiceType serviceType;
    final int weight;
    final List<RegulatedActivity> activities;
    final boolean careHome;
    final String namePattern;

    ServiceProfile(ServiceType serviceType, int weight, List<RegulatedActivity> activities, boolean careHome,
            String namePattern) {
        this.serviceType = serviceType;
        this.weight = weight;
        this.activities = activities;
        this.careHome = careHome;
        this.namePattern = namePattern;
    }

    boolean socialCare() {
        return careHome || activities.equals(List.of(PERSONAL_CARE));
    }
}
