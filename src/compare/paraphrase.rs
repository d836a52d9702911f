//! Dialogue rules for contradictions without figures, read between a reply and the
//! sentence it answers (see [`crate::dialogue`]): a statement denied in other words,
//! and a trend stated the other way.
//!
//! In: the sentences, their [`Move`]s. Out: [`SentenceVerdict`]s for
//! [`Rule::DeniedByParaphrase`], [`Rule::DeniedPresupposition`] and
//! [`Rule::OppositeTrend`].

use super::{Category, SentenceVerdict, Verdict, is_directive, time_mention};
use crate::claim::{Sentence, Word, change_of, content_stems};
use crate::dialogue::{Act, Move};
use crate::rule::Rule;

/// Words that negate what follows them in a clause.
pub(super) fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not" | "no" | "never" | "nobody" | "nothing" | "none" | "cannot" | "neither" | "nor"
    ) || w.ends_with("n't")
}

/// Idioms in which a negation negates nothing the other said ("no doubt", "not only").
fn is_idiom(clause: &str) -> bool {
    [
        "no doubt",
        "not only",
        "no matter",
        "not just",
        "not least",
        "no less",
        "not quite",
        "not so much",
        "nothing but",
        "no longer",
        "not enough",
        "n't just",
        "not about",
        "n't about",
        "not simply",
        // A negation of need, means or knowledge answers a request, not a claim.
        "no need",
        "no way",
        "no more than",
        "no other",
        "not know",
        "n't know",
        // What the other did not mention, or what never reached the speaker, is a remark
        // about a person, not a fact denied.
        "not mention",
        "n't mention",
        "reached me",
        "reached us",
        "never told",
        "not told",
        "n't told",
        "not informed",
        "n't informed",
        "not notified",
        "n't notified",
        "not need",
        "n't need",
        "should not",
        "shouldn't",
        "cannot",
        "can't",
        "can not",
        "not exactly",
        // A reason denied is not the fact denied ("not because it is a member"), and "not
        // all" qualifies what was said rather than denying it.
        "not because",
        "not all",
        "not every",
        "no right",
    ]
    .iter()
    .any(|i| clause.contains(i))
}

/// The clauses of a lower-case sentence: split at `,`, `;`, `:`, and before "but".
/// Whether the other's sentence puts the denied words as an impression, not a fact: a
/// phrase of [`crate::lexicon::IMPRESSIONS`] at or before the first of them ("That sounds
/// like a justification." — "It does not sound like justification."; "many ministers
/// looked dejected"; not "You analyse the ratings and one gets the impression …", whose
/// impression comes after what is denied).
fn impression_before(lower: &str, stem: &Word) -> bool {
    let words: Vec<&str> = crate::segment::words(lower).map(|(_, w)| w).collect();
    let mut seen = false;
    for k in 0..words.len() {
        seen |= crate::lexicon::IMPRESSIONS.opens(&words[k..]);
        if crate::claim::stem_word(words[k]) == *stem {
            return seen;
        }
    }
    false
}

fn clauses(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split([',', ';', ':', '\u{2014}'])
        .flat_map(|c| c.split(" but "))
}

/// Whether the `k`th clause of `lower` ([`clauses`]) comes after a "but".
fn after_but(lower: &str, k: usize, clause: &str) -> bool {
    k > 0 && lower[..lower.find(clause).unwrap_or(0)].contains(" but ")
}

/// The negated clause of a reply and the content words of what it negates (the
/// words after the negation, at most four): "There is no proposed cut to ambulance
/// cover" gives ("propos", "cut", "ambul", "cover"). `None` when the sentence holds no
/// plain negation, contrasts ("but", "however" before it), is a condition ("if I did
/// not answer") or uses an idiom.
fn negated_scope(lower: &str) -> Option<(Vec<Word>, Vec<Word>)> {
    for (k, clause) in clauses(lower).enumerate() {
        let words: Vec<&str> = crate::segment::words(clause).map(|(_, w)| w).collect();
        let Some(at) = words.iter().position(|w| is_negation(w)) else {
            continue;
        };
        // "For the defence industry it's good, but for the bank it's not": a contrast.
        let after_but = after_but(lower, k, clause);
        if is_idiom(clause)
            || after_but
            || words[..at].iter().any(|w| {
                matches!(
                    *w,
                    "however" | "although" | "though" | "while" | "whereas" | "if" | "unless"
                )
            })
        {
            return None;
        }
        // "No one mentioned …": "one" belongs to the negation.
        let rest = words[at + 1..]
            .strip_prefix(&["one"])
            .unwrap_or(&words[at + 1..]);
        let scope: Vec<Word> = content_stems(&rest.join(" ")).into_iter().take(4).collect();
        let all: Vec<Word> = content_stems(clause)
            .into_iter()
            .filter(|w| !is_negation(w) && !w.starts_with("noth") && !w.starts_with("nobod"))
            .collect();
        return (!scope.is_empty()).then_some((all, scope));
    }
    None
}

/// The content words of what a reply says does not exist, at most four: "There is no
/// proposed cut to ambulance cover" and "No budget has been frozen" name ("propos",
/// "cut", "ambul", "cover") and ("budget", "frozen"). Only "no" opening its clause, or
/// after "there is", "there has been" and their kin; not in an idiom ("there is no
/// doubt", "no need") nor in a contrast or condition.
fn denied_existence(lower: &str) -> Option<Vec<Word>> {
    for (k, clause) in clauses(lower).enumerate() {
        let words: Vec<&str> = crate::segment::words(clause).map(|(_, w)| w).collect();
        let Some(at) = words.iter().position(|w| *w == "no") else {
            continue;
        };
        let existential = at == 0
            || words[..at].iter().all(|w| {
                matches!(
                    *w,
                    "there"
                        | "there's"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "been"
                        | "actually"
                        | "simply"
                        | "really"
                        | "absolutely"
                        | "just"
                )
            }) && words[..at].contains(&"there");
        let after_but = after_but(lower, k, clause);
        if !existential || after_but || is_idiom(clause) || at + 1 >= words.len() {
            return None;
        }
        // "No, I …": the answer particle, not a determiner.
        if at == 0
            && matches!(
                words[1],
                "i" | "we" | "you" | "it" | "that" | "this" | "they"
            )
        {
            return None;
        }
        let scope: Vec<Word> = content_stems(&words[at + 1..].join(" "))
            .into_iter()
            .take(4)
            .collect();
        return (!scope.is_empty()).then_some(scope);
    }
    None
}

/// [`Rule::DeniedPresupposition`]: a reply that says the thing the other speaker's
/// sentence names does not exist (`scope`, from [`denied_existence`]), where that
/// sentence names it, as a question ("What
/// about the planned closure of the ward?") or a statement: the first word denied and
/// most of the others are the other's, two of them or the only one.
fn denied_presupposition(sa: &Sentence, lower_a: &str, scope: &[Word]) -> Option<Verdict> {
    if !sa.words.contains(&scope[0]) {
        return None;
    }
    // "I do not think such threats exist." — "Indeed, there are no threats.": agreed.
    let negated_a = sa.negated || crate::segment::words(lower_a).any(|(_, w)| is_negation(w));
    if negated_a || super::acts::relays_a_claim(lower_a) {
        return None;
    }
    let shared = scope.iter().filter(|w| sa.words.contains(w)).count();
    let enough = shared * 2 >= scope.len() && (shared >= 2 || scope.len() == 1);
    // "Is any of that concentrated in a single customer?" — "No single customer is above
    // 9 percent.": a question whether there is any takes nothing for granted; "none"
    // answers it.
    let asks_whether_any =
        || sa.question && crate::segment::words(lower_a).any(|(_, w)| w == "any");
    (enough && !asks_whether_any()).then(|| {
        Verdict::contradiction(
            Category::Negation,
            0.65,
            Rule::DeniedPresupposition,
            "the second speaker says that what the first speaker's words take for granted does not exist".to_string(),
        )
    })
}

/// Whether reply sentence `sb` (lower case `lower_b`) can deny by its negation: not a
/// question, a condition ("If the funding stopped, clinics would not offer it.") or a
/// contrast that adds to what was said ("But …").
fn may_deny(sb: &Sentence, lower_b: &str) -> bool {
    let conditional = lower_b.starts_with("if ") || lower_b.starts_with("unless ");
    !(sb.question || conditional || opens_with_contrast(lower_b))
}

/// Whether a sentence opens with a contrast ("But …", "However, …"): it adds to what was
/// said rather than denies it.
fn opens_with_contrast(lower: &str) -> bool {
    let first = crate::segment::words(lower).next().map(|(_, w)| w);
    matches!(
        first,
        Some("but" | "however" | "yet" | "although" | "still")
    )
}

/// Whether the sentence puts a claim another speaker can deny: a statement or a
/// statement put as a tag question, not negated, not a directive.
fn puts_claim(s: &Sentence, act: Act, lower: &str) -> bool {
    if !matches!(act, Act::Statement | Act::TagQuestion | Act::Assent) || s.words.len() < 2 {
        return false;
    }
    let words: Vec<&str> = crate::segment::words(lower).map(|(_, w)| w).collect();
    // "I apologise, I am nervous", "I would like to invite you": what a speaker says of
    // themself or asks for is theirs to say ("I think …" puts a claim).
    // ("I can tell the House that the list has fallen": what follows "that" is put.)
    let of_self =
        words.first() == Some(&"i") && words.get(1) != Some(&"think") && !words.contains(&"that");
    // A wish, an expectation or thanks ("We expect that the authorities will act.") is no
    // fact a reply can deny, unless the speaker announces one: "I am pleased to tell the
    // House that …", "I'm happy to say that …" (nor is that a report of another's words).
    !is_directive(lower) && !of_self && !lower.trim_start().starts_with("please") && {
        let courtesy = crate::lexicon::PROPOSALS.within(&words);
        let first_person = words
            .iter()
            .take(5)
            .any(|w| matches!(*w, "i" | "i'm" | "we" | "we're" | "me"));
        let announces = (courtesy || first_person)
            && crate::lexicon::ANNOUNCEMENTS.within(&words)
            && words.contains(&"that");
        announces || !courtesy && !super::acts::reports_another(lower)
    }
}

/// Whether the two sentences name different times ("in January" / "in April").
fn other_times(lower_a: &str, lower_b: &str) -> bool {
    let (ta, tb) = (time_mention(lower_a), time_mention(lower_b));
    ta.is_some() && tb.is_some() && ta != tb
}

/// Whether a negation can reach the clause of a lower-case sentence ([`clauses`]) that
/// first holds a stemmed word: a negation in that clause or before it ("I don't think
/// that exports fell"), not one after it ("we sent the contract in May, and none of
/// this is new"; "…, isn't it?").
fn negated_where(lower: &str, stem: &Word) -> bool {
    for c in clauses(lower) {
        let words: Vec<&str> = crate::segment::words(c).map(|(_, w)| w).collect();
        if words.iter().any(|w| is_negation(w)) {
            return true;
        }
        if words.iter().any(|w| crate::claim::stem_word(w) == *stem) {
            return false;
        }
    }
    false
}

/// [`Rule::DeniedByParaphrase`]: a reply whose negated clause negates what the other
/// speaker stated: the first word it negates is a word of the other's sentence, and
/// most of what it negates too ("You want to close the depot." — "Nobody is closing
/// the depot."; "All seniors are covered." — "Middle class seniors are not covered.").
fn denied_by_paraphrase(
    sa: &Sentence,
    lower_a: &str,
    sb: &Sentence,
    lower_b: &str,
) -> Option<Verdict> {
    if !may_deny(sb, lower_b) {
        return None;
    }
    let (clause, scope) = negated_scope(lower_b)?;
    if !sa.words.contains(&scope[0])
        || negated_where(lower_a, &scope[0])
        || impression_before(lower_a, &scope[0])
    {
        return None;
    }
    let in_a = |w: &Word| sa.words.contains(w);
    let scope_shared = scope.iter().filter(|w| in_a(w)).count();
    let clause_shared = clause.iter().filter(|w| in_a(w)).count();
    // Most of what is negated is in the other's sentence, and the two share two words,
    // or the negated clause is short and elliptical ("There has been no decrease.").
    // Elliptical: nothing in the clause but what it negates ("The truth is not in
    // power." names a subject of its own).
    let elliptical = clause.len() <= 2 && clause.iter().all(|w| scope.contains(w));
    let enough = scope_shared * 2 >= scope.len() && (clause_shared >= 2 || elliptical);
    enough.then(|| {
        Verdict::contradiction(
            Category::Negation,
            0.65,
            Rule::DeniedByParaphrase,
            "the second speaker denies, in other words, what the first speaker stated".to_string(),
        )
    })
}

/// [`Rule::OppositeTrend`]: the same subject said to rise by one speaker and to fall
/// by the other, without figures ("Waiting lists kept shrinking." — "Waiting lists
/// are up."). Not for different subjects ("Exports fell." — "Imports rose.").
fn opposite_trend(lower_a: &str, lower_b: &str, sb: &Sentence) -> Option<Verdict> {
    // "You have mentioned a decline in incomes": the other's words cited, not a trend
    // of the speaker's own.
    if sb.question || sb.attributes {
        return None;
    }
    let (da, db) = super::trend::opposite(lower_a, lower_b)?;
    let way = |d: i8| match d {
        1 => "goes up",
        -1 => "goes down",
        _ => "does not move that way",
    };
    Some(Verdict::contradiction(
        Category::Negation,
        0.65,
        Rule::OppositeTrend,
        format!(
            "one speaker says it {}, the other that it {}",
            way(da),
            way(db)
        ),
    ))
}

/// Verdicts of the two rules, for reply sentences (the first two of an utterance) not
/// in `taken` (sorted), against the sentence each answers or one of the [`PREMISES`](super::PREMISES)
/// statements before it in its turn (the first that gives one).
pub(super) fn verdicts(
    text: &str,
    sents: &[Sentence],
    moves: &[Move],
    taken: &[usize],
) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    for (b, m) in moves.iter().enumerate() {
        let sb = &sents[b];
        if sb.index_in_turn > 1 || taken.binary_search(&b).is_ok() {
            continue;
        }
        let Some(answered) = m.answers else { continue };
        let lower = |s: &Sentence| crate::segment::lower_plain(&text[s.span.range()]);
        let lower_b = lower(sb);
        // Cheap tests first: most replies have neither a negation nor a word of change.
        let negated = sb.negated || crate::segment::words(&lower_b).any(|(_, w)| is_negation(w));
        if !negated
            && !sb.words.iter().any(|w| change_of(w) != 0)
            && !lower_b.contains(" up")
            && !lower_b.contains(" down")
        {
            continue;
        }
        // What the reply says does not exist, if it says so ("There is no …").
        let nothing = if negated && !sb.question && !sb.confirms && !opens_with_contrast(&lower_b) {
            denied_existence(&lower_b)
        } else {
            None
        };
        // The sentence answered, or a statement just before it in the same turn: "The
        // share is tending to decrease. What are the prospects?" — "There has been no
        // decrease." denies the premise of the question, not the question.
        for a in super::answered_and_premises(sents, answered) {
            let sa = &sents[a];
            let lower_a = lower(sa);
            // What a sentence names is taken for granted whatever it does with it: a
            // question or a request presupposes it too.
            let presupposed = nothing
                .as_deref()
                .and_then(|scope| denied_presupposition(sa, &lower_a, scope));
            // (Two trends are timed change by change, in their clauses: see `trend`.)
            let trend_only = presupposed.is_none() && !negated;
            if presupposed.is_none() && !puts_claim(sa, moves[a].act, &lower_a)
                || !trend_only && other_times(&lower_a, &lower_b)
            {
                continue;
            }
            let verdict = if presupposed.is_some() {
                presupposed
            } else if negated {
                denied_by_paraphrase(sa, &lower_a, sb, &lower_b).or_else(|| {
                    // "Coal production rose." — "No, coal production fell.": an opening
                    // "No" denies by the trend that follows it.
                    (only_opening_no(&lower_b) && !other_times(&lower_a, &lower_b))
                        .then(|| opposite_trend(&lower_a, &lower_b, sb))
                        .flatten()
                })
            } else {
                opposite_trend(&lower_a, &lower_b, sb)
            };
            if let Some(verdict) = verdict {
                out.push(SentenceVerdict {
                    a,
                    b,
                    claim: None,
                    verdict,
                });
                break;
            }
        }
        // Further back: a denial that names all it denies and three words of its clause
        // in another speaker's earlier statement answers it however far back it was made
        // ("… now she's closing the Fifth Street fire station." — many turns later —
        // "Nobody is closing the Fifth Street station.").
        if negated && nothing.is_none() && out.last().is_none_or(|v| v.b != b) {
            out.extend(far_denial(text, sents, moves, b, answered, &lower_b));
        }
    }
    out
}

/// Whether the only negation of a sentence is the "No" (or "No, no") that opens it
/// ("No, exports fell.").
fn only_opening_no(lower: &str) -> bool {
    let mut words = crate::segment::words(lower).map(|(_, w)| w).peekable();
    if words.next() != Some("no") {
        return false;
    }
    // ("No, no, it's gone down.")
    while words.next_if_eq(&"no").is_some() {}
    !words.any(|w| is_negation(w) || w == "no")
}

/// How many sentences back a denial is looked for beyond the turn it answers.
const FAR_BACK: usize = 400;

/// The latest statement of another speaker before the turn answered (`answered`) that
/// reply sentence `b`, opening its turn with a denial, denies with all the words it
/// negates and at least three words of its negated clause (see [`denied_by_paraphrase`]).
fn far_denial(
    text: &str,
    sents: &[Sentence],
    moves: &[Move],
    b: usize,
    answered: usize,
    lower_b: &str,
) -> Option<SentenceVerdict> {
    let sb = &sents[b];
    // The turn opens with the denial: a negation among its first eight words ("Nobody is
    // closing …", "Mr Speaker, the Thurso sleeper has not been scrapped."), not one put
    // in passing ("When this decision was made, … (not even the Road Fund but …)").
    let opens_denying = sb.index_in_turn == 0
        && crate::segment::words(lower_b)
            .take(8)
            .any(|(_, w)| is_negation(w));
    if !opens_denying || sb.confirms || !may_deny(sb, lower_b) {
        return None;
    }
    let (clause, scope) = negated_scope(lower_b)?;
    let first = sents[answered].utt;
    let from = answered.saturating_sub(FAR_BACK);
    (from..answered).rev().find_map(|a| {
        let sa = &sents[a];
        if sa.utt >= first || sa.speaker == sb.speaker || sa.question {
            return None;
        }
        let in_a = |w: &Word| sa.words.contains(w);
        if !scope.iter().all(in_a) || clause.iter().filter(|w| in_a(w)).count() < 3 {
            return None;
        }
        let lower_a = crate::segment::lower_plain(&text[sa.span.range()]);
        if !puts_claim(sa, moves[a].act, &lower_a)
            || negated_where(&lower_a, &scope[0])
            || other_times(&lower_a, lower_b)
        {
            return None;
        }
        Some(SentenceVerdict {
            a,
            b,
            claim: None,
            verdict: Verdict::contradiction(
                Category::Negation,
                0.6,
                Rule::DeniedByParaphrase,
                "the second speaker denies, in other words, what the first speaker stated earlier"
                    .to_string(),
            ),
        })
    })
}
