package org.regiolod.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why writing a new version into the database folder failed, in words, and what to do: a disk
 * mounted read-only, a full disk (which TDB2's memory-mapped writes report as a JVM
 * {@code InternalError}, not as an I/O error), a folder the user may not write.
 */
record WriteFailure(String why, String fix) {
    /** Below this, a failed write is put down to a full disk. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    static WriteFailure of(Path dir, Throwable e) {
        String reason = reason(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        long free = usableBytes(dir);
        if (lower.contains("read-only file system")) {
            return new WriteFailure("the disk is mounted read-only (Read-only file system)",
                    "publish into a writable folder (--db), or mount the disk of " + dir + " read-write, then publish again");
        }
        if (lower.contains("no space left") || lower.contains("disk quota") || (free >= 0 && free < NEARLY_FULL_BYTES)) {
            return new WriteFailure("no space left on the disk (" + (free < 0 ? "free space unknown" : free / 1024 + " KB free") + " on the disk of " + dir + ")",
                    "free some space on that disk, or publish into a folder on a larger disk (--db), then publish again");
        }
        if (has(e, AccessDeniedException.class) || lower.contains("permission denied")) {
            return new WriteFailure("permission denied (" + reason + ")",
                    "let the user running regiolod write to " + dir + ", or publish into another folder (--db)");
        }
        String what = e instanceof InternalError ? "writing the database's memory-mapped files failed (" + reason + ")" : reason;
        return new WriteFailure(what + (free < 0 ? "" : "; " + free / 1024 + " KB free on the disk of " + dir),
                "check the disk of " + dir + ", then publish again");
    }

    /** The operating system's words where there are some (e.g. "No space left on device"), else the innermost message. */
    private static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getReason() != null) return f.getReason();
            if (t.getMessage() != null) message = t.getMessage();
        }
        return message != null ? message : e.getClass().getSimpleName();
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    private static long usableBytes(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
