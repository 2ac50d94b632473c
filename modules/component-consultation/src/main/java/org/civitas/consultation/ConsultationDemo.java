package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DemoCitizens;

/**
 * The consultation's part of the platform's demo: the Direction de la voirie et des déplacements (DVD) puts its
 * "Plan vélo 2027" to Parisians, a text of four articles in two versions and a closed question some residents have
 * answered, written and published through the component's own services.
 */
@ApplicationScoped
public class ConsultationDemo {

    static final String DIRECTORATE = "DVD";
    static final String TITLE = "Plan vélo 2027";

    static final String VERSION_1 = """
            # Plan vélo 2027

            ## Article 1 — Un réseau express vélo
            La Ville aménage d'ici 2027 un réseau de pistes cyclables **continues et protégées** reliant les portes de \
            Paris au centre, sur deux mètres de large au moins.

            ## Article 2 — Le stationnement
            Chaque rue reçoit des arceaux à vélo ; les gares et les écoles, des abris sécurisés.

            ## Article 3 — Les rues aux écoles
            Les rues qui bordent les écoles sont fermées aux voitures aux heures d'entrée et de sortie.

            ## Article 4 — L'apprentissage
            Des ateliers gratuits apprennent à pédaler en ville aux enfants comme aux adultes.
            """;

    /** Version 2: wider tracks, sheltered parking in every district, and school streets all day. */
    static final String VERSION_2 = """
            # Plan vélo 2027

            ## Article 1 — Un réseau express vélo
            La Ville aménage d'ici 2027 un réseau de pistes cyclables **continues et protégées** reliant les portes de \
            Paris au centre, sur trois mètres de large au moins.

            ## Article 2 — Le stationnement
            Chaque rue reçoit des arceaux à vélo ; les gares, les écoles et chaque arrondissement, des abris sécurisés.

            ## Article 3 — Les rues aux écoles
            Les rues qui bordent les écoles sont réservées aux piétons et aux vélos toute la journée.

            ## Article 4 — L'apprentissage
            Des ateliers gratuits apprennent à pédaler en ville aux enfants comme aux adultes.
            """;

    static final List<String> OPTIONS = List.of("Des pistes plus larges", "Plus de stationnement sécurisé",
            "Des rues aux écoles", "L'apprentissage du vélo");

    @Inject
    ConsultationDesk desk;
    @Inject
    QuestionDesk questions;
    @Inject
    Choices choices;
    @Inject
    ProposalFiling filing;
    @Inject
    Reactions reactions;
    @Inject
    Discussion discussion;
    @Inject
    AmendmentDesk amendments;

    /** Opens, writes and publishes the consultation in {@code instance} as the city's team, then some residents answer. */
    public void fill(ComponentRef instance, DemoCitizens people) {
        CitizenRef team = people.team();
        Views.ConsultationView consultation = desk.open(team, instance.id(), new ConsultationInput(DIRECTORATE, TITLE,
                "La Ville de Paris veut doubler les trajets à vélo d'ici 2027. Lisez le projet de plan, proposez, "
                        + "amendez ses articles et dites-nous ce qui compte le plus pour vous.",
                LocalDate.now().minusDays(7), LocalDate.now().plusDays(60)));
        long id = consultation.id();
        desk.importMarkdown(team, id, VERSION_1, false, Locale.FRENCH);
        TextViews.QuestionView question = questions.add(team, id,
                new QuestionInput("closed", "Quelle mesure du plan compte le plus pour vous ?", OPTIONS));
        questions.add(team, id, new QuestionInput("open", "Quels itinéraires faut-il aménager en premier ?", List.of()));
        desk.publishVersion(team, id, "Première version soumise à la consultation.");
        desk.publish(team, id);
        desk.importMarkdown(team, id, VERSION_2, true, Locale.FRENCH);
        desk.publishVersion(team, id, "Pistes de trois mètres, abris dans chaque arrondissement, rues aux écoles toute la journée.");
        for (int i = 0; i < 8; i++) {
            choices.choose(people.resident(i), question.id(), i % 3 == 0 ? 0 : i % OPTIONS.size());
        }
        participate(people, id, desk.get(team, id).sections());
    }

    /** Residents propose on the articles, vote with arguments, discuss, and amend the text and a proposal. */
    private void participate(DemoCitizens people, long consultation, List<Views.SectionView> articles) {
        long express = articles.get(0).id();
        long parking = articles.get(1).id();
        Views.ProposalView lanes = filing.propose(people.resident(0), consultation, new ProposalInput(
                "Des pistes séparées sur les quais hauts", "Les quais hauts sont le trajet le plus direct entre l'est et "
                        + "l'ouest : une piste séparée dans chaque sens éviterait le partage avec les bus.",
                express, null, null, null, null), false);
        Views.ProposalView lockers = filing.propose(people.resident(1), consultation, new ProposalInput(
                "Des consignes sécurisées près des gares", "Beaucoup renoncent au vélo par peur du vol : des consignes "
                        + "fermées près des gares, accessibles avec le passe Navigo.", parking, null, null, null, null), false);
        Views.ProposalView school = filing.propose(people.resident(2), consultation, new ProposalInput(
                "Apprendre le vélo dès le CE1", "Des séances en cour d'école puis dans la rue, avec les parents volontaires.",
                null, null, null, null, null), false);
        String[][] votes = {{"AGREE", "Le trajet le plus direct, et sans bus."}, {"AGREE", null},
                {"DISAGREE", "Les quais hauts sont déjà saturés aux heures de pointe."}, {"MIXED", "Oui, mais pas au détriment des piétons."},
                {"AGREE", null}};
        for (int i = 0; i < votes.length; i++) {
            reactions.vote(people.resident(i + 3), lanes.id(), votes[i][0], votes[i][1]);
            reactions.vote(people.resident(i + 4), lockers.id(), i == 0 ? "AGREE" : "MIXED", null);
        }
        reactions.vote(people.resident(5), school.id(), "AGREE", "Les enfants qui savent rouler le font toute leur vie.");
        ProposalViews.CommentView question = discussion.comment(people.resident(6), lockers.id(), null,
                "Combien de places par gare ? Gare de Lyon en aurait besoin de centaines.");
        discussion.comment(people.resident(1), lockers.id(), question.id(), "Au moins deux cents dans les grandes gares.");
        amendments.amendSection(people.resident(7), consultation, parking, new AmendmentInput(
                articles.get(1).title(), articles.get(1).body() + "<p>Chaque école dispose d'un abri pour les vélos "
                        + "des élèves et des enseignants.</p>", "Les écoles manquent de places abritées."), false);
        amendments.amendProposal(people.resident(8), lanes.id(), new AmendmentInput(lanes.title(), lanes.body()
                + "<p>Les carrefours sont protégés par des îlots, comme aux Pays-Bas.</p>", "Les carrefours sont les points dangereux."),
                false);
    }
}
