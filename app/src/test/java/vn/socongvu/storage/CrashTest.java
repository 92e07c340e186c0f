package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;

/**
 * A child process commits records in a loop and is killed hard (SIGKILL) at random moments; after each
 * kill the database opens and every commit the child confirmed is there.
 */
class CrashTest {
    @TempDir
    Path tmp;

    @Test
    void everyConfirmedCommitSurvivesAHardKill() throws Exception {
        Random rnd = new Random(20261122);
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Set<Integer> confirmed = new HashSet<>();
        int next = 0;
        for (int round = 0; round < 5; round++) {
            Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), tmp.toString(), Integer.toString(next))
                    .redirectErrorStream(true).start();
            AtomicInteger last = new AtomicInteger(-1);
            Set<Integer> thisRound = Collections.synchronizedSet(new HashSet<>());
            StringBuffer other = new StringBuffer(); // anything else the child said, for the failure message
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("OK ")) {
                            int n = Integer.parseInt(line.substring(3).strip());
                            thisRound.add(n);
                            last.set(n);
                        } else if (other.length() < 4000) {
                            other.append(line).append('\n');
                        }
                    }
                } catch (IOException ignored) {
                    // the child is gone
                }
            });
            reader.start();
            // Let it start and commit for a while, then kill it without warning.
            long deadline = System.currentTimeMillis() + 30_000;
            while (thisRound.size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(100 + rnd.nextInt(700));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            assertTrue(thisRound.size() >= 3, "round " + round + ": the child committed before the kill; it said:\n"
                    + other);
            confirmed.addAll(thisRound);
            next = last.get() + 1;

            try (Services s = TestServices.empty(tmp)) {
                Set<String> names = new HashSet<>(s.directory().units().stream().map(Unit::name).toList());
                for (int n : confirmed) {
                    assertTrue(names.contains("Đơn vị " + n), "round " + round + ": confirmed commit " + n + " lost");
                }
                next = Math.max(next, names.size());
            }
        }
        assertTrue(confirmed.size() >= 15);
    }
}
