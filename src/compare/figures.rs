//! The rules that compare two aligned figures, one function each, in the order
//! [`super::FIGURE_RULES`] tries them.
//!
//! In: a [`Pair`] of claims, made comparable by [`Figures::new`] (a bare reply takes
//! the unit it answers, a multiple is multiplied out, rates per different times are
//! put per day, fractions become percentages). Out: each rule's [`Outcome`] — a
//! verdict, a named reason to stay quiet — or `None` to pass the pair on; figures no
//! rule decides are [`disjoint`].

use super::{
    Category, CompareConfig, Outcome, Verdict, change_direction, comparable, comparable_pair,
    is_round, is_sector, mid, small_count_in, widen,
};
use crate::align::Pair;
use crate::claim::{Claim, Mode, Sentence};
use crate::quantity::{Hedge, Interval, Kind, Quantity};
use crate::rule::Rule;

/// Two figures made comparable, with what the rules read about them.
pub(super) struct Figures<'a> {
    pair: &'a Pair,
    a: &'a Claim,
    b: &'a Claim,
    claims: &'a [Claim],
    sents: &'a [Sentence],
    texts: (&'a str, &'a str),
    /// The first figure.
    qa: &'a Quantity,
    /// The second figure, in the first's unit when it is a bare reply or a multiple.
    qb: Quantity,
    /// The tolerance the intervals were widened by.
    tol: f64,
    /// The values each allows, per day when the rates differ.
    ia: Interval,
    ib: Interval,
    /// Each figure described for a person.
    da: String,
    db: String,
    /// " per day" when the rates were converted.
    per_day: &'static str,
    rates_differ: bool,
    category: Category,
    /// The direction of change each states (1 up, -1 down, 0 none).
    dirs: (i8, i8),
    /// The middles of the intervals, and how far apart they are as a share of the larger.
    mids: (f64, f64),
    rel: Option<f64>,
}

impl<'a> Figures<'a> {
    /// Makes the pair's figures comparable, or decides it first: a multiple with
    /// nothing to multiply ([`Rule::MultipleWithoutBase`]), money in two currencies
    /// ([`Rule::CurrencyCorrection`], [`Rule::OtherCurrency`]), a figure made
    /// comparable beyond the range of numbers ([`Rule::BeyondRange`]).
    pub(super) fn new(
        pair: &'a Pair,
        claims: &'a [Claim],
        sents: &'a [Sentence],
        texts: (&'a str, &'a str),
        cfg: &CompareConfig,
    ) -> Result<Figures<'a>, Outcome> {
        let (a, b) = (&claims[pair.a], &claims[pair.b]);
        let qa = &a.quantity;
        let (da, db) = (qa.describe(), b.quantity.describe());
        let asserted = b.mode != Mode::Question && !sents[b.sentence].question;
        let qb = effective_reply(pair, qa, &b.quantity, asserted)?;
        if qa.kind == Kind::Money && qb.kind == Kind::Money && qa.unit != qb.unit {
            return Err(currencies(qa, &qb, texts, (&da, &db)));
        }
        let tol = cfg.tolerance;
        let (ca, cb) = comparable_pair(qa, &qb);
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
        // Multiplied out ("twice that"), converted to a base unit or widened by the
        // tolerance, a figure may leave the range of an `f64`: an end infinite where the
        // figure's own is finite. It is no figure to compare, as a figure written beyond
        // that range is none (see `quantity`).
        let beyond = |own: &Interval, now: &Interval| {
            now.lo.is_nan()
                || now.hi.is_nan()
                || now.lo.is_infinite() && own.lo.is_finite()
                || now.hi.is_infinite() && own.hi.is_finite()
        };
        if beyond(&qa.interval, &ia) || beyond(&b.quantity.interval, &ib) {
            return Err(Outcome::Quiet(Rule::BeyondRange));
        }
        let category = category_of(qa.kind);
        let dirs = (
            change_direction(a, texts.0, sents[a.sentence].span.start),
            change_direction(b, texts.1, sents[b.sentence].span.start),
        );
        // The figures compared are the middles of the intervals: per day when the rates differ.
        let (va, vb) = (mid(&ia), mid(&ib));
        let rel = (va.is_finite() && vb.is_finite()).then(|| {
            if va == 0.0 && vb == 0.0 {
                0.0
            } else {
                (va - vb).abs() / va.abs().max(vb.abs())
            }
        });
        Ok(Figures {
            pair,
            a,
            b,
            claims,
            sents,
            texts,
            qa,
            qb,
            tol,
            ia,
            ib,
            da,
            db,
            per_day,
            rates_differ,
            category,
            dirs,
            mids: (va, vb),
            rel,
        })
    }

    /// [`Rule::OppositeDirection`], explained with `what`.
    fn opposite(&self, what: &str) -> Outcome {
        let way = |d: i8| if d > 0 { "up" } else { "down" };
        Outcome::Found(Verdict::contradiction(
            Category::Numeric,
            0.75,
            Rule::OppositeDirection,
            format!(
                "{} {} against {} {}: {what}",
                self.da,
                way(self.dirs.0),
                self.db,
                way(self.dirs.1)
            ),
        ))
    }
}

/// The reply's figure as compared: a bare count answering a figure with a unit takes
/// that unit, as said (converted as the other's figure was), and the scale it leaves
/// unsaid when it asserts ([`crate::quantity::dropped_scale`]); "nearly twice that" is the
/// factor times the figure answered ([`Rule::MultipleWithoutBase`] when there is none).
fn effective_reply(
    pair: &Pair,
    qa: &Quantity,
    qb: &Quantity,
    asserted: bool,
) -> Result<Quantity, Outcome> {
    // "14 March" — "the 16th": the day put in the place of the other's, in its month
    // (a rank is paired with a date only as such a day).
    if let Some(day) = crate::align::day_of(qa, qb) {
        let shift =
            f64::from(day.day.unwrap_or(0)) - f64::from(qa.date.and_then(|d| d.day).unwrap_or(0));
        let mut q = qa.clone();
        q.date = Some(day);
        q.value += shift;
        q.stated += shift;
        q.interval.lo += shift;
        q.interval.hi += shift;
        q.span = qb.span;
        q.figure = qb.figure;
        return Ok(q);
    }
    let mut q = qb.clone();
    // "$3.4 million?" — "No, 3.9.": the reply leaves the scale unsaid (a question back,
    // "Was it 950?", may be of another figure, unless it reads the other's figure back
    // digit for digit: "$2.7 million" — "So that's 2.7 on services?").
    let dropped = crate::quantity::dropped_scale(qa, qb);
    let read_back = qb.value * dropped == qa.value || qb.value * dropped == qa.stated;
    let scale = if pair.inherited && (asserted || read_back) {
        dropped
    } else {
        1.0
    };
    if scale != 1.0 {
        q.value *= scale;
        q.stated *= scale;
        q.interval = q.interval.scale(scale);
    }
    if pair.inherited && qb.kind == Kind::Count && qa.kind != Kind::Count {
        q.kind = qa.kind;
        q.unit = qa.unit.clone();
        // In the unit as the other said it: "35" after "20 minutes" is 35 minutes,
        // converted as the 20 was.
        let factor = qa.value / qa.stated;
        if qa.stated != 0.0 && factor.is_finite() && factor > 0.0 && factor != 1.0 {
            q.value *= factor;
            q.interval = q.interval.scale(factor);
        }
    }
    if qa.is_multiple() || qb.is_multiple() {
        if !(pair.inherited && qb.is_multiple() && !qa.is_multiple() && qa.value > 0.0) {
            return Err(Outcome::Quiet(Rule::MultipleWithoutBase));
        }
        q.kind = qa.kind;
        q.unit = qa.unit.clone();
        q.value = qb.value * qa.value;
        q.interval = qb.interval.scale(qa.value);
    }
    Ok(q)
}

/// Money in two currencies: a discrepancy only when one speaker names the other's
/// currency as wrong ([`Rule::CurrencyCorrection`]), else not compared
/// ([`Rule::OtherCurrency`]).
fn currencies(
    qa: &Quantity,
    qb: &Quantity,
    (ta, tb): (&str, &str),
    (da, db): (&str, &str),
) -> Outcome {
    let names_other = |t: &str, unit: &Option<String>| {
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
    Outcome::Quiet(Rule::OtherCurrency)
}

/// [`Rule::NegatedFigure`]: the same figure asserted by one and denied by the other.
pub(super) fn negated_figure(f: &Figures<'_>) -> Option<Outcome> {
    (f.a.negated != f.b.negated && f.ia.overlaps(&f.ib)).then(|| {
        Outcome::Found(Verdict::contradiction(
            Category::Negation,
            0.8,
            Rule::NegatedFigure,
            format!("one speaker asserts {}, the other denies it", f.da),
        ))
    })
}

/// [`Rule::OppositeDirection`]: the same change in opposite directions ("exports rose
/// by 5 percent" against "exports fell by 5 percent").
pub(super) fn opposite_change(f: &Figures<'_>) -> Option<Outcome> {
    (f.dirs.0 * f.dirs.1 == -1 && f.ia.overlaps(&f.ib))
        .then(|| f.opposite("the same change, in opposite directions"))
}

/// [`Rule::CorrectedFigure`] within rounding: a correction that restates the figure
/// more than 3% away disagrees even where loose rounding would let both stand: "You
/// said $2 trillion." — "I said $1.5 trillion. Get your facts right." (`pair.correction`
/// covers a marker in `b`'s sentence, the one before or the one after.)
pub(super) fn corrected_within_rounding(f: &Figures<'_>) -> Option<Outcome> {
    // "And a year ago it was 2,000?" — "No, it was never more than 1,500.": a bound put
    // in correction leaves out the figure as it was stated, whatever its rounding allows.
    let bound = matches!(
        f.qb.hedge,
        Hedge::AtLeast | Hedge::MoreThan | Hedge::AtMost | Hedge::LessThan
    );
    if f.pair.correction
        && bound
        && f.per_day.is_empty()
        && f.qa.hedge == Hedge::Exact
        && f.ia.overlaps(&f.ib)
        && !f.ib.contains(f.qa.value)
    {
        return Some(Outcome::Found(Verdict::contradiction(
            f.category,
            (0.35 + f.pair.score / 2.0 + 0.15).min(0.99),
            Rule::CorrectedFigure,
            format!(
                "{} against {}: the second speaker corrects the figure with a bound that leaves it out",
                f.da, f.db
            ),
        )));
    }
    let g = f.rel.filter(|&g| g > CLOSE)?;
    (f.pair.correction
        && f.ia.overlaps(&f.ib)
        && f.qa.hedge == Hedge::Exact
        && f.qb.hedge == Hedge::Exact)
        .then(|| {
            Outcome::Found(Verdict::contradiction(
                f.category,
                (0.35 + f.pair.score / 2.0 + 0.15).min(0.99),
                Rule::CorrectedFigure,
                format!(
                    "{} against {}: the second speaker corrects the figure, and the two are {:.0}% apart",
                    f.da,
                    f.db,
                    g * 100.0
                ),
            ))
        })
}

/// How close two figures are, as a share of the larger, for a loose rounding of one
/// by the other (and how far a correction must move a figure to count within rounding).
const CLOSE: f64 = 0.03;

/// How many times larger one figure must be than the other to be taken, outside a
/// reply, as about a different thing.
const FAR_RATIO: f64 = 3.0;

/// [`Rule::RestatedFigure`]: in a direct reply, a different exact figure for the one
/// the other speaker put is a correction even where rounding lets both stand. The
/// figure is put by a question ("About 8 million a year?" — "9 million."), or
/// restated as the other's own ("I paid 13.5 percent." — "When you took out a
/// mortgage with 13 percent"), or answered with a bare figure ("Net debt is 2.37
/// billion." — "2.38 billion."). Not when the reply confirms ("Yes, about 8."), and,
/// outside a question, not when either figure is a rounding of the other (its value
/// inside the other's interval: "more than 16 percent" / "16 percent") unless a bare
/// reply puts an exact figure for an estimate ("about 600 buses" — "It runs 580."), nor, in
/// any case, when the figure put is a range or a bound and the reply falls within it.
pub(super) fn restated_figure(f: &Figures<'_>) -> Option<Outcome> {
    if !f.ia.overlaps(&f.ib) {
        return None;
    }
    let (pair, a, b, sents) = (f.pair, f.a, f.b, f.sents);
    let (ia, ib, da, db) = (&f.ia, &f.ib, &f.da, &f.db);
    let (sa, sb) = (&sents[a.sentence], &sents[b.sentence]);
    let (qa, qb) = (&a.quantity, &b.quantity);
    let asked = a.mode == Mode::Question || sa.question;
    let echoed = sa.first_person && sb.second_person;
    // (A reply that opens by denying answers the figure put even a turn later: "2
    // million units, is that right?" — "And the group?" — "No, the group shipped 1.5
    // million.")
    let denies = sb.opens_correcting && sb.index_in_turn == 0;
    if !(pair.reply || denies)
        || sb.confirms
        || qb.hedge != Hedge::Exact
        || a.negated
        || b.negated
        || qa.kind != qb.kind
        // (a bare reply takes the other's rate: "about 40 million a year?" — "42 million.")
        || a.per != b.per && !(pair.inherited && b.per.is_none())
        || !(asked || echoed || pair.inherited || pair.correction)
    {
        return None;
    }
    // (As compared: "45,000" — "45, wow." is 45,000 said again.)
    let (va, vb) = (qa.value, f.qb.value);
    if !(va.is_finite() && vb.is_finite()) || (va - vb).abs() <= 1e-9 * va.abs().max(vb.abs()) {
        return None;
    }
    // A figure within the bounds or range put answers inside them ("Several tens of
    // thousands?" — "28,000."; "More than 20?" — "25."): no correction.
    let bounded = matches!(
        qa.hedge,
        Hedge::Range | Hedge::MoreThan | Hedge::AtLeast | Hedge::LessThan | Hedge::AtMost
    );
    if bounded && ia.contains(vb) {
        return None;
    }
    // A rounding of the other: its value lies in the other's interval.
    let rounds = ib.contains(va) || ia.contains(vb);
    // "The city runs about 600 buses." — "It runs 580.": an exact figure in a bare
    // reply puts itself in the place of the estimate, inside its rounding or not.
    let replaces_estimate = qa.hedge == Hedge::Approximate && pair.inherited && b.bare;
    let denied_first = denies && pair.correction;
    if rounds && !asked && !replaces_estimate && !denied_first {
        return None;
    }
    let gap = (va - vb).abs() / va.abs().max(vb.abs());
    Some(Outcome::Found(Verdict {
        disagree: true,
        category: category_of(qa.kind),
        severity: gap,
        confidence: (0.5 + pair.score / 2.0).min(0.9),
        rule: Rule::RestatedFigure,
        explanation: format!(
            "{da} against {db} ({:.1}% apart): the second speaker, answering, gives another figure for the one put to them",
            gap * 100.0
        ),
    }))
}

/// The category of a pair of figures of kind `k`: temporal for a time in the calendar.
fn category_of(k: Kind) -> Category {
    if k.is_calendar() {
        Category::Temporal
    } else {
        Category::Numeric
    }
}

/// [`Rule::IntervalsOverlapWithHedge`] and [`Rule::SameValue`]: intervals that meet agree.
pub(super) fn overlap(f: &Figures<'_>) -> Option<Outcome> {
    if !f.ia.overlaps(&f.ib) {
        return None;
    }
    if f.qa.is_vague() && f.qb.is_vague() {
        return Some(Outcome::Quiet(Rule::BothVague));
    }
    let rule = if f.qa.hedge != f.qb.hedge {
        Rule::IntervalsOverlapWithHedge
    } else {
        Rule::SameValue
    };
    Some(Outcome::Found(Verdict {
        disagree: false,
        category: f.category,
        severity: 0.0,
        confidence: (0.5 + f.pair.score / 2.0).min(0.99),
        rule,
        explanation: format!(
            "{} and {} are compatible: {} overlaps {}{}",
            f.da, f.db, f.ia, f.ib, f.per_day
        ),
    }))
}

/// [`Rule::TotalOfParts`]: a total and its parts, "two companies, 10 percent each".
pub(super) fn total_of_parts(f: &Figures<'_>) -> Option<Outcome> {
    let (a, b, texts) = (f.a, f.b, f.texts);
    for (total, part, total_text, part_text) in [(a, b, texts.0, texts.1), (b, a, texts.1, texts.0)]
    {
        if part.each
            && let Some(n) = small_count_in(part_text).or_else(|| small_count_in(total_text))
            && comparable(&part.quantity)
                .scale(n)
                .overlaps(&comparable(&total.quantity))
        {
            return Some(Outcome::Found(Verdict {
                disagree: false,
                category: f.category,
                severity: 0.0,
                confidence: 0.7,
                rule: Rule::TotalOfParts,
                explanation: format!(
                    "{} × {} = {}: the parts add up to the total",
                    crate::quantity::fmt_num(n),
                    part.quantity.describe(),
                    total.quantity.describe()
                ),
            }));
        }
    }
    None
}

/// [`Rule::SumOfParts`]: a total and its listed parts, "Six tunnels on this line and
/// three on the other." — "So, nine tunnels."
pub(super) fn sum_of_parts(f: &Figures<'_>) -> Option<Outcome> {
    for (total, parts_text) in [(f.b, f.texts.0), (f.a, f.texts.1)] {
        let parts: Vec<Quantity> = crate::quantity::find(parts_text)
            .into_iter()
            .filter(|q| q.kind == total.quantity.kind && q.unit == total.quantity.unit)
            .collect();
        if parts.len() >= 2 {
            let sum: f64 = parts.iter().map(|q| q.value).sum();
            if total.quantity.interval.contains(sum) {
                return Some(Outcome::Found(Verdict {
                    disagree: false,
                    category: f.category,
                    severity: 0.0,
                    confidence: 0.7,
                    rule: Rule::SumOfParts,
                    explanation: format!(
                        "the figures listed add up to {}",
                        total.quantity.describe()
                    ),
                }));
            }
        }
    }
    None
}

/// [`Rule::PartOfWhole`]: a part is not comparable with the whole it belongs to.
pub(super) fn part_of_whole(f: &Figures<'_>) -> Option<Outcome> {
    (f.a.part || f.b.part).then_some(Outcome::Quiet(Rule::PartOfWhole))
}

/// [`Rule::OtherFigureAlsoStated`]: the other speaker states this figure too, beside
/// another one ("In 2015 it was 660 billion, and this year it will reach around a
/// trillion"): the figures compared belong to different things. Not when the second
/// speaker corrects the first.
pub(super) fn other_figure_also_stated(f: &Figures<'_>) -> Option<Outcome> {
    let (claims, sb) = (f.claims, &f.sents[f.b.sentence]);
    if f.pair.correction || sb.corrects {
        return None;
    }
    // Another claim of the same sentence, asserted (not "not 12th"), that allows `iv`.
    let states = |like: &Claim, iv: &Interval| {
        claims[crate::claim::of_sentence(claims, like.sentence)]
            .iter()
            .any(|c| {
                !c.negated
                    && c.quantity.span != like.quantity.span
                    && c.quantity.kind == like.quantity.kind
                    && c.quantity.unit == like.quantity.unit
                    && widen(&comparable(&c.quantity), f.tol).overlaps(iv)
            })
    };
    (states(f.b, &f.ia) || states(f.a, &f.ib))
        .then_some(Outcome::Quiet(Rule::OtherFigureAlsoStated))
}

/// [`Rule::NamedFigure`]: one figure is the name of a figure said before, by either
/// speaker: a bare number after "the", "that" or "this", and before no noun of its own
/// ("so that assumes the total cost recovery then of the 1.7"; "that 4.33 at the bottom
/// there is an all-in number"). It points back at what that figure was of, so a different
/// figure it meets is of something else. Not when the second speaker corrects the first.
pub(super) fn named_figure(f: &Figures<'_>) -> Option<Outcome> {
    if f.pair.correction || f.sents[f.b.sentence].corrects {
        return None;
    }
    let named = |ci: usize, c: &Claim, text: &str| {
        let q = &c.quantity;
        if q.unit.is_some() || q.kind != Kind::Count {
            return false;
        }
        let base = f.sents[c.sentence].span.start;
        let (start, end) = (q.span.start - base, q.span.end - base);
        let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
            return false;
        };
        let determiner = before
            .trim_end()
            .rsplit(|ch: char| !ch.is_alphabetic())
            .next()
            .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "the" | "that" | "this"));
        let next = after.trim_start();
        let no_noun = next.is_empty()
            || next.starts_with([',', '.', ';', ':', '?', '!', ')'])
            || next
                .split(|ch: char| !ch.is_alphabetic())
                .next()
                .is_some_and(|w| crate::claim::is_stopword(&w.to_ascii_lowercase()));
        // Said before, in an earlier sentence: claims come in the order of the text.
        determiner
            && no_noun
            && f.claims[..ci]
                .iter()
                .any(|e| e.sentence < c.sentence && e.quantity.stated == q.stated)
    };
    (named(f.pair.a, f.a, f.texts.0) || named(f.pair.b, f.b, f.texts.1))
        .then_some(Outcome::Quiet(Rule::NamedFigure))
}

/// [`Rule::SectorOnly`]: a sector named around one figure only ("profitability in the
/// agricultural segment" against profitability in general): a part, not the whole.
pub(super) fn sector_only(f: &Figures<'_>) -> Option<Outcome> {
    let sector_only = |x: &Claim, y: &Sentence| {
        x.clause_words
            .iter()
            .any(|w| is_sector(w) && !y.words.contains(w))
    };
    (sector_only(f.a, &f.sents[f.b.sentence]) || sector_only(f.b, &f.sents[f.a.sentence]))
        .then_some(Outcome::Quiet(Rule::SectorOnly))
}

/// [`Rule::LooseRounding`]: a round figure a few percent off another ("2,700 cases" for
/// 2,777): the speaker rounded loosely, not a different figure.
pub(super) fn loose_rounding(f: &Figures<'_>) -> Option<Outcome> {
    let close = f.rel.is_some_and(|g| g <= CLOSE);
    (close && (is_round(f.qa) || is_round(&f.qb))).then(|| {
        Outcome::Found(Verdict {
            disagree: false,
            category: f.category,
            severity: 0.0,
            confidence: (0.4 + f.pair.score / 2.0).min(0.9),
            rule: Rule::LooseRounding,
            explanation: format!(
                "{} and {} are within 3%, and one of them is a round figure",
                f.da, f.db
            ),
        })
    })
}

/// Disjoint intervals: a discrepancy ([`Rule::DifferentDate`], [`Rule::DifferentRank`],
/// [`Rule::CorrectedFigure`], [`Rule::DisjointIntervals`]), unless the figures are far
/// apart outside a reply ([`Rule::FarApart`]) — far apart and in opposite directions
/// they disagree all the same ([`Rule::OppositeDirection`]).
pub(super) fn disjoint(f: &Figures<'_>) -> Outcome {
    let (pair, a, qa, qb) = (f.pair, f.a, f.qa, &f.qb);
    let sb = &f.sents[f.b.sentence];
    let (va, vb) = f.mids;
    let gap = match f.rel {
        Some(g) if va != 0.0 || vb != 0.0 => g,
        _ => f.ia.gap(&f.ib),
    };
    let mut confidence = (0.35 + pair.score / 2.0).min(0.95);
    if pair.correction || sb.corrects {
        confidence = (confidence + 0.15).min(0.99);
    }
    if a.mode == Mode::Question {
        confidence = (confidence + 0.05).min(0.99);
    }
    // Figures far apart are usually about different things — a total and a part, two
    // different sets — unless the second speaker is plainly answering or correcting the first.
    let ratio = |x: f64, y: f64| {
        (x.is_finite() && y.is_finite() && x.abs().min(y.abs()) > 0.0)
            .then(|| x.abs().max(y.abs()) / x.abs().min(y.abs()))
    };
    // Figures stated alike per different times ("300 cars a week, not a day") are far
    // apart only once converted: the same thing, with its rate disputed.
    let same_figure_other_rate =
        f.rates_differ && ratio(qa.value, qb.value).is_some_and(|r| r <= FAR_RATIO);
    let far = ratio(va, vb).is_some_and(|r| r > FAR_RATIO) && !same_figure_other_rate;
    let dialogue = pair.reply
        && (pair.correction
            || a.mode == Mode::Question
            || f.sents[a.sentence].question
            || pair.inherited);
    // Unless they go opposite ways: "crime went down 20 percent" against "crime went up
    // 5 percent" disagree however far apart the figures are.
    if far && f.dirs.0 * f.dirs.1 == -1 {
        return f.opposite("changes in opposite directions");
    }
    // "Hundreds of residents signed." — "Nine residents signed.": a vague magnitude is a
    // claim about size, and a reply that puts it far off disputes just that.
    // Only of the same doing: a word beside the thing counted in common ("were injured",
    // "signed the petition"), not "hired thousands over five years" — "added 300 this
    // quarter".
    let same_doing = || {
        let (sa, b) = (&f.sents[a.sentence], f.b);
        sb.words
            .iter()
            .any(|w| sa.words.contains(w) && !a.head.contains(w) && !b.head.contains(w))
    };
    let size_disputed = pair.reply && (qa.is_vague() || qb.is_vague()) && same_doing();
    if far
        && !dialogue
        && !size_disputed
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
        (k, _) if k.is_calendar() => Rule::DifferentDate,
        (Kind::Ordinal, _) => Rule::DifferentRank,
        (_, true) => Rule::CorrectedFigure,
        _ => Rule::DisjointIntervals,
    };
    let tol = f.tol;
    Outcome::Found(Verdict {
        disagree: true,
        category: f.category,
        severity: gap,
        confidence,
        rule,
        explanation: format!(
            "{} against {} ({:.0}% apart): the values they allow, {} and {}{}, do not meet{}",
            f.da,
            f.db,
            gap * 100.0,
            f.ia,
            f.ib,
            f.per_day,
            if tol > 0.0 {
                format!(" even with a {:.0}% tolerance", tol * 100.0)
            } else {
                String::new()
            }
        ),
    })
}
