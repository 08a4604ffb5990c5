"""Counts what the Python arguebuf package reads from AIF files: I-nodes (atoms), scheme nodes, edges.

Usage: python arguebuf_counts.py FILE...   prints {"FILE": {"atoms": n, "schemes": n, "edges": n}, ...}
"""
import json
import sys
import warnings

import arguebuf

warnings.simplefilter("ignore")
counts = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as fp:
        graph = arguebuf.load.aif(json.load(fp), name=path)
    counts[path] = {"atoms": len(graph.atom_nodes), "schemes": len(graph.scheme_nodes), "edges": len(graph.edges)}
json.dump(counts, sys.stdout)
