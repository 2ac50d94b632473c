package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** A project's place: an address as typed, a map point near the city, both, or neither. */
class PlaceTest {

    private static final double[] PARIS = Place.centre("48.8566,2.3522");

    private static String refused(String address, Double lat, Double lon) {
        return assertThrows(Refusal.class, () -> Place.of(address, lat, lon, PARIS, 100)).code();
    }

    @Test
    void aPointNearTheCityIsKeptToSixDecimalsAndABlankAddressIsNone() {
        Place place = Place.of("  ", 48.85301234567, 2.3499, PARIS, 100);
        assertNull(place.address());
        assertEquals(48.853012, place.latitude());
        assertEquals(2.3499, place.longitude());
        assertEquals("12 rue Monge", Place.of(" 12 rue Monge ", null, null, PARIS, 100).address());
    }

    @Test
    void bothCoordinatesOrNeither() {
        assertEquals("budget.project.point.half", refused(null, 48.85, null));
        assertEquals("budget.project.point.half", refused(null, null, 2.35));
    }

    @Test
    void coordinatesAreFiniteAndInRangeAndNearTheCity() {
        assertEquals("budget.project.point.range", refused(null, Double.NaN, 2.35));
        assertEquals("budget.project.point.range", refused(null, 48.85, Double.POSITIVE_INFINITY));
        assertEquals("budget.project.point.range", refused(null, 91.0, 2.35));
        assertEquals("budget.project.point.range", refused(null, 48.85, -180.5));
        assertEquals("budget.project.point.far", refused(null, 2.35, 48.85), "latitude and longitude swapped");
        assertEquals("budget.project.point.far", refused(null, 45.764, 4.8357), "Lyon is not Paris");
    }

    @Test
    void anAddressHasNoControlCharacterAndAReasonableLength() {
        assertEquals("budget.project.address", refused("12 rue\u0000 Monge", null, null));
        assertEquals("budget.project.address", refused("12 rue\nMonge", null, null));
        assertEquals("budget.project.address", refused("x".repeat(301), null, null));
    }

    @Test
    void anUnreadableCentreFallsBackToParis() {
        assertEquals(48.8566, Place.centre("nulle part")[0]);
        assertEquals(0.0, Place.distanceKm(48.8566, 2.3522, 48.8566, 2.3522));
        assertEquals(392, Math.round(Place.distanceKm(48.8566, 2.3522, 45.764, 4.8357)), 2);
    }
}
