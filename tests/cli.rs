//! The `discrepancy` binary, run as a user runs it: exit codes, formats, `--date`, `--batch`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_discrepancy");

/// Two speakers, one discrepancy (12 against 15 clinics), and markup to escape.
const CLINICS: &str = "Anna Petrova: We opened 12 clinics <b>this</b> year, \"as planned\".\n\
                       Mark Ellis: No, 15 clinics this year.\n";

/// "Last year" against 2016: a discrepancy only if the event was in 2017.
const EXPORTS: &str = "Anna Petrova: Our exports to the region rose by 8 percent last year.\n\
                       Mark Ellis: In 2016, exports to the region rose by 21 percent.\n";

/// A file in a fresh temporary directory of this test.
fn file(test: &str, name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("discrepancy-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn text_report_exits_zero() {
    let p = file("text", "clinics.txt", CLINICS);
    let o = run(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Discrepancies (1)"), "{out}");
    assert!(out.contains("No, 15 clinics this year."), "{out}");
}

#[test]
fn stdin_is_a_dash() {
    let o = run_stdin(&["-"], CLINICS);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Discrepancies (1)"));
}

#[test]
fn help_and_version() {
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    for word in [
        "--date",
        "--format",
        "--batch",
        "Exit status",
        "2  a usage error",
    ] {
        assert!(help.contains(word), "{word} not in --help:\n{help}");
    }
    let o = run(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).trim(),
        format!("discrepancy {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_two() {
    let p = file("usage", "clinics.txt", CLINICS);
    let p = p.to_str().unwrap();
    for args in [
        &["--no-such-flag", p][..],
        &["--format", "xml", p],
        &["--date", "2021-02-29", p],
        &["--date", "yesterday", p],
        &["--tolerance", "3", p],
        &[],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty(), "{args:?}");
    }
}

#[test]
fn missing_file_is_named() {
    let o = run(&["no-such-transcript.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no-such-transcript.txt"),
        "{}",
        stderr(&o)
    );
    // The readable files are still reported, the status still says one failed.
    let p = file("missing", "clinics.txt", CLINICS);
    let o = run(&[p.to_str().unwrap(), "no-such-transcript.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("Discrepancies (1)"));
}

#[test]
fn bad_input_is_named() {
    let empty = file("bad", "empty.txt", "  \n");
    let o = run(&[empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("empty.txt"), "{}", stderr(&o));
    let big = file("bad", "big.txt", CLINICS);
    let o = run(&["--max-input-bytes", "20", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("big.txt") && stderr(&o).contains("limit"));
}

#[test]
fn json_parses() {
    let p = file("json", "clinics.txt", CLINICS);
    let o = run(&["--format", "json", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["discrepancies"].as_array().unwrap().len(), 1);
    assert_eq!(v["discrepancies"][0]["b"]["value"], "15");
    // Several files: an array of {file, report}.
    let q = file("json", "exports.txt", EXPORTS);
    let o = run(&["-f", "json", p.to_str().unwrap(), q.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert!(v[1]["file"].as_str().unwrap().ends_with("exports.txt"));
}

#[test]
fn jsonl_is_one_finding_a_line() {
    let p = file("jsonl", "clinics.txt", CLINICS);
    let o = run(&["--format", "json", p.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let findings = report["discrepancies"].as_array().unwrap().len()
        + report["agreements"].as_array().unwrap().len();
    let o = run(&["--format", "jsonl", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), findings);
    assert_eq!(lines[0]["finding"], "discrepancy");
    assert!(lines[0].get("file").is_none());
    // With several files each line names its file.
    let q = file("jsonl", "exports.txt", EXPORTS);
    let o = run(&["-f", "jsonl", p.to_str().unwrap(), q.to_str().unwrap()]);
    for l in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v["file"].as_str().unwrap().ends_with(".txt"), "{l}");
    }
}

#[test]
fn csv_has_a_header_and_quoted_fields() {
    let p = file("csv", "clinics.txt", CLINICS);
    let o = run(&["--format", "csv", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let mut lines = out.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("file,finding,topic,category,rule,confidence"));
    for col in [
        "quote_a",
        "quote_b",
        "speaker_a",
        "value_b",
        "start_a",
        "end_b",
    ] {
        assert!(header.split(',').any(|c| c == col), "{col}");
    }
    let row = lines.next().unwrap();
    // The quote holds a comma and quotes: it is quoted, its quotes doubled.
    assert!(
        row.contains(r#","We opened 12 clinics <b>this</b> year, ""as planned"".","#),
        "{row}"
    );
    assert!(row.contains(",discrepancy,") && row.contains("No, 15 clinics"));
    assert_eq!(lines.next(), None);
}

#[test]
fn html_is_self_contained_and_escaped() {
    let p = file("html", "clinics.txt", CLINICS);
    let o = run(&["--format", "html", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let page = stdout(&o);
    assert!(page.starts_with("<!DOCTYPE html>"));
    for bad in ["<script", "<link", "http", "<img", "url(", "@import", "<b>"] {
        assert!(!page.contains(bad), "{bad} in the page");
    }
    assert!(page.contains("&lt;b&gt;this&lt;/b&gt;"));
    // Both quotes marked, and linked both ways with the finding.
    assert!(page.contains("id=\"t0-d1\""));
    assert_eq!(page.matches("href=\"#t0-d1\"").count(), 2);
    assert!(page.contains("href=\"#t0-q0\"") && page.contains("href=\"#t0-q1\""));
    assert!(page.contains("<mark class=\"disc\" id=\"t0-q1\">No, 15 clinics this year.</mark>"));
    assert!(page.contains("name=\"viewport\"") && page.contains("@media print"));
}

#[test]
fn date_decides_last_year() {
    let p = file("date", "exports.txt", EXPORTS);
    let p = p.to_str().unwrap();
    let count = |date: &str| {
        let o = run(&["--date", date, "--format", "json", p]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        v["discrepancies"].as_array().unwrap().len()
    };
    assert_eq!(count("2017-03-15"), 1);
    assert_eq!(count("2019-05-01"), 0);
    assert_eq!(count("15 March 2017"), 1);
}

#[test]
fn batch_reads_and_writes_json_lines() {
    let rec = |id: &str, text: &str, date: Option<&str>| {
        let mut v = serde_json::json!({"id": id, "text": text});
        if let Some(d) = date {
            v["date"] = d.into();
        }
        v.to_string()
    };
    let input = [
        rec("clinics", CLINICS, None),
        rec("exports-2017", EXPORTS, Some("2017-03-15")),
        rec("exports-2019", EXPORTS, Some("2019-05-01")),
    ]
    .join("\n");
    let o = run_stdin(&["--batch", "--threads", "2"], &input);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Not a terminal: no progress bar.
    assert_eq!(stderr(&o), "");
    let out: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = out.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["clinics", "exports-2017", "exports-2019"]);
    let disc = |v: &serde_json::Value| v["report"]["discrepancies"].as_array().unwrap().len();
    assert_eq!((disc(&out[0]), disc(&out[1]), disc(&out[2])), (1, 1, 0));
    // --date is for the records without one.
    let input = rec("exports", EXPORTS, None);
    let o = run_stdin(&["--batch", "--date", "2019-05-01"], &input);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(disc(&v), 0);
}

#[test]
fn batch_bad_records_are_lines_and_status_two() {
    let input = format!(
        "{}\nnot json\n{}\n",
        serde_json::json!({"id": 1, "text": CLINICS}),
        serde_json::json!({"id": 3, "text": CLINICS, "date": "2021-13-01"})
    );
    let o = run_stdin(&["--batch"], &input);
    assert_eq!(o.status.code(), Some(2));
    let out: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(out.len(), 3);
    assert!(out[0].get("report").is_some());
    assert!(out[1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(out[2]["id"], 3);
    assert!(out[2]["error"].as_str().unwrap().contains("date"));
    assert!(stderr(&o).contains("2 of 3 records"));
}

#[test]
fn rules_and_trace() {
    let o = run(&["--format", "rules"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).lines().count(),
        discrepancy::rule::Rule::ALL.len()
    );
    assert!(stdout(&o).contains("disjoint-intervals"));
    let p = file("trace", "clinics.txt", CLINICS);
    let o = run(&["--format", "trace", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("DISAGREE "), "{}", stdout(&o));
}

#[test]
fn layout_can_be_forced() {
    let p = file("layout", "clinics.txt", CLINICS);
    let o = run(&["--layout", "json", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "plain text is not JSON turns");
    assert!(stderr(&o).contains("clinics.txt"));
    let o = run(&["--layout", "labelled", "-f", "turns", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["layout"], "labelled");
}
