//! Trends said without figures: [`Rule::SameTrend`], a reply that marks agreement and
//! says the same subject moves the way the other speaker said it moves.
//!
//! In: the sentences, their claims and [`Move`]s, the speaker of each utterance. Out:
//! [`SentenceVerdict`]s (agreements) for [`Rule::SameTrend`]. ([`Rule::OppositeTrend`],
//! the same subject said to move the other way, is read between a reply and the
//! sentence it answers, in `paraphrase`.)

use super::{Category, SentenceVerdict, Verdict, is_directive, time_mention};
use crate::claim::{Sentence, Word, change_of, change_of_form, content_stems, phrasal_change};
use crate::dialogue::{Act, Move};
use crate::rule::Rule;

/// One change a clause states: its direction (+1 up, −1 down) and the content words of
/// what changes (the words before the word of change, back to the clause's start or
/// the change before it).
#[derive(Debug, PartialEq)]
struct Trend {
    dir: i8,
    /// What changes, from the clause's start (or the change before it).
    subject: Vec<Word>,
    /// The same, from the last comma: "that is true, enterprise churn did increase"
    /// gives ("enterpris", "churn").
    near: Vec<Word>,
    /// Whether the change is negated ("did not fall", "the rise … isn't there").
    negated: bool,
    /// Whether its subject is only a pronoun that points back ("No, it fell last
    /// winter."): the subject of the change it answers.
    pronoun: bool,
    /// The time its words name, up to the next change ("in 2012", "last year"; see
    /// `time_mention`).
    time: Option<String>,
}

/// Forms of "be" before an "up" or "down" that make it a change ("sales are up").
fn is_be(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "been" | "be")
}

/// The direction of a comparative after a verb of becoming ("getting longer", "grew
/// smaller"), `0` for other words: the closed class of comparatives of size and amount.
fn comparative(verb: &str, adjective: &str) -> i8 {
    if !matches!(
        verb,
        "get"
            | "gets"
            | "getting"
            | "got"
            | "gotten"
            | "become"
            | "becomes"
            | "becoming"
            | "became"
            | "grow"
            | "grows"
            | "growing"
            | "grew"
            | "grown"
    ) {
        return 0;
    }
    match adjective {
        "more" | "higher" | "larger" | "bigger" | "longer" | "greater" => 1,
        "fewer" | "less" | "lower" | "smaller" | "shorter" => -1,
        _ => 0,
    }
}

/// Determiners before a noun ("the", "this", "our").
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "any"
            | "our"
            | "their"
            | "its"
            | "his"
            | "her"
            | "your"
            | "my"
    )
}

/// Words that end the subject named after a noun of change ("the fall in burglaries
/// that you mentioned").
fn ends_named_subject(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "and"
            | "since"
            | "over"
            | "this"
            | "last"
    )
}

/// Words that make a clause's change a supposition or a wish, not a statement of
/// what happens ("if prices fell", "exports could grow").
fn is_supposition(w: &str) -> bool {
    matches!(
        w,
        "if" | "unless" | "whether" | "would" | "could" | "might" | "should" | "must" | "may"
    )
}

/// The changes a lower-case sentence states, clause by clause: "Wages have gone down
/// and the number of poor people has increased" gives (−1, ["wage"]) and (+1,
/// ["number", "poor", "person"]). Clauses end at `;`, `:`, a dash, "but" and ", and". A negated
/// change ("did not fall") is kept, marked negated; one supposed or wished ("if it
/// grows") states none.
fn trends(lower: &str) -> Vec<Trend> {
    let mut out = Vec::new();
    for clause in lower
        .split([';', ':', '\u{2014}'])
        .flat_map(|c| c.split(" but "))
        // (A change's time is said in its own clause: "… has fallen in each of the last
        // four months, and it is now at its lowest since the spring of last year".)
        .flat_map(|c| c.split(", and "))
    {
        let spans: Vec<(usize, &str)> = crate::segment::words(clause).collect();
        let words: Vec<&str> = spans.iter().map(|&(_, w)| w).collect();
        // Whether a comma comes before the `k`th word (after the word before it).
        let comma_before = |k: usize| {
            let from = k
                .checked_sub(1)
                .map_or(0, |p| spans[p].0 + spans[p].1.len());
            clause[from..spans[k].0].contains(',')
        };
        // Where the current subject starts: the clause's start, or after the last change.
        let mut from = 0;
        // The changes of this clause: where each one's words start, where its verb is.
        let mut read: Vec<(usize, usize, Trend)> = Vec::new();
        for (k, w) in words.iter().enumerate() {
            let prev = k.checked_sub(1).map(|p| words[p]);
            let (dir, verb_at) = match change_of_form(w) {
                0 => match prev {
                    Some(p) if phrasal_change(p, w) != 0 => (phrasal_change(p, w), k - 1),
                    Some(p) if is_be(p) && (*w == "up" || *w == "down") => {
                        (if *w == "up" { 1 } else { -1 }, k - 1)
                    }
                    Some(p) if comparative(p, w) != 0 => (comparative(p, w), k - 1),
                    _ => continue,
                },
                // "grew" in "grew smaller" is the comparative's verb, read at the next word.
                _ if words.get(k + 1).is_some_and(|n| comparative(w, n) != 0) => continue,
                d => (d, k),
            };
            if verb_at < from {
                // The particle of a change already read ("dropped off").
                continue;
            }
            // A noun of change names its subject after it: "the fall in burglaries". (A
            // noun: after a determiner, or after a determiner and one word that is no
            // verb: "the sharp fall in"; not "churn did increase in the quarter".)
            let det = |j: Option<usize>| j.is_some_and(|j| is_determiner(words[j]));
            let noun = det(k.checked_sub(1))
                || det(k.checked_sub(2))
                    && !matches!(
                        words[k - 1],
                        "did" | "does" | "do" | "has" | "have" | "had" | "will"
                    )
                    && !is_be(words[k - 1]);
            let named = noun && matches!(words.get(k + 1), Some(&"in" | &"of")) && verb_at == k;
            let subject_words: &[&str] = if named {
                let rest = &words[k + 2..];
                let end = rest
                    .iter()
                    .position(|w| ends_named_subject(w))
                    .unwrap_or(rest.len());
                &rest[..end.min(5)]
            } else {
                &words[from..verb_at]
            };
            let comma = (from..verb_at).rev().find(|&j| comma_before(j));
            // A negation of the change stands in its last three words before it, within
            // the clause's last comma ("No, exports went up" negates nothing).
            let negated = words[verb_at.saturating_sub(3).max(comma.unwrap_or(0))..verb_at]
                .iter()
                .any(|w| super::paraphrase::is_negation(w))
                // "The rise in complaints you mentioned isn't there."
                || named && words[k..].iter().any(|w| super::paraphrase::is_negation(w));
            let supposed = words[from..verb_at].iter().any(|w| is_supposition(w));
            let start = from;
            from = k + 1;
            if supposed {
                continue;
            }
            let subject = content_stems(&subject_words.join(" "));
            // "No, it fell", "they went down": the subject's last word a pronoun, and no
            // content word in it.
            let pronoun = subject.is_empty()
                && subject_words
                    .last()
                    .is_some_and(|w| matches!(*w, "it" | "they" | "that" | "this" | "it's"));
            let near = match comma {
                Some(c) if !named => content_stems(&words[c..verb_at].join(" ")),
                _ => subject.clone(),
            };
            let trend = Trend {
                dir,
                subject,
                near,
                negated,
                pronoun,
                time: None,
            };
            read.push((start, verb_at, trend));
        }
        // The time of each change: in its words, up to the next change's verb.
        for i in 0..read.len() {
            let end = read.get(i + 1).map_or(words.len(), |r| r.1);
            let time = time_mention(&words[read[i].0..end.max(read[i].0)].join(" "));
            read[i].2.time = time;
        }
        out.extend(read.into_iter().map(|(_, _, t)| t));
    }
    out
}

/// Whether two trends are of the same subject: all the words of one are words of the
/// other ("exports" / "the export of machinery"), never two different subjects of a
/// shared word ("sales of diesel models" / "sales of electric models").
fn same_subject(x: &Trend, y: &Trend) -> bool {
    let within = |x: &[Word], y: &[Word]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    within(&x.near, &y.subject)
        || within(&y.near, &x.subject)
        // A reply's "it" takes the subject of the change it answers.
        || y.pronoun && !x.subject.is_empty()
}

/// Whether a sentence marks what follows as agreeing with the other speaker: it opens
/// with an assent ("Indeed, …", "That is true, …"), has "yes" or "indeed" among its first
/// four words ("Mr Speaker, yes, …"), follows a short assent of its speaker ("That is
/// true. …"), or refers to the other's words ("… that you mentioned …").
fn marks_agreement(text: &str, sents: &[Sentence], moves: &[Move], b: usize) -> bool {
    let sb = &sents[b];
    let short_assent_before = b > 0
        && sents[b - 1].utt == sb.utt
        && moves[b - 1].act == Act::Assent
        && text[sents[b - 1].span.range()].split_whitespace().count() <= 4;
    sb.confirms
        || sb.attributes
        || moves[b].act == Act::Assent
        || short_assent_before
        || opens_with_assent_word(&text[sb.span.range()])
}

/// Whether "yes" or "indeed" is a word of a sentence's first 40 bytes (about its first
/// four words: "Mr Speaker, yes, …"), in any case.
fn opens_with_assent_word(sentence: &str) -> bool {
    let head = &sentence.as_bytes()[..sentence.len().min(40)];
    let word_at = |i: usize, w: &[u8]| {
        head.len() >= i + w.len()
            && head[i..i + w.len()].eq_ignore_ascii_case(w)
            && (i == 0 || !head[i - 1].is_ascii_alphanumeric())
            && head
                .get(i + w.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    (0..head.len()).any(|i| {
        matches!(head[i], b'y' | b'Y' | b'i' | b'I')
            && (word_at(i, b"yes") || word_at(i, b"indeed"))
    })
}

/// Whether a sentence may state a change, before it is read: a word of change or a
/// comparative of size among its content words, or an "up" or "down" ("went up",
/// "has come down"). Most sentences have none.
fn may_change(text: &str, s: &Sentence) -> bool {
    s.words.iter().any(|w| {
        change_of(w) != 0
            || matches!(
                w,
                "higher"
                    | "larger"
                    | "bigger"
                    | "longer"
                    | "greater"
                    | "fewer"
                    | "lower"
                    | "smaller"
                    | "shorter"
            )
    }) || text.contains(" up")
        || text.contains(" down")
}

/// Whether two changes of the same subject, at the same time, agree (the same way, as
/// facts) or conflict (opposite ways, or one denies the other: "fell" / "did not
/// fall"); `None` when they are of different subjects or times or say nothing to each
/// other ("did not fall" / "rose").
fn relation(x: &Trend, y: &Trend) -> Option<bool> {
    if !same_subject(x, y) || other_times(x, y) {
        return None;
    }
    match (x.dir == y.dir, x.negated, y.negated) {
        (true, false, false) => Some(true),
        (false, false, false) | (true, true, false) | (true, false, true) => Some(false),
        _ => None,
    }
}

/// Whether some change of `ta` and some change of `tb` stand in the [`relation`]
/// `agree` (true: they agree; false: they conflict).
fn holds(ta: &[Trend], tb: &[Trend], agree: bool) -> bool {
    ta.iter()
        .any(|x| tb.iter().any(|y| relation(x, y) == Some(agree)))
}

/// The directions two lower-case sentences give the same subject when they conflict,
/// and neither also says it moves the same way: [`Rule::OppositeTrend`]'s reading. A
/// direction is `0` for a change denied ("did not fall"); `None` when they do not
/// conflict.
pub(super) fn opposite(lower_a: &str, lower_b: &str) -> Option<(i8, i8)> {
    let tb = trends(lower_b);
    if tb.is_empty() {
        return None;
    }
    let ta = trends(lower_a);
    if holds(&ta, &tb, true) {
        return None;
    }
    let said = |t: &Trend| if t.negated { 0 } else { t.dir };
    ta.iter().find_map(|x| {
        tb.iter()
            .find(|y| relation(x, y) == Some(false))
            .map(|y| (said(x), said(y)))
    })
}

/// Whether two changes are said of different times ("in 2012" / "last year").
fn other_times(x: &Trend, y: &Trend) -> bool {
    x.time.is_some() && y.time.is_some() && x.time != y.time
}

/// [`Rule::SameTrend`] verdicts: for each sentence not in `taken` (sorted) that assents
/// ("Indeed, …", "Yes, …") or refers to the other speaker's words ("… that you
/// mentioned …") and states a change, the sentence of the turn it answers (latest
/// first) that states the same change of the same subject. Not when either side has a
/// figure of its own to compare (the figures decide), when the two name different
/// times, or when one of them also says the subject moves the other way.
pub(super) fn agreements(
    text: &str,
    sents: &[Sentence],
    claims: &[crate::claim::Claim],
    utt_speakers: &[usize],
    moves: &[Move],
    taken: &[usize],
) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    // A figure of amount (not a year, date, duration or rank): two of them are the
    // figures' to compare.
    let has_figure = |s: usize| {
        crate::claim::of_sentence(claims, s).any(|c| claims[c].quantity.kind.is_amount())
    };
    for (b, sb) in sents.iter().enumerate() {
        // Cheap tests first: an assent or a citation of the other.
        if sb.question
            || !marks_agreement(text, sents, moves, b)
            || taken.binary_search(&b).is_ok()
            || !may_change(&text[sb.span.range()], sb)
        {
            continue;
        }
        let Some(at) = crate::align::answered_turn(sb.utt, utt_speakers) else {
            continue;
        };
        let lower_b = crate::segment::lower_plain(&text[sb.span.range()]);
        let tb = trends(&lower_b);
        if tb.is_empty() {
            continue;
        }
        // The answered utterance's sentences, latest first (sentences come in utterance
        // order: found by halving, not by walking back over the reply).
        let end = sents[..b].partition_point(|s| s.utt <= at);
        let answered = (0..end).rev().take_while(|&a| sents[a].utt == at);
        for a in answered {
            let sa = &sents[a];
            if matches!(moves[a].act, Act::OpenQuestion | Act::Interjection)
                || !may_change(&text[sa.span.range()], sa)
                || has_figure(a) && has_figure(b)
            {
                continue;
            }
            let lower_a = crate::segment::lower_plain(&text[sa.span.range()]);
            if is_directive(&lower_a) {
                continue;
            }
            let ta = trends(&lower_a);
            if !holds(&ta, &tb, true) || holds(&ta, &tb, false) {
                continue;
            }
            out.push(SentenceVerdict {
                a,
                b,
                claim: None,
                verdict: Verdict {
                    disagree: false,
                    category: Category::Confirmation,
                    severity: 0.0,
                    confidence: 0.6,
                    rule: Rule::SameTrend,
                    explanation:
                        "the second speaker agrees that it moves the way the first speaker said"
                            .to_string(),
                },
            });
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::stem_word;

    fn dirs(s: &str) -> Vec<(i8, Vec<String>)> {
        trends(s)
            .into_iter()
            .map(|t| (t.dir, t.subject.iter().map(|w| w.to_string()).collect()))
            .collect()
    }

    #[test]
    fn assent_words_open_a_sentence_as_whole_words() {
        assert!(opens_with_assent_word(
            "Mr Speaker, yes, the routes have gone down."
        ));
        assert!(opens_with_assent_word("Indeed. Footfall has dropped off."));
        assert!(!opens_with_assent_word("Yesterday prices rose."));
        assert!(!opens_with_assent_word(
            "Prices rose, and that is the whole story, yes."
        ));
    }

    #[test]
    fn trends_are_read_clause_by_clause() {
        let t = dirs("wages have gone down and the number of poor families has increased");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].0, -1);
        let stem = |w: &str| stem_word(w).to_string();
        assert_eq!(t[0].1, vec![stem("wages")]);
        assert_eq!(t[1].0, 1);
        assert!(t[1].1.contains(&stem("families")));
        assert!(!t[1].1.contains(&stem("wages")));
    }

    #[test]
    fn negated_changes_are_marked_and_supposed_ones_dropped() {
        assert!(trends("exports did not fall")[0].negated);
        assert!(!trends("no, exports fell")[0].negated);
        assert!(trends("if exports grow we will be fine").is_empty());
        assert_eq!(
            dirs("sales are up"),
            vec![(1, vec![stem_word("sales").to_string()])]
        );
    }

    #[test]
    fn subjects_meet_only_when_one_holds_the_other() {
        let one = |s: &str| trends(s).remove(0);
        let exports = one("these exports are growing");
        let machinery = one("the export of machinery that you mentioned shows growth");
        let imports = one("imports are growing");
        assert_eq!(relation(&exports, &machinery), Some(true));
        assert_eq!(relation(&exports, &imports), None);
        // A change denied conflicts with the change stated; a denial and the other way
        // say nothing to each other.
        let fell = one("exports fell");
        let not_fell = one("exports did not fall");
        assert_eq!(relation(&fell, &not_fell), Some(false));
        assert_eq!(relation(&not_fell, &one("exports rose")), None);
    }

    #[test]
    fn changes_of_different_times_are_not_compared() {
        assert_eq!(
            opposite("exports fell in 2012", "exports rose in 2015"),
            None
        );
        assert_eq!(opposite("exports fell", "exports have come down"), None);
        assert_eq!(
            opposite("exports fell", "no, exports went up"),
            Some((-1, 1))
        );
    }
}
