//! The dialogue rules that read a reply sentence against the turn it answers, one
//! function each, in the order [`REPLY_RULES`] tries them.
//!
//! In: a [`Reply`]: the reply sentence and the sentences of the turn it answers
//! (latest first). Out: each rule's [`Step`]: a verdict, a decision to stop with
//! none, or a pass to the next rule.

use std::collections::HashMap;

use super::{
    Category, SentenceVerdict, Verdict, corrected_word, is_bare_no, is_directive,
    is_yes_no_question, negated_clause_words, negation, starts_with_no, time_mention,
};
use crate::claim::{Claim, Sentence, Word};
use crate::quantity::Kind;
use crate::rule::Rule;

/// A reply sentence and the turn it answers.
pub(super) struct Reply<'a> {
    pub(super) text: &'a str,
    pub(super) sents: &'a [Sentence],
    pub(super) claims: &'a [Claim],
    /// The reply sentence.
    pub(super) bi: usize,
    pub(super) sb: &'a Sentence,
    pub(super) btext: &'a str,
    /// The sentences of the answered turn, latest first.
    pub(super) a_sents: Vec<usize>,
}

impl Reply<'_> {
    fn text_of(&self, i: usize) -> &str {
        &self.text[self.sents[i].span.range()]
    }

    fn last_claim(&self, s: usize) -> Option<usize> {
        crate::claim::of_sentence(self.claims, s).last()
    }
}

/// What a rule decided about a reply.
pub(super) enum Step {
    /// Not this rule's case: the next rule may decide.
    Pass,
    /// Decided: no finding, and no later rule is asked.
    Stop,
    /// Decided: this finding.
    Found(SentenceVerdict),
}

/// The negated clause's words of the sentences read so far (see [`affirmed_denial`]).
pub(super) type NegatedWords = HashMap<usize, Option<Vec<Word>>>;

/// The rules, in the order they are tried.
pub(super) const REPLY_RULES: &[fn(&Reply<'_>, &mut NegatedWords) -> Step] = &[
    question_answered,
    place_or_time_denied,
    x_not_y,
    negated_statement,
    affirmed_denial,
];

/// [`Rule::QuestionConfirmed`] and [`Rule::QuestionDenied`]: a question with a figure,
/// answered "Yes." / "No." without a figure of its kind ("Over 90 percent?" — "That is
/// right, we will complete it on September 1."). With a figure of its kind, the
/// figures' pair decides: stop.
fn question_answered(r: &Reply<'_>, _: &mut NegatedWords) -> Step {
    let (sents, claims, sb) = (r.sents, r.claims, r.sb);
    if !(sb.index_in_turn == 0 && (sb.confirms || is_bare_no(r.btext))) {
        return Step::Pass;
    }
    // The last question of the answered turn that holds a figure.
    let Some(&ai) = r.a_sents.iter().find(|&&i| {
        sents[i].question
            && is_yes_no_question(r.text_of(i))
            && r.last_claim(i)
                .is_some_and(|c| claims[c].quantity.kind != Kind::Ordinal)
    }) else {
        return Step::Pass;
    };
    let Some(last) = r.last_claim(ai) else {
        return Step::Pass;
    };
    // The figure asked about: the last one, unless it is the one set aside ("25
    // flights instead of just five?" asks about the 25).
    let atext = r.text_of(ai);
    let astart = sents[ai].span.start;
    let set_aside = |c: usize| {
        let before = crate::claim::text_before(atext, &claims[c].quantity, astart, 20);
        ["instead of", "rather than", "than", "not"]
            .iter()
            .any(|m| {
                before
                    .trim_end()
                    .trim_end_matches("just")
                    .trim_end()
                    .ends_with(m)
            })
    };
    let ci = crate::claim::of_sentence(claims, ai)
        .rev()
        .find(|&c| !set_aside(c))
        .unwrap_or(last);
    // The kinds of figure the reply states (alignment pairs a figure with one of its kind).
    let kind = claims[ci].quantity.kind;
    if crate::claim::of_sentence(claims, r.bi).any(|c| claims[c].quantity.kind == kind) {
        return Step::Stop;
    }
    let q = claims[ci].quantity.describe();
    let disagree = !sb.confirms;
    Step::Found(SentenceVerdict {
        a: ai,
        b: r.bi,
        claim: Some(ci),
        verdict: Verdict {
            disagree,
            category: if disagree {
                Category::Negation
            } else {
                Category::Confirmation
            },
            severity: if disagree { 1.0 } else { 0.0 },
            confidence: 0.75,
            rule: if disagree {
                Rule::QuestionDenied
            } else {
                Rule::QuestionConfirmed
            },
            explanation: if disagree {
                format!("asked whether the figure is {q}; the answer is no")
            } else {
                format!("asked whether the figure is {q}; the answer confirms it")
            },
        },
    })
}

/// [`Rule::PlaceQuestionDenied`] and [`Rule::TimeQuestionDenied`]: a yes/no question
/// about a place or a time, answered "No" with another one ("Did you grow up in
/// Novosibirsk?" — "No, I was born … in Tomsk."; "This year?" — "No, we will launch
/// it in 2023.").
fn place_or_time_denied(r: &Reply<'_>, _: &mut NegatedWords) -> Step {
    let sents = r.sents;
    let Some(&ai) = r.a_sents.first() else {
        return Step::Pass;
    };
    if !(r.sb.index_in_turn == 0
        && starts_with_no(r.btext)
        && sents[ai].question
        && is_yes_no_question(r.text_of(ai)))
    {
        return Step::Pass;
    }
    let atext = r.text_of(ai);
    let (pa, pb) = (
        crate::claim::place_words(atext),
        crate::claim::place_words(r.btext),
    );
    let other_place = !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|p| pb.contains(p));
    let (ta, tb) = (time_mention(atext), time_mention(r.btext));
    let other_time = ta.is_some() && tb.is_some() && ta != tb;
    if !(other_place || other_time) {
        return Step::Pass;
    }
    let (category, rule, what) = if other_place {
        (Category::Entity, Rule::PlaceQuestionDenied, "place")
    } else {
        (Category::Temporal, Rule::TimeQuestionDenied, "time")
    };
    Step::Found(SentenceVerdict {
        a: ai,
        b: r.bi,
        claim: r.last_claim(ai),
        verdict: Verdict::contradiction(
            category,
            0.75,
            rule,
            format!("asked about one {what}; the answer is no, and names another"),
        ),
    })
}

/// [`Rule::XNotY`]: "X, not Y", where Y is a word of the answered turn.
fn x_not_y(r: &Reply<'_>, _: &mut NegatedWords) -> Step {
    let Some(wrong) = corrected_word(r.btext) else {
        return Step::Pass;
    };
    let stem = crate::claim::stem_word(&wrong);
    let Some(&ai) = r
        .a_sents
        .iter()
        .find(|&&i| r.sents[i].words.contains(&stem) || r.text_of(i).contains(wrong.as_str()))
    else {
        return Step::Pass;
    };
    Step::Found(SentenceVerdict {
        a: ai,
        b: r.bi,
        claim: None,
        verdict: Verdict::contradiction(
            Category::Entity,
            0.8,
            Rule::XNotY,
            format!("the second speaker corrects \u{201c}{wrong}\u{201d}"),
        ),
    })
}

/// [`Rule::NegatedStatement`]: a direct negation of the other speaker's statement: the
/// reply's negated clause shares most of its words with it. A negated reply is this
/// rule's to decide, found or not.
fn negated_statement(r: &Reply<'_>, _: &mut NegatedWords) -> Step {
    if !r.sb.negated {
        return Step::Pass;
    }
    let Some(bw) = negated_clause_words(r.btext) else {
        return Step::Stop;
    };
    for &ai in &r.a_sents {
        let sa = &r.sents[ai];
        if sa.negated
            || sa.question
            || sa.words.len() < 2
            || is_directive(r.text_of(ai))
            || super::acts::is_quotation(r.text_of(ai))
        {
            continue;
        }
        let shared = sa
            .words
            .iter()
            .filter(|w| bw.iter().any(|x| x == w))
            .count();
        if shared >= 2 && shared * 10 >= sa.words.len() * 7 && shared * 10 >= bw.len() * 5 {
            return Step::Found(negation(
                ai,
                r.bi,
                Rule::NegatedStatement,
                "the second speaker negates the first speaker's statement",
            ));
        }
    }
    Step::Stop
}

/// [`Rule::AffirmedDenial`]: the second speaker affirms what the first denied ("We will
/// not close the plant" — "They are closing the plant"), in three shared words at
/// least: two ("the truth is not in power" / "the power is in the truth") may be a
/// play on words.
fn affirmed_denial(r: &Reply<'_>, negated_words: &mut NegatedWords) -> Step {
    let sb = r.sb;
    // A fragment that ends on a comma ("Comrade Supreme Commander-in-Chief,") is an
    // address, not a statement.
    if sb.question || sb.words.len() < 2 || r.btext.trim_end().ends_with(',') {
        return Step::Pass;
    }
    for &ai in &r.a_sents {
        let sa = &r.sents[ai];
        if !sa.negated || sa.question {
            continue;
        }
        let atext = r.text_of(ai);
        let aw = negated_words.entry(ai).or_insert_with(|| {
            if is_directive(atext) {
                None
            } else {
                negated_clause_words(atext)
            }
        });
        let Some(aw) = aw.as_ref() else {
            continue;
        };
        let shared = aw.iter().filter(|w| sb.words.contains(w)).count();
        if shared >= 3 && shared * 10 >= aw.len() * 7 && shared * 10 >= sb.words.len() * 5 {
            return Step::Found(negation(
                ai,
                r.bi,
                Rule::AffirmedDenial,
                "the second speaker affirms what the first speaker denied",
            ));
        }
    }
    Step::Pass
}
