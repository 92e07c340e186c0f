package vn.socongvu.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.socongvu.storage.Database;
import vn.socongvu.storage.EngineSql;

/**
 * Changes made by other clients of the same server database, as they commit (decision 3 of issue 35): one listening
 * connection ({@code LISTEN socongvu_changes}) on a daemon thread, reconnecting when the server went away, delivers
 * the entities changed ({@code task}, {@code plan} …) to its subscribers, a few at once, leaving out this client's
 * own writes. After a reconnection, when notices may have been missed, it delivers {@link #EVERYTHING}. On H2 (one
 * process) there is no other client: {@link #none()} delivers nothing. Closed with the database.
 */
public final class ChangeFeed implements AutoCloseable {
    /** Delivered when changes may have been missed (the connection was lost): read everything again. */
    public static final String EVERYTHING = "*";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int WAIT_MS = 250;
    private static final long RETRY_MS = 2000;
    private final List<Consumer<Set<String>>> subscribers = new CopyOnWriteArrayList<>();
    private final Database db;
    private final String ownId;
    private final Thread thread;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangeFeed(Database db, String ownId) {
        this.db = db;
        this.ownId = ownId;
        if (db == null) {
            thread = null;
            return;
        }
        thread = Thread.ofPlatform().daemon().name("socongvu-changes").unstarted(this::run);
        thread.start();
    }

    /** Listens to the server database {@code db} for other clients' changes; nothing on H2. */
    public static ChangeFeed listen(Database db, AuditLog own) {
        return db.server().isPresent() ? new ChangeFeed(db, own.instanceId()) : none();
    }

    /** A feed that delivers nothing (H2, tools, tests). */
    public static ChangeFeed none() {
        return new ChangeFeed(null, null);
    }

    /** Whether this feed listens to a server (false on H2). */
    public boolean live() {
        return thread != null;
    }

    /**
     * Calls {@code changed} on the feed's thread with the entities other clients changed (or {@link #EVERYTHING});
     * closing the returned handle stops it.
     */
    public AutoCloseable subscribe(Consumer<Set<String>> changed) {
        subscribers.add(changed);
        return () -> subscribers.remove(changed);
    }

    /** Waits until the feed listens (changes committed before are not delivered). @return whether it does */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return thread != null && listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        boolean missed = false;
        while (!closed) {
            try (Connection c = db.openListenConnection().orElseThrow()) {
                connection = c;
                EngineSql.listen(c, AuditLog.CHANNEL);
                listening.countDown();
                if (missed) {
                    deliver(Set.of(EVERYTHING));
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(WAIT_MS);
                    Set<String> entities = new LinkedHashSet<>();
                    if (got != null) {
                        for (PGNotification n : got) {
                            String payload = n.getParameter();
                            int colon = payload.indexOf(':');
                            if (colon > 0 && !payload.substring(0, colon).equals(ownId)) {
                                entities.add(payload.substring(colon + 1));
                            }
                        }
                    }
                    if (!entities.isEmpty()) {
                        deliver(entities);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                missed = true;
                LOG.warn("change notifications interrupted, reconnecting: {}", e.toString());
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException ie) {
                    return;
                }
            } finally {
                connection = null;
            }
        }
    }

    private void deliver(Set<String> entities) {
        Set<String> copy = Set.copyOf(entities);
        for (Consumer<Set<String>> s : subscribers) {
            try {
                s.accept(copy);
            } catch (RuntimeException e) {
                LOG.error("a change subscriber failed", e);
            }
        }
    }

    /** Stops listening and closes the connection (before the database is closed). */
    @Override
    public void close() {
        closed = true;
        subscribers.clear();
        if (thread == null) {
            return;
        }
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("closing the listening connection", e);
            }
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
