package org.inspectorate.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inspectorate.identity.application.StaffDirectory;

/** Staff registration: the dashboard figures, and whom applications can be assigned to. */
@Path("/staff/registration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "Registration")
public class StaffRegistrationResource {

    @Inject
    StaffDirectory staff;

    @Inject
    org.inspectorate.registration.application.DashboardQueries dashboard;

    @GET
    @Path("/dashboard")
    @Operation(summary = "The registration backlog: by type, stage and age, oldest per stage, decision times against the target")
    public org.inspectorate.registration.application.RegistrationDashboard dashboard() {
        return dashboard.dashboard();
    }

    @GET
    @Path("/inspectors")
    @Operation(summary = "Active staff who can be assigned an application")
    public List<StaffDirectory.StaffMember> inspectors() {
        return staff.active();
    }
}
