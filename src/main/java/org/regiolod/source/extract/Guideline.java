package org.regiolod.source.extract;

/** One of the ten guidelines of the PTTD's "Decalogo per la trasformazione digitale" (§4). */
public record Guideline(String code, String text, String sourceLocation) {
}
