//! The parser: tokens → quantities, one figure at a time.
//!
//! In: the tokens of a sentence. Out: the [`Quantity`]s they state, in order. At each
//! token [`Parser::quantity_at`] tries, in this order: a date, a hedge, a range opener
//! ("between", "from"), a multiple ("twice that"), a currency before the figure, the
//! figure itself (in digits, see [`number`](super::number), or in words, see
//! [`words`](super::words)), a proportion or a fraction ("1 in 4", "one over three",
//! "16 out of 20"), a range, what it measures (percent, currency, unit, "ago"), a
//! year, and the hedges after it ("or more", "or so"). [`Parser::run`] negates a
//! figure after a minus and joins two bounds in a row into a range.

use super::date::month;
use super::hedge::{is_hedge_start, shape};
use super::money::currency_word;
use super::number::{Num, tidy};
use super::tokenize::{T, Tok};
use super::unit::unit_word;
use super::words::{denominator_word, scale_word, small_number};
use super::{Date, Hedge, Interval, Kind, MULTIPLE, Quantity, Relative};
use crate::span::Span;

/// The tokens of a sentence being read, and the quantities read from them so far.
pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    /// `text` in ASCII lower case: the same byte offsets, compared against the lexicons.
    pub(super) lower: String,
    pub(super) toks: &'a [Tok],
    pub(super) out: Vec<Quantity>,
}

/// A figure as read so far: its lower bound (its only value, unless it is a range), its
/// upper bound for a range, and the token after what has been read.
pub(super) struct Figure {
    pub(super) lo: Num,
    pub(super) hi: Option<Num>,
    pub(super) k: usize,
}

/// What a figure measures, from the words around it.
pub(super) struct Measure {
    pub(super) kind: Kind,
    pub(super) unit: Option<String>,
    /// The factor from the unit to its dimension's base unit.
    pub(super) factor: f64,
    /// A time before the moment of speaking ("two months ago").
    pub(super) relative: Option<Relative>,
}

impl<'a> Parser<'a> {
    /// The word at token `i`, in lower case (none for a number or a sign).
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == T::Word).then(|| &self.lower[t.start..t.end])
    }

    /// The text of token `i` as written ("" past the end).
    pub(super) fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` is the sign `p`.
    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == T::Punct && &self.text[t.start..t.end] == p)
    }

    /// Whether token `i` follows the one before it with no space between.
    pub(super) fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    /// Whether the words from token `i` on are `ws`.
    pub(super) fn words_match(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter()
            .enumerate()
            .all(|(k, w)| self.word(i + k).is_some_and(|x| x == *w))
    }

    /// Reads the quantities of the sentence into `out`, token by token: a figure after a
    /// minus is negated, and two bounds of one figure are joined into a range.
    pub(super) fn run(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            // `minus 25`, `-5 °C`: a negative figure.
            let next_is_number = self.toks.get(i + 1).is_some_and(|t| t.kind == T::Num);
            let minus = (matches!(self.word(i), Some("minus" | "negative"))
                && (next_is_number
                    || self.word(i + 1).is_some_and(|w| {
                        small_number(w.split('-').next().unwrap_or(w)).is_some()
                    })))
                || (self.is_punct(i, "-")
                    && !(i > 0 && self.glued(i))
                    && self.glued(i + 1)
                    && next_is_number);
            // "convert - 20 degrees fahrenheit": a spaced minus, read only before a
            // temperature (elsewhere a spaced hyphen is a dash).
            let spaced_minus = !minus
                && self.is_punct(i, "-")
                && next_is_number
                && !(i > 0 && self.glued(i))
                && !self.glued(i + 1)
                && (i == 0 || self.toks[i - 1].kind == T::Word);
            let negated = if minus {
                self.quantity_at(i + 1)
            } else if spaced_minus {
                self.quantity_at(i + 1).filter(|(q, _)| {
                    q.hedge == Hedge::Exact && q.unit.as_deref().is_some_and(|u| u.starts_with('°'))
                })
            } else {
                None
            };
            if let Some((mut q, end)) = negated {
                if matches!(
                    q.kind,
                    Kind::Count | Kind::Percent | Kind::Measure | Kind::Money | Kind::Fraction
                ) {
                    q.value = -q.value;
                    q.interval = Interval {
                        lo: -q.interval.hi,
                        hi: -q.interval.lo,
                        lo_open: q.interval.hi_open,
                        hi_open: q.interval.lo_open,
                    };
                    q.span.start = self.toks[i].start;
                    q.figure.start = self.toks[i].start;
                    q.stated = -q.stated;
                }
                self.out.push(q);
                i = end.max(i + 2);
                continue;
            }
            match self.quantity_at(i) {
                Some((q, end)) => {
                    let (q, end) = self.join_bounds(q, end);
                    self.out.push(q);
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// Whether a quantity can start at token `i` (a cheap test that skips most words).
    fn could_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        match t.kind {
            T::Num => true,
            T::Punct => true,
            T::Word => {
                let w = self.word(i).unwrap_or("");
                // (A byte search: a `split` sets up a searcher for every token.)
                let first_part = w
                    .as_bytes()
                    .iter()
                    .position(|&b| b == b'-')
                    .map_or(w, |p| &w[..p]);
                small_number(first_part).is_some()
                    || denominator_word(w).is_some()
                    || month(w.trim_end_matches('.')).is_some()
                    || crate::quantity::WEEKDAYS.contains(&w)
                    || matches!(
                        w,
                        "a" | "an"
                            | "half"
                            | "tens"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                            | "millions"
                            | "billions"
                            | "between"
                            | "from"
                            | "minus"
                            | "negative"
                            | "late"
                            | "early"
                            | "mid"
                    )
                    || is_hedge_start(w)
                    || (w.len() <= 3 && self.toks.get(i + 1).is_some_and(|n| n.kind != T::Word))
            }
        }
    }

    /// A quantity starting at token `i`, and the token after it. The steps run in this
    /// order, and each may settle the answer: a date; a hedge and a range opener; a
    /// multiple ("twice that"); a currency and the figure; a proportion or fraction
    /// right after it; a weak figure with nothing to carry it; "16 out of 20"; a range;
    /// what it measures; a year; the hedges after it.
    pub(super) fn quantity_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if !self.could_start(i) {
            return None;
        }
        // Dates first: they hold numbers that are not amounts.
        if let Some(r) = self.date_at(i) {
            return Some(r);
        }
        if let Some(r) = self.vague_at(i) {
            return Some(r);
        }
        if let Some(r) = self.unit_or_number_at(i) {
            return Some(r);
        }
        if let Some(r) = self.a_unit_and_a_half_at(i) {
            return Some(r);
        }
        let (hedge, j) = match self.hedge_at(i) {
            Some((h, j)) => (Some(h), j),
            None => (None, i),
        };
        let (range_intro, j) = self.range_intro_at(j, hedge);
        if let Some(r) = self.multiple_quantity(i, j, hedge) {
            return Some(r);
        }
        let (cur_pre, k, pre_scale) = self.currency_before(j);
        let (k0, num) = self.signed_figure_at(k, hedge, range_intro, pre_scale)?;
        if let Some(r) = self.ratio_after(i, k0, &num, cur_pre, hedge) {
            return Some(r);
        }
        if num.weak && cur_pre.is_none() && !self.weak_figure_stands(k0, &num, hedge) {
            return None;
        }
        if let Some(r) = self.out_of_after(i, k0, &num, cur_pre, hedge) {
            return Some(r);
        }
        let k = self.after_unit_hyphen(num.end);
        let mut fig = self.range_at(k0, k, num, cur_pre, range_intro)?;
        let mut m = self.measure(&mut fig, cur_pre);
        self.unit_and_a_half(&mut fig, &m);
        if m.kind == Kind::Count && self.is_year(i, hedge, &fig) {
            m.kind = Kind::Year;
        }
        let hedge = self.hedge_after(hedge, &mut fig);
        Some(self.quantity_of(i, k0, &fig, m, hedge))
    }

    /// A vague magnitude at `i` followed by "of" ("dozens of schools", "tens of
    /// thousands of people", "millions of dollars", "a handful of cases"): a range from
    /// twice the magnitude to the next one named ([`VAGUE_MAGNITUDES`]), measured by what
    /// follows "of".
    fn vague_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let magnitude = |w: Option<&str>| {
            VAGUE_MAGNITUDES
                .iter()
                .find(|(name, _, _)| Some(*name) == w)
                .map(|&(_, lo, hi)| (lo, hi))
        };
        let (mut lo, mut hi, mut k) = if self.words_match(i, &["a", "handful", "of"]) {
            (2.0, 10.0, i + 3)
        } else {
            let (lo, hi) = magnitude(self.word(i))?;
            // "thousands and thousands of lives": said for weight, not for size.
            let doubled =
                i >= 2 && self.word(i - 1) == Some("and") && self.word(i - 2) == self.word(i);
            if self.word(i + 1) != Some("of") || doubled {
                return None;
            }
            (lo, hi, i + 2)
        };
        // "tens of thousands of", "hundreds of millions of": the second scales the first.
        // ("Several tens of thousands?" ends there.)
        let mut end = k - 1;
        if matches!(self.word(i), Some("tens" | "hundreds"))
            && let Some((lo2, _)) = magnitude(self.word(k))
            && lo2 >= 2000.0
        {
            let scale = lo2 / 2.0;
            (lo, hi, end) = (lo * scale, hi * scale, k + 1);
            k = if self.word(k + 1) == Some("of") {
                k + 2
            } else {
                k + 1
            };
        }
        // What is counted or measured follows "of"; "of" itself is no part of the figure.
        let bound = |v: f64| {
            let mut n = Num::plain(v, end, 0.0);
            n.in_words = true;
            n
        };
        let mut fig = Figure {
            lo: bound(lo),
            hi: Some(bound(hi)),
            k,
        };
        let m = self.measure(&mut fig, None);
        if !matches!(m.kind, Kind::Count | Kind::Money) || m.relative.is_some() {
            return None;
        }
        fig.k = fig.k.max(end);
        Some(self.quantity_of(i, i, &fig, m, None))
    }

    /// A unit named with "a" and a small number after "or" ("a year or two", "an hour or
    /// three", "a mile or two"): a range from one of the unit to that number.
    fn unit_or_number_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if !matches!(self.word(i), Some("a" | "an")) || self.word(i + 2) != Some("or") {
            return None;
        }
        let (kind, ..) = unit_word(self.word(i + 1)?)?;
        let hi = self.number_at(i + 3)?;
        let small = hi.plain_int || hi.in_words;
        if !matches!(kind, Kind::Duration | Kind::Measure)
            || hi.weak
            || hi.ordinal
            || hi.fraction
            || hi.scaled
            || !small
            || !(2.0..=10.0).contains(&hi.value)
        {
            return None;
        }
        let mut lo = Num::plain(1.0, i + 1, 0.5);
        lo.in_words = true;
        let mut fig = Figure {
            lo,
            hi: Some(hi),
            k: i + 1,
        };
        let m = self.measure(&mut fig, None);
        if m.kind != kind || fig.k != i + 2 {
            return None;
        }
        fig.k = hi.end;
        Some(self.quantity_of(i, i, &fig, m, None))
    }

    /// A unit named with "a" and "and a half" after it ("a year and a half", "an hour
    /// and a half", "a mile and a half"): one and a half of the unit.
    fn a_unit_and_a_half_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if !matches!(self.word(i), Some("a" | "an")) || !self.half_after_unit(i + 1) {
            return None;
        }
        let mut lo = Num::plain(1.0, i + 1, 0.25);
        lo.in_words = true;
        let mut fig = Figure {
            lo,
            hi: None,
            k: i + 1,
        };
        let m = self.measure(&mut fig, None);
        if !matches!(m.kind, Kind::Duration | Kind::Measure) || fig.k != i + 2 {
            return None;
        }
        fig.lo.value = 1.5;
        fig.k += 3;
        Some(self.quantity_of(i, i, &fig, m, None))
    }

    /// Whether "between" or "from" at `j` opens a range ("between X and Y", "from X to
    /// Y"): the word that must join its two figures, and where the first figure starts.
    fn range_intro_at(&self, j: usize, hedge: Option<Hedge>) -> (Option<&'static str>, usize) {
        // "between X and Y", "from X to Y"
        let range_intro = match self.word(j) {
            Some("between") => Some("and"),
            Some("from") => Some("to"),
            _ => None,
        };
        let mut j = if range_intro.is_some() && hedge.is_none() {
            j + 1
        } else {
            j
        };
        // "between a two and a three": an article before a grade.
        if range_intro.is_some() && self.article_before_number(j) {
            j += 1;
        }
        (range_intro, j)
    }

    /// Whether "a" at `j` stands before a number that is not itself weak ("a three").
    fn article_before_number(&self, j: usize) -> bool {
        matches!(self.word(j), Some("a" | "an"))
            && self
                .number_at(j + 1)
                .is_some_and(|n| !n.weak && !n.fraction)
    }

    /// Whether a multiple of the figure answered ("twice that", "nearly three times as
    /// much") is at `j`: the quantity, its unit [`MULTIPLE`], its value the factor.
    fn multiple_quantity(
        &self,
        i: usize,
        j: usize,
        hedge: Option<Hedge>,
    ) -> Option<(Quantity, usize)> {
        // "twice that", "nearly three times as much": a multiple of the figure answered.
        let (factor, end) = self.multiple_at(j)?;
        let hedge = hedge.unwrap_or(Hedge::Exact);
        let num = Num::fraction(factor, end);
        let (value, interval) = shape(Kind::Count, &num, None, hedge, 1.0);
        let figure = Span::new(self.toks[j].start, self.toks[end - 1].end);
        Some((
            Quantity {
                span: Span::new(self.toks[i].start, figure.end),
                kind: Kind::Count,
                unit: Some(MULTIPLE.into()),
                value,
                interval,
                hedge,
                date: None,
                relative: None,
                in_words: true,
                figure,
                stated: factor,
            },
            end,
        ))
    }

    /// Whether the figure at `k` is negative (`<-30`, "between negative ten and fifteen"),
    /// then the figure itself, scaled by `pre_scale`: where it starts and the number.
    fn signed_figure_at(
        &self,
        k: usize,
        hedge: Option<Hedge>,
        range_intro: Option<&'static str>,
        pre_scale: f64,
    ) -> Option<(usize, Num)> {
        let mut k = k;
        // `<-30`: a negative bound.
        let negative_bound = hedge.is_some()
            && self.is_punct(k, "-")
            && self.glued(k + 1)
            && self.toks.get(k + 1).is_some_and(|t| t.kind == T::Num)
            // "between negative ten and fifteen"
            || range_intro.is_some() && matches!(self.word(k), Some("negative" | "minus"));
        if negative_bound {
            k += 1;
        }
        let k0 = if negative_bound { k - 1 } else { k };
        let mut num = self.number_at(k)?;
        if negative_bound {
            num.value = -num.value;
        }
        if pre_scale != 1.0 {
            num.value = tidy(num.value * pre_scale);
            num.half_unit *= pre_scale;
            num.scaled = true;
        }
        Some((k0, num))
    }

    /// Whether a proportion or a fraction is written right after the figure, in this
    /// order: "1 in 4", "one over three", "one out of three".
    fn ratio_after(
        &self,
        i: usize,
        k0: usize,
        num: &Num,
        cur_pre: Option<&'static str>,
        hedge: Option<Hedge>,
    ) -> Option<(Quantity, usize)> {
        // `1 in 4`, `one in three`: a proportion.
        if self.word(num.end) == Some("in")
            && cur_pre.is_none()
            && !num.fraction
            && num.value >= 1.0
            && num.value <= 10.0
            && let Some(total) = self.number_at(num.end + 1)
            && !total.weak
            && total.value > num.value
            && total.value <= 1000.0
            && !(total.plain_int && total.digits == 4)
        {
            return Some(self.proportion(i, k0, num, &total, hedge));
        }
        // `one over three`, `2000 over 3`: a fraction, when nothing follows that makes
        // "over" a preposition ("20 over 10 years").
        if self.word(num.end) == Some("over")
            && cur_pre.is_none()
            && !num.fraction
            && !num.ordinal
            && let Some(den) = self.number_at(num.end + 1)
            && den.value > 0.0
            && !den.fraction
            && self
                .word(den.end)
                .is_none_or(|w| matches!(w, "is" | "equals" | "and" | "or"))
            && !self.is_punct(den.end, "%")
        {
            let value = tidy(num.value / den.value);
            let figure = Span::new(self.toks[k0].start, self.toks[den.end - 1].end);
            let q = Quantity {
                span: Span::new(self.toks[i].start, figure.end),
                kind: Kind::Fraction,
                unit: None,
                value,
                interval: Interval::closed(value, value),
                hedge: Hedge::Exact,
                date: None,
                relative: None,
                in_words: num.in_words || den.in_words,
                figure,
                stated: value,
            };
            return Some((q, den.end));
        }
        // `one out of three`: a proportion, even from a lone "one".
        if num.weak
            && self.words_match(num.end, &["out", "of"])
            && let Some(total) = self.number_at(num.end + 2)
            && total.value >= 1.0
        {
            return Some(self.proportion(i, k0, num, &total, hedge));
        }
        None
    }

    /// Whether a weak figure ("one", "a", "half") at `k0` is a figure all the same: after
    /// "minus", a hedged half, the first of two alternatives ("one or two years"), or
    /// with a unit, percent, currency or age after it.
    fn weak_figure_stands(&self, k0: usize, num: &Num, hedge: Option<Hedge>) -> bool {
        let after_minus = k0 > 0 && matches!(self.word(k0 - 1), Some("minus" | "negative"));
        // "more than half", "nearly half": a hedged half is a figure.
        let hedged_half = hedge.is_some() && self.word(k0) == Some("half");
        // "one or two years", "one year or two years": the lower of two alternatives.
        let or_at = if self.word(num.end + 1) == Some("or")
            && self.word(num.end).and_then(unit_word).is_some()
        {
            num.end + 1
        } else {
            num.end
        };
        let first_of_two = self.word(k0) == Some("one")
            && self.word(or_at) == Some("or")
            && self.number_at(or_at + 1).is_some_and(|n| !n.weak);
        if after_minus || hedged_half || first_of_two {
            return true;
        }
        // "one of the", "a" alone: only with a unit, percent or scale after it
        // ("one-yen" has a hyphen between).
        let hyphen = self.is_punct(num.end, "-") && self.glued(num.end) && self.glued(num.end + 1);
        let next = self.word(num.end + usize::from(hyphen));
        // "one year old": an age.
        let age = next
            .and_then(unit_word)
            .is_some_and(|u| u.0 == Kind::Duration)
            && (self.word(num.end + 1) == Some("old")
                || self.words_match(num.end + 1, &["of", "age"]));
        age || next.is_some_and(|w| {
            w == "percent"
                || (currency_word(w).is_some()
                    && w != "p"
                    && w != "try"
                    && w != "won"
                    && w != "real")
                || unit_word(w).is_some_and(|u| u.0 == Kind::Measure && w.len() > 2)
        }) || self.is_punct(num.end, "%")
    }

    /// Whether "and a half" follows the unit of a whole number of units at `k` ("a year
    /// and a half", "two miles and a half"): the half is part of the amount.
    fn half_after_unit(&self, k: usize) -> bool {
        self.word(k)
            .and_then(unit_word)
            .is_some_and(|u| matches!(u.0, Kind::Duration | Kind::Measure))
            && self.words_match(k + 1, &["and", "a", "half"])
            // "a year and a half ago" is a day, not an amount of time.
            && self.word(k + 4) != Some("ago")
    }

    /// "a year and a half", "an hour and a half", "two miles and a half": half a unit
    /// more, said after the unit (the amount is then known to the half unit).
    fn unit_and_a_half(&self, fig: &mut Figure, m: &Measure) {
        let whole = fig.lo.value.fract() == 0.0 && fig.lo.value >= 1.0 && !fig.lo.fraction;
        if fig.hi.is_none()
            && whole
            && matches!(m.kind, Kind::Duration | Kind::Measure)
            && m.relative.is_none()
            && fig.k >= 1
            && self.half_after_unit(fig.k - 1)
        {
            fig.lo.value += 0.5;
            fig.lo.half_unit = fig.lo.half_unit.min(0.25);
            fig.k += 3;
        }
    }

    /// Whether "out of" a total follows the figure, perhaps after a noun (`16 out of 20`,
    /// `eight teams out of the 32`): the proportion.
    fn out_of_after(
        &self,
        i: usize,
        k0: usize,
        num: &Num,
        cur_pre: Option<&'static str>,
        hedge: Option<Hedge>,
    ) -> Option<(Quantity, usize)> {
        let k = num.end;
        // `16 out of 20`, `eight teams out of the 32`: a proportion.
        let noun_gap = usize::from(
            self.word(k)
                .is_some_and(|w| !self.words_match(k, &["out", "of"]) && w.len() > 2),
        );
        if self.words_match(k + noun_gap, &["out", "of"]) && cur_pre.is_none() && !num.fraction {
            let mut m = k + noun_gap + 2;
            if self.word(m) == Some("the") {
                m += 1;
            }
            if let Some(total) = self.number_at(m)
                && total.value > 0.0
                && num.value <= total.value
            {
                return Some(self.proportion(i, k0, num, &total, hedge));
            }
        }
        None
    }

    /// Whether a hyphen at `k` joins a unit to the figure (`25-metre`, `3-inch`, `18-minute`): the
    /// token after the hyphen if so, else `k`.
    fn after_unit_hyphen(&self, k: usize) -> usize {
        // `25-metre`, `3-inch`, `18-minute`: a unit joined by a hyphen.
        if self.is_punct(k, "-")
            && self.glued(k)
            && self.glued(k + 1)
            && self.word(k + 1).is_some_and(|w| {
                unit_word(w).is_some_and(|u| matches!(u.0, Kind::Measure | Kind::Duration))
                    || currency_word(w).is_some()
            })
        {
            return k + 1;
        }
        k
    }

    /// Whether a second figure after `k` makes a range with the first (`46–52`, `46 - 52`,
    /// `5 to 7`, `between 10 and 20`): the bounds and where they end. No quantity when a
    /// range opener ("between", "from") finds no separator.
    fn range_at(
        &self,
        k0: usize,
        k: usize,
        num: Num,
        cur_pre: Option<&'static str>,
        range_intro: Option<&'static str>,
    ) -> Option<Figure> {
        let mut fig = Figure {
            lo: num,
            hi: None,
            k,
        };
        // Range: `46–52`, `46 - 52`, `5 to 7`, `between 10 and 20`.
        let sep_is_dash = self.toks.get(k).is_some_and(|t| {
            t.kind == T::Punct && matches!(self.raw(k), "–" | "-" | "—" | "‒" | "~")
        });
        // "one year or two years", "3 miles or 4 miles": the unit said with each figure;
        // the separator is after the first one's unit, which the second one's stands for.
        let unit_first = range_intro.is_none()
            && !sep_is_dash
            && self.word(k + 1) == Some("or")
            && self
                .word(k)
                .and_then(unit_word)
                .is_some_and(|(kind, u, f)| {
                    matches!(kind, Kind::Duration | Kind::Measure)
                        && self.number_at(k + 2).is_some_and(|n| {
                            self.word(n.end)
                                .and_then(unit_word)
                                .is_some_and(|(_, u2, f2)| u2 == u && f2 == f)
                        })
                });
        let k = if unit_first { k + 1 } else { k };
        let sep_word = self.word(k);
        let range_sep = match range_intro {
            Some(w) => {
                sep_word == Some(w) || w == "to" && matches!(sep_word, Some("through" | "thru"))
            }
            None => sep_is_dash || matches!(sep_word, Some("to" | "through" | "thru")),
        };
        // "10 or 12%", "two or three million": two near alternatives are a range.
        let alternatives = range_intro.is_none() && sep_word == Some("or");
        if (range_sep || alternatives) && !self.is_id_like(k0, k) {
            let after = if range_intro.is_some() && self.article_before_number(k + 1) {
                k + 2
            } else {
                k + 1
            };
            let (cur2, k2) = self.currency_prefix(after);
            if let Some(second) = self.number_at(k2)
                && !second.weak
                && (cur2.is_none() || cur_pre.is_none() || cur2 == cur_pre)
            {
                let mut first = fig.lo;
                // `5 to 7 billion`: the scale of the second applies to a bare first.
                if second.scaled && !first.scaled {
                    let scale = scale_of(self, k2, second.end);
                    if scale > 1.0 && first.value * scale <= second.value * 1.0001 {
                        first.value *= scale;
                        first.half_unit *= scale;
                    }
                }
                let is_year_pair = first.plain_int
                    && first.digits == 4
                    && (second.digits == 4 || second.digits == 2);
                let near = first.value < second.value
                    && second.value < 10.0 * first.value.max(1.0)
                    && !first.ordinal
                    && !second.ordinal
                    && !first.fraction
                    && !second.fraction;
                if alternatives && !near {
                    // "5 or 50", "the first or second": not one figure's bounds.
                } else if first.value < second.value
                    || is_year_pair
                    || (range_intro.is_some() && first.value <= second.value)
                {
                    if is_year_pair && second.digits == 2 {
                        let century = (first.value / 100.0).floor() * 100.0;
                        let mut s = second;
                        s.value += century;
                        fig.hi = Some(s);
                    } else {
                        fig.hi = Some(second);
                    }
                    fig.lo = first;
                    fig.k = second.end;
                } else if sep_word == Some("to") {
                    // `60 to 40` is a ratio, not a range: keep the first number only.
                }
            }
        } else if range_intro.is_some() {
            return None;
        }
        Some(fig)
    }

    /// Whether the figure from `k0` to the separator at `k` is part of a phone number or
    /// an id (`+1-222-2222`), not a range.
    fn is_id_like(&self, k0: usize, k: usize) -> bool {
        // `+1-222-2222`: a phone number, not a range.
        self.glued(k)
            && (k0 > 0
                && matches!(self.raw(k0 - 1), "+" | "-")
                && self.glued(k0)
                && k0 > 1
                && self.glued(k0 - 1)
                || k0 > 0 && self.is_punct(k0 - 1, "+") && self.glued(k0)
                || self.toks.get(k + 2).is_some_and(|t| {
                    t.start == self.toks[k + 1].end && matches!(self.raw(k + 2), "-" | "/")
                }))
    }

    /// What the figure measures, in this order: its own form (an ordinal, a fraction),
    /// then for a count the words after it (percent, a currency, a unit), then money,
    /// from a currency after it or `cur_pre` before it.
    fn measure(&self, fig: &mut Figure, cur_pre: Option<&'static str>) -> Measure {
        let last = fig.hi.unwrap_or(fig.lo);
        // Suffixes: percent, currency, unit, `ago`, `or more`.
        let mut m = Measure {
            kind: Kind::Count,
            unit: None,
            factor: 1.0,
            relative: None,
        };
        let mut currency = cur_pre;
        // "½ teaspoon", "1/4 mile": a fraction of a unit is a measure.
        let unit_follows = self
            .word(fig.k)
            .and_then(unit_word)
            .is_some_and(|u| u.0 == Kind::Measure);
        if fig.lo.ordinal {
            m.kind = Kind::Ordinal;
        } else if fig.lo.fraction && !unit_follows {
            m.kind = Kind::Fraction;
        }
        if m.kind == Kind::Count {
            let k = fig.k;
            if let Some((u, k2)) = self.percent_suffix(k) {
                m.kind = Kind::Percent;
                m.unit = Some(u.into());
                fig.k = k2;
            } else if let Some((c, k2, scale)) = self.currency_suffix_scaled(k)
                // "$10 dollars": the sign said it; the word is left alone.
                && !(cur_pre.is_some() && scale == 1.0 && k2 == k + 1)
            {
                currency = currency.or(Some(c));
                if currency == Some(c) {
                    fig.k = k2;
                    // "75 USD million", "30 MUSD": a scale after the code.
                    if scale != 1.0 {
                        fig.lo.value = tidy(fig.lo.value * scale);
                        fig.lo.half_unit *= scale;
                        if let Some(h) = fig.hi.as_mut() {
                            h.value = tidy(h.value * scale);
                            h.half_unit *= scale;
                        }
                    }
                }
            } else {
                self.unit_suffix(fig, last.value, &mut m);
            }
        }
        if let Some(c) = currency {
            self.money(c, fig, &mut m);
        }
        m
    }

    /// Whether the figure is a year: a four-digit figure 1000–2100, unhedged (or "around"),
    /// with nothing after it that makes it an amount.
    fn is_year(&self, i: usize, hedge: Option<Hedge>, fig: &Figure) -> bool {
        let (lo, hi, k) = (&fig.lo, &fig.hi, fig.k);
        // Years: a four-digit figure 1000–2100 with nothing after it that makes it an amount.
        hedge.is_none_or(|h| h == Hedge::Approximate && self.word(i) == Some("around"))
            && lo.plain_int
            && lo.digits == 4
            && (1000.0..=2100.0).contains(&lo.value)
            && hi.is_none_or(|h| h.plain_int && (1000.0..=2100.0).contains(&h.value))
            // Before 1800, a year is said as one ("in 1612", "since 1480"): a bare "1,100"
            // or "1100" in a list of counts is a count.
            && (lo.value >= 1800.0
                || i > 0
                    && self.word(i - 1).is_some_and(|w| {
                        matches!(
                            w,
                            "in" | "since" | "by" | "from" | "until" | "till" | "of" | "year"
                                | "circa" | "before" | "after"
                        )
                    }))
            && !self
                .word(k)
                .is_some_and(|w| scale_word(w).is_some() || is_plural_noun_after_year(w))
    }

    /// The quantity read from token `i`, its figure from `k0`: the hedge (a range when
    /// there are two bounds), the value and interval [`shape`] gives, and a year's or an
    /// unresolved relative date's date and interval.
    fn quantity_of(
        &self,
        i: usize,
        k0: usize,
        fig: &Figure,
        m: Measure,
        hedge: Option<Hedge>,
    ) -> (Quantity, usize) {
        let Measure {
            kind,
            unit,
            factor,
            relative,
        } = m;
        let (lo, hi, k) = (fig.lo, fig.hi, fig.k);
        let hedge = if hi.is_some() {
            Hedge::Range
        } else {
            hedge.unwrap_or(Hedge::Exact)
        };
        let start = self.toks[i].start;
        let end = self.toks[k - 1].end;
        let (value, interval) = shape(kind, &lo, hi.as_ref(), hedge, factor);
        let date = (kind == Kind::Year).then_some(Date {
            year: Some(lo.value as i32),
            month: None,
            day: None,
        });
        let (kind, interval, date) = match relative {
            // Unresolved until the transcript's date is known: unbounded.
            Some(_) => (
                Kind::Date,
                Interval::closed(f64::NEG_INFINITY, f64::INFINITY),
                None,
            ),
            None => (kind, interval, date),
        };
        (
            Quantity {
                span: Span::new(start, end),
                kind,
                unit,
                value,
                interval,
                hedge,
                date,
                relative,
                in_words: lo.in_words,
                figure: Span::new(
                    self.toks[k0].start,
                    self.toks[hi.map_or(lo.end, |h| h.end) - 1].end,
                ),
                stated: lo.value,
            },
            k,
        )
    }

    /// A part of a whole as a proportion (`1 in 4`, `16 out of 20`), from token `i`;
    /// the figure itself starts at token `k0`.
    /// `1 in 4`, `16 out of 20`, with the hedge before it or `or more` after it.
    fn proportion(
        &self,
        i: usize,
        k0: usize,
        part: &Num,
        total: &Num,
        hedge: Option<Hedge>,
    ) -> (Quantity, usize) {
        let v = part.value / total.value;
        let figure_end = self.toks[total.end - 1].end;
        let mut k = total.end;
        // A bound after the figure overrides "about" before it ("about 2 in 5 or more").
        let hedge = match hedge {
            Some(h) if h != Hedge::Approximate => h,
            _ if self.words_match(k, &["or", "more"]) => {
                k += 2;
                Hedge::AtLeast
            }
            _ if self.words_match(k, &["or", "less"]) || self.words_match(k, &["or", "fewer"]) => {
                k += 2;
                Hedge::AtMost
            }
            h => h.unwrap_or(Hedge::Exact),
        };
        let end = self.toks[k - 1].end;
        let (_, interval) = shape(Kind::Fraction, &Num::fraction(v, k), None, hedge, 1.0);
        let q = Quantity {
            span: Span::new(self.toks[i].start, end),
            kind: Kind::Fraction,
            unit: None,
            value: v,
            interval,
            hedge,
            date: None,
            relative: None,
            in_words: part.in_words,
            figure: Span::new(self.toks[k0].start, figure_end),
            stated: v,
        };
        (q, k)
    }

    /// Whether one of `words` is among the `n` words before token `k`.
    pub(super) fn context_has(&self, k: usize, n: usize, words: &[&str]) -> bool {
        (k.saturating_sub(n)..k).any(|i| self.word(i).is_some_and(|w| words.contains(&w)))
    }

    /// "twice that", "double this", "half as much", "three times as many", "2 times the
    /// figure": the factor and where the phrase ends.
    fn multiple_at(&self, j: usize) -> Option<(f64, usize)> {
        let (factor, k) = match self.word(j)? {
            "twice" | "double" => (2.0, j + 1),
            "triple" | "treble" | "thrice" => (3.0, j + 1),
            "half" => (0.5, j + 1),
            _ => {
                // "three times": only read the number when "times" follows it closely.
                if !(j + 1..j + 5).any(|k| self.word(k) == Some("times")) {
                    return None;
                }
                let n = self.number_at(j)?;
                if self.word(n.end) != Some("times") || n.fraction || n.ordinal {
                    return None;
                }
                (n.value, n.end + 1)
            }
        };
        let end = match self.word(k)? {
            "that" | "this" => k + 1,
            "as" if self.word(k + 1).is_some_and(|w| {
                matches!(w, "much" | "many" | "high" | "large" | "big" | "long")
            }) =>
            {
                k + 2
            }
            "the"
                if self
                    .word(k + 1)
                    .is_some_and(|w| matches!(w, "figure" | "amount" | "number" | "level")) =>
            {
                k + 2
            }
            _ => return None,
        };
        Some((factor, end))
    }
}

/// The scale factor that the words between `from` and `to` apply.
fn scale_of(p: &Parser<'_>, from: usize, to: usize) -> f64 {
    let mut s = 1.0;
    for k in from..to {
        if let Some(w) = p.word(k)
            && let Some(x) = scale_word(w)
        {
            s *= x;
        }
    }
    s
}

/// Nouns after a four-digit figure that make it a count, not a year ("2000 people").
fn is_plural_noun_after_year(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !matches!(
            w,
            "was"
                | "has"
                | "is"
                | "its"
                | "this"
                | "thus"
                | "as"
                | "versus"
                | "plus"
                | "does"
                | "towards"
                | "elections"
                | "olympics"
                | "games"
        )
}

/// Vague magnitudes before "of", as ranges: from twice the magnitude (two dozen, two
/// hundred) to the next magnitude named ("hundreds of" is 200 to 1,000; "millions
/// of", 2 million to a billion).
const VAGUE_MAGNITUDES: &[(&str, f64, f64)] = &[
    ("tens", 20.0, 100.0),
    ("dozens", 24.0, 200.0),
    ("hundreds", 200.0, 1e3),
    ("thousands", 2e3, 1e6),
    ("millions", 2e6, 1e9),
    ("billions", 2e9, 1e12),
];
