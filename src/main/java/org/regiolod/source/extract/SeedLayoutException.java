package org.regiolod.source.extract;

import java.nio.file.Path;

/**
 * The seed text does not have the layout the extractor was written for. Raised instead of
 * producing tables that might silently be wrong; names the file, the line and the problem.
 */
public class SeedLayoutException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String problem;

    public SeedLayoutException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem
                + " (the extractor expects the unchanged seed text; see docs/tables.md, 'Extraction')");
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number in the seed file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
