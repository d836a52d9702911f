//! The dialogue rule for a slot filled again: a short reply that keeps the head of
//! what the other speaker put and replaces the word that qualified it ("You were
//! head of communications?" — "Head of broadcast."; "a working visit" — "A state
//! visit.").
//!
//! In: the sentences and their [`Move`]s. Out: [`SentenceVerdict`]s for
//! [`Rule::ReplacedFiller`].

use super::{Category, SentenceVerdict, Verdict};
use crate::claim::{Sentence, content_stems};
use crate::dialogue::{Act, Move};
use crate::rule::Rule;

/// The most words a reply may have, after an opening "No," and discourse adverbs, to be
/// a fragment that fills a slot again.
const MAX_WORDS: usize = 6;

/// A word of a sentence: its stem when it is a content word.
type Slot = Option<String>;

/// The stem of a word when it is a content word.
fn stem_of(w: &str) -> Slot {
    content_stems(w)
        .into_iter()
        .next()
        .map(|s| s.as_str().to_string())
}

/// The words of a lower-case sentence, each with its stem when it is a content word.
fn slots(lower: &str) -> Vec<(&str, Slot)> {
    crate::segment::words(lower)
        .map(|(_, w)| (w, stem_of(w)))
        .collect()
}

/// The content stems next to the word at `i`: the one before it (not a word of change
/// in "-ing", as in "increasing exports"), the one after it, and the one after "of", "for" or
/// "on" ("head of broadcast", "a ban on flights").
fn neighbours<'s>(ws: &'s [(&str, Slot)], i: usize) -> impl Iterator<Item = &'s str> {
    // (A word of change in "-ing" is a verb; another qualifies: "a working visit".)
    let changing = |w: &str| {
        w.ends_with("ing")
            && (crate::lexicon::CHANGE_UP.contains_word(w)
                || crate::lexicon::CHANGE_DOWN.contains_word(w))
    };
    let before = i
        .checked_sub(1)
        .filter(|&k| !changing(ws[k].0))
        .and_then(|k| ws[k].1.as_deref());
    let after = ws.get(i + 1).and_then(|w| w.1.as_deref());
    let linked = ws
        .get(i + 1)
        .filter(|w| matches!(w.0, "of" | "for" | "on"))
        .and_then(|_| ws.get(i + 2))
        .and_then(|w| w.1.as_deref());
    [before, after, linked].into_iter().flatten()
}

/// Whether a word makes a clause of a reply, not a noun phrase: a pronoun or an
/// auxiliary (those of [`crate::dialogue`]'s elliptical denials), another form of "be",
/// another modal, "mean", "let" or "please".
fn is_clause_word(w: &str) -> bool {
    crate::dialogue::PRONOUNS.contains(&w)
        || crate::dialogue::AUXILIARIES.contains(&w)
        || matches!(
            w,
            "these"
                | "those"
                | "be"
                | "been"
                | "it's"
                | "that's"
                | "shall"
                | "may"
                | "might"
                | "must"
                | "mean"
                | "means"
                | "let"
                | "let's"
                | "please"
        )
}

/// Whether every word of `text` whose content stem is `stem` is written with a capital
/// (other than at the sentence's start): a name.
fn written_capitalised(text: &str, stem: &str) -> bool {
    let mut seen = false;
    for (k, (at, w)) in crate::segment::words(text).enumerate() {
        let s = content_stems(&w.to_lowercase()).into_iter().next();
        if s.as_ref().is_some_and(|s| s.as_str() == stem) {
            if k == 0 {
                return false;
            }
            seen = true;
            if !text[at..].starts_with(char::is_uppercase) {
                return false;
            }
        }
    }
    seen
}

/// Whether a word grades the one after it ("very good"): an evaluation, not a filler.
fn is_degree(w: &str) -> bool {
    matches!(
        w,
        "very"
            | "really"
            | "quite"
            | "so"
            | "extremely"
            | "pretty"
            | "rather"
            | "too"
            | "most"
            | "more"
            | "less"
    )
}

/// The words of a reply that may fill a slot again: those after an opening "No" and
/// without discourse adverbs ("A studio album, actually."); `None` when it is longer
/// than a fragment, a question, an assent or negated otherwise.
fn fragment<'l>(sb: &Sentence, lower_b: &'l str) -> Option<Vec<(&'l str, Slot)>> {
    // A reply with a figure is for the figures' rules ("No, it holds 450 cubic metres.").
    if sb.question || sb.confirms || lower_b.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut ws: Vec<&str> = crate::segment::words(lower_b).map(|(_, w)| w).collect();
    if ws.first() == Some(&"no") {
        ws.remove(0);
    }
    ws.retain(|w| !crate::lexicon::DISCOURSE_ADVERBS.entries().contains(w));
    // "No, it was a state visit.": a pointing opening before the noun phrase (not
    // before a comparison: "This is more than the national average.").
    let opening = match ws.as_slice() {
        ["it" | "that" | "this", "was" | "is", ..] => 2,
        ["it's" | "that's", ..] => 1,
        _ => 0,
    };
    if opening > 0 {
        if ws.iter().any(|w| matches!(*w, "than" | "as"))
            || ws.get(opening).is_some_and(|w| is_degree(w))
        {
            return None;
        }
        ws.drain(..opening);
    }
    let negated = ws.iter().any(|w| super::paraphrase::is_negation(w));
    // A clause of its own ("He is our student.", "You mean exports.") says more than
    // which filler: only a noun phrase is a fragment.
    let clause = ws.iter().any(|w| is_clause_word(w));
    // It adds rather than replaces ("… and of procurement", "… too").
    let adds = ws
        .iter()
        .any(|w| matches!(*w, "and" | "also" | "too" | "plus" | "both" | "or"));
    if ws.is_empty() || ws.len() > MAX_WORDS || negated || clause || adds {
        return None;
    }
    Some(ws.into_iter().map(|w| (w, stem_of(w))).collect())
}

/// [`Rule::ReplacedFiller`]: a fragment reply that keeps a word of the statement or
/// yes/no question it answers and replaces the word next to it with one of its own:
/// both sentences have a word beside the shared one that the other lacks, and the
/// reply brings at most two words of its own.
fn replaced_filler(
    (sa, act, text_a): (&Sentence, Act, &str),
    (sb, text_b): (&Sentence, &str),
) -> Option<Verdict> {
    // An exclamation ("Good luck!") puts nothing to correct.
    if !matches!(act, Act::Statement | Act::YesNoQuestion | Act::TagQuestion)
        || text_a.trim_end().ends_with('!')
    {
        return None;
    }
    let lower = |t: &str| crate::segment::lower_plain(t);
    let lower_b = lower(text_b);
    let wb = fragment(sb, &lower_b)?;
    let lower_a = lower(text_a);
    // "Can we pick up the library refurbishment?" — "The library's on track.": a request
    // puts no filler to replace.
    if super::acts::is_request(&lower_a) {
        return None;
    }
    let wa = slots(&lower_a);
    let in_a = |s: &str| wa.iter().any(|w| w.1.as_deref() == Some(s));
    let in_b = |s: &str| wb.iter().any(|w| w.1.as_deref() == Some(s));
    let own: Vec<&str> = wb
        .iter()
        .filter_map(|w| w.1.as_deref())
        .filter(|s| !in_a(s))
        .collect();
    if own.is_empty() || own.len() > 2 || !sa.words.iter().any(&in_b) {
        return None;
    }
    // A filler is a common word as written ("police", "scheduled"), not a name
    // ("Sergei Lavrov." — "Sergei Shoigu.") nor an adverb ("Totally different.").
    let common = |s: &str, ws: &[(&str, Slot)], text: &str| {
        ws.iter()
            .any(|w| w.1.as_deref() == Some(s) && !w.0.ends_with("ly"))
            && !written_capitalised(text, s)
    };
    // The reply's head is the last word of its noun phrase or comes before "of", "for"
    // or "on" ("An unannounced inspection.", "Head of broadcast."): "Belarusian exports." keeps a
    // qualifier and changes the thing. Its filler is not the reply's first word
    // ("Kirill Vyshinsky.") nor graded ("A very good idea." evaluates again).
    let last = wb.iter().rposition(|w| w.1.is_some());
    let (old, new) = wb.iter().enumerate().find_map(|(i, (_, head))| {
        let head = head.as_deref().filter(|h| in_a(h))?;
        let is_head = Some(i) == last
            || wb
                .get(i + 1)
                .is_some_and(|w| matches!(w.0, "of" | "for" | "on"));
        if !is_head {
            return None;
        }
        let new = neighbours(&wb, i).find(|s| {
            let at = wb.iter().position(|w| w.1.as_deref() == Some(*s));
            !in_a(s)
                && common(s, &wb, text_b)
                && at.is_some_and(|k| k > 0 && !is_degree(wb[k - 1].0))
        })?;
        let old = wa
            .iter()
            .enumerate()
            .filter(|(_, w)| w.1.as_deref() == Some(head))
            .find_map(|(k, _)| neighbours(&wa, k).find(|s| !in_b(s) && common(s, &wa, text_a)))?;
        Some((old, new))
    })?;
    let word = |s: &str, ws: &[(&str, Slot)]| {
        ws.iter()
            .find(|w| w.1.as_deref() == Some(s))
            .map_or(s.to_string(), |w| w.0.to_string())
    };
    Some(Verdict::contradiction(
        Category::Entity,
        0.6,
        Rule::ReplacedFiller,
        format!(
            "the second speaker puts \"{}\" where the first said \"{}\"",
            word(new, &wb),
            word(old, &wa)
        ),
    ))
}

/// Verdicts of the rule, for the first sentence of each reply not in `taken` (sorted),
/// against the sentence it answers.
pub(super) fn verdicts(
    text: &str,
    sents: &[Sentence],
    moves: &[Move],
    taken: &[usize],
) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    for (b, m) in moves.iter().enumerate() {
        let sb = &sents[b];
        if sb.index_in_turn > 0 || sb.words.len() > MAX_WORDS || taken.binary_search(&b).is_ok() {
            continue;
        }
        let Some(a) = m.answers else { continue };
        let sa = &sents[a];
        let (text_a, text_b) = (&text[sa.span.range()], &text[sb.span.range()]);
        if let Some(verdict) = replaced_filler((sa, moves[a].act, text_a), (sb, text_b)) {
            out.push(SentenceVerdict {
                a,
                b,
                claim: None,
                verdict,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rule::Rule;

    /// Whether the rule reports the reply of a two-line exchange.
    fn fired(a: &str, b: &str) -> bool {
        super::super::reply_reports(a, b, Rule::ReplacedFiller)
    }

    #[test]
    fn a_replaced_qualifier_is_a_correction() {
        assert!(fired(
            "You were the communications head then?",
            "Head of broadcast."
        ));
        assert!(fired(
            "So it was a scheduled inspection?",
            "No, an unannounced inspection."
        ));
        assert!(fired(
            "It is a temporary ban on lorries.",
            "A permanent ban on lorries."
        ));
        // A qualifier in "-ing", after a pointing opening.
        assert!(fired(
            "It was a working visit.",
            "No, it was a state visit."
        ));
        assert!(fired("It was a working visit.", "A state visit."));
        assert!(!fired(
            "Average salaries went up by 5 percent.",
            "This is more than the national average."
        ));
    }

    #[test]
    fn what_is_no_replacement_stays_silent() {
        // Repeated, added to, graded, a clause of its own, a name, a new head.
        assert!(!fired(
            "You were the communications head then?",
            "Communications head, yes."
        ));
        assert!(!fired(
            "It was the planning committee.",
            "The planning and licensing committee."
        ));
        assert!(!fired("It is an excellent plan.", "A very good plan."));
        assert!(!fired("It is a temporary ban.", "It is a ban we extended."));
        assert!(!fired("Our minister is Olga Ivanova.", "Olga Petrova."));
        assert!(!fired(
            "You mean the Finnish goods sold here?",
            "Finnish exports."
        ));
        assert!(!fired("We keep increasing exports.", "Grain exports."));
        assert!(!fired("Good luck!", "Good afternoon."));
    }
}
