# One table row per "-- shape: NAME" block of EXPLAIN (ANALYZE, BUFFERS) output: the plan's nodes from the
# top (Limit and costs left out), the rows its filters read and threw away, its buffers, the execution time.
function flush() {
    if (name != "") printf "| %s | %s | %d | %s | %s |\n", name, plan, removed, buffers, time
}
/^-- shape:/ { flush(); name = $3; plan = ""; nodes = 0; removed = 0; buffers = ""; time = "" }
/\(actual time/ && !/Limit  \(/ {
    node = $0; sub(/^ *(-> +)?/, "", node); sub(/ +\(cost.*/, "", node); sub(/ on need n1_0/, "", node)
    if (nodes < 3) plan = plan (nodes ? " → " : "") node
    nodes++
}
/Rows Removed by (Filter|Index Recheck)/ { removed += $NF }
/Buffers:/ && buffers == "" { b = $0; sub(/^ *Buffers: */, "", b); buffers = b }
/Execution Time/ { time = $3 " ms" }
END { flush() }
