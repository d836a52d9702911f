#!/usr/bin/env python3
"""Why the detector misses gold pairs: the trace entries that join a claim
overlapping one gold quote with a claim overlapping the other, or the claims
found on each side when no pair was even considered.

Usage: scripts/eval/why.py agreement|discrepancy [GOLDDIR] [REPO]
"""
import json, sys, pathlib, subprocess, re

kind = sys.argv[1]
gold_dir = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/eval/transcripts")
repo = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else ".")
detect = str(repo / "target/release/examples/detect")
for g in sorted(gold_dir.glob("*.json")):
    j = json.loads(g.read_text())
    text = j.get("transcript") or (g.parent / j["transcript_file"]).read_text()
    p = pathlib.Path("/tmp/why" + j.get("file_suffix", ".txt"))
    p.write_text(text)
    cmd = [detect] + (["--date", j["date"]] if j.get("date") else [])
    rep = json.loads(subprocess.run(cmd + ["--format", "json", str(p)], capture_output=True).stdout or b"{}")
    trace = subprocess.run(cmd + ["--format", "trace", str(p)], capture_output=True, text=True).stdout
    entries = re.split(r"\n(?=\S)", trace)
    bs = text.encode()
    for it in j["gold"]:
        if it["kind"] != kind:
            continue
        qa, qb = it["a"]["quote"].encode(), it["b"]["quote"].encode()
        sa = (bs.find(qa), bs.find(qa) + len(qa)); sb = (bs.find(qb), bs.find(qb) + len(qb))
        def ov(s, e): return e["start"] < s[1] and s[0] < e["end"]
        found = rep.get("discrepancies", []) + rep.get("agreements", [])
        if any((ov(sa, f["a"]) and ov(sb, f["b"])) or (ov(sa, f["b"]) and ov(sb, f["a"])) for f in found):
            continue
        print(f"== {g.stem} [{it['category']}] {it['topic']}")
        print(f"   A: {it['a']['quote'][:150]}\n   B: {it['b']['quote'][:150]}")
        hit = False
        for en in entries:
            spans = [tuple(map(int, m)) for m in re.findall(r"\((\d+)\.\.(\d+)\)", en)]
            if len(spans) >= 2:
                a, b = spans[0], spans[1]
                def o(x, s): return x[0] < s[1] and s[0] < x[1]
                if (o(a, sa) and o(b, sb)) or (o(a, sb) and o(b, sa)):
                    print("   trace: " + en.split("\n")[0]); hit = True
        if not hit:
            print("   (no pair of claims considered)")
