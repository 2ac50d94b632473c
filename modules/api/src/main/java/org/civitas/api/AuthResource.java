package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.civitas.core.Messages;
import org.civitas.core.account.Accounts;
import org.civitas.core.account.Login;
import org.civitas.core.account.Registration;
import org.civitas.core.limit.AccountLimits;
import org.civitas.core.limit.ClientAddress;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Tag(name = "Account")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record RegisterRequest(String email, String password, String pseudonym, Boolean acceptTerms, String locale) {
    }

    public record Registered(long id, String pseudonym, boolean emailVerified) {
    }

    /** The answer to a sign-up, the same whether or not the address already had an account. */
    public record SignUpAccepted(String message) {
    }

    public record TokenRequest(String token) {
    }

    public record EmailRequest(String email) {
    }

    public record LoginRequest(String email, String password) {
    }

    public record LoginResponse(String token, Instant expiresAt, long citizenId, String pseudonym) {
    }

    public record PasswordReset(String token, String password) {
    }

    @Inject
    Accounts accounts;
    @Inject
    Caller caller;
    @Inject
    AccountLimits limits;
    @Inject
    ClientAddress addresses;

    @POST
    @Path("/register")
    @Operation(summary = "Open a citizen account; a confirmation link is sent by e-mail (202). An address that "
            + "already has an account gets the same answer, and its owner an e-mail saying someone tried "
            + "(429 after too many sign-ups from one address)")
    public Response register(RegisterRequest r, @Context HttpServletRequest http) {
        RegisterRequest req = require(r);
        limits.signUp(addresses.of(http));
        String locale = req.locale() != null ? req.locale() : caller.locale().getLanguage();
        accounts.register(new Registration(req.email(), req.password(), req.pseudonym(),
                Boolean.TRUE.equals(req.acceptTerms()), locale));
        return Response.accepted(new SignUpAccepted(Messages.text(caller.locale(), "account.register.sent"))).build();
    }

    @POST
    @Path("/verify")
    @Operation(summary = "Confirm an e-mail address with the token of the link")
    public Registered verify(TokenRequest r) {
        CitizenRef citizen = accounts.verifyEmail(require(r).token());
        return new Registered(citizen.id(), citizen.pseudonym(), true);
    }

    @POST
    @Path("/verify/resend")
    @Operation(summary = "Send the confirmation link again (same answer whether or not the address has an account)")
    public Response resend(EmailRequest r, @Context HttpServletRequest http) {
        limits.mail(require(r).email(), addresses.of(http));
        accounts.resendVerification(r.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/login")
    @Operation(summary = "Log in; returns a bearer token for the other calls. An unknown address, a wrong password "
            + "and an account locked after too many attempts all get the same 401")
    public LoginResponse login(LoginRequest r, @Context HttpServletRequest http) {
        LoginRequest req = require(r);
        Login login = accounts.login(req.email(), req.password(), addresses.of(http));
        return new LoginResponse(login.token(), login.expiresAt(), login.citizen().id(), login.citizen().pseudonym());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Revoke the bearer token of this call")
    public Response logout() {
        caller.required();
        accounts.logout(caller.token());
        return Response.noContent().build();
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Ask for a password reset link (same answer whether or not the address has an account)")
    public Response requestReset(EmailRequest r, @Context HttpServletRequest http) {
        limits.mail(require(r).email(), addresses.of(http));
        accounts.requestPasswordReset(r.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(summary = "Choose a new password with the token of the reset link")
    public Response reset(PasswordReset r) {
        PasswordReset req = require(r);
        accounts.resetPassword(req.token(), req.password());
        return Response.noContent().build();
    }

    static <T> T require(T body) {
        if (body == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.invalid", "no body");
        }
        return body;
    }
}
