package org.regiolod.web;

import io.javalin.config.JavalinConfig;

/**
 * One part of the web face (pages, REST API, SPARQL page, ...): registers its handlers on the
 * server's Javalin configuration. The server is wired from a list of these, so each part can be
 * started alone in its tests.
 */
@FunctionalInterface
public interface Routes {
    void register(JavalinConfig config);
}
