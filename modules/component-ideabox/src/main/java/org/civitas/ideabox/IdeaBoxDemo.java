package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DemoCitizens;

/**
 * The idea box's part of the platform's demo: thirty Parisian ideas in every status, with supports and comments
 * by several residents, filed and decided through the idea box's own services.
 */
@ApplicationScoped
public class IdeaBoxDemo {

    /** One example idea and what becomes of it. */
    record Example(String title, String body, String category, String district, String address, Double latitude,
                   Double longitude, Outcome outcome) {
    }

    enum Outcome { DRAFT, RECEIVED, UNDER_REVIEW, INFORMATION_REQUESTED, ADMISSIBLE, NOT_ADMISSIBLE, DUPLICATE, REDIRECTED }

    static final List<Example> IDEAS = List.of(
            new Example("Des arbres rue Gay-Lussac", "La rue est très minérale et brûlante l'été. Planter une rangée "
                    + "d'arbres côté impair donnerait de l'ombre aux passants et aux terrasses.", "Espaces verts", "75005",
                    "Rue Gay-Lussac", 48.8437, 2.3430, Outcome.ADMISSIBLE),
            new Example("Plus de bancs le long du canal Saint-Martin", "Les personnes âgées n'ont nulle part où "
                    + "s'asseoir entre l'écluse des Récollets et la rue de Lancry.", "Cadre de vie", "75010",
                    "Quai de Valmy", 48.8722, 2.3637, Outcome.ADMISSIBLE),
            new Example("Une piste cyclable protégée rue de Rivoli côté Bastille", "Entre Saint-Paul et Bastille la "
                    + "piste s'arrête et les vélos se retrouvent au milieu des bus.", "Mobilités", "75004",
                    "Rue Saint-Antoine", 48.8535, 2.3650, Outcome.ADMISSIBLE),
            new Example("Des fontaines à eau dans le parc de Belleville", "Il n'y a qu'une fontaine Wallace en haut du "
                    + "parc, souvent en panne. Deux points d'eau de plus aideraient pendant les canicules.",
                    "Espaces verts", "75020", "Parc de Belleville", 48.8713, 2.3848, Outcome.ADMISSIBLE),
            new Example("Composteurs collectifs dans les squares du 18e", "Beaucoup d'habitants voudraient composter "
                    + "mais n'ont pas de cour. Un composteur par square, avec un référent, suffirait.", "Propreté",
                    "75018", "Square Léon", 48.8860, 2.3530, Outcome.ADMISSIBLE),
            new Example("Ouvrir les cours d'école le samedi", "Les cours « oasis » pourraient accueillir les familles "
                    + "du quartier le samedi après-midi, avec un gardien.", "Culture et sport", "75019", null, null, null,
                    Outcome.ADMISSIBLE),
            new Example("Un marché de producteurs place des Fêtes", "Le marché actuel manque de producteurs locaux ; "
                    + "un marché du dimanche réservé aux producteurs d'Île-de-France ferait vivre la place.",
                    "Cadre de vie", "75019", "Place des Fêtes", 48.8768, 2.3930, Outcome.ADMISSIBLE),
            new Example("Végétaliser la place de la République", "La place est immense et sans ombre. Des bacs plantés "
                    + "et des arbres côté Magenta la rendraient agréable en été.", "Espaces verts", "75011",
                    "Place de la République", 48.8675, 2.3637, Outcome.UNDER_REVIEW),
            new Example("Un passage piéton rue des Pyrénées devant l'école", "Les enfants traversent entre les "
                    + "voitures à la sortie de l'école élémentaire : il faut un passage piéton surélevé.", "Mobilités",
                    "75020", "Rue des Pyrénées", 48.8630, 2.3980, Outcome.UNDER_REVIEW),
            new Example("Des toilettes publiques ouvertes la nuit aux Halles", "Les sanisettes ferment trop tôt et le "
                    + "quartier reste très fréquenté jusqu'à deux heures du matin.", "Propreté", "75001",
                    "Jardin Nelson-Mandela", 48.8622, 2.3447, Outcome.UNDER_REVIEW),
            new Example("Une bibliothèque de rue square du Temple", "Une petite cabane à livres, entretenue par des "
                    + "bénévoles du quartier, près de l'aire de jeux.", "Culture et sport", "75003", "Square du Temple",
                    48.8642, 2.3605, Outcome.UNDER_REVIEW),
            new Example("Éclairer le passage sous le périphérique porte de la Chapelle", "Le passage est sombre et "
                    + "sale ; on l'évite le soir. Un éclairage et un nettoyage régulier le rendraient sûr.",
                    "Cadre de vie", "75018", "Porte de la Chapelle", 48.8985, 2.3590, Outcome.INFORMATION_REQUESTED),
            new Example("Des cours de français gratuits à la mairie", "Pour les parents qui arrivent en France, des "
                    + "cours du soir à la mairie d'arrondissement aideraient à suivre la scolarité des enfants.",
                    "Solidarités", "75013", null, null, null, Outcome.INFORMATION_REQUESTED),
            new Example("Plus de poubelles de tri rue Mouffetard", "Le week-end les poubelles débordent. Des "
                    + "corbeilles de tri et un ramassage le dimanche soir.", "Propreté", "75005", "Rue Mouffetard",
                    48.8420, 2.3500, Outcome.RECEIVED),
            new Example("Un parking vélo sécurisé gare de Lyon", "Les arceaux sont toujours pleins et les vols "
                    + "fréquents : un abri fermé avec abonnement.", "Mobilités", "75012", "Gare de Lyon", 48.8443, 2.3735,
                    Outcome.RECEIVED),
            new Example("Rendre la rue Daguerre piétonne le week-end", "La rue est déjà très commerçante ; la fermer "
                    + "aux voitures le samedi et le dimanche la rendrait aux familles.", "Mobilités", "75014",
                    "Rue Daguerre", 48.8340, 2.3270, Outcome.RECEIVED),
            new Example("Des jardinières au pied des immeubles rue de Charonne", "Les habitants sont prêts à "
                    + "entretenir des jardinières si la Ville les installe.", "Espaces verts", "75011", "Rue de Charonne",
                    48.8540, 2.3820, Outcome.RECEIVED),
            new Example("Un terrain de basket au parc Georges-Brassens", "Il n'y a aucun terrain de basket en accès "
                    + "libre dans le sud du 15e.", "Culture et sport", "75015", "Parc Georges-Brassens", 48.8300, 2.3000,
                    Outcome.RECEIVED),
            new Example("Des repas solidaires dans les cantines l'été", "Les cuisines des écoles sont fermées en "
                    + "juillet ; elles pourraient servir des repas aux familles en difficulté.", "Solidarités", "75020",
                    null, null, null, Outcome.RECEIVED),
            new Example("Réparer les trottoirs avenue de Clichy", "Les trottoirs sont défoncés entre la place de "
                    + "Clichy et La Fourche ; les poussettes et fauteuils ne passent pas.", "Cadre de vie", "75017",
                    "Avenue de Clichy", 48.8870, 2.3260, Outcome.RECEIVED),
            new Example("Une fresque sur le mur de la rue Ordener", "Le long mur aveugle pourrait accueillir une "
                    + "fresque d'artistes du quartier.", "Culture et sport", "75018", "Rue Ordener", 48.8920, 2.3480,
                    Outcome.RECEIVED),
            new Example("Interdire les trottinettes dans les parcs", "Les trottinettes roulent vite dans les allées "
                    + "et mettent en danger les enfants.", "Autre", null, null, null, null, Outcome.NOT_ADMISSIBLE),
            new Example("Baisser la taxe foncière", "Les impôts locaux sont trop élevés pour les propriétaires "
                    + "modestes.", "Autre", null, null, null, null, Outcome.NOT_ADMISSIBLE),
            new Example("Construire un téléphérique jusqu'à Montmartre", "Un téléphérique depuis la gare du Nord "
                    + "désengorgerait le funiculaire.", "Mobilités", "75018", null, null, null, Outcome.NOT_ADMISSIBLE),
            new Example("Planter des arbres rue Gay-Lussac", "Cette rue manque cruellement d'ombre, il faudrait des "
                    + "arbres.", "Espaces verts", "75005", "Rue Gay-Lussac", 48.8440, 2.3425, Outcome.DUPLICATE),
            new Example("Des bancs quai de Valmy", "On ne peut pas s'asseoir le long du canal, sauf sur le bord.",
                    "Cadre de vie", "75010", "Quai de Valmy", 48.8715, 2.3640, Outcome.DUPLICATE),
            new Example("Végétaliser le pied des arbres rue Oberkampf", "Les pieds d'arbres sont en terre battue ; "
                    + "les riverains voudraient y semer des fleurs.", "Espaces verts", "75011", "Rue Oberkampf", 48.8650,
                    2.3760, Outcome.REDIRECTED),
            new Example("Un potager partagé sur le toit du gymnase", "Le toit plat du gymnase pourrait devenir un "
                    + "potager pour les écoles voisines.", "Espaces verts", "75015", null, null, null, Outcome.REDIRECTED),
            new Example("Une aire de jeux inclusive square des Batignolles", "Des jeux accessibles aux enfants en "
                    + "fauteuil, comme il en existe à Lyon.", "Culture et sport", "75017", "Square des Batignolles",
                    48.8870, 2.3180, Outcome.REDIRECTED),
            new Example("Des abris à vélos cargo dans le 12e", "Les familles à vélo cargo ne savent pas où le garer : "
                    + "deux places de stationnement par rue en feraient des abris.", "Mobilités", "75012", null, null,
                    null, Outcome.DRAFT));

    private static final List<String> COMMENTS = List.of(
            "Tout à fait d'accord, j'habite la rue et c'est vraiment nécessaire.",
            "Bonne idée, mais qui s'occupera de l'entretien ?",
            "On en parle depuis des années au conseil de quartier, j'espère que ça avancera.",
            "Je soutiens, à condition de garder de la place pour les livraisons.",
            "Les enfants de l'école en profiteraient beaucoup.");

    @Inject
    IdeaFiling filing;
    @Inject
    IdeaTriage triage;
    @Inject
    IdeaTemplates templates;

    /** Files the example ideas in {@code box}, then supports, comments on and decides them as a real team would. */
    public void fill(ComponentRef box, DemoCitizens people) {
        List<String> categories = IdeaBoxComponent.categories(box);
        CitizenRef team = people.team();
        Long original = null;
        Long secondOriginal = null;
        for (int i = 0; i < IDEAS.size(); i++) {
            Example e = IDEAS.get(i);
            CitizenRef author = people.resident(i);
            String category = categories.contains(e.category()) ? e.category() : categories.get(0);
            boolean draft = e.outcome() == Outcome.DRAFT;
            Views.IdeaView idea = filing.file(author, box.id(), new IdeaInput(e.title(), e.body(), category,
                    e.district(), e.address(), e.latitude(), e.longitude()), draft);
            if (draft) {
                continue;
            }
            for (int s = 1; s <= (i * 7) % 9; s++) {
                filing.support(people.resident(i + s), idea.id(), true);
            }
            if (i % 3 == 0) {
                filing.comment(people.resident(i + 1), idea.id(), COMMENTS.get(i % COMMENTS.size()), null);
                filing.comment(people.resident(i + 2), idea.id(), COMMENTS.get((i + 1) % COMMENTS.size()), null);
            }
            Views.IdeaView now = filing.follow(author, idea.id(), true);
            switch (e.outcome()) {
                case UNDER_REVIEW -> decide(team, now, "review", null, null, null, null);
                case INFORMATION_REQUESTED -> decide(team, now, "information",
                        "Pouvez-vous préciser l'endroit exact et les horaires qui posent problème ?", null, null, null);
                case ADMISSIBLE -> {
                    Views.IdeaView reviewed = decide(team, now, "review", null, null, null, null);
                    Views.IdeaView admissible = decide(team, reviewed, "admissible",
                            "Les services de la Ville étudient sa faisabilité ; vous serez tenu informé.", null, null, null);
                    if (original == null) {
                        original = admissible.id();
                    } else if (secondOriginal == null) {
                        secondOriginal = admissible.id();
                    }
                }
                case NOT_ADMISSIBLE -> decide(team, now, "not_admissible", "Cette demande ne relève pas des "
                        + "compétences de la Ville de Paris ou de la boîte à idées.", null, null, null);
                case DUPLICATE -> decide(team, now, "duplicate", "Une idée semblable a déjà été déposée : vos soutiens "
                        + "la rejoignent.", secondOriginal != null && e.title().contains("bancs") ? secondOriginal : original,
                        null, null);
                case REDIRECTED -> redirect(box, team, now);
                default -> {
                }
            }
        }
    }

    /** To the platform's budget when one takes ideas now, else to an external scheme such as the greening permit. */
    private void redirect(ComponentRef box, CitizenRef team, Views.IdeaView idea) {
        List<Views.Destination> destinations = triage.destinations(team, box.id());
        if (!destinations.isEmpty() && idea.title().contains("aire de jeux")) {
            decide(team, idea, "redirect", "Votre idée devient un projet du budget participatif.", null,
                    destinations.get(0).componentId(), null);
            return;
        }
        List<Views.Scheme> schemes = templates.schemes(team, box.id());
        if (!schemes.isEmpty()) {
            decide(team, idea, "external", null, null, null, schemes.get(0).id());
        }
    }

    private Views.IdeaView decide(CitizenRef team, Views.IdeaView idea, String type, String message, Long duplicateOf,
                                  Long componentId, Long schemeId) {
        return triage.decide(team, idea.id(), new Decision(type, idea.version(), message, null, duplicateOf,
                componentId, schemeId));
    }
}
