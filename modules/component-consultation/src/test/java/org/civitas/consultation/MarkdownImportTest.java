package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** A Markdown import becomes one section per top-level heading, sanitised; bad imports are refused with a reason. */
class MarkdownImportTest {

    @Test
    void eachTopLevelHeadingStartsASectionAndLowerHeadingsStayInside() {
        List<MarkdownImport.Imported> sections = MarkdownImport.split("""
                # Article 1 — Les pistes
                Les pistes sont **séparées**.

                ## Détail
                Deux mètres.

                # Article 2
                Des arceaux partout.
                """, "Préambule");
        assertEquals(2, sections.size());
        assertEquals("Article 1 — Les pistes", sections.get(0).title());
        assertTrue(sections.get(0).body().contains("<strong>séparées</strong>"), sections.get(0).body());
        assertTrue(sections.get(0).body().contains("<h3>Détail</h3>"), "a lower heading stays in the section, at the levels it holds");
        assertEquals("Article 2", sections.get(1).title());
        assertEquals("Des arceaux partout.", RichText.plain(sections.get(1).body()));
    }

    @Test
    void aSingleTitleAboveTheArticlesIsTheDocumentsAndWordsBeforeTheFirstArticleAreAPreamble() {
        List<MarkdownImport.Imported> sections = MarkdownImport.split("""
                # Plan vélo 2027

                La ville consulte ses habitants.

                ## Article 1
                Un.

                ## Article 2
                Deux.
                """, "Préambule");
        assertEquals(List.of("Préambule", "Article 1", "Article 2"), sections.stream().map(MarkdownImport.Imported::title).toList());
        assertEquals("La ville consulte ses habitants.", RichText.plain(sections.get(0).body()));
    }

    @Test
    void textWithoutHeadingsIsOneSectionAndAHashInsideCodeIsNotAHeading() {
        List<MarkdownImport.Imported> sections = MarkdownImport.split("Un seul paragraphe.\n\n```\n# pas un titre\n```\n", "Texte");
        assertEquals(1, sections.size());
        assertEquals("Texte", sections.get(0).title());
    }

    @Test
    void scriptsAndRawHtmlAreDropped() {
        MarkdownImport.Imported section = MarkdownImport.split("""
                # Article <em>1</em>
                <script>alert(1)</script>
                Un [lien](javascript:alert(2)) et <img src=x onerror=alert(3)>.
                """, "Préambule").get(0);
        assertFalse(section.body().contains("<script"), section.body());
        assertFalse(section.body().contains("<img"), section.body());
        assertFalse(section.body().contains("javascript"), section.body());
        assertFalse(section.body().contains("onerror=alert"), section.body().replace("&lt;", "<"));
    }

    @Test
    void emptyTooLongOrControlCharactersAreRefused() {
        assertEquals("consultation.import.empty",
                assertThrows(Refusal.class, () -> MarkdownImport.split("  \n ", "P")).code());
        Refusal tooLong = assertThrows(Refusal.class, () -> MarkdownImport.split("a".repeat(100_001), "P"));
        assertEquals(Refusal.Kind.BAD_INPUT, tooLong.kind());
        assertTrue(tooLong.text().fr().contains("100"), tooLong.text().fr());
        assertEquals("consultation.import.control",
                assertThrows(Refusal.class, () -> MarkdownImport.split("# A\nun\u0000deux", "P")).code());
        assertEquals("consultation.import.title",
                assertThrows(Refusal.class, () -> MarkdownImport.split("# " + "t".repeat(201) + "\nx", "P")).code());
        assertEquals("consultation.import.encoding", assertThrows(Refusal.class,
                () -> MarkdownImport.read(new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28}))).code());
        assertEquals("# Titre", MarkdownImport.read(new ByteArrayInputStream("\uFEFF# Titre".getBytes(StandardCharsets.UTF_8))));
    }
}
