package org.inspectorate.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Inspectorate API", version = "1",
        description = "The register of health and social care providers and locations, and the regulator's services."))
public class ApiApplication extends Application {
}
