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

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::align::Pair;
use crate::claim::{Claim, Mode, Sentence};
use crate::quantity::{Hedge, Interval, Kind, Quantity, units};
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

/// Settings for comparison (see [`crate::DetectorBuilder`]).
#[derive(Debug, Clone, Copy)]
pub struct CompareConfig {
    /// Extra relative tolerance on top of hedges and rounding (0.0 = none).
    pub tolerance: f64,
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

/// Compares the two claims of a pair.
pub fn compare(
    pair: &Pair,
    claims: &[Claim],
    sents: &[Sentence],
    texts: (&str, &str),
    cfg: &CompareConfig,
) -> Outcome {
    let (a, b) = (&claims[pair.a], &claims[pair.b]);
    let (qa, qb) = (&a.quantity, &b.quantity);
    let (da, db) = (qa.describe(), qb.describe());
    // A bare count answering a figure with a unit takes that unit.
    let mut qb_eff = qb.clone();
    if pair.inherited && qb.kind == Kind::Count && qa.kind != Kind::Count {
        qb_eff.kind = qa.kind;
        qb_eff.unit = qa.unit.clone();
    }
    // "Nearly twice that": the factor times the figure answered.
    if qa.is_multiple() || qb.is_multiple() {
        if !(pair.inherited && qb.is_multiple() && !qa.is_multiple() && qa.value > 0.0) {
            return Outcome::Quiet(Rule::MultipleWithoutBase);
        }
        qb_eff.kind = qa.kind;
        qb_eff.unit = qa.unit.clone();
        qb_eff.value = qb.value * qa.value;
        qb_eff.interval = qb.interval.scale(qa.value);
    }
    let qb = &qb_eff;
    if qa.kind == Kind::Money && qb.kind == Kind::Money && qa.unit != qb.unit {
        // Different currencies: a discrepancy only when one speaker names the other's currency as wrong.
        let (ta, tb) = texts;
        let names_other = |t: &str, unit: &Option<compact_str::CompactString>| {
            let l = t.to_lowercase();
            let words: &[&str] = match unit.as_deref() {
                Some("RUB") => &[
                    "not rubles",
                    "not roubles",
                    "rather than rubles",
                    "not in rubles",
                ],
                Some("USD") => &["not dollars", "rather than dollars", "not in dollars"],
                Some("EUR") => &["not euros", "rather than euros", "not in euros"],
                _ => &[],
            };
            words.iter().any(|w| l.contains(w))
        };
        if names_other(tb, &qa.unit) || names_other(ta, &qb.unit) {
            return Outcome::Found(Verdict::contradiction(
                Category::Numeric,
                0.85,
                Rule::CurrencyCorrection,
                format!("{da} against {db}: the second speaker corrects the currency"),
            ));
        }
        return Outcome::Quiet(Rule::OtherCurrency);
    }
    let tol = cfg.tolerance;
    let (ca, cb) = comparable_pair(qa, qb);
    let (mut ia, mut ib) = (widen(&ca, tol), widen(&cb, tol));
    let (mut da, mut db) = (da, db);
    // Rates per different times ("300 cars a day", "2,100 cars a week") compare per day.
    let rates_differ = a.per.is_some() && b.per.is_some() && a.per != b.per;
    let per_day = if rates_differ { " per day" } else { "" };
    if let (Some(pa), Some(pb)) = (a.per, b.per)
        && rates_differ
    {
        ia = ia.scale(1.0 / pa.days());
        ib = ib.scale(1.0 / pb.days());
        da = format!("{da} a {}", pa.name());
        db = format!("{db} a {}", pb.name());
    }
    let sb = &sents[b.sentence];
    // Negation: the same figure asserted by one and denied by the other.
    if a.negated != b.negated && ia.overlaps(&ib) {
        return Outcome::Found(Verdict::contradiction(
            Category::Negation,
            0.8,
            Rule::NegatedFigure,
            format!("one speaker asserts {da}, the other denies it"),
        ));
    }
    let category = match qa.kind {
        Kind::Year | Kind::Date => Category::Temporal,
        Kind::Ordinal => Category::Numeric,
        _ => Category::Numeric,
    };
    // The same change in opposite directions ("exports rose by 5 percent" against
    // "exports fell by 5 percent").
    let sa_start = sents[a.sentence].span.start;
    let sb_start = sents[b.sentence].span.start;
    let (da_dir, db_dir) = (
        change_direction(a, texts.0, sa_start),
        change_direction(b, texts.1, sb_start),
    );
    let opposite = |what: &str| {
        let way = |d: i8| if d > 0 { "up" } else { "down" };
        Outcome::Found(Verdict::contradiction(
            Category::Numeric,
            0.75,
            Rule::OppositeDirection,
            format!("{da} {} against {db} {}: {what}", way(da_dir), way(db_dir)),
        ))
    };
    if da_dir * db_dir == -1 && ia.overlaps(&ib) {
        return opposite("the same change, in opposite directions");
    }
    // A correction that restates the figure more than 3% away disagrees even where loose
    // rounding would let both stand: "You said $2 trillion." — "I said $1.5 trillion. Get
    // your facts right."
    // (`pair.correction` covers a marker in `b`'s sentence, the one before or the one after.)
    // The figures compared are the middles of the intervals: per day when the rates differ.
    let (va, vb) = (mid(&ia), mid(&ib));
    // How far apart they are, as a share of the larger.
    let rel = (va.is_finite() && vb.is_finite()).then(|| {
        if va == 0.0 && vb == 0.0 {
            0.0
        } else {
            (va - vb).abs() / va.abs().max(vb.abs())
        }
    });
    if pair.correction
        && ia.overlaps(&ib)
        && qa.hedge == Hedge::Exact
        && qb.hedge == Hedge::Exact
        && let Some(g) = rel.filter(|&g| g > 0.03)
    {
        return Outcome::Found(Verdict::contradiction(
            category,
            (0.35 + pair.score / 2.0 + 0.15).min(0.99),
            Rule::CorrectedFigure,
            format!(
                "{da} against {db}: the second speaker corrects the figure, and the two are {:.0}% apart",
                g * 100.0
            ),
        ));
    }
    if ia.overlaps(&ib)
        && let Some(v) = restated_figure(pair, a, b, sents, (&ia, &ib), (&da, &db))
    {
        return Outcome::Found(v);
    }
    if ia.overlaps(&ib) {
        let rule = if qa.hedge != qb.hedge {
            Rule::IntervalsOverlapWithHedge
        } else {
            Rule::SameValue
        };
        return Outcome::Found(Verdict {
            disagree: false,
            category,
            severity: 0.0,
            confidence: (0.5 + pair.score / 2.0).min(0.99),
            rule,
            explanation: format!("{da} and {db} are compatible: {ia} overlaps {ib}{per_day}"),
        });
    }
    // A total and its parts: "two companies, 10 percent each".
    for (total, part, total_text, part_text) in [(a, b, texts.0, texts.1), (b, a, texts.1, texts.0)]
    {
        if part.each
            && let Some(n) = small_count_in(part_text).or_else(|| small_count_in(total_text))
            && comparable(&part.quantity)
                .scale(n)
                .overlaps(&comparable(&total.quantity))
        {
            return Outcome::Found(Verdict {
                disagree: false,
                category,
                severity: 0.0,
                confidence: 0.7,
                rule: Rule::TotalOfParts,
                explanation: format!(
                    "{} × {} = {}: the parts add up to the total",
                    crate::quantity::fmt_num(n),
                    part.quantity.describe(),
                    total.quantity.describe()
                ),
            });
        }
    }
    // A total and its listed parts: "Six tunnels on this line and three on the other." — "So, nine tunnels."
    for (total, parts_text) in [(b, texts.0), (a, texts.1)] {
        let parts: Vec<Quantity> = crate::quantity::find(parts_text)
            .into_iter()
            .filter(|q| q.kind == total.quantity.kind && q.unit == total.quantity.unit)
            .collect();
        if parts.len() >= 2 {
            let sum: f64 = parts.iter().map(|q| q.value).sum();
            if total.quantity.interval.contains(sum) {
                return Outcome::Found(Verdict {
                    disagree: false,
                    category,
                    severity: 0.0,
                    confidence: 0.7,
                    rule: Rule::SumOfParts,
                    explanation: format!(
                        "the figures listed add up to {}",
                        total.quantity.describe()
                    ),
                });
            }
        }
    }
    // A part is not comparable with the whole it belongs to.
    if a.part || b.part {
        return Outcome::Quiet(Rule::PartOfWhole);
    }
    // The other speaker states this figure too, beside another one ("In 2015 it was 660
    // billion, and this year it will reach around a trillion"): the figures compared
    // belong to different things. Not when the second speaker corrects the first.
    if !pair.correction && !sb.corrects {
        // Another claim of the same sentence, asserted (not "not 12th"), that allows `iv`.
        let states = |like: &Claim, iv: &Interval| {
            claims[crate::claim::of_sentence(claims, like.sentence)]
                .iter()
                .any(|c| {
                    !c.negated
                        && c.quantity.span != like.quantity.span
                        && c.quantity.kind == like.quantity.kind
                        && c.quantity.unit == like.quantity.unit
                        && widen(&comparable(&c.quantity), tol).overlaps(iv)
                })
        };
        if states(b, &ia) || states(a, &ib) {
            return Outcome::Quiet(Rule::OtherFigureAlsoStated);
        }
    }
    // A sector named around one figure only ("profitability in the agricultural
    // segment" against profitability in general): a part, not the whole.
    let sector_only = |x: &Claim, y: &Sentence| {
        x.clause_words
            .iter()
            .any(|w| is_sector(w) && !y.words.contains(w))
    };
    if sector_only(a, sb) || sector_only(b, &sents[a.sentence]) {
        return Outcome::Quiet(Rule::SectorOnly);
    }
    // A round figure a few percent off another ("2,700 cases" for 2,777): the speaker
    // rounded loosely, not a different figure.
    let (va, vb) = (mid(&ia), mid(&ib));
    let close = rel.is_some_and(|g| g <= 0.03);
    if close && (is_round(qa) || is_round(qb)) {
        return Outcome::Found(Verdict {
            disagree: false,
            category,
            severity: 0.0,
            confidence: (0.4 + pair.score / 2.0).min(0.9),
            rule: Rule::LooseRounding,
            explanation: format!("{da} and {db} are within 3%, and one of them is a round figure"),
        });
    }
    // Disjoint intervals: a discrepancy, unless the pair is weak and nothing marks a correction.
    let gap = match rel {
        Some(g) if va != 0.0 || vb != 0.0 => g,
        _ => ia.gap(&ib),
    };
    let mut confidence = (0.35 + pair.score / 2.0).min(0.95);
    if pair.correction || sb.corrects {
        confidence = (confidence + 0.15).min(0.99);
    }
    if a.mode == Mode::Question {
        confidence = (confidence + 0.05).min(0.99);
    }
    // Figures far apart (more than 3×) are usually about different things — a total and a part,
    // two different sets — unless the second speaker is plainly answering or correcting the first.
    let ratio = |x: f64, y: f64| {
        (x.is_finite() && y.is_finite() && x.abs().min(y.abs()) > 0.0)
            .then(|| x.abs().max(y.abs()) / x.abs().min(y.abs()))
    };
    // Figures stated alike per different times ("300 cars a week, not a day") are far
    // apart only once converted: the same thing, with its rate disputed.
    let same_figure_other_rate =
        rates_differ && ratio(qa.value, qb.value).is_some_and(|r| r <= 3.0);
    let far = ratio(va, vb).is_some_and(|r| r > 3.0) && !same_figure_other_rate;
    let dialogue = pair.reply
        && (pair.correction
            || a.mode == Mode::Question
            || sents[a.sentence].question
            || pair.inherited);
    // Unless they go opposite ways: "crime went down 20 percent" against "crime went up
    // 5 percent" disagree however far apart the figures are.
    if far && da_dir * db_dir == -1 {
        return opposite("changes in opposite directions");
    }
    if far
        && !dialogue
        && matches!(
            qa.kind,
            Kind::Count
                | Kind::Money
                | Kind::Percent
                | Kind::Fraction
                | Kind::Measure
                | Kind::Duration
        )
    {
        return Outcome::Quiet(Rule::FarApart);
    }
    let rule = match (qa.kind, pair.correction) {
        (Kind::Year, _) | (Kind::Date, _) => Rule::DifferentDate,
        (Kind::Ordinal, _) => Rule::DifferentRank,
        (_, true) => Rule::CorrectedFigure,
        _ => Rule::DisjointIntervals,
    };
    Outcome::Found(Verdict {
        disagree: true,
        category,
        severity: gap,
        confidence,
        rule,
        explanation: format!(
            "{da} against {db} ({:.0}% apart): the values they allow, {ia} and {ib}{per_day}, do not meet{}",
            gap * 100.0,
            if tol > 0.0 {
                format!(" even with a {:.0}% tolerance", tol * 100.0)
            } else {
                String::new()
            }
        ),
    })
}

/// [`Rule::RestatedFigure`]: in a direct reply, a different exact figure for the one
/// the other speaker put is a correction even where rounding lets both stand. The
/// figure is put by a question ("About 8 million a year?" — "9 million."), or
/// restated as the other's own ("I paid 13.5 percent." — "When you took out a
/// mortgage with 13 percent"), or answered with a bare figure ("Net debt is 2.37
/// billion." — "2.38 billion."). Not when the reply confirms ("Yes, about 8."), and,
/// outside a question, not when either figure is a rounding of the other (its value
/// inside the other's interval: "more than 16 percent" / "16 percent").
fn restated_figure(
    pair: &Pair,
    a: &Claim,
    b: &Claim,
    sents: &[Sentence],
    (ia, ib): (&Interval, &Interval),
    (da, db): (&str, &str),
) -> Option<Verdict> {
    let (sa, sb) = (&sents[a.sentence], &sents[b.sentence]);
    let (qa, qb) = (&a.quantity, &b.quantity);
    let asked = a.mode == Mode::Question || sa.question;
    let echoed = sa.first_person && sb.second_person;
    if !pair.reply
        || sb.confirms
        || qb.hedge != Hedge::Exact
        || a.negated
        || b.negated
        || qa.kind != qb.kind
        || a.per != b.per
        || !(asked || echoed || pair.inherited || pair.correction)
    {
        return None;
    }
    let (va, vb) = (qa.value, qb.value);
    if !(va.is_finite() && vb.is_finite()) || (va - vb).abs() <= 1e-9 * va.abs().max(vb.abs()) {
        return None;
    }
    // A rounding of the other: its value lies in the other's interval.
    let rounds = ib.contains(va) || ia.contains(vb);
    if rounds && !asked {
        return None;
    }
    let gap = (va - vb).abs() / va.abs().max(vb.abs());
    Some(Verdict {
        disagree: true,
        category: match qa.kind {
            Kind::Year | Kind::Date => Category::Temporal,
            _ => Category::Numeric,
        },
        severity: gap,
        confidence: (0.5 + pair.score / 2.0).min(0.9),
        rule: Rule::RestatedFigure,
        explanation: format!(
            "{da} against {db} ({:.1}% apart): the second speaker, answering, gives another figure for the one put to them",
            gap * 100.0
        ),
    })
}

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
            .map(|w| crate::claim::stem(w))
            .collect()
        })
        .iter()
        .any(|s| s == w)
}
/// A figure of a thousand or more stated with at least two trailing zeros ("2,700").
fn is_round(q: &Quantity) -> bool {
    let v = q.stated.abs();
    v >= 1000.0 && v.fract() == 0.0 && (v as u64).is_multiple_of(100)
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

/// Dialogue rules over sentences: a question answered "Yes." or "No.", a
/// correction "X, not Y" of the other speaker's word, and a direct negation
/// of the other speaker's statement.
pub fn dialogue(
    text: &str,
    sents: &[Sentence],
    claims: &[Claim],
    utt_speakers: &[usize],
    moves: &[crate::dialogue::Move],
) -> Vec<SentenceVerdict> {
    let mut out = Vec::new();
    debug_assert!(claims.windows(2).all(|w| w[0].sentence <= w[1].sentence));
    let of_sentence = |s: usize| crate::claim::of_sentence(claims, s);
    // The last claim of a sentence, if it has any.
    let last_claim = |s: usize| of_sentence(s).last();
    // The negated clause of each negated sentence, read once when first needed.
    let mut negated_words: HashMap<usize, Option<Vec<crate::claim::Word>>> = HashMap::new();
    for (bi, sb) in sents.iter().enumerate() {
        let Some(at) = crate::align::answered_turn(sb.utt, utt_speakers) else {
            continue;
        };
        if sb.index_in_turn > 2 {
            continue;
        }
        let a_sents: Vec<usize> = (0..bi)
            .rev()
            .take_while(|&i| sents[i].utt >= at)
            .filter(|&i| sents[i].utt == at)
            .collect();
        let btext = &text[sb.span.range()];
        // The kinds of figure the reply states (alignment pairs a figure with one of its kind).
        let b_kinds = |kind: Kind| of_sentence(bi).any(|c| claims[c].quantity.kind == kind);
        // 1. A question with a figure, answered "Yes." / "No." without a figure of its kind
        // ("Over 90 percent?" — "That is right, we will complete it on September 1.").
        if sb.index_in_turn == 0 && (sb.confirms || is_bare_no(btext)) {
            // The last question of the answered turn that holds a figure.
            if let Some(&ai) = a_sents.iter().find(|&&i| {
                sents[i].question
                    && is_yes_no_question(&text[sents[i].span.range()])
                    && last_claim(i).is_some_and(|c| claims[c].quantity.kind != Kind::Ordinal)
            }) && let Some(last) = last_claim(ai)
            {
                // The figure asked about: the last one, unless it is the one set aside
                // ("25 flights instead of just five?" asks about the 25).
                let atext = &text[sents[ai].span.range()];
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
                let ci = of_sentence(ai)
                    .rev()
                    .find(|&c| !set_aside(c))
                    .unwrap_or(last);
                if b_kinds(claims[ci].quantity.kind) {
                    continue;
                }
                let q = claims[ci].quantity.describe();
                let disagree = !sb.confirms;
                out.push(SentenceVerdict {
                    a: ai,
                    b: bi,
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
                });
                continue;
            }
        }
        // 1b. A yes/no question about a place or a time, answered "No" with another
        // one ("Did you grow up in Novosibirsk?" — "No, I was born … in Tomsk.";
        // "This year?" — "No, we will launch it in 2023.").
        if sb.index_in_turn == 0
            && starts_with_no(btext)
            && let Some(&ai) = a_sents.first()
            && sents[ai].question
            && is_yes_no_question(&text[sents[ai].span.range()])
        {
            let atext = &text[sents[ai].span.range()];
            let (pa, pb) = (
                crate::claim::place_words(atext),
                crate::claim::place_words(btext),
            );
            let other_place =
                !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|p| pb.contains(p));
            let (ta, tb) = (time_mention(atext), time_mention(btext));
            let other_time = ta.is_some() && tb.is_some() && ta != tb;
            if other_place || other_time {
                let (category, rule, what) = if other_place {
                    (Category::Entity, Rule::PlaceQuestionDenied, "place")
                } else {
                    (Category::Temporal, Rule::TimeQuestionDenied, "time")
                };
                out.push(SentenceVerdict {
                    a: ai,
                    b: bi,
                    claim: last_claim(ai),
                    verdict: Verdict::contradiction(
                        category,
                        0.75,
                        rule,
                        format!("asked about one {what}; the answer is no, and names another"),
                    ),
                });
                continue;
            }
        }
        // 2. "X, not Y": Y is a word of the answered turn.
        if let Some(wrong) = corrected_word(btext) {
            let stem = crate::claim::stem(&wrong);
            if let Some(&ai) = a_sents.iter().find(|&&i| {
                sents[i].words.contains(&stem)
                    || text[sents[i].span.range()].contains(wrong.as_str())
            }) {
                out.push(SentenceVerdict {
                    a: ai,
                    b: bi,
                    claim: None,
                    verdict: Verdict::contradiction(
                        Category::Entity,
                        0.8,
                        Rule::XNotY,
                        format!("the second speaker corrects \u{201c}{wrong}\u{201d}"),
                    ),
                });
                continue;
            }
        }
        // 3. A direct negation of the other speaker's statement.
        if sb.negated {
            let Some(bw) = negated_clause_words(btext) else {
                continue;
            };
            for &ai in &a_sents {
                let sa = &sents[ai];
                if sa.negated
                    || sa.question
                    || sa.words.len() < 2
                    || is_directive(&text[sa.span.range()])
                {
                    continue;
                }
                let shared = sa
                    .words
                    .iter()
                    .filter(|w| bw.iter().any(|x| x == w))
                    .count();
                if shared >= 2 && shared * 10 >= sa.words.len() * 7 && shared * 10 >= bw.len() * 5 {
                    out.push(negation(
                        ai,
                        bi,
                        Rule::NegatedStatement,
                        "the second speaker negates the first speaker's statement",
                    ));
                    break;
                }
            }
        } else if !sb.question && sb.words.len() >= 2 {
            // 4. The second speaker affirms what the first denied ("We will not close
            // the plant" — "They are closing the plant").
            for &ai in &a_sents {
                let sa = &sents[ai];
                if !sa.negated || sa.question {
                    continue;
                }
                let atext = &text[sa.span.range()];
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
                // Three shared words at least: two ("the truth is not in power" / "the
                // power is in the truth") may be a play on words.
                let shared = aw.iter().filter(|w| sb.words.contains(w)).count();
                if shared >= 3 && shared * 10 >= aw.len() * 7 && shared * 10 >= sb.words.len() * 5 {
                    out.push(negation(
                        ai,
                        bi,
                        Rule::AffirmedDenial,
                        "the second speaker affirms what the first speaker denied",
                    ));
                    break;
                }
            }
        }
    }
    let mut taken: Vec<usize> = out.iter().map(|v| v.b).collect();
    taken.sort_unstable();
    out.extend(acts::verdicts(text, sents, claims, moves, &taken));
    out.extend(same_dated_statement(text, sents));
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
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
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
    (!idiom).then(|| crate::claim::content_words(clause))
}

/// Whether a sentence asks for something rather than states it ("You need to
/// synchronise your work", "We should build more"): denying that it has happened is no
/// contradiction.
fn is_directive(s: &str) -> bool {
    let l = format!(" {} ", s.to_lowercase().replace('\u{2019}', "'"));
    [
        " need to ",
        " needs to ",
        " should ",
        " must ",
        " have to ",
        " has to ",
        " let's ",
        " let us ",
        " ought to ",
        " please ",
    ]
    .iter()
    .any(|m| l.contains(m))
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
                || crate::claim::content_words(&lw).is_empty()
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
            let after = rest[w.len()..].trim_start().to_lowercase();
            let kinds = after.starts_with("one") || after.starts_with("ones");
            if !(names || kinds) {
                continue;
            }
            return Some(w.to_string());
        }
    }
    None
}
