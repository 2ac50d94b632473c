package org.civitas.budget;

import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * Where a project would be: an address as typed, a map point, both or neither. The point is both coordinates or
 * none, finite, and within {@code radiusKm} of the map's centre (a city's budget funds nothing on another continent;
 * a swapped latitude and longitude lands far away too). Coordinates are kept to six decimals (about 10 cm).
 */
record Place(String address, Double latitude, Double longitude) {

    static final int MAX_ADDRESS = 300;
    private static final double EARTH_KM = 6371.0;

    /** The place, checked and stripped; a blank address is none. */
    static Place of(String address, Double latitude, Double longitude, double[] centre, double radiusKm) {
        String typed = address == null || address.isBlank() ? null : address.strip();
        if (typed != null && (typed.length() > MAX_ADDRESS || TextInput.check(typed, false, MAX_ADDRESS).isPresent())) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.address", MAX_ADDRESS);
        }
        if ((latitude == null) != (longitude == null)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.point.half");
        }
        if (latitude == null) {
            return new Place(typed, null, null);
        }
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.point.range");
        }
        if (distanceKm(centre[0], centre[1], latitude, longitude) > radiusKm) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.point.far", Math.round(radiusKm));
        }
        return new Place(typed, round(latitude), round(longitude));
    }

    /** The map's centre from its setting ("48.8566,2.3522"); Paris's when the setting is unreadable. */
    static double[] centre(String setting) {
        try {
            String[] parts = setting.split(",");
            return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
        } catch (RuntimeException unreadable) {
            return new double[] {48.8566, 2.3522};
        }
    }

    /** Great-circle distance (haversine). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
