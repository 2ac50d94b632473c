package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import org.civitas.core.account.AccountAdministration;
import org.civitas.core.account.Districts;
import org.civitas.core.account.District;
import org.civitas.core.account.Profile;
import org.civitas.core.audit.AuditEntry;
import org.civitas.core.audit.AuditLog;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/** Administrators: accounts and their roles, districts, and the audit log. */
@Named
@RequestScoped
public class AdminPeoplePage {

    @Inject
    AccountAdministration administration;
    @Inject
    Districts districts;
    @Inject
    AuditLog audit;
    @Inject
    Portal portal;

    private Long citizenId;
    private List<String> roles;
    private String directorate;
    private String reason;
    private String districtCode;
    private String districtName;
    private int districtPosition;

    public List<Profile> getCitizens() {
        return portal.isAdministrator() ? administration.citizens(portal.getCitizen(), 0, 500) : List.of();
    }

    public List<AuditEntry> getAudit() {
        return portal.isAdministrator() ? audit.latest(portal.getCitizen(), 0, 300) : List.of();
    }

    public List<District> getDistricts() {
        return districts.all();
    }

    public List<String> getGrantableRoles() {
        return List.of(Role.MODERATOR.name(), Role.AGENT.name(), Role.ADMINISTRATOR.name());
    }

    public String grant() {
        try {
            EnumSet<Role> set = EnumSet.noneOf(Role.class);
            if (roles != null) {
                roles.forEach(r -> set.add(Role.valueOf(r)));
            }
            administration.grant(portal.required(), citizenId == null ? -1 : citizenId, set, directorate, reason);
            portal.info("admin.saved");
            return "/admin/people?faces-redirect=true";
        } catch (Refusal refusal) {
            portal.show(refusal, null);
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

    public Long getCitizenId() { return citizenId; }
    public void setCitizenId(Long citizenId) { this.citizenId = citizenId; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
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
