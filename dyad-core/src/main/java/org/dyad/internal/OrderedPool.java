package org.dyad.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a fixed pool and hands their results to a consumer in submission order, on the submitting
 * thread, keeping a few tasks in flight per worker so that memory stays bounded on long inputs and workers
 * never wait for the consumer. Used by one thread (the command line's coders, the store's ingestion).
 */
public final class OrderedPool<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private final int window;
    private final Consumer<T> sink;

    /** A pool of {@code threads} daemon workers named {@code threadName}. */
    public OrderedPool(int threads, String threadName, Consumer<T> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.sink = sink;
    }

    public void submit(Callable<T> task) {
        pending.add(pool.submit(task));
        drain(false);
    }

    /** A result that needs no work, kept in order with the rest. */
    public void done(T value) {
        pending.add(CompletableFuture.completedFuture(value));
        drain(false);
    }

    private void drain(boolean all) {
        while (!pending.isEmpty() && (all || pending.size() > window || pending.peek().isDone())) {
            try {
                sink.accept(pending.poll().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** Waits for every task and hands over the remaining results. */
    public void finish() {
        drain(true);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
