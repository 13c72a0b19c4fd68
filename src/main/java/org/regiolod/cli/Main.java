package org.regiolod.cli;

import org.regiolod.source.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar regiolod.jar}. Exit codes, for every command: 0 success (or
 * conforms, warnings printed), 1 SHACL violations, 2 unreadable input or usage error.
 */
@Command(name = "regiolod",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Publishes regional digital-transformation plans as Linked Open Data.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ExtractCommand.class, InitCommand.class, NdcExportCommand.class, ServeCommand.class, PublishCommand.class, GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int VIOLATIONS = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this directly). */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** Runs a command line writing to the given streams (tests read what a user would see). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputError || ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            throw ex;
        });
        cli.setExitCodeExceptionMapper(ex -> BAD_INPUT);
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"regiolod " + (v == null ? "dev" : v)};
        }
    }
}
