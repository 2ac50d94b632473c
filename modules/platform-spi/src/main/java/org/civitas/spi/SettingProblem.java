package org.civitas.spi;

import java.util.List;

/** Why a setting's value was refused: a message key of the platform's bundles and its arguments. */
public record SettingProblem(String setting, String messageKey, List<Object> arguments) {
    public SettingProblem(String setting, String messageKey, Object... arguments) {
        this(setting, messageKey, java.util.Arrays.asList(arguments));
    }
}
