package org.civitas.budget.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {

    @Test
    void mainPrintsOneLineOfJsonWithTheFilesOwnRule() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            TallyCommand.main(new String[] {"tally", Elections.file("Poland_Swiecie_2023").toString()});
        } finally {
            System.setOut(console);
        }

        assertEquals("{\"rule\":\"equal-shares\",\"budget\":1070000,\"spent\":1040337,\"winners\":[\"c12\",\"c10\","
                + "\"c20\",\"c21\",\"c2\",\"c13\",\"c3\",\"c1\",\"c9\",\"c11\",\"c4\",\"c7\",\"c19\",\"c5\",\"c17\","
                + "\"c18\",\"c14\"]}\n", printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void theRuleCanBeChosen() {
        Run run = run("tally", Elections.file("Poland_Swiecie_2023").toString(), "--rule", "greedy");

        assertEquals(0, run.status);
        assertTrue(run.out.startsWith("{\"rule\":\"greedy\",\"budget\":1070000,\"spent\":"), run.out);
        assertEquals("", run.err);
    }

    @Test
    void badInputGetsOneLineAndStatusTwo(@TempDir Path folder) throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.pb"),
                "META\nkey;value\nbudget;ten\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\n1;a\n");
        Path ordinal = Files.writeString(folder.resolve("ordinal.pb"),
                "META\nkey;value\nbudget;10\nvote_type;ordinal\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\n1;a\n");
        Path noRule = Files.writeString(folder.resolve("norule.pb"),
                "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\n1;a\n");

        assertBad(run("tally", folder.resolve("missing.pb").toString()), "no such file");
        assertBad(run("tally", broken.toString()), "budget is not a number");
        assertBad(run("tally", ordinal.toString()), "ordinal ballots are not supported");
        assertBad(run("tally", noRule.toString()), "the file names no rule");
        assertBad(run("tally", noRule.toString(), "--rule", "borda"), "unknown rule borda");
        assertBad(run("count", noRule.toString()), "usage: tally");
        assertBad(run(), "usage: tally");
    }

    private static void assertBad(Run run, String message) {
        assertEquals(TallyCommand.BAD_INPUT, run.status);
        assertEquals("", run.out);
        assertTrue(run.err.startsWith("civitas-budget: ") && run.err.contains(message), run.err);
        assertEquals(1, run.err.lines().count(), run.err);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TallyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
