package org.regiolod.web.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example queries under {@code queries/examples/} (in the jar), in the order of their
 * {@code INDEX}. Each file starts with {@code # title:} and {@code # description:} lines.
 */
public final class ExampleQueries {
    public static final String FOLDER = "/queries/examples/";

    private ExampleQueries() {}

    public static List<ExampleQuery> load() {
        List<ExampleQuery> out = new ArrayList<>();
        for (String line : read(FOLDER + "INDEX").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty()) out.add(parse(name, read(FOLDER + name)));
        }
        return List.copyOf(out);
    }

    static ExampleQuery parse(String name, String text) {
        String title = null, description = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("# title:")) title = line.substring(8).strip();
            else if (line.startsWith("# description:")) description = line.substring(14).strip();
        }
        if (title == null || description == null) {
            throw new IllegalStateException(name + ": an example query starts with '# title:' and '# description:' lines");
        }
        return new ExampleQuery(name.replaceFirst("\\.rq$", ""), title, description, text);
    }

    private static String read(String resource) {
        try (InputStream in = ExampleQueries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
