package org.tongxing.matching.solver;

import java.util.Arrays;

/**
 * Exact min-cost assignment of rows (requests, groups) to columns (volunteers, cadres) in plain Java, so the
 * production matcher can start from the optimum of the problem's linear part without a native solver.
 *
 * <p>It is a min-cost flow: source -> row (supply units) -> column (arc capacity 1, the match cost) -> sink
 * (column capacity, convex load cost: the k-th unit costs {@code loadStep * (baseLoad + k - 1)}). Every row
 * may also send a unit straight to the sink at {@link #UNASSIGNED} cost, which is larger than any possible
 * total of match costs, so minimising cost first maximises the number of matches and then minimises their
 * cost: the same lexicographic order as the medium and soft score levels.
 *
 * <p>Successive shortest paths, one unit at a time, with Dijkstra on reduced costs (Johnson potentials) that
 * stops as soon as the sink is settled. Most units find a free column a step or two away, so a search touches
 * a small neighbourhood and a city-sized problem solves in seconds.
 */
final class MinCostAssignment {

    static final long UNASSIGNED = 10_000_000_000L;
    private static final long INFINITY = Long.MAX_VALUE / 4;
    private static final int TO_SINK = -1, UNASSIGNED_ARC = -2;

    private final int rows, columns, sink;
    private final int[] supply, capacity, baseLoad;
    private final long loadStep;

    private int arcCount;
    private int[] arcRow = new int[16], arcColumn = new int[16];
    private long[] arcCost = new long[16];

    // solving state
    private int[] rowStart, rowArcs;
    private boolean[] used;
    private int[] columnUnits, rowUnassigned;
    private int[][] columnArcs;
    private int[] columnArcCount;
    private long[] potential, distance;
    private int[] parentNode, parentArc;
    private boolean[] settled;
    private final IntStack touched = new IntStack(), settledNodes = new IntStack();
    private final MinHeap heap = new MinHeap();

    MinCostAssignment(int rows, int columns, long loadStep) {
        this.rows = rows;
        this.columns = columns;
        this.sink = rows + columns;
        this.supply = new int[rows];
        Arrays.fill(supply, 1);
        this.capacity = new int[columns];
        this.baseLoad = new int[columns];
        this.loadStep = loadStep;
    }

    void setSupply(int row, int units) {
        supply[row] = units;
    }

    /** @param baseLoad units the column already holds outside this assignment, for the convex load cost */
    void setColumn(int column, int capacity, int baseLoad) {
        this.capacity[column] = capacity;
        this.baseLoad[column] = baseLoad;
    }

    void addArc(int row, int column, long cost) {
        if (arcCount == arcRow.length) {
            arcRow = Arrays.copyOf(arcRow, arcCount * 2);
            arcColumn = Arrays.copyOf(arcColumn, arcCount * 2);
            arcCost = Arrays.copyOf(arcCost, arcCount * 2);
        }
        arcRow[arcCount] = row;
        arcColumn[arcCount] = column;
        arcCost[arcCount++] = cost;
    }

    /** @return for each row, the columns it is assigned to (fewer than its supply where it stays unassigned) */
    int[][] solve() {
        prepare();
        for (int row = 0; row < rows; row++) {
            if (supply[row] > 0) {
                potential[row] = startingPotential(row);
            }
            for (int unit = 0; unit < supply[row]; unit++) {
                augment(shortestPathFrom(row));
            }
        }
        return result();
    }

    private void prepare() {
        rowStart = new int[rows + 1];
        for (int a = 0; a < arcCount; a++) {
            rowStart[arcRow[a] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            rowStart[r + 1] += rowStart[r];
        }
        rowArcs = new int[arcCount];
        int[] fill = Arrays.copyOf(rowStart, rows);
        for (int a = 0; a < arcCount; a++) {
            rowArcs[fill[arcRow[a]]++] = a;
        }
        used = new boolean[arcCount];
        columnUnits = new int[columns];
        rowUnassigned = new int[rows];
        columnArcs = new int[columns][];
        columnArcCount = new int[columns];
        int nodes = sink + 1;
        potential = new long[nodes];
        distance = new long[nodes];
        Arrays.fill(distance, INFINITY);
        parentNode = new int[nodes];
        parentArc = new int[nodes];
        settled = new boolean[nodes];
    }

    /** A row joins the network with no flow yet: any potential that keeps its outgoing arcs non-negative works. */
    private long startingPotential(int row) {
        long best = potential[sink] - UNASSIGNED;
        for (int i = rowStart[row]; i < rowStart[row + 1]; i++) {
            int a = rowArcs[i];
            best = Math.max(best, potential[rows + arcColumn[a]] - arcCost[a]);
        }
        return best;
    }

    private long marginalCost(int column) {
        return loadStep * (baseLoad[column] + columnUnits[column]);
    }

    private int shortestPathFrom(int source) {
        reach(source, 0, source, 0);
        while (!heap.isEmpty()) {
            int node = heap.popNode();
            if (settled[node]) {
                continue;
            }
            settled[node] = true;
            settledNodes.push(node);
            if (node == sink) {
                break;
            }
            if (node < rows) {
                relaxRow(node);
            } else {
                relaxColumn(node);
            }
        }
        heap.clear();
        return source;
    }

    private void relaxRow(int row) {
        long base = distance[row] + potential[row];
        for (int i = rowStart[row]; i < rowStart[row + 1]; i++) {
            int a = rowArcs[i];
            if (!used[a]) {
                int node = rows + arcColumn[a];
                reach(node, base + arcCost[a] - potential[node], row, a);
            }
        }
        reach(sink, base + UNASSIGNED - potential[sink], row, UNASSIGNED_ARC);
    }

    private void relaxColumn(int node) {
        int column = node - rows;
        long base = distance[node] + potential[node];
        if (columnUnits[column] < capacity[column]) {
            reach(sink, base + marginalCost(column) - potential[sink], node, TO_SINK);
        }
        int[] arcs = columnArcs[column];
        for (int i = 0; i < columnArcCount[column]; i++) {
            int a = arcs[i];
            int row = arcRow[a];
            reach(row, base - arcCost[a] - potential[row], node, a);
        }
    }

    private void reach(int node, long newDistance, int from, int arc) {
        if (newDistance < distance[node] && !settled[node]) {
            if (distance[node] == INFINITY) {
                touched.push(node);
            }
            distance[node] = newDistance;
            parentNode[node] = from;
            parentArc[node] = arc;
            heap.push(newDistance, node);
        }
    }

    private void augment(int source) {
        long sinkDistance = distance[sink];
        // Johnson update (potential += min(distance, sink distance)), shifted by the sink distance so that only
        // settled nodes change: keeps every residual arc's reduced cost non-negative.
        for (int i = 0; i < settledNodes.size(); i++) {
            int node = settledNodes.get(i);
            potential[node] -= sinkDistance - distance[node];
        }
        int node = sink;
        while (node != source) {
            int from = parentNode[node], arc = parentArc[node];
            if (node == sink) {
                if (arc == TO_SINK) {
                    columnUnits[from - rows]++;
                } else {
                    rowUnassigned[from]++;
                }
            } else if (node >= rows) {
                used[arc] = true;
                addColumnArc(node - rows, arc);
            } else {
                used[arc] = false;
                removeColumnArc(from - rows, arc);
            }
            node = from;
        }
        for (int i = 0; i < touched.size(); i++) {
            int n = touched.get(i);
            distance[n] = INFINITY;
            settled[n] = false;
        }
        touched.clear();
        settledNodes.clear();
    }

    private void addColumnArc(int column, int arc) {
        int[] arcs = columnArcs[column];
        if (arcs == null || columnArcCount[column] == arcs.length) {
            columnArcs[column] = arcs = arcs == null ? new int[2] : Arrays.copyOf(arcs, arcs.length * 2);
        }
        arcs[columnArcCount[column]++] = arc;
    }

    private void removeColumnArc(int column, int arc) {
        int[] arcs = columnArcs[column];
        for (int i = 0; i < columnArcCount[column]; i++) {
            if (arcs[i] == arc) {
                arcs[i] = arcs[--columnArcCount[column]];
                return;
            }
        }
        throw new IllegalStateException("Arc " + arc + " is not used by column " + column);
    }

    private int[][] result() {
        int[][] assigned = new int[rows][];
        int[] count = new int[rows];
        for (int a = 0; a < arcCount; a++) {
            if (used[a]) {
                count[arcRow[a]]++;
            }
        }
        for (int r = 0; r < rows; r++) {
            assigned[r] = new int[count[r]];
            count[r] = 0;
        }
        for (int a = 0; a < arcCount; a++) {
            if (used[a]) {
                assigned[arcRow[a]][count[arcRow[a]]++] = arcColumn[a];
            }
        }
        return assigned;
    }

    private static final class IntStack {
        private int[] items = new int[64];
        private int size;

        void push(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        int get(int i) {
            return items[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }

    /** Binary heap of (key, node) with lazy deletion: stale entries are skipped when popped. */
    private static final class MinHeap {
        private long[] keys = new long[64];
        private int[] nodes = new int[64];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            size = 0;
        }

        void push(long key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int popNode() {
            int top = nodes[0];
            long key = keys[--size];
            int node = nodes[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }
            keys[i] = key;
            nodes[i] = node;
            return top;
        }
    }
}
