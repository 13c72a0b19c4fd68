package org.regiolod.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP/1.1 written by hand, one request per connection: the request line goes out exactly as
 * given (no client normalises {@code ../} or re-encodes {@code %2e}), any method, any header.
 * Each client sends from its own loopback address (127.0.x.y; Linux routes all of 127/8 to lo)
 * and moves to a fresh one every {@code perAddress} requests, so that a long attack suite is not
 * stopped by the server's per-client rate limit unless a test means it to be.
 */
final class RawHttp {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private final int port;
    private final int perAddress;
    private String address;
    private int sent;

    RawHttp(int port, int perAddress) {
        this(port, perAddress, nextAddress());
    }

    /** A client that starts from the given loopback address. */
    RawHttp(int port, int perAddress, String address) {
        this.port = port;
        this.perAddress = perAddress;
        this.address = address;
    }

    /** A fresh loopback address no other client of this test run uses. */
    static String nextAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "127.0." + (1 + n / 250) + "." + (1 + n % 250);
    }

    record Response(int status, Map<String, List<String>> headers, String body, String head) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null ? null : v.get(0);
        }

        @Override public String toString() {
            return head + "\n" + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    Response get(String target, String... headerLines) {
        return send("GET", target, null, headerLines);
    }

    /** Sends {@code METHOD target HTTP/1.1} with the header lines and body given. */
    Response send(String method, String target, byte[] body, String... headerLines) {
        if (sent++ % perAddress == 0 && sent > 1) address = nextAddress();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
        for (String h : headerLines) head.append(h).append("\r\n");
        if (body != null) head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("\r\n");
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) out.write(body);
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer (413, 431) and close before it has read everything.
            }
            return parse(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviate(target) + ": " + e.getMessage(), e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) throw new IOException("no HTTP response head in " + all.length + " bytes: " + abbreviate(text));
        String head = text.substring(0, end);
        List<String> lines = head.lines().toList();
        int status = Integer.parseInt(lines.get(0).split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            int c = l.indexOf(':');
            if (c > 0) headers.computeIfAbsent(l.substring(0, c).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(l.substring(c + 1).trim());
        }
        byte[] raw = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        String te = headers.getOrDefault("transfer-encoding", List.of("")).get(0);
        byte[] body = te.equalsIgnoreCase("chunked") ? dechunk(raw) : raw;
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), head);
    }

    private static byte[] dechunk(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int eol = indexOf(raw, i);
            if (eol < 0) break;
            String sizeLine = new String(raw, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeLine, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) break;
            int start = eol + 2;
            out.write(raw, start, Math.min(size, raw.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) if (b[i] == '\r' && b[i + 1] == '\n') return i;
        return -1;
    }

    static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…(" + s.length() + " chars)";
    }
}
