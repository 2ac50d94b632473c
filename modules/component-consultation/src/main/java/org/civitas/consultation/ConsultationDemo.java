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
    }
}
