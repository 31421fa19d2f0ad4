package org.wenshu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Builds run a few at once and the rest wait in the order they came, each knowing its place. */
class BuildQueueTest {
    @Test
    void buildsBeyondThePermitsWaitInOrderAndKnowTheirPlace() throws Exception {
        BuildQueue queue = new BuildQueue(1);
        BuildQueue.Ticket first = queue.enter();
        BuildQueue.Ticket second = queue.enter();
        BuildQueue.Ticket third = queue.enter();
        assertThat(queue.ahead(first)).isZero();
        queue.await(first);
        assertThat(first.running()).isTrue();
        assertThat(queue.ahead(first)).isEqualTo(-1);
        assertThat(queue.ahead(second)).isZero();
        assertThat(queue.ahead(third)).isEqualTo(1);
        assertThat(queue.runningNow()).isEqualTo(1);

        CountDownLatch started = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                queue.await(second);
                started.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        assertThat(started.await(300, TimeUnit.MILLISECONDS)).as("waits while the first runs").isFalse();
        assertThat(second.running()).isFalse();
        queue.leave(first);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.running()).isTrue();
        assertThat(queue.ahead(third)).isZero();

        // one that gives up waiting leaves its place without taking a permit
        queue.leave(third);
        assertThat(queue.ahead(third)).isEqualTo(-1);
        queue.leave(second);
        assertThat(queue.runningNow()).isZero();
        waiter.join();
    }
}
