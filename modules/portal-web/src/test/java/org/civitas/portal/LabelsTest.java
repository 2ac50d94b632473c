package org.civitas.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.core.space.SettingsChange;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.SettingSpec;
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
    }

    @Test
    void keyedDetailsAreWrittenAsSentencesInTheReadersLanguage() {
        assertEquals("3 signalement(s)", Labels.auditDetails("moderation.removed", "reports=3", Locale.FRENCH, PARIS));
        assertEquals("doublon de l'idée n° 1204", Labels.auditDetails("ideabox.duplicate", "duplicateOf=1204", Locale.FRENCH, PARIS));
        assertEquals("projects merged: no. 12, 14", Labels.auditDetails("budget.projects.merged", "from=12,14", Locale.ENGLISH, PARIS));
        assertEquals("40 projets et 1 200 bulletins importés (Wola 2022)", Labels.auditDetails("budget.results.imported",
                "imported=40|1200|Wola 2022", Locale.FRENCH, PARIS).replace('\u202F', ' ').replace('\u00A0', ' '));
        assertEquals("Vote → Résultats", Labels.auditDetails("space.phase.updated", "Vote -> Résultats", Locale.FRENCH, PARIS));
        assertEquals("avis favorable (coût pour la Ville : 450 000 €)", Labels.auditDetails("budget.project.studied",
                "opinion=favourable|450000", Locale.FRENCH, PARIS).replace('\u202F', ' ').replace('\u00A0', ' '));
        assertEquals("unfavourable opinion", Labels.auditDetails("budget.project.studied", "opinion=unfavourable|", Locale.ENGLISH, PARIS));
        // An unknown key stays as written: it is how an administrator recognises it.
        assertEquals("seats=3", Labels.auditDetails("other.action", "seats=3", Locale.FRENCH, PARIS));
    }

    @Test
    void aChangeOfSettingsNamesEachSettingByItsLabelInTheReadersLanguage() {
        List<SettingSpec> specs = List.of(
                SettingSpec.integer("target_days", 30, 1, 365, new LocalizedText("Délai de réponse visé (jours)", "Target response time (days)")),
                SettingSpec.bool("map", true, new LocalizedText("Carte", "Map")),
                SettingSpec.date("vote_opens", false, new LocalizedText("Ouverture du vote", "Vote opens")));
        SettingsChange change = SettingsChange.between("ideabox", null,
                Map.of("target_days", "30", "map", "true"), Map.of("target_days", "45", "map", "false", "vote_opens", "2027-03-01"));
        assertEquals(List.of("Délai de réponse visé (jours) : 30 → 45", "Carte : oui → non", "Ouverture du vote : (vide) → 1 mars 2027"),
                Labels.settingsChanges(change, specs, List.of(), Locale.FRENCH, PARIS));
        SettingsChange phase = SettingsChange.between("ideabox", new LocalizedText("Vote", "Voting"),
                Map.of("actions", "read"), Map.of("target_days", "10", "retired", "x", "actions", "read,vote"));
        List<ActionSpec> actions = List.of(new ActionSpec("read", new LocalizedText("Consulter", "Read")),
                new ActionSpec("vote", new LocalizedText("Voter", "Vote")));
        assertEquals(List.of("For the step “Voting”", "Target response time (days): (empty) → 10", "Actions open during the step: Read → Read, Vote",
                        "retired: (empty) → x"),
                Labels.settingsChanges(phase, specs, actions, Locale.ENGLISH, PARIS),
                "the open actions by their names; a setting the manifest no longer declares keeps its key");
    }
}
