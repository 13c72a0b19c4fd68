package org.regiolod.source.extract;

/**
 * A numbered objective of one AgID macro-area as the PTTD cites it. {@code code} is
 * "{area}.{number}", {@code number} being the source's own numbering within the area.
 */
public record AgidObjective(String code, String macroArea, String number, String title, String sourceLocation) {
}
