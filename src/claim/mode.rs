//! Mode and negation: how a figure is put forward.
//!
//! In: a sentence (as written and lower-cased) and the position of a figure in it. Out:
//! whether the sentence projects or sets a target, is an open question, or reports a
//! third party's figure, the [`Mode`] that makes of its figures; and whether a negation
//! governs the figure ("there are not two million").

use super::clause::floor_boundary;
use super::phrases::{HYPOTHETICALS_TARGETS, REPORTED, contains_phrase, starts_with_phrase};
use super::{Mode, Sentence};
use crate::{lexicon, segment};

/// Whether a sentence (lower case, plain apostrophes) projects (first) or sets a target
/// (second): its figures are not claims of fact. A "would" or "could" that relays what
/// was said ([`is_reported_future`]) projects nothing.
pub(super) fn projects_or_targets(phrases: &str) -> [bool; 2] {
    HYPOTHETICALS_TARGETS.in_text_where(phrases, |at| {
        !is_reported_future(phrases, at) && !is_discourse_conditional(phrases, at)
    })
}

/// Whether the marker at `at` opens one of [`lexicon::DISCOURSE_CONDITIONALS`] ("if
/// you go to this slide, we shared it at $2.7 million"): it supposes nothing.
fn is_discourse_conditional(l: &str, at: usize) -> bool {
    if !l[at..].starts_with("if ") {
        return false;
    }
    let words: Vec<&str> = segment::words(&l[at..]).map(|(_, w)| w).take(6).collect();
    lexicon::DISCOURSE_CONDITIONALS.opens(&words)
}

/// Whether the marker at `at` is a "would" or "could" after a verb that relays what was
/// said, in the same clause and at most eight words before it ("they promised it would
/// be done in 2020", "we were told that it could open in May"): the future of what was
/// said then, not a supposition.
fn is_reported_future(l: &str, at: usize) -> bool {
    let marker = l[at..].strip_prefix("it ").unwrap_or(&l[at..]);
    if !(marker.starts_with("would") || marker.starts_with("could")) {
        return false;
    }
    let before = &l[floor_boundary(l, at.saturating_sub(60))..at];
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    segment::words(clause)
        .map(|(_, w)| w)
        .collect::<Vec<_>>()
        .iter()
        .rev()
        .take(8)
        .any(|w| lexicon::REPORT_VERBS.entries().contains(w))
}

/// Whether a sentence is an open question ("How many reached the final: 33 or 35?"):
/// its figures are not put forward. `phrases` is `stext` in lower case, plain apostrophes.
pub(super) fn is_open_question(s: &Sentence, stext: &str, phrases: &str) -> bool {
    s.question
        && (starts_with_phrase(
            stext,
            &[
                "what",
                "how",
                "why",
                "when",
                "where",
                "who",
                "which",
                "do you know",
            ],
        ) || contains_phrase(phrases, &["or"]))
}

/// Whether a sentence (lower case, plain apostrophes) reports a third party's figure.
/// "Your own report says 1,800": the listener's source is theirs to answer for, not an
/// absent third party's.
pub(super) fn is_reported(phrases: &str) -> bool {
    REPORTED.in_text_where(phrases, |at| {
        !phrases[..at]
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| matches!(w, "your" | "you" | "you've"))
    })
}

/// The mode of a figure: a projection first, then a target, a question, a report, else
/// an assertion.
pub(super) fn mode_of(hypothetical: bool, target: bool, question: bool, reported: bool) -> Mode {
    if hypothetical {
        Mode::Hypothetical
    } else if target {
        Mode::Target
    } else if question {
        Mode::Question
    } else if reported {
        Mode::Reported
    } else {
        Mode::Assertion
    }
}

/// Whether a negation governs the figure at `pos` ("there are not two million", "aren't a hundred million").
pub(super) fn negated_near(lower: &str, pos: usize) -> bool {
    let end = pos.min(lower.len());
    let before = &lower[floor_boundary(lower, end.saturating_sub(80))..end];
    // Only inside the same clause, and only right before the figure: "there are not two million".
    let clause = before
        .rsplit([';', ',', '\u{2013}', '\u{2014}', ':'])
        .next()
        .unwrap_or(before);
    let words: Vec<&str> = segment::words(clause).map(|(_, w)| w).collect();
    let near: Vec<&&str> = words
        .iter()
        .rev()
        .filter(|w| {
            !matches!(
                **w,
                "a" | "an" | "the" | "even" | "quite" | "exactly" | "really"
            )
        })
        .take(2)
        .collect();
    // "will not exceed 2 percent", "not more than 5": a bound, not a denial of the figure.
    let bound = near.first().is_some_and(|w| {
        matches!(
            **w,
            "exceed"
                | "surpass"
                | "top"
                | "more"
                | "less"
                | "above"
                | "below"
                | "over"
                | "under"
                | "beyond"
                | "than"
                // "not only the 5 in Leeds": more than the figure, not a denial of it.
                | "only"
                | "just"
                | "merely"
                | "simply"
        )
    });
    !bound
        && near.iter().any(|w| {
            matches!(**w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t")
        })
}

/// The part of a sentence that a mode marker governs for the figure at `q`: the
/// clause up to a contrast or a new main clause ("; ", " but ", ", while ", ", and "),
/// so that "If we get the funding we could hire 20 more, but today we have 340 staff"
/// puts only the 20 in the conditional. Colons and dashes do not bound it: "The
/// target is clear: 5 percent" keeps its target.
pub(super) fn mode_clause(s: &str, q: crate::span::Span) -> (usize, usize) {
    const BOUNDS: &[&str] = &[
        "; ",
        " but ",
        ", while ",
        ", whereas ",
        ", and ",
        " and, ",
        ", although ",
        ", though ",
    ];
    let (qs, qe) = (q.start.min(s.len()), q.end.min(s.len()));
    // Within a window around the figure, so that a sentence of a thousand figures
    // costs a thousand windows, not a thousand sentences.
    let lo = super::clause::floor_boundary(s, qs.saturating_sub(super::clause::CLAUSE_WINDOW));
    let hi = super::clause::ceil_boundary(s, (qe + super::clause::CLAUSE_WINDOW).min(s.len()));
    let (mut start, mut end) = (lo, hi);
    for b in BOUNDS {
        if let Some(p) = s[lo..qs].rfind(b) {
            start = start.max(lo + p + b.len());
        }
        if let Some(p) = s[qe..hi].find(b) {
            end = end.min(qe + p);
        }
    }
    // "32 percent close in their first year, which is terrifying if you're opening one":
    // a remark after the figure on what was said supposes nothing of it (one before it,
    // "If this is not enough, which is likely, then …", leaves the "if" governing).
    if let Some(p) = s[qe..end].find(", which") {
        end = qe + p;
    }
    (start, end)
}
