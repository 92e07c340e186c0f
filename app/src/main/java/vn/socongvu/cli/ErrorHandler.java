package vn.socongvu.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.StorageException;

/** Turns the errors a clerk can act on into one Vietnamese line and an exit code; never a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_INPUT = 2;
    static final int EXIT_STORAGE = 3;
    static final int EXIT_CANCELLED = 4;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (ex instanceof StorageException se) {
            cmd.getErr().println(Messages.get("cli.error", se.userMessage()));
            return EXIT_STORAGE;
        }
        if (ex instanceof ValidationException ve) {
            for (FieldError e : ve.errors()) {
                cmd.getErr().println(Messages.get("cli.error", e.message()));
            }
            return EXIT_INPUT;
        }
        if (ex instanceof vn.socongvu.exchange.ImportRefusedException ir) {
            cmd.getErr().println(Messages.get("cli.error", ir.getMessage()));
            for (var p : ir.problems()) {
                cmd.getErr().println("  " + p.text());
            }
            return EXIT_INPUT;
        }
        if (ex instanceof vn.socongvu.document.DocumentReadException dr) {
            cmd.getErr().println(Messages.get("cli.error", dr.userMessage()));
            return EXIT_INPUT;
        }
        if (ex instanceof Progress.CancelledException) {
            cmd.getErr().println(Messages.get("cli.cancelled"));
            return EXIT_CANCELLED;
        }
        throw ex;
    }
}
