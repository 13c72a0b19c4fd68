package org.regiolod.source.extract;

/**
 * A body of the PSSTD's governance model (§1.1 of the PTTD). {@code name} is the body's name as
 * the item begins (without the article); {@code text} is the whole item in the source's words.
 */
public record GovernanceBody(String code, String name, String text, String sourceLocation) {
}
