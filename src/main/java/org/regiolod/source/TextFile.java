package org.regiolod.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input text file (table, manifest, RDF) strictly as UTF-8. What a plan office most often
 * saves by mistake is recognised and named: a Latin-1/Windows-1252 export (the line of the first bad
 * byte), a UTF-16 "Unicode text" export, a workbook saved under a text file's name.
 */
public final class TextFile {
    private TextFile() {}

    /** The file's text (a leading byte-order mark kept: callers that allow one strip it). */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputError.inFile(file, "the file does not exist", "create it, or fix its name in dataset.yaml");
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read: " + e.getMessage(), null);
        }
        checkNotBinary(file, bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InputError.at(file, lineOfFirstInvalidByte(bytes), "the file is not valid UTF-8",
                    "save it as UTF-8 (in a spreadsheet: 'CSV UTF-8'; with iconv: iconv -f WINDOWS-1252 -t UTF-8)");
        }
    }

    private static void checkNotBinary(Path file, byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            throw InputError.inFile(file, "is a zip archive (an .xlsx workbook?), not a text file",
                    "export the sheet as 'CSV UTF-8', or name the workbook .xlsx in dataset.yaml");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw InputError.inFile(file, "is an old Excel .xls workbook, not a text file",
                    "save it as 'CSV UTF-8' or as an .xlsx workbook");
        }
        boolean utf16 = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)
                || (b.length >= 4 && (b[0] == 0) != (b[1] == 0) && (b[2] == 0) != (b[3] == 0)); // ASCII as UTF-16 without BOM
        if (utf16) {
            throw InputError.inFile(file, "is encoded as UTF-16 ('Unicode text'), not UTF-8",
                    "save it as 'CSV UTF-8' (or: iconv -f UTF-16 -t UTF-8)");
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1, start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
