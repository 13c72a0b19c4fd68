package org.regiolod.source.extract;

/**
 * A macro-area ("macro-ambito") of AgID's Piano Triennale 2020-2022 as the PTTD's §1.2 table cites
 * it. {@code code} is the area's position in that table: the source numbers none.
 */
public record AgidMacroArea(String code, String title, String sourceLocation) {
}
