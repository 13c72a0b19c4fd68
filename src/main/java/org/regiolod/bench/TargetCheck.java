package org.regiolod.bench;

/**
 * One target of issue 8 checked against the report: the measured ratio, the target ratio and
 * whether it is met ({@code null}: not measurable in this run, with the reason in {@code note}).
 */
public record TargetCheck(String target, String size, Double ratio, Double goal, Boolean met, String note) {}
