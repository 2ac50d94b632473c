package org.civitas.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Audit details as people read them. */
class LabelsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aChangeOfRolesNamesTheRoles() {
        assertEquals("Citoyen ou citoyenne, Agent d'une direction → Citoyen ou citoyenne, Modérateur ou modératrice",
                Labels.auditDetails("account.roles.changed", "[CITIZEN, AGENT] -> [CITIZEN, MODERATOR]", Locale.FRENCH, PARIS));
        assertEquals("Citizen → Citizen, Moderator",
                Labels.auditDetails("account.roles.changed", "[CITIZEN] -> [CITIZEN, MODERATOR]", Locale.ENGLISH, PARIS));
    }

    @Test
    void datesWrittenAsIsoTextAreWrittenForTheReader() {
        assertEquals("{voteOpens=1 mars 2027, threshold=20}",
                Labels.auditDetails("component.configured", "{voteOpens=2027-03-01, threshold=20}", Locale.FRENCH, PARIS));
        assertEquals("closed March 1, 2027, 12:30 AM", Labels.auditDetails("budget.results.published",
                "closed 2027-02-28T23:30:00.123456789Z", Locale.ENGLISH, PARIS).replace('\u202F', ' '));
        assertEquals("reports=3", Labels.auditDetails("moderation.removed", "reports=3", Locale.FRENCH, PARIS));
    }
}
