package org.regiolod.source.extract;

/**
 * A function or task of a governance body. {@code code} is "{body}.{letter}" where the source
 * letters the items (a., b., …) and "{body}.{position}" where it only bullets them.
 */
public record GovernanceFunction(String code, String body, String text, String sourceLocation) {
}
