package org.civitas.api;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/health")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record Health(String status, boolean database) {
    }

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @GET
    @Operation(summary = "UP when the platform and its database answer")
    public Response health() {
        boolean db;
        try (Connection c = dataSource.getConnection()) {
            db = c.isValid(2);
        } catch (SQLException e) {
            db = false;
        }
        return Response.status(db ? 200 : 503).entity(new Health(db ? "UP" : "DOWN", db)).build();
    }
}
