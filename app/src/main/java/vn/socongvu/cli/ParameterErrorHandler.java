package vn.socongvu.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import vn.socongvu.i18n.Messages;

/** A mistyped command line: one Vietnamese sentence naming what was wrong, then the usage. */
final class ParameterErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String message;
        if (ex instanceof UnmatchedArgumentException u) {
            message = Messages.get("cli.error.unknownArgument", String.join(" ", u.getUnmatched()));
        } else if (ex instanceof MissingParameterException m) {
            message = Messages.get("cli.error.missingArgument", m.getMissing().stream()
                    .map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        } else if (ex.getArgSpec() == null) {
            message = ex.getMessage(); // a command's own check, already in Vietnamese
        } else {
            message = Messages.get("cli.error.invalidValue", ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o
                    ? o.longestName() : "", ex.getValue() == null ? "" : ex.getValue());
        }
        cmd.getErr().println(Messages.get("cli.error", message));
        cmd.usage(cmd.getErr());
        return ErrorHandler.EXIT_INPUT;
    }
}
