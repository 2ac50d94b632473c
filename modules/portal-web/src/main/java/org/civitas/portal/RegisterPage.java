package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.core.account.Accounts;
import org.civitas.core.limit.AccountLimits;
import org.civitas.core.account.Registration;
import org.civitas.spi.Refusal;

@Named
@RequestScoped
public class RegisterPage {

    @Inject
    Accounts accounts;
    @Inject
    Portal portal;
    @Inject
    AccountLimits limits;

    private String email;
    private String password;
    private String pseudonym;
    private boolean termsAccepted;

    public String register() {
        try {
            limits.signUp(portal.clientAddress());
            accounts.register(new Registration(email, password, pseudonym, termsAccepted, portal.getLanguage()));
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
        portal.info("register.done");
        return "/account/login?faces-redirect=true";
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPseudonym() { return pseudonym; }
    public void setPseudonym(String pseudonym) { this.pseudonym = pseudonym; }
    public boolean isTermsAccepted() { return termsAccepted; }
    public void setTermsAccepted(boolean termsAccepted) { this.termsAccepted = termsAccepted; }
}
