package org.regiolod.source;

/**
 * What a table cell may hold, whatever the file format: text someone typed. A formula, a control
 * character (a NUL cannot even be written as XML, so an RDF/XML dump would fail) or a cell longer
 * than any fact a plan states (a runaway paste, or a missing closing quote that swallowed the
 * rest of the file) is refused with the reason.
 */
public final class CellRules {
    /** Far above the longest cell of the real tables (under 1 000 characters). */
    public static final int MAX_LENGTH = 20_000;

    private CellRules() {}

    /** A broken rule: what is wrong and what to do. */
    public record Problem(String what, String fix) {}

    /** The first rule the value breaks, or null. */
    public static Problem check(String value) {
        if (value.length() > MAX_LENGTH) {
            return new Problem("the cell holds " + value.length() + " characters, more than the " + MAX_LENGTH + " a cell may hold",
                    "look for a missing closing quote or something pasted by mistake");
        }
        if (value.stripLeading().startsWith("=") && value.strip().length() > 1) {
            return new Problem("the cell starts with '=' like a spreadsheet formula: "
                    + abbreviate(value.strip()), "write the value itself, not a formula (in a spreadsheet: paste values only)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedWhitespace = c == '\t' || c == '\n' || c == '\r';
            if ((c < 0x20 && !allowedWhitespace) || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                return new Problem(String.format("the cell holds the control character U+%04X at position %d", (int) c, i + 1),
                        "remove it (it is invisible in most editors; it often comes from a copy out of a PDF or a wrong encoding)");
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
