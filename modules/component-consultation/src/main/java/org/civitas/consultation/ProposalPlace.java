package org.civitas.consultation;

import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * Where a proposal would apply: an address as typed, a map point, both or neither. The point is both coordinates or
 * none, and within {@code radiusKm} of the map's centre (a swapped latitude and longitude lands far from the city).
 */
record ProposalPlace(String address, Double latitude, Double longitude) {

    static final int MAX_ADDRESS = 200;
    private static final double EARTH_KM = 6371.0;

    /** The place, checked and stripped; a blank address is none. */
    static ProposalPlace of(String address, Double latitude, Double longitude, String centre, double radiusKm) {
        String typed = address == null || address.isBlank() ? null : address.strip();
        if (typed != null && TextInput.check(typed, false, MAX_ADDRESS).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.address", MAX_ADDRESS);
        }
        if ((latitude == null) != (longitude == null)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.point.half");
        }
        if (latitude == null) {
            return new ProposalPlace(typed, null, null);
        }
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.point.range");
        }
        double[] c = centre(centre);
        if (distanceKm(c[0], c[1], latitude, longitude) > radiusKm) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.point.far", Math.round(radiusKm));
        }
        return new ProposalPlace(typed, Math.round(latitude * 1e6) / 1e6, Math.round(longitude * 1e6) / 1e6);
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
}
