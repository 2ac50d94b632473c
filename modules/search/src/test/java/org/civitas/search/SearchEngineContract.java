package org.civitas.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.SearchableContribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every SearchEngine must do; each engine's test extends this with its own engine. */
abstract class SearchEngineContract {

    /** One model for every test: loading it takes about a second. */
    protected static final Embedder EMBEDDER = Embedder.miniLm();

    protected SearchEngine engine;

    protected abstract SearchEngine newEngine() throws Exception;

    @BeforeEach
    void open() throws Exception {
        engine = newEngine();
        add("ideabox", "i1", "Végétaliser la rue Gay-Lussac", "Planter des arbres et des jardinières le long de la rue.",
                "75005", "2027-01-12T10:00:00Z");
        add("ideabox", "i2", "Une école ouverte le samedi", "Ouvrir la cour de l'école aux familles le week-end.",
                "75011", "2027-02-03T10:00:00Z");
        add("budget", "b1", "Pistes cyclables sécurisées boulevard Voltaire", "Séparer les vélos des voitures.",
                "75011", "2027-02-20T10:00:00Z");
        add("budget", "b2", "Fontaines à boire dans les squares", "Installer des fontaines d'eau potable.",
                "75020", "2027-03-01T10:00:00Z");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void add(String component, String id, String title, String body, String district, String at) {
        engine.index(new SearchableContribution(component, "contribution", id, 1, 7, title, body, "published", district,
                "Camille", Instant.parse(at), Set.of(), "/" + component + "/" + id));
    }

    private SearchResults search(String text) {
        return engine.search(new SearchQuery(text, Map.of(), null, null, 0, 10, Audience.PUBLIC));
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void frenchWordsMatchAcrossInflectionsAndAccents() {
        assertEquals("i1", search("végétalisation des rues").hits().get(0).id());
        assertEquals("i1", search("végétalisation").hits().get(0).id(), "derived forms meet, not only 'rue'");
        assertEquals("i2", search("ECOLES").hits().get(0).id());
        assertEquals("b1", search("piste cyclable").hits().get(0).id());
    }

    @Test
    void facetsCountMatchesAndFiltersNarrow() {
        SearchResults all = search("");
        assertEquals(4, all.total());
        assertEquals(Map.of("ideabox", 2L, "budget", 2L), all.facets().get("component"));
        assertEquals(2L, all.facets().get("district").get("75011"));
        assertEquals(2L, all.facets().get("month").get("2027-02"));
        SearchResults eleventh = engine.search(new SearchQuery("", Map.of("district", "75011"), null, null, 0, 10, Audience.PUBLIC));
        assertEquals(Set.of("i2", "b1"), Set.copyOf(ids(eleventh)));
        SearchResults budgetInEleventh = engine.search(new SearchQuery("", Map.of("district", "75011", "component", "budget"),
                null, null, 0, 10, Audience.PUBLIC));
        assertEquals(List.of("b1"), ids(budgetInEleventh));
    }

    @Test
    void monthsAreTheCitys() {
        add("ideabox", "m1", "Feu d'artifice", "Le soir du 30 avril.", "75001", "2027-04-30T22:30:00Z"); // 1 May in Paris
        assertEquals(1L, search("").facets().get("month").get("2027-05"));
        assertEquals(null, search("").facets().get("month").get("2027-04"));
    }

    @Test
    void withoutTextNewestComeFirstAndDatesFilter() {
        assertEquals(List.of("b2", "b1", "i2", "i1"), ids(search("")));
        SearchResults february = engine.search(new SearchQuery("", Map.of(), LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 28), 0, 10, Audience.PUBLIC));
        assertEquals(List.of("b1", "i2"), ids(february));
    }

    @Test
    void pagesDoNotOverlap() {
        SearchResults first = engine.search(new SearchQuery("", Map.of(), null, null, 0, 3, Audience.PUBLIC));
        SearchResults second = engine.search(new SearchQuery("", Map.of(), null, null, 1, 3, Audience.PUBLIC));
        assertEquals(3, first.hits().size());
        assertEquals(List.of("i1"), ids(second));
        assertEquals(4, second.total());
    }

    @Test
    void privateContributionsOnlyReachTheirReaders() {
        engine.index(new SearchableContribution("ideabox", "draft", "d1", 1, 7, "Brouillon de jardin partagé", "Jardin",
                "draft", "75005", "Camille", Instant.parse("2027-03-02T10:00:00Z"), Set.of("citizen:42"), "/d1"));
        assertTrue(ids(search("jardin partagé")).stream().noneMatch("d1"::equals));
        SearchResults mine = engine.search(new SearchQuery("jardin partagé", Map.of(), null, null, 0, 10, new Audience(Set.of("citizen:42"), Set.of())));
        assertEquals("d1", mine.hits().get(0).id());
        assertTrue(engine.similar("jardin partagé", null, new Audience(Set.of("citizen:7"), Set.of()), 5).stream().noneMatch(h -> h.id().equals("d1")));
    }

    @Test
    void hiddenContributionsLeaveResultsUntilRestoredAndRemovedOnesForGood() {
        engine.hide("ideabox", "i1", true);
        assertFalse(ids(search("végétaliser")).contains("i1"));
        assertEquals(3, search("").total());
        engine.hide("ideabox", "i1", false);
        assertTrue(ids(search("végétaliser")).contains("i1"));
        assertEquals("Végétaliser la rue Gay-Lussac", search("végétaliser").hits().get(0).title(), "nothing lost on restore");
        assertEquals("i1", search("vegetalisaton ru").hits().get(0).id(), "still found by meaning: its vector was kept");
        engine.remove("budget", "b2");
        assertEquals(3, engine.size());
        assertFalse(ids(search("fontaines")).contains("b2"));
    }

    @Test
    void aContributionRepublishedWhileHiddenStaysHidden() {
        SearchableContribution edited = new SearchableContribution("ideabox", "idea", "i1", 1, 7,
                "Végétaliser la rue Gay-Lussac", "Modifiée après signalements", "published", "75005", "Camille",
                Instant.parse("2027-01-12T10:00:00Z"), Set.of(), "/ideabox/i1");
        engine.indexAll(List.of(edited), Set.of(edited.uid()));
        assertFalse(ids(search("végétaliser")).contains("i1"));
        assertTrue(engine.similar("végétaliser la rue", null, Audience.PUBLIC, 5).stream().noneMatch(h -> h.id().equals("i1")));
        assertEquals(4, engine.size(), "kept, for a moderator to restore");
    }

    @Test
    void closedComponentsAreLeftOutOfResultsFacetsAndSimilar() {
        engine.index(new SearchableContribution("ideabox", "idea", "u1", 2, 8, "Composteur rue Mouffetard",
                "Un composteur de quartier", "published", "75005", "Camille", Instant.parse("2027-03-04T10:00:00Z"),
                Set.of(), "/u1"));
        assertTrue(ids(search("composteur")).contains("u1"));
        Audience unpublished = new Audience(Set.of(), Set.of(2L));
        SearchResults closed = engine.search(new SearchQuery("composteur", Map.of(), null, null, 0, 10, unpublished));
        assertTrue(closed.hits().stream().noneMatch(h -> h.id().equals("u1")));
        SearchResults all = engine.search(new SearchQuery("", Map.of(), null, null, 0, 10, unpublished));
        assertEquals(4, all.total(), "the total counts only what the reader may open");
        assertTrue(engine.similar("composteur de quartier", null, unpublished, 5).stream().noneMatch(h -> h.id().equals("u1")));
    }

    @Test
    void aPastedPageIsAQueryNotAnError() {
        String page = "végétaliser la rue ".repeat(1000);
        assertTrue(ids(search(page)).contains("i1"));
        assertFalse(engine.similar(page, null, Audience.PUBLIC, 5).isEmpty());
        assertTrue(engine.similar("\uFFFD ?!", null, Audience.PUBLIC, 5).isEmpty(), "no words, nothing similar");
        assertEquals(4, search("\uFFFD").total(), "no words: the newest, as for an empty search");
    }

    @Test
    void reindexingReplacesRatherThanDuplicates() {
        add("ideabox", "i1", "Végétaliser la rue Gay-Lussac et la rue Soufflot", "Des arbres.", "75005", "2027-01-12T10:00:00Z");
        assertEquals(4, engine.size());
        assertTrue(search("Soufflot").hits().get(0).title().contains("Soufflot"));
    }

    @Test
    void snippetsHighlightMatchesAndEscapeTheText() {
        engine.index(new SearchableContribution("ideabox", "x", "x1", 1, 7, "Titre", "Des bancs <script>alert(1)</script> partout",
                "published", null, "Camille", Instant.parse("2027-03-03T10:00:00Z"), Set.of(), "/x1"));
        String snippet = search("bancs").hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>bancs</mark>") || snippet.contains("<mark>Bancs</mark>"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertEquals("Titre", search("bancs").hits().get(0).markedTitle());
    }

    @Test
    void everyFormThatStemsLikeAWordOfTheQueryIsHighlightedInTitleAndText() {
        SearchHit street = search("végétalisation des rues").hits().get(0);
        assertEquals("<mark>Végétaliser</mark> la <mark>rue</mark> Gay-Lussac", street.markedTitle());
        assertTrue(street.snippet().contains("<mark>rue</mark>"), street.snippet());
        engine.index(new SearchableContribution("ideabox", "idea", "x2", 1, 7, "Trottoirs", "Pour la végétalisation des trottoirs",
                "published", null, "Camille", Instant.parse("2027-03-03T10:00:00Z"), Set.of(), "/x2"));
        SearchHit pavement = search("végétaliser").hits().stream().filter(h -> h.id().equals("x2")).findFirst().orElseThrow();
        assertTrue(pavement.snippet().contains("<mark>végétalisation</mark>"), pavement.snippet());
        assertEquals("Trottoirs", pavement.markedTitle(), "a title without a match is shown whole");
    }

    @Test
    void aWeakNeighbourAloneIsNotAResult() {
        // Close enough in meaning to pass the neighbours' minimum cosine, but shares no word with the query.
        add("ideabox", "p1", "Des poubelles dans le parc Montsouris", "Ajouter des corbeilles de tri près des pelouses du parc.",
                "75014", "2027-03-05T10:00:00Z");
        SearchResults lanes = search("pistes cyclables");
        assertEquals(List.of("b1"), ids(lanes));
        assertEquals(1, lanes.total(), "the total and the facets count only the results");
        engine.remove("budget", "b1");
        SearchResults none = search("pistes cyclables");
        assertEquals(List.of(), ids(none), "the words match nothing and no neighbour is close");
        assertEquals(0, none.total());
    }

    @Test
    void whateverPeopleTypeIsAQuery() {
        for (String typed : List.of("\"rue", "((école", "-", "vélo AND OR", "*", "fontaine~~2", "\\")) {
            assertDoesNotThrow(() -> search(typed), typed);
        }
    }

    @Test
    void misspelledWordsAreFoundThroughMeaning() {
        // No word of the query matches the text: only the sentence embeddings can find it.
        assertEquals("i1", search("vegetalisaton ru").hits().get(0).id());
        assertEquals("b1", engine.similar("pist cyclabe", null, Audience.PUBLIC, 3).get(0).id());
    }

    @Test
    void similarStaysInTheComponentAskedFor() {
        List<SearchHit> similar = engine.similar("des arbres dans ma rue", "ideabox", Audience.PUBLIC, 5);
        assertEquals("i1", similar.get(0).id());
        assertTrue(similar.stream().allMatch(h -> h.component().equals("ideabox")));
        assertTrue(engine.similar("  ", "ideabox", Audience.PUBLIC, 5).isEmpty());
    }
}
