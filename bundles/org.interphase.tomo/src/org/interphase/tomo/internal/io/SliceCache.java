package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Least-recently-used cache of decoded slices (primitive arrays) limited by a byte budget, not by a
 * count, so that a viewer can scroll through a volume far larger than the heap.
 */
public final class SliceCache {

    /** Loads one slice as a primitive array ({@code byte[]}, {@code short[]} or {@code float[]}). */
    @FunctionalInterface
    public interface Loader {
        Object load(int index) throws IOException;
    }

    private final long budgetBytes;
    private final LinkedHashMap<Integer, Object> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long usedBytes;
    private long hits;
    private long misses;

    /** A cache that holds at most {@code budgetBytes} of slice data (at least one slice is always kept). */
    public SliceCache(long budgetBytes) {
        this.budgetBytes = Math.max(0, budgetBytes);
    }

    /** A default budget: a quarter of the maximum heap. */
    public static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /** The cached slice {@code index}, loading it on a miss. */
    public Object get(int index, Loader loader) throws IOException {
        synchronized (this) {
            Object hit = entries.get(index);
            if (hit != null) {
                hits++;
                return hit;
            }
            misses++;
        }
        Object loaded = loader.load(index); // outside the lock: slow I/O must not block other readers
        synchronized (this) {
            Object previous = entries.put(index, loaded);
            if (previous != null) {
                usedBytes -= sizeOf(previous);
            }
            usedBytes += sizeOf(loaded);
            evict();
        }
        return loaded;
    }

    private void evict() {
        Iterator<Map.Entry<Integer, Object>> it = entries.entrySet().iterator();
        while (usedBytes > budgetBytes && entries.size() > 1 && it.hasNext()) {
            usedBytes -= sizeOf(it.next().getValue());
            it.remove();
        }
    }

    /** Bytes currently held. */
    public synchronized long usedBytes() {
        return usedBytes;
    }

    /** Number of requests answered from the cache. */
    public synchronized long hits() {
        return hits;
    }

    /** Number of requests that had to load. */
    public synchronized long misses() {
        return misses;
    }

    /** Drops everything. */
    public synchronized void clear() {
        entries.clear();
        usedBytes = 0;
    }

    static long sizeOf(Object array) {
        return switch (array) {
            case byte[] b -> b.length;
            case short[] s -> 2L * s.length;
            case float[] f -> 4L * f.length;
            default -> throw new IllegalArgumentException("not a slice array: " + array.getClass());
        };
    }
}
