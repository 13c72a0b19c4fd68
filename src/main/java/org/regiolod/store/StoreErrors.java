package org.regiolod.store;

import org.apache.jena.atlas.web.HttpException;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Says in one line why talking to an external store failed, from the exception Jena gives. */
final class StoreErrors {
    private StoreErrors() {}

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) return "no answer to the connection within 5 s";
            if (t instanceof HttpTimeoutException) return "no answer in time";
            if (t instanceof ConnectException) return "connection refused (nothing listens there)";
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) return "unknown host";
            if (t instanceof HttpException h && h.getStatusCode() > 0) {
                return "HTTP " + h.getStatusCode() + (h.getStatusLine() == null ? "" : " " + h.getStatusLine());
            }
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The HTTP status of a failed exchange, or 0 when there was no HTTP answer. */
    static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h && h.getStatusCode() > 0) return h.getStatusCode();
        }
        return 0;
    }
}
