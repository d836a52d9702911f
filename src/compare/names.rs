//! The dialogue rule for a name put in another's place: a reply that answers a sentence
//! naming someone or something (a person, a firm, a place) with another name in the same
//! role ("That's going into the Tarnów plant, right?" — "Rzeszów, actually."; "Was the
//! audit done by Stannard Dray?" — "No, the 2022 audit was Ledgard Cole.").
//!
//! In: the text, the sentences and their [`Move`]s. Out: [`SentenceVerdict`]s for
//! [`Rule::ReplacedName`].
//!
//! A name is a run of words written with a capital inside a sentence (not its first
//! word, not a title, a month, a weekday or "I"), split at "and"; a name between commas
//! at a sentence's start addresses someone ("Well, Evander, …") and names nothing.

use super::{Category, SentenceVerdict, Verdict};
use crate::claim::{Sentence, content_stems};
use crate::dialogue::{Act, Move};
use crate::rule::Rule;

/// Words written with a capital that are no names of their own: titles (the name is
/// what follows them), the pronoun "I" and the months (the weekdays are
/// [`crate::quantity::WEEKDAYS`]).
const NOT_NAMES: &[&str] = &[
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Sir",
    "Dame",
    "Professor",
    "Prof",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Minister",
    "Speaker",
    "President",
    "Councillor",
    "Senator",
    "Mayor",
    "Madam",
    "Lord",
    "Lady",
    "Judge",
    "Superintendent",
    "Inspector",
    "Chief",
    "The",
    "OK",
    "Okay",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words that may stand between a name and the word that gives it its role: articles and
/// possessives ("from the Wyvern Foundation", "at our Dresden plant").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "his", "her", "my", "your",
];

/// Words that give a name its role in a sentence: the preposition before it.
/// (Not "of" or "to": "the idea of the LavkaLavka shop" — "the village of Knyazhevo".)
const ROLE_WORDS: &[&str] = &["by", "from", "at", "in", "into", "with"];

/// Forms of "be" before a name: it says what something is ("the audit was Ledgard Cole").
const COPULAS: &[&str] = &["is", "was", "are", "were", "it's", "that's"];

/// Words a fragment reply may have besides the name: the answer particle, discourse
/// words, a pointing "it was", a preposition ("Rzeszów, actually."; "Nah, Bergen.";
/// "In Dresden, in fact.").
const FRAGMENT_WORDS: &[&str] = &[
    "no", "nah", "nope", "actually", "in", "fact", "it", "it's", "was", "is", "that", "that's",
    "the", "at", "on", "from", "by", "sorry", "well", "oh", "um", "er", "uh", "not", "this",
    "time", "afraid", "i'm", "think", "i",
];

/// Words that add a name to one said rather than put it in its place.
const ADDING_WORDS: &[&str] = &["too", "also", "plus", "both", "well", "besides"];

/// One name of a sentence: its words (possessive "'s" removed) and the word before it
/// that gives its role (lower case, past determiners), if any.
#[derive(Debug)]
struct Name<'t> {
    words: Vec<&'t str>,
    role: Option<String>,
}

/// The word without a possessive ending ("Samsung's" is "Samsung").
fn bare(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w)
}

/// The names of a sentence (see the module doc). With `first`, the sentence's first
/// word may open a name (a fragment reply: "Rzeszów, actually.").
fn names(text: &str, first: bool) -> Vec<Name<'_>> {
    let words: Vec<(usize, &str)> = crate::segment::words(text).collect();
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase) && !NOT_NAMES.contains(&bare(w)) && {
            let lower = w.to_lowercase();
            !crate::claim::is_stopword(&lower)
                && !FRAGMENT_WORDS.contains(&lower.as_str())
                && !crate::quantity::WEEKDAYS.contains(&bare(&lower))
        }
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let w = words[k].1;
        if !capital(w) || (k == 0 && !first) {
            k += 1;
            continue;
        }
        // The run of capitalised words, with nothing but a space between them.
        let mut end = k + 1;
        while end < words.len() && capital(words[end].1) && {
            let (prev_at, prev) = words[end - 1];
            text[prev_at + prev.len()..words[end].0].trim().is_empty()
        } {
            end += 1;
        }
        let (last_at, last) = words[end - 1];
        let after = text[last_at + last.len()..].trim_start();
        // "Well, Evander, …", "Mr Ikwuemesi, turning to …": someone addressed.
        // (At the sentence's start, after at most one short word and a comma, or
        // after a title: "Well, Evander, …", "Mr Ikwuemesi, …".)
        let before = &words[..k];
        let opens = before.iter().all(|(_, w)| NOT_NAMES.contains(w))
            || before.len() == 1
                && before[0].1.len() <= 5
                && text[..words[k].0].trim_end().ends_with(',');
        let addressed = opens && after.starts_with(',') && !first;
        if !addressed {
            let role = words[..k]
                .iter()
                .rev()
                .filter(|(_, w)| !NOT_NAMES.contains(w))
                .map(|(_, w)| w.to_lowercase())
                .find(|w| !DETERMINERS.contains(&w.as_str()));
            out.push(Name {
                words: words[k..end].iter().map(|(_, w)| bare(w)).collect(),
                role,
            });
        }
        k = end;
    }
    out
}

/// Whether two words of names are one name's, as a noun or its adjective ("Kurds",
/// "Kurdish"; "Syria", "Syrian"; "Ukraine", "Ukrainian"): equal, or the shorter, less a
/// final "s", "a" or "e", opens the longer and has four letters or more.
fn same_word(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let stem = short.strip_suffix(['s', 'a', 'e']).unwrap_or(short);
    x == y || stem.chars().count() >= 4 && long.starts_with(stem)
}

/// Whether a name shares a word with any of `others`.
fn among(name: &Name<'_>, others: &[Name<'_>]) -> bool {
    others.iter().any(|o| {
        o.words
            .iter()
            .any(|w| name.words.iter().any(|v| same_word(v, w)))
    })
}

/// Whether a reply sentence (lower-case words `words`) or the opening before it
/// corrects in words: the sentence opens with "No" or "Nah", says "actually", "wrong",
/// "I'm afraid", or ends on "in fact" (not "As a matter of fact, …"); the opening
/// denies, opens with "No" or says "wrong" or "I'm afraid" (an "actually" deep in a
/// long opening corrects nothing named).
fn corrects_in_words(words: &[&str], opening: Option<(Act, &str)>) -> bool {
    let answers_no = |ws: &[&str]| matches!(ws.first(), Some(&("no" | "nah" | "nope")));
    let says_wrong = |ws: &[&str]| {
        ws.iter()
            .any(|w| matches!(*w, "wrong" | "incorrect" | "afraid"))
    };
    let in_fact_at_end = words.len() >= 2
        && words[words.len().saturating_sub(3)..]
            .windows(2)
            .any(|p| p == ["in", "fact"]);
    answers_no(words)
        || says_wrong(words)
        || words.contains(&"actually")
        || in_fact_at_end
        || opening.is_some_and(|(act, text)| {
            let lower = crate::segment::lower_plain(text);
            let ws: Vec<&str> = crate::segment::words(&lower).map(|(_, w)| w).collect();
            matches!(act, Act::NegativeAnswer | Act::Denial) || answers_no(&ws) || says_wrong(&ws)
        })
}

/// [`Rule::ReplacedName`]: a reply (`sb`, with `opening` its turn's first sentence when
/// `sb` is the second) that names someone or something the sentence it answers (`sa`)
/// did not, where that sentence names another it does not repeat, in the same role: as
/// the whole of a fragment reply ("… the Tarnów plant, right?" — "Rzeszów, actually."),
/// or after the same preposition or a form of "be" in a reply that corrects or answers a
/// question ("… came from the Wyvern Foundation, I assume?" — "We actually got it from
/// the Elsworth Trust."). Not a reply that assents or adds a name ("… and the Loxley
/// family too").
fn replaced_name(
    (sa, act, text_a): (&Sentence, Act, &str),
    (sb, text_b, words_b): (&Sentence, &str, &[&str]),
) -> Option<Verdict> {
    // (An open question puts no name forward: "What are the prospects in Syria?")
    if matches!(act, Act::OpenQuestion | Act::Interjection) {
        return None;
    }
    let old_names = names(text_a, false);
    if old_names.is_empty() {
        return None;
    }
    // (Its first word may open a name only if the reply is a fragment.)
    let with_first = names(text_b, true);
    let gone_from =
        |new: &[Name<'_>]| -> usize { old_names.iter().filter(|n| !among(n, new)).count() };
    // A fragment: nothing but the name and words that carry no content of their own.
    let fragment_names: Vec<&Name<'_>> = with_first
        .iter()
        .filter(|n| !among(n, &old_names))
        .collect();
    let name_words = fragment_names.iter().map(|n| n.words.len()).sum::<usize>();
    let fragment = !fragment_names.is_empty()
        && fragment_names.len() <= 2
        && gone_from(&with_first) == 1
        && words_b
            .iter()
            .filter(|w| !FRAGMENT_WORDS.contains(w) && **w != "and")
            .count()
            == name_words;
    let new_names = if fragment {
        with_first
    } else {
        names(text_b, false)
    };
    let fresh: Vec<&Name<'_>> = new_names.iter().filter(|n| !among(n, &old_names)).collect();
    let gone: Vec<&Name<'_>> = old_names.iter().filter(|n| !among(n, &new_names)).collect();
    let (first_new, first_old) = (fresh.first()?, gone.first()?);
    let pair = if fragment {
        Some((*first_new, *first_old))
    } else {
        // The same thing spoken of besides the names ("the audit" — "the 2022 audit").
        let name_stems: Vec<_> = fresh
            .iter()
            .chain(gone.iter())
            .flat_map(|n| n.words.iter())
            .flat_map(|w| content_stems(&w.to_lowercase()))
            .collect();
        let topic = sa
            .words
            .iter()
            .any(|w| sb.words.contains(w) && !name_stems.iter().any(|s| s.as_str() == w));
        let same_role = |n: &Name<'_>, o: &Name<'_>| match (&n.role, &o.role) {
            (Some(x), Some(y)) if ROLE_WORDS.contains(&x.as_str()) => x == y,
            (Some(x), Some(y)) if COPULAS.contains(&x.as_str()) => {
                topic && (COPULAS.contains(&y.as_str()) || y == "by")
            }
            _ => false,
        };
        fresh
            .iter()
            .find_map(|n| gone.iter().find(|o| same_role(n, o)).map(|o| (*n, *o)))
    };
    let (new, old) = pair?;
    Some(Verdict::contradiction(
        Category::Entity,
        0.6,
        Rule::ReplacedName,
        format!(
            "the second speaker puts \"{}\" where the first said \"{}\"",
            new.words.join(" "),
            old.words.join(" ")
        ),
    ))
}

/// Verdicts of the rule, for the first sentence of each reply not in `taken` (sorted), or
/// its second after an opening that denies or corrects ("No. No, the 2022 audit was
/// Ledgard Cole."), against the sentence it answers or one of the
/// [`PREMISES`](super::PREMISES) before it.
pub(super) fn verdicts(
    text: &str,
    sents: &[Sentence],
    moves: &[Move],
    taken: &[usize],
) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    for (b, m) in moves.iter().enumerate() {
        let sb = &sents[b];
        if sb.index_in_turn > 1 || sb.question || sb.confirms {
            continue;
        }
        let Some(answered) = m.answers else { continue };
        // Only a reply that corrects in words puts a name in another's place ("Rzeszów,
        // actually."; not "Noted, Desmond.", nor "Good."): a cheap look first.
        let opening = (sb.index_in_turn == 1).then(|| b - 1);
        let text_b = &text[sb.span.range()];
        let opening_cue = opening.is_some_and(|o| {
            let t = &text[sents[o].span.range()];
            matches!(moves[o].act, Act::NegativeAnswer | Act::Denial)
                || sents[o].corrects
                || sents[o].opens_correcting
                || may_correct(t) && corrects_in_words(&[], Some((moves[o].act, t)))
        });
        // ("… some port in Kamchatka had not been included." — "On Sakhalin.": a place put
        // in the other's place is a correction of its own.)
        let place = sb.index_in_turn == 0 && place_fragment(text_b);
        if opening.is_some() && !opening_cue
            || !(place || opening_cue || sb.corrects || sb.opens_correcting || may_correct(text_b))
            || taken.binary_search(&b).is_ok()
        {
            continue;
        }
        let lower_b = crate::segment::lower_plain(text_b);
        let words_b: Vec<&str> = crate::segment::words(&lower_b).map(|(_, w)| w).collect();
        if !(place || sb.corrects || opening_cue || corrects_in_words(&words_b, None))
            || words_b.iter().any(|w| ADDING_WORDS.contains(w)) && !lower_b.contains("in fact")
        {
            continue;
        }
        for a in super::answered_and_premises(sents, answered) {
            let sa = &sents[a];
            let text_a = &text[sa.span.range()];
            // (A sentence before the one answered, only when that one names nothing:
            // "… in Reykjavik, right? In that old fish factory?" — "Nah, Bergen.")
            if a + 1 == answered && !names(&text[sents[answered].span.range()], false).is_empty() {
                break;
            }
            // (A place asked about is answered, more precisely or not: "In Russia?" — "In
            // Sochi."; only a place stated is corrected by a place alone.)
            if place && !corrects_in_words(&words_b, None) && moves[a].act != Act::Statement {
                continue;
            }
            if let Some(verdict) = replaced_name((sa, moves[a].act, text_a), (sb, text_b, &words_b))
            {
                out.push(SentenceVerdict {
                    a,
                    b,
                    claim: None,
                    verdict,
                });
                break;
            }
        }
    }
    out
}

/// Whether a reply is a place and nothing more: a preposition of place and at most three
/// words after it ("On Sakhalin.", "In Dresden, actually.").
fn place_fragment(text: &str) -> bool {
    let mut words = crate::segment::words(text).map(|(_, w)| w);
    let first = words.next().map(str::to_ascii_lowercase);
    matches!(first.as_deref(), Some("in" | "on" | "at" | "from"))
        && (1..=3).contains(&words.count())
}

/// Whether a sentence may correct in words (see [`corrects_in_words`]), from its bytes,
/// before it is read word by word: it opens with "No" or "Nah", or has one of the cue
/// words somewhere, in lower case or with a capital.
fn may_correct(text: &str) -> bool {
    static CUES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        // (Each case as written: a case-sensitive search runs on its fast prefilter.)
        aho_corasick::AhoCorasick::new([
            "actually",
            "Actually",
            "wrong",
            "Wrong",
            "incorrect",
            "afraid",
            "in fact",
            "In fact",
        ])
        .expect("fixed patterns build")
    });
    let head = text.as_bytes();
    let opens_no = head.len() >= 2 && head[..2].eq_ignore_ascii_case(b"no")
        || head.len() >= 3 && head[..3].eq_ignore_ascii_case(b"nah");
    opens_no || cues.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::names;
    use crate::rule::Rule;

    /// Whether the rule reports the reply of a two-line exchange.
    fn fired(a: &str, b: &str) -> bool {
        super::super::reply_reports(a, b, Rule::ReplacedName)
    }

    #[test]
    fn names_are_runs_of_capitals_inside_a_sentence() {
        let n = names(
            "So the audit was done by Stannard Dray and Mr Ken Bell in May.",
            false,
        );
        let words: Vec<Vec<&str>> = n.iter().map(|n| n.words.clone()).collect();
        assert_eq!(words, [vec!["Stannard", "Dray"], vec!["Ken", "Bell"]]);
        assert_eq!(n[0].role.as_deref(), Some("by"));
        // Someone addressed names nothing; the first word opens a name only in a fragment.
        assert!(names("Well, Evander, it was a team effort.", false).is_empty());
        assert_eq!(names("Rzeszów, actually.", true)[0].words, ["Rzeszów"]);
        assert!(names("Rzeszów, actually.", false).is_empty());
    }

    #[test]
    fn another_name_in_the_same_role_is_a_correction() {
        assert!(fired(
            "The new line is going into the Tarnów plant, right?",
            "Rzeszów, actually."
        ));
        assert!(fired(
            "The money came from the Wyvern Foundation, I assume?",
            "We actually got it from the Elsworth Trust."
        ));
        assert!(fired(
            "The review is being led by Professor Helen Szabo, isn't it?",
            "No, the review is being led by Professor Daniel Osterby."
        ));
    }

    #[test]
    fn a_name_added_confirmed_or_in_another_role_stays_silent() {
        assert!(!fired(
            "The plant is in Leipzig, right?",
            "Leipzig, and Dresden too."
        ));
        assert!(!fired(
            "The stroke unit will be at St Aldric's, is it?",
            "Yes, at St Aldric's, and Dr Maren Kowalik will run it."
        ));
        assert!(!fired(
            "Brantwood Engineering built the bridge, didn't they?",
            "Well, the bridge was paid for by the Northern Waterways Fund."
        ));
        assert!(!fired(
            "We opened a plant in Kaluga last year.",
            "And we are building one in Tula."
        ));
    }
}
