package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.spi.Refusal;

@Named
@RequestScoped
public class LoginPage {

    @Inject
    Portal portal;
    private String email;
    private String password;

    public String login() {
        try {
            portal.logIn(email, password);
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
        portal.info("login.done");
        return "/index?faces-redirect=true";
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
