package org.regiolod.web.cache;

import java.util.List;
import java.util.Map;

/** A complete response as it was sent: status, headers (in order, repeated names allowed) and body. */
record CachedResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** What the entry costs in memory, roughly: the body, the headers, and a fixed overhead. */
    int weight() {
        int w = 128 + body.length;
        for (Map.Entry<String, String> h : headers) w += 2 * (h.getKey().length() + h.getValue().length()) + 32;
        return w;
    }
}
