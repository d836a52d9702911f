//! Finds discrepancies between the speakers of a transcript.
//!
//! Usage: `detect [--date YYYY-MM-DD] [--format text|json|turns|claims|moves|trace] FILE`
//! (`-` reads stdin), or `detect --rules`.
//!
//! - `--date`: the date of the event, against which "last year" and "two months
//!   ago" resolve (else the date the transcript states, if any).
//! - `--rules`: every rule the detector applies, with its stage and description.
//! - `text` (default): a readable report.
//! - `json`: the [`discrepancy::Report`] as JSON.
//! - `turns`: speakers and turns as byte spans, for checking attribution.
//! - `claims`: every figure found, with its speaker, mode, counted noun and scope.
//! - `trace`: every candidate pair and the rule that decided it, reported or not
//!   (`tracejson`: the same as JSON).

use std::io::{Read, Write};
use std::process::ExitCode;

use discrepancy::quantity::Date;
use discrepancy::{Detector, Transcript};

const USAGE: &str = "usage: detect [--date YYYY-MM-DD] [--format text|json|turns|claims|moves|trace] FILE   (FILE may be - for stdin)\n       detect --rules";

fn print_rules() -> ExitCode {
    print!("{}", discrepancy::dump::rules());
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let mut format = "text".to_string();
    let mut file: Option<String> = None;
    let mut date: Option<Date> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" | "-f" => match args.next() {
                Some(f) => format = f,
                None => return fail(USAGE),
            },
            "--rules" => return print_rules(),
            "--date" => match args.next().map(|s| s.parse::<Date>()) {
                Some(Ok(d)) => date = Some(d),
                Some(Err(e)) => return fail(&format!("--date: {e}\n{USAGE}")),
                None => {
                    return fail(&format!(
                        "--date needs a date as YYYY-MM-DD (or \"17 March 2021\")\n{USAGE}"
                    ));
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if a.starts_with("--format=") => format = a["--format=".len()..].to_string(),
            _ if file.is_none() => file = Some(a),
            _ => return fail(USAGE),
        }
    }
    if !matches!(
        format.as_str(),
        "text" | "json" | "turns" | "claims" | "moves" | "trace" | "tracejson"
    ) {
        return fail(&format!("unknown format {format:?}\n{USAGE}"));
    }
    let Some(file) = file else { return fail(USAGE) };
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            return fail(&format!("cannot read stdin: {e}"));
        }
        buf
    } else {
        match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => return fail(&format!("cannot read {file}: {e}")),
        }
    };
    let transcript = match Transcript::from_bytes(&bytes) {
        Ok(t) => t,
        Err(e) => return fail(&format!("{file}: {e}")),
    };
    let transcript = match date {
        Some(d) => transcript.with_date(d),
        None => transcript,
    };
    // The transcript holds its own copy of the text.
    drop(bytes);
    let out = match format.as_str() {
        "turns" => discrepancy::dump::turns(&transcript),
        "claims" => discrepancy::dump::claims(&transcript),
        "moves" => discrepancy::dump::moves(&transcript),
        "trace" => discrepancy::dump::trace(&Detector::default(), &transcript),
        "tracejson" => {
            let trace = Detector::default().prepare(&transcript).trace();
            serde_json::to_string(&trace).unwrap_or_default()
        }
        "json" => {
            // Streamed: each finding is written as it is made, so a long hearing's
            // report is never held whole.
            let detector = Detector::default();
            let analysis = detector.prepare(&transcript);
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let written = serde_json::to_writer_pretty(&mut stdout, &analysis).is_ok()
                && writeln!(stdout).is_ok()
                && stdout.flush().is_ok();
            return if written {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
        _ => Detector::default().analyze(&transcript).to_string(),
    };
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{out}").is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("detect: {msg}");
    ExitCode::from(2)
}
