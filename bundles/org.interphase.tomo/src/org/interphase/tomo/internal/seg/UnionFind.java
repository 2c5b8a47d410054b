package org.interphase.tomo.internal.seg;

import java.util.Arrays;

/**
 * Disjoint sets over provisional labels 1..n with union by size and path halving (R. E. Tarjan,
 * "Efficiency of a good but not linear set union algorithm", J. ACM 22 (1975) 215-225). Each label also
 * carries a voxel count.
 */
final class UnionFind {

    private int[] parent = new int[1024];
    private long[] voxels = new long[1024];
    private int[] rank = new int[1024];
    private int size = 1; // label 0 = background

    /** A new singleton label. */
    int make() {
        if (size == parent.length) {
            if (size > Integer.MAX_VALUE / 2) {
                throw new IllegalStateException("more than " + size + " provisional labels");
            }
            parent = Arrays.copyOf(parent, size * 2);
            voxels = Arrays.copyOf(voxels, size * 2);
            rank = Arrays.copyOf(rank, size * 2);
        }
        parent[size] = size;
        return size++;
    }

    int find(int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    /** Merges the sets of {@code a} and {@code b}; returns the root. */
    int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return ra;
        }
        if (rank[ra] < rank[rb]) {
            int tmp = ra;
            ra = rb;
            rb = tmp;
        }
        parent[rb] = ra;
        if (rank[ra] == rank[rb]) {
            rank[ra]++;
        }
        return ra;
    }

    void count(int label) {
        voxels[label]++;
    }

    /** Sizes of all sets with at least one voxel, largest first. */
    long[] componentSizes() {
        long[] perRoot = new long[size];
        for (int l = 1; l < size; l++) {
            perRoot[find(l)] += voxels[l];
        }
        return Arrays.stream(perRoot).filter(s -> s > 0).boxed().sorted((a, b) -> Long.compare(b, a))
                .mapToLong(Long::longValue).toArray();
    }
}
