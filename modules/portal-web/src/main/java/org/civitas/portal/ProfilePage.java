package org.civitas.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.civitas.core.account.Accounts;
import org.civitas.core.account.Districts;
import org.civitas.core.account.District;
import org.civitas.core.account.Profile;
import org.civitas.core.account.ProfileChange;
import org.civitas.spi.Refusal;

/** My profile: pseudonym, residence, consents; change my password; download my data; erase my account. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;
    @Inject
    transient Districts districts;
    @Inject
    Portal portal;

    private Profile profile;
    private String pseudonym;
    private LocalDate birthDate;
    private String address;
    private String district;
    private boolean newsletterConsent;
    private String eraseConfirmation;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        if (portal.isSignedIn()) {
            profile = accounts.profile(portal.getCitizen().id());
            pseudonym = profile.pseudonym();
            birthDate = profile.birthDate();
            address = profile.address();
            district = profile.district();
            newsletterConsent = profile.newsletterConsent();
        }
    }

    public String save() {
        try {
            profile = accounts.updateProfile(portal.required().id(), new ProfileChange(pseudonym, birthDate, address,
                    district, newsletterConsent, portal.getLanguage()));
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
        portal.info("profile.saved");
        return "/account/profile?faces-redirect=true";
    }

    /** Changes the password; this session stays signed in, every other session's token is revoked. */
    public String changePassword() {
        try {
            accounts.changePassword(portal.required().id(), portal.sessionToken(), currentPassword, newPassword);
        } catch (Refusal refusal) {
            portal.show(refusal, refusal.code().equals("account.password.current-wrong") ? "password:current" : "password:new");
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
        }
        portal.info("profile.password.changed");
        return "/account/profile?faces-redirect=true";
    }

    public void download() throws IOException {
        Object data = accounts.export(portal.required().id());
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(data).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IOException(e);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext ec = context.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("application/json; charset=UTF-8");
        ec.setResponseContentLength(json.length);
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"civitas-mes-donnees.json\"");
        ec.getResponseOutputStream().write(json);
        context.responseComplete();
    }

    public String erase() {
        if (!portal.text("profile.erase.word").equalsIgnoreCase(eraseConfirmation == null ? "" : eraseConfirmation.strip())) {
            FacesContext.getCurrentInstance().addMessage("erase:confirmation",
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                            portal.text("profile.erase.mismatch"), null));
            return null;
        }
        accounts.erase(portal.required().id());
        portal.logout();
        portal.info("profile.erased");
        return "/index?faces-redirect=true";
    }

    public List<District> getDistricts() {
        return districts.all();
    }

    public Profile getProfile() { return profile; }
    public String getPseudonym() { return pseudonym; }
    public void setPseudonym(String pseudonym) { this.pseudonym = pseudonym; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public boolean isNewsletterConsent() { return newsletterConsent; }
    public void setNewsletterConsent(boolean newsletterConsent) { this.newsletterConsent = newsletterConsent; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getEraseConfirmation() { return eraseConfirmation; }
    public void setEraseConfirmation(String eraseConfirmation) { this.eraseConfirmation = eraseConfirmation; }
}
