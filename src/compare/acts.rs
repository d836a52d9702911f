//! Dialogue rules that read the conversation's acts (see [`crate::dialogue`]): a
//! reply that denies, or assents to, the sentence it answers, with no figure of
//! its own needed.
//!
//! In: the sentences, their [`Move`]s and the claims. Out: [`SentenceVerdict`]s
//! for [`Rule::DeniedStatement`] and [`Rule::AssentedClaim`].

use super::{Category, SentenceVerdict, Verdict, is_directive};
use crate::claim::{Claim, Sentence};
use crate::dialogue::{Act, Move};
use crate::lexicon;
use crate::rule::Rule;

/// Words that report what someone else says ("The press says we are closing
/// it."): denying such a sentence denies the report's source, not the speaker.
pub(super) fn reports_another(lower: &str) -> bool {
    is_quotation(lower)
        || relays_a_claim(lower)
        || crate::segment::words(lower).any(|(_, w)| matches!(w, "asks" | "asked"))
}

/// Whether what a sentence reports is the listener's own words ("You said that …",
/// "you've told us …", "When you first got hired, you said it was called …"): a reply
/// may confirm or deny that they said it, as it may not a third party's report.
pub(super) fn reports_the_listener(lower: &str) -> bool {
    let words: Vec<&str> = crate::segment::words(lower).map(|(_, w)| w).collect();
    words.iter().enumerate().any(|(k, w)| {
        let before = |n: usize| k.checked_sub(n).map_or("", |i| words[i]);
        matches!(*w, "say" | "said" | "told") && second_person_before(before(1), before(2))
    }) && !relays_a_claim_but_saying(lower)
}

/// [`relays_a_claim`] for every word but the verbs of saying that
/// [`reports_the_listener`] reads ("said", "say", "told"): a third party named besides
/// ("you said the Herald reports …").
fn relays_a_claim_but_saying(lower: &str) -> bool {
    is_quotation(lower)
        || crate::segment::words(lower)
            .any(|(_, w)| names_a_source(w) || matches!(w, "asks" | "asked"))
}

/// Whether a word relays what a source says wherever it stands ("says", "according",
/// "wrote", "tells", "claims", "reports", "rumoured", "alleged").
fn names_a_source(w: &str) -> bool {
    matches!(
        w,
        "says" | "according" | "wrote" | "writes" | "tells" | "telling"
    ) || ["claim", "report", "rumo", "alleg"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Whether a sentence is all in quotation marks (“Russia has a tradition.”): someone
/// else's words read out, not the speaker's claim.
pub(super) fn is_quotation(text: &str) -> bool {
    let t = text.trim();
    let open = t.chars().next();
    let close = t.chars().next_back();
    t.chars().count() > 2
        && matches!(
            (open, close),
            (Some('“'), Some('”')) | (Some('"'), Some('"')) | (Some('«'), Some('»'))
        )
        // One quotation, not two ("“Yes,” he said, “no.”").
        && t[open.map_or(0, char::len_utf8)..t.len() - close.map_or(0, char::len_utf8)]
            .chars()
            .all(|c| !matches!(c, '“' | '”' | '"' | '«' | '»'))
}

/// Whether a sentence relays what someone said or wrote ("the Herald reports", "they
/// say"), as [`reports_another`] but for asking: "asked the Minister for his assessment
/// of the proposed cuts" names the cuts as its own.
pub(super) fn relays_a_claim(lower: &str) -> bool {
    let words: Vec<(usize, &str)> = crate::segment::words(lower).collect();
    words.iter().enumerate().any(|(k, &(at, w))| {
        let before = |n: usize| k.checked_sub(n).map_or("", |i| words[i].1);
        // What follows the word in its clause: nothing when the clause ends with it.
        let ends_clause = words.get(k + 1).is_none_or(|&(next, nw)| {
            lower[at + w.len()..next].contains(['.', ',', ';', ':', '!', '?'])
                || matches!(nw, "and" | "but" | "so" | "yet")
        });
        match w {
            // "Their manager's been on saying …", "people are saying …" relay; "What I'm
            // saying is …", "we are saying" do not.
            "saying" => {
                !(matches!(before(1), "i'm" | "i" | "am" | "we're" | "we")
                    || before(1) == "are" && before(2) == "we")
            }
            // "… and families haven't been told.": kept uninformed, nothing relayed.
            "told" => !(ends_clause && matches!(before(1), "been" | "being" | "was" | "were")),
            // "I will say …", "let me say …", "as I said": the speaker's own words.
            "say" | "said" => !first_person_before(before(1), before(2)),
            "joke" => true,
            // "Tenants have been reporting damp and mould to your department": a problem
            // reported to someone, nothing relayed (unless "that" follows: "reported to
            // the council that …").
            "reporting" | "reported" => {
                let rest = &lower[at + w.len()..];
                let clause = rest.split(['.', ';', '!', '?']).next().unwrap_or(rest);
                let words_after: Vec<&str> =
                    crate::segment::words(clause).map(|(_, w)| w).collect();
                !words_after.contains(&"to") || words_after.contains(&"that")
            }
            _ => names_a_source(w),
        }
    })
}

/// Whether the two words before a verb of saying make the listener its subject ("you
/// said", "you've said", "you have said", "you once said").
fn second_person_before(one: &str, two: &str) -> bool {
    matches!(one, "you" | "you've")
        || two == "you" && matches!(one, "have" | "had" | "once" | "also" | "just" | "yourself")
}

/// Whether the two words before a verb of saying make the speaker its subject ("I
/// said", "we'd say", "I will say", "I must say", "let me say").
fn first_person_before(one: &str, two: &str) -> bool {
    let me = |w: &str| matches!(w, "i" | "we" | "i'd" | "we'd" | "i'll" | "we'll");
    me(one)
        || one == "me" && two == "let"
        || me(two)
            && matches!(
                one,
                "will" | "would" | "must" | "can" | "could" | "should" | "might" | "just" | "also"
            )
}

/// Whether a sentence is negated: a negation word, or a negative pronoun ("nothing",
/// "nobody").
fn is_negated(sa: &Sentence, lower: &str) -> bool {
    sa.negated
        || crate::segment::words(lower).any(|(_, w)| {
            matches!(
                w,
                "nothing" | "nobody" | "none" | "neither" | "nowhere" | "no-one" | "noone"
            )
        })
}

/// Whether a question asks for something or checks the line rather than puts a claim.
pub(super) fn is_request(lower: &str) -> bool {
    let words: Vec<&str> = crate::segment::words(lower).map(|(_, w)| w).collect();
    // At the opening ("Would you like …?"), or after an address ("Mr President, let me
    // …"): within the first four words.
    lexicon::REQUESTS.opens_within(&words, 4) || is_imperative(&words)
}

/// Whether a sentence's words open with an imperative, after a joining word ("And
/// never sign anything without legal review."): a negated or emphatic one ("Don't
/// forget the champions.", "Do everything you can.", not the question "Do you …?"),
/// or a verb that opens orders ("Keep it to five minutes.", "Go ahead.").
fn is_imperative(words: &[&str]) -> bool {
    let words = match words {
        ["and" | "so" | "but" | "now" | "also" | "then", rest @ ..] => rest,
        _ => words,
    };
    match words {
        ["don't" | "never", ..] => true,
        ["do", "not", ..] => true,
        ["do", next, ..] => !crate::dialogue::PRONOUNS.contains(next),
        [first, ..] => ORDER_VERBS.contains(first),
        _ => false,
    }
}

/// Verbs that open an order or a request when they open a sentence ("Keep me posted.",
/// "Make sure the schools open.", "Go ahead.").
const ORDER_VERBS: &[&str] = &[
    "keep", "make", "go", "send", "remember", "bring", "give", "take", "tell", "check", "prepare",
    "ensure",
];

/// The reply sentences that may carry an act: the first of an utterance, or the
/// second after a bare "No." or "Yes." that opens it.
fn opens_reply(b: usize, sents: &[Sentence], moves: &[Move]) -> bool {
    let s = &sents[b];
    s.index_in_turn == 0
        || (s.index_in_turn == 1
            && matches!(
                moves[b - 1].act,
                Act::Denial | Act::NegativeAnswer | Act::Assent
            )
            && sents[b - 1].words.is_empty())
}

/// Verdicts of the act rules, for reply sentences not in `taken` (sorted: the
/// replies another dialogue rule has already decided).
pub(super) fn verdicts(
    text: &str,
    sents: &[Sentence],
    claims: &[Claim],
    moves: &[Move],
    taken: &[usize],
) -> Vec<SentenceVerdict> {
    let mut out: Vec<SentenceVerdict> = Vec::new();
    for (b, m) in moves.iter().enumerate() {
        if taken.binary_search(&b).is_ok() {
            continue;
        }
        if let Some(v) = contrary_yes(text, sents, moves, b) {
            out.push(v);
            continue;
        }
        if !matches!(m.act, Act::Denial | Act::NegativeAnswer | Act::Assent) {
            continue;
        }
        // "Mr McCarthy says that patients had nowhere to go. That is not true.": the
        // denial is of the other speaker's words that this speaker has just reported.
        if m.act == Act::Denial
            && let Some(v) = denied_report(text, sents, b)
        {
            out.push(v);
            continue;
        }
        let Some(a) = m.answers else { continue };
        if !opens_reply(b, sents, moves) || out.last().is_some_and(|v| v.b + 1 == b && v.a == a) {
            continue;
        }
        let a = if m.act == Act::Denial {
            denied_about_me(text, sents, b, a)
        } else {
            a
        };
        let (sa, act_a) = (&sents[a], moves[a].act);
        let lower = crate::segment::lower_plain(&text[sa.span.range()]);
        let claim = crate::claim::of_sentence(claims, a).last();
        let verdict = match m.act {
            Act::Denial => denied(sa, act_a, &lower, (true, claim.is_some())),
            // "Of course not." after "This will not spoil your plans." agrees.
            // "This is not so." says the statement is false, negated or not ("Our
            // manufacturers have no priority." — "This is not so.").
            Act::NegativeAnswer if !is_negated(sa, &lower) || says_not_so(text, &sents[b]) => {
                denied(sa, act_a, &lower, (false, claim.is_some()))
            }
            // "Yes, this is a good idea.": an idea accepted, not a fact confirmed.
            Act::Assent if accepts_proposal(text, sents, b) => None,
            Act::Assent => assented(sa, act_a, &lower),
            _ => None,
        };
        if let Some(verdict) = verdict {
            out.push(SentenceVerdict {
                a,
                b,
                claim,
                verdict,
            });
        }
    }
    out
}

/// [`Rule::ContraryYes`]: a reply that opens with an elliptical affirmation against
/// ("But I do.", "Oh, but it is.") answers a negated statement of the listener's own
/// case ("But you have no plan."): it affirms what that denied.
fn contrary_yes(
    text: &str,
    sents: &[Sentence],
    moves: &[Move],
    b: usize,
) -> Option<SentenceVerdict> {
    let sb = &sents[b];
    let a = moves[b].answers?;
    let sa = &sents[a];
    if sb.index_in_turn > 1 || sa.question || !sa.second_person {
        return None;
    }
    let lower_b = crate::segment::lower_plain(&text[sb.span.range()]);
    if !crate::dialogue::ends_in_contrary_yes(&lower_b) {
        return None;
    }
    let lower_a = crate::segment::lower_plain(&text[sa.span.range()]);
    if !is_negated(sa, &lower_a)
        || reports_another(&lower_a)
        || is_directive(&lower_a)
        || sa.words.is_empty()
    {
        return None;
    }
    Some(SentenceVerdict {
        a,
        b,
        claim: None,
        verdict: Verdict::contradiction(
            Category::Negation,
            0.65,
            Rule::ContraryYes,
            "the second speaker affirms what the first speaker said they lack or did not do"
                .to_string(),
        ),
    })
}

/// Whether a negative answer says in so many words that what it answers is not so
/// ("This is not so.", "That isn't so."), rather than answering no.
fn says_not_so(text: &str, s: &Sentence) -> bool {
    let lower = crate::segment::lower_plain(&text[s.span.range()]);
    let words: Vec<&str> = crate::segment::words(&lower).map(|(_, w)| w).collect();
    matches!(words.as_slice(), [.., "not" | "isn't", "so"])
}

/// How many sentences back in the turn answered a denial followed by the speaker's own
/// account looks for what was said of them.
const ABOUT_ME_REACH: usize = 6;

/// The sentence a denial is about: the statement before an open question that closes
/// the turn answered (see below); when the denier goes on about themselves ("That is
/// just not accurate. I was against it …") and the sentence answered says nothing of
/// them ("Nothing will ever top NAFTA."), the latest plain statement of the turn
/// answered that speaks of them ("You were totally in favor of it."), within
/// [`ABOUT_ME_REACH`] sentences: not a supposition ("if you did win, you would …") and
/// not a report of what they said. Otherwise the sentence answered, `a`.
fn denied_about_me(text: &str, sents: &[Sentence], b: usize, a: usize) -> usize {
    // "I understand you lost the account in October. How should we think about the
    // quarter?" — "That's not accurate.": an open question states nothing to deny; the
    // statement before it in its turn is what is denied.
    if sents[a].act == Act::OpenQuestion
        && a > 0
        && sents[a - 1].utt == sents[a].utt
        && sents[a - 1].act == Act::Statement
    {
        return a - 1;
    }
    let next_is_mine = sents
        .get(b + 1)
        .is_some_and(|n| n.utt == sents[b].utt && n.first_person);
    if !next_is_mine || sents[a].second_person {
        return a;
    }
    let utt = sents[a].utt;
    (a.saturating_sub(ABOUT_ME_REACH)..a)
        .rev()
        .take_while(|&k| sents[k].utt == utt)
        .find(|&k| {
            let s = &sents[k];
            let lower = crate::segment::lower_plain(&text[s.span.range()]);
            s.second_person
                && !s.question
                && s.act == Act::Statement
                && !crate::segment::words(&lower)
                    .any(|(_, w)| matches!(w, "if" | "would" | "could" | "say" | "said"))
                && !reports_another(&lower)
        })
        .unwrap_or(a)
}

/// [`Rule::DeniedStatement`]: a denial answering a statement, or a statement put as a
/// tag question, that says something of its own.
fn denied(
    sa: &Sentence,
    act: Act,
    lower: &str,
    (denial, with_figure): (bool, bool),
) -> Option<Verdict> {
    let words: Vec<&str> = crate::segment::words(lower).map(|(_, w)| w).collect();
    // A yes/no question that puts a proposition to the listener ("Do you agree, Mr
    // Osborne, that …?", "But isn't it the case that …?"), within its first three words.
    let puts_proposition = || lexicon::PUTTING_QUESTIONS.opens_within(&words, 3);
    let claim_put = matches!(act, Act::Statement | Act::TagQuestion)
        || act == Act::YesNoQuestion && puts_proposition()
        || (matches!(act, Act::Assent | Act::Denial | Act::NegativeAnswer) && sa.words.len() >= 4);
    // (Two words of content are enough for a claim about the listener, "You were
    // totally in favor of it.", or for a plain statement denied in so many words, "The
    // depot is closing." — "That's not true."; one with a figure, "The deficit is 3
    // billion pounds.")
    let enough = sa.words.len() >= 3
        || sa.words.len() == 2 && (sa.second_person || act == Act::Statement && denial)
        || !sa.words.is_empty() && act == Act::Statement && denial && with_figure;
    let relayed = reports_another(lower) && !reports_the_listener(lower);
    if !claim_put || !enough || is_directive(lower) || relayed {
        return None;
    }
    // "Counter-sanctions give the impression that we were hurting ourselves." —
    // "Nonsense.": an impression disputed, not a fact.
    // "… thank you for staying so late." — "Not at all.": a courtesy declined, and
    // "We could …" — "No.": a proposal; neither is a fact denied.
    if lexicon::IMPRESSIONS.within(&words) || lexicon::PROPOSALS.within(&words) {
        return None;
    }
    Some(Verdict::contradiction(
        Category::Negation,
        0.7,
        Rule::DeniedStatement,
        "the second speaker denies what the first speaker stated".to_string(),
    ))
}

/// Whether the assent of sentence `b` accepts a proposal or praises an idea, in its
/// sentence or, after a bare assent, the next one of its utterance ([`lexicon::ACCEPTANCES`]: "Yes, this is a
/// good idea.", "Of course. Where are the poets?"). ("Yes, but …" still confirms what
/// was asked, with a reservation.)
fn accepts_proposal(text: &str, sents: &[Sentence], b: usize) -> bool {
    let sb = &sents[b];
    // The next sentence only after a bare assent ("Of course. Where are the poets?").
    let bare = text[sb.span.range()].split_whitespace().count() <= 4;
    let end = sents
        .get(b + 1)
        .filter(|n| bare && n.utt == sb.utt)
        .map_or(sb.span.end, |n| n.span.end);
    let lower = crate::segment::lower_plain(&text[sb.span.start..end]);
    let words: Vec<&str> = crate::segment::words(&lower).map(|(_, w)| w).collect();
    lexicon::ACCEPTANCES.within(&words)
}

/// [`Rule::AssentedClaim`]: an assent answering a statement, or a question that puts
/// a claim (not a request, not an open question, not a proposal).
fn assented(sa: &Sentence, act: Act, lower: &str) -> Option<Verdict> {
    // (Two words of content make a statement to assent to: "They hadn't been handed
    // over yet." — "Yes, that was indeed the case.")
    let enough = match act {
        Act::Statement | Act::YesNoQuestion | Act::TagQuestion => sa.words.len() >= 2,
        _ => false,
    };
    let proposes = || {
        let words: Vec<&str> = crate::segment::words(lower).map(|(_, w)| w).collect();
        lexicon::PROPOSALS.within(&words)
    };
    let relayed = reports_another(lower) && !reports_the_listener(lower);
    if !enough || is_request(lower) || is_directive(lower) || relayed || proposes() {
        return None;
    }
    Some(Verdict {
        disagree: false,
        category: Category::Confirmation,
        severity: 0.0,
        confidence: 0.6,
        rule: Rule::AssentedClaim,
        explanation: if act == Act::Statement {
            "the second speaker assents to what the first speaker stated".to_string()
        } else {
            "the second speaker answers yes to what the first speaker put".to_string()
        },
    })
}

/// How many utterances back a reported claim is looked for.
const REPORT_REACH: usize = 8;

/// [`Rule::DeniedReport`]: a denial right after the speaker reports what another
/// speaker said ("Mr McCarthy says that ME patients had nowhere to go. That is not
/// true."): the other speaker's earlier sentence that shares most of the reported
/// words is what is denied.
fn denied_report(text: &str, sents: &[Sentence], b: usize) -> Option<SentenceVerdict> {
    let sb = &sents[b];
    let p = b.checked_sub(1).filter(|&p| sents[p].utt == sb.utt)?;
    let lower = text[sents[p].span.range()]
        .to_lowercase()
        .replace('\u{2019}', "'");
    // What is reported: the words after "says that", "said that", "claims that".
    let at = [
        "says that ",
        "said that ",
        "claims that ",
        "claimed that ",
        "suggests that ",
    ]
    .iter()
    .filter_map(|m| lower.find(m).map(|i| i + m.len()))
    .min()?;
    let reported = crate::claim::content_stems(&lower[at..]);
    if reported.len() < 2 {
        return None;
    }
    let first_utt = sb.utt.saturating_sub(REPORT_REACH);
    let (a, shared) = (0..p)
        .rev()
        .take_while(|&i| sents[i].utt >= first_utt)
        .filter(|&i| sents[i].speaker != sb.speaker && !sents[i].question)
        .map(|i| {
            let n = reported
                .iter()
                .filter(|w| sents[i].words.contains(w))
                .count();
            (i, n)
        })
        .max_by_key(|&(i, n)| (n, i))?;
    (shared >= 2 && shared * 2 >= reported.len()).then(|| SentenceVerdict {
        a,
        b,
        claim: None,
        verdict: Verdict::contradiction(
            Category::Negation,
            0.7,
            Rule::DeniedReport,
            "the second speaker reports what the first said and denies it".to_string(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_statement_is_denied_in_so_many_words() {
        let denied = |a: &str, b: &str| super::super::reply_reports(a, b, Rule::DeniedStatement);
        assert!(denied("The depot is closing.", "That's not true."));
        assert!(denied(
            "The deficit is 3 billion pounds this year.",
            "That's not true."
        ));
        // A bare "No." to two words is no denial of a claim.
        assert!(!denied("The depot is closing.", "No."));
    }

    #[test]
    fn a_claim_relayed_from_someone_else_is_told_apart_from_the_speakers_own() {
        for relayed in [
            "their manager's just been on saying your lot were time-wasting.",
            "people are saying the depot will close.",
            "the herald reports that the depot will close.",
            "they say you speak six languages.",
            "i was told the depot will close.",
            "competitors have been telling customers we will leave brazil.",
            "\u{201c}russia has a tradition.\u{201d}",
            "the herald reported to its readers that the depot will close.",
        ] {
            assert!(reports_another(relayed), "{relayed}");
        }
        for own in [
            "what i'm saying is the depot will close.",
            "the day centre will close in may, and families haven't been told.",
            "we are saying the depot will close.",
            "i am saying it plainly: the depot will close.",
            "the depot will close in may.",
            "the \u{201c}temporary\u{201d} closure is over: the depot will close in may.",
            "tenants have been reporting damp and mould to your department for two years.",
        ] {
            assert!(!reports_another(own), "{own}");
        }
    }
}
