package org.regiolod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in a JVM of its own (so its memory is its own): started from a command line,
 * timed from the start of the process to its first 200 answer, its resident memory read from
 * {@code /proc/<pid>/status}, stopped (and only it) when closed.
 */
final class ChildServer implements AutoCloseable {
    final int port;
    final double startupSeconds;
    private final Process process;
    private final Path log;

    private ChildServer(Process process, int port, double startupSeconds, Path log) {
        this.process = process;
        this.port = port;
        this.startupSeconds = startupSeconds;
        this.log = log;
    }

    /** A free port on loopback (the child binds it a moment later). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java command of this JVM with this JVM's class path, then {@code args}. */
    static List<String> java(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code command} and waits (up to {@code timeout}) until {@code probe} answers 200. */
    static ChildServer start(List<String> command, int port, String probePath, Path log, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            URI probe = URI.create("http://127.0.0.1:" + port + probePath);
            long deadline = t0 + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("server exited with " + p.exitValue() + " before answering; see " + log);
                }
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return new ChildServer(p, port, (System.nanoTime() - t0) / 1e9, log);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            p.destroyForcibly();
            throw new IllegalStateException("server did not answer 200 at " + probe + " within " + timeout + "; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String base() { return "http://127.0.0.1:" + port; }

    long pid() { return process.pid(); }

    /** Resident memory of the child in MiB (VmRSS), or -1 where /proc is not there. */
    double rssMiB() {
        long kb = ResidentMemory.kb(process.pid());
        return kb < 0 ? -1 : kb / 1024.0;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override public String toString() { return "server pid " + process.pid() + " on " + base() + " (log " + log + ")"; }
}
