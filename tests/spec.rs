//! Spec-as-data: each file in `tests/spec/` is a short transcript, a `---` line,
//! and the findings expected from it, one per line:
//!
//! ```text
//! discrepancy: Speaker A "quote of A" / Speaker B "quote of B"
//! agreement: Speaker A "quote" / Speaker B "quote"
//! none
//! ```
//!
//! Every expected finding must be reported (either order), and nothing more
//! may be reported as a discrepancy. Lines starting with `#` are comments.

use discrepancy::{Detector, Finding, Transcript};

#[derive(Debug)]
struct Expected {
    discrepancy: bool,
    sides: [(String, String); 2],
}

fn parse_side(s: &str) -> (String, String) {
    let s = s.trim();
    let q = s.find('"').expect("a quoted side");
    let speaker = s[..q].trim().to_string();
    let quote = s[q + 1..].trim_end().trim_end_matches('"').to_string();
    (speaker, quote)
}

fn parse_expected(block: &str) -> Vec<Expected> {
    let mut out = Vec::new();
    for line in block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if line == "none" {
            continue;
        }
        let (kind, rest) = line.split_once(':').expect("kind: sides");
        let (a, b) = rest.split_once(" / ").expect("two sides");
        out.push(Expected {
            discrepancy: match kind.trim() {
                "discrepancy" => true,
                "agreement" => false,
                k => panic!("unknown kind {k}"),
            },
            sides: [parse_side(a), parse_side(b)],
        });
    }
    out
}

fn side_matches(e: &discrepancy::Evidence, (speaker, quote): &(String, String)) -> bool {
    e.speaker == *speaker && e.text.contains(quote.as_str())
}

fn matches(f: &Finding, e: &Expected) -> bool {
    (side_matches(&f.a, &e.sides[0]) && side_matches(&f.b, &e.sides[1]))
        || (side_matches(&f.a, &e.sides[1]) && side_matches(&f.b, &e.sides[0]))
}

#[test]
fn every_spec_file_holds() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/spec");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 15,
        "the spec folder holds {} files",
        files.len()
    );
    let detector = Detector::default();
    let mut failures = Vec::new();
    for path in files {
        let raw = std::fs::read_to_string(&path).unwrap();
        let (transcript, expected) = raw.split_once("\n---\n").expect("a --- line");
        let transcript: String = transcript
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        let expected = parse_expected(expected);
        let report = Detector::analyze(&detector, &Transcript::parse(&transcript).unwrap());
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for e in &expected {
            let pool = if e.discrepancy {
                &report.discrepancies
            } else {
                &report.agreements
            };
            if !pool.iter().any(|f| matches(f, e)) {
                failures.push(format!("{name}: missing {e:?}\n{report}"));
            }
        }
        let wanted = expected.iter().filter(|e| e.discrepancy).count();
        if report.discrepancies.len() != wanted {
            failures.push(format!(
                "{name}: {} discrepancies reported, {wanted} expected\n{report}",
                report.discrepancies.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A question confirmed with "Yes" is about the figure it keeps, not the one it sets
/// aside ("40 engines a year instead of just 25?").
#[test]
fn confirmed_question_is_about_the_figure_kept() {
    let text = "Olga Ivanova: Can the plant make 40 engines a year instead of just 25?\nPeter Clark: Yes, it can.\n";
    let r = discrepancy::Detector::default().analyze_text(text).unwrap();
    assert_eq!(r.agreements.len(), 1, "{r}");
    assert_eq!(r.agreements[0].a.value.as_deref(), Some("40"));
}
