# One table row per "-- shape: NAME" block of EXPLAIN (ANALYZE, BUFFERS) output: the plan's nodes from the
# top (Limit and costs left out), the rows its filters read and threw away, its buffers, and the execution
# time. The file holds several rounds of the same shapes; the fastest round counts, as the others were
# slowed by whatever else the machine was doing, not by the plan.
/^-- shape:/ { name = $3; if (!(name in plan)) { order[++shapes] = name; fresh = 1 } else fresh = 0; nodes = 0 }
fresh && /\(actual time/ && !/Limit  \(/ {
    node = $0; sub(/^ *(-> +)?/, "", node); sub(/ +\(cost.*/, "", node); sub(/ on need n1_0/, "", node)
    if (nodes < 3) plan[name] = plan[name] (nodes ? " → " : "") node
    nodes++
}
fresh && /Rows Removed by (Filter|Index Recheck)/ { removed[name] += $NF }
fresh && /Buffers:/ && !(name in buffers) { b = $0; sub(/^ *Buffers: */, "", b); buffers[name] = b }
/Execution Time/ { if (!(name in best) || $3 + 0 < best[name]) best[name] = $3 + 0 }
END {
    for (i = 1; i <= shapes; i++) {
        n = order[i]
        printf "| %s | %s | %d | %s | %.3f ms |\n", n, plan[n], removed[n], buffers[n], best[n]
    }
}
