package org.civitas.core.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.core.Messages;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;
import org.civitas.spi.SettingProblem;
import org.civitas.spi.SettingSpec;

/** Validates an instance's raw settings against the manifest's typed settings, plus the built-in open actions. */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    /** Returns the settings with defaults filled in, or refuses listing every problem at once. */
    public static Map<String, String> validate(List<SettingSpec> specs, Map<String, String> raw, Set<String> actions) {
        Map<String, String> given = raw == null ? Map.of() : raw;
        List<SettingProblem> problems = new ArrayList<>();
        Map<String, String> result = new LinkedHashMap<>();
        for (SettingSpec spec : specs) {
            String value = given.get(spec.key());
            spec.check(value).ifPresent(problems::add);
            String effective = value == null || value.isBlank() ? spec.defaultValue() : value.strip();
            if (effective != null) {
                result.put(spec.key(), effective);
            }
        }
        String open = given.get(PermissionPolicy.ACTIONS);
        if (open != null) {
            List<String> listed = List.of(open.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> unknown = listed.stream().filter(a -> !actions.contains(a)).toList();
            if (!unknown.isEmpty()) {
                problems.add(new SettingProblem(PermissionPolicy.ACTIONS, "setting.actions", String.join(", ", unknown)));
            }
            result.put(PermissionPolicy.ACTIONS, String.join(",", listed));
        }
        Set<String> known = specs.stream().map(SettingSpec::key).collect(Collectors.toSet());
        for (String key : given.keySet()) {
            if (!known.contains(key) && !key.equals(PermissionPolicy.ACTIONS)) {
                problems.add(new SettingProblem(key, "setting.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "setting.invalid",
                    new LocalizedText(describe(problems, Messages.FRENCH), describe(problems, Messages.ENGLISH)));
        }
        return result;
    }

    private static String describe(List<SettingProblem> problems, Locale locale) {
        return problems.stream().map(p -> {
            Object[] args = new Object[p.arguments().size() + 1];
            args[0] = p.setting();
            for (int i = 0; i < p.arguments().size(); i++) {
                args[i + 1] = p.arguments().get(i);
            }
            return Messages.text(locale, p.messageKey(), args);
        }).collect(Collectors.joining(" "));
    }
}
