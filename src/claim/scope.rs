//! Scope: the sub-scope words, contrasts and places that set figures apart.
//!
//! In: a lower-cased sentence, a sentence as written, or stemmed words. Out: its
//! sub-scope words ("federal", "the first stage"), the places it puts its figures in
//! ("in the Khabarovsk Territory"), and whether two lists of words stand on the two
//! sides of a contrast ("new" and "old").

use std::sync::OnceLock;

use super::words::WordHasher;
use super::{Word, Words, stem_word};
use crate::segment;

/// Sub-scope words: figures under different ones are about different things.
const SUBSCOPES: &[&str] = &[
    "federal",
    "regional",
    "municipal",
    "local",
    "national",
    "global",
    "domestic",
    "foreign",
    "urban",
    "rural",
    "public",
    "private",
    "state",
    "international",
    "internal",
    "external",
    "military",
    "civilian",
    "primary",
    "secondary",
    "gross",
    "net",
    "nominal",
    "real",
    "annual",
    "monthly",
    "daily",
    "weekly",
    "excluding",
    "including",
    "import",
    "export",
    "imports",
    "exports",
];

/// Pairs of words that set two things apart: a figure about one and a figure about the
/// other are about different things.
const CONTRASTS: &[(&str, &str)] = &[
    ("new", "old"),
    ("men", "women"),
    ("boys", "girls"),
    ("male", "female"),
    ("north", "south"),
    ("east", "west"),
    ("upper", "lower"),
    ("minimum", "maximum"),
    ("adults", "children"),
    ("current", "previous"),
    ("current", "former"),
];

/// Whether one list of stemmed words holds one side of a contrast ("new") and the other
/// list its other side ("old"), each without the other's.
///
/// ```
/// use discrepancy::claim::{content_words, contrasted, Words};
/// let words = |s: &str| content_words(s).into_iter().collect::<Words>();
/// assert!(contrasted(&words("the new hospital has 300 beds"), &words("the old one had 200 beds")));
/// assert!(!contrasted(&words("the new hospital has 300 beds"), &words("it has 200 beds")));
/// ```
pub fn contrasted(a: &Words, b: &Words) -> bool {
    masks_contrast(contrast_mask(a), contrast_mask(b))
}

/// Which sides of the contrasts a list of stemmed words holds: bit `2k` for the first
/// word of contrast `k`, bit `2k + 1` for the second.
pub(crate) fn contrast_mask(words: &Words) -> u32 {
    // Each stem with the bits it sets (a stem may stand in more than one contrast; the
    // first side of a contrast is tried first, as a word is one side only).
    type Bits = std::collections::HashMap<Word, u32, std::hash::BuildHasherDefault<WordHasher>>;
    static STEMS: OnceLock<Bits> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        let mut bits = Bits::default();
        for (k, (x, y)) in CONTRASTS.iter().enumerate() {
            let (x, y) = (stem_word(x), stem_word(y));
            *bits.entry(x.clone()).or_default() |= 1 << (2 * k);
            if y != x {
                *bits.entry(y).or_default() |= 1 << (2 * k + 1);
            }
        }
        bits
    });
    words
        .iter()
        .filter_map(|w| stems.get(w))
        .fold(0, |mask, &b| mask | b)
}

/// Whether two masks of [`contrast_mask`] hold the two sides of one contrast, each
/// without the other's.
pub(crate) fn masks_contrast(a: u32, b: u32) -> bool {
    const FIRST: u32 = 0x5555_5555;
    let (ax, ay) = (a & FIRST, (a >> 1) & FIRST);
    let (bx, by) = (b & FIRST, (b >> 1) & FIRST);
    (ax & !ay & by & !bx) != 0 || (ay & !ax & bx & !by) != 0
}

/// Whether a (stemmed) word is a sub-scope word such as "federal" or "military".
pub fn is_subscope(w: &str) -> bool {
    type Set = std::collections::HashSet<Word, std::hash::BuildHasherDefault<WordHasher>>;
    static SET: OnceLock<Set> = OnceLock::new();
    SET.get_or_init(|| {
        SUBSCOPES
            .iter()
            .flat_map(|s| [Word::from(*s), stem_word(s)])
            .collect()
    })
    .contains(w)
}

pub(super) fn subscope_words(lower: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let words: Vec<&str> = segment::words(lower).map(|(_, w)| w).collect();
    for (k, w) in words.iter().enumerate() {
        if let Some(s) = SUBSCOPES.iter().find(|s| *s == w)
            && !out.contains(s)
        {
            out.push(*s);
        }
        // "the first stage", "the second phase": parts of a whole.
        if let Some(next) = words.get(k + 1)
            && matches!(
                *next,
                "stage"
                    | "phase"
                    | "line"
                    | "unit"
                    | "round"
                    | "tranche"
                    | "block"
                    | "reactor"
                    | "section"
            )
        {
            let tag = match *w {
                "first" => Some("part-1"),
                "second" => Some("part-2"),
                "third" => Some("part-3"),
                "fourth" => Some("part-4"),
                "fifth" => Some("part-5"),
                _ => None,
            };
            if let Some(t) = tag
                && !out.contains(&t)
            {
                out.push(t);
            }
        }
    }
    out
}

/// Places a sentence locates its figures in: capitalised words after "in" ("in the Khabarovsk Territory").
pub(crate) fn place_words(s: &str) -> Vec<Word> {
    let words: Vec<&str> = segment::words(s).map(|(_, w)| w).collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !matches!(*w, "in" | "In") {
            continue;
        }
        let mut j = k + 1;
        if words.get(j).is_some_and(|x| *x == "the") {
            j += 1;
        }
        while let Some(x) = words.get(j) {
            if !x.starts_with(char::is_uppercase)
                || matches!(
                    *x,
                    "January"
                        | "February"
                        | "March"
                        | "April"
                        | "May"
                        | "June"
                        | "July"
                        | "August"
                        | "September"
                        | "October"
                        | "November"
                        | "December"
                )
            {
                break;
            }
            out.push(stem_word(x));
            j += 1;
        }
    }
    out
}
