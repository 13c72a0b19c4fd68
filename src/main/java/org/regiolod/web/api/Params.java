package org.regiolod.web.api;

import io.javalin.http.Context;
import org.regiolod.web.api.ApiReader.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of one request, checked before any query runs: an unknown or repeated
 * parameter, a number out of bounds or a malformed id is answered 400 with the parameter named.
 */
final class Params {
    static final int DEFAULT_LIMIT = 20, MAX_LIMIT = 100;
    static final long MAX_OFFSET = 100_000;
    static final int MAX_TEXT = 200;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters, if each is one of {@code allowed} and given at most once. */
    static Params of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> values = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name)) {
                throw ProblemException.badParameter(shorten(name), allowed.isEmpty()
                        ? "this resource takes no parameters"
                        : "unknown parameter; this resource takes " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (e.getValue().size() > 1) throw ProblemException.badParameter(name, "given more than once");
        }
        return new Params(values);
    }

    String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    PageRequest page() {
        int limit = (int) number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = number("offset", 0, 0, MAX_OFFSET);
        return new PageRequest(limit, offset);
    }

    /** Free text: 1 to 200 characters, no control characters; null when absent (or required). */
    String text(String name, boolean required) {
        String v = get(name);
        if (v == null) {
            if (required) throw ProblemException.badParameter(name, "required: the text to look for");
            return null;
        }
        String t = v.strip();
        if (t.isEmpty()) throw ProblemException.badParameter(name, "must not be empty");
        if (t.length() > MAX_TEXT) throw ProblemException.badParameter(name, "at most " + MAX_TEXT + " characters");
        if (t.codePoints().anyMatch(Character::isISOControl)) throw ProblemException.badParameter(name, "must not contain control characters (e.g. newlines)");
        return t;
    }

    /** A plan or organisation id (a slug), or null when absent. */
    String slug(String name) {
        String v = get(name);
        if (v == null) return null;
        if (!Ids.isSlug(v)) throw ProblemException.badParameter(name, "an id of lower-case letters, digits and dashes, e.g. pttd-2021-2023");
        return v;
    }

    /** An id of the form {@code <plan>/<code>} (the code percent-encoded as in the item's URI), split; null when absent. */
    String[] compoundId(String name, String example) {
        String v = get(name);
        if (v == null) return null;
        int slash = v.indexOf('/');
        String plan = slash < 0 ? null : v.substring(0, slash);
        String code = slash < 0 ? null : Ids.percentDecode(v.substring(slash + 1));
        if (!Ids.isSlug(plan) || !Ids.isCode(code)) {
            throw ProblemException.badParameter(name, "an id of the form <plan>/<code>, e.g. " + example);
        }
        return new String[] {plan, code};
    }

    /** One of the given values, or null when absent. */
    String oneOf(String name, List<String> choices) {
        String v = get(name);
        if (v != null && !choices.contains(v)) throw ProblemException.badParameter(name, "one of " + String.join(", ", choices));
        return v;
    }

    private long number(String name, long fallback, long min, long max) {
        String v = get(name);
        if (v == null) return fallback;
        if (!v.matches("\\d{1,9}")) throw ProblemException.badParameter(name, "a whole number from " + min + " to " + max);
        long n = Long.parseLong(v);
        if (n < min || n > max) throw ProblemException.badParameter(name, "a whole number from " + min + " to " + max);
        return n;
    }

    private static String shorten(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "…";
    }
}
