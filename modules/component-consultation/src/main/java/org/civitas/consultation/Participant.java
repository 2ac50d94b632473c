package org.civitas.consultation;

import org.civitas.spi.CitizenRef;

/**
 * What a contribution keeps of who wrote it, for the synthesis's figures by district and age band: never a birth
 * date, only the band it fell in then.
 */
public record Participant(String district, String ageBand) {

    /** The bands the synthesis counts by. */
    public static final java.util.List<String> AGE_BANDS = java.util.List.of("0-17", "18-24", "25-34", "35-49", "50-64", "65+");

    public static Participant of(CitizenRef citizen) {
        return new Participant(citizen == null ? null : citizen.district(), band(citizen == null ? null : citizen.age()));
    }

    static String band(Integer age) {
        if (age == null || age < 0) {
            return null;
        }
        int[] starts = {0, 18, 25, 35, 50, 65};
        int band = 0;
        while (band + 1 < starts.length && age >= starts[band + 1]) {
            band++;
        }
        return AGE_BANDS.get(band);
    }
}
