package org.regiolod.vendor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The vendored standards are byte-for-byte what vendor/PROVENANCE.md says, and ship in the jar. */
class VendoredFilesTest {
    static final Path VENDOR = Path.of("vendor");
    static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|.*\\| (\\d+) \\| `([0-9a-f]{64})` \\|", Pattern.MULTILINE);

    @Test
    void everyFileListedHasTheRecordedSizeAndSha256AndIsOnTheClasspath() throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(Files.readString(VENDOR.resolve("PROVENANCE.md")));
        while (m.find()) rows.put(m.group(1), new String[] {m.group(2), m.group(3)});
        assertFalse(rows.isEmpty(), "no rows read from PROVENANCE.md");
        for (var e : rows.entrySet()) {
            byte[] bytes = Files.readAllBytes(VENDOR.resolve(e.getKey()));
            assertEquals(Long.parseLong(e.getValue()[0]), bytes.length, e.getKey() + " size");
            assertEquals(e.getValue()[1], sha256(bytes), e.getKey() + " sha256");
            try (InputStream in = getClass().getResourceAsStream("/vendor/" + e.getKey())) {
                assertNotNull(in, e.getKey() + " is not shipped on the classpath");
            }
        }
        // The files the build reads are all recorded.
        for (String used : new String[] {"dcat-ap-3.0.1/html-shacl/shapes.ttl", "dcat-ap-3.0.1/html-shacl/range.ttl",
                "dcat-ap-3.0.1/html-shacl/shapes_recommended.ttl", "dcat-ap-3.0.1/html-shacl/mdr-vocabularies.shape.ttl",
                "eu-vocabularies/data-theme.ttl", "eu-vocabularies/frequencies.ttl", "eu-vocabularies/filetypes.ttl",
                "eu-vocabularies/ADMS_SKOS_v1.00.rdf", "ontopia-vocabularies/licences.ttl"}) {
            assertNotNull(rows.get(used), used + " is missing from PROVENANCE.md");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
