package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
import org.civitas.spi.PermissionRule;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.Reportable;
import org.civitas.spi.Role;
import org.civitas.spi.SearchablePage;
import org.civitas.spi.SettingSpec;
import org.civitas.spi.Verification;

/**
 * Consultations, registered through the SPI: a directorate puts a draft text and questions to the public; citizens
 * propose, vote with arguments, comment and amend; the city answers, publishes a synthesis and decides.
 * Which of these a space's current phase opens is its phase's {@code actions}, as for every component.
 */
@ApplicationScoped
public class ConsultationComponent implements ParticipationComponent {

    /** The manifest id: table prefix, topic suffix, URL segment. */
    public static final String ID = "consultation";
    /** Phase setting: who reads the amendments, everyone ({@code all}) or each participant their own ({@code own}). */
    static final String VISIBILITY = "amendment_visibility";
    /** Setting: whether a rejected amendment's author may make it a proposal of its own. */
    static final String PROMOTE = "promote_rejected";
    /** Setting: the largest attached PDF, in megabytes (the server lets bodies up to 64 MB reach the check). */
    static final String DOCUMENT_MB = "document_max_mb";

    @Inject
    ProposalFiling filing;
    @Inject
    ConsultationRecords records;
    @Inject
    AmendmentRecords amendments;
    @Inject
    ConsultationDemo demo;

    /** Whether, in the current phase, each participant reads only their own amendments (moderators and agents read all). */
    static boolean amendmentsPrivate(ComponentRef instance) {
        return "own".equals(instance.phaseSettings().get(VISIBILITY));
    }

    static boolean promotionAllowed(ComponentRef instance) {
        return !"false".equals(instance.settings().get(PROMOTE));
    }

    static int documentMaxBytes(ComponentRef instance) {
        try {
            return Integer.parseInt(instance.settings().getOrDefault(DOCUMENT_MB, "10")) * 1024 * 1024;
        } catch (NumberFormatException e) {
            return 10 * 1024 * 1024;
        }
    }

    /** A consultation's page in the portal. */
    public static String path(long consultationId) {
        return "/components/consultation/consultation.xhtml?id=" + consultationId;
    }

    /** A proposal's page in the portal. */
    public static String proposalPath(long proposalId) {
        return "/components/consultation/proposal.xhtml?id=" + proposalId;
    }

    @Override
    public ComponentManifest manifest() {
        return new ComponentManifest(ID, new LocalizedText("Consultations", "Consultations"),
                List.of(action("read", "Consulter", "Read"),
                        action("open", "Ouvrir et rédiger les consultations (directions)", "Open and write consultations (directorates)"),
                        action("propose", "Proposer", "Propose"),
                        action("react", "Voter, argumenter et commenter", "Vote, argue and comment"),
                        action("amend", "Amender", "Amend"),
                        action("answer", "Répondre, faire la synthèse et décider (directions)",
                                "Answer, summarise and decide (directorates)")),
                List.of(SettingSpec.bool(PROMOTE, true,
                                new LocalizedText("Un amendement rejeté peut devenir une proposition",
                                        "A rejected amendment can become a proposal")),
                        SettingSpec.integer(DOCUMENT_MB, 10, 1, 50,
                                new LocalizedText("Taille maximale d'un document joint (Mo, PDF)",
                                        "Largest attached document (MB, PDF)"))),
                List.of(SettingSpec.choice(VISIBILITY, "all", List.of("all", "own"),
                        new LocalizedText("Amendements visibles de tous, ou chacun ne voit que les siens",
                                "Amendments visible to all, or each participant sees only their own"))),
                List.of(new PermissionRule("read", Set.of(Role.VISITOR), Verification.NONE),
                        new PermissionRule("open", Set.of(Role.AGENT, Role.ADMINISTRATOR), Verification.NONE),
                        new PermissionRule("propose", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("react", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("amend", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("answer", Set.of(Role.AGENT, Role.ADMINISTRATOR), Verification.NONE)),
                List.of("proposal", "amendment", "argument", "comment"), List.of("csv", "json"),
                List.of(ConsultationResource.class, ProposalResource.class, AmendmentResource.class, ClosingResource.class),
                "/components/consultation/index.xhtml", Optional.of(redirectTarget()));
    }

    /**
     * Takes ideas from the idea box while {@code propose} is open and a consultation of the instance is open: a
     * draft proposal in the author's name under the most recently opened one.
     */
    private RedirectTarget redirectTarget() {
        return new RedirectTarget() {
            @Override
            public boolean accepts(ComponentRef target) {
                return filing.takingIdeas(target).isPresent();
            }

            @Override
            public RedirectedDraft createDraft(ComponentRef target, RedirectedIdea idea) {
                long id = filing.draftFromIdea(target, idea);
                return new RedirectedDraft(Proposal.contributionId(id), proposalPath(id));
            }
        };
    }

    @Override
    public SearchablePage searchable(String after, int limit) {
        // Proposals, arguments and comments with the records' own cursors, then amendments behind an "m".
        if (after != null && after.startsWith("m")) {
            SearchablePage page = amendments.searchable(after.substring(1), limit);
            return new SearchablePage(page.contributions(), page.next() == null ? null : "m" + page.next());
        }
        SearchablePage page = records.searchable(after, limit);
        return page.next() == null ? new SearchablePage(page.contributions(), "m") : page;
    }

    /** A report's contribution, by the prefix of its id: {@code proposal-}, {@code argument-} or {@code comment-}. */
    @Override
    public Optional<Reportable> reportable(String contributionId, CitizenRef reader) {
        int dash = contributionId.indexOf('-');
        String number = dash < 0 ? "" : contributionId.substring(dash + 1);
        if (!number.matches("[1-9]\\d{0,17}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(number);
        return switch (contributionId.substring(0, dash)) {
            case "proposal" -> records.reportableProposal(reader, id);
            case "argument" -> records.reportableArgument(reader, id);
            case "comment" -> records.reportableComment(reader, id);
            case "amendment" -> amendments.reportable(reader, contributionId);
            default -> Optional.empty();
        };
    }

    /** The audit log names this component's consultations and answered proposals by their titles. */
    @Override
    public Optional<Reportable> audited(String action, String targetType, String targetId, CitizenRef reader) {
        if (action.startsWith(ID + ".") && targetId != null && targetId.matches("[1-9]\\d{0,17}")) {
            long id = Long.parseLong(targetId);
            if ("consultation".equals(targetType)) {
                return records.consultation(reader, id);
            }
            if ("proposal".equals(targetType)) {
                return records.reportableProposal(reader, id);
            }
        }
        return ParticipationComponent.super.audited(action, targetType, targetId, reader);
    }

    @Override
    public Optional<LocalizedText> codeName(CodeKind kind, String code) {
        return Texts.code(kind, code);
    }

    @Override
    public Map<String, Long> stats(ComponentRef instance) {
        return records.counts(instance.id());
    }

    @Override
    public Map<String, Object> personalData(CitizenRef citizen) {
        Map<String, Object> data = new java.util.LinkedHashMap<>(records.personalData(citizen.id()));
        data.putAll(amendments.personalData(citizen.id()));
        return data;
    }

    @Override
    public void anonymise(CitizenRef citizen) {
        records.anonymise(citizen.id());
        amendments.anonymise(citizen.id());
    }

    /** The Paris demo: the DVD's "Plan vélo 2027", in two versions, with a closed question some residents answered. */
    @Override
    public void demo(ComponentRef instance, DemoCitizens people) {
        demo.fill(instance, people);
    }

    private static ActionSpec action(String id, String fr, String en) {
        return new ActionSpec(id, new LocalizedText(fr, en));
    }
}
