#!/usr/bin/env python3
"""Gold pairs the detector misses, with what it reported near them.

Usage: scripts/eval/miss.py SNAP agreement|discrepancy [GOLDDIR]

SNAP is an output folder of scripts/eval/snap.py; GOLDDIR defaults to
../shared/eval/transcripts. A gold side matches a reported side as in
../shared/tools/score-findings: the speaker's name or alias and overlapping bytes.
"""
import json, sys, pathlib

snap, kind = pathlib.Path(sys.argv[1]), sys.argv[2]
gold_dir = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else "../shared/eval/transcripts")
sub = gold_dir.name

def names(j, who):
    for s in j["speakers"]:
        if s["name"] == who:
            return [s["name"]] + s.get("aliases", [])
    return [who]

def same_speaker(j, gold_who, rep_who):
    rep = rep_who.lower()
    for n in names(j, gold_who):
        n = n.lower()
        if n == rep or n.split()[-1] == rep.split()[-1] if rep and n else False:
            return True
    return False

for g in sorted(gold_dir.glob("*.json")):
    j = json.loads(g.read_text())
    text = j.get("transcript") or (g.parent / j["transcript_file"]).read_text()
    rp = snap / "eval" / f"{sub}__{g.stem}{j.get('file_suffix', '.txt')}.json"
    try:
        rep = json.loads(rp.read_text())
    except Exception:
        rep = {}
    found = rep.get("discrepancies", []) + rep.get("agreements", [])
    bs = text.encode()
    def span(q):
        i = bs.find(q.encode())
        return (i, i + len(q.encode()))
    for it in j["gold"]:
        if it["kind"] != kind:
            continue
        sa, sb = span(it["a"]["quote"]), span(it["b"]["quote"])
        def hit(side, s, e):
            return e["start"] < s[1] and s[0] < e["end"] and same_speaker(j, side["speaker"], e["speaker"])
        ok = any((hit(it["a"], sa, f["a"]) and hit(it["b"], sb, f["b"])) or (hit(it["a"], sa, f["b"]) and hit(it["b"], sb, f["a"])) for f in found)
        if not ok:
            print(f"{g.stem} [{it['category']}] {it['topic']}")
            print(f"   A {it['a']['speaker']}: {it['a']['quote']}")
            print(f"   B {it['b']['speaker']}: {it['b']['quote']}")
