package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.log.AppLog;

/**
 * How a command's failure is shown, in one place: an error the clerk can act on ({@link UserException}) as its
 * Vietnamese lines and the exit code of its category; anything else as one line saying it was unexpected and
 * where the log is, the stack trace going to the log alone. Never a stack trace on the console.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    /** Something went wrong that the clerk did not cause (a bug): details in the log. */
    static final int EXIT_UNEXPECTED = 1;
    static final int EXIT_INPUT = 2;
    static final int EXIT_STORAGE = 3;
    static final int EXIT_CANCELLED = 4;

    /** The exit code of an error the clerk can act on (README, "Command line"). */
    static int exitCode(UserException.Category category) {
        return switch (category) {
            case INPUT -> EXIT_INPUT;
            case STORAGE -> EXIT_STORAGE;
            case CANCELLED -> EXIT_CANCELLED;
        };
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String command = cmd.getCommandName();
        if (ex instanceof UserException ue) {
            // The log keeps the kind of error and its cause's trace; the message (it may name a file) it does not.
            LoggerFactory.getLogger(ErrorHandler.class).info("Command {} refused: {} ({})", command,
                    ue.getClass().getSimpleName(), ue.category(), ue.getCause());
            if (ue.category() == UserException.Category.CANCELLED) {
                cmd.getErr().println(ue.userMessage());
            } else {
                ue.userLines().forEach(l -> cmd.getErr().println(Messages.get("cli.error", l)));
                ue.details().forEach(d -> cmd.getErr().println("  " + d));
            }
            return exitCode(ue.category());
        }
        Optional<Path> log = logFolder(cmd).flatMap(AppLog::useFolder);
        LoggerFactory.getLogger(ErrorHandler.class).error("Command {} failed unexpectedly", command, ex);
        cmd.getErr().println(log.map(f -> Messages.get("cli.error.unexpected", ex.getClass().getSimpleName(), f))
                .orElseGet(() -> Messages.get("cli.error.unexpectedNoLog", ex.getClass().getSimpleName())));
        return EXIT_UNEXPECTED;
    }

    /** The data folder of the command that failed, for its log; empty for a command without one. */
    private static Optional<Path> logFolder(CommandLine cmd) {
        try {
            return cmd.getCommand() instanceof DataCommand dc ? Optional.of(dc.dataFolder()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
