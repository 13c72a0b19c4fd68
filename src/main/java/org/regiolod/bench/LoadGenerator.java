package org.regiolod.bench;

import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load generator for loopback: a fixed pool of {@code connections} threads, each
 * sending its next request as soon as the previous answer is read, for a bounded time. Latencies go
 * to an HdrHistogram (microseconds, 3 significant digits); a warm-up period is run and discarded.
 */
final class LoadGenerator {
    /** What a run measured. {@code errors}: answers other than 200, and failed requests. */
    record Result(long requests, long errors, double seconds, double requestsPerSecond,
                  double p50Millis, double p99Millis, long bytes, String firstError) {}

    private final int connections;
    private final Duration warmup;
    private final Duration duration;
    private final HttpClient client;

    LoadGenerator(int connections, Duration warmup, Duration duration) {
        this.connections = connections;
        this.warmup = warmup;
        this.duration = duration;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Runs {@code request.apply(n)} for n = 0, 1, 2, … (per thread, offset by the thread) until the
     * time is up. The function lets a row rotate over many URIs or repeat one.
     */
    Result run(IntFunction<URI> request, Map<String, String> headers) {
        phase(request, headers, warmup);
        return phase(request, headers, duration);
    }

    /** Only the warm-up phase (e.g. to let a fresh server's JIT compile its paths before any row). */
    void warm(IntFunction<URI> request, Map<String, String> headers) {
        phase(request, headers, warmup);
    }

    /**
     * Asks for each URI exactly once, spread over the connections: the first visit of every resource
     * of a sample, which a server with per-resource memos answers from its slow path. Bounded by the
     * count and by {@link #FIRST_VISITS_LIMIT}.
     */
    Result visitEach(URI[] uris, Map<String, String> headers) {
        return phase(n -> uris[n], headers, FIRST_VISITS_LIMIT, connections, uris.length);
    }

    static final Duration FIRST_VISITS_LIMIT = Duration.ofSeconds(120);

    private Result phase(IntFunction<URI> request, Map<String, String> headers, Duration length) {
        return phase(request, headers, length, 1, Integer.MAX_VALUE);
    }

    /** Each connection c asks for request(n), n = offset(c), offset(c) + step, … while n < count and time is left. */
    private Result phase(IntFunction<URI> request, Map<String, String> headers, Duration length, int step, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<Worker>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int offset = step == 1 ? c * 7919 : c; // rotating rows start apart; a walk gives each connection its share
            futures.add(pool.submit(() -> new Worker().loop(request, headers, offset, step, count, end)));
        }
        Histogram all = new Histogram(60_000_000L, 3);
        long requests = 0, errors = 0, bytes = 0;
        String firstError = null;
        try {
            for (Future<Worker> f : futures) {
                Worker w = f.get();
                all.add(w.latencies);
                requests += w.requests;
                errors += w.errors;
                bytes += w.bytes;
                if (firstError == null) firstError = w.firstError;
            }
        } catch (Exception e) {
            throw new IllegalStateException("load generator failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(requests, errors, seconds, requests / seconds,
                all.getValueAtPercentile(50) / 1000.0, all.getValueAtPercentile(99) / 1000.0, bytes, firstError);
    }

    private final class Worker {
        final Histogram latencies = new Histogram(60_000_000L, 3);
        long requests, errors, bytes;
        String firstError;

        Worker loop(IntFunction<URI> request, Map<String, String> headers, int offset, int step, int count, long end) {
            for (int n = offset; n < count && System.nanoTime() < end; n += step) {
                HttpRequest.Builder b = HttpRequest.newBuilder(request.apply(n)).timeout(Duration.ofSeconds(30)).GET();
                headers.forEach(b::header);
                long t0 = System.nanoTime();
                try {
                    HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                    latencies.recordValue(Math.min((System.nanoTime() - t0) / 1000, 59_999_999L));
                    requests++;
                    bytes += r.body().length;
                    if (r.statusCode() != 200) {
                        errors++;
                        if (firstError == null) firstError = r.statusCode() + " for " + r.uri();
                    }
                } catch (Exception e) {
                    requests++;
                    errors++;
                    if (firstError == null) firstError = e.toString();
                    if (e instanceof InterruptedException) break;
                }
            }
            return this;
        }
    }
}
