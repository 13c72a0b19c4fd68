package org.regiolod.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.*;

/** The bench command's options as a user types them (the suite itself: BenchSmokeTest). */
class BenchCommandTest {

    private static BenchCommand parse(String... args) {
        BenchCommand cmd = new BenchCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void serveRowsRunByDefaultAndNoServeSkipsThem() {
        assertTrue(parse().serve);
        assertTrue(parse("--serve").serve);
        assertFalse(parse("--no-serve").serve, "--no-serve, as docs/benchmarks.md documents it, skips the serve rows");
    }
}
