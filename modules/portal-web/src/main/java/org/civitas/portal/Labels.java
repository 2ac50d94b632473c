package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.core.account.AccountAdministration;
import org.civitas.core.space.ComponentRegistry;
import org.civitas.core.space.PermissionPolicy;
import org.civitas.core.space.SettingsChange;
import org.civitas.core.space.SpaceView;
import org.civitas.core.space.Spaces;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.CodeKind;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.Refusal;
import org.civitas.spi.Reportable;
import org.civitas.spi.Role;
import org.civitas.spi.SettingSpec;
import org.civitas.spi.SettingType;

/**
 * What people read for the codes the platform keeps: statuses and types of contributions (named by their
 * component), audit actions and targets (the portal's texts for core's, the component's for its own), roles,
 * setting types, spaces. Available to every page as {@code #{labels}}.
 */
@Named("labels")
@RequestScoped
public class Labels {

    private static final String THEME = "org.civitas.theme.messages";
    /** A date, or an instant with its offset, as {@code Instant.toString} and {@code LocalDate.toString} write them. */
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?\\b");

    @Inject
    Portal portal;
    @Inject
    ComponentRegistry registry;
    @Inject
    Spaces spaces;
    @Inject
    Formats fmt;
    @Inject
    AccountAdministration accounts;

    private Map<String, String> spaceTitles;
    private final Map<String, String> componentTitles = new HashMap<>();
    private final Map<String, String> pseudonyms = new HashMap<>();
    private final Map<String, Optional<Reportable>> audited = new HashMap<>();
    private final Map<String, List<String>> changes = new HashMap<>();

    /** A component's name from its manifest id. */
    public String component(String manifestId) {
        return registry.find(manifestId).map(c -> c.manifest().name().in(locale())).orElse(manifestId);
    }

    /** A contribution's status, as the component that owns it names it. */
    public String status(String component, String code) {
        return named(component, CodeKind.STATUS, code).orElse(code);
    }

    /** A contribution's type ("idea" → "Idée"). */
    public String type(String component, String code) {
        return named(component, CodeKind.TYPE, code).orElse(code);
    }

    /** An audit action: core's from the portal's texts ({@code audit.action.<code>}), a component's from it. */
    public String auditAction(String code) {
        return theme("audit.action." + code)
                .or(() -> named(code == null ? null : code.split("\\.", 2)[0], CodeKind.AUDIT_ACTION, code))
                .orElse(code);
    }

    /** What an audit entry is about: core's types from the portal's texts, a component's from it or its name. */
    public String auditTarget(String type) {
        if (type == null) {
            return "";
        }
        Optional<String> known = theme("audit.target." + type);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<ParticipationComponent> owner = registry.find(type); // moderation decisions name the component
        if (owner.isPresent()) {
            return owner.get().manifest().name().in(locale());
        }
        return registry.all().stream().map(c -> c.codeName(CodeKind.AUDIT_TARGET, type)).flatMap(Optional::stream)
                .findFirst().map(t -> t.in(locale())).orElse(type);
    }

    /**
     * An audit entry's details as people read them: a change of roles names the roles, and the dates that settings
     * and components wrote as ISO text are written for the reader.
     */
    public String auditDetails(String action, String details) {
        if (settingsChanged(action) && SettingsChange.parse(details).isPresent()) {
            return null; // settingsChanges lists them (none when a save changed no setting)
        }
        return auditDetails(action, details, locale(), fmt.zone());
    }

    private static final Pattern KEYED_DETAIL = Pattern.compile("([a-zA-Z]+)=(.*)", Pattern.DOTALL);

    static String auditDetails(String action, String details, Locale locale, ZoneId zone) {
        if (details == null) {
            return null;
        }
        String named = details;
        // "key=value" details (who an idea went to, the projects merged…) read through the theme's audit.detail.key;
        // a value of several parts separates them with '|'.
        Matcher keyed = KEYED_DETAIL.matcher(details);
        ResourceBundle theme = ResourceBundle.getBundle(THEME, locale);
        if (keyed.matches()) {
            String[] parts = keyed.group(2).replace(",", ", ").split("\\|", -1);
            // A value with its own words ("opinion=favourable") is named by them, else by the key's template.
            String own = "audit.detail." + keyed.group(1) + "." + parts[0];
            String key = theme.containsKey(own) ? own : "audit.detail." + keyed.group(1);
            if (theme.containsKey(key)) {
                Object[] values = java.util.Arrays.stream(parts)
                        .map(p -> p.matches("\\d{1,18}") ? (Object) Long.valueOf(p) : p).toArray();
                named = new MessageFormat(theme.getString(key), locale).format(values);
            }
        }
        named = named.replace(" -> ", " → ");
        if ("account.roles.changed".equals(action)) {
            ResourceBundle texts = ResourceBundle.getBundle(THEME, locale);
            named = named.replace("[", "").replace("]", "").replace(" -> ", " → ");
            for (Role role : Role.values()) {
                named = named.replaceAll("\\b" + role.name() + "\\b", Matcher.quoteReplacement(texts.getString("role." + role.name())));
            }
        }
        return ISO_DATE.matcher(named).replaceAll(date -> Matcher.quoteReplacement(readable(date.group(), locale, zone)));
    }

    private static String readable(String iso, Locale locale, ZoneId zone) {
        try {
            return iso.length() == 10 ? Formats.date(LocalDate.parse(iso), locale, zone)
                    : Formats.dateTime(OffsetDateTime.parse(iso), locale, zone);
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }

    public String role(Role role) {
        return theme("role." + role.name()).orElse(role.name());
    }

    /** What a setting takes: "Texte", "Un choix parmi : a, b". */
    public String settingType(SettingSpec setting) {
        String type = theme("setting.type." + setting.type().name()).orElse(setting.type().name());
        return setting.choices().isEmpty() ? type : new MessageFormat(theme("setting.choices").orElse("{0}: {1}"), locale())
                .format(new Object[] {type, String.join(", ", setting.choices())});
    }

    /**
     * What an audit entry is about, named as people know it: an account by its pseudonym, a space or a module by
     * its title, a contribution (an idea, a project…) by its kind and title as its component names it to the reader;
     * anything else, or what the reader may not open, by its kind and number, which is how an administrator finds it.
     */
    public String auditSubject(String action, String type, String id) {
        Optional<Reportable> contribution = audited(action, type, id);
        if (contribution.isPresent()) {
            return contribution.get().kind().in(locale()) + " « " + contribution.get().title() + " »";
        }
        String kind = auditTarget(type);
        if (id == null || !id.matches("\\d{1,18}")) {
            return id == null ? kind : kind + " " + id;
        }
        if ("citizen".equals(type)) {
            String pseudonym = pseudonyms.computeIfAbsent(id, key -> {
                try {
                    return accounts.account(portal.getCitizen(), Long.parseLong(key)).pseudonym();
                } catch (Refusal goneOrNotAllowed) {
                    return null;
                }
            });
            return pseudonym == null ? kind + " " + id : kind + " " + pseudonym;
        }
        if ("space".equals(type) || "component".equals(type)) {
            space(id); // reads the titles of spaces and their components once
            String title = ("space".equals(type) ? spaceTitles : componentTitles).get(id);
            return title == null ? kind + " " + id : kind + " « " + title + " »";
        }
        return kind + " " + id;
    }

    /** The portal page of the contribution an audit entry is about, when its reader may open it; else null. */
    public String auditLink(String action, String type, String id) {
        return audited(action, type, id).map(Reportable::path).orElse(null);
    }

    /** The contribution an audit entry is about, asked once per request of the components (one page, many rows). */
    private Optional<Reportable> audited(String action, String type, String id) {
        if (action == null || type == null || id == null) {
            return Optional.empty();
        }
        return audited.computeIfAbsent(action + " " + type + " " + id, key -> registry.all().stream()
                .map(c -> c.audited(action, type, id, portal.getCitizen())).flatMap(Optional::stream).findFirst());
    }

    /**
     * A change of a module's settings as a list of "label: before → after", each setting named by the label its
     * manifest gives it in the reader's language; empty for any other entry (and for entries written before changes
     * were kept this way, which {@link #auditDetails} shows as they were written).
     */
    public List<String> settingsChanges(String action, String details) {
        if (!settingsChanged(action)) {
            return List.of();
        }
        return changes.computeIfAbsent(details, json -> SettingsChange.parse(json).map(change -> {
            Optional<ComponentManifest> manifest = registry.find(change.component()).map(ParticipationComponent::manifest);
            return settingsChanges(change, manifest.map(m -> "component.configured".equals(action) ? m.settings()
                            : m.phaseSettings()).orElse(List.of()), manifest.map(ComponentManifest::actions).orElse(List.of()),
                    locale(), fmt.zone());
        }).orElse(List.of()));
    }

    /** Whether the audit action's details are a {@link SettingsChange}. */
    private static boolean settingsChanged(String action) {
        return "component.configured".equals(action) || "component.phase.configured".equals(action);
    }

    /** {@code actions} name the open actions (setting {@value PermissionPolicy#ACTIONS}), kept as a list of ids. */
    static List<String> settingsChanges(SettingsChange change, List<SettingSpec> specs, List<ActionSpec> actions,
                                        Locale locale, ZoneId zone) {
        ResourceBundle texts = ResourceBundle.getBundle(THEME, locale);
        List<String> lines = new ArrayList<>();
        if (change.phase() != null) {
            lines.add(MessageFormat.format(texts.getString("audit.settings.phase"), change.phase().in(locale)));
        }
        Map<String, SettingSpec> byKey = new LinkedHashMap<>();
        specs.forEach(spec -> byKey.put(spec.key(), spec));
        List<String> keys = new ArrayList<>(byKey.keySet()); // in the manifest's order, then any it no longer declares
        keys.retainAll(change.changed().keySet());
        change.changed().keySet().stream().filter(key -> !byKey.containsKey(key)).forEach(keys::add);
        for (String key : keys) {
            SettingSpec spec = byKey.get(key);
            List<String> values = change.changed().get(key);
            if (PermissionPolicy.ACTIONS.equals(key)) {
                lines.add(MessageFormat.format(texts.getString("audit.settings.changed"), texts.getString("admin.component.open-actions"),
                        openActions(values.get(0), actions, texts, locale), openActions(values.get(1), actions, texts, locale)));
                continue;
            }
            lines.add(MessageFormat.format(texts.getString("audit.settings.changed"),
                    spec == null ? key : spec.label().in(locale),
                    settingValue(spec, values.get(0), texts, locale, zone), settingValue(spec, values.get(1), texts, locale, zone)));
        }
        return lines;
    }

    private static String openActions(String ids, List<ActionSpec> actions, ResourceBundle texts, Locale locale) {
        List<String> named = Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .map(id -> actions.stream().filter(a -> a.id().equals(id)).findFirst().map(a -> a.label().in(locale)).orElse(id))
                .toList();
        return named.isEmpty() ? texts.getString("audit.settings.unset") : String.join(", ", named);
    }

    private static String settingValue(SettingSpec spec, String value, ResourceBundle texts, Locale locale, ZoneId zone) {
        if (value.isBlank()) {
            return texts.getString("audit.settings.unset");
        }
        if (spec != null && spec.type() == SettingType.BOOLEAN) {
            return texts.getString("audit.settings." + Boolean.parseBoolean(value.strip()));
        }
        return auditDetails(null, value, locale, zone);
    }

    /** A space's title from its id (search facets and results); spaces the reader cannot see stay unnamed. */
    public String space(Object id) {
        if (spaceTitles == null) {
            spaceTitles = new HashMap<>();
            for (SpaceView s : spaces.list(portal.getCitizen(), locale())) {
                spaceTitles.put(Long.toString(s.id()), s.title());
                s.components().forEach(c -> componentTitles.put(Long.toString(c.id()), c.title()));
            }
        }
        return spaceTitles.getOrDefault(String.valueOf(id), theme("search.space.other").orElse(""));
    }

    /** The component's name for its code, else the first component that knows the code (a facet mixes them). */
    private Optional<String> named(String component, CodeKind kind, String code) {
        if (code == null) {
            return Optional.of("");
        }
        Optional<LocalizedText> own = component == null ? Optional.empty()
                : registry.find(component).flatMap(c -> c.codeName(kind, code));
        return own.or(() -> registry.all().stream().map(c -> c.codeName(kind, code)).flatMap(Optional::stream).findFirst())
                .map(t -> t.in(locale()));
    }

    private Optional<String> theme(String key) {
        ResourceBundle texts = ResourceBundle.getBundle(THEME, locale());
        return texts.containsKey(key) ? Optional.of(texts.getString(key)) : Optional.empty();
    }

    private Locale locale() {
        return portal.getLocale();
    }
}
