package org.regiolod.source.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A seed document as numbered lines (1-based, as an editor shows them), with helpers that find
 * anchors and report layout problems by file and line.
 */
public final class SeedText {

    private final Path file;
    private final List<String> lines;

    private SeedText(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Reads the file as strict UTF-8: a malformed byte is an error, not a replacement char. */
    public static SeedText read(Path file) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String text = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return new SeedText(file, List.of(text.split("\r?\n", -1)));
        } catch (CharacterCodingException e) {
            throw new SeedLayoutException(file, 1, "the file is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    public int lineCount() {
        return lines.size();
    }

    /** The raw text of line {@code number} (1-based). */
    public String line(int number) {
        return lines.get(number - 1);
    }

    /** Line {@code number} with whitespace collapsed. */
    public String normalized(int number) {
        return Whitespace.collapse(line(number));
    }

    /**
     * The first line at or after {@code from} whose collapsed text satisfies {@code test}.
     *
     * @throws SeedLayoutException naming {@code what} when there is none
     */
    public int find(int from, Predicate<String> test, String what) {
        for (int n = Math.max(1, from); n <= lines.size(); n++) {
            if (test.test(normalized(n))) {
                return n;
            }
        }
        throw error(from, "expected " + what + " at or after this line, found none");
    }

    /** The first line at or after {@code from} whose collapsed text equals {@code text}. */
    public int findExact(int from, String text) {
        return find(from, text::equals, "the line '" + text + "'");
    }

    /** The next non-blank line after {@code after}, or -1 at the end of the file. */
    public int nextNonBlank(int after) {
        for (int n = after + 1; n <= lines.size(); n++) {
            if (!Whitespace.isBlank(line(n))) {
                return n;
            }
        }
        return -1;
    }

    public SeedLayoutException error(int line, String problem) {
        return new SeedLayoutException(file, line, problem);
    }
}
