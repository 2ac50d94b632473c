package org.civitas.budget;

/** What every CSV the budget writes does to text a person typed. */
final class CsvCells {

    private CsvCells() {
    }

    /** A text cell a spreadsheet would run as a formula is quoted, so that a title cannot act when the file is opened. */
    static String text(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
