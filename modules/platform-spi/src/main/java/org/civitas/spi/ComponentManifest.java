package org.civitas.spi;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a component contributes, declared in one place (Decidim's manifest, in Java).
 *
 * @param id              short id: table prefix, event topic, URL segment ({@code ideabox}, {@code budget})
 * @param actions         what people can do
 * @param settings        global settings of an instance
 * @param phaseSettings   settings an instance holds for each phase of its space
 * @param permissions     who may do each action; an action without a rule is for administrators only
 * @param searchableTypes contribution types it puts in the search index
 * @param exports         export formats it offers ({@code csv}, {@code json})
 * @param restResources   JAX-RS resource classes served under {@code /api/v1}
 * @param entryView       the Faces view that shows an instance, under {@code /components/<id>/}
 * @param redirectTarget  present when the component accepts ideas redirected from the idea box
 */
public record ComponentManifest(String id, LocalizedText name, List<ActionSpec> actions,
                                List<SettingSpec> settings, List<SettingSpec> phaseSettings,
                                List<PermissionRule> permissions, List<String> searchableTypes,
                                List<String> exports, List<Class<?>> restResources, String entryView,
                                Optional<RedirectTarget> redirectTarget) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,30}");

    public ComponentManifest {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("manifest id must be 2-31 lower-case letters or digits: " + id);
        }
        actions = List.copyOf(actions);
        settings = List.copyOf(settings);
        phaseSettings = List.copyOf(phaseSettings);
        permissions = List.copyOf(permissions);
        searchableTypes = List.copyOf(searchableTypes);
        exports = List.copyOf(exports);
        restResources = List.copyOf(restResources);
        for (PermissionRule rule : permissions) {
            if (actions.stream().noneMatch(a -> a.id().equals(rule.action()))) {
                throw new IllegalArgumentException("permission for an undeclared action: " + rule.action());
            }
        }
    }

    public Optional<ActionSpec> action(String actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    public Optional<PermissionRule> permission(String actionId) {
        return permissions.stream().filter(p -> p.action().equals(actionId)).findFirst();
    }
}
