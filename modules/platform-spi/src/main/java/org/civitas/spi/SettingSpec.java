package org.civitas.spi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A typed setting a component declares. {@link #check} validates a raw value as an administrator typed it
 * and returns the problem, if any, as a message key with arguments (see {@link SettingProblem}).
 */
public record SettingSpec(String key, SettingType type, boolean required, String defaultValue,
                          Long min, Long max, List<String> choices, LocalizedText label) {

    public SettingSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == SettingType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("a CHOICE setting lists its choices: " + key);
        }
    }

    public static SettingSpec bool(String key, boolean defaultValue, LocalizedText label) {
        return new SettingSpec(key, SettingType.BOOLEAN, true, Boolean.toString(defaultValue), null, null, null, label);
    }

    public static SettingSpec integer(String key, long defaultValue, long min, long max, LocalizedText label) {
        return new SettingSpec(key, SettingType.INTEGER, true, Long.toString(defaultValue), min, max, null, label);
    }

    public static SettingSpec text(String key, boolean required, String defaultValue, LocalizedText label) {
        return new SettingSpec(key, SettingType.TEXT, required, defaultValue, null, null, null, label);
    }

    public static SettingSpec choice(String key, String defaultValue, List<String> choices, LocalizedText label) {
        return new SettingSpec(key, SettingType.CHOICE, true, defaultValue, null, null, choices, label);
    }

    public static SettingSpec date(String key, boolean required, LocalizedText label) {
        return new SettingSpec(key, SettingType.DATE, required, null, null, null, null, label);
    }

    public Optional<SettingProblem> check(String raw) {
        if (raw == null || raw.isBlank()) {
            return required && defaultValue == null
                    ? Optional.of(new SettingProblem(key, "setting.required"))
                    : Optional.empty();
        }
        String value = raw.strip();
        switch (type) {
            case BOOLEAN:
                return value.equals("true") || value.equals("false")
                        ? Optional.empty() : Optional.of(new SettingProblem(key, "setting.boolean"));
            case INTEGER:
                long n;
                try {
                    n = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return Optional.of(new SettingProblem(key, "setting.integer"));
                }
                if ((min != null && n < min) || (max != null && n > max)) {
                    return Optional.of(new SettingProblem(key, "setting.range", min, max));
                }
                return Optional.empty();
            case CHOICE:
                return choices.contains(value)
                        ? Optional.empty() : Optional.of(new SettingProblem(key, "setting.choice", String.join(", ", choices)));
            case DATE:
                try {
                    LocalDate.parse(value);
                    return Optional.empty();
                } catch (DateTimeParseException e) {
                    return Optional.of(new SettingProblem(key, "setting.date"));
                }
            default:
                return Optional.empty();
        }
    }
}
