package org.wenshu.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The workspaces of all browser sessions, each found only by its session's random token (128 bits
 * from {@link SecureRandom}; the folder has a name of its own, so the token is nowhere on disk).
 * All live in one temporary folder that {@link #close()} deletes.
 */
final class Workspaces implements AutoCloseable {
    private final Path root;
    private final UploadLimits limits;
    private final int max;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Workspace> byToken = new ConcurrentHashMap<>();
    private int created;

    Workspaces(UploadLimits limits, int max, LongSupplier clock) throws IOException {
        this.root = Files.createTempDirectory("wenshu-serve-");
        this.limits = limits;
        this.max = max;
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    /** A session: its token (for the cookie) and its workspace. */
    record Session(String token, Workspace workspace, boolean isNew) {}

    Optional<Workspace> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }

    /** A new session with an empty workspace; {@code null} when {@code max} workspaces already exist. */
    synchronized Session create() throws IOException {
        if (byToken.size() >= max) {
            return null;
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        created++;
        Workspace workspace = new Workspace(root.resolve("w" + created), limits, clock.getAsLong());
        byToken.put(token, workspace);
        return new Session(token, workspace, true);
    }

    int size() {
        return byToken.size();
    }

    /** Deletes every workspace not used since {@code deadline} (clock millis); the number deleted. */
    int sweep(long deadline) {
        int deleted = 0;
        for (Map.Entry<String, Workspace> entry : List.copyOf(byToken.entrySet())) {
            if (entry.getValue().idleSince(deadline) && byToken.remove(entry.getKey(), entry.getValue())) {
                entry.getValue().delete();
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public synchronized void close() {
        byToken.values().forEach(Workspace::delete);
        byToken.clear();
        Workspace.deleteTree(root);
    }
}
