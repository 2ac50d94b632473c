package org.civitas.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1, at {@code /api/v1}. */
@ApplicationPath("/v1")
@OpenAPIDefinition(info = @Info(title = "Civitas API", version = "1",
        description = "Citizen participation platform: accounts, spaces, components, moderation. "
                + "Errors are JSON {\"error\": code, \"message\": text} in the language of Accept-Language (fr, en).",
        license = @License(name = "EUPL-1.2")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Token from POST /api/v1/auth/login")
public class CivitasApi extends Application {
}
