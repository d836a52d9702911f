//! Stage 6: aligned pairs → [`Verdict`]s (agree or disagree, and why).
//!
//! In: a [`Pair`] of claims, or, for statements without figures, the
//! sentences of a question and its answer. Out: a verdict with a category, a
//! severity (the relative gap between the two intervals), a confidence and a
//! one-line explanation naming the rule that fired and the values compared.
//!
//! Intervals that share a value agree ("more than 16 percent" and "16
//! percent"); disjoint ones disagree. Units are converted within a dimension
//! (kilometres and miles); fractions compare with percentages; a total and a
//! per-item figure compare by multiplication ("two companies, 10 percent
//! each"). Money in different currencies disagrees only when the speaker
//! says so ("dollars, not rubles").

mod acts;
mod dialogue;
mod figures;
mod filler;
mod names;
mod paraphrase;
mod relative;

/// Whether a lower-case word negates what follows it ("not", "no", "never", "…n't").
pub(crate) fn is_negation_word(w: &str) -> bool {
    paraphrase::is_negation(w)
}
mod trend;
mod universal;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::align::Pair;
use crate::claim::{Claim, Sentence};
use crate::quantity::{Interval, Kind, Quantity, units};
use crate::rule::Rule;

/// What kind of disagreement (or agreement) a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Category {
    /// Two figures.
    Numeric,
    /// Two years or dates for one event.
    Temporal,
    /// Two ranks.
    Ordinal,
    /// A different place, name or category for the same thing.
    Entity,
    /// One speaker denies what the other asserts.
    Negation,
    /// A question answered yes or no.
    Confirmation,
}

/// The outcome of comparing two claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Whether they disagree.
    pub disagree: bool,
    /// The category.
    pub category: Category,
    /// Relative gap between the values (0 when they agree).
    pub severity: f64,
    /// How sure the detector is, 0–1.
    pub confidence: f64,
    /// The rule that fired.
    pub rule: Rule,
    /// One line for a person.
    pub explanation: String,
}

impl Verdict {
    /// A disagreement that is not a matter of degree (a negation, a corrected name).
    fn contradiction(
        category: Category,
        confidence: f64,
        rule: Rule,
        explanation: String,
    ) -> Verdict {
        Verdict {
            disagree: true,
            category,
            severity: 1.0,
            confidence,
            rule,
            explanation,
        }
    }
}

/// What comparing two claims decided: a verdict, or a named reason to stay quiet.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// An agreement or a discrepancy.
    Found(Verdict),
    /// The two claims are not to be compared, for this reason.
    Quiet(Rule),
}

impl Outcome {
    /// The verdict, if there is one.
    pub fn verdict(self) -> Option<Verdict> {
        match self {
            Outcome::Found(v) => Some(v),
            Outcome::Quiet(_) => None,
        }
    }

    /// The rule that decided.
    pub fn rule(&self) -> Rule {
        match self {
            Outcome::Found(v) => v.rule,
            Outcome::Quiet(r) => *r,
        }
    }
}

/// Settings for comparison (see [`crate::DetectorBuilder`]), checked when made.
///
/// ```
/// use discrepancy::compare::CompareConfig;
/// assert_eq!(CompareConfig::new(0.05)?.tolerance(), 0.05);
/// assert_eq!(CompareConfig::default().tolerance(), 0.0);
/// assert!(CompareConfig::new(f64::NAN).is_err());
/// # Ok::<(), discrepancy::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompareConfig {
    tolerance: f64,
}

impl CompareConfig {
    /// Comparison with an extra relative `tolerance` (0–1) on top of hedges and
    /// rounding: 0.05 lets 100 and 104 agree.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Config`](crate::ErrorKind::Config) when `tolerance` is not within
    /// 0..=1 (NaN included).
    pub fn new(tolerance: f64) -> crate::Result<CompareConfig> {
        if !(0.0..=1.0).contains(&tolerance) {
            return Err(crate::ErrorKind::Config {
                name: "tolerance",
                reason: format!("{tolerance} is not within 0..=1"),
            }
            .into());
        }
        Ok(CompareConfig { tolerance })
    }

    /// Extra relative tolerance on top of hedges and rounding (default 0: none).
    pub fn tolerance(&self) -> f64 {
        self.tolerance
    }
}

impl Default for CompareConfig {
    fn default() -> Self {
        CompareConfig { tolerance: 0.0 }
    }
}

/// The middle of an interval, or its finite end when the other is unbounded.
fn mid(iv: &Interval) -> f64 {
    match (iv.lo.is_finite(), iv.hi.is_finite()) {
        (true, true) => (iv.lo + iv.hi) / 2.0,
        (true, false) => iv.lo,
        (false, true) => iv.hi,
        _ => f64::NAN,
    }
}

fn widen(iv: &Interval, tol: f64) -> Interval {
    if tol <= 0.0 {
        return *iv;
    }
    let lo = if iv.lo.is_finite() {
        iv.lo - iv.lo.abs() * tol
    } else {
        iv.lo
    };
    let hi = if iv.hi.is_finite() {
        iv.hi + iv.hi.abs() * tol
    } else {
        iv.hi
    };
    Interval { lo, hi, ..*iv }
}

/// The interval of a quantity in the units it is compared in (percent for fractions).
fn comparable(q: &Quantity) -> Interval {
    match q.kind {
        Kind::Fraction => q.interval.scale(100.0),
        _ => q.interval,
    }
}

/// The intervals of two quantities in the units they are compared in: measures in
/// different units of one dimension both in the dimension's base unit (°F and kelvin
/// as °C, cubic metres as litres: see [`crate::quantity::units`]); as stated when the
/// units are the same, or one is a temperature of unstated scale ("20 degrees"
/// against "20 °C").
fn comparable_pair(qa: &Quantity, qb: &Quantity) -> (Interval, Interval) {
    let (ia, ib) = (comparable(qa), comparable(qb));
    let (Some(ua), Some(ub)) = (qa.unit.as_deref(), qb.unit.as_deref()) else {
        return (ia, ib);
    };
    if qa.kind != Kind::Measure
        || qb.kind != Kind::Measure
        || ua == ub
        || units::scale_unstated(ua)
        || units::scale_unstated(ub)
    {
        return (ia, ib);
    }
    let base = |iv: Interval, u: &str| Interval {
        lo: units::to_base(iv.lo, u),
        hi: units::to_base(iv.hi, u),
        ..iv
    };
    (base(ia, ua), base(ib, ub))
}

/// Compares the two claims of a pair: the first of `FIGURE_RULES` to decide, in
/// order, after the figures are made comparable (`Figures::new` in `compare/figures.rs`); figures
/// no rule decides are disjoint (`disjoint`).
///
/// # Panics
///
/// If the claims, sentences (and pairs or utterance speakers) given are not those of
/// one transcript, as the earlier stages made them: they index each other.
pub fn compare(
    pair: &Pair,
    claims: &[Claim],
    sents: &[Sentence],
    texts: (&str, &str),
    cfg: &CompareConfig,
) -> Outcome {
    let f = match figures::Figures::new(pair, claims, sents, texts, cfg) {
        Ok(f) => f,
        Err(outcome) => return outcome,
    };
    FIGURE_RULES
        .iter()
        .find_map(|rule| rule(&f))
        .unwrap_or_else(|| figures::disjoint(&f))
}

/// The rules that compare two figures, in the order they are tried: each decides the
/// pair (a verdict, or a named reason to stay quiet) or passes it on.
const FIGURE_RULES: &[fn(&figures::Figures<'_>) -> Option<Outcome>] = &[
    figures::negated_figure,
    figures::opposite_change,
    figures::corrected_within_rounding,
    figures::restated_figure,
    figures::overlap,
    figures::total_of_parts,
    figures::sum_of_parts,
    figures::part_of_whole,
    figures::other_figure_also_stated,
    figures::named_figure,
    figures::sector_only,
    figures::loose_rounding,
];

/// Whether a (stemmed) word names a sector of the economy.
fn is_sector(w: &str) -> bool {
    static STEMS: std::sync::OnceLock<Vec<crate::claim::Word>> = std::sync::OnceLock::new();
    STEMS
        .get_or_init(|| {
            [
                "agricultural",
                "agriculture",
                "industrial",
                "manufacturing",
                "construction",
                "housing",
                "retail",
                "banking",
                "transport",
                "defence",
                "defense",
                "healthcare",
                "tourism",
                "mining",
                "automotive",
                "aviation",
                "pharmaceutical",
                "fishing",
                "forestry",
                "chemical",
                "metallurgical",
                "textile",
            ]
            .iter()
            .map(|w| crate::claim::stem_word(w))
            .collect()
        })
        .iter()
        .any(|s| s == w)
}
/// A figure of a thousand or more stated with at most two significant digits ("2,700",
/// "3 million"; not "2.37 billion" or "612 million", whose digits are precise).
fn is_round(q: &Quantity) -> bool {
    let v = q.stated.abs();
    v >= 1000.0 && v.fract() == 0.0 && crate::quantity::significant_digits(v) <= 2
}

/// The first small whole count (2–12) in a sentence, in words or digits, before a plural noun.
fn small_count_in(text: &str) -> Option<f64> {
    for q in crate::quantity::find(text) {
        if q.kind == Kind::Count && q.value >= 2.0 && q.value <= 12.0 && q.value.fract() == 0.0 {
            let after = &text[q.span.end..];
            let next = after.split_whitespace().next().unwrap_or("");
            if next
                .trim_matches(|c: char| !c.is_alphabetic())
                .ends_with('s')
            {
                return Some(q.value);
            }
        }
    }
    None
}

/// A finding between two sentences that needs no figure on one side.
#[derive(Debug, Clone)]
pub struct SentenceVerdict {
    /// Sentence of the first speaker.
    pub a: usize,
    /// Sentence of the second speaker.
    pub b: usize,
    /// The claim in `a` the verdict is about, if any.
    pub claim: Option<usize>,
    /// The verdict.
    pub verdict: Verdict,
}

/// How many statements before the sentence a reply answers, in the same turn, the reply
/// may deny, correct or name again as well.
const PREMISES: usize = 2;

/// The sentence `answered`, then the [`PREMISES`] sentences before it in its utterance,
/// nearest first: what a reply may be about ("The share is tending to decrease. What are
/// the prospects?" — "There has been no decrease.").
fn answered_and_premises(sents: &[Sentence], answered: usize) -> impl Iterator<Item = usize> + '_ {
    let utt = sents[answered].utt;
    (answered.saturating_sub(PREMISES)..=answered)
        .rev()
        .take_while(move |&k| sents[k].utt == utt)
}

/// Whether the detector reports a discrepancy of `rule` in the two-line exchange `a` —
/// `b` (for the tests of the dialogue rules).
#[cfg(test)]
fn reply_reports(a: &str, b: &str, rule: Rule) -> bool {
    let text = format!("Anna Petrova: {a}\nMark Ellis: {b}\n");
    let report = crate::Detector::default().analyze_text(&text).unwrap();
    report.discrepancies.iter().any(|d| d.rule == rule)
}

/// Dialogue rules over sentences: for each reply sentence, the first of
/// `REPLY_RULES` (in `compare/dialogue.rs`) that decides it (a question answered "Yes." or "No.", a
/// question about a place or time denied, a correction "X, not Y" of the other
/// speaker's word, a direct negation of the other speaker's statement, an assertion
/// of what they denied); then the act rules (a reply that denies or assents without
/// content of its own, see [`crate::dialogue`]) and the same dated statement.
///
/// # Panics
///
/// If the claims, sentences (and pairs or utterance speakers) given are not those of
/// one transcript, as the earlier stages made them: they index each other.
pub fn dialogue(
    text: &str,
    sents: &[Sentence],
    claims: &[Claim],
    utt_speakers: &[usize],
    moves: &[crate::dialogue::Move],
) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    debug_assert!(claims.windows(2).all(|w| w[0].sentence <= w[1].sentence));
    // The negated clause of each negated sentence, read once when first needed.
    let mut negated_words: HashMap<usize, Option<Vec<crate::claim::Word>>> = HashMap::new();
    for (bi, sb) in sents.iter().enumerate() {
        let Some(at) = crate::align::answered_turn(sb.utt, utt_speakers) else {
            continue;
        };
        if sb.index_in_turn > 2 {
            continue;
        }
        let reply = dialogue::Reply {
            text,
            sents,
            claims,
            bi,
            sb,
            btext: &text[sb.span.range()],
            a_sents: (0..bi)
                .rev()
                .take_while(|&i| sents[i].utt >= at)
                .filter(|&i| sents[i].utt == at)
                .collect(),
        };
        for rule in dialogue::REPLY_RULES {
            match rule(&reply, &mut negated_words) {
                dialogue::Step::Pass => continue,
                dialogue::Step::Stop => {}
                dialogue::Step::Found(v) => out.push(v),
            }
            break;
        }
    }
    // Each later rule reads only the replies no earlier rule has decided (sorted).
    let taken = |out: &[SentenceVerdict]| {
        let mut t: Vec<usize> = out.iter().map(|v| v.b).collect();
        t.sort_unstable();
        t
    };
    out.extend(trend::agreements(
        text,
        sents,
        claims,
        utt_speakers,
        moves,
        &taken(&out),
    ));
    out.extend(acts::verdicts(text, sents, claims, moves, &taken(&out)));
    out.extend(relative::verdicts(text, sents, claims, moves, &taken(&out)));
    out.extend(paraphrase::verdicts(text, sents, moves, &taken(&out)));
    out.extend(filler::verdicts(text, sents, moves, &taken(&out)));
    out.extend(names::verdicts(text, sents, moves, &taken(&out)));
    out.extend(universal::verdicts(text, sents, utt_speakers, &taken(&out)));
    out.extend(same_dated_statement(text, sents));
    // "… the new booking system is live in every branch." — "That is simply not the case.
    // The new booking system is not live in every branch.": a bare denial and the denial
    // in words after it dispute one statement; the one in words is reported.
    let said_in_words: Vec<(usize, usize)> = out
        .iter()
        .filter(|v| v.verdict.disagree && v.verdict.rule != Rule::DeniedStatement)
        .map(|v| (v.a, sents[v.b].utt))
        .collect();
    out.retain(|v| {
        !(v.verdict.rule == Rule::DeniedStatement && said_in_words.contains(&(v.a, sents[v.b].utt)))
    });
    out
}

/// The direction of change a claim states: from its clause's verbs ("rose", "fell"),
/// else from "up" or "down" right before the figure ("is down by 400,000").
fn change_direction(c: &Claim, sentence: &str, sentence_start: usize) -> i8 {
    let d = crate::claim::direction(c.clause_words.iter());
    if d != 0 {
        return d;
    }
    let before = crate::claim::text_before(sentence, &c.quantity, sentence_start, 24);
    let words: Vec<&str> = before.split_whitespace().collect();
    match words.as_slice() {
        [.., "up", "by"] | [.., "up"] => 1,
        [.., "down", "by"] | [.., "down"] => -1,
        _ => 0,
    }
}

/// A negation finding between sentence `a` of one speaker and sentence `b` of the other.
fn negation(a: usize, b: usize, rule: Rule, why: &str) -> SentenceVerdict {
    SentenceVerdict {
        a,
        b,
        claim: None,
        verdict: Verdict::contradiction(Category::Negation, 0.7, rule, why.to_string()),
    }
}

/// The content words of the clause that holds a negation, unless the negation is an
/// idiom ("no doubt", "not only").
fn negated_clause_words(sentence: &str) -> Option<Vec<crate::claim::Word>> {
    let lower = crate::segment::lower_plain(sentence);
    let clause = lower
        .split([';', ':'])
        .flat_map(|c| c.split(" but "))
        .find(|c| {
            crate::segment::words(c)
                .any(|(_, w)| matches!(w, "not" | "never") || w.ends_with("n't"))
        })?;
    let idiom = [
        "no doubt",
        "not only",
        "no matter",
        "not so",
        "not just",
        "not least",
        "no less",
        "not quite",
    ]
    .iter()
    .any(|i| clause.contains(i));
    (!idiom).then(|| crate::claim::content_stems(clause))
}

/// Whether a sentence asks for something rather than states it ("You need to
/// synchronise your work", "We should build more"): denying that it has happened is no
/// contradiction.
fn is_directive(s: &str) -> bool {
    // Whole words between spaces, in any case, read in place (no lower-cased copy).
    let is = |t: &str, w: &str| t.eq_ignore_ascii_case(w);
    let mut prev = "";
    for t in s.split(' ') {
        let found = match t.as_bytes().first().map(u8::to_ascii_lowercase) {
            Some(b's') => is(t, "should"),
            Some(b'm') => is(t, "must"),
            Some(b'p') => is(t, "please"),
            Some(b'l') => is(t, "let's") || is(t, "let\u{2019}s"),
            Some(b't') => {
                ["need", "needs", "have", "has", "ought"]
                    .iter()
                    .any(|w| is(prev, w))
                    && is(t, "to")
            }
            Some(b'u') => is(prev, "let") && is(t, "us"),
            _ => false,
        };
        if found {
            return true;
        }
        prev = t;
    }
    false
}

/// Words that date a statement to the moment of speaking.
const DEICTIC_TIMES: &[&str] = &["today", "tomorrow", "yesterday", "tonight"];

/// The same dated statement by two speakers in neighbouring utterances: a sentence
/// that opens with a time word and repeats the other's next three words
/// ("Today we will sign the Declaration" and "Today we will sign a historic document").
fn same_dated_statement(text: &str, sents: &[Sentence]) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in sents.iter().enumerate() {
        // Cheap test first: most sentences open with no time word.
        let opens_dated = crate::segment::words(&text[s.span.range()])
            .next()
            .is_some_and(|(_, w)| DEICTIC_TIMES.iter().any(|d| w.eq_ignore_ascii_case(d)));
        if !opens_dated || s.question || s.negated {
            continue;
        }
        let words: Vec<String> = crate::segment::words(&text[s.span.range()])
            .take(4)
            .map(|(_, w)| w.to_lowercase())
            .collect();
        if words.len() < 4 || !DEICTIC_TIMES.contains(&words[0].as_str()) || s.question || s.negated
        {
            continue;
        }
        let key = words.join(" ");
        let earlier = seen.entry(key).or_default();
        if let Some(&a) = earlier
            .iter()
            .rev()
            .find(|&&a| sents[a].speaker != s.speaker && sents[a].utt + 2 >= s.utt)
        {
            out.push(SentenceVerdict {
                a,
                b: i,
                claim: None,
                verdict: Verdict {
                    disagree: false,
                    category: Category::Temporal,
                    severity: 0.0,
                    confidence: 0.6,
                    rule: Rule::SameDatedStatement,
                    explanation: format!("both say it happens {}", words[0]),
                },
            });
        }
        earlier.push(i);
    }
    out
}

/// "No." / "No, it is not." — a plain no, not "No idea." or "No problem."
fn is_bare_no(s: &str) -> bool {
    let l = s.trim().to_lowercase();
    l == "no."
        || l == "no!"
        || l == "no"
        || l.starts_with("no, it is not")
        || l.starts_with("no, it isn't")
        || l.starts_with("no, that is not")
        || l.starts_with("no, that's not")
        || l.starts_with("no, not")
}

/// Whether an answer opens with "No" ("No, we will launch it in 2023.").
fn starts_with_no(s: &str) -> bool {
    let l = s.trim_start().to_lowercase();
    l == "no" || l.starts_with("no,") || l.starts_with("no.") || l.starts_with("no ")
}

/// The time a sentence names, normalised: "this year", "2023", "march", "tomorrow".
fn time_mention(s: &str) -> Option<String> {
    let l = s.to_lowercase();
    let words: Vec<&str> = crate::segment::words(&l).map(|(_, w)| w).collect();
    for (k, w) in words.iter().enumerate() {
        if matches!(*w, "this" | "next" | "last")
            && let Some(n) = words.get(k + 1)
            && matches!(
                *n,
                "year" | "month" | "week" | "spring" | "summer" | "autumn" | "winter"
            )
        {
            return Some(format!("{w} {n}"));
        }
        if matches!(*w, "today" | "tomorrow" | "yesterday") {
            return Some(w.to_string());
        }
        if matches!(
            *w,
            "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        ) {
            return Some(w.to_string());
        }
        if w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (1900..=2100).contains(&w.parse::<u32>().unwrap_or(0))
        {
            return Some(w.to_string());
        }
    }
    None
}

/// A question answerable with yes or no ("26 percent?", "So you still owe 10 billion?"), not "what/how/why".
fn is_yes_no_question(s: &str) -> bool {
    let l = s.trim().to_lowercase();
    let first = l
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let wh = matches!(
        first,
        "what" | "how" | "why" | "when" | "where" | "who" | "which" | "whom" | "whose"
    );
    !wh && !l.starts_with("do you know") && !l.contains(" or ")
}

/// The word a speaker rejects in "X, not Y" / "not Y but X" / "X rather than Y".
fn corrected_word(s: &str) -> Option<String> {
    let l = s.to_ascii_lowercase();
    for marker in [", not ", " rather than ", "not a ", "not an ", "not the "] {
        if let Some(p) = l.find(marker) {
            let rest = &s[p + marker.len()..];
            let mut words = rest
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty());
            let mut w = words.next()?;
            if matches!(
                w.to_lowercase().as_str(),
                "a" | "an" | "the" | "in" | "at" | "on" | "to" | "from"
            ) {
                w = words.next()?;
            }
            let lw = w.to_lowercase();
            if w.chars().any(|c| c.is_ascii_digit())
                || crate::claim::content_stems(&lw).is_empty()
                || matches!(
                    lw.as_str(),
                    "rubles"
                        | "roubles"
                        | "dollars"
                        | "euros"
                        | "only"
                        | "just"
                        | "even"
                        | "yet"
                        | "really"
                        | "necessarily"
                        | "always"
                        | "because"
                        | "enough"
                        | "everything"
                        | "everyone"
                        | "all"
                        | "much"
                        | "many"
                        | "least"
                )
            {
                continue;
            }
            if marker.starts_with("not ") && !l.contains(", not") && !l.contains(" but ") {
                continue;
            }
            // A name for a name ("In Samara, not Kazan"), or a kind for a kind ("a private visit, not an official one").
            let before = s[..p]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .find(|x| !x.is_empty())
                .unwrap_or("");
            let names = w.starts_with(char::is_uppercase) && before.starts_with(char::is_uppercase);
            // What follows the word: `w` is a slice of `rest`, past any quote or bracket
            // before it ("not 'André'"), so its end is found from where it lies.
            let end = w.as_ptr() as usize - rest.as_ptr() as usize + w.len();
            let after = rest[end..].trim_start().to_lowercase();
            let kinds = after.starts_with("one") || after.starts_with("ones");
            if !(names || kinds) {
                continue;
            }
            return Some(w.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::corrected_word;

    #[test]
    fn a_corrected_word_in_quotes_with_accents_reads_without_panic() {
        assert_eq!(
            corrected_word("No, by Maria, not 'André'."),
            Some("André".to_string())
        );
        assert_eq!(
            corrected_word("In Samara, not \"Kazan\" as they say."),
            Some("Kazan".to_string())
        );
        assert_eq!(
            corrected_word("It was a private visit, not (an) official one."),
            Some("official".to_string())
        );
    }
}
