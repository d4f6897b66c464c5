package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad " + org.dyad.Dyad.VERSION,
    description = "Turns news into event data: who did what to whom, when and where, with evidence.",
    subcommands = {CodeCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class, DyadsCommand.class,
        ExportCommand.class, QuotesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // one clear line, not a stack trace
            Throwable root = e;
            while (root.getCause() != null && (root.getMessage() == null || root instanceof Error)) {
                root = root.getCause();
            }
            cmd.getErr().println("dyad: " + (root.getMessage() != null ? root.getMessage() : root.toString()));
            if (Logging.verbose()) {
                e.printStackTrace(cmd.getErr());
            }
            return 2;
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // an error outside picocli's handler (e.g. a broken knowledge file): still one line
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println("dyad: " + (root.getMessage() != null ? root.getMessage() : root.toString()));
            if (Logging.verbose()) {
                e.printStackTrace();
            }
            return 2;
        }
    }
}
