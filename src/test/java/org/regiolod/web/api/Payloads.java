package org.regiolod.web.api;

import java.util.List;

/** Hostile strings for every parameter and path segment: quotes, braces, comments, IRIs, newlines, escapes, length. */
final class Payloads {
    private Payloads() {}

    static final List<String> ALL = List.of(
            "\"",
            "'",
            "\"} UNION { ?s ?p ?o } #",
            "') } ; DROP ALL ; #",
            "> <http://evil.example/> ; ?p ?o",
            "# comment",
            "<script>alert(1)</script>",
            "line1\nline2\r\n} LIMIT 1",
            "\\u0022 } \\U0000007D",
            String.valueOf((char) 0x22) + (char) 0x7d + (char) 0x23,
            "%22%7D%3E",
            "?text $plan",
            "I.1\" . ?x ?y ?z",
            "pttd-2021-2023/I.1> . ?x ?y ?z <",
            "\u202Edata\0",
            "x'".repeat(1000), // 2 KB: fits in a URL, so the API itself must refuse it
            "a\"}".repeat(2600)); // ~10 KB: longer than a URL may be (the server answers 414 before the API)
}
