package org.regiolod.source.extract;

/**
 * One "potenziale target" column of Allegato 1. {@code notation} is the column's position, the
 * only thing the source gives; the label is ours when {@code labelIsInterpretation}.
 */
public record TargetGroup(int notation, String label, boolean labelIsInterpretation,
                          String labelDerivation, String sourceLocation) {
}
