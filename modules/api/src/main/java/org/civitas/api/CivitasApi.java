package org.civitas.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import java.util.HashSet;
import java.util.Set;
import org.civitas.search.SearchResource;
import org.civitas.spi.ParticipationComponent;
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

    /** Core's and search's resources and providers, and the REST resources every deployed component's manifest declares. */
    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(AuthResource.class, MeResource.class, SpacesResource.class,
                ModerationResource.class, AdminResource.class, HealthResource.class, SearchResource.class,
                InputGuard.class, JsonBinding.class, BearerAuthentication.class, RefusalMapper.class, FailureMapper.class,
                ResponseHeaders.class));
        CDI.current().select(ParticipationComponent.class, Any.Literal.INSTANCE)
                .forEach(component -> classes.addAll(component.manifest().restResources()));
        return classes;
    }
}
