package org.regiolod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The project's real data folder, and copies of it that a test may break. */
public final class TestData {
    private TestData() {}

    public static final Path DATA = Path.of("data");

    public static Path copyOfData(Path into) {
        Path target = into.resolve("data");
        try (Stream<Path> walk = Files.walk(DATA)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(DATA.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
