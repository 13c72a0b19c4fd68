package org.regiolod.docs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Follows docs/new-region.md as a plan office would: on a copy of the repository, writes every
 * file the guide shows ({@code <!-- file: PATH -->} before a fenced block) and runs every command
 * it gives ({@code <!-- run -->}; {@code <!-- run: background -->} for the server), in order,
 * with the packaged jar. Each command must succeed; the guide's own {@code curl | grep} lines
 * check what the served plan answers. Runs after {@code package} (failsafe), so the jar exists;
 * the guide's {@code mvn package} is that build. Port 8080 in the guide becomes a free port.
 */
class NewRegionGuideIT {
    private static final Path GUIDE = Path.of("docs/new-region.md");
    private static final Pattern STEP = Pattern.compile(
            "<!-- (run|run: background|file: ([^ ]+)) -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);

    private final List<Process> background = new ArrayList<>();

    record Step(String kind, String path, String body) {}

    @AfterEach
    void stopServer() {
        background.forEach(p -> { p.descendants().forEach(ProcessHandle::destroyForcibly); p.destroyForcibly(); });
    }

    @Test
    void aNewRegionFollowingOnlyTheGuideGetsItsPlanBuiltAndServed(@TempDir Path work) throws Exception {
        Path repo = copyOfRepository(work.resolve("repo"));
        int port = freePort();
        List<Step> steps = steps(Files.readString(GUIDE));
        assertTrue(steps.stream().anyMatch(s -> s.kind.equals("run: background")), "the guide serves the plan");
        for (Step step : steps) {
            String body = step.body.replace("8080", String.valueOf(port));
            switch (step.kind) {
                case "run" -> {
                    if (body.startsWith("mvn ")) continue; // the build running this test made the jar
                    run(repo, body);
                }
                case "run: background" -> startServer(repo, body, port);
                default -> Files.writeString(repo.resolve(step.path), body + "\n", StandardCharsets.UTF_8);
            }
        }
    }

    static List<Step> steps(String guide) {
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(guide);
        while (m.find()) {
            String kind = m.group(2) != null ? "file" : m.group(1);
            steps.add(new Step(kind, m.group(2), m.group(3)));
        }
        assertTrue(steps.size() >= 8, "the guide's steps are marked: " + steps.size());
        return steps;
    }

    private static void run(Path repo, String command) throws Exception {
        Path log = Files.createTempFile("guide-step", ".log");
        Process p = new ProcessBuilder("bash", "-euo", "pipefail", "-c", command)
                .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String output = Files.readString(log);
        if (!ended) { p.destroyForcibly(); fail("guide command did not end in " + COMMAND_TIMEOUT + ":\n" + command + "\n" + output); }
        assertEquals(0, p.exitValue(), () -> "guide command failed:\n" + command + "\n--- output:\n" + tail(output));
    }

    private void startServer(Path repo, String command, int port) throws Exception {
        Path log = repo.resolve("serve.log");
        Process p = new ProcessBuilder("bash", "-c", "exec " + command)
                .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        background.add(p);
        long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) fail("the server stopped:\n" + tail(Files.readString(log)));
            if (Files.readString(log).contains("serving http://localhost:" + port)) return;
            Thread.sleep(500);
        }
        fail("the server did not start in " + COMMAND_TIMEOUT + ":\n" + tail(Files.readString(log)));
    }

    /** The repository as a clone has it (no target/, no .git), plus the packaged jar. */
    private static Path copyOfRepository(Path to) throws IOException {
        Path from = Path.of("").toAbsolutePath();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName().toString();
                if (!dir.equals(from) && (name.equals("target") || name.equals(".git") || name.equals("node_modules")))
                    return FileVisitResult.SKIP_SUBTREE;
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        Files.createDirectories(to.resolve("target"));
        Path jar = from.resolve("target/regiolod.jar");
        assertTrue(Files.exists(jar), "run after 'package': " + jar);
        Files.createSymbolicLink(to.resolve("target/regiolod.jar"), jar);
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
    }
}
