//! The dialogue rule for a claim about a whole kind that the other speaker restricts:
//! "All seniors are covered in my plan." — "Middle class seniors are not covered for
//! four years."; "the court decided that all compensation should be above the minimum
//! wage" — "the ruling you mentioned applies only to those who work in the north".
//!
//! In: the sentences, the transcript's text, and the replies already decided. Out:
//! [`SentenceVerdict`]s for [`Rule::RestrictedUniversal`].

use super::{Category, SentenceVerdict, Verdict};
use crate::claim::{Sentence, Word, content_stems};
use crate::lexicon::{UNIVERSAL_IDIOMS, UNIVERSALS};
use crate::rule::Rule;

/// Words after which a universal word opens a clause ("a decision that all …").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "and", "but", "because", "so", "now", "today", "where", "when", "since", "while",
    "says", "say",
];

/// The kind claimed of by "everyone" and "everybody": people, whoever the other
/// speaker names.
const EVERYONE: &str = "everyone";

/// How many utterances back a restriction may reach for the claim it restricts.
const WINDOW: usize = 3;

/// How many words a negated restriction may span, from the kind to the word it denies.
const SPAN: usize = 14;

/// How many words after the negation the denied word of the claim may come ("are not
/// covered", "have not yet received").
const PREDICATE: usize = 3;

/// How many words before "only" name what it restricts.
const NAMED: usize = 7;

/// How deep into its utterance a restricting sentence may be.
const MAX_INDEX: usize = 5;

/// A sentence that claims something of a whole kind.
struct Universal {
    /// Its index.
    at: usize,
    /// The stem of the kind ("senior" in "all seniors are covered").
    kind: Word,
}

/// How a sentence restricts a claim.
#[derive(Clone, Copy, PartialEq)]
enum Restriction {
    /// It is negated: it denies the claim of a part of the kind.
    Negated,
    /// It says "only" of something other than a figure ("applies only to those who").
    Only,
}

/// Whether `text` holds one of `words` (lower case, ASCII) as a whole word, in any
/// case, with the word before it (`None` at the start) passing `before`: read word by
/// word, without allocating.
fn has_word_after(text: &str, words: &[&str], before: impl Fn(Option<&[u8]>) -> bool) -> bool {
    let b = text.as_bytes();
    // The lengths and first letters of `words`, as bits: most words of a text are
    // passed over on these alone.
    let (mut lengths, mut firsts) = (0u64, 0u32);
    for w in words {
        lengths |= 1 << w.len().min(63);
        firsts |= 1 << (w.as_bytes()[0].to_ascii_lowercase().wrapping_sub(b'a') & 31);
    }
    let (mut i, mut prev): (usize, Option<(usize, usize)>) = (0, None);
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            // A letter beyond ASCII is part of a word: the word before is not known.
            if b[i] >= 0x80 {
                prev = Some((i, i));
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let word = &b[start..i];
        // A word glued to a letter beyond ASCII is part of a longer word.
        let whole = i == b.len() || b[i] < 0x80;
        let first = word[0].to_ascii_lowercase();
        if whole
            && lengths & (1 << word.len().min(63)) != 0
            && firsts & (1 << (first.wrapping_sub(b'a') & 31)) != 0
            && words.iter().any(|w| {
                w.len() == word.len()
                    && w.as_bytes()[0] == first
                    && word.eq_ignore_ascii_case(w.as_bytes())
            })
            && before(prev.map(|(s, e)| &b[s..e]))
        {
            return true;
        }
        prev = Some((start, i));
    }
    false
}

/// Whether `text` holds one of `words` as a whole word, in any case.
fn has_word(text: &str, words: &[&str]) -> bool {
    has_word_after(text, words, |_| true)
}

/// Whether a universal word may open its clause after this word (see [`opens_clause`]):
/// the cheap test, on the text as written, that leaves most sentences unread.
fn may_open_clause(before: Option<&[u8]>) -> bool {
    let Some(w) = before else { return true };
    let is = |x: &str| w.eq_ignore_ascii_case(x.as_bytes());
    CLAUSE_OPENERS.iter().any(|x| is(x))
        || is("the")
        || crate::lexicon::REPORT_VERBS.entries().iter().any(|x| is(x))
}

/// The words of a lower-case sentence.
fn words(lower: &str) -> Vec<&str> {
    crate::segment::words(lower).map(|(_, w)| w).collect()
}

/// Whether the universal word at `p` is inside one of [`UNIVERSAL_IDIOMS`].
fn in_idiom(ws: &[&str], p: usize) -> bool {
    (p.saturating_sub(3)..=p).any(|q| {
        UNIVERSAL_IDIOMS
            .entry_words()
            .iter()
            .any(|e| ws[q..].starts_with(e) && q + e.len() > p)
    })
}

/// Whether the universal word at `p` opens the subject of its clause: first in the
/// sentence (after "the": "The entire product line is …"), or after a word that opens
/// a clause or relays one ("a decision that all compensation …", "the ruling said all
/// bonuses count"). Not an object ("wish all Muslims …") or inside a phrase ("despite
/// all our discussions").
fn opens_clause(ws: &[&str], p: usize) -> bool {
    let p = if p > 0 && ws[p - 1] == "the" {
        p - 1
    } else {
        p
    };
    p == 0
        || CLAUSE_OPENERS.contains(&ws[p - 1])
        || crate::lexicon::REPORT_VERBS.contains(ws[p - 1])
}

/// The kind a sentence (its words in lower case) claims something of as a whole: the
/// last of up to three content words right after a universal word, a plural ending
/// them ("all Hungarian pharmaceutical companies": "company"; "all bonuses count":
/// "bonus"; "all compensation and incentives": "compensat"), outside idioms. Not a hedged
/// universal ("almost all", "far from all", "not all"), nor one after a verb ("they
/// are all corrupt").
fn universal_kind(ws: &[&str]) -> Option<Word> {
    ws.iter().enumerate().find_map(|(p, w)| {
        let hedged = p > 0
            && matches!(
                ws[p - 1],
                "not"
                    | "almost"
                    | "nearly"
                    | "practically"
                    | "virtually"
                    | "from"
                    | "about"
                    | "are"
                    | "is"
                    | "were"
                    | "was"
                    | "be"
                    | "been"
                    | "have"
                    | "has"
            );
        if !UNIVERSALS.contains(w) || hedged || in_idiom(ws, p) || !opens_clause(ws, p) {
            return None;
        }
        if matches!(*w, "everyone" | "everybody") {
            return Some(Word::from(EVERYONE));
        }
        ws[p + 1..]
            .iter()
            .skip_while(|n| {
                matches!(
                    **n,
                    "the" | "of" | "our" | "these" | "those" | "its" | "their"
                )
            })
            .take(3)
            .scan(false, |plural, n| {
                // A plural ends the noun phrase ("all bonuses count").
                let stem = content_stems(n).into_iter().next().filter(|_| !*plural)?;
                *plural = n.ends_with('s');
                Some(stem)
            })
            .last()
    })
}

/// Whether a word is a figure, or opens one ("only 5 percent", "only two", "only a few").
fn opens_figure(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || !crate::quantity::find(w).is_empty()
        || matches!(
            w,
            "a" | "an" | "one" | "half" | "once" | "twice" | "about" | "around" | "some"
        )
}

/// A reply read once for every claim it may restrict: its words in lower case and the
/// content stem of each.
struct Reply<'a> {
    words: Vec<&'a str>,
    stems: Vec<Option<Word>>,
}

impl<'a> Reply<'a> {
    /// The reply `lower` (in lower case), unless it cannot restrict anything: "not only"
    /// and "not just" add to a claim.
    fn read(lower: &'a str) -> Option<Reply<'a>> {
        let words = words(lower);
        if words
            .windows(2)
            .any(|w| w == ["not", "only"] || w == ["not", "just"])
        {
            return None;
        }
        let stems = words
            .iter()
            .map(|w| content_stems(w).into_iter().next())
            .collect();
        Some(Reply { words, stems })
    }
}

/// How a reply restricts a claim of a whole kind made in sentence `sa`, if it does:
/// words of `sa`, then "only" before what it restricts (naming the claim in the
/// [`NAMED`] words before it, or pointing back at it in a direct reply: "the court
/// ruling you mentioned applies only to those who"); or, with no condition, the kind,
/// then a negation within [`SPAN`] words, then a word of `sa` within [`PREDICATE`]
/// words ("Middle class seniors … are not covered").
fn restriction(sa: &Sentence, kind: &str, reply: &Reply<'_>, direct: bool) -> Option<Restriction> {
    let (ws, stems) = (&reply.words, &reply.stems);
    let of_a = |i: usize| stems[i].as_ref().is_some_and(|s| sa.words.contains(s));
    // "only" before what it restricts: not a figure ("only 5 percent", "only a few"),
    // not "the only" or "if only".
    let only = ws.iter().enumerate().find(|(i, w)| {
        **w == "only"
            && !(*i > 0 && matches!(ws[i - 1], "the" | "if" | "an"))
            && ws.get(i + 1).is_some_and(|n| !opens_figure(n))
    });
    // What "only" restricts names the claim again ("the extended warranty covers only
    // units sold after …"), or, in a direct reply, points back at it before a phrase of
    // whom or when ("that ruling applies only to those who …").
    if let Some((at, _)) = only {
        let named = (at.saturating_sub(NAMED)..at).filter(|&i| of_a(i)).count() >= 2;
        let pointed = direct
            && ws[at.saturating_sub(3)..at]
                .iter()
                .any(|w| matches!(*w, "that" | "this" | "it"))
            && ws.get(at + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "to" | "for" | "in" | "on" | "those" | "when" | "if" | "where" | "within"
                )
            });
        if named || pointed {
            return Some(Restriction::Only);
        }
    }
    // A condition denies nothing: "If they were missing, their families would not …".
    if ws.iter().any(|w| matches!(*w, "if" | "unless" | "would")) {
        return None;
    }
    let negation = super::paraphrase::is_negation;
    // "Everyone who lived in the flood zone received a notice." — "Residents of the
    // trailer park did not receive a notice.": whoever is named, the words denied are
    // the claim's, two of them.
    if kind == EVERYONE {
        let not = (0..ws.len().min(SPAN)).find(|&i| negation(ws[i]))?;
        return ((not + 1..ws.len().min(not + 2 + PREDICATE))
            .filter(|&i| of_a(i))
            .count()
            >= 2)
            .then_some(Restriction::Negated);
    }
    let subject = stems.iter().position(|s| s.as_deref() == Some(kind))?;
    let not = (subject + 1..ws.len().min(subject + SPAN)).find(|&i| negation(ws[i]))?;
    (not + 1..ws.len().min(not + 1 + PREDICATE))
        .any(|i| of_a(i) && stems[i].as_deref() != Some(kind))
        .then_some(Restriction::Negated)
}

/// The verdicts: each reply sentence not yet decided that restricts a claim another
/// speaker made of a whole kind in the last [`WINDOW`] utterances before it, when the
/// two share the kind and another content word (a negated reply: "seniors" and
/// "covered"), or two content words (a reply with "only": "constitutional", "court"),
/// or one when the reply refers to the other's words ("the ruling you mentioned").
/// The nearest such claim is the one restricted; each is restricted once.
pub(super) fn verdicts(
    text: &str,
    sents: &[Sentence],
    utt_speakers: &[usize],
    taken: &[usize],
) -> Vec<SentenceVerdict> {
    let lower = |s: &Sentence| crate::segment::lower_plain(&text[s.span.range()]);
    // Most sentences hold no universal word: one pass over their bytes finds those that do.
    // Most sentences hold no universal word (the sentence pass says which), and most
    // universal words do not open a clause: a test on the text as written leaves those
    // sentences unread.
    let cue = |s: &Sentence| {
        s.universal && has_word_after(&text[s.span.range()], UNIVERSALS.entries(), may_open_clause)
    };
    let universals: Vec<Universal> = sents
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.negated && !s.question && cue(s))
        .filter_map(|(at, s)| universal_kind(&words(&lower(s))).map(|kind| Universal { at, kind }))
        .collect();
    let mut out = Vec::new();
    if universals.is_empty() {
        return out;
    }
    let mut used = vec![false; universals.len()];
    for (b, sb) in sents.iter().enumerate() {
        if sb.index_in_turn > MAX_INDEX || sb.question || taken.binary_search(&b).is_ok() {
            continue;
        }
        // Only the claims of the last few utterances before this one can be restricted.
        let first = universals.partition_point(|u| sents[u.at].utt + WINDOW < sb.utt);
        let last = universals.partition_point(|u| sents[u.at].utt < sb.utt);
        if first == last {
            continue;
        }
        // Cheap tests first, on the words already stemmed: a negated restriction names
        // the kind and a word of the claim; one with "only" two words of the claim, or
        // answers it directly.
        let only = has_word(&text[sb.span.range()], &["only"]);
        if !sb.negated && !only {
            continue;
        }
        let direct =
            |sa: &Sentence| crate::align::answered_turn(sb.utt, utt_speakers) == Some(sa.utt);
        let could = |k: usize| {
            let sa = &sents[universals[k].at];
            let shared = || sa.words.iter().filter(|w| sb.words.contains(w)).count();
            !used[k]
                && sa.speaker != sb.speaker
                && (sb.negated
                    && (universals[k].kind == EVERYONE || sb.words.contains(&universals[k].kind))
                    && shared() >= 2
                    || only && (direct(sa) || shared() >= 2))
        };
        if !(first..last).any(could) {
            continue;
        }
        let lower_b = lower(sb);
        // One that holds no universal of its own ("Not all seniors are covered" aside).
        let Some(reply) = Reply::read(&lower_b) else {
            continue;
        };
        if universal_kind(&reply.words).is_some() {
            continue;
        }
        let found = (first..last).rev().filter(|&k| could(k)).find_map(|k| {
            let sa = &sents[universals[k].at];
            restriction(sa, &universals[k].kind, &reply, direct(sa)).map(|how| (k, how))
        });
        if let Some((k, how)) = found {
            used[k] = true;
            let (category, how) = match how {
                Restriction::Negated => (Category::Negation, "denies it of some of them"),
                Restriction::Only => (Category::Entity, "restricts it with \u{201c}only\u{201d}"),
            };
            out.push(SentenceVerdict {
                a: universals[k].at,
                b,
                claim: None,
                verdict: Verdict::contradiction(
                    category,
                    0.7,
                    Rule::RestrictedUniversal,
                    format!(
                        "the first speaker says it of all \u{201c}{}\u{201d}; the second {how}",
                        universals[k].kind
                    ),
                ),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_claimed_of_as_a_whole() {
        let kind = |s: &str| universal_kind(&words(s)).map(|w| w.to_string());
        assert_eq!(
            kind("all seniors are covered in my plan."),
            Some("senior".into())
        );
        assert_eq!(
            kind("a decision that all compensation and incentives should be above it"),
            Some("compensat".into())
        );
        assert_eq!(kind("after all, the plan works."), None);
        assert_eq!(kind("first of all, seniors are covered."), None);
        assert_eq!(kind("not all seniors are covered."), None);
        assert_eq!(
            kind("almost all hungarian pharmaceutical companies are here."),
            None
        );
        assert_eq!(
            kind("all hungarian pharmaceutical companies are here."),
            Some("company".into())
        );
        assert_eq!(kind("the courts are all corrupt."), None);
        assert_eq!(kind("i wish all muslims a happy holiday."), None);
        assert_eq!(
            kind("the entire product line is covered."),
            Some("lin".into())
        );
        assert_eq!(
            kind("the ruling said all bonuses count."),
            Some("bonus".into())
        );
        assert_eq!(kind("all of us want it."), None);
    }
}
