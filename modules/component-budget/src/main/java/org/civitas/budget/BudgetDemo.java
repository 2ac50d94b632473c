package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DemoCitizens;

/**
 * The budget's part of the platform's demo: Parisian projects in several states (a draft, filed, studied
 * unfavourably, studied favourably, put to the vote), filed and studied through the budget's own services.
 */
@ApplicationScoped
public class BudgetDemo {

    enum Stage { DRAFT, FILED, UNFAVOURABLE, FAVOURABLE, SELECTED }

    record Example(String title, String description, String category, String envelope, long cost, String address,
                   Double latitude, Double longitude, Stage stage) {
    }

    static final List<Example> PROJECTS = List.of(
            new Example("Une forêt urbaine place de Catalogne", "<p>Planter <strong>200 arbres</strong> sur le "
                    + "rond-point, avec des allées pour traverser à pied.</p>", "Environnement", "75014", 450_000,
                    "Place de Catalogne", 48.8380, 2.3190, Stage.SELECTED),
            new Example("Rénover l'aire de jeux du square Saint-Lambert", "<p>Des jeux neufs pour les 2-12 ans et un "
                    + "sol souple.</p>", "Éducation et jeunesse", "75015", 180_000, "Square Saint-Lambert", 48.8410,
                    2.2990, Stage.SELECTED),
            new Example("Des pistes cyclables sur les boulevards des Maréchaux", "<p>Relier les portes de Paris par "
                    + "une piste continue et protégée.</p><ul><li>porte de Vincennes</li><li>porte d'Italie</li></ul>",
                    "Mobilités", BudgetComponent.CITY, 2_500_000, null, null, null, Stage.SELECTED),
            new Example("Une bagagerie solidaire à Belleville", "<p>Un lieu où les personnes sans abri déposent leurs "
                    + "affaires en sécurité pendant la journée.</p>", "Solidarités", "75020", 120_000, "Boulevard de "
                    + "Belleville", 48.8700, 2.3780, Stage.FAVOURABLE),
            new Example("Végétaliser les cours d'immeubles sociaux du 19e", "<p>Des jardins partagés au pied des "
                    + "immeubles, entretenus avec les locataires.</p>", "Environnement", "75019", 300_000, null, null,
                    null, Stage.FAVOURABLE),
            new Example("Un téléphérique entre Montmartre et la gare du Nord", "<p>Un transport aérien pour "
                    + "désengorger le funiculaire.</p>", "Mobilités", "75018", 480_000, null, null, null,
                    Stage.UNFAVOURABLE),
            new Example("Une patinoire permanente au Champ-de-Mars", "<p>Une patinoire ouverte toute l'année.</p>",
                    "Cadre de vie", "75007", 400_000, "Champ-de-Mars", 48.8556, 2.2986, Stage.UNFAVOURABLE),
            new Example("Des fontaines à brumisation sur les Grands Boulevards", "<p>Pour se rafraîchir pendant les "
                    + "canicules.</p>", "Cadre de vie", BudgetComponent.CITY, 800_000, null, null, null, Stage.FILED),
            new Example("Un atelier de réparation de vélos rue de Tolbiac", "<p>Un local associatif où apprendre à "
                    + "réparer son vélo.</p>", "Mobilités", "75013", 90_000, "Rue de Tolbiac", 48.8270, 2.3570,
                    Stage.FILED),
            new Example("Des toilettes publiques accessibles au parc Montsouris", "<p>Des sanitaires accessibles aux "
                    + "personnes en fauteuil et aux familles.</p>", "Solidarités", "75014", 150_000, "Parc Montsouris",
                    48.8220, 2.3380, Stage.FILED),
            new Example("Un préau pour l'école de la rue Pouchet", "<p>Un abri pour que les enfants jouent dehors "
                    + "même quand il pleut.</p>", "Éducation et jeunesse", "75017", 200_000, null, null, null, Stage.DRAFT));

    @Inject
    ProjectFiling filing;
    @Inject
    ProjectStudy study;
    @Inject
    Results results;

    /** Files the example projects in {@code budget}, then studies and selects some as the city's team would. */
    public void fill(ComponentRef budget, DemoCitizens people) {
        List<String> categories = BudgetComponent.categories(budget);
        CitizenRef team = people.team();
        for (int i = 0; i < PROJECTS.size(); i++) {
            Example e = PROJECTS.get(i);
            String category = categories.contains(e.category()) ? e.category() : categories.get(0);
            long cost = Math.min(e.cost(), BudgetComponent.amount(budget, e.envelope()));
            Views.ProjectView project = filing.file(people.resident(i), budget.id(), new ProjectInput(e.title(),
                    e.description(), category, e.envelope(), Math.max(1, cost), e.address(), e.latitude(),
                    e.longitude()), e.stage() == Stage.DRAFT);
            switch (e.stage()) {
                case UNFAVOURABLE -> study.record(team, project.id(), new Study(true, null, false,
                        "Le projet dépasse l'enveloppe et les contraintes techniques du site.", null,
                        Study.Opinion.UNFAVOURABLE, "Les services ne peuvent pas le réaliser dans le budget voté."),
                        project.version());
                case FAVOURABLE, SELECTED -> {
                    Views.StudyRow row = study.record(team, project.id(), new Study(true, null, true, null, cost,
                            Study.Opinion.FAVOURABLE, "Réalisable par les services de la Ville dans l'année."),
                            project.version());
                    if (e.stage() == Stage.SELECTED) {
                        results.select(team, row.id(), true);
                    }
                }
                default -> {
                }
            }
        }
    }
}
