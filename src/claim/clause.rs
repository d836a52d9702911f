//! The text around a figure: its clause, the noun it counts, and what the words right
//! before and after it say.
//!
//! In: a sentence and the byte span of a figure in it (or the text before and after
//! the figure). Out: the clause's byte range, the counted noun ("schools"), the text
//! just before the figure, and whether the words around it make it an increment
//! ("another 300"), a rate ("a day") or the level a change ends at ("to 43 percent").

use super::words::is_stopword;
use super::{Words, change_of, stem_word};
use crate::quantity::{self, Quantity};
use crate::segment;
use crate::span::Span;

/// Whether the text before a figure ends with a preposition of the level reached
/// ("to", "at", after optional hedge words): "dropped to almost 43 percent".
pub(super) fn ends_with_level_preposition(before: &str) -> bool {
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut w = words.next();
    // Hedges between the preposition and the figure: "to almost", "at about".
    while let Some(x) = w
        && matches!(
            x,
            "almost"
                | "nearly"
                | "about"
                | "around"
                | "roughly"
                | "some"
                | "over"
                | "under"
                | "just"
                | "approximately"
                | "only"
                | "more"
                | "less"
                | "than"
        )
    {
        w = words.next();
    }
    // "closer to 4 percent", "up to 4 percent": a hedge, not the level reached.
    matches!(w, Some("at"))
        || w == Some("to")
            && !matches!(
                words.next(),
                Some("close" | "closer" | "near" | "nearer" | "equal" | "up")
            )
}

/// How far around a figure its clause is looked for, in bytes.
pub(super) const CLAUSE_WINDOW: usize = 300;

pub(super) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The text right before a figure (at most 80 bytes), lower-cased.
pub(super) fn just_before(stext: &str, q: &Quantity, base: usize) -> String {
    text_before(stext, q, base, 80)
}

/// The last `bytes` bytes (or fewer, at a char boundary) of a sentence before a figure,
/// lower-cased. `stext` is the sentence and starts at byte `base` of the input.
pub(crate) fn text_before(stext: &str, q: &Quantity, base: usize, bytes: usize) -> String {
    let end = q.span.start.saturating_sub(base).min(stext.len());
    stext[floor_boundary(stext, end.saturating_sub(bytes))..end].to_lowercase()
}

/// Byte range (in the sentence) of the clause around `q`: bounded by `; `, `: `, ` – `,
/// ` — `, `, while `, `, whereas `, ` but `, `, and ` and ` and, `, within [`CLAUSE_WINDOW`]
/// bytes of the figure.
pub(super) fn clause_of(s: &str, q: Span) -> (usize, usize) {
    const BOUNDS: [&str; 9] = [
        "; ",
        ": ",
        " – ",
        " — ",
        ", while ",
        ", whereas ",
        " but ",
        ", and ",
        " and, ",
    ];
    // Each bound found wholly inside `window`, as (start, end) offsets into it. Every
    // bound opens with one of four bytes: other bytes are skipped unread.
    fn found(window: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
        let bytes = window.as_bytes();
        (0..bytes.len())
            .filter(move |&i| matches!(bytes[i], b';' | b':' | b' ' | b','))
            .flat_map(move |i| {
                BOUNDS
                    .iter()
                    .filter(move |b| bytes[i..].starts_with(b.as_bytes()))
                    .map(move |b| (i, i + b.len()))
            })
    }
    // Within a window around the figure, so that a sentence of a thousand figures costs
    // a thousand windows, not a thousand sentences.
    let lo = floor_boundary(s, q.start.saturating_sub(CLAUSE_WINDOW));
    let hi = ceil_boundary(s, (q.end + CLAUSE_WINDOW).min(s.len()));
    // The clause opens after the last bound that ends before the figure and closes at the
    // first that starts after it.
    let start = found(&s[lo..q.start])
        .map(|(_, e)| lo + e)
        .max()
        .unwrap_or(lo);
    let end = found(&s[q.end..hi])
        .map(|(b, _)| q.end + b)
        .min()
        .unwrap_or(hi);
    (start, end)
}

/// The counted noun right after a figure: up to two content words before a function word.
pub(super) fn head_words(after: &str) -> Words {
    const STOP: &[&str] = &[
        "of", "in", "for", "to", "and", "on", "at", "by", "from", "with", "who", "that", "which",
        "are", "is", "were", "was", "have", "has", "had", "will", "would", "each", "this", "last",
        "next", "a", "the", "or", "than", "per", "into", "over", "under", "out", "up", "down",
        "be", "been",
    ];
    let mut out = Vec::new();
    let mut prev_end = 0;
    for (off, w) in segment::words(after).take(3) {
        // A comma, full stop or dash ends the noun phrase.
        if after[prev_end..off].contains([
            ',', '.', ';', ':', '\u{2013}', '\u{2014}', '(', ')', '?', '!',
        ]) {
            break;
        }
        prev_end = off + w.len();
        let lw = w.to_lowercase();
        if STOP.contains(&lw.as_str()) {
            break;
        }
        if is_stopword(&lw) || lw.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        for part in lw.split('-') {
            if part.len() >= 3 && !is_stopword(part) {
                out.push(stem_word(part));
            }
        }
    }
    out.into_iter().collect()
}

/// Whether a figure is an increment, not a total ("nine more cities", "another 300
/// schools", "an additional 5 billion"), from the lower-case text before and after it.
///
/// ```
/// use discrepancy::claim::is_increment;
/// assert!(is_increment("we will open another ", " schools"));
/// assert!(is_increment("we opened ", " more schools"));
/// assert!(!is_increment("we opened ", " more than before"));
/// ```
pub fn is_increment(before: &str, after: &str) -> bool {
    let (before, after) = (before.trim_end(), after.trim_start());
    (after.starts_with("more ") && !after.starts_with("more than"))
        || after.starts_with("additional ")
        || ["another", "an additional", "a further"]
            .iter()
            .any(|m| before.ends_with(m))
}

/// The time a rate is given per, from the words right after a figure ("cars a day",
/// "tonnes per year", "daily"): up to six words, within the clause.
///
/// ```
/// use discrepancy::claim::rate_after;
/// use discrepancy::quantity::TimeUnit;
/// assert_eq!(rate_after(" cars a day, not a week"), Some(TimeUnit::Day));
/// assert_eq!(rate_after(" million tonnes per year"), Some(TimeUnit::Year));
/// assert_eq!(rate_after(" cars. a day later"), None);
/// assert_eq!(rate_after(" schools a year ago"), None);
/// ```
pub fn rate_after(after: &str) -> Option<quantity::TimeUnit> {
    use quantity::TimeUnit;
    // Only the first six words count: the clause is looked for within them, not in the
    // whole rest of the sentence (a sentence of a million figures is read in linear time).
    let clause = segment::through_words(after, 6)
        .split([
            ',', '.', ';', ':', '?', '!', '(', ')', '\u{2013}', '\u{2014}',
        ])
        .next()
        .unwrap_or("");
    let words: Vec<String> = segment::words(clause)
        .take(6)
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let unit = |w: &str| match w.trim_end_matches('s') {
        "day" => Some(TimeUnit::Day),
        "week" => Some(TimeUnit::Week),
        "month" => Some(TimeUnit::Month),
        "year" => Some(TimeUnit::Year),
        _ => None,
    };
    // "a year ago", "a week later": a time, not a rate.
    let time_not_rate = |k: usize| {
        words.get(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "ago" | "earlier" | "later" | "before" | "after" | "from" | "since"
            )
        })
    };
    for (k, w) in words.iter().enumerate() {
        let found = match w.as_str() {
            "a" | "an" | "per" | "each" | "every" => {
                words.get(k + 1).and_then(|n| unit(n)).map(|u| (u, k + 2))
            }
            "daily" => Some((TimeUnit::Day, k + 1)),
            "weekly" => Some((TimeUnit::Week, k + 1)),
            "monthly" => Some((TimeUnit::Month, k + 1)),
            "annually" | "yearly" => Some((TimeUnit::Year, k + 1)),
            _ => None,
        };
        if let Some((u, next)) = found {
            return (!time_not_rate(next)).then_some(u);
        }
    }
    None
}

/// What a clause says changed (see [`Claim::changed`](super::Claim::changed)):
/// `clause_words` are its content stems, `clause` its text in lower case.
pub(super) fn changed_words(clause: &str, clause_words: &Words) -> Words {
    let stems: Vec<&str> = clause_words.iter().collect();
    let Some(at) = stems.iter().position(|w| change_of(w) != 0) else {
        return Words::default();
    };
    let verb_form = || stems[..at].iter().copied().collect();
    let raw: Vec<&str> = segment::words(clause).map(|(_, w)| w).collect();
    let Some(k) = raw
        .iter()
        .position(|w| !is_stopword(w) && change_of(&stem_word(w)) != 0)
    else {
        return verb_form();
    };
    let Some((np, subject)) = noun_phrase(&raw, k) else {
        return verb_form();
    };
    // "an increase in electricity", "a fall of 3 percent in exports": the phrase right
    // after the noun, past a figure.
    // A figure, in digits or spelled ("a rise of four point five per cent").
    let digits =
        |w: &str| w.bytes().any(|b| b.is_ascii_digit()) || crate::quantity::is_number_word(w);
    let mut i = k + 1;
    if raw.get(i) == Some(&"of") && raw.get(i + 1).is_some_and(|w| digits(w)) {
        i += 1;
    }
    while raw
        .get(i)
        .is_some_and(|w| digits(w) || matches!(*w, "percent" | "per" | "cent"))
    {
        i += 1;
    }
    let after: Vec<_> = if raw
        .get(i)
        .is_some_and(|w| matches!(*w, "in" | "of" | "on" | "for" | "among"))
    {
        // (Not a time: "the fare rise in January" names no other thing that rose.)
        let time = |w: &str| {
            crate::quantity::month(w).is_some()
                || matches!(
                    w,
                    "year" | "quarter" | "spring" | "summer" | "autumn" | "winter" | "fall"
                )
        };
        raw[i + 1..]
            .iter()
            .skip_while(|w| matches!(**w, "the" | "a" | "an"))
            .take_while(|w| !is_stopword(w) && !digits(w) && !time(w))
            .take(2)
            .filter(|w| w.chars().count() >= 3)
            .map(|w| stem_word(w))
            .collect()
    } else {
        Vec::new()
    };
    if !after.is_empty() || subject {
        // "The increase will be nearer 6 percent": the subject of its sentence, its
        // thing left to the conversation.
        return after.into_iter().collect();
    }
    // A word that qualifies the change, not of size or pace, names what changed
    // ("passengers face a fare rise": fares, not what they face); without one, the words
    // before the noun phrase ("Exports saw a sharp drop").
    let keep = |w: &&&str| w.chars().count() >= 3 && !is_stopword(w) && !digits(w);
    let qualifiers: Words = raw[np..k]
        .iter()
        .filter(keep)
        .filter(|w| !crate::lexicon::DEGREE_ADJECTIVES.contains_word(w) && !w.ends_with("ed"))
        .map(|w| stem_word(w))
        .collect();
    if !qualifiers.is_empty() {
        return qualifiers;
    }
    raw[..np]
        .iter()
        .filter(keep)
        .map(|w| stem_word(w))
        .collect()
}

/// Where the noun phrase starts whose head is the word of change at `k`, when that word
/// is a noun, and whether it is the subject of what follows: right after a determiner or
/// a figure ("the increase", "32% increase"), within three words of "a"/"an" ("a more
/// realistic increase"), or within three words of another determiner when a verb follows
/// ("the real decline is nearer 15 percent"). `None` for a verb ("the share dropped",
/// "crime fell") and for a word ending in "-ed".
fn noun_phrase(raw: &[&str], k: usize) -> Option<(usize, bool)> {
    if k == 0 || raw[k].ends_with("ed") {
        return None;
    }
    let figure = |w: &str| {
        w.bytes().any(|b| b.is_ascii_digit()) || matches!(w, "percent" | "cent" | "percentage")
    };
    let subject = raw.get(k + 1).is_some_and(|w| {
        matches!(
            *w,
            "is" | "was"
                | "were"
                | "are"
                | "will"
                | "would"
                | "could"
                | "has"
                | "had"
                | "may"
                | "might"
                | "should"
        )
    });
    let prev = raw[k - 1];
    if figure(prev) || matches!(prev, "the" | "this" | "that" | "its" | "any" | "such") {
        return Some((k - 1, subject));
    }
    let modifier = |w: &&str| {
        figure(w) || !is_stopword(w) || matches!(*w, "more" | "less" | "very" | "much" | "per")
    };
    let det = (k.saturating_sub(4)..k).rev().find(|&j| {
        matches!(
            raw[j],
            "a" | "an" | "the" | "this" | "that" | "its" | "our" | "their"
        )
    })?;
    let indefinite = matches!(raw[det], "a" | "an");
    ((indefinite || subject) && raw[det + 1..k].iter().all(modifier)).then_some((det, subject))
}
