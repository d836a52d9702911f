//! Sentences and their features.
//!
//! In: a [`Transcript`]. Out: its [`Sentence`]s, turn by turn, each with its
//! utterance, speaker, stemmed content words and the features alignment needs (a
//! question, a confirmation or correction, a reference to the other speaker's words, a
//! negation, the persons it speaks of, the speaker's own holdings); and the look-ups
//! over them: the claims of one sentence, the speaker of each utterance.

use super::phrases::{CORRECTIONS_ATTRIBUTIONS, starts_with_phrase};
use super::words::content_words_of;
use super::{Claim, Sentence, Words};
use crate::lexicon;
use crate::segment;
use crate::transcript::Transcript;

/// Whether a sentence states the speaker's own holdings ("we have", "our region", "my company"),
/// as opposed to the speaker's view of a shared matter ("we expect", "our estimate").
fn speaks_of_own(words: &[&str]) -> bool {
    words
        .windows(2)
        .enumerate()
        .any(|(k, w)| match (w[0], w[1]) {
            // "our 25th meeting": the noun after the figure says whose it is.
            ("our" | "my", x) if x.starts_with(|c: char| c.is_ascii_digit()) => {
                !words.get(k + 2).is_some_and(|n| is_shared_noun(n))
            }
            (
                "we" | "i",
                "have" | "had" | "built" | "opened" | "employ" | "run" | "own" | "operate"
                | "produce" | "produced",
            ) => true,
            ("we've" | "i've", _) => true,
            ("our" | "my", noun) => {
                !matches!(
                    noun,
                    "own"
                        | "estimate"
                        | "estimates"
                        | "forecast"
                        | "forecasts"
                        | "view"
                        | "opinion"
                        | "records"
                        | "data"
                        | "calculations"
                        | "figures"
                        | "information"
                        | "experts"
                        | "assessment"
                        | "understanding"
                        | "countries"
                        | "relations"
                        | "cooperation"
                        | "colleagues"
                        | "partners"
                        | "trade"
                        | "bilateral"
                        | "two"
                ) && !is_shared_noun(noun)
            }
            _ => false,
        })
}

/// Nouns that "our" shares between the speakers rather than claims for one of them
/// ("our meeting", "our talks").
fn is_shared_noun(w: &str) -> bool {
    matches!(
        w,
        "meeting"
            | "meetings"
            | "talks"
            | "negotiations"
            | "summit"
            | "conversation"
            | "discussion"
            | "partnership"
            | "dialogue"
    )
}

/// Whether a sentence says, in its first words, that the other speaker is right ("No,
/// so your memory is correct …", "No, you're right"): its opening "No" does not correct.
/// What follows a short address or softener that opens a sentence, set off by a comma
/// ("With respect, no, …", "Minister, that is not …", "Sorry, no."): at most two words
/// before the comma.
fn after_address(s: &str) -> Option<&str> {
    // One pass over the opening bytes: a comma after one or two words, no digit.
    let mut spaces = 0;
    for (i, &b) in s.as_bytes().iter().take(40).enumerate() {
        match b {
            b',' if i > 0 => return Some(&s[i + 1..]),
            b' ' => {
                spaces += 1;
                if spaces > 1 {
                    return None;
                }
            }
            b'0'..=b'9' | b',' => return None,
            _ => {}
        }
    }
    None
}

fn confirms_early(words: &[&str]) -> bool {
    let head = &words[..words.len().min(7)];
    // (After "me", "must", "to", "i" or "we", "correct" is a verb: "let me correct that",
    // "I must correct the record".)
    head.windows(2).any(|w| {
        matches!(
            w,
            [_, "correct"] | ["you're" | "you", "right"] | ["that's" | "is", "right"]
        ) && !matches!(
            w[0],
            "not" | "isn't" | "quite" | "me" | "must" | "to" | "i" | "we"
        )
    }) && !head
        .iter()
        .any(|w| matches!(*w, "incorrect" | "not" | "isn't"))
}

fn has_negation(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(*w, "not" | "never" | "no" | "nor" | "cannot")
            || w.ends_with("n't")
            || w.ends_with("n’t")
    })
}

/// The sentences of every turn, with their features.
pub fn sentences(t: &Transcript) -> Vec<Sentence> {
    let text = t.analysis_text();
    let mut out = Vec::new();
    let mut utt = 0;
    let mut k = 0;
    for (ti, turn) in t.turns().iter().enumerate() {
        if ti > 0 && t.turns()[ti - 1].speaker != turn.speaker {
            utt += 1;
            k = 0;
        }
        for span in segment::sentences(text, t.analysis_span(turn)) {
            let s = &text[span.range()];
            let l = crate::segment::lower_plain(s);
            // One word pass serves every feature below.
            let lw: Vec<&str> = segment::words(&l).map(|(_, w)| w).collect();
            let question = s
                .trim_end()
                .trim_end_matches(['"', '”', '\'', ')'])
                .ends_with('?');
            let act = crate::dialogue::act_of_words(&l, &lw, s, question);
            let [correction, attribution] = CORRECTIONS_ATTRIBUTIONS.in_text(&l);
            let opens_correcting = (starts_with_phrase(s, lexicon::CORRECT_OPENERS.entries())
                || after_address(s).is_some_and(|rest| {
                    starts_with_phrase(rest, lexicon::CORRECT_OPENERS.entries())
                }))
                && !confirms_early(&lw);
            let asks_whether = question
                && lw
                    .iter()
                    .find(|w| !matches!(**w, "and" | "but" | "so" | "then"))
                    .is_some_and(|w| crate::dialogue::AUXILIARIES.contains(w));
            let words: Words = content_words_of(lw.iter().copied()).into_iter().collect();
            let cut = s.trim_end();
            // (Not an ellipsis: "In compliance with quality requirements …" trails off
            // for the other to finish.)
            let interrupted = cut.ends_with(['\u{2014}', '\u{2013}', '-']);
            out.push(Sentence {
                interrupted,
                passes_floor: words.len() <= 4 && lexicon::FLOOR_PASSING.within(&lw),
                span,
                turn: ti,
                utt,
                speaker: turn.speaker,
                words,
                question,
                confirms: k == 0 && starts_with_phrase(s, lexicon::CONFIRM_OPENERS.entries()),
                corrects: opens_correcting || correction && !confirms_early(&lw),
                opens_correcting,
                attributes: attribution,
                negated: has_negation(&lw),
                universal: lw.iter().any(|w| lexicon::UNIVERSALS.contains_word(w)),
                second_person: lw
                    .iter()
                    .any(|w| matches!(*w, "you" | "your" | "you've" | "you're")),
                first_person: lw
                    .iter()
                    .any(|w| matches!(*w, "i" | "my" | "i've" | "i'm" | "me")),
                own: speaks_of_own(&lw),
                index_in_turn: k,
                act,
                asks_whether,
            });
            k += 1;
        }
    }
    out.shrink_to_fit();
    out
}

/// The indices of the claims of sentence `s`: claims come in sentence order (as
/// [`claims`](super::claims) makes them), so they are one run, found by bisection.
pub(crate) fn of_sentence(claims: &[Claim], s: usize) -> std::ops::Range<usize> {
    claims.partition_point(|c| c.sentence < s)..claims.partition_point(|c| c.sentence <= s)
}

/// The speaker of each utterance, indexed by [`Sentence::utt`].
pub fn utterance_speakers(sents: &[Sentence]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(sents.last().map_or(0, |s| s.utt + 1));
    for s in sents {
        if out.len() <= s.utt {
            out.resize(s.utt + 1, s.speaker);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first sentence of a one-line transcript of `text`.
    fn first(text: &str) -> Sentence {
        let t = crate::Transcript::parse(&format!("Anna Petrova: {text}\n")).unwrap();
        sentences(&t).remove(0)
    }

    #[test]
    fn a_short_address_before_a_denial_still_opens_it() {
        let opens = |text: &str| first(text).opens_correcting;
        assert!(opens("No, it was 12."));
        assert!(opens("With respect, no, you pledged 1.5 billion."));
        assert!(opens("Minister, that is not what happened."));
        // Longer openings have words of their own; "not" later in the sentence opens nothing.
        assert!(!opens("As I said last week, no decision has been taken."));
        assert!(!opens("Frankly, it was 12, not 15."));
        assert_eq!(after_address("Sorry, no."), Some(" no."));
        assert_eq!(after_address("No comma here"), None);
    }

    #[test]
    fn a_question_that_opens_with_an_auxiliary_asks_whether() {
        let asks = |text: &str| first(text).asks_whether;
        assert!(asks("Has the contractor started on site?"));
        assert!(asks("And is it 12 percent?"));
        assert!(!asks("But on the volume itself?"));
        assert!(!asks("What did it cost?"));
        assert!(!asks("Is it 12 percent."));
    }
}
