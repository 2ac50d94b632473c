package org.civitas.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.spi.Refusal;

@Named
@RequestScoped
public class LoginPage {

    @Inject
    Portal portal;
    private String email;
    /** The page to go back to, from the link's query or, on the postback, the form's hidden field. */
    private String back;
    private String password;

    @PostConstruct
    void read() {
        back = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("back");
    }

    /** Logs in and goes back to the page the visitor came from, if it is a page of this portal. */
    public String login() {
        try {
            portal.logIn(email, password);
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
        portal.info("login.done");
        return ReturnPath.outcome(back);
    }

    public String getBack() { return back; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
