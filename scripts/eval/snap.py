#!/usr/bin/env python3
"""Snapshot every report the detector writes, for before/after comparisons.

Usage (from the repository root, after `cargo build --release --examples`):

    scripts/eval/snap.py OUT [REPO]

Writes OUT/corpus.jsonl (examples/batch over ../shared/corpus/kremlin with its
dates), OUT/eval/NAME.json (examples/detect --date D --format json on every
development transcript, phenomenon and format file of ../shared/eval) and
OUT/spec/NAME.json (the text part of every tests/spec file). REPO (default .)
is the checkout whose target/release binaries are run, so that an older
worktree can be snapshotted the same way. `diff -rq OLD NEW` then says whether
a change is byte-identical; scripts/eval/cdiff.py lists corpus findings added
and removed.
"""
import json, os, subprocess, sys, gzip, pathlib

out = pathlib.Path(sys.argv[1])
repo = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else ".").resolve()
shared = pathlib.Path(__file__).resolve().parents[3] / "shared"
if not shared.exists():
    shared = pathlib.Path("../shared").resolve()
detect = repo / "target/release/examples/detect"
batch = repo / "target/release/examples/batch"
texts = pathlib.Path(os.environ.get("EVALTXT", "/work/evaltxt"))
(out / "eval").mkdir(parents=True, exist_ok=True)
(out / "spec").mkdir(parents=True, exist_ok=True)
texts.mkdir(parents=True, exist_ok=True)

# corpus
with gzip.open(shared / "corpus/kremlin/transcripts.jsonl.gz", "rb") as f:
    data = f.read()
r = subprocess.run([str(batch), "--threads", "2"], input=data, capture_output=True)
(out / "corpus.jsonl").write_bytes(r.stdout)

# eval texts
for sub in ["transcripts", "phenomena", "formats"]:
    d = shared / "eval" / sub
    for g in sorted(d.glob("*.json")):
        j = json.loads(g.read_text())
        if "transcript" in j:
            text = j["transcript"]
        else:
            text = (d / j["transcript_file"]).read_text()
        name = f"{sub}__{g.stem}{j.get('file_suffix', '.txt')}"
        p = texts / name
        p.write_text(text)
        cmd = [str(detect)]
        if j.get("date"):
            cmd += ["--date", j["date"]]
            (texts / (name + ".date")).write_text(j["date"])
        cmd += ["--format", "json", str(p)]
        r = subprocess.run(cmd, capture_output=True)
        (out / "eval" / (name + ".json")).write_bytes(r.stdout + r.stderr)

# spec files
for s in sorted((repo / "tests/spec").glob("*.txt")):
    text = s.read_text().split("\n---\n")[0]
    r = subprocess.run([str(detect), "--format", "json", "-"], input=text.encode(), capture_output=True)
    (out / "spec" / (s.stem + ".json")).write_bytes(r.stdout + r.stderr)
print(out)
