//! Stage 3: text → [`Quantity`] values with byte spans.
//!
//! In: any `&str` (usually one sentence) and the byte offset where it starts
//! in the input. Out: the quantities it states — counts, percentages, money,
//! physical measures, durations, ordinals, years, dates and fractions — each
//! as an [`Interval`] shaped by its hedge ("about", "more than", "nearly") and
//! by the rounding of the figure as written.
//!
//! ```
//! use discrepancy::quantity::{self, Hedge, Kind};
//! let q = quantity::find("There are about 340 schools and more than 16 percent growth.");
//! assert_eq!(q[0].value, 340.0);
//! assert_eq!(q[0].hedge, Hedge::Approximate);
//! assert!(q[0].interval.contains(330.0) && !q[0].interval.contains(300.0));
//! assert_eq!(q[1].kind, Kind::Percent);
//! assert_eq!(q[1].hedge, Hedge::MoreThan);
//! ```

use serde::{Deserialize, Serialize};

use crate::span::Span;

mod date;
mod hedge;
mod money;
mod number;
mod position;
mod spelled;
mod tokenize;
mod unit;
mod words;
use date::{days_from_civil, days_in_month, month};
use hedge::{is_hedge_start, shape};
use money::{CODES, currency_symbol, currency_word};
use number::{Num, tidy};
pub use position::{Anchor, Position, positions};
use tokenize::{T, Tok, tokenize};
pub use unit::unit_mentions;
use unit::unit_word;
use words::{denominator_word, scale_word, small_number};

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// A plain count or amount ("300 schools", "two million").
    Count,
    /// A percentage ("16 percent"); the value is in percent.
    Percent,
    /// A proportion written as a fraction ("a third", "1 in 4"); the value is in [0, 1].
    Fraction,
    /// Money; the unit is an ISO 4217 code.
    Money,
    /// A physical measure; the value is in the base unit of its dimension.
    Measure,
    /// A duration ("for 20 years"); the value is in days.
    Duration,
    /// A rank or position ("30th", "forty-eighth").
    Ordinal,
    /// A calendar year ("in 2015").
    Year,
    /// A calendar date or month ("22 February 2022", "two months ago"); the value is a day number.
    Date,
}

/// How the speaker qualified the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// As written, with the precision of its rounding.
    Exact,
    /// about, around, some, roughly, approximately.
    Approximate,
    /// at least, no less than.
    AtLeast,
    /// more than, over, exceeds.
    MoreThan,
    /// up to, at most, no more than.
    AtMost,
    /// less than, under, below.
    LessThan,
    /// nearly, almost: just under.
    Nearly,
    /// A range ("46–52", "between 10 and 20").
    Range,
}

/// A set of values `lo..hi`, each end open or closed, possibly unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower bound (`-inf` when unbounded; serialised as `null`).
    pub lo: f64,
    /// Upper bound (`inf` when unbounded; serialised as `null`).
    pub hi: f64,
    /// Whether `lo` itself is excluded.
    pub lo_open: bool,
    /// Whether `hi` itself is excluded.
    pub hi_open: bool,
}

impl Interval {
    /// The closed interval `[lo, hi]`.
    pub fn closed(lo: f64, hi: f64) -> Interval {
        Interval {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        }
    }

    /// Whether `x` lies in the interval.
    pub fn contains(&self, x: f64) -> bool {
        let above = if self.lo_open {
            x > self.lo
        } else {
            x >= self.lo
        };
        let below = if self.hi_open {
            x < self.hi
        } else {
            x <= self.hi
        };
        above && below
    }

    /// Whether the two intervals share a value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo_ok = if self.hi_open || other.lo_open {
            other.lo < self.hi
        } else {
            other.lo <= self.hi
        };
        let hi_ok = if other.hi_open || self.lo_open {
            self.lo < other.hi
        } else {
            self.lo <= other.hi
        };
        lo_ok && hi_ok
    }

    /// The interval scaled by a positive factor.
    pub fn scale(&self, k: f64) -> Interval {
        Interval {
            lo: self.lo * k,
            hi: self.hi * k,
            ..*self
        }
    }

    /// Relative gap between the intervals (0 when they overlap).
    pub fn gap(&self, other: &Interval) -> f64 {
        if self.overlaps(other) {
            return 0.0;
        }
        let (a, b) = if self.hi <= other.lo {
            (self.hi, other.lo)
        } else {
            (other.hi, self.lo)
        };
        let base = a.abs().max(b.abs()).max(f64::MIN_POSITIVE);
        (b - a).abs() / base
    }
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lo = if self.lo.is_finite() {
            fmt_num(self.lo)
        } else {
            String::new()
        };
        let hi = if self.hi.is_finite() {
            fmt_num(self.hi)
        } else {
            String::new()
        };
        write!(
            f,
            "{}{},{}{}",
            if self.lo_open || !self.lo.is_finite() {
                '('
            } else {
                '['
            },
            lo,
            hi,
            if self.hi_open || !self.hi.is_finite() {
                ')'
            } else {
                ']'
            }
        )
    }
}

/// Formats a number without a trailing `.0` and with at most 6 significant decimals.
pub fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A calendar date, as precise as it was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    /// Year, when stated or resolved.
    pub year: Option<i32>,
    /// Month 1–12, when stated.
    pub month: Option<u8>,
    /// Day of the month, when stated.
    pub day: Option<u8>,
}

impl Date {
    /// A full date.
    pub fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// The days (since 1970-01-01) this date covers, first and last.
    pub fn day_range(&self) -> Option<(i64, i64)> {
        let y = self.year?;
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let n = days_from_civil(y, m, d);
                Some((n, n))
            }
            (Some(m), None) => {
                let first = days_from_civil(y, m, 1);
                let next = if m == 12 {
                    days_from_civil(y + 1, 1, 1)
                } else {
                    days_from_civil(y, m + 1, 1)
                };
                Some((first, next - 1))
            }
            _ => Some((days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1) - 1)),
        }
    }

    /// This date moved back by `months` months (day kept, clamped to the month's length).
    pub fn minus_months(&self, months: i32) -> Date {
        let (Some(y), Some(m)) = (self.year, self.month) else {
            return *self;
        };
        let total = y * 12 + (m as i32 - 1) - months;
        let (ny, nm) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
        let day = self.day.map(|d| d.min(days_in_month(ny, nm)));
        Date {
            year: Some(ny),
            month: Some(nm),
            day,
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            _ => write!(f, "?"),
        }
    }
}

/// A time stated relative to the moment of speaking ("two months ago").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Relative {
    /// How many units back (positive) or ahead (negative).
    pub amount: f64,
    /// The unit.
    pub unit: TimeUnit,
}

/// Units of relative time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Decades.
    Decade,
}

impl TimeUnit {
    /// The days in one unit, on average (a year of 365.25 days, a month of a twelfth of
    /// that): the factors durations are read with.
    pub const fn days(self) -> f64 {
        match self {
            TimeUnit::Day => 1.0,
            TimeUnit::Week => 7.0,
            TimeUnit::Month => 30.4375,
            TimeUnit::Year => 365.25,
            TimeUnit::Decade => 3652.5,
        }
    }

    /// The unit's name in the singular ("week").
    pub const fn name(self) -> &'static str {
        match self {
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Year => "year",
            TimeUnit::Decade => "decade",
        }
    }
}

/// A quantity found in text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Where it is written, hedge and unit included.
    pub span: Span,
    /// What it measures.
    pub kind: Kind,
    /// The unit: an ISO 4217 code for money, a base unit for measures, `"%"` for percentages.
    pub unit: Option<compact_str::CompactString>,
    /// The figure as stated, in the unit (the lower end of a range).
    pub value: f64,
    /// The values the statement allows, after hedge and rounding.
    pub interval: Interval,
    /// The hedge.
    pub hedge: Hedge,
    /// The date, for [`Kind::Date`] (and the year for [`Kind::Year`]).
    pub date: Option<Date>,
    /// For relative times ("three months ago"), resolved against the transcript's date later.
    pub relative: Option<Relative>,
    /// Whether the figure was written in words ("forty-eight").
    pub in_words: bool,
    /// Where the figure itself is written, without hedge, currency or unit ("340" in "about 340").
    pub figure: Span,
    /// The figure as written, before any unit conversion ("100" in "100 kilometres").
    pub stated: f64,
}

impl Quantity {
    /// Whether this is a multiple of another figure ("twice that"): its value is the factor.
    pub fn is_multiple(&self) -> bool {
        self.unit.as_deref() == Some(MULTIPLE)
    }

    /// The figure as a short human string ("about 340", "more than 16 %", "$3 billion").
    pub fn describe(&self) -> String {
        let hedge = match self.hedge {
            Hedge::Exact | Hedge::Range => "",
            Hedge::Approximate => "about ",
            Hedge::AtLeast => "at least ",
            Hedge::MoreThan => "more than ",
            Hedge::AtMost => "at most ",
            Hedge::LessThan => "less than ",
            Hedge::Nearly => "nearly ",
        };
        let num = |x: f64| match self.kind {
            Kind::Money | Kind::Count | Kind::Measure if x.abs() >= 1e9 => {
                format!("{} billion", fmt_num(x / 1e9))
            }
            Kind::Money | Kind::Count | Kind::Measure if x.abs() >= 1e6 => {
                format!("{} million", fmt_num(x / 1e6))
            }
            // "1/3" rather than 0.333333: the smallest denominator that gives a whole numerator.
            Kind::Fraction => (2..=12)
                .find(|d| {
                    let n = x * f64::from(*d);
                    (n - n.round()).abs() < 1e-6 && n.round() != 0.0
                })
                .map_or_else(
                    || fmt_num(x),
                    |d| format!("{}/{d}", fmt_num((x * f64::from(d)).round())),
                ),
            _ => fmt_num(x),
        };
        let body = match (self.kind, self.hedge) {
            (Kind::Date, _) => self
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "?".into()),
            (Kind::Year, Hedge::Range) => format!(
                "{}–{}",
                fmt_num(self.interval.lo),
                fmt_num(self.interval.hi)
            ),
            (_, Hedge::Range) => format!("{}–{}", num(self.interval.lo), num(self.interval.hi)),
            (Kind::Ordinal, _) => format!(
                "{}{}",
                fmt_num(self.value),
                ordinal_suffix(self.value as i64)
            ),
            _ => num(self.value),
        };
        match (&self.unit, self.kind) {
            (Some(u), Kind::Percent) if u == "%" => format!("{hedge}{body} %"),
            (Some(u), Kind::Percent) => format!("{hedge}{body} {u}"),
            (Some(u), Kind::Money | Kind::Measure) => format!("{hedge}{body} {u}"),
            (_, Kind::Duration) => format!("{hedge}{body} days"),
            (Some(u), Kind::Count) if u == MULTIPLE => format!("{hedge}{body}× that"),
            _ => format!("{hedge}{body}"),
        }
    }
}

fn ordinal_suffix(n: i64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Finds the quantities in `text`; spans are offsets into `text`.
pub fn find(text: &str) -> Vec<Quantity> {
    find_at(text, 0)
}

/// A unit named without a figure: "convert 10 celsius to *fahrenheit*", "a small
/// *percent*", "the *dollar* rose".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitMention {
    /// Where it is written.
    pub span: Span,
    /// What the unit measures: [`Kind::Money`], [`Kind::Percent`] or [`Kind::Measure`].
    pub kind: Kind,
    /// The unit, as in [`Quantity::unit`].
    pub unit: String,
}

/// Finds the quantities in `text`, which starts at byte `base` of the input.
pub fn find_at(text: &str, base: usize) -> Vec<Quantity> {
    let toks = tokenize(text);
    let mut p = Parser {
        text,
        lower: text.to_ascii_lowercase(),
        toks: &toks,
        out: Vec::new(),
    };
    p.run();
    let mut out = p.out;
    for q in &mut out {
        q.span.start += base;
        q.span.end += base;
    }
    out
}

/// The first full or month-and-year date in `text` ("22 February 2022", "2021-03-17").
pub fn find_date(text: &str) -> Option<Date> {
    find(text)
        .into_iter()
        .filter(|q| q.kind == Kind::Date && q.relative.is_none())
        .find_map(|q| q.date.filter(|d| d.year.is_some() && d.month.is_some()))
}

// ---------------------------------------------------------------------------
// Lexicons

/// The unit of a multiple of another figure ("twice that"): the factor is its value.
pub const MULTIPLE: &str = "×";

// ---------------------------------------------------------------------------
// Parser

struct Parser<'a> {
    text: &'a str,
    /// `text` in ASCII lower case: the same byte offsets, compared against the lexicons.
    lower: String,
    toks: &'a [Tok],
    out: Vec<Quantity>,
}

impl<'a> Parser<'a> {
    fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == T::Word).then(|| &self.lower[t.start..t.end])
    }

    fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == T::Punct && &self.text[t.start..t.end] == p)
    }

    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    fn words_match(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter()
            .enumerate()
            .all(|(k, w)| self.word(i + k).is_some_and(|x| x == *w))
    }

    fn run(&mut self) {
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
                let first_part = w.split('-').next().unwrap_or(w);
                small_number(first_part).is_some()
                    || denominator_word(w).is_some()
                    || month(w.trim_end_matches('.')).is_some()
                    || matches!(
                        w,
                        "a" | "an"
                            | "half"
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

    fn quantity_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if !self.could_start(i) {
            return None;
        }
        // Dates first: they hold numbers that are not amounts.
        if let Some(r) = self.date_at(i) {
            return Some(r);
        }
        let (hedge, j) = match self.hedge_at(i) {
            Some((h, j)) => (Some(h), j),
            None => (None, i),
        };
        // "between X and Y", "from X to Y"
        let range_intro = match self.word(j) {
            Some("between") => Some("and"),
            Some("from") => Some("to"),
            _ => None,
        };
        let j = if range_intro.is_some() && hedge.is_none() {
            j + 1
        } else {
            j
        };
        // "twice that", "nearly three times as much": a multiple of the figure answered.
        if let Some((factor, end)) = self.multiple_at(j) {
            let hedge = hedge.unwrap_or(Hedge::Exact);
            let num = Num::fraction(factor, end);
            let (value, interval) = shape(Kind::Count, &num, None, hedge, 1.0);
            let figure = Span::new(self.toks[j].start, self.toks[end - 1].end);
            return Some((
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
            ));
        }
        let (mut cur_pre, mut k) = self.currency_prefix(j);
        // "MAUD 60": millions of a currency, by its code with an M.
        let mut pre_scale = 1.0;
        let r = self.raw(j);
        if cur_pre.is_none()
            && r.len() == 4
            && r.starts_with('M')
            && r.chars().all(|c| c.is_ascii_uppercase())
            && self.toks.get(j + 1).is_some_and(|t| t.kind == T::Num)
            && let Some(c) = CODES.iter().find(|c| **c == &r[1..])
        {
            cur_pre = Some(c);
            k = j + 1;
            pre_scale = 1e6;
        }
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
            return Some(self.proportion(i, k0, &num, &total, hedge));
        }
        let after_minus = k0 > 0 && matches!(self.word(k0 - 1), Some("minus" | "negative"));
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
            return Some(self.proportion(i, k0, &num, &total, hedge));
        }
        // "more than half", "nearly half": a hedged half is a figure.
        let hedged_half = hedge.is_some() && self.word(k0) == Some("half");
        if num.weak && cur_pre.is_none() && !after_minus && !hedged_half {
            // "one of the", "a" alone: only with a unit, percent or scale after it
            // ("one-yen" has a hyphen between).
            let hyphen =
                self.is_punct(num.end, "-") && self.glued(num.end) && self.glued(num.end + 1);
            let next = self.word(num.end + usize::from(hyphen));
            // "one year old": an age.
            let age = next
                .and_then(unit_word)
                .is_some_and(|u| u.0 == Kind::Duration)
                && (self.word(num.end + 1) == Some("old")
                    || self.words_match(num.end + 1, &["of", "age"]));
            let ok =
                age || next.is_some_and(|w| {
                    w == "percent"
                        || (currency_word(w).is_some()
                            && w != "p"
                            && w != "try"
                            && w != "won"
                            && w != "real")
                        || unit_word(w).is_some_and(|u| u.0 == Kind::Measure && w.len() > 2)
                }) || self.is_punct(num.end, "%");
            if !ok {
                return None;
            }
        }
        k = num.end;
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
                return Some(self.proportion(i, k0, &num, &total, hedge));
            }
        }
        // `25-metre`, `3-inch`: a unit joined by a hyphen.
        if self.is_punct(k, "-")
            && self.glued(k)
            && self.glued(k + 1)
            && self.word(k + 1).is_some_and(|w| {
                unit_word(w).is_some_and(|u| u.0 == Kind::Measure) || currency_word(w).is_some()
            })
        {
            k += 1;
        }
        let mut lo = num;
        let mut hi: Option<Num> = None;
        // Range: `46–52`, `46 - 52`, `5 to 7`, `between 10 and 20`.
        let sep_is_dash = self.toks.get(k).is_some_and(|t| {
            t.kind == T::Punct && matches!(self.raw(k), "–" | "-" | "—" | "‒" | "~")
        });
        let sep_word = self.word(k);
        let range_sep = match range_intro {
            Some(w) => {
                sep_word == Some(w) || w == "to" && matches!(sep_word, Some("through" | "thru"))
            }
            None => sep_is_dash || matches!(sep_word, Some("to" | "through" | "thru")),
        };
        // `+1-222-2222`: a phone number, not a range.
        let id_like = self.glued(k)
            && (k0 > 0
                && matches!(self.raw(k0 - 1), "+" | "-")
                && self.glued(k0)
                && k0 > 1
                && self.glued(k0 - 1)
                || k0 > 0 && self.is_punct(k0 - 1, "+") && self.glued(k0)
                || self.toks.get(k + 2).is_some_and(|t| {
                    t.start == self.toks[k + 1].end && matches!(self.raw(k + 2), "-" | "/")
                }));
        if range_sep && !id_like {
            let (cur2, k2) = self.currency_prefix(k + 1);
            if let Some(second) = self.number_at(k2)
                && !second.weak
                && (cur2.is_none() || cur_pre.is_none() || cur2 == cur_pre)
            {
                let mut first = lo;
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
                if first.value < second.value
                    || is_year_pair
                    || (range_intro.is_some() && first.value <= second.value)
                {
                    if is_year_pair && second.digits == 2 {
                        let century = (first.value / 100.0).floor() * 100.0;
                        let mut s = second;
                        s.value += century;
                        hi = Some(s);
                    } else {
                        hi = Some(second);
                    }
                    lo = first;
                    k = second.end;
                } else if sep_word == Some("to") {
                    // `60 to 40` is a ratio, not a range: keep the first number only.
                }
            }
        } else if range_intro.is_some() {
            return None;
        }
        let last = hi.unwrap_or(lo);
        // Suffixes: percent, currency, unit, `ago`, `or more`.
        let mut kind = Kind::Count;
        let mut unit: Option<compact_str::CompactString> = None;
        let mut factor = 1.0;
        let mut currency = cur_pre;
        // "½ teaspoon", "1/4 mile": a fraction of a unit is a measure.
        let unit_follows = self
            .word(k)
            .and_then(unit_word)
            .is_some_and(|u| u.0 == Kind::Measure);
        if lo.ordinal {
            kind = Kind::Ordinal;
        } else if lo.fraction && !unit_follows {
            kind = Kind::Fraction;
        }
        let mut relative = None;
        if kind == Kind::Count {
            if self.is_punct(k, "%")
                && !self
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.start == self.toks[k].end && t.kind != T::Punct)
            {
                kind = Kind::Percent;
                unit = Some("%".into());
                k += 1;
            } else if self.words_match(k, &["percentage", "points"])
                || self.words_match(k, &["percentage", "point"])
            {
                kind = Kind::Percent;
                unit = Some("pp".into());
                k += 2;
            } else if self.words_match(k, &["per", "cent"]) {
                kind = Kind::Percent;
                unit = Some("%".into());
                k += 2;
                if self.is_punct(k, ".")
                    && self
                        .word(k + 1)
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
                {
                    k += 1;
                }
            } else if matches!(
                self.word(k),
                Some("percent" | "pct" | "per-cent" | "percents" | "percentage")
            ) {
                kind = Kind::Percent;
                unit = Some("%".into());
                k += 1;
            } else if let Some((c, k2, scale)) = self.currency_suffix_scaled(k)
                // "$10 dollars": the sign said it; the word is left alone.
                && !(cur_pre.is_some() && scale == 1.0 && k2 == k + 1)
            {
                currency = currency.or(Some(c));
                if currency == Some(c) {
                    k = k2;
                    // "75 USD million", "30 MUSD": a scale after the code.
                    if scale != 1.0 {
                        lo.value = tidy(lo.value * scale);
                        lo.half_unit *= scale;
                        if let Some(h) = hi.as_mut() {
                            h.value = tidy(h.value * scale);
                            h.half_unit *= scale;
                        }
                    }
                }
            } else if let Some((u, k2)) = self.temperature_suffix(k) {
                kind = Kind::Measure;
                unit = Some(u.into());
                k = k2;
            } else if let Some((kd, u, f, k2)) = self.bracketed_unit(k) {
                // `20 (kg)`, `20 [kg]`
                kind = kd;
                unit = Some(u.into());
                factor = f;
                k = k2;
            } else if let Some(w) = self.word(k) {
                let glued_unit = self.glued(k);
                // "16,000 metric tons"
                let metric = w == "metric"
                    && self
                        .word(k + 1)
                        .is_some_and(|n| matches!(n, "ton" | "tons" | "tonne" | "tonnes"));
                let (w, k_unit) = if metric {
                    (self.word(k + 1).unwrap_or(w), k + 1)
                } else {
                    (w, k)
                };
                if let Some((kd, u, f)) = unit_word(w)
                    && !self.is_ambiguous_unit(w, k_unit, glued_unit)
                {
                    kind = kd;
                    unit = Some(u.into());
                    factor = f;
                    k = k_unit + 1;
                    if kd == Kind::Measure {
                        let (u2, f2, k2, extra) = self.compound_unit(u, f, k);
                        unit = Some(u2.into());
                        factor = f2;
                        k = k2;
                        if extra != 0.0 {
                            lo.value = tidy(lo.value + extra);
                            lo.half_unit = lo.half_unit.min(0.5 / 12.0);
                        }
                    }
                    if self.word(k) == Some("ago") && kd == Kind::Duration {
                        let unit_name = match w.trim_end_matches('s') {
                            "day" => TimeUnit::Day,
                            "week" => TimeUnit::Week,
                            "month" => TimeUnit::Month,
                            "decade" => TimeUnit::Decade,
                            _ => TimeUnit::Year,
                        };
                        relative = Some(Relative {
                            amount: last.value,
                            unit: unit_name,
                        });
                        k += 1;
                    } else if self.word(k) == Some("old") && kd == Kind::Duration {
                        k += 1;
                    } else if self.words_match(k, &["of", "age"]) && kd == Kind::Duration {
                        // "three years of age": an age.
                        k += 2;
                    }
                } else if matches!(w, "cubic" | "square" | "sq")
                    && let Some(w2) = self.word(k + 1)
                    && let Some((_, u, f)) = unit_word(w2)
                    && u == "m"
                {
                    kind = Kind::Measure;
                    let cubic = w != "square" && w != "sq";
                    unit = Some(if cubic { "m³" } else { "m²" }.into());
                    factor = if cubic { f * f * f } else { f * f };
                    k += 2;
                } else if w == "°c" || (self.is_punct(k, "°")) {
                    kind = Kind::Measure;
                    unit = Some("°C".into());
                    k += 1;
                }
            } else if self.is_punct(k, "°") {
                kind = Kind::Measure;
                let scale = self.word(k + 1);
                unit = Some(
                    if scale == Some("f") || scale == Some("fahrenheit") {
                        "°F"
                    } else {
                        "°C"
                    }
                    .into(),
                );
                k += if scale.is_some() && self.glued(k + 1) {
                    2
                } else {
                    1
                };
            }
        }
        if let Some(c) = currency {
            kind = Kind::Money;
            let (code, f) = match c.strip_suffix('¢') {
                Some(code) => (code, 0.01),
                None => (c, 1.0),
            };
            unit = Some(code.into());
            factor = f;
            // "3 dollars 50 cents", "thirteen dollars and forty-five", "15 USD 25": the
            // minor unit after a whole amount.
            if f == 1.0 && hi.is_none() && lo.value.fract() == 0.0 && !lo.scaled {
                let m = if self.word(k) == Some("and") {
                    k + 1
                } else {
                    k
                };
                if let Some(n) = self.number_at(m)
                    && n.value.fract() == 0.0
                    && n.value < 100.0
                    && !n.fraction
                    && !n.ordinal
                {
                    let cents_word = self
                        .word(n.end)
                        .and_then(currency_word)
                        .is_some_and(|c| c.ends_with('¢'));
                    let bare = self.word(n.end).is_none_or(|w| w == "and")
                        && self.toks.get(n.end).is_none_or(|t| {
                            t.kind != T::Num && currency_symbol(self.raw(n.end)).is_none()
                        });
                    if cents_word || bare {
                        lo.value = tidy(lo.value + n.value / 100.0);
                        lo.half_unit = 0.005;
                        k = n.end + usize::from(cents_word);
                    }
                }
            }
        }
        // Years: a four-digit figure 1000–2100 with nothing after it that makes it an amount.
        if kind == Kind::Count
            && hedge.is_none_or(|h| h == Hedge::Approximate && self.word(i) == Some("around"))
            && lo.plain_int
            && lo.digits == 4
            && (1000.0..=2100.0).contains(&lo.value)
            && hi.is_none_or(|h| h.plain_int && (1000.0..=2100.0).contains(&h.value))
            && !self
                .word(k)
                .is_some_and(|w| scale_word(w).is_some() || is_plural_noun_after_year(w))
        {
            kind = Kind::Year;
        }
        // Post hedges: `or more`, `or so`, `plus`; a bound that is not followed by a figure
        // of its own ("equal to 5000 or less than 6000" is two statements).
        let mut hedge = hedge;
        let no_figure_at = |m: usize| {
            self.toks.get(m).is_none_or(|t| {
                t.kind != T::Num && self.word(m).is_none_or(|w| small_number(w).is_none())
            })
        };
        let equal = |m: usize| {
            let mut m = m;
            if self.word(m) == Some("equal") {
                m += 1;
                if self.word(m) == Some("to") {
                    m += 1;
                    if self.word(m) == Some("it") {
                        m += 1;
                    }
                }
                return Some(m);
            }
            None
        };
        if matches!(hedge, Some(Hedge::MoreThan | Hedge::LessThan))
            && self.word(k) == Some("or")
            && let Some(m) = equal(k + 1)
        {
            // "more than 5000 or equal to": the bound includes itself.
            hedge = if hedge == Some(Hedge::MoreThan) {
                Some(Hedge::AtLeast)
            } else {
                Some(Hedge::AtMost)
            };
            if no_figure_at(m) {
                k = if self.word(m - 1) == Some("it") {
                    m - 1
                } else {
                    m
                };
            } else {
                hedge = Some(if hedge == Some(Hedge::AtLeast) {
                    Hedge::MoreThan
                } else {
                    Hedge::LessThan
                });
            }
        }
        if matches!(hedge, None | Some(Hedge::Exact | Hedge::Approximate)) && hi.is_none() {
            let above = ["more", "greater", "higher", "above", "larger", "over"];
            let below = ["less", "fewer", "lower", "below", "smaller", "under"];
            let after_or = self.word(k + 1).unwrap_or("");
            let or_bound = matches!(self.word(k), Some("or" | "and"))
                && (above.contains(&after_or) || below.contains(&after_or));
            if or_bound {
                let mut n = 2;
                if self.word(k + n) == Some("than") {
                    n += 1;
                }
                if no_figure_at(k + n) {
                    hedge = Some(if above.contains(&after_or) {
                        Hedge::AtLeast
                    } else {
                        Hedge::AtMost
                    });
                    k += n;
                }
            }
        }
        if hedge.is_none() {
            if self.words_match(k, &["or", "more"])
                || self.words_match(k, &["and", "more"])
                || self.words_match(k, &["and", "above"])
            {
                hedge = Some(Hedge::AtLeast);
                k += 2;
            } else if self.words_match(k, &["or", "so"]) {
                hedge = Some(Hedge::Approximate);
                k += 2;
            } else if self.words_match(k, &["or", "less"]) || self.words_match(k, &["or", "fewer"])
            {
                hedge = Some(Hedge::AtMost);
                k += 2;
            } else if (self.is_punct(k, "+") && self.glued(k))
                || (self.word(k) == Some("plus")
                    && self.word(k + 1).is_none_or(|w| small_number(w).is_none())
                    && self.toks.get(k + 1).is_none_or(|t| t.kind != T::Num))
            {
                hedge = Some(Hedge::AtLeast);
                k += 1;
            }
        }
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
        Some((
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
        ))
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
    fn context_has(&self, k: usize, n: usize, words: &[&str]) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Quantity {
        let q = find(s);
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(one("more than 140,000 children").value, 140_000.0);
        assert_eq!(one("it is 3.5 metres").value, 3.5);
        assert_eq!(one("about 1 200 people").value, 1200.0);
        assert_eq!(one("only .08 of it").value, 0.08);
    }

    #[test]
    fn words_and_scales() {
        assert_eq!(one("forty-eight visits").value, 48.0);
        assert_eq!(one("two and a half years").value, 2.5 * 365.25);
        assert_eq!(one("a dozen eggs").value, 12.0);
        assert_eq!(one("half a dozen eggs").value, 6.0);
        assert_eq!(one("$3 billion").value, 3e9);
        assert_eq!(one("3bn roubles").value, 3e9);
        assert_eq!(one("1.2 million people").value, 1.2e6);
        assert_eq!(one("one and a half billion dollars").value, 1.5e9);
        assert_eq!(one("3 hundred and 21 cars").value, 321.0);
        assert_eq!(one("a hundred million people").value, 1e8);
        assert_eq!(one("two million people").value, 2e6);
    }

    #[test]
    fn percents_money_units() {
        let q = one("grew by 7.6 per cent. of GDP");
        assert_eq!((q.kind, q.value), (Kind::Percent, 7.6));
        assert_eq!(one("16%").kind, Kind::Percent);
        let q = one("2 billion rubles");
        assert_eq!((q.kind, q.unit.as_deref()), (Kind::Money, Some("RUB")));
        let q = one("€5 million");
        assert_eq!((q.unit.as_deref(), q.value), (Some("EUR"), 5e6));
        let q = one("100 kilometres long");
        assert_eq!((q.kind, q.value), (Kind::Measure, 100_000.0));
        let q = one("10 billion [rubles]");
        assert_eq!(q.unit.as_deref(), Some("RUB"));
    }

    #[test]
    fn hedges_shape_intervals() {
        let q = one("about 340 schools");
        assert!(q.interval.contains(340.0 * 1.04) && !q.interval.contains(300.0));
        let q = one("more than 16 percent");
        assert!(q.interval.contains(17.0) && !q.interval.contains(16.0));
        let q = one("nearly 500 schools");
        assert!(q.interval.contains(480.0) && !q.interval.contains(501.0));
        let exact = one("16 percent");
        assert!(
            exact
                .interval
                .overlaps(&find("more than 16 percent")[0].interval)
        );
        let r = one("about 46–52 percent");
        assert_eq!(
            (r.hedge, r.interval.lo, r.interval.hi),
            (Hedge::Range, 46.0, 52.0)
        );
        let b = one("between 10 and 20 people");
        assert_eq!((b.interval.lo, b.interval.hi), (10.0, 20.0));
        let f = one("from 5 to 7 billion");
        assert_eq!(f.value, 5e9);
    }

    #[test]
    fn ordinals_years_dates() {
        assert_eq!(one("the 30th anniversary").kind, Kind::Ordinal);
        assert_eq!(one("my forty-eighth visit").value, 48.0);
        assert_eq!(one("signed in 2015").kind, Kind::Year);
        let d = one("on 22 February 2022");
        assert_eq!(d.date, Some(Date::ymd(2022, 2, 22)));
        let d = one("in November 2020");
        assert_eq!(d.date.unwrap().month, Some(11));
        assert_eq!(
            find_date("22 February 2022, 15:40"),
            Some(Date::ymd(2022, 2, 22))
        );
        let r = one("we met two months ago");
        assert_eq!(r.relative.map(|r| r.unit), Some(TimeUnit::Month));
    }

    #[test]
    fn not_quantities() {
        assert!(find("this was last year").is_empty());
        assert!(find("one of the best").is_empty());
        assert!(find("after 9/11 everything changed").is_empty());
        assert!(find("at 15:40 we met").is_empty());
        assert!(find("the COVID-19 pandemic").is_empty());
        // Two numbers across a clause are two numbers.
        let q = find("exceeds $3 billion and, as you mentioned, has increased by 16 percent");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].value, 3e9);
        assert_eq!(q[1].value, 16.0);
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn proportions_and_joined_units() {
        let q = find("16 out of 20 companies");
        assert_eq!((q.len(), q[0].kind, q[0].value), (1, Kind::Fraction, 0.8));
        let q = find("eight teams out of the 32");
        assert_eq!((q.len(), q[0].value), (1, 0.25));
        let q = find("a 25-metre lap pool");
        assert_eq!((q[0].kind, q[0].value), (Kind::Measure, 25.0));
        let q = find("a 9-th year student");
        assert_eq!(q[0].kind, Kind::Ordinal);
        assert!(find("a 3D model of a 5G network").is_empty());
        assert!(find("in the early 2000s").is_empty());
        assert_eq!(find("it was minus 17")[0].value, -17.0);
        assert!(find("call 04040 now").is_empty());
        assert_eq!(find("to 1,03 trillion in 2019")[0].value, 1.03e12);
    }
}

#[cfg(test)]
mod bound_tests {
    use super::*;

    #[test]
    fn two_bounds_make_one_range() {
        let q = find("more than 20 and less than 35 percent of voters");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].hedge, Hedge::Range);
        assert!(
            q[0].interval.contains(30.0)
                && !q[0].interval.contains(20.0)
                && !q[0].interval.contains(35.0)
        );
        let q = find("at most 100 and at least 20 apples");
        assert_eq!(
            (q.len(), q[0].interval.lo, q[0].interval.hi),
            (1, 19.5, 100.5)
        );
        let t = find("40 degrees Celsius");
        assert_eq!(
            (t[0].kind, t[0].unit.as_deref()),
            (Kind::Measure, Some("°C"))
        );
        assert!(find("see issn%280024%29 here").is_empty());
        assert_eq!(find("c $ 16.4 million")[0].value, 16_400_000.0);
        let q = find("three point five percent");
        assert_eq!((q[0].kind, q[0].value), (Kind::Percent, 3.5));
        assert_eq!(find("two point five million people")[0].value, 2.5e6);
        assert_eq!(find("five and a quarter")[0].value, 5.25);
        assert_eq!(find("3 dozens")[0].value, 36.0);
        let q = find("one in three apartment buyers");
        assert_eq!((q.len(), q[0].kind), (1, Kind::Fraction));
        assert_eq!(find("in 2019 in 5 regions").len(), 2);
        assert_eq!(find("2 1/4 miles")[0].stated, 2.25);
    }
}
