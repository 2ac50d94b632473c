package org.civitas.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void datesOfTheCitysLifeAreRead() {
        assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), DateInput.parse(" 2027-03-31 "));
        assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), DateInput.parse("1900-01-01"));
        assertEquals(Optional.of(LocalDate.of(2199, 12, 31)), DateInput.parse("2199-12-31"));
    }

    @Test
    void yearsNoDatabaseStoresAndNonDatesAreRefused() {
        for (String bad : new String[] {"-999999999-01-01", "+999999999-12-31", "+300000-12-31", "0000-01-01",
                "1899-12-31", "2200-01-01", "2027-02-30", "31/03/2027", ""}) {
            assertTrue(DateInput.parse(bad).isEmpty(), bad);
        }
    }
}
