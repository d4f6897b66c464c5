package org.dyad.cli;

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
 * Runs tasks on a fixed pool and hands their results to a consumer in submission order, keeping at most
 * a few tasks in flight per thread so that memory stays bounded on long inputs. Used by one thread.
 */
final class OrderedPool<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private final int window;
    private final Consumer<T> sink;

    OrderedPool(int threads, Consumer<T> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.sink = sink;
    }

    void submit(Callable<T> task) {
        pending.add(pool.submit(task));
        drain(false);
    }

    /** A result that needs no work, kept in order with the rest. */
    void done(T value) {
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

    void finish() {
        drain(true);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
