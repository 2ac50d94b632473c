package org.civitas.budget.tally;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Elections for the tests: the real ones copied from Pabulib, and small ones written in the format. */
final class Elections {

    static final Path PABULIB = Path.of("src/test/resources/pabulib");
    static final List<String> WARSAW = List.of("Poland_Warszawa_2022_Mokotow", "Poland_Warszawa_2022_Srodmiescie",
            "Poland_Warszawa_2022_Ursynow", "Poland_Warszawa_2022_Wola");

    private Elections() {
    }

    static Election real(String name) {
        try (Reader reader = Files.newBufferedReader(file(name), StandardCharsets.UTF_8)) {
            return Pabulib.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        return PABULIB.resolve(name + ".pb");
    }

    /** An election from its budget, its projects as {@code id;cost} rows and its ballots as vote lists. */
    static Election small(String budget, List<String> projects, List<String> votes) {
        StringBuilder pb = new StringBuilder("META\nkey;value\nbudget;" + budget + "\nvote_type;approval\n");
        pb.append("PROJECTS\nproject_id;cost\n");
        projects.forEach(row -> pb.append(row).append('\n'));
        pb.append("VOTES\nvoter_id;vote\n");
        for (int voter = 0; voter < votes.size(); voter++) {
            pb.append(voter + 1).append(";\"").append(votes.get(voter)).append("\"\n");
        }
        return parse(pb.toString());
    }

    static Election parse(String pb) {
        try {
            return Pabulib.read(new StringReader(pb));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The projects the city funded: {@code selected;1}. */
    static List<String> selected(Election election) {
        return election.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).map(Project::id).toList();
    }
}
