#!/usr/bin/env python3
"""Corpus findings added and removed between two snapshots of scripts/eval/snap.py.

Usage: scripts/eval/cdiff.py OLD/corpus.jsonl NEW/corpus.jsonl [--kind discrepancies|agreements]
"""
import json, sys

def load(p, kinds):
    s = {}
    for line in open(p):
        j = json.loads(line)
        rep = j.get("report") or {}
        for k in kinds:
            for f in rep.get(k, []):
                key = (j["id"], k, f["a"]["speaker"], f["a"]["text"], f["b"]["speaker"], f["b"]["text"])
                s[key] = f
    return s

kinds = ["discrepancies", "agreements"]
if "--kind" in sys.argv:
    kinds = [sys.argv[sys.argv.index("--kind") + 1]]
old, new = load(sys.argv[1], kinds), load(sys.argv[2], kinds)
for tag, a, b in [("-", old, new), ("+", new, old)]:
    for key in sorted(a.keys() - b.keys()):
        f = a[key]
        print(f"{tag} {key[0]} {key[1][:4]} [{f.get('category','')}] {f.get('topic','')}")
        print(f"    A {key[2]}: {key[3][:220]}")
        print(f"    B {key[4]}: {key[5][:220]}")
for k in kinds:
    print(k, "old", sum(1 for x in old if x[1] == k), "new", sum(1 for x in new if x[1] == k))
