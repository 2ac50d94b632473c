package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.civitas.core.Messages;
import org.civitas.core.account.AccountAdministration;
import org.civitas.core.account.Districts;
import org.civitas.core.account.District;
import org.civitas.core.account.Profile;
import org.civitas.core.audit.AuditEntry;
import org.civitas.core.audit.AuditLog;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/**
 * Administrators: accounts (searched by pseudonym or e-mail, a page at a time) and their roles, given or taken
 * one by one; districts; the audit log. The search, the page and the chosen account travel as request
 * parameters, so a form shown for the chosen account is still there when it is posted.
 */
@Named
@RequestScoped
public class AdminPeoplePage {

    static final int PAGE_SIZE = 20;

    @Inject
    AccountAdministration administration;
    @Inject
    Districts districts;
    @Inject
    AuditLog audit;
    @Inject
    Portal portal;

    private String q;
    private int page;
    private Long account;
    private AccountAdministration.Found found;
    private Profile chosen;
    private String role;
    private String directorate;
    private String reason;
    private String districtCode;
    private String districtName;
    private int districtPosition;

    @PostConstruct
    void readParameters() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        q = params.get("q") == null || params.get("q").isBlank() ? null : params.get("q").strip();
        page = number(params.get("page")).map(n -> (int) Math.min(n, 100_000)).orElse(0);
        account = number(params.get("account")).orElse(null);
    }

    private static Optional<Long> number(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /** The accounts of this page of the search. */
    public AccountAdministration.Found getFound() {
        if (found == null) {
            found = portal.isAdministrator()
                    ? administration.search(portal.getCitizen(), q, page * PAGE_SIZE, PAGE_SIZE)
                    : new AccountAdministration.Found(List.of(), 0);
        }
        return found;
    }

    public int getPages() {
        return (int) Math.max(1, (getFound().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The account whose roles are being changed, or null. */
    public Profile getChosen() {
        if (chosen == null && account != null && portal.isAdministrator()) {
            try {
                chosen = administration.account(portal.getCitizen(), account);
            } catch (Refusal refusal) {
                account = null;
            }
        }
        return chosen;
    }

    public List<AuditEntry> getAudit() {
        return portal.isAdministrator() ? audit.latest(portal.getCitizen(), 0, 300) : List.of();
    }

    public List<District> getDistricts() {
        return districts.all();
    }

    /** The roles the chosen account could be given, in the roles' order. */
    public List<String> getAddableRoles() {
        Profile c = getChosen();
        return AccountAdministration.GRANTABLE.stream().filter(r -> c == null || !c.roles().contains(r)).map(Role::name)
                .toList();
    }

    public boolean grantable(Role r) {
        return AccountAdministration.GRANTABLE.contains(r);
    }

    /** An account's roles in words, e.g. "Citoyen ou citoyenne, Modérateur ou modératrice". */
    public String roleNames(Profile profile) {
        return profile.roles().stream().sorted().map(r -> portal.text("role." + r.name())).collect(Collectors.joining(", "));
    }

    public String addRole() {
        if (role == null || role.isBlank()) {
            FacesContext.getCurrentInstance().addMessage("roles:role",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, portal.text("field.required"), null));
            return null;
        }
        return changeRoles(() -> administration.addRole(portal.required(), account == null ? -1 : account,
                Role.valueOf(role), directorate, reason));
    }

    public String removeRole(String name) {
        return changeRoles(() -> administration.removeRole(portal.required(), account == null ? -1 : account,
                Role.valueOf(name), reason));
    }

    private String changeRoles(Supplier<Profile> change) {
        try {
            change.get();
            portal.info("admin.saved");
            return "/admin/people?faces-redirect=true&account=" + account + (q == null ? "" : "&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8)) + "&page=" + page;
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        } catch (IllegalArgumentException unknownRole) {
            portal.show(Messages.refusal(Refusal.Kind.BAD_INPUT, "account.role.unknown"), null);
            return null;
        }
    }

    public String saveDistrict() {
        try {
            districts.save(portal.required(), districtCode, districtName, districtPosition);
            portal.info("admin.saved");
            return "/admin/districts?faces-redirect=true";
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
    }

    public String removeDistrict(String code) {
        try {
            districts.remove(portal.required(), code);
            portal.info("admin.saved");
            return "/admin/districts?faces-redirect=true";
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
    }

    public String getQ() { return q; }
    public int getPage() { return page; }
    public Long getAccount() { return account; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getDirectorate() { return directorate; }
    public void setDirectorate(String directorate) { this.directorate = directorate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public String getDistrictName() { return districtName; }
    public void setDistrictName(String districtName) { this.districtName = districtName; }
    public int getDistrictPosition() { return districtPosition; }
    public void setDistrictPosition(int districtPosition) { this.districtPosition = districtPosition; }
}
