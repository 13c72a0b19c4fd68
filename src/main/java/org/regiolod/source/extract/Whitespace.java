package org.regiolod.source.extract;

import java.util.regex.Pattern;

/** Whitespace normalisation for text taken from the seed: every other character is kept. */
public final class Whitespace {

    /** Any run of whitespace, including the no-break space (U+00A0) the PDF extraction is full of. */
    private static final Pattern RUN = Pattern.compile("[\\s\\p{Z}]+");

    private Whitespace() {
    }

    /** Collapses every whitespace run (incl. U+00A0) to one space and trims both ends. */
    public static String collapse(String text) {
        return RUN.matcher(text).replaceAll(" ").strip();
    }

    public static boolean isBlank(String text) {
        return collapse(text).isEmpty();
    }
}
