package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civitas.budget.tally.Election;
import org.civitas.budget.tally.Pabulib;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** What makes a Pabulib file importable into an envelope, and what the edge refuses before parsing it. */
class ResultsImportTest {

    private static final long MOKOTOW_BUDGET = 8_047_458;

    private static Election mokotow() {
        try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/pabulib/Poland_Warszawa_2022_Mokotow.pb"),
                StandardCharsets.UTF_8)) {
            return Pabulib.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Election small(String budget, String cost, String selected) {
        try {
            return Pabulib.read(new StringReader("META\nkey;value\nbudget;" + budget + "\nPROJECTS\nproject_id;cost;selected\n"
                    + "p1;" + cost + ";" + selected + "\np2;50;0\nVOTES\nvoter_id;vote\n1;p1\n2;\"p1,p2\"\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Refusal refused(Election file, long amount, boolean equalShares) {
        return assertThrows(Refusal.class, () -> ResultsImport.checked(file, amount, equalShares));
    }

    @Test
    void warsawIsImportedIntoAnEnvelopeOfItsBudgetCountedByVotes() {
        Election file = mokotow();
        assertSame(file, ResultsImport.checked(file, MOKOTOW_BUDGET, false), "greedy finds the city's winners");
    }

    @Test
    void theEnvelopeMustHaveTheFilesBudget() {
        Refusal refusal = refused(mokotow(), 500_000, false);
        assertEquals("budget.import.amount", refusal.code());
        assertEquals(Refusal.Kind.BAD_INPUT, refusal.kind());
        String french = refusal.text().fr().replaceAll("[\u00A0\u202F]", " ");
        assertTrue(french.contains("8 047 458") && french.contains("500 000"),
                "both amounts, in the reader's way of writing them: " + french);
        assertTrue(refusal.text().en().contains("8,047,458"), refusal.text().en());
    }

    @Test
    void theBudgetsRuleMustFindTheFilesWinners() {
        assertEquals("budget.import.winners.equal-shares", refused(mokotow(), MOKOTOW_BUDGET, true).code(),
                "Warsaw counted by votes; equal shares funds other projects");
        assertEquals("budget.import.winners.greedy", refused(small("100", "60", "0"), 100, false).code(),
                "p1 has the most votes and fits: a file saying it was not funded does not match");
    }

    @Test
    void costsAreWholePositiveEuros() {
        assertSame(Refusal.Kind.BAD_INPUT, refused(small("100", "60.5", "1"), 100, false).kind());
        assertEquals("budget.import.cost", refused(small("100", "0", "1"), 100, false).code());
        Election whole = small("100", "60.00", "1");
        assertSame(whole, ResultsImport.checked(whole, 100, false), "60.00 is a whole amount");
    }

    @Test
    void theEdgeRefusesLargeFilesOtherEncodingsAndControlCharacters() {
        byte[] big = new byte[ResultsImport.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals("budget.import.too-large", assertThrows(Refusal.class,
                () -> ResultsImport.text(new ByteArrayInputStream(big))).code());
        assertEquals("budget.import.encoding", assertThrows(Refusal.class,
                () -> ResultsImport.text(new ByteArrayInputStream(new byte[] {'M', (byte) 0xE9, 't'}))).code());
        assertEquals("budget.import.control-character", assertThrows(Refusal.class,
                () -> ResultsImport.text(new ByteArrayInputStream("META\u0000".getBytes(StandardCharsets.UTF_8)))).code());
        assertEquals("META\r\nkey;value\tx", ResultsImport.text(new ByteArrayInputStream(
                "META\r\nkey;value\tx".getBytes(StandardCharsets.UTF_8))), "line breaks and tabs are text");
    }
}
