package org.civitas.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SpaceSlugTest {

    @Test
    void theTitleBecomesLowerCaseWordsWithoutAccentsJoinedByHyphens() {
        assertEquals("budget-participatif-2027", SpaceSlug.fromTitle("Budget participatif 2027"));
        assertEquals("vegetaliser-la-rue-gay-lussac", SpaceSlug.fromTitle("  Végétaliser la rue Gay-Lussac !"));
        assertEquals("l-ecole-et-le-coeur-du-quartier", SpaceSlug.fromTitle("L’École et le cœur du quartier"));
        assertEquals("ca-vaut-mieux", SpaceSlug.fromTitle("Ça vaut… mieux ?"));
        assertEquals("", SpaceSlug.fromTitle("!!! ???"));
    }

    @Test
    void aLongTitleIsCutAtEightyCharactersWithoutATrailingHyphen() {
        String slug = SpaceSlug.fromTitle("Consultation sur le réaménagement des places parisiennes et des berges de la Seine en 2027");
        assertTrue(slug.length() <= 80, slug);
        assertTrue(SpaceSlug.VALID.matcher(slug).matches(), slug);
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumber() {
        Set<String> taken = Set.of("budget-2027", "budget-2027-2");
        assertEquals("budget-2027-3", SpaceSlug.unique("budget-2027", taken::contains));
        assertEquals("budget-2028", SpaceSlug.unique("budget-2028", taken::contains));
        String longest = "a".repeat(80);
        String numbered = SpaceSlug.unique(longest, Set.of(longest)::contains);
        assertEquals("a".repeat(78) + "-2", numbered);
    }
}
