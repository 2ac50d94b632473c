package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.budget.web.PageTexts;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.CodeKind;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DemoCitizens;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.PermissionRule;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.Reportable;
import org.civitas.spi.Role;
import org.civitas.spi.SearchablePage;
import org.civitas.spi.SettingSpec;
import org.civitas.spi.Verification;

/** The participatory budget, registered through the SPI: core and search know it only by its manifest. */
@ApplicationScoped
public class BudgetComponent implements ParticipationComponent {

    /** The manifest id: table prefix, topic suffix, URL segment. */
    public static final String ID = "budget";
    /** The city-wide envelope's code; the others are the territory's district codes. */
    public static final String CITY = "ville";
    static final String CATEGORIES = "categories";
    static final String DIRECTORATES = "directorates";
    static final String DISTRICT_AMOUNT = "district_amount";
    static final String CITY_AMOUNT = "city_amount";
    static final String MAX_PICKS = "max_picks";
    static final String BALLOT = "ballot";
    static final String RULE = "rule";
    static final String PER_CATEGORY = "max_per_category";
    static final String MIN_AGE = "min_age";
    static final String CHANGES = "ballot_changes";
    static final String RESERVE = "popular_share";
    /** The settings a vote is held under. */
    static final List<String> VOTE_RULES = List.of(DISTRICT_AMOUNT, CITY_AMOUNT, MAX_PICKS, BALLOT, RULE, PER_CATEGORY,
            MIN_AGE, CHANGES, RESERVE);
    static final String DEFAULT_CATEGORIES = "Cadre de vie, Environnement, Mobilités, Solidarités, Éducation et jeunesse, "
            + "Culture et patrimoine, Sport, Autre";
    static final String CATEGORIES_EN = "categories_en";
    static final String DEFAULT_CATEGORIES_EN = "Living environment, Environment, Mobility, Solidarity, Education and youth, "
            + "Culture and heritage, Sport, Other";

    /** Paris's directorates by category: the study's first assignment, which administrators can change. */
    static final String DEFAULT_DIRECTORATES = "Cadre de vie=DVD, Environnement=DEVE, Mobilités=DVD, Solidarités=DSOL, "
            + "Éducation et jeunesse=DASCO, Culture et patrimoine=DAC, Sport=DJS, Autre=DPMP";

    @Inject
    ProjectFiling filing;
    @Inject
    BudgetDemo demo;
    @Inject
    BudgetRecords records;

    static List<String> categories(ComponentRef budget) {
        String listed = budget.settings().getOrDefault(CATEGORIES, DEFAULT_CATEGORIES);
        return list(listed == null || listed.isBlank() ? DEFAULT_CATEGORIES : listed);
    }

    /**
     * A category in French and English: its English name is the one at the same place in {@code categories_en} (the
     * default list has its own), else the French. Projects keep the French name, so that ballots' limits per category,
     * the study's sheet and the open data are one whatever the reader's language.
     */
    public static LocalizedText category(ComponentRef budget, String category) {
        if (category == null) {
            return null;
        }
        List<String> french = categories(budget);
        String english = budget.settings().get(CATEGORIES_EN);
        List<String> names = english != null && !english.isBlank() ? list(english)
                : french.equals(list(DEFAULT_CATEGORIES)) ? list(DEFAULT_CATEGORIES_EN) : List.of();
        int at = french.indexOf(category);
        return new LocalizedText(category, at >= 0 && at < names.size() ? names.get(at) : null);
    }

    private static List<String> list(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The directorate that studies a category's projects (setting {@code directorates}, "category=directorate, …"), or null. */
    static String directorate(ComponentRef budget, String category) {
        String listed = budget.settings().getOrDefault(DIRECTORATES, DEFAULT_DIRECTORATES);
        for (String pair : (listed == null ? "" : listed).split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase(category)) {
                String directorate = pair.substring(equals + 1).strip();
                return directorate.isEmpty() ? null : directorate;
            }
        }
        return null;
    }

    /** What an envelope may spend, in euros (settings {@code district_amount} and {@code city_amount}). */
    static long amount(ComponentRef budget, String envelope) {
        return number(budget, CITY.equals(envelope) ? CITY_AMOUNT : DISTRICT_AMOUNT, CITY.equals(envelope) ? 3_000_000 : 500_000);
    }

    static BallotRule ballotRule(ComponentRef budget, String envelope) {
        BallotRule.Kind kind = "budget".equals(budget.settings().get(BALLOT)) ? BallotRule.Kind.BUDGET : BallotRule.Kind.APPROVAL;
        return new BallotRule(kind, (int) number(budget, MAX_PICKS, 5), amount(budget, envelope),
                (int) number(budget, PER_CATEGORY, 0));
    }

    /**
     * The part of an envelope reserved to projects in popular neighbourhoods (setting {@code popular_share}, a
     * percentage; Paris reserves a third), counted first under the greedy rule; 0 when none.
     */
    static long reserve(ComponentRef budget, String envelope) {
        return amount(budget, envelope) * number(budget, RESERVE, 0) / 100;
    }

    /** The minimum age to vote, 0 for none (Paris lets every resident vote, whatever their age). */
    static int minimumAge(ComponentRef budget) {
        return (int) number(budget, MIN_AGE, 0);
    }

    /** Whether a cast ballot may be changed while the vote is open (setting {@code ballot_changes}). */
    static boolean changesAllowed(ComponentRef budget) {
        return !"never".equals(budget.settings().get(CHANGES));
    }

    /** The winner rule chosen before the vote: greedy (by votes, as Paris) or the Method of Equal Shares. */
    static boolean equalShares(ComponentRef budget) {
        return "equal-shares".equals(budget.settings().get(RULE));
    }

    private static long number(ComponentRef budget, String key, long otherwise) {
        try {
            return Long.parseLong(budget.settings().getOrDefault(key, Long.toString(otherwise)));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A project's page in the portal. */
    public static String path(long projectId) {
        return "/components/budget/project.xhtml?id=" + projectId;
    }

    @Override
    public ComponentManifest manifest() {
        return new ComponentManifest(ID, new LocalizedText("Budget participatif", "Participatory budget"),
                List.of(action("read", "Consulter les projets", "Read projects"),
                        action("file", "Déposer un projet", "File a project"),
                        action("assign", "Attribuer les projets aux directions", "Assign projects to directorates"),
                        action("study", "Instruire les projets (directions)", "Study projects (directorates)"),
                        action("select", "Retenir les projets soumis au vote", "Select the projects put to the vote"),
                        action("vote", "Voter", "Vote"),
                        action("results", "Dépouiller et publier les résultats", "Count and publish the results"),
                        action("merge", "Fusionner des projets (co-construction)", "Merge projects (co-construction)")),
                List.of(SettingSpec.text(CATEGORIES, true, DEFAULT_CATEGORIES,
                                new LocalizedText("Catégories (séparées par des virgules)", "Categories (comma-separated)")),
                        SettingSpec.text(CATEGORIES_EN, false, null, new LocalizedText(
                                "Catégories en anglais (dans le même ordre ; vide : les noms français)",
                                "Categories in English (in the same order; empty: the French names)")),
                        SettingSpec.text(DIRECTORATES, false, DEFAULT_DIRECTORATES,
                                new LocalizedText("Direction qui instruit chaque catégorie (catégorie=direction, séparés par des virgules)",
                                        "Directorate that studies each category (category=directorate, comma-separated)")),
                        SettingSpec.integer(DISTRICT_AMOUNT, 500_000, 0, 1_000_000_000,
                                new LocalizedText("Enveloppe de chaque quartier (euros)", "Each district's envelope (euros)")),
                        SettingSpec.integer(CITY_AMOUNT, 3_000_000, 0, 10_000_000_000L,
                                new LocalizedText("Enveloppe de toute la ville (euros)", "City-wide envelope (euros)")),
                        SettingSpec.integer(MAX_PICKS, 5, 1, 100,
                                new LocalizedText("Projets au plus par bulletin", "Most projects per ballot")),
                        SettingSpec.integer(PER_CATEGORY, 0, 0, 100,
                                new LocalizedText("Projets au plus par catégorie sur un bulletin (0 : sans limite)",
                                        "Most projects per category on a ballot (0: no limit)")),
                        SettingSpec.integer(RESERVE, 0, 0, 100,
                                new LocalizedText("Part de chaque enveloppe réservée aux quartiers populaires (%, règle par nombre de voix)",
                                        "Share of each envelope reserved to popular neighbourhoods (%, rule by votes)")),
                        SettingSpec.integer(MIN_AGE, 0, 0, 120,
                                new LocalizedText("Âge minimum pour voter (0 : sans condition d'âge)",
                                        "Minimum age to vote (0: any age)")),
                        SettingSpec.choice(CHANGES, "until-close", List.of("until-close", "never"),
                                new LocalizedText("Un bulletin peut être modifié jusqu'à la clôture du vote, ou jamais",
                                        "A ballot can be changed until the vote closes, or never")),
                        SettingSpec.choice(BALLOT, "approval", List.of("approval", "budget"),
                                new LocalizedText("Bulletin : choix libres, ou dans la limite de l'enveloppe",
                                        "Ballot: free picks, or within the envelope's amount")),
                        SettingSpec.choice(RULE, "greedy", List.of("greedy", "equal-shares"),
                                new LocalizedText("Règle des lauréats : par nombre de voix, ou parts égales",
                                        "Winner rule: by votes, or equal shares"))),
                List.of(),
                List.of(new PermissionRule("read", Set.of(Role.VISITOR), Verification.NONE),
                        new PermissionRule("file", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("assign", Set.of(Role.ADMINISTRATOR), Verification.NONE),
                        new PermissionRule("study", Set.of(Role.AGENT, Role.ADMINISTRATOR), Verification.NONE),
                        new PermissionRule("select", Set.of(Role.AGENT, Role.ADMINISTRATOR), Verification.NONE),
                        new PermissionRule("vote", Set.of(Role.CITIZEN), Verification.RESIDENCE_IN_DISTRICT),
                        new PermissionRule("results", Set.of(Role.ADMINISTRATOR), Verification.NONE),
                        new PermissionRule("merge", Set.of(Role.MODERATOR, Role.ADMINISTRATOR), Verification.NONE)),
                List.of("project"), List.of("json"), List.of(BudgetResource.class, StudyResource.class, CoConstructionResource.class), "/components/budget/index.xhtml",
                Optional.of(redirectTarget()));
    }

    /** Takes ideas from the idea box while filing is open: a draft project in the author's name. */
    private RedirectTarget redirectTarget() {
        return new RedirectTarget() {
            @Override
            public boolean accepts(ComponentRef target) {
                return filing.open(target);
            }

            @Override
            public RedirectedDraft createDraft(ComponentRef target, RedirectedIdea idea) {
                long id = filing.draftFromIdea(target, idea);
                return new RedirectedDraft(Long.toString(id), path(id));
            }
        };
    }

    /** The vote's rules are fixed once the first ballot is cast: no one may change them under the voters. */
    @Override
    public Optional<LocalizedText> refuseSettings(ComponentRef instance, Map<String, String> proposed) {
        boolean changesTheVote = VOTE_RULES.stream()
                .anyMatch(key -> !java.util.Objects.equals(instance.settings().get(key), proposed.get(key)));
        if (changesTheVote && records.hasBallots(instance.id())) {
            return Optional.of(Texts.localized("settings.frozen"));
        }
        // Equal shares has no reserve: a share that would silently do nothing is refused.
        boolean reserve = !"0".equals(proposed.getOrDefault(RESERVE, "0").strip());
        return reserve && "equal-shares".equals(proposed.get(RULE)) ? Optional.of(Texts.localized("settings.reserve-greedy"))
                : Optional.empty();
    }

    @Override
    public SearchablePage searchable(String after, int limit) {
        return records.searchable(after, limit);
    }

    @Override
    public Optional<Reportable> audited(String action, String targetType, String targetId, CitizenRef reader) {
        return "budget-project".equals(targetType) ? reportable(targetId, reader)
                : ParticipationComponent.super.audited(action, targetType, targetId, reader);
    }

    @Override
    public Optional<Reportable> reportable(String contributionId, CitizenRef reader) {
        return contributionId.matches("[1-9]\\d{0,17}") ? records.reportable(reader, Long.parseLong(contributionId))
                : Optional.empty();
    }

    @Override
    public Map<String, Long> stats(ComponentRef instance) {
        return records.counts(instance.id());
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
            return Arrays.stream(Project.Status.values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst()
                    .map(s -> PageTexts.localized("status." + s.name()));
        }
        return Texts.code(kind, code);
    }

    @Override
    public void demo(ComponentRef instance, DemoCitizens people) {
        demo.fill(instance, people);
    }
}
