//! Mode and negation: how a figure is put forward.
//!
//! In: a sentence (lower-cased) and the position of a figure in it. Out: whether a
//! negation governs the figure ("there are not two million").

use super::clause::floor_boundary;
use crate::segment;

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
    near.iter()
        .any(|w| matches!(**w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t"))
}
