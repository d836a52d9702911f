//! Finds discrepancies between the speakers of a transcript.
//!
//! Usage: `detect [--date YYYY-MM-DD] [--format text|json|turns|claims|trace] FILE`
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
use discrepancy::rule::Rule;
use discrepancy::{Decision, Detector, Transcript};

const USAGE: &str = "usage: detect [--date YYYY-MM-DD] [--format text|json|turns|claims|trace] FILE   (FILE may be - for stdin)\n       detect --rules";

fn print_rules() -> ExitCode {
    let mut out = String::new();
    for r in Rule::ALL {
        let kind = if r.is_quiet() { "quiet" } else { "fires" };
        out.push_str(&format!(
            "{:<30} {:<9} {:<6} {}\n",
            r.name(),
            r.stage().name(),
            kind,
            r.description()
        ));
    }
    print!("{out}");
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
        "text" | "json" | "turns" | "claims" | "trace" | "tracejson"
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
        "trace" => {
            let detector = Detector::default();
            let mut out = String::new();
            for t in detector.prepare(&transcript).trace() {
                let side = |e: &discrepancy::Evidence| {
                    let text: String = e.text.chars().take(90).collect();
                    let value = e
                        .value
                        .as_deref()
                        .map(|v| format!(" [{v}]"))
                        .unwrap_or_default();
                    format!("{} ({}..{}){value}: {text}", e.speaker, e.start, e.end)
                };
                let decision = match t.decision {
                    Decision::Agree => "agree",
                    Decision::Disagree => "DISAGREE",
                    Decision::Quiet => "quiet",
                };
                out.push_str(&format!(
                    "{decision} {}\n    {}\n    {}\n",
                    t.rule,
                    side(&t.a),
                    side(&t.b)
                ));
            }
            out
        }
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
