package org.civitas.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.account.SecretToken;
import org.civitas.core.space.ComponentRegistry;
import org.civitas.core.space.SpaceView;
import org.civitas.core.space.Spaces;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DemoCitizens;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.Refusal;

/**
 * The Paris demo for newcomers: spaces with dated phases, a participatory budget and a permanent idea box, each
 * component filling its own instance through the SPI. Everything goes through the real services, one transaction
 * per step, so permissions, events, notifications and search indexing apply as for real contributions. It only
 * ever fills a fresh database, or one empty component instance an administrator names.
 */
@ApplicationScoped
public class DemoPlatform {

    private static final Logger LOG = Logger.getLogger(DemoPlatform.class.getName());

    @Inject
    DemoAccounts accounts;
    @Inject
    Spaces spaces;
    @Inject
    ComponentRegistry registry;

    /**
     * Fills a fresh database, acting as the first administrator; returns the demo residents' password, to be
     * shown once. On a database that holds anything else, changes nothing, says why in the log and returns empty.
     */
    public Optional<String> fill(String firstAdministratorEmail) {
        PlatformContents contents = accounts.contents(firstAdministratorEmail);
        if (!contents.isFresh()) {
            LOG.warning(() -> "Demo data refused: this database already holds " + contents.spaces() + " space(s) and "
                    + contents.otherAccounts() + " account(s) besides the first administrator. Nothing was changed.");
            return Optional.empty();
        }
        String password = SecretToken.generate().value().substring(0, 16);
        DemoCitizens people = new DemoCitizens(accounts.residents(password), accounts.account(firstAdministratorEmail));
        CitizenRef team = people.team();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        SpaceView budget = space(team, new LocalizedText("Budget participatif 2027", "Participatory budget 2027"),
                new LocalizedText("Proposez des projets d'investissement pour votre quartier ou pour tout Paris, puis "
                        + "votez pour ceux que la Ville réalisera en 2027.", "Propose investment projects for your "
                        + "neighbourhood or for all of Paris, then vote for the ones the city will build in 2027."),
                today.minusDays(30), today.plusDays(300));
        phase(team, budget, "Dépôt des projets", "Filing projects", today.minusDays(30), today.plusDays(30), true);
        phase(team, budget, "Étude par les services", "Study by the city's services", today.plusDays(31), today.plusDays(120), false);
        phase(team, budget, "Vote", "Vote", today.plusDays(121), today.plusDays(150), false);
        phase(team, budget, "Résultats et réalisation", "Results and delivery", today.plusDays(151), today.plusDays(300), false);
        component(team, budget, "budget", new LocalizedText("Projets du budget participatif", "Participatory budget projects"), people);

        SpaceView ideas = space(team, new LocalizedText("Boîte à idées de Paris", "Paris idea box"),
                new LocalizedText("Toute l'année, proposez une idée pour améliorer la vie dans votre quartier : les "
                        + "services de la Ville répondent à chacune.", "All year round, suggest an idea to improve life "
                        + "in your neighbourhood: the city's services answer each one."),
                today.withDayOfYear(1), null);
        phase(team, ideas, "Idées toute l'année", "Ideas all year round", today.withDayOfYear(1), null, true);
        component(team, ideas, "ideabox", new LocalizedText("Boîte à idées", "Idea box"), people);

        SpaceView schools = space(team, new LocalizedText("Rues aux écoles", "School streets"),
                new LocalizedText("Apaiser et végétaliser les rues devant les écoles : ateliers dans chaque "
                        + "arrondissement, puis synthèse et décision.", "Calmer and green the streets outside schools: "
                        + "workshops in each district, then a summary and a decision."),
                today.plusDays(45), today.plusDays(200));
        phase(team, schools, "Ateliers de quartier", "Neighbourhood workshops", today.plusDays(45), today.plusDays(100), false);
        phase(team, schools, "Synthèse", "Summary", today.plusDays(101), today.plusDays(150), false);
        phase(team, schools, "Décision", "Decision", today.plusDays(151), today.plusDays(200), false);

        SpaceView cycling = space(team, new LocalizedText("Plan vélo 2027", "Cycling plan 2027"),
                new LocalizedText("La Ville soumet son projet de plan vélo : lisez-le, proposez, amendez ses articles, "
                        + "votez et argumentez.", "The city puts its draft cycling plan to you: read it, propose, amend "
                        + "its articles, vote and argue."), today.minusDays(7), today.plusDays(120));
        phase(team, cycling, "Consultation", "Consultation", today.minusDays(7), today.plusDays(60), true);
        phase(team, cycling, "Réponses et décision", "Answers and decision", today.plusDays(61), today.plusDays(120), false);
        component(team, cycling, "consultation", new LocalizedText("Consultation sur le plan vélo", "Cycling plan consultation"),
                people);

        LOG.info("Demo data created: 4 spaces, a participatory budget, an idea box and a consultation, in Paris.");
        return Optional.of(password);
    }

    /**
     * An administrator fills one instance that holds nothing yet with its component's demo, authored by the demo
     * residents (made when missing, with a password nobody knows): a training space, say.
     */
    public void fill(CitizenRef administrator, long componentId) {
        Authority.administrator(administrator);
        ComponentRef instance = accounts.instance(componentId);
        ParticipationComponent component = registry.find(instance.manifestId())
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.NOT_FOUND, "component.not-found"));
        if (component.holdsContributions(instance)) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "demo.not-empty");
        }
        component.demo(instance, new DemoCitizens(accounts.residents(null), administrator));
        accounts.audited(administrator, instance);
    }

    private SpaceView space(CitizenRef team, LocalizedText title, LocalizedText description, LocalDate starts,
                            LocalDate ends) {
        SpaceView space = spaces.create(team, null, title, description, starts, ends);
        return spaces.publish(team, space.id(), true);
    }

    private void phase(CitizenRef team, SpaceView space, String fr, String en, LocalDate starts, LocalDate ends,
                       boolean current) {
        SpaceView changed = spaces.addPhase(team, space.id(), new LocalizedText(fr, en), null, starts, ends);
        if (current) {
            spaces.activatePhase(team, space.id(), changed.phases().get(changed.phases().size() - 1).id());
        }
    }

    private void component(CitizenRef team, SpaceView space, String manifestId, LocalizedText title, DemoCitizens people) {
        registry.find(manifestId).ifPresent(component -> {
            SpaceView changed = spaces.addComponent(team, space.id(), manifestId, title, Map.of(), true);
            long id = changed.components().get(changed.components().size() - 1).id();
            component.demo(accounts.instance(id), people);
        });
    }
}
