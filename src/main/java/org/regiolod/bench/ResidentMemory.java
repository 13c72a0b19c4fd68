package org.regiolod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident memory (VmRSS) of a process, as Linux reports it in /proc. */
public final class ResidentMemory {
    private ResidentMemory() {}

    /** VmRSS of process {@code pid} in kB, or -1 where /proc is not there or the process is gone. */
    public static long kb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }
}
