package org.regiolod.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Fuseki server (the {@code jena-fuseki-server} jar from Maven Central, copied to
 * target/fuseki-server by the build) in a JVM of its own, listening on 127.0.0.1 only.
 */
public final class StandaloneFuseki implements AutoCloseable {
    public static final Path JAR = Path.of("target/fuseki-server/jena-fuseki-server.jar");
    private final Process process;
    private final Path log;
    public final int port;

    private StandaloneFuseki(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server with this configuration and waits (bounded) until {@code probePath} answers. */
    public static StandaloneFuseki start(Path config, Path workDir, String probePath, Duration startTimeout) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the Maven build copies it (maven-dependency-plugin, process-test-resources)");
        }
        Files.createDirectories(workDir);
        int port = freePort();
        Path log = workDir.resolve("fuseki.log");
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toAbsolutePath().toString(),
                "--localhost", "--port", String.valueOf(port), "--config", config.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("FUSEKI_BASE", workDir.resolve("run").toAbsolutePath().toString());
        StandaloneFuseki server = new StandaloneFuseki(pb.start(), log, port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.process.isAlive()) throw new IllegalStateException("Fuseki exited at start:\n" + server.logTail());
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.url(probePath))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() < 500) return server;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        server.close();
        throw new IllegalStateException("Fuseki did not answer within " + startTimeout.toSeconds() + " s:\n" + server.logTail());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String logTail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
