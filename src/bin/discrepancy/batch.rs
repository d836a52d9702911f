//! `--batch`: JSON lines in (`{"id", "text", "date"?}`), JSON lines out, in input order.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use discrepancy::quantity::Date;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde_json::{Value, json};

use super::{INPUT_ERROR, Settings, display_name, finish, stderr_is_terminal};

/// One input line, where it came from.
struct Line {
    file: String,
    number: usize,
    text: String,
}

/// Reads every line of `files` (standard input when none), analyses the records
/// on `threads` threads, and writes one output line per input line.
pub fn run(settings: &Settings, files: &[String], threads: Option<usize>) -> ExitCode {
    let stdin = ["-".to_string()];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let mut lines = Vec::new();
    for name in files {
        if let Err(e) = read_lines(name, &mut lines) {
            eprintln!("discrepancy: cannot read {}: {e}", display_name(name));
            return ExitCode::from(INPUT_ERROR);
        }
    }
    // Blank lines are no records.
    lines.retain(|l| !l.text.trim().is_empty());
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("discrepancy: cannot start threads: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bar = if stderr_is_terminal() {
        let bar = ProgressBar::new(lines.len() as u64);
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} transcripts, {elapsed} ({eta} left)")
        {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    // Longest records first, so that no thread is left with a long one at the end;
    // the output keeps the input order.
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|&n| std::cmp::Reverse(lines[n].text.len()));
    let mut done: Vec<(usize, Value, bool)> = pool.install(|| {
        order
            .par_iter()
            .with_max_len(1)
            .map(|&n| {
                let (v, ok) = one(settings, &lines[n]);
                bar.inc(1);
                (n, v, ok)
            })
            .collect()
    });
    bar.finish_and_clear();
    done.sort_unstable_by_key(|(n, _, _)| *n);
    let failed = done.iter().filter(|(_, _, ok)| !ok).count();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = done
        .iter()
        .try_for_each(|(_, v, _)| writeln!(out, "{v}"))
        .and_then(|()| out.flush());
    if failed > 0 && written.is_ok() {
        eprintln!(
            "discrepancy: {failed} of {} records could not be analysed (see their \"error\")",
            done.len()
        );
        return ExitCode::from(INPUT_ERROR);
    }
    finish(written)
}

/// Appends the lines of `name` (`-`: standard input).
fn read_lines(name: &str, lines: &mut Vec<Line>) -> std::io::Result<()> {
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(name)?))
    };
    for (n, l) in reader.lines().enumerate() {
        lines.push(Line {
            file: name.to_string(),
            number: n + 1,
            text: l?,
        });
    }
    Ok(())
}

/// One record's output line, and whether it was analysed.
fn one(settings: &Settings, line: &Line) -> (Value, bool) {
    let at = || {
        if line.file == "-" {
            format!("line {}", line.number)
        } else {
            format!("{} line {}", line.file, line.number)
        }
    };
    let rec: Value = match serde_json::from_str(&line.text) {
        Ok(v) => v,
        Err(e) => {
            let msg = format!("{}: not JSON: {e}", at());
            return (
                json!({"id": null, "line": line.number, "error": msg}),
                false,
            );
        }
    };
    let id = rec.get("id").cloned().unwrap_or(Value::Null);
    let fail = |msg: String| {
        (
            json!({"id": id, "error": format!("{}: {msg}", at())}),
            false,
        )
    };
    let Some(text) = rec.get("text").and_then(Value::as_str) else {
        return fail("no \"text\" string".to_string());
    };
    let date = match rec.get("date") {
        None | Some(Value::Null) => settings.date,
        Some(Value::String(d)) => match d.parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => return fail(format!("\"date\": {e}")),
        },
        Some(_) => return fail("\"date\" is not a string".to_string()),
    };
    // A panic is a bug in the library; it still must not take the whole batch down.
    let analysed = std::panic::catch_unwind(|| {
        settings.transcript(text).map(|t| {
            let t = match date {
                Some(d) => t.with_date(d),
                None => t,
            };
            settings.detector.analyze(&t)
        })
    });
    match analysed {
        Ok(Ok(report)) => (json!({"id": id, "report": report}), true),
        Ok(Err(e)) => fail(e.to_string()),
        Err(_) => fail("internal error (panic) while analysing this record".to_string()),
    }
}
