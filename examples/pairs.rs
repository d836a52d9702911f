//! Compares two statements the way the detector compares two speakers, as an NLI label.
//!
//! Reads JSON lines `{"a": "...", "b": "..."}` on stdin and writes one line
//! `{"label": "entailment" | "contradiction" | "neutral"}` per input:
//!
//! - `contradiction`: a figure in `b` meets a figure of the same kind in `a`, about the
//!   same words, and the values they allow do not overlap;
//! - `entailment`: every figure in `b` is given by a figure in `a` (a bound such as
//!   "more than 200" only by values inside it; exact and approximate figures by
//!   values that meet, or by "at least" that figure; a year by a date in it), and
//!   `b`'s other content words are (nearly all) in `a`, allowing one mistyped letter,
//!   and `b` names no one and nothing that `a` does not;
//! - `neutral`: anything else.
//!
//! This is the protocol of `score-pairs` (EQUATE's quantitative sentence pairs).

use std::io::{BufRead, Write};

use discrepancy::claim::{content_words, is_increment, is_subscope};
use discrepancy::quantity::{self, Hedge, Interval, Kind, Quantity};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let label = match serde_json::from_str::<serde_json::Value>(&line) {
            Ok(v) => label(v["a"].as_str().unwrap_or(""), v["b"].as_str().unwrap_or("")),
            Err(_) => "neutral",
        };
        if writeln!(out, "{}", serde_json::json!({ "label": label })).is_err() {
            return;
        }
    }
}

/// The kind a figure is compared as: fractions are percentages.
fn family(q: &Quantity) -> (Kind, Option<&str>) {
    match q.kind {
        Kind::Fraction => (Kind::Percent, Some("%")),
        Kind::Percent => (Kind::Percent, Some("%")),
        k => (k, q.unit.as_deref()),
    }
}

fn interval(q: &Quantity) -> Interval {
    if q.kind == Kind::Fraction {
        q.interval.scale(100.0)
    } else {
        q.interval
    }
}

/// Content words within a few words of a figure.
fn context(text: &str, q: &Quantity) -> Vec<String> {
    let before = &text[..q.span.start];
    let after = &text[q.span.end..];
    let b: String = before
        .split_whitespace()
        .rev()
        .take(6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    let a: String = after
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    content_words(&format!("{b} {a}"))
}

fn label(a: &str, b: &str) -> &'static str {
    let qa: Vec<Quantity> = quantity::find(a)
        .into_iter()
        .filter(|q| q.relative.is_none())
        .collect();
    let qb: Vec<Quantity> = quantity::find(b)
        .into_iter()
        .filter(|q| q.relative.is_none())
        .collect();
    let wa = content_words(a);
    let wb = content_words(b);
    let mut all_supported = true;
    for q in &qb {
        // "in 2006" is given by "December 30, 2006".
        if q.kind == Kind::Year
            && qa.iter().any(|p| {
                p.kind == Kind::Date && p.date.and_then(|d| d.year) == Some(q.value as i32)
            })
        {
            continue;
        }
        let cands: Vec<&Quantity> = qa.iter().filter(|p| family(p) == family(q)).collect();
        // Figures of two different days ("$400 on June 12", "$300 on June 10") do not meet.
        let other_day = q.kind != Kind::Date
            && day_dates(&qa).next().is_some()
            && day_dates(&qb).next().is_some()
            && !day_dates(&qa).any(|d| day_dates(&qb).any(|e| e == d));
        if cands.is_empty() {
            all_supported = false;
            continue;
        }
        let supported = cands.iter().any(|p| supports(p, q) || sums_to(&cands, q));
        if supported {
            continue;
        }
        all_supported = false;
        // A conflict needs the same thing counted: shared words around both figures.
        let cb = context(b, q);
        let conflict = cands.iter().any(|p| {
            // Values that can both hold ("over $2 trillion", "$2 trillion") are no conflict,
            // nor is an increment against a total ("another $215 billion").
            if interval(p).overlaps(&interval(q)) || increment(a, p) != increment(b, q) {
                return false;
            }
            let ca = context(a, p);
            // "179,000 private sector jobs" against "255,000 jobs": a sub-scope word by one
            // figure that the other statement never uses makes another set.
            let one_sided =
                |x: &[String], y: &[String]| x.iter().any(|w| is_subscope(w) && !y.contains(w));
            if one_sided(&ca, &wb) || one_sided(&cb, &wa) {
                return false;
            }
            let shared = cb.iter().filter(|w| ca.contains(w)).count();
            shared >= 1 && (shared * 2 >= cb.len().min(ca.len()) || cands.len() == 1)
        });
        // Two statements about different subjects ("Retail sales post biggest drop in 9
        // months" / "Producer prices post biggest drop in 10 months") do not conflict: the
        // subject is taken as the first content words.
        let same_subject = wa
            .iter()
            .take(SUBJECT)
            .any(|w| wb.iter().take(SUBJECT).any(|x| x == w));
        if conflict && !other_day && same_subject {
            return "contradiction";
        }
    }
    // A word of `b` is in `a` as it is or with one letter mistyped ("ocurred").
    let covered = wb
        .iter()
        .filter(|w| {
            wa.contains(w)
                || w.len() >= 5
                    && wa
                        .iter()
                        .any(|x| x.len() >= 5 && strsim::levenshtein(x, w) <= 1)
        })
        .count();
    let coverage = if wb.is_empty() {
        1.0
    } else {
        covered as f64 / wb.len() as f64
    };
    // How many of b's content words a must hold, measured on EQUATE's natural subsets: two short
    // headlines of one story share fewer words (0.3) than a sentence and its summary (0.6).
    let short = a.split_whitespace().count() <= 20;
    let need = if qb.is_empty() {
        0.8
    } else if short {
        0.3
    } else {
        0.6
    };
    if all_supported && coverage >= need && !new_name(a, b) {
        "entailment"
    } else {
        "neutral"
    }
}

/// Whether `p` gives `q`: a bound must fall inside the other's values ("more than 200"
/// does not give "200", "more than 300" gives "more than 200"); exact and approximate
/// figures need only meet, since either may be rounded.
fn supports(p: &Quantity, q: &Quantity) -> bool {
    let bound = |x: &Quantity| {
        matches!(
            x.hedge,
            Hedge::MoreThan | Hedge::AtLeast | Hedge::LessThan | Hedge::AtMost
        )
    };
    let (ip, iq) = (interval(p), interval(q));
    // "at least 15 guardsmen" gives "15 members": the least the bound allows.
    if p.hedge == Hedge::AtLeast && !bound(q) && iq.contains(ip.lo) {
        return true;
    }
    if bound(p) || bound(q) {
        ip.lo >= iq.lo && ip.hi <= iq.hi
    } else {
        ip.overlaps(&iq)
    }
}

/// "had 9 dimes and got 7 more" supports "has 16": two figures of `a` adding up to `q`.
fn sums_to(cands: &[&Quantity], q: &Quantity) -> bool {
    let iv = interval(q);
    cands.iter().enumerate().any(|(i, x)| {
        cands[i + 1..]
            .iter()
            .any(|y| iv.contains(x.value + y.value))
    })
}

/// A name `b` brings that `a` never mentions ("Kanchenjunga is 8586 meters high" after
/// "The peak is 8,586 meters high"): then `a` cannot give `b`. A name is a run of
/// capitalised words; it is known to `a` when any of its words is ("Sonia Sotomayor"
/// after "Sotomayor"), or any word's first four letters ("Chinese" after "China").
/// In a headline written in title case every word is capitalised, so
/// no run counts.
fn new_name(a: &str, b: &str) -> bool {
    // A short source after a colon or dash at the end ("…: Moody's", "… - CBO") is not
    // what `b` states.
    let cut = [":", " - ", " – "]
        .iter()
        .filter_map(|m| b.rfind(m))
        .max()
        .filter(|&k| b[k..].split_whitespace().count() <= 4);
    let b = cut.map_or(b, |k| &b[..k]);
    let words: Vec<&str> = b
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if words.iter().filter(|w| capitalised(w)).count() * 2 > words.len() {
        return false;
    }
    let la = a.to_lowercase();
    let known = |w: &str| {
        let l = w.to_lowercase();
        if quantity::find(&l)
            .iter()
            .any(|q| matches!(q.kind, Kind::Date | Kind::Year))
            || MONTHS_AND_DAYS.contains(&l.as_str())
        {
            return true;
        }
        let stem: String = l.chars().take(4).collect();
        content_words(w).is_empty() || la.contains(&l) || (stem.len() == 4 && la.contains(&stem))
    };
    words
        .split(|w| !capitalised(w))
        .filter(|run| !run.is_empty())
        .any(|run| run.iter().all(|w| !known(w)))
}

/// Calendar words, capitalised but not names of anything a figure is about.
const MONTHS_AND_DAYS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The dates with a day in them.
fn day_dates(qs: &[Quantity]) -> impl Iterator<Item = quantity::Date> + '_ {
    qs.iter()
        .filter(|q| q.kind == Kind::Date)
        .filter_map(|q| q.date)
        .filter(|d| d.day.is_some())
}

/// An increment, not a total: "another $215 billion", "nine more cities".
fn increment(text: &str, q: &Quantity) -> bool {
    is_increment(
        &text[..q.span.start].to_lowercase(),
        &text[q.span.end..].to_lowercase(),
    )
}

/// How many opening content words stand for a statement's subject.
const SUBJECT: usize = 2;
