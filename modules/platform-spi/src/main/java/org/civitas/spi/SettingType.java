package org.civitas.spi;

/** The type of a component setting, which decides how its value is validated. */
public enum SettingType {
    BOOLEAN, INTEGER, TEXT, CHOICE, DATE
}
