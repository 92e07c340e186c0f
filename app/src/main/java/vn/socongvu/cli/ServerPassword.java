package vn.socongvu.cli;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;

/**
 * The password of a server login ({@code --database}): from the environment variable {@value #VARIABLE}, else
 * asked on the console (nothing shown). Never a value on the command line: other users of the PC can read a
 * running program's arguments, and the shell keeps them in its history.
 */
final class ServerPassword {
    static final String VARIABLE = "SOCONGVU_DB_PASSWORD";
    /** Where the variable is read: the process's environment; tests give their own. */
    static UnaryOperator<String> environment = System::getenv;

    private ServerPassword() {
    }

    /** The password given by the environment, or null when the variable is not set. */
    static char[] fromEnvironment() {
        String value = environment.apply(VARIABLE);
        return value == null ? null : value.toCharArray();
    }

    /** The password for this login: the environment's, else typed at the prompt. */
    static char[] of(ServerAddress address, PrintWriter out) {
        char[] pw = fromEnvironment();
        if (pw != null) {
            return pw;
        }
        return PasswordOption.prompt(out, Messages.get("cli.database.passwordPrompt", address.user(), address.host()));
    }
}
