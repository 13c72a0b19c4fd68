package org.regiolod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `regiolod extract`: writes the derived tables, or says which seed is wrong and writes nothing. */
class ExtractCommandTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = new CommandLine(new ExtractCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesTheSameTablesAsCommittedInData(@TempDir Path data) throws Exception {
        assertEquals(0, run("--seeds", "seeds", "--data", data.toString()));
        String matrix = "lombardia/pttd-2021-2023/matrix.csv";
        assertArrayEquals(Files.readAllBytes(Path.of("data").resolve(matrix)), Files.readAllBytes(data.resolve(matrix)));
        assertTrue(out.toString().contains("matrix.csv (30 rows)"), out.toString());
    }

    @Test
    void aMissingSeedFolderIsAUsageErrorWithExitCode2(@TempDir Path dir) {
        assertEquals(2, run("--seeds", dir.resolve("nowhere").toString(), "--data", dir.resolve("data").toString()));
        assertTrue(err.toString().contains("001_2fa8cf5aac9b5062.txt not found"), err.toString());
        assertFalse(Files.exists(dir.resolve("data")));
    }

    @Test
    void aMalformedSeedExitsWith2NamingFileAndLine(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        String text = Files.readString(Path.of("seeds/001_2fa8cf5aac9b5062.txt"));
        Files.writeString(seeds.resolve("001_2fa8cf5aac9b5062.txt"), text.replace("I.30", "I.31"));
        assertEquals(2, run("--seeds", seeds.toString(), "--data", dir.resolve("data").toString()));
        assertTrue(err.toString().contains("001_2fa8cf5aac9b5062.txt:1106: expected intervention I.30"), err.toString());
        assertFalse(Files.exists(dir.resolve("data")));
    }

    @Test
    void helpDescribesTheOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--seeds=DIR") && out.toString().contains("--data=DIR"), out.toString());
    }
}
