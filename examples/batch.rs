//! Analyses many transcripts: JSONL in, JSONL out, in input order.
//!
//! Usage: `batch [--threads N] < in.jsonl > out.jsonl`
//!
//! Each input line is `{"id": ..., "text": "...", "date": "YYYY-MM-DD"}` (the
//! date of the event is optional; without it, the date the transcript states).
//! Each output line is
//! `{"id": ..., "report": {...}}`, or `{"id": ..., "error": "..."}` for a
//! record that cannot be read — a bad record never stops the batch. A progress
//! line goes to stderr when it is a terminal.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use discrepancy::quantity::Date;
use discrepancy::{Detector, Report, Transcript};
use rayon::prelude::*;

fn main() -> ExitCode {
    let mut threads = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--threads" | "-j" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => threads = n,
                None => return fail("--threads needs a number"),
            },
            "-h" | "--help" => {
                println!("usage: batch [--threads N] < in.jsonl > out.jsonl");
                return ExitCode::SUCCESS;
            }
            _ => return fail(&format!("unknown argument {a:?}")),
        }
    }
    if let Err(e) = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global()
    {
        return fail(&format!("cannot start threads: {e}"));
    }
    let stdin = std::io::stdin();
    let lines: Vec<String> = match stdin.lock().lines().collect() {
        Ok(l) => l,
        Err(e) => return fail(&format!("cannot read stdin: {e}")),
    };
    let detector = Detector::default();
    let done = AtomicUsize::new(0);
    let total = lines.len();
    let progress = std::io::stderr().is_terminal();
    // Longest records first, so that no thread is left with a long one at the end;
    // the output keeps the input order.
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|&n| std::cmp::Reverse(lines[n].len()));
    let mut done_lines: Vec<(usize, String)> = order
        .par_iter()
        .with_max_len(1)
        .map(|&n| {
            let r = one(&detector, n, &lines[n]);
            let k = done.fetch_add(1, Ordering::Relaxed) + 1;
            if progress && (k.is_multiple_of(50) || k == total) {
                eprint!("\r{k}/{total} transcripts");
            }
            (n, r)
        })
        .collect();
    done_lines.sort_unstable_by_key(|(n, _)| *n);
    let out = done_lines.into_iter().map(|(_, r)| r);
    if progress {
        eprintln!();
    }
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for line in out {
        if writeln!(stdout, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn one(detector: &Detector, n: usize, line: &str) -> String {
    let rec: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return serde_json::json!({"id": null, "line": n + 1, "error": format!("line {}: not JSON: {e}", n + 1)}).to_string(),
    };
    let id = rec.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let Some(text) = rec.get("text").and_then(|t| t.as_str()) else {
        return serde_json::json!({"id": id, "error": "no \"text\" string"}).to_string();
    };
    let date = match rec.get("date") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(d)) => match d.parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => return serde_json::json!({"id": id, "error": e.to_string()}).to_string(),
        },
        Some(_) => {
            return serde_json::json!({"id": id, "error": "\"date\" is not a string"}).to_string();
        }
    };
    // A panic is a bug in the library; it still must not take the whole batch down.
    match std::panic::catch_unwind(|| analyze(detector, text, date)) {
        Ok(Ok(report)) => serde_json::json!({"id": id, "report": report}).to_string(),
        Ok(Err(e)) => serde_json::json!({"id": id, "error": e.to_string()}).to_string(),
        Err(_) => serde_json::json!({"id": id, "error": "internal error (panic) while analysing this record"}).to_string(),
    }
}

/// Parses and analyses one text, the date of the event set when given.
fn analyze(detector: &Detector, text: &str, date: Option<Date>) -> discrepancy::Result<Report> {
    let Some(date) = date else {
        return detector.analyze_text(text);
    };
    // The size limit first, as `analyze_text` applies it.
    if text.len() > discrepancy::DEFAULT_MAX_INPUT_BYTES {
        return detector.analyze_text(text);
    }
    Ok(detector.analyze(&Transcript::parse(text)?.with_date(date)))
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("batch: {msg}");
    ExitCode::from(2)
}
