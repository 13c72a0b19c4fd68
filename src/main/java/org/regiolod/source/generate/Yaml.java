package org.regiolod.source.generate;

import java.util.List;

/**
 * Writes the small YAML documents of a generated tree (manifests, catalog) in a fixed layout: every
 * string double-quoted with JSON escapes (valid YAML, so no value is misread as a date, a number or
 * a boolean), two-space indentation, fields in the order written.
 */
final class Yaml {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    Yaml comment(String text) { out.append("# ").append(text).append('\n'); return this; }

    Yaml field(String key, String value) { indent().append(key(key)).append(": ").append(quote(value)).append('\n'); return this; }

    Yaml number(String key, long value) { indent().append(key(key)).append(": ").append(value).append('\n'); return this; }

    Yaml list(String key, List<String> values) {
        indent().append(key(key)).append(": [");
        for (int i = 0; i < values.size(); i++) out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        out.append("]\n");
        return this;
    }

    Yaml open(String key) { indent().append(key(key)).append(":\n"); depth++; return this; }

    Yaml close() { depth--; return this; }

    /** A nested mapping written by another {@code Yaml} (without comments). */
    Yaml block(String key, Yaml inner) {
        open(key);
        for (String line : inner.out.toString().split("\n")) indent().append(line).append('\n');
        return close();
    }

    private StringBuilder indent() { return out.append("  ".repeat(depth)); }

    private static String key(String k) { return k.matches("[a-z_]+") ? k : quote(k); }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Override public String toString() { return out.toString(); }
}
