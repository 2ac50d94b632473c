package org.civitas.ideabox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.ideabox.Texts;

/**
 * The idea box's texts for its pages, as {@code #{im['key']}}. Not {@code f:loadBundle}: the same bundle serves
 * messages with arguments, whose apostrophes are doubled for MessageFormat, so every text goes through it.
 */
@Named("im")
@RequestScoped
public class PageTexts extends AbstractMap<String, String> {

    @Override
    public String get(Object key) {
        return Texts.text(Faces.locale(), String.valueOf(key));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Locale locale = Faces.locale();
        return ResourceBundle.getBundle("org.civitas.ideabox.messages", locale, Texts.class.getClassLoader()).keySet()
                .stream().map(k -> Map.entry(k, Texts.text(locale, k))).collect(Collectors.toSet());
    }
}
