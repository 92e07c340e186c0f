package vn.socongvu.storage;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.socongvu.common.ValidationException;

/**
 * A PostgreSQL database as the app names it: {@code postgresql://HOST[:PORT]/DB?user=USER} (port 5432 by default).
 * The password is never part of it: it is asked for, or read from {@code SOCONGVU_DB_PASSWORD} on the command line.
 */
public record ServerAddress(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;
    /** The field a wrong address is reported at (the settings' field, the command line's --database). */
    public static final String FIELD = "database";
    private static final String SCHEME = "postgresql://";
    private static final Pattern FORM = Pattern.compile("([^/:?\\[\\]]*|\\[[0-9A-Fa-f:.]+\\])(?::([^/?]*))?/([^?]*)(?:\\?(.*))?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.@-]+");

    public ServerAddress {
        if (host == null || !HOST.matcher(host).matches()) {
            throw ValidationException.of(FIELD, "storage.server.address.host", String.valueOf(host));
        }
        if (port < 1 || port > 65535) {
            throw ValidationException.of(FIELD, "storage.server.address.port", String.valueOf(port));
        }
        if (database == null || !NAME.matcher(database).matches()) {
            throw ValidationException.of(FIELD, "storage.server.address.database");
        }
        if (user == null || !NAME.matcher(user).matches()) {
            throw ValidationException.of(FIELD, "storage.server.address.user");
        }
    }

    /**
     * Reads an address as the clerk or an administrator types it ({@code jdbc:} in front is allowed).
     * @throws ValidationException saying in Vietnamese what is wrong and what the form is
     */
    public static ServerAddress parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("jdbc:")) {
            s = s.substring("jdbc:".length());
        }
        if (!s.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw ValidationException.of(FIELD, "storage.server.address.form", text == null ? "" : text.strip());
        }
        Matcher m = FORM.matcher(s.substring(SCHEME.length()));
        if (!m.matches()) {
            throw ValidationException.of(FIELD, "storage.server.address.form", text.strip());
        }
        String host = m.group(1);
        if (host.isEmpty()) {
            throw ValidationException.of(FIELD, "storage.server.address.noHost");
        }
        int port = DEFAULT_PORT;
        if (m.group(2) != null) {
            try {
                port = Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                throw ValidationException.of(FIELD, "storage.server.address.port", m.group(2));
            }
        }
        String database = decode(m.group(3));
        if (database.isEmpty()) {
            throw ValidationException.of(FIELD, "storage.server.address.database");
        }
        String user = null;
        if (m.group(4) != null) {
            for (String param : m.group(4).split("&")) {
                int eq = param.indexOf('=');
                String name = eq < 0 ? param : param.substring(0, eq);
                if (name.equals("user")) {
                    user = decode(param.substring(eq + 1));
                } else if (name.equals("password")) {
                    throw ValidationException.of(FIELD, "storage.server.address.password");
                } else if (!name.isEmpty()) {
                    throw ValidationException.of(FIELD, "storage.server.address.parameter", name);
                }
            }
        }
        if (user == null || user.isEmpty()) {
            throw ValidationException.of(FIELD, "storage.server.address.user");
        }
        return new ServerAddress(host, port, database, user);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code postgresql://HOST[:PORT]/DB?user=USER}, the port left out when it is 5432; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return SCHEME + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + encode(database) + "?user=" + encode(user);
    }

    /** The JDBC URL of the database (user and password are given to the driver apart). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + encode(database) + "?ApplicationName=SoCongVu";
    }

    /**
     * A local folder's name for this database (its lock, log and automatic backups): host, port and database,
     * every character that is not a letter, a digit, {@code .}, {@code -} or {@code _} made {@code _}.
     */
    public String folderName() {
        return (host + "_" + port + "_" + database).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The same database for another login. */
    public ServerAddress withUser(String otherUser) {
        return new ServerAddress(host, port, database, otherUser);
    }

    /** Another database of the same server, for the same login. */
    public ServerAddress withDatabase(String otherDatabase) {
        return new ServerAddress(host, port, otherDatabase, user);
    }
}
