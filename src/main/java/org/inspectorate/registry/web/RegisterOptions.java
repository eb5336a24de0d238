package org.inspectorate.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegistrationStatus;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;

/** Choices for the register's filter menus. */
@Named
@ApplicationScoped
public class RegisterOptions {

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public List<ServiceType> getServiceTypes() {
        return List.of(ServiceType.values());
    }

    public List<RegulatedActivity> getActivities() {
        return List.of(RegulatedActivity.values());
    }

    public List<RegistrationStatus> getStatuses() {
        return List.of(RegistrationStatus.values());
    }

    public List<ProviderType> getProviderTypes() {
        return List.of(ProviderType.values());
    }
}
