package org.regiolod.source.extract;

/** One intervento strategico of the PTTD (I.1 … I.30) with its full title. */
public record Intervention(String code, String title, String sourceLocation) {
}
