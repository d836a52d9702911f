//! Content words: the stemmed words that say what a sentence or clause is about.
//!
//! In: lower-cased words (or any text, for [`content_words`]). Out: their stemmed
//! content words in order, each once, with stop words, figures and words of under three
//! letters left out; the stop-word test and the hasher word sets and maps use; and the
//! weak topic words (of change and size) that do not make a figure's own topic.

use std::sync::OnceLock;

use super::{Word, stem_word};
use crate::segment;

/// Words that carry no topic.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "actually",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyway",
    "approximately",
    "are",
    "aren't",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "course",
    "did",
    "do",
    "does",
    "doing",
    "don't",
    "down",
    "during",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "exactly",
    "fact",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "into",
    "is",
    "isn't",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "know",
    "least",
    "less",
    "let",
    "like",
    "many",
    "may",
    "me",
    "more",
    "most",
    "much",
    "must",
    "my",
    "nearly",
    "need",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "percent",
    "cent",
    "please",
    "quite",
    "rather",
    "really",
    "roughly",
    "right",
    "said",
    "same",
    "say",
    "see",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "thank",
    "thanks",
    "that",
    "that's",
    "the",
    "their",
    "them",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "they're",
    "thing",
    "things",
    "think",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "we're",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yes",
    "yet",
    "you",
    "you're",
    "your",
    "yours",
    "mr",
    "mrs",
    "ms",
    "president",
    "colleagues",
    "figure",
    "figures",
    "number",
    "total",
    "already",
    "ok",
    "okay",
    "sure",
    "want",
    "would",
    "get",
    "got",
    "go",
    "going",
    "make",
    "made",
    "way",
    "lot",
    "lots",
    "also",
    "mention",
    "mentioned",
    "correct",
    "clarify",
    "bit",
    "little",
    "year",
    "years",
    "month",
    "months",
    "today",
    "last",
    "next",
    "first",
    "second",
    "day",
    "days",
    "time",
    "times",
    "half",
    "quarter",
    "billion",
    "million",
    "thousand",
    "hundred",
    "trillion",
    "dollars",
    "rubles",
    "roubles",
    "euros",
    "bn",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "dozen",
    "reach",
    "come",
    "amount",
    "amounts",
    "equal",
    "around",
    "some",
    "over",
    "nearly",
    "almost",
    "approximately",
    "present",
    "currently",
    "period",
    "end",
    "beginning",
    "far",
    "forecast",
    "expect",
    "expected",
    "only",
    "another",
    "per",
    "cent",
    "end",
    "least",
    "already",
    "certainly",
    "probably",
    "perhaps",
    "maybe",
    "believe",
    "say",
    "says",
    "told",
    "tell",
    "think",
    "know",
    "knew",
    "see",
    "look",
    "mean",
    "means",
    "given",
    "include",
    "including",
    "level",
    "rate",
    "share",
    "part",
];

/// A small multiplicative hasher for word keys: the stop-word set is fixed, and the
/// alignment's maps are rebuilt for every transcript and never see untrusted keys in
/// numbers that matter, so SipHash's protection is not worth its cost.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

/// Whether a lower-case word carries no topic.
pub(crate) fn is_stopword(w: &str) -> bool {
    type Set = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<WordHasher>>;
    static SET: OnceLock<Set> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(w)
}

/// Stemmed content words of `s`.
pub(crate) fn content_stems(s: &str) -> Vec<Word> {
    let lower = crate::segment::lower_plain_cow(s);
    content_words_of(segment::words(&lower).map(|(_, w)| w))
}

/// Stemmed content words of lower-cased words.
pub(super) fn content_words_of<'a>(words: impl Iterator<Item = &'a str>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut seen: std::collections::HashSet<Word> = std::collections::HashSet::new();
    for lw in words {
        if lw.chars().count() < 3 || lw.bytes().any(|b| b.is_ascii_digit()) || is_stopword(lw) {
            continue;
        }
        // "Russian-language" → "russian", "language". (A word without a hyphen is its own
        // only part, and has passed the tests already.)
        let hyphenated = lw.as_bytes().contains(&b'-');
        let parts = hyphenated
            .then(|| lw.split('-'))
            .into_iter()
            .flatten()
            .filter(|part| part.chars().count() >= 3 && !is_stopword(part));
        for part in parts.chain((!hyphenated).then_some(lw)) {
            let st = stem_word(part);
            // A short list is searched; a long one (a sentence of thousands of words) is hashed.
            let new = if out.len() < 48 {
                !out.contains(&st)
            } else {
                seen.insert(st.clone())
            };
            if new {
                if out.len() == 47 {
                    seen.extend(out.iter().cloned());
                    seen.insert(st.clone());
                }
                out.push(st);
            }
        }
    }
    // Kept for every sentence and claim: no spare capacity.
    out.shrink_to_fit();
    out
}

pub(super) fn is_weak_topic(w: &str) -> bool {
    matches!(
        w,
        "grow"
            | "increas"
            | "rise"
            | "fall"
            | "decreas"
            | "smaller"
            | "bigger"
            | "larger"
            | "higher"
            | "lower"
    )
}
