package org.regiolod.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code regiolod serve --sparql-endpoint URL} in a JVM of its own (the test classpath), on 127.0.0.1. */
final class FrontProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("front serving http://localhost:(\\d+)/");
    private final Process process;
    final String url;

    private FrontProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static FrontProcess start(String sparqlEndpoint, Path log, Duration timeout, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.regiolod.cli.Main", "serve", "--sparql-endpoint", sparqlEndpoint, "--port", "0", "--localhost"));
        cmd.addAll(List.of(extra));
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        // A thread of its own: the common pool may have a single worker on a 2-core machine.
        CompletableFuture<String> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readPort(p, port), "front-stdout");
        reader.setDaemon(true);
        reader.start();
        String found;
        try {
            found = port.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            found = null;
        }
        if (found == null) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the front did not start within " + timeout.toSeconds() + " s:\n" + Files.readString(log));
        }
        return new FrontProcess(p, "http://127.0.0.1:" + found);
    }

    /** The port from the start-up line; then keeps reading stdout so the front never blocks on a full pipe. */
    private static void readPort(Process p, CompletableFuture<String> port) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) port.complete(m.group(1));
            }
        } catch (Exception e) {
            // the process ended
        }
        port.complete(null);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
