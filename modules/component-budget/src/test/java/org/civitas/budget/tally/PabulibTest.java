package org.civitas.budget.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PabulibTest {

    static Stream<String> everyElection() {
        return Stream.concat(Elections.WARSAW.stream(), Stream.of("Poland_Swiecie_2023", "France_Toulouse_2022"));
    }

    @Test
    void readsToulouseWithItsFrenchTitlesAndNoSelected() {
        Election election = Elections.real("France_Toulouse_2022");

        assertEquals(new BigDecimal("8000000"), election.budget());
        assertEquals("greedy", election.rule());
        assertEquals(1, election.minLength());
        assertEquals(3, election.maxLength());
        assertEquals(199, election.projects().size());
        assertEquals(4532, election.ballots().size());
        Project shelters = election.projects().get(0);
        assertEquals("116", shelters.id());
        assertEquals(0, new BigDecimal("4000").compareTo(shelters.cost()));
        assertEquals("Création d’abris pour la faune", shelters.name());
        assertEquals("Nature en ville", shelters.category());
        assertTrue(shelters.district().startsWith("10 - Jolimont"));
        assertNull(shelters.selected());
    }

    @Test
    void readsWarsawBallotsAndSkipsColumnsItDoesNotNeed() {
        Election election = Elections.real("Poland_Warszawa_2022_Mokotow");

        assertEquals(15, election.maxLength());
        assertEquals(List.of("2181"), election.ballots().get(0).approved());
        assertEquals(15, election.ballots().get(1).approved().size());
        assertEquals(3740, election.projects().get(0).votes());
    }

    @ParameterizedTest
    @MethodSource("everyElection")
    void keepsProjectsCostsVotesAndBallotsThroughWritingAndReading(String name) throws IOException {
        Election read = Elections.real(name);

        Election again = Elections.parse(written(read));

        assertEquals(read.budget(), again.budget());
        assertEquals(read.rule(), again.rule());
        assertEquals(read.ballots(), again.ballots());
        assertEquals(read.projects().size(), again.projects().size());
        for (int i = 0; i < read.projects().size(); i++) {
            Project before = read.projects().get(i);
            Project after = again.projects().get(i);
            assertEquals(before.withSelected(Boolean.TRUE.equals(before.selected())), after);
        }
    }

    @Test
    void writesWhatAnOutcomeFundsAndAnonymousVoters() throws IOException {
        Election election = Elections.small("100", List.of("p1;60", "p2;50", "p3;40"), List.of("p1,p3", "p1", "p2"));

        String pb = written(election.withSelected(new Greedy().outcome(election).winners()));

        assertTrue(pb.contains("\nVOTES\nvoter_id;vote\n1;p1,p3\n2;p1\n3;p2\n"), pb);
        assertEquals(List.of("p1", "p3"), Elections.selected(Elections.parse(pb)));
    }

    @Test
    void quotesWhatNeedsQuoting() throws IOException {
        String pb = """
                META
                key;value
                budget;1000.50
                PROJECTS
                project_id;cost;votes;name;selected;latitude
                a;500.25;2;"Bancs; tables et ""kiosque""\";1;48.85
                b;400;1;"Deux
                lignes";0;
                VOTES
                voter_id;vote;age
                v1;"a,b";33
                v2;a;
                """;

        Election election = Elections.parse(pb);
        Election again = Elections.parse(written(election));

        assertEquals("Bancs; tables et \"kiosque\"", again.projects().get(0).name());
        assertEquals("Deux\nlignes", again.projects().get(1).name());
        assertEquals(new BigDecimal("500.25"), again.projects().get(0).cost());
        assertEquals(new BigDecimal("1000.50"), again.budget());
        assertEquals(List.of(new Ballot(List.of("a", "b")), new Ballot(List.of("a"))), again.ballots());
    }

    @Test
    void refusesWhatIsNotAnElection() {
        String projects = "PROJECTS\nproject_id;cost\na;10\n";
        String votes = "VOTES\nvoter_id;vote\n1;a\n";
        assertRefused("no VOTES section", "META\nkey;value\nbudget;10\n" + projects);
        assertRefused("META has no budget", "META\nkey;value\nrule;greedy\n" + projects + votes);
        assertRefused("budget is not a number: 'ten'", "META\nkey;value\nbudget;ten\n" + projects + votes);
        assertRefused("line 6: cost of project a is negative: -10",
                "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;-10\n" + votes);
        assertRefused("line 9: a vote for unknown project z",
                "META\nkey;value\nbudget;10\n" + projects + "VOTES\nvoter_id;vote\n1;a,z\n");
        assertRefused("line 7: project a listed twice", "META\nkey;value\nbudget;10\n" + projects + "a;5\n" + votes);
        assertRefused("line 1: a row before the META section", "budget;10\n" + projects + votes);
        assertRefused("line 5: PROJECTS has no cost column",
                "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;price\na;10\n" + votes);
    }

    private static void assertRefused(String message, String pb) {
        assertEquals(message, assertThrows(PabulibFormatException.class, () -> Elections.parse(pb)).getMessage());
    }

    private static String written(Election election) throws IOException {
        StringWriter out = new StringWriter();
        Pabulib.write(election, out);
        return out.toString();
    }

    @Test
    void anUnclosedQuoteIsAFormatErrorNotAnInputFailure() {
        assertThrows(PabulibFormatException.class, () -> Pabulib.read(new java.io.StringReader(
                "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost;name\n1;30;\"Parc;1\n")));
    }
}
