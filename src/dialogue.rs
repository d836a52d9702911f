//! Stage between sentences and comparison: what each sentence does in the
//! conversation, and what it answers.
//!
//! In: the transcript's [`Sentence`]s, each with the act its own words give. Out: one [`Move`] per
//! sentence: its [`Act`] (a statement, a question of one of three kinds, an
//! assent, a denial, a negative answer, a bare question tag or an interjection) and
//! the sentence it
//! answers — the last sentence with content of the utterance it replies to.
//! Utterances made only of interjections ("Right.", "Thank you.", "\[crosstalk\]")
//! are skipped, so a moderator's "Thank you." does not break the link between
//! a claim and its reply. The comparison stage reads these relations for the
//! rules that need no figure on one side ([`crate::rule::Rule::DeniedStatement`],
//! [`crate::rule::Rule::AssentedClaim`]).
//!
//! ```
//! use discrepancy::{Transcript, claim, dialogue::{self, Act}};
//! let t = Transcript::parse(
//!     "Anna Petrova: The depot closes in March. Is that correct?\n\
//!      Tom Hale: Thank you.\n\
//!      Mark Ellis: That's not true.\n",
//! )?;
//! let sents = claim::sentences(&t);
//! let moves = dialogue::moves(&sents);
//! assert_eq!(moves[0].act, Act::TagQuestion);
//! assert_eq!(moves[1].act, Act::Tag);
//! assert_eq!(moves[2].act, Act::Interjection);
//! assert_eq!(moves[3].act, Act::Denial);
//! // The denial answers the claim put, past the tag and the interjection.
//! assert_eq!(moves[3].answers, Some(0));
//! # Ok::<(), discrepancy::Error>(())
//! ```

use crate::claim::Sentence;
use crate::lexicon;

/// What a sentence does in the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Act {
    /// States something.
    Statement,
    /// Asks a question answerable with yes or no ("Is it 12 percent?").
    YesNoQuestion,
    /// Puts a statement to the listener to confirm ("It opened in 2013, wasn't it?";
    /// a statement followed by a bare tag such as "Is that correct?").
    TagQuestion,
    /// Asks what, how, why, when, where, who or which.
    OpenQuestion,
    /// Opens with an assent ("Yes.", "Exactly.", "I agree.").
    Assent,
    /// Says that what was said is untrue, without content of its own ("That's not
    /// true.", "Nonsense.").
    Denial,
    /// Answers in the negative, and nothing more ("No.", "Of course not.", "No, we
    /// did not.", "It is not."): it denies a plain statement, and agrees with a
    /// negated one.
    NegativeAnswer,
    /// A question tag alone ("Is that correct?", "Right?"): it puts the sentence before it.
    Tag,
    /// Acknowledges or keeps the floor without content ("Right.", "Thank you.").
    Interjection,
}

impl Act {
    /// Whether the act is a question of any kind.
    pub fn is_question(self) -> bool {
        matches!(
            self,
            Act::YesNoQuestion | Act::TagQuestion | Act::OpenQuestion | Act::Tag
        )
    }
}

/// What a sentence does, and what it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    /// The act.
    pub act: Act,
    /// The sentence it answers: the last sentence with content of the utterance
    /// it replies to (the nearest earlier utterance of another speaker that is not
    /// only interjections). `None` for the opening utterance.
    pub answers: Option<usize>,
}

/// Subject pronouns of an elliptical denial ("We did not.").
pub(crate) const PRONOUNS: &[&str] = &[
    "i", "we", "you", "he", "she", "it", "they", "that", "this", "there",
];

/// Auxiliaries of an elliptical denial ("It is not.", "They have not.").
pub(crate) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "will", "would", "can",
    "could", "should", "am",
];

/// An elliptical denial: a pronoun and a negated auxiliary, nothing more ("It is
/// not.", "No, we didn't.", "They do not, no.").
fn is_elliptical_denial(words: &[&str]) -> bool {
    let w: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "no" | "so" | "true" | "really"))
        .collect();
    match w.as_slice() {
        [p, neg] => PRONOUNS.contains(p) && neg.ends_with("n't") && neg.len() > 3,
        [p, aux, "not"] => PRONOUNS.contains(p) && AUXILIARIES.contains(aux),
        _ => false,
    }
}

/// Whether the words are an elliptical yes: a pronoun and an auxiliary, perhaps after
/// "yes" or "well" ("It is.", "They did.", "Yes, I was.", "Well, we have.").
fn is_elliptical_yes(words: &[&str]) -> bool {
    let w = match words {
        ["yes" | "well" | "yeah", rest @ ..] => rest,
        _ => words,
    };
    matches!(w, [p, aux] if PRONOUNS.contains(p) && AUXILIARIES.contains(aux))
}

/// Whether a short sentence is an elliptical affirmation, perhaps after "but", "oh" or
/// "well" and before a comma ("But in—oh, but I do.", "I have, actually.", "But I did,
/// Sarah.", "We have, in fact."): said against a negated statement, it affirms what that
/// denied.
pub(crate) fn ends_in_contrary_yes(lower: &str) -> bool {
    let words: Vec<(usize, &str)> = crate::segment::words(lower).collect();
    if words.len() > 8 {
        return false;
    }
    // The last pronoun and auxiliary with only openers before them.
    (0..words.len().saturating_sub(1)).rev().any(|k| {
        let ((_, p), (at, aux)) = (words[k], words[k + 1]);
        let openers_only = words[..k].iter().all(|(_, w)| {
            matches!(*w, "but" | "oh" | "well" | "yes" | "yeah") || k > 0 && words[k - 1].1 == "but"
        });
        // (Nothing of its own after it: a comma, the end, or a full stop.)
        let ends = lower[at + aux.len()..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | '!' | ';' | '\u{2014}'));
        // (Not a modal: "I will." after "Learning Russian should not be a problem for
        // you." takes the task on.)
        let states = matches!(
            aux,
            "do" | "does" | "did" | "have" | "has" | "had" | "am" | "is" | "are" | "was" | "were"
        );
        PRONOUNS.contains(&p) && states && openers_only && ends
    })
}

/// The words after an opening "no" or "well, no", which do not change what follows.
fn after_no<'w, 'a>(words: &'w [&'a str]) -> &'w [&'a str] {
    match words {
        ["no", "no", rest @ ..] | ["no", rest @ ..] | ["well", "no", rest @ ..] => rest,
        _ => words,
    }
}

/// Whether the sentence's lower-case words say that what was said is untrue.
fn is_denial(words: &[&str]) -> bool {
    let rest = after_no(words);
    // "It is not exactly nonsense.": a word of denial itself negated disputes a word,
    // it denies nothing.
    // (Within three words of the "not": "No, it is not true, it is rubbish." denies.)
    let negated_denial_word = rest.iter().position(|w| *w == "not").is_some_and(|n| {
        rest[n + 1..rest.len().min(n + 4)]
            .iter()
            .any(|w| matches!(*w, "nonsense" | "rubbish" | "lie" | "false" | "untrue"))
    });
    if negated_denial_word {
        return false;
    }
    // "That's totally false for him to say that.": the denial within the first words.
    let opening = &rest[..rest.len().min(5)];
    !rest.is_empty()
        && (lexicon::DENIALS.opens(rest)
            || lexicon::DENIALS.within(opening)
            || (words.len() <= 8 && lexicon::DENIALS.within(words))
            // "I completely reject that.", "Well, I don't accept that characterisation."
            || lexicon::REJECTIONS.within(&rest[..rest.len().min(8)])
            || answer_is_no(rest))
}

/// Whether the words are an adverb or two and "not" ("Most certainly not.", "Surely
/// not.", "Absolutely not.").
fn is_adverbial_no(words: &[&str]) -> bool {
    let adverb = |w: &&str| w.len() > 3 && w.ends_with("ly") || matches!(*w, "most" | "very");
    matches!(words, [ad @ .., "not"] if !ad.is_empty() && ad.len() <= 2 && ad.iter().all(adverb))
}

/// Whether the words open by saying the answer is no ("The short answer is no, because
/// …", "My answer is no.").
fn answer_is_no(words: &[&str]) -> bool {
    matches!(
        words,
        ["the" | "my", "answer", "is", "no", ..] | ["the" | "my", _, "answer", "is", "no", ..]
    )
}

/// Whether the words are a question tag: an auxiliary, perhaps negated, and a pronoun
/// ("was there", "didn't you", "weren't they", "is it not").
fn is_tag_phrase(words: &[&str]) -> bool {
    let aux = |w: &str| {
        AUXILIARIES.contains(&w)
            || matches!(w, "won't" | "can't" | "shan't" | "mustn't" | "must")
            || w.strip_suffix("n't")
                .is_some_and(|a| AUXILIARIES.contains(&a))
    };
    match words {
        [a, p] => aux(a) && PRONOUNS.contains(p),
        [a, p, "not"] => AUXILIARIES.contains(a) && PRONOUNS.contains(p),
        _ => false,
    }
}

/// Whether the sentence's lower-case words are a negative answer and nothing more.
fn is_negative_answer(words: &[&str], joined: &str) -> bool {
    let rest = after_no(words);
    rest.is_empty()
        || lexicon::NEGATIVE_ANSWERS.contains(joined)
        || lexicon::NEGATIVE_ANSWERS.contains(&rest.join(" "))
        || is_elliptical_denial(words)
        || is_adverbial_no(rest)
}

/// Whether a sentence ends with a question mark, before any closing quotes or brackets.
fn ends_as_question(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(|c: char| {
            matches!(c, '"' | '\'' | ')' | ']' | '»')
                || (c.is_whitespace())
                || matches!(c, '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}')
        })
        .ends_with('?')
}

/// The first lower-case word is a wh-word.
fn is_wh(first: &str) -> bool {
    matches!(
        first,
        "what" | "how" | "why" | "when" | "where" | "who" | "which" | "whom" | "whose"
    )
}

/// Whether a question's last part asks an open question after what it sets out:
/// after a dash, colon or semicolon ("So, 41.5 percent on the margin line — how much of
/// that is sustainable?"), or after short parts set off by commas that name or address
/// ("Mr Governor, what is the deadline?", "So, in that case, why wait?").
fn asks_last(lower: &str) -> bool {
    fn first_word(part: &str) -> Option<&str> {
        crate::segment::words(part).next().map(|(_, w)| w)
    }
    if let Some(at) = lower.rfind(['\u{2014}', '\u{2013}', ':', ';'])
        && first_word(&lower[at..]).is_some_and(is_wh)
    {
        return true;
    }
    let mut parts = lower.split(',');
    let mut short = 0;
    while let Some(part) = parts.next() {
        // (the last part: "So the budget, which was set last year, is it enough?" asks
        // whether)
        if first_word(part).is_some_and(is_wh) {
            return short > 0 && parts.next().is_none();
        }
        if crate::segment::words(part).count() > 3 {
            return false;
        }
        short += 1;
    }
    false
}

/// Whether the words of a question only check that the speaker has the other's point
/// right ("Am I reading that right?", "Did I hear you correctly?", "Is that a fair
/// summary?"): at most eight words, each of [`lexicon::CHECK_QUESTIONS`] or
/// [`lexicon::CHECK_JUDGEMENTS`], at least one of the latter.
fn is_check_question(words: &[&str]) -> bool {
    let judges = |w: &&str| lexicon::CHECK_JUDGEMENTS.contains(w);
    words.len() <= 8
        && words
            .iter()
            .all(|w| judges(w) || lexicon::CHECK_QUESTIONS.contains(w))
        && words.iter().any(judges)
}

/// The act of one sentence from its own words: `lower` is the sentence in lower case
/// with plain apostrophes, `words` its words, `text` as written.
pub(crate) fn act_of_words(lower: &str, words: &[&str], text: &str, question: bool) -> Act {
    let question = question || ends_as_question(text);
    if words.is_empty() {
        return Act::Interjection;
    }
    // The whole sentence as one phrase, for the lists of whole sentences: only short
    // ones can be one.
    let joined = if words.len() <= 6 {
        words.join(" ")
    } else {
        String::new()
    };
    if question {
        if lexicon::TAG_QUESTIONS.contains(&joined) || is_check_question(words) {
            return Act::Tag;
        }
        // "…, wasn't it?": the words after the last comma are a tag.
        if let Some(comma) = lower.rfind(',')
            && lower.len() - comma <= 40
        {
            let tail: Vec<&str> = crate::segment::words(&lower[comma..])
                .map(|(_, w)| w)
                .collect();
            if !tail.is_empty()
                && tail.len() < words.len()
                && (lexicon::TAG_QUESTIONS.contains(&tail.join(" "))
                    || is_tag_phrase(&tail)
                    || is_check_question(&tail))
            {
                return Act::TagQuestion;
            }
        }
        return if is_wh(words[0]) || asks_last(lower) {
            Act::OpenQuestion
        } else {
            Act::YesNoQuestion
        };
    }
    if lexicon::INTERJECTIONS.contains(&joined) {
        return Act::Interjection;
    }
    if is_denial(words) {
        return Act::Denial;
    }
    if words.len() <= 6 && is_negative_answer(words, &joined) {
        return Act::NegativeAnswer;
    }
    let negated_soon = words.iter().take(3).any(|w| *w == "not" || *w == "no");
    if lexicon::ASSENT_OPENERS.opens(words) && !negated_soon || is_elliptical_yes(words) {
        return Act::Assent;
    }
    Act::Statement
}

/// Whether a sentence with this act and these features says something another
/// speaker can answer: not an interjection or a bare tag, not a fragment cut short
/// ("Governor —", "And production on gas —": at most four content words, broken off),
/// and an assent or a denial only when it goes on with content of its own.
pub fn has_content(act: Act, s: &Sentence) -> bool {
    if s.interrupted && s.words.len() <= 4 {
        return false;
    }
    match act {
        Act::Interjection | Act::Tag => false,
        Act::Assent | Act::Denial | Act::NegativeAnswer => s.words.len() >= 4,
        _ => true,
    }
}

/// For each utterance, whether it only hands the floor to a speaker: at most three
/// sentences of at most four content words each, no question but one that passes the
/// floor, one of them a phrase that passes the floor ([`Sentence::passes_floor`]: "Governor, your response. Ninety seconds."). It
/// answers nothing, and the reply after it answers the turn before it.
pub(crate) fn floor_passing(sents: &[Sentence]) -> Vec<bool> {
    let n_utts = sents.last().map_or(0, |s| s.utt + 1);
    let mut len = vec![0usize; n_utts];
    let mut short = vec![true; n_utts];
    let mut passes = vec![false; n_utts];
    for s in sents {
        len[s.utt] += 1;
        // (a question of the chair's own is answered: "How many homes will you build?")
        short[s.utt] &= s.words.len() <= 4 && (!s.question || s.passes_floor);
        passes[s.utt] |= s.passes_floor;
    }
    (0..n_utts)
        .map(|u| passes[u] && short[u] && len[u] <= 3)
        .collect()
}

/// The moves of a transcript's sentences (see the [module](self) doc).
pub fn moves(sents: &[Sentence]) -> Vec<Move> {
    let mut acts: Vec<Act> = sents.iter().map(|s| s.act).collect();
    // A bare tag puts the statement before it: "… have gotten higher. Is that correct?"
    for i in 1..sents.len() {
        if acts[i] == Act::Tag && sents[i - 1].utt == sents[i].utt && acts[i - 1] == Act::Statement
        {
            acts[i - 1] = Act::TagQuestion;
        }
    }
    // The last sentence with content of each utterance that has one, by utterance.
    let n_utts = sents.last().map_or(0, |s| s.utt + 1);
    let mut last_content: Vec<Option<usize>> = vec![None; n_utts];
    let mut speaker_of: Vec<usize> = vec![usize::MAX; n_utts];
    let floor = floor_passing(sents);
    for (i, s) in sents.iter().enumerate() {
        speaker_of[s.utt] = s.speaker;
        if has_content(acts[i], s) && !floor[s.utt] {
            last_content[s.utt] = Some(i);
        }
    }
    // For each utterance, the sentence it answers: the last sentence with content of
    // the nearest earlier utterance of another speaker that has content.
    let mut answers_of_utt: Vec<Option<usize>> = vec![None; n_utts];
    // The latest utterance with content, and the latest with content by a second speaker.
    let mut latest: Option<usize> = None;
    let mut before_latest: Option<usize> = None;
    for u in 0..n_utts {
        let me = speaker_of[u];
        let pick = |x: Option<usize>| x.filter(|&v| speaker_of[v] != me);
        answers_of_utt[u] = pick(latest)
            .or_else(|| pick(before_latest))
            .and_then(|v| last_content[v]);
        if last_content[u].is_some() {
            if latest.is_some_and(|l| speaker_of[l] != me) {
                before_latest = latest;
            }
            latest = Some(u);
        }
    }
    sents
        .iter()
        .zip(acts)
        .map(|(s, act)| Move {
            act,
            answers: answers_of_utt[s.utt],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Transcript;

    fn acts(text: &str) -> Vec<Act> {
        let t = Transcript::parse(text).unwrap();
        let sents = crate::claim::sentences(&t);
        moves(&sents).iter().map(|m| m.act).collect()
    }

    #[test]
    fn denials_with_and_without_content() {
        for d in [
            "That's not true.",
            "No. It's actually the opposite.",
            "Nonsense.",
            "That is simply not true, Minister.",
            "No, you're wrong.",
            "That's totally false for him to stand up here and say that.",
            "No, it is not true, it is rubbish.",
        ] {
            let a = acts(&format!("Ann Lee: The depot is closing.\nBob Ray: {d}\n"));
            assert!(a[1..].contains(&Act::Denial), "{d}: {a:?}");
        }
        for d in ["No, we did not.", "It is not.", "Of course not.", "No."] {
            let a = acts(&format!("Ann Lee: The depot is closing.\nBob Ray: {d}\n"));
            assert_eq!(a[1], Act::NegativeAnswer, "{d}: {a:?}");
        }
        for s in [
            "No problem at all, we can do it.",
            "It is not only the depot that matters to the people of this town.",
            "We did not expect this.",
            "It is not so bad right now.",
            "Our plans are not at all unusual.",
            "It is not exactly nonsense.",
        ] {
            let a = acts(&format!("Ann Lee: The depot is closing.\nBob Ray: {s}\n"));
            assert_eq!(a[1], Act::Statement, "{s}");
        }
    }

    #[test]
    fn an_elliptical_yes_against_ends_the_sentence() {
        for s in [
            "but in\u{2014}oh, but i do.",
            "oh, but it is.",
            "but we did.",
        ] {
            assert!(ends_in_contrary_yes(s), "{s}");
        }
        for s in [
            "i have, actually.",
            "but i did, sarah.",
            "we have, in fact.",
        ] {
            assert!(ends_in_contrary_yes(s), "{s}");
        }
        for s in [
            "but i do not.",
            "i have been there twice.",
            "but we did build it in the end, after the inquiry had reported.",
        ] {
            assert!(!ends_in_contrary_yes(s), "{s}");
        }
        assert_eq!(acts("Ann Lee: It is.\n"), [Act::Assent]);
        assert_eq!(acts("Ann Lee: Yes, they did.\n"), [Act::Assent]);
    }

    #[test]
    fn an_open_question_may_follow_what_it_sets_out() {
        for q in [
            "So, 41.5 percent on the margin line \u{2014} how much of that is sustainable?",
            "Mr Governor, what is the deadline?",
            "So, in that case, why wait?",
            "On the budget: where does the money come from?",
        ] {
            assert_eq!(acts(&format!("Ann Lee: {q}\n")), [Act::OpenQuestion], "{q}");
        }
        for q in [
            "So the budget, which was set last year, is it enough?",
            "Is it true that, when you arrived, the fund was empty?",
        ] {
            assert_eq!(
                acts(&format!("Ann Lee: {q}\n")),
                [Act::YesNoQuestion],
                "{q}"
            );
        }
    }

    #[test]
    fn a_turn_that_only_hands_the_floor_on_answers_nothing() {
        let text = "Ann Lee: The scheme cost 12 billion.\n\
                    Chair: Governor, your response. Ninety seconds.\n\
                    Bob Ray: It cost 8 billion.\n";
        let t = Transcript::parse(text).unwrap();
        let sents = crate::claim::sentences(&t);
        assert_eq!(floor_passing(&sents), [false, true, false]);
        assert_eq!(moves(&sents)[3].answers, Some(0));
        // A chair who asks a question of their own is answered.
        let text = "Ann Lee: The scheme cost 12 billion.\n\
                    Chair: Governor, your response. How many homes will you build?\n\
                    Bob Ray: About 8,000.\n";
        let t = Transcript::parse(text).unwrap();
        let sents = crate::claim::sentences(&t);
        assert_eq!(floor_passing(&sents), [false, false, false]);
        assert_eq!(moves(&sents)[3].answers, Some(2));
    }

    #[test]
    fn questions_by_kind() {
        let a = acts(
            "Ann Lee: It opened in 2013, wasn't it? Is it open now? When did it open? Right?\n",
        );
        assert_eq!(
            a,
            [
                Act::TagQuestion,
                Act::YesNoQuestion,
                Act::OpenQuestion,
                Act::Tag
            ]
        );
    }

    #[test]
    fn a_reply_answers_past_interjections() {
        let t = Transcript::parse(
            "Ann Lee: We hired 40 people. Thank you.\nTom Hale: Right.\nBob Ray: Yes, that is what we did.\n",
        )
        .unwrap();
        let sents = crate::claim::sentences(&t);
        let m = moves(&sents);
        assert_eq!(m[2].act, Act::Interjection);
        assert_eq!(m[3].act, Act::Assent);
        assert_eq!(m[3].answers, Some(0));
    }
}
