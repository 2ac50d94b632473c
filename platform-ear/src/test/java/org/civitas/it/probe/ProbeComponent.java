package org.civitas.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.Reportable;
import org.civitas.spi.SearchableContribution;
import java.time.Instant;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.Outbox;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.SearchablePage;
import org.civitas.spi.PermissionRule;
import org.civitas.spi.Role;
import org.civitas.spi.SettingSpec;
import org.civitas.spi.Verification;

/**
 * A component that exists only in the tests, registered through the SPI like any other: it proves that core
 * discovers components it never imports, validates their settings, checks their permissions and calls their
 * GDPR hooks.
 */
@ApplicationScoped
public class ProbeComponent implements ParticipationComponent {

    static final LocalizedText NAME = new LocalizedText("Sonde de test", "Test probe");

    @Inject
    ProbeContributions contributions;
    @Inject
    Outbox outbox;

    @Override
    public ComponentManifest manifest() {
        return new ComponentManifest("probe", NAME,
                List.of(action("read"), action("propose"), action("vote"), action("assess"), action("moderate"),
                        action("publish")),
                List.of(SettingSpec.integer("threshold", 10, 1, 100, new LocalizedText("Seuil", "Threshold")),
                        SettingSpec.bool("accepts_ideas", true, new LocalizedText("Accepte les idées", "Accepts ideas")),
                        SettingSpec.choice("scope", "city", List.of("city", "district"),
                                new LocalizedText("Échelle", "Scale"))),
                List.of(),
                List.of(new PermissionRule("read", Set.of(Role.VISITOR), Verification.NONE),
                        new PermissionRule("propose", Set.of(Role.CITIZEN), Verification.EMAIL),
                        new PermissionRule("vote", Set.of(Role.CITIZEN), Verification.RESIDENCE_IN_DISTRICT),
                        new PermissionRule("assess", Set.of(Role.AGENT), Verification.NONE),
                        new PermissionRule("moderate", Set.of(Role.MODERATOR), Verification.NONE)),
                List.of("probe-note"), List.of("json"), List.of(ProbeResource.class), "/components/probe/index.xhtml",
                Optional.of(redirectTarget()));
    }

    /** Takes ideas from the idea box while its setting {@code accepts_ideas} is not false: a private draft note. */
    private RedirectTarget redirectTarget() {
        return new RedirectTarget() {
            @Override
            public boolean accepts(ComponentRef target) {
                return !"false".equals(target.settings().get("accepts_ideas"));
            }

            @Override
            public RedirectedDraft createDraft(ComponentRef target, RedirectedIdea idea) {
                ProbeContributions.Note note = contributions.add(idea.author().id(), idea.author().pseudonym(),
                        idea.title() + "\n" + idea.body(), id -> new SearchableContribution("probe", "note", id, target.id(),
                                target.space().id(), idea.title(), idea.body(), "draft", idea.district(),
                                idea.author().pseudonym(), Instant.now(), Set.of("citizen:" + idea.author().id()),
                                "/components/probe/index.xhtml?component=" + target.id()));
                contributions.redirected(new ProbeContributions.Redirected(note.id(), idea.ideaId(), idea.author().id(),
                        idea.followerIds()));
                return new RedirectedDraft(note.id(), "/components/probe/index.xhtml?component=" + target.id()
                        + "&draft=" + note.id());
            }
        };
    }

    @Override
    public SearchablePage searchable(String after, int limit) {
        List<ProbeContributions.Note> all = contributions.all();
        int from = after == null ? 0 : Integer.parseInt(after);
        int to = Math.min(all.size(), from + limit);
        return new SearchablePage(all.subList(from, to).stream().map(ProbeContributions.Note::searchable).toList(),
                to < all.size() ? Integer.toString(to) : null);
    }

    @Override
    public Optional<Reportable> reportable(String contributionId, CitizenRef reader) {
        return contributions.all().stream().filter(n -> n.id().equals(contributionId))
                .filter(n -> n.searchable().readers().contains(SearchableContribution.PUBLIC))
                .findFirst().map(n -> new Reportable(n.id(), new LocalizedText("Note", "Note"), n.searchable().title(),
                        n.searchable().path(), n.searchable().body(), n.searchable().componentId()));
    }

    @Override
    public Map<String, Object> personalData(CitizenRef citizen) {
        return Map.of("notes", contributions.by(citizen.id()));
    }

    @Override
    public void anonymise(CitizenRef citizen) {
        // The search index shows authors too: republish the anonymised contributions.
        for (ProbeContributions.Note note : contributions.anonymise(citizen.id())) {
            outbox.record(new ContributionPublished(note.searchable()));
        }
    }

    private static ActionSpec action(String id) {
        return new ActionSpec(id, new LocalizedText(id, id));
    }
}
