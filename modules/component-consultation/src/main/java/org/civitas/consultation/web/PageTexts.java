package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.spi.LocalizedText;

/** The consultation's page texts, as {@code #{consultationTexts['key']}}, from {@code org.civitas.consultation/pages*.properties}. */
@Named("consultationTexts")
@RequestScoped
public class PageTexts extends AbstractMap<String, String> {

    private static final String BUNDLE = "org.civitas.consultation.pages";

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, PageTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A page text in both languages, for what the platform shows outside the budget's pages (search facets). */
    public static LocalizedText localized(String key) {
        return new LocalizedText(text(Locale.FRENCH, key), text(Locale.ENGLISH, key));
    }

    @Override
    public String get(Object key) {
        return text(Faces.locale(), String.valueOf(key));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Locale locale = Faces.locale();
        return ResourceBundle.getBundle(BUNDLE, locale, PageTexts.class.getClassLoader()).keySet().stream()
                .map(k -> Map.entry(k, text(locale, k))).collect(Collectors.toSet());
    }
}
