//! Finds discrepancies between the speakers of a transcript.
//!
//! Usage: `detect [--format text|json|turns] FILE` (`-` reads stdin).
//!
//! - `text` (default): a readable report.
//! - `json`: the [`discrepancy::Report`] as JSON.
//! - `turns`: speakers and turns as byte spans, for checking attribution.
//! - `claims`: every figure found, with its speaker, mode, counted noun and scope.

use std::io::{Read, Write};
use std::process::ExitCode;

use discrepancy::{Detector, Transcript};

const USAGE: &str =
    "usage: detect [--format text|json|turns|claims] FILE   (FILE may be - for stdin)";

fn main() -> ExitCode {
    let mut format = "text".to_string();
    let mut file: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" | "-f" => match args.next() {
                Some(f) => format = f,
                None => return fail(USAGE),
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
    if !matches!(format.as_str(), "text" | "json" | "turns" | "claims") {
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
    // The transcript holds its own copy of the text.
    drop(bytes);
    let out = match format.as_str() {
        "turns" => {
            let speakers: Vec<_> = transcript
                .speakers()
                .iter()
                .map(|s| serde_json::json!({"name": s.name, "aliases": s.aliases}))
                .collect();
            let turns: Vec<_> = transcript
                .turns()
                .iter()
                .map(|t| {
                    let start = t.label.map_or(t.span.start, |l| l.start.min(t.span.start));
                    serde_json::json!({"speaker": transcript.speaker_name(t), "start": start, "end": t.span.end, "time": t.time})
                })
                .collect();
            serde_json::json!({"layout": transcript.layout(), "speakers": speakers, "turns": turns})
                .to_string()
        }
        "claims" => {
            let sents = discrepancy::claim::sentences(&transcript);
            let claims = discrepancy::claim::claims(&transcript, &sents);
            let mut out = String::new();
            for c in &claims {
                let s = &sents[c.sentence];
                out.push_str(&format!(
                    "{} | {:?} {} {:?} | head {:?} | period {:?} | scope {:?} | bare {} neg {} | {}\n",
                    transcript.speakers()[c.speaker].name,
                    c.quantity.kind,
                    c.quantity.describe(),
                    c.mode,
                    c.head,
                    c.period,
                    c.subscope,
                    c.bare,
                    c.negated,
                    &transcript.text()[s.span.range()]
                ));
            }
            out
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
