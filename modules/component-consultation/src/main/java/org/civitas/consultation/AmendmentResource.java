package org.civitas.consultation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultations' REST API under {@code /api/v1/consultation}: amendments to proposals and to the text. Every rule is in the services. */
@Path("consultation")
@Tag(name = "Consultations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AmendmentResource {
}
