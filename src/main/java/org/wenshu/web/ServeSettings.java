package org.wenshu.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code wenshu serve} runs: the address it listens on, the upload limits of one workspace, how
 * long an idle workspace is kept, how long one build may take, how many workspaces may exist at
 * once and how many builds run at once ({@code builds}; the others queue). {@code port} 0 takes any
 * free port (tests).
 */
public record ServeSettings(String host, int port, UploadLimits limits, Duration idleTimeout,
                           Duration buildTimeLimit, int maxWorkspaces, boolean debug, int builds) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8130;
    public static final Duration DEFAULT_IDLE = Duration.ofHours(1);
    public static final Duration DEFAULT_BUILD_TIME = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_WORKSPACES = 200;

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(buildTimeLimit, "buildTimeLimit");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (maxWorkspaces < 1) {
            throw new IllegalArgumentException("maxWorkspaces must be positive");
        }
        if (builds < 1) {
            throw new IllegalArgumentException("builds must be positive");
        }
    }

    /**
     * Builds at once by default: two, or one on a single processor. A build lays out a whole report
     * (up to a few hundred MB of heap for a long one) and keeps a processor busy; more at once only
     * makes each slower and the heap larger.
     */
    public static int defaultBuilds() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The defaults on {@code host}:{@code port}. */
    public static ServeSettings of(String host, int port) {
        return new ServeSettings(host, port, UploadLimits.STANDARD, DEFAULT_IDLE, DEFAULT_BUILD_TIME,
                DEFAULT_MAX_WORKSPACES, false, defaultBuilds());
    }

    public ServeSettings withLimits(UploadLimits newLimits) {
        return new ServeSettings(host, port, newLimits, idleTimeout, buildTimeLimit, maxWorkspaces, debug, builds);
    }

    public ServeSettings withIdleTimeout(Duration idle) {
        return new ServeSettings(host, port, limits, idle, buildTimeLimit, maxWorkspaces, debug, builds);
    }

    public ServeSettings withMaxWorkspaces(int max) {
        return new ServeSettings(host, port, limits, idleTimeout, buildTimeLimit, max, debug, builds);
    }

    public ServeSettings withDebug(boolean on) {
        return new ServeSettings(host, port, limits, idleTimeout, buildTimeLimit, maxWorkspaces, on, builds);
    }

    public ServeSettings withBuilds(int atOnce) {
        return new ServeSettings(host, port, limits, idleTimeout, buildTimeLimit, maxWorkspaces, debug, atOnce);
    }
}
