package org.regiolod.source.extract;

/**
 * A kind of project of the ICT portfolio (§5): Transform, Grow, Run. {@code code} is the kind's
 * name as the source writes it in capitals ("TRANSFORM" in §4, "GROW", "RUN" in §5); {@code label}
 * and {@code definition} are the source's words.
 */
public record ProjectKind(String code, String label, String definition, String sourceLocation) {
}
