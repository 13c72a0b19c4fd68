package org.regiolod.source.extract;

/**
 * List bullets of the PDF extraction. They come out as U+F0B7, a private-use character of the
 * Symbol font, which is layout, not text.
 */
final class Bullets {

    static final char SYMBOL_BULLET = '\uF0B7';

    private Bullets() {
    }

    static boolean startsWithBullet(String collapsed) {
        return !collapsed.isEmpty() && collapsed.charAt(0) == SYMBOL_BULLET;
    }

    /** The collapsed line without its leading bullet. */
    static String strip(String collapsed) {
        return startsWithBullet(collapsed) ? collapsed.substring(1).strip() : collapsed;
    }
}
