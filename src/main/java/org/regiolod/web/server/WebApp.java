package org.regiolod.web.server;

import io.javalin.Javalin;
import org.apache.jena.query.QueryCancelledException;
import org.regiolod.web.Routes;

import java.util.List;

/** The Javalin app of pages, API and the other web parts, as both the embedded server and a front mount it. */
final class WebApp {
    private WebApp() {}

    static Javalin create(List<? extends Routes> routes) {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            routes.forEach(r -> r.register(cfg));
            // A page or description whose query hit the timeout: 503, as /sparql answers, not a 500.
            cfg.routes.exception(QueryCancelledException.class, (e, ctx) -> ctx.status(503)
                    .header("Retry-After", "10").contentType("text/plain;charset=utf-8")
                    .result("The query behind this page took too long and was stopped; try again shortly.\n"));
        });
    }
}
