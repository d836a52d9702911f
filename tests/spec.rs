//! Spec-as-data: each file in `tests/spec/` is a short transcript, a `---` line,
//! and the findings expected from it, one per line:
//!
//! ```text
//! discrepancy: Speaker A "quote of A" / Speaker B "quote of B"
//! agreement: Speaker A "quote" / Speaker B "quote"   [same-value]
//! none
//! no agreements
//! ```
//!
//! Every expected finding must be reported (either order), and nothing more
//! may be reported as a discrepancy. A rule name in brackets at the end of a
//! line is the rule that must have made the finding. `no agreements` asks that no
//! agreement be reported either (a trap for a false agreement). Lines starting with `#`
//! are comments. Each file is one test, named after it.
//!
//! `DISCREPANCY_SPEC_DIR=path cargo test --test spec` runs the files of another
//! folder instead (drafts of new specs, say).

use discrepancy::rule::Rule;
use discrepancy::{Detector, Finding, Report, Transcript};
use libtest_mimic::{Arguments, Failed, Trial};

#[derive(Debug)]
struct Expected {
    discrepancy: bool,
    sides: [(String, String); 2],
    rule: Option<Rule>,
}

fn parse_side(s: &str) -> Result<(String, String), String> {
    let s = s.trim();
    let q = s
        .find('"')
        .ok_or_else(|| format!("no quoted side in {s:?}"))?;
    let speaker = s[..q].trim().to_string();
    let quote = s[q + 1..].trim_end().trim_end_matches('"').to_string();
    Ok((speaker, quote))
}

fn parse_expected(block: &str) -> Result<Vec<Expected>, String> {
    let mut out = Vec::new();
    for line in block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if line == "none" || line == "no agreements" {
            continue;
        }
        let (kind, rest) = line
            .split_once(':')
            .ok_or_else(|| format!("not `kind: sides`: {line:?}"))?;
        let (rest, rule) = match rest.trim_end().strip_suffix(']') {
            Some(r) => {
                let (sides, name) = r
                    .rsplit_once('[')
                    .ok_or_else(|| format!("unopened [ in {line:?}"))?;
                let rule =
                    Rule::from_name(name.trim()).ok_or_else(|| format!("unknown rule {name:?}"))?;
                (sides, Some(rule))
            }
            None => (rest, None),
        };
        let (a, b) = rest
            .split_once(" / ")
            .ok_or_else(|| format!("not two sides: {line:?}"))?;
        out.push(Expected {
            discrepancy: match kind.trim() {
                "discrepancy" => true,
                "agreement" => false,
                k => return Err(format!("unknown kind {k}")),
            },
            sides: [parse_side(a)?, parse_side(b)?],
            rule,
        });
    }
    Ok(out)
}

fn side_matches(e: &discrepancy::Evidence, (speaker, quote): &(String, String)) -> bool {
    e.speaker == *speaker && e.text.contains(quote.as_str())
}

fn matches(f: &Finding, e: &Expected) -> bool {
    ((side_matches(&f.a, &e.sides[0]) && side_matches(&f.b, &e.sides[1]))
        || (side_matches(&f.a, &e.sides[1]) && side_matches(&f.b, &e.sides[0])))
        && e.rule.is_none_or(|r| f.rule == r)
}

/// Checks one spec file: every expected finding reported, no other discrepancy.
fn check(raw: &str) -> Result<(), Failed> {
    let (transcript, expected) = raw
        .split_once("\n---\n")
        .ok_or("the file has no --- line")?;
    let transcript: String = transcript
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let expected_block = expected;
    let expected = parse_expected(expected)?;
    let transcript = Transcript::parse(&transcript).map_err(|e| e.to_string())?;
    let report: Report = Detector::default().analyze(&transcript);
    let mut failures = Vec::new();
    for e in &expected {
        let pool = if e.discrepancy {
            &report.discrepancies
        } else {
            &report.agreements
        };
        if !pool.iter().any(|f| matches(f, e)) {
            failures.push(format!("missing {e:?}"));
        }
    }
    if expected_block.lines().any(|l| l.trim() == "no agreements") && !report.agreements.is_empty()
    {
        failures.push(format!(
            "{} agreements reported, none expected",
            report.agreements.len()
        ));
    }
    let wanted = expected.iter().filter(|e| e.discrepancy).count();
    if report.discrepancies.len() != wanted {
        failures.push(format!(
            "{} discrepancies reported, {wanted} expected",
            report.discrepancies.len()
        ));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n{report}", failures.join("\n")).into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let dir = std::env::var("DISCREPANCY_SPEC_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/tests/spec").to_string());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 15 || std::env::var_os("DISCREPANCY_SPEC_DIR").is_some(),
        "the spec folder holds {} files",
        files.len()
    );
    let mut trials: Vec<Trial> = files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            Trial::test(name, move || {
                let raw = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
                check(&raw)
            })
        })
        .collect();
    trials.push(Trial::test("confirmed_question_is_about_the_figure_kept", || {
        // A question confirmed with "Yes" is about the figure it keeps, not the one it
        // sets aside ("40 engines a year instead of just 25?").
        let text = "Olga Ivanova: Can the plant make 40 engines a year instead of just 25?\nPeter Clark: Yes, it can.\n";
        let r = Detector::default()
            .analyze_text(text)
            .map_err(|e| e.to_string())?;
        if r.agreements.len() != 1 || r.agreements[0].a.value.as_deref() != Some("40") {
            return Err(format!("expected one agreement about 40\n{r}").into());
        }
        Ok(())
    }));
    libtest_mimic::run(&args, trials).exit();
}
