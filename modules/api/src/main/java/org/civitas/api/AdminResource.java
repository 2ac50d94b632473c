package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.account.AccountAdministration;
import org.civitas.core.account.Districts;
import org.civitas.core.account.Profile;
import org.civitas.core.audit.AuditLog;
import org.civitas.core.demo.DemoPlatform;
import org.civitas.search.Reindexer;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    public record RolesForm(Set<String> roles, String directorate, String reason) {
    }

    public record RoleForm(String directorate, String reason) {
    }

    public record AuditView(long id, Instant at, Long actorId, String actor, String action, String targetType,
                            String targetId, String reason, String details) {
    }

    public record DistrictView(String code, String name) {
    }

    @Inject
    AccountAdministration administration;
    @Inject
    Districts districts;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Reindexer reindexer;
    @Inject
    DemoPlatform demo;

    @GET
    @Path("admin/search/reindex")
    @Operation(summary = "Where the last full search reindex stands (administrators)")
    public Reindexer.Progress reindexProgress() {
        Authority.administrator(caller.required());
        return reindexer.progress();
    }

    @POST
    @Path("admin/search/reindex")
    @Operation(summary = "Rebuild the search index from every component in the background, or resume a failed "
            + "reindex (administrators); 202, then follow it with GET")
    public Response reindex() {
        return Response.accepted(reindexer.start(caller.required())).build();
    }

    @POST
    @Path("admin/components/{componentId}/demo")
    @Operation(summary = "Fill a component instance that holds nothing yet with its component's demo content, "
            + "authored by demo residents at demo.civitas.local (administrators; 409 when it holds contributions)")
    public Response demo(@PathParam("componentId") long componentId) {
        demo.fill(caller.required(), componentId);
        return Response.noContent().build();
    }

    @GET
    @Path("districts")
    @Operation(summary = "The city's districts")
    public List<DistrictView> districts() {
        return districts.all().stream().map(d -> new DistrictView(d.getCode(), d.getName())).toList();
    }

    public record DistrictForm(String name, Integer position) {
    }

    @PUT
    @Path("admin/districts/{code}")
    @Operation(summary = "Add or rename a district (administrators)")
    public DistrictView saveDistrict(@PathParam("code") String code, DistrictForm f) {
        DistrictForm form = AuthResource.require(f);
        var d = districts.save(caller.required(), code, form.name(), form.position() == null ? 0 : form.position());
        return new DistrictView(d.getCode(), d.getName());
    }

    @DELETE
    @Path("admin/districts/{code}")
    @Operation(summary = "Remove a district no one lives in (administrators)")
    public Response removeDistrict(@PathParam("code") String code) {
        districts.remove(caller.required(), code);
        return Response.noContent().build();
    }

    @GET
    @Path("admin/citizens")
    @Operation(summary = "Accounts whose pseudonym or e-mail contains q, a page at a time; the total in X-Total-Count "
            + "(administrators)")
    public Response citizens(@QueryParam("q") String q, @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("max") @DefaultValue("50") int max) {
        AccountAdministration.Found found = administration.search(caller.required(), q, Math.max(0, first),
                Math.min(Math.max(1, max), 500));
        return Response.ok(found.accounts()).header("X-Total-Count", found.total()).build();
    }

    @PUT
    @Path("admin/citizens/{id}/roles/{role}")
    @Operation(summary = "Give an account one more role (MODERATOR, AGENT with a directorate, ADMINISTRATOR), "
            + "keeping the others (administrators)")
    public Profile addRole(@PathParam("id") long id, @PathParam("role") String role, RoleForm f) {
        RoleForm form = AuthResource.require(f);
        return administration.addRole(caller.required(), id, role(role), form.directorate(), form.reason());
    }

    @DELETE
    @Path("admin/citizens/{id}/roles/{role}")
    @Operation(summary = "Take one role away from an account, keeping the others (administrators)")
    public Profile removeRole(@PathParam("id") long id, @PathParam("role") String role,
                              @QueryParam("reason") String reason) {
        return administration.removeRole(caller.required(), id, role(role), reason);
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.role.unknown");
        }
    }

    @PUT
    @Path("admin/citizens/{id}/roles")
    @Operation(summary = "Set an account's whole set of roles: CITIZEN, MODERATOR, AGENT (with directorate), "
            + "ADMINISTRATOR; the roles left out are taken away")
    public Profile roles(@PathParam("id") long id, RolesForm f) {
        RolesForm form = AuthResource.require(f);
        if (form.roles() == null) {
            // Left out is not "no roles": that would take every role away.
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.field.required", "roles");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        try {
            for (String r : form.roles()) {
                roles.add(Role.valueOf(r));
            }
        } catch (IllegalArgumentException e) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.invalid", "roles");
        }
        return administration.grant(caller.required(), id, roles, form.directorate(), form.reason());
    }

    @GET
    @Path("admin/audit")
    @Operation(summary = "The audit log, newest first (administrators)")
    public List<AuditView> audit(@QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("max") @DefaultValue("100") int max) {
        return audit.latest(caller.required(), Math.max(0, first), Math.min(Math.max(1, max), 500)).stream()
                .map(a -> new AuditView(a.getId(), a.getAt(), a.getActorId(), a.getActorPseudonym(), a.getAction(),
                        a.getTargetType(), a.getTargetId(), a.getReason(), a.getDetails()))
                .toList();
    }
}
