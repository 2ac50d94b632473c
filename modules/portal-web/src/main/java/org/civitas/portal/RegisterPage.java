package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.core.account.Accounts;
import org.civitas.core.limit.AccountLimits;
import org.civitas.core.account.Registration;
import java.util.List;
import java.util.Map;
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

    /** The form's field for each field of a {@link Registration}. */
    private static final Map<String, String> FIELDS = Map.of("email", "email", "password", "password",
            "pseudonym", "pseudonym", "termsAccepted", "terms");
    /** The form's fields, top to bottom. */
    private static final List<String> ORDER = List.of("email", "pseudonym", "password", "terms");

    private String email;
    private String password;
    private String pseudonym;
    private boolean termsAccepted;

    /**
     * Shows every problem of the form at once, each beside its field; the typed password stays in its field
     * ({@code redisplay}) so that a correction does not mean typing it again.
     */
    public String register() {
        Registration registration = new Registration(email, password, pseudonym, termsAccepted, portal.getLanguage());
        Map<String, Refusal> problems = accounts.problems(registration);
        if (!problems.isEmpty()) {
            problems.forEach((field, refusal) -> {
                if (left(field)) {
                    portal.error("field.required", "register:" + FIELDS.get(field));
                } else {
                    portal.show(refusal, "register:" + FIELDS.get(field));
                }
            });
            return null;
        }
        try {
            limits.signUp(portal.clientAddress());
            accounts.register(registration);
        } catch (Refusal refusal) {
            portal.show(refusal, "account.pseudonym.taken".equals(refusal.code()) ? "register:pseudonym" : null);
            return null;
        }
        portal.info("register.done");
        return "/account/login?faces-redirect=true";
    }

    /**
     * The first field in error, in the form's order, which takes the focus after a refused submit so that a
     * keyboard or screen reader user starts at the first thing to correct; null before a submit or when none.
     */
    public String getFirstInvalid() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ORDER.stream().filter(field -> faces.getMessages("register:" + field).hasNext()).findFirst().orElse(null);
    }

    /** Whether a text field was left empty: it is then "required" rather than the rule's message. */
    private boolean left(String field) {
        return switch (field) {
            case "email" -> email == null || email.isBlank();
            case "password" -> password == null || password.isBlank();
            case "pseudonym" -> pseudonym == null || pseudonym.isBlank();
            default -> false; // the terms box has its own message
        };
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
