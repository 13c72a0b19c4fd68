package org.regiolod.source.extract;

/** One Linea di Intervento Strategica (LIS) of the PSSTD 2018, as the PTTD lists it. */
public record StrategicLine(String code, String title, String sourceLocation) {
}
