package org.regiolod.web.pages;

import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;

class PagesSmokeTest {
    @Test
    void prints() throws Exception {
        try (PagesServer s = new PagesServer(TestPublished.data())) {
            for (String p : new String[]{"/", "/id/piano/pttd-2021-2023", "/doc/piano/pttd-2021-2023", "/doc/intervento/pttd-2021-2023/I.22", "/doc/linea/psstd-2018/5", "/cerca?q=cittadino", "/onto/", "/doc/nope", "/static/regiolod.css", "/static/../x"}) {
                var r = s.get(p);
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/smoke"));
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/smoke/" + p.replaceAll("[^A-Za-z0-9]", "_") + ".html"), r.body());
                System.out.println(p + " -> " + r.statusCode() + " " + r.headers().map() + " " + r.body().length());
            }
        }
    }
}
