#!/usr/bin/env python3
"""Counts packages of org.tongxing that sit in import cycles, from the sources.

A dependency from package A to package B is an import of org.tongxing.B.X in a file of A, or a
fully-qualified org.tongxing.B.X in its code. --top folds subpackages into their top-level package.
"""
import os, re, sys
from collections import defaultdict

root = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith('-') else 'src/main/java'
top = '--top' in sys.argv
base = 'org.tongxing'
ref = re.compile(r'\borg\.tongxing\.((?:[a-z_][a-z0-9_]*\.)*)[A-Z]')
edges = defaultdict(set); pkgs = set()
def fold(p):
    return p.split('.')[0] if top else p
for d, _, files in os.walk(root):
    for f in files:
        if not f.endswith('.java'): continue
        text = open(os.path.join(d, f), encoding='utf-8').read()
        m = re.search(r'^package\s+org\.tongxing\.([\w.]+);', text, re.M)
        if not m: continue
        src = fold(m.group(1)); pkgs.add(src)
        for r in ref.finditer(text):
            tgt = r.group(1).rstrip('.')
            if not tgt: continue
            tgt = fold(tgt)
            if tgt != src: edges[src].add(tgt)
# Tarjan
index = {}; low = {}; stack = []; on = set(); sccs = []; i = [0]
sys.setrecursionlimit(10000)
def strong(v):
    index[v] = low[v] = i[0]; i[0] += 1; stack.append(v); on.add(v)
    for w in edges[v]:
        if w not in pkgs: continue
        if w not in index: strong(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        c = []
        while True:
            w = stack.pop(); on.discard(w); c.append(w)
            if w == v: break
        sccs.append(c)
for v in sorted(pkgs):
    if v not in index: strong(v)
cyclic = [c for c in sccs if len(c) > 1]
pairs = sorted({tuple(sorted((a, b))) for a in edges for b in edges[a] if a in edges.get(b, ())})
print(f"packages: {len(pkgs)}; in import cycles: {sum(map(len, cyclic))} (largest cycle: {max(map(len, cyclic), default=0)}); mutually importing pairs: {len(pairs)}")
for c in cyclic: print("  cycle:", ' '.join(sorted(c)))
if '-v' in sys.argv:
    for p in pairs: print("  pair:", *p)
