package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.core.account.Accounts;
import org.civitas.spi.Refusal;

/** The page an e-mail confirmation link opens. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Accounts accounts;
    @Inject
    Portal portal;

    private String token;
    private boolean verified;

    public void verify() {
        try {
            accounts.verifyEmail(token);
            verified = true;
        } catch (Refusal refusal) {
            portal.show(refusal, null);
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isVerified() { return verified; }
}
