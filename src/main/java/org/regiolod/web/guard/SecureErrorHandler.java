package org.regiolod.web.guard;

import jakarta.servlet.Filter;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Jetty's own error answers with the security headers. Some requests are answered by Jetty
 * before any servlet filter runs, so {@link SecurityHeadersFilter} never sees them: a request
 * line or headers over the limit (414, 431), a path Jetty finds ambiguous or suspicious
 * ({@code %2e%2e}, {@code %5c}: 400), a request it cannot parse. Jetty writes those with the
 * server's error handler; this one sets the headers the filter would have set, then lets the
 * handler it replaced (Fuseki's, or Jetty's) write its short page as before.
 */
public final class SecureErrorHandler extends ErrorHandler {
    private final SecurityHeadersFilter headers;
    private final ErrorHandler writer;

    /** {@code writer} writes the answers, as it did before; this handler only adds the headers. */
    public SecureErrorHandler(SecurityHeadersFilter headers, ErrorHandler writer) {
        this.headers = headers;
        this.writer = writer;
    }

    /**
     * Makes this the error handler of {@code server}, with the headers of the
     * {@link SecurityHeadersFilter} among {@code filters}; without one, the server is left as it is.
     */
    public static void install(Server server, List<? extends Filter> filters) {
        filters.stream().filter(SecurityHeadersFilter.class::isInstance).map(SecurityHeadersFilter.class::cast)
                .findFirst().ifPresent(h -> server.setErrorHandler(new SecureErrorHandler(h,
                        server.getErrorHandler() instanceof ErrorHandler current ? current : new ErrorHandler())));
    }

    /** An error answer to a request Jetty did parse (e.g. a 400 for an ambiguous path). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.headersFor(request.getHttpURI().getPath(), request.isSecure()).forEach(response.getHeaders()::put);
        return writer.handle(request, response, callback);
    }

    /** An answer to a request Jetty could not parse or refused while parsing (400, 414, 431). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers.headersFor("/", false).forEach(fields::put);
        return writer.badMessageError(status, reason, fields);
    }
}
