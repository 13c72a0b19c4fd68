package org.regiolod.source.extract;

/** One row of the PTTD's acronym table ("Acronimi": Nome, Descrizione). */
public record Acronym(String acronym, String expansion, String sourceLocation) {
}
