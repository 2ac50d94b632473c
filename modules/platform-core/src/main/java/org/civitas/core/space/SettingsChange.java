package org.civitas.core.space;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.civitas.spi.LocalizedText;

/**
 * What an administrator changed in a component instance's settings, globally or for one phase ({@code phase} is
 * then the phase's title): each setting that changed, from its value before to its value after ("" when unset).
 * The audit log keeps it as JSON, so that the portal can name each setting by its label in the reader's language.
 */
public record SettingsChange(String component, LocalizedText phase, Map<String, List<String>> changed) {

    public SettingsChange {
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
    }

    /** The settings whose value differs between {@code before} and {@code after}, in the order of their keys. */
    public static SettingsChange between(String component, LocalizedText phase, Map<String, String> before,
                                         Map<String, String> after) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String from = Objects.requireNonNullElse(before.get(key), "");
            String to = Objects.requireNonNullElse(after.get(key), "");
            if (!from.equals(to)) {
                changed.put(key, List.of(from, to));
            }
        }
        return new SettingsChange(component, phase, changed);
    }

    public String toJson() {
        JsonObjectBuilder settings = Json.createObjectBuilder();
        changed.forEach((key, values) -> settings.add(key, Json.createArrayBuilder(values)));
        JsonObjectBuilder json = Json.createObjectBuilder().add("component", component).add("changed", settings);
        if (phase != null) {
            json.add("phase", Json.createObjectBuilder().add("fr", phase.fr())
                    .add("en", phase.en() == null ? phase.fr() : phase.en()));
        }
        return json.build().toString();
    }

    /** The change an audit entry's details hold, or empty for details written otherwise (entries before this form). */
    public static Optional<SettingsChange> parse(String details) {
        if (details == null || !details.startsWith("{\"")) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(details))) {
            JsonObject json = reader.readObject();
            Map<String, List<String>> changed = new LinkedHashMap<>();
            json.getJsonObject("changed").forEach((key, values) -> changed.put(key,
                    values.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            JsonValue phase = json.get("phase");
            return Optional.of(new SettingsChange(json.getString("component"), phase == null ? null
                    : new LocalizedText(phase.asJsonObject().getString("fr"), phase.asJsonObject().getString("en")),
                    changed));
        } catch (JsonException | ClassCastException | NullPointerException notAChange) {
            return Optional.empty();
        }
    }
}
