package org.regiolod.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a build reads (the data folder's files, by relative path and
 * content, plus extra strings such as the base URI and the tool's version), so a later run can
 * tell whether an existing build is still up to date.
 */
public final class InputFingerprint {
    private InputFingerprint() {}

    public static String of(Path dataDir, List<String> extras) {
        MessageDigest sha = sha256();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dataDir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(p));
                sha.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String s : extras) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
