package org.civitas.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.civitas.core.account.Accounts;
import org.civitas.core.limit.ClientAddress;
import org.civitas.core.account.Login;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/** The visitor's session: language, and once logged in, who they are. */
@Named("portal")
@SessionScoped
public class Portal implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request attribute that remembers this request's check of the token. */
    private static final String CHECKED = Portal.class.getName() + ".checked";

    @Inject
    transient Accounts accounts;
    @Inject
    transient ClientAddress addresses;
    @Inject
    transient HttpServletRequest request;

    private Locale locale;
    private String token;
    private CitizenRef citizen;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.of(FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap()
                    .get("Accept-Language"));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public String switchLanguage(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The person's network address, seen through the city's trusted reverse proxy if any. */
    public String clientAddress() {
        return addresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** Logs in; a new session id is issued so that a session fixed before login is worth nothing. */
    public void logIn(String email, String password) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        Login login = accounts.login(email, password, clientAddress());
        ((HttpServletRequest) ec.getRequest()).changeSessionId();
        this.token = login.token();
        this.citizen = login.citizen();
    }

    public String logout() {
        if (token != null) {
            accounts.logout(token);
        }
        token = null;
        citizen = null;
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/index?faces-redirect=true";
    }

    /**
     * The citizen, re-read from their token once per request, so that role changes and erasure apply at
     * the next page while a page's many EL calls cost one query.
     */
    public CitizenRef getCitizen() {
        if (token != null && request.getAttribute(CHECKED) == null) {
            request.setAttribute(CHECKED, Boolean.TRUE);
            Optional<CitizenRef> current = accounts.authenticate(token);
            citizen = current.orElse(null);
            if (current.isEmpty()) {
                token = null;
            }
        }
        return citizen;
    }

    /**
     * This page, as the login link's {@code back}: its view and, for a page opened by a link, its query. Null
     * on the account pages, from which logging in goes home.
     */
    public String getHere() {
        FacesContext context = FacesContext.getCurrentInstance();
        String view = context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
        if (view == null || view.startsWith("/account/")) {
            return null;
        }
        String query = context.isPostback() ? null : request.getQueryString();
        return query == null || query.isEmpty() ? view : view + "?" + query;
    }

    /** This session's login token, which a password change keeps valid while it revokes the others. */
    String sessionToken() {
        return token;
    }

    public boolean isSignedIn() {
        return getCitizen() != null;
    }

    public boolean isModerator() {
        CitizenRef c = getCitizen();
        return c != null && (c.has(Role.MODERATOR) || c.has(Role.ADMINISTRATOR));
    }

    public boolean isAdministrator() {
        CitizenRef c = getCitizen();
        return c != null && c.has(Role.ADMINISTRATOR);
    }

    /** The signed-in citizen, or a refusal the page shows. */
    public CitizenRef required() {
        CitizenRef c = getCitizen();
        if (c == null) {
            throw org.civitas.core.Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "permission.sign-in");
        }
        return c;
    }

    public String text(String key) {
        return ResourceBundle.getBundle("org.civitas.theme.messages", getLocale()).getString(key);
    }

    /** Shows a refusal's message in the visitor's language, next to the field when one is given. */
    public void show(Refusal refusal, String clientId) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text().in(getLocale()), null));
    }

    /** Shows a portal text as an error beside the field {@code clientId}. */
    public void error(String key, String clientId) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    public void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** An information message with values ({@link MessageFormat}: numbers in the visitor's language). */
    public void info(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                new MessageFormat(text(key), getLocale()).format(args), null));
    }
}
