package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.CodeKind;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DemoCitizens;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.Reportable;
import org.civitas.spi.PermissionRule;
import org.civitas.spi.Role;
import org.civitas.spi.SearchablePage;
import org.civitas.spi.SettingSpec;
import org.civitas.spi.Verification;
import org.civitas.spi.WorkQueue;

/** The permanent idea box, registered through the SPI: core and search know it only by its manifest. */
@ApplicationScoped
public class IdeaBoxComponent implements ParticipationComponent {

    /** The manifest id: table prefix, topic suffix, URL segment, and the moderation and search component name. */
    public static final String ID = "ideabox";
    static final String CATEGORIES = "categories";
    static final String RESPONSE_DAYS = "response_days";
    static final String DEFAULT_CATEGORIES = "Cadre de vie, Propreté, Mobilités, Espaces verts, Solidarités, "
            + "Culture et sport, Autre";
    static final String CATEGORIES_EN = "categories_en";
    static final String DEFAULT_CATEGORIES_EN = "Living environment, Cleanliness, Mobility, Green spaces, Solidarity, "
            + "Culture and sport, Other";

    @Inject
    IdeaTemplates templates;
    @Inject
    IdeaReading reading;
    @Inject
    IdeaRecords records;
    @Inject
    IdeaBoxDemo demo;

    /** The categories an instance offers (setting {@code categories}, a comma list). */
    public static List<String> categories(ComponentRef box) {
        String listed = box.settings().getOrDefault(CATEGORIES, DEFAULT_CATEGORIES);
        return list(listed == null || listed.isBlank() ? DEFAULT_CATEGORIES : listed);
    }

    /**
     * A category as its reader sees it: for readers of English, its English name from {@code categories_en} (in the
     * same order as the French list; the default list has its own), else the category as written. Ideas keep the
     * French name, so filters and counts are one whatever the reader's language.
     */
    public static String categoryName(ComponentRef box, String category, Locale locale) {
        if (category == null || locale == null || !"en".equals(locale.getLanguage())) {
            return category;
        }
        List<String> french = categories(box);
        String english = box.settings().get(CATEGORIES_EN);
        List<String> names = english != null && !english.isBlank() ? list(english)
                : french.equals(list(DEFAULT_CATEGORIES)) ? list(DEFAULT_CATEGORIES_EN) : List.of();
        int at = french.indexOf(category);
        return at >= 0 && at < names.size() ? names.get(at) : category;
    }

    private static List<String> list(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int responseDays(ComponentRef box) {
        try {
            return Integer.parseInt(box.settings().getOrDefault(RESPONSE_DAYS, "30"));
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    /** An idea's page in the portal. */
    public static String path(long ideaId) {
        return "/components/ideabox/idea.xhtml?id=" + ideaId;
    }

    @Override
    public ComponentManifest manifest() {
        return new ComponentManifest(ID, new LocalizedText("Boîte à idées", "Idea box"),
                List.of(action("read", "Consulter les idées", "Read ideas"),
                        action("file", "Déposer une idée", "File an idea"),
                        action("support", "Soutenir une idée", "Support an idea"),
                        action("comment", "Commenter", "Comment"),
                        action("follow", "Suivre une idée", "Follow an idea"),
                        action("triage", "Trier les idées", "Triage ideas")),
                List.of(SettingSpec.text(CATEGORIES, true, DEFAULT_CATEGORIES,
                                new LocalizedText("Catégories (séparées par des virgules)", "Categories (comma-separated)")),
                        SettingSpec.text(CATEGORIES_EN, false, null, new LocalizedText(
                                "Catégories en anglais (dans le même ordre ; vide : les noms français)",
                                "Categories in English (in the same order; empty: the French names)")),
                        SettingSpec.integer(RESPONSE_DAYS, 30, 1, 365,
                                new LocalizedText("Délai de réponse visé (jours)", "Target response time (days)"))),
                List.of(),
                List.of(new PermissionRule("read", Set.of(Role.VISITOR), Verification.NONE),
                        new PermissionRule("file", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("support", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("comment", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("follow", Set.of(Role.CITIZEN), Verification.NONE),
                        new PermissionRule("triage", Set.of(Role.MODERATOR, Role.ADMINISTRATOR), Verification.NONE)),
                List.of("idea"), List.of("json"), List.of(IdeaBoxResource.class), "/components/ideabox/index.xhtml",
                Optional.empty());
    }

    @Override
    public void instanceCreated(ComponentRef instance) {
        templates.seed(instance.id());
    }

    @Override
    public void demo(ComponentRef instance, DemoCitizens people) {
        demo.fill(instance, people);
    }

    @Override
    public SearchablePage searchable(String after, int limit) {
        return records.searchable(after, limit);
    }

    @Override
    public Map<String, Long> stats(ComponentRef instance) {
        return records.counts(instance.id());
    }

    @Override
    public boolean holdsContributions(ComponentRef instance) {
        return records.holdsIdeas(instance.id());
    }

    @Override
    public Optional<Reportable> audited(String action, String targetType, String targetId, CitizenRef reader) {
        return "idea".equals(targetType) ? reportable(targetId, reader)
                : ParticipationComponent.super.audited(action, targetType, targetId, reader);
    }

    @Override
    public Optional<Reportable> reportable(String contributionId, CitizenRef reader) {
        // Ideas are written without leading zeros: "0969" is not another name for idea 969.
        if (contributionId.matches("[1-9]\\d{0,17}")) {
            return reading.reportable(reader, Long.parseLong(contributionId));
        }
        return contributionId.matches("comment-[1-9]\\d{0,17}")
                ? reading.reportableComment(reader, Long.parseLong(contributionId.substring("comment-".length())))
                : Optional.empty();
    }

    @Override
    public List<WorkQueue> workQueues() {
        return List.of(new WorkQueue(new LocalizedText("Tri des idées", "Idea triage"), "/components/ideabox/triage.xhtml"));
    }

    @Override
    public Map<String, Object> personalData(CitizenRef citizen) {
        return records.personalData(citizen.id());
    }

    @Override
    public void anonymise(CitizenRef citizen) {
        records.anonymise(citizen.id());
    }

    private static ActionSpec action(String id, String fr, String en) {
        return new ActionSpec(id, new LocalizedText(fr, en));
    }

    @Override
    public Optional<LocalizedText> codeName(CodeKind kind, String code) {
        if (kind == CodeKind.STATUS) { // indexed as the status's name in lower case
            return Arrays.stream(Status.values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst().map(Texts::status);
        }
        return Texts.code(kind, code);
    }
}
