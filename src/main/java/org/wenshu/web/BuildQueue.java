package org.wenshu.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * At most {@code running} builds at once, the rest waiting their turn in the order they came: a
 * build's memory (a laid-out report, its PDF and DOCX) is what bounds the server's, so twenty
 * sessions building together queue rather than all hold a report in the heap. A waiting build
 * knows how many are ahead of it ({@link #ahead}), which the page shows.
 */
final class BuildQueue {
    /** One build's place: waiting, then running, then gone. */
    static final class Ticket {
        private boolean running;

        synchronized boolean running() {
            return running;
        }
    }

    private final int permits;
    private final Semaphore running;
    private final List<Ticket> waiting = new ArrayList<>();

    BuildQueue(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be positive");
        }
        this.permits = permits;
        this.running = new Semaphore(permits, true);
    }

    /** The builds that may run at once. */
    int permits() {
        return permits;
    }

    /** A new place at the end of the queue. */
    synchronized Ticket enter() {
        Ticket ticket = new Ticket();
        waiting.add(ticket);
        return ticket;
    }

    /** Waits for {@code ticket}'s turn; it is running when this returns. */
    void await(Ticket ticket) throws InterruptedException {
        try {
            running.acquire();
        } catch (InterruptedException e) {
            synchronized (this) {
                waiting.remove(ticket);
            }
            throw e;
        }
        synchronized (this) {
            waiting.remove(ticket);
        }
        synchronized (ticket) {
            ticket.running = true;
        }
    }

    /** {@code ticket}'s build is over (it ran, or gave up waiting). */
    void leave(Ticket ticket) {
        boolean wasRunning;
        synchronized (ticket) {
            wasRunning = ticket.running;
            ticket.running = false;
        }
        synchronized (this) {
            waiting.remove(ticket);
        }
        if (wasRunning) {
            running.release();
        }
    }

    /** How many builds wait before {@code ticket} (0: it is next); -1 when it is not waiting. */
    synchronized int ahead(Ticket ticket) {
        return waiting.indexOf(ticket);
    }

    /** Builds running now. */
    int runningNow() {
        return permits - running.availablePermits();
    }
}
