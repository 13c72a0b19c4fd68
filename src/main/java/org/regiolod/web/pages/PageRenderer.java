package org.regiolod.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/**
 * Renders the JTE templates of {@code src/main/jte}, compiled to classes at build time by the
 * jte-maven-plugin. The HTML content type escapes every {@code ${...}} for its context.
 */
final class PageRenderer {
    static final String PACKAGE = "org.regiolod.web.pages.jte";
    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, PageRenderer.class.getClassLoader(), PACKAGE);

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
