//! The rules for a reply that places the figure just said without a figure of its own:
//! too high ("Not quite that long.", "Less than that."), too low ("More than that."),
//! or about right ("Nearly.", "Something like that.").
//!
//! In: the sentences, their [`Move`]s and the claims. Out: [`SentenceVerdict`]s for
//! [`Rule::RelativeCorrection`] and [`Rule::RelativeAssent`].

use super::{Category, SentenceVerdict, Verdict};
use crate::claim::{Claim, Sentence};
use crate::dialogue::Move;
use crate::lexicon;
use crate::quantity::Kind;
use crate::rule::Rule;

/// The most words a reply may have to place the other's figure by a phrase alone.
const MAX_WORDS: usize = 10;

/// Verdicts for the reply sentences not in `taken` (sorted) that open their utterance
/// (or follow one short opening) and place, without a figure of their own, the last
/// figure of amount or time of the sentence they answer or the one before it in its
/// turn.
pub(super) fn verdicts(
    text: &str,
    sents: &[Sentence],
    claims: &[Claim],
    moves: &[Move],
    taken: &[usize],
) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    for (b, m) in moves.iter().enumerate() {
        let sb = &sents[b];
        if sb.index_in_turn > 1 || sb.question || taken.binary_search(&b).is_ok() {
            continue;
        }
        let Some(answered) = m.answers else { continue };
        // (A figure of its own is the figures' to compare.)
        if crate::claim::of_sentence(claims, b).next().is_some() {
            continue;
        }
        let lower = crate::segment::lower_plain(&text[sb.span.range()]);
        let words: Vec<&str> = crate::segment::words(&lower).map(|(_, w)| w).collect();
        if words.is_empty() || words.len() > MAX_WORDS {
            continue;
        }
        let (rule, disagree, how) = if lexicon::RELATIVE_BELOW.within(&words) {
            (Rule::RelativeCorrection, true, "lower")
        } else if lexicon::RELATIVE_ABOVE.within(&words) && !opens_an_addition(&lower) {
            (Rule::RelativeCorrection, true, "higher")
        } else if about_right(&words) {
            (Rule::RelativeAssent, false, "about right")
        } else {
            continue;
        };
        // The figure placed: the last of amount or time in the sentence answered, or
        // in the one before it in its turn; or in the utterance just before the reply,
        // another speaker's, when it is short ("Yeah, for 30 years." put in between).
        let just_before =
            (b > 0 && sents[b - 1].utt + 1 == sb.utt && sents[b - 1].speaker != sb.speaker)
                .then(|| b - 1)
                .filter(|&p| p == 0 || sents[p - 1].utt != sents[p].utt);
        let figure = just_before
            .into_iter()
            .chain(
                [answered, answered.wrapping_sub(1)]
                    .into_iter()
                    .filter(|&a| a < sents.len() && sents[a].utt == sents[answered].utt),
            )
            .find_map(|a| {
                crate::claim::of_sentence(claims, a)
                    .rfind(|&c| claims[c].quantity.kind != Kind::Ordinal)
                    .map(|c| (a, c))
            });
        let Some((a, c)) = figure else { continue };
        let kind = claims[c].quantity.kind;
        let category = if kind.is_calendar() || kind == Kind::Duration {
            Category::Temporal
        } else {
            Category::Numeric
        };
        let explanation = if disagree {
            format!("the second speaker puts the figure {how} than the first speaker said")
        } else {
            "the second speaker takes the figure as about right".to_string()
        };
        out.push(SentenceVerdict {
            a,
            b,
            claim: Some(c),
            verdict: Verdict {
                disagree,
                category,
                severity: if disagree { 1.0 } else { 0.0 },
                confidence: 0.65,
                rule,
                explanation,
            },
        });
    }
    out
}

/// Whether a whole reply, an opening or closing "yes" aside, is one of
/// [`lexicon::RELATIVE_ABOUT`] ("Something in that region, yeah.", "Close to it, yes").
fn about_right(words: &[&str]) -> bool {
    let yes = |w: &&str| matches!(*w, "yes" | "yeah" | "well");
    let start = words.iter().take_while(|w| yes(w)).count();
    let end = words.len() - words[start..].iter().rev().take_while(|w| yes(w)).count();
    end > start
        && end - start <= 4
        && lexicon::RELATIVE_ABOUT.contains(&words[start..end].join(" "))
}

/// Whether "more than that" opens an addition ("More than that, we need …"), not a
/// figure placed higher.
fn opens_an_addition(lower: &str) -> bool {
    lower
        .trim_start()
        .strip_prefix("more than that")
        .is_some_and(|rest| rest.trim_start().starts_with(',') && rest.len() > 3)
}

#[cfg(test)]
mod tests {
    use crate::rule::Rule;

    fn fired(a: &str, b: &str, rule: Rule) -> bool {
        let text = format!("Anna Petrova: {a}\nMark Ellis: {b}\n");
        let report = crate::Detector::default().analyze_text(&text).unwrap();
        report
            .discrepancies
            .iter()
            .chain(&report.agreements)
            .any(|d| d.rule == rule)
    }

    #[test]
    fn a_figure_placed_by_a_phrase() {
        let correction = Rule::RelativeCorrection;
        assert!(fired(
            "You've been doing this for 30 years.",
            "Well, not quite that long.",
            correction
        ));
        assert!(fired(
            "About 8 million a year?",
            "Less than that.",
            correction
        ));
        assert!(fired(
            "It cost around 200,000.",
            "A lot more than that.",
            correction
        ));
        assert!(fired(
            "Turnout was 62 percent, right?",
            "Nearly.",
            Rule::RelativeAssent
        ));
        // An addition, a reply of its own figure, a reply to no figure.
        assert!(!fired(
            "It cost around 200,000.",
            "More than that, it was late.",
            correction
        ));
        assert!(!fired(
            "It cost around 200,000.",
            "Less than that: 150,000.",
            correction
        ));
        assert!(!fired("The plan is good.", "Less than that.", correction));
    }
}
