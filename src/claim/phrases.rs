//! Phrase matching: whether a sentence opens with, or holds, a phrase as whole words.
//!
//! In: a sentence (as written or lower-cased) and a phrase list, inline or from
//! [`crate::lexicon`]. Out: whether one of the phrases opens the sentence or occurs in it
//! at word bounds; and the lexicon phrase lists the sentence and claim features search,
//! each matched in one pass by an automaton built on first use.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::lexicon;

pub(super) fn starts_with_phrase(s: &str, phrases: &[&str]) -> bool {
    // Only the opening words matter: compared in place, without lower-casing a copy.
    let head = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    phrases.iter().any(|p| {
        opening_len(head, p).is_some_and(|n| {
            head[n..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// The length in `head` of the lower-case ASCII phrase `p` it opens with, comparing
/// ASCII letters in any case and reading a typographic apostrophe as a plain one, as
/// [`crate::segment::lower_plain`] would; `None` when it does not open with it (or `p`
/// is not ASCII: no phrase list holds such an entry).
fn opening_len(head: &str, p: &str) -> Option<usize> {
    let h = head.as_bytes();
    let mut at = 0;
    for &c in p.as_bytes() {
        if c == b'\'' && h[at..].starts_with("\u{2019}".as_bytes()) {
            at += 3;
        } else if c.is_ascii() && h.get(at).is_some_and(|b| b.to_ascii_lowercase() == c) {
            at += 1;
        } else {
            return None;
        }
    }
    Some(at)
}

pub(super) fn contains_phrase(l: &str, phrases: &[&str]) -> bool {
    contains_phrase_where(l, phrases, |_| true)
}

/// Whether `l` holds one of `phrases` as whole words at a start that `keep` accepts.
fn contains_phrase_where(l: &str, phrases: &[&str], keep: impl Fn(usize) -> bool) -> bool {
    phrases.iter().any(|p| {
        let mut from = 0;
        while let Some(pos) = l[from..].find(p) {
            let at = from + pos;
            if at_word_bounds(l, at, at + p.len(), p) && keep(at) {
                return true;
            }
            from = at + p.len();
        }
        false
    })
}

fn at_word_bounds(l: &str, start: usize, end: usize, p: &str) -> bool {
    let before_ok = !l[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let after_ok = !l[end..].chars().next().is_some_and(char::is_alphanumeric) || p.ends_with(',');
    before_ok && after_ok
}

/// A phrase list searched in one pass (Aho-Corasick), built on first use: a
/// [`PhraseLists`] of one list.
pub(super) struct Phrases(PhraseLists<1>);

impl Phrases {
    const fn new(list: &'static crate::lexicon::Lexicon) -> Phrases {
        Phrases(PhraseLists::new([list]))
    }

    /// Whether `l` (lower case) holds one of the phrases as whole words.
    pub(super) fn in_text(&self, l: &str) -> bool {
        self.0.in_text(l)[0]
    }

    /// Whether `l` (lower case) holds one of the phrases as whole words at a start that
    /// `keep` accepts.
    pub(super) fn in_text_where(&self, l: &str, keep: impl Fn(usize) -> bool) -> bool {
        self.0.in_text_where(l, keep)[0]
    }
}

/// An automaton of several lists' entries, with each pattern's list and entry.
type Union = (AhoCorasick, Vec<(usize, &'static str)>);

/// Several phrase lists searched in one pass, for a text that each is looked for in.
pub(super) struct PhraseLists<const N: usize> {
    lists: [&'static crate::lexicon::Lexicon; N],
    /// The automaton of all entries, and each pattern's list and entry.
    automaton: OnceLock<Option<Union>>,
}

impl<const N: usize> PhraseLists<N> {
    const fn new(lists: [&'static crate::lexicon::Lexicon; N]) -> PhraseLists<N> {
        PhraseLists {
            lists,
            automaton: OnceLock::new(),
        }
    }

    /// For each list, whether `l` (lower case) holds one of its phrases as whole words,
    /// all lists in one pass.
    pub(super) fn in_text(&self, l: &str) -> [bool; N] {
        self.in_text_where(l, |_| true)
    }

    /// For each list, whether `l` (lower case) holds one of its phrases as whole words
    /// at a start that `keep` accepts.
    pub(super) fn in_text_where(&self, l: &str, keep: impl Fn(usize) -> bool) -> [bool; N] {
        let built = self.automaton.get_or_init(|| {
            let patterns: Vec<(usize, &'static str)> = self
                .lists
                .iter()
                .enumerate()
                .flat_map(|(i, list)| list.entries().iter().map(move |e| (i, *e)))
                .collect();
            // A DFA, whatever the number of patterns: the builder's own choice turns to a
            // slower automaton past 100 patterns, and every sentence is searched.
            let ac = AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(patterns.iter().map(|(_, e)| e))
                .ok()?;
            Some((ac, patterns))
        });
        let mut found = [false; N];
        match built {
            Some((ac, patterns)) => {
                for m in ac.find_overlapping_iter(l) {
                    let (list, p) = patterns[m.pattern().as_usize()];
                    if !found[list] && at_word_bounds(l, m.start(), m.end(), p) && keep(m.start()) {
                        found[list] = true;
                        if found.iter().all(|f| *f) {
                            break;
                        }
                    }
                }
            }
            None => {
                for (f, list) in found.iter_mut().zip(self.lists) {
                    *f = contains_phrase_where(l, list.entries(), &keep);
                }
            }
        }
        found
    }
}

/// The correction and attribution phrases, which every sentence is searched for.
pub(super) static CORRECTIONS_ATTRIBUTIONS: PhraseLists<2> =
    PhraseLists::new([&lexicon::CORRECTION_PHRASES, &lexicon::ATTRIBUTION_PHRASES]);
/// Markers of hypotheticals and of targets, which make a figure no claim of fact alike.
pub(super) static HYPOTHETICALS_TARGETS: PhraseLists<2> =
    PhraseLists::new([&lexicon::HYPOTHETICAL_MARKERS, &lexicon::TARGET_MARKERS]);
pub(super) static FUTURES: Phrases = Phrases::new(&lexicon::FUTURE_MARKERS);
pub(super) static PARTS: Phrases = Phrases::new(&lexicon::PART_MARKERS);
pub(super) static REPORTED: Phrases = Phrases::new(&lexicon::REPORTED_MARKERS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_compare_in_any_case_and_with_either_apostrophe() {
        assert!(starts_with_phrase(
            "\u{201C}That\u{2019}s right, 40.",
            &["that's right"]
        ));
        assert!(starts_with_phrase("NO, it was 12.", &["no"]));
        assert!(!starts_with_phrase("Nobody said so.", &["no"]));
        assert!(!starts_with_phrase("Yes", &["yes indeed"]));
    }

    #[test]
    fn opener_lists_are_ascii() {
        for list in [&lexicon::CORRECT_OPENERS, &lexicon::CONFIRM_OPENERS] {
            assert!(list.entries().iter().all(|e| e.is_ascii()));
        }
    }
}
