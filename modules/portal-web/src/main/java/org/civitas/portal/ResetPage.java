package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.core.account.Accounts;
import org.civitas.core.limit.AccountLimits;
import org.civitas.spi.Refusal;

/** Asking for a password reset link, and choosing the new password from it. */
@Named
@RequestScoped
public class ResetPage {

    @Inject
    Accounts accounts;
    @Inject
    Portal portal;
    @Inject
    AccountLimits limits;

    private String email;
    private String token;
    private String password;

    public String request() {
        try {
            limits.mail(email, portal.clientAddress());
            accounts.requestPasswordReset(email);
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
        portal.info("reset.sent");
        return "/account/login?faces-redirect=true";
    }

    public String reset() {
        try {
            accounts.resetPassword(token, password);
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
        portal.info("reset.done");
        return "/account/login?faces-redirect=true";
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
