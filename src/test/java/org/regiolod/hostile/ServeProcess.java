package org.regiolod.hostile;

import org.regiolod.bench.ResidentMemory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server: {@code regiolod serve} in a child JVM (this test run's classpath) on
 * 127.0.0.1, a free port, its output in a log file. The database folder is kept between runs, so
 * with the same data and base URI the child serves the published version without building again.
 */
final class ServeProcess implements AutoCloseable {
    static final String BASE_URI = "http://example.org/";
    private static final Pattern SERVING = Pattern.compile("serving http://localhost:(\\d+)/");

    final Process process;
    final Path log;
    final int port;
    final String base;

    private ServeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Starts {@code serve --localhost --port 0} with the given JVM options (e.g. {@code -Xmx512m})
     * and serve options, and waits until it says it is serving.
     */
    static ServeProcess start(Path db, Path log, List<String> jvmOptions, List<String> serveOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.regiolod.cli.Main");
        cmd.addAll(List.of("serve", "--localhost", "--port", "0", "--db", db.toString(), "--base-uri", BASE_URI, "--quiet"));
        cmd.addAll(serveOptions);
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = SERVING.matcher(Files.readString(log));
                if (m.find()) return new ServeProcess(p, log, Integer.parseInt(m.group(1)));
                if (!p.isAlive()) throw new IllegalStateException("serve exited with " + p.exitValue() + ":\n" + Files.readString(log));
                Thread.sleep(200);
            }
            p.destroyForcibly();
            throw new IllegalStateException("serve did not start within 4 minutes:\n" + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resident memory of the child in kB (Linux /proc), or -1 where unknown. */
    long rssKb() {
        return ResidentMemory.kb(process.pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
