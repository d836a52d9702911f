//! Stage 3: text → [`Quantity`] values with byte spans.
//!
//! In: any `&str` (usually one sentence) and the byte offset where it starts
//! in the input. Out: the quantities it states — counts, percentages, money,
//! physical measures, durations, ordinals, years, dates and fractions — each
//! as an [`Interval`] shaped by its hedge ("about", "more than", "nearly") and
//! by the rounding of the figure as written.
//!
//!
//! # Numbers at the edges
//!
//! Every number in a [`Quantity`] is a finite `f64`, and every [`Interval`] holds at
//! least one value:
//!
//! - A figure beyond the range of an `f64` (`1e999999`, an integer of 310 digits or
//!   more, "a million million … million") is no figure: it stays text, as a word would.
//!   So is a figure whose interval would reach beyond that range ("about 1.7e308").
//! - The only infinite numbers are the unbounded ends of an interval, where the hedge
//!   leaves it open ("more than 5": `(5, ∞)`; "less than -5": `(-∞, -5)`; a relative
//!   time or a day without a year not yet resolved: `(-∞, ∞)`, its value then the
//!   day in the leap year 2000, as the claims place "12 June" when the transcript has
//!   no date); a report writes them as `null`.
//! - A figure with more significant digits than an `f64` holds (17 or more) is read as
//!   the nearest `f64`; when its rounding slack is below the spacing of `f64`s there,
//!   its interval is that one value, `[v, v]`, not the empty `[v, v)`. Two such figures
//!   written alike agree.
//! - A range stated from its top ("from 2019 to 2018") allows the values between its
//!   ends: its interval is `[2018, 2019]`.
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
pub(crate) use date::month;
pub(crate) use words::is_number_word;
mod hedge;
mod money;
mod number;
mod parse;
mod position;
mod spelled;
mod tokenize;
mod unit;
pub mod units;
mod words;
pub use date::ParseDateError;
use date::{days_from_civil, days_in_month};
use parse::Parser;
pub use position::{Anchor, Position, positions};
use tokenize::tokenize;
pub use unit::unit_mentions;

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
    /// A day of the week ("on the Monday", "Saturday night"); the value is 1 (Monday)
    /// to 7 (Sunday).
    Weekday,
}

impl Kind {
    /// Whether it places something in the calendar (a year, a date, a day of the week)
    /// rather than measuring an amount.
    pub fn is_calendar(self) -> bool {
        matches!(self, Kind::Year | Kind::Date | Kind::Weekday)
    }

    /// Whether it is an amount: not a time in the calendar, a duration or a rank.
    pub(crate) fn is_amount(self) -> bool {
        !(self.is_calendar() || matches!(self, Kind::Duration | Kind::Ordinal))
    }
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
///
/// An unbounded end is written as `null` and read back as the infinity it stands for:
///
/// ```
/// use discrepancy::quantity::Interval;
/// let more_than_5 = Interval { lo: 5.0, hi: f64::INFINITY, lo_open: true, hi_open: true };
/// let json = serde_json::to_string(&more_than_5).unwrap();
/// assert_eq!(json, r#"{"lo":5.0,"hi":null,"lo_open":true,"hi_open":true}"#);
/// assert_eq!(serde_json::from_str::<Interval>(&json).unwrap(), more_than_5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower bound (`-inf` when unbounded; serialised as `null`).
    #[serde(with = "unbounded_below")]
    pub lo: f64,
    /// Upper bound (`inf` when unbounded; serialised as `null`).
    #[serde(with = "unbounded_above")]
    pub hi: f64,
    /// Whether `lo` itself is excluded.
    pub lo_open: bool,
    /// Whether `hi` itself is excluded.
    pub hi_open: bool,
}

/// An end of an [`Interval`] as `null` when it is unbounded (any non-finite number, as
/// `serde_json` writes it), read back as the infinity on its side.
macro_rules! unbounded_end {
    ($module:ident, $infinity:expr) => {
        mod $module {
            use serde::{Deserialize, Deserializer, Serializer};

            pub(super) fn serialize<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
                if x.is_finite() {
                    s.serialize_f64(*x)
                } else {
                    s.serialize_none()
                }
            }

            pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
                Ok(Option::<f64>::deserialize(d)?.unwrap_or($infinity))
            }
        }
    };
}
unbounded_end!(unbounded_below, f64::NEG_INFINITY);
unbounded_end!(unbounded_above, f64::INFINITY);

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
        let d = b - a;
        if d.is_finite() {
            d.abs() / base
        } else {
            // Ends of opposite signs near the limits of an `f64`: the difference overflows.
            (b / base - a / base).abs()
        }
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
///
/// The fields are public, so a `Date` built by hand may name no day at all
/// (`month: Some(13)`, a year of `i32::MAX`). Every function that takes one is
/// total: such a date covers no days ([`Date::day_range`] is `None`), and a
/// transcript given it ([`crate::Transcript::with_date`]) resolves no relative
/// time against it. [`Date::new`] checks a full date.
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
    /// The earliest year the date arithmetic supports (in the proleptic Gregorian
    /// calendar, year 0 being 1 BC).
    pub const MIN_YEAR: i32 = -9999;
    /// The latest year the date arithmetic supports.
    pub const MAX_YEAR: i32 = 9999;

    /// A full date, checked: the month is 1–12, the day exists in that month (29
    /// February only in a leap year) and the year lies in
    /// [`MIN_YEAR`](Date::MIN_YEAR)`..=`[`MAX_YEAR`](Date::MAX_YEAR).
    ///
    /// ```
    /// use discrepancy::{ErrorKind, quantity::Date};
    /// assert_eq!(Date::new(2024, 2, 29)?, Date::ymd(2024, 2, 29));
    /// let err = Date::new(2024, 13, 99).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidDate { month: 13, .. }));
    /// assert_eq!(err.to_string(), "no such date 2024-13-99: the month is not 1-12");
    /// assert!(Date::new(i32::MAX, 12, 31).is_err());
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidDate`](crate::ErrorKind::InvalidDate) when there is no
    /// such day, or its year is outside the supported range.
    pub fn new(year: i32, month: u8, day: u8) -> crate::Result<Date> {
        let reason = if !(Date::MIN_YEAR..=Date::MAX_YEAR).contains(&year) {
            Some("the year is outside -9999..=9999")
        } else if !(1..=12).contains(&month) {
            Some("the month is not 1-12")
        } else if day == 0 || day > days_in_month(year, month) {
            Some("the month has no such day")
        } else {
            None
        };
        match reason {
            Some(reason) => Err(crate::ErrorKind::InvalidDate {
                year,
                month,
                day,
                reason,
            }
            .into()),
            None => Ok(Date::full(year, month, day)),
        }
    }

    /// A full date known to exist: the shorthand of [`Date::new`] for dates written
    /// in code.
    ///
    /// # Panics
    ///
    /// When [`Date::new`] refuses the date (`Date::ymd(2024, 13, 99)`).
    pub fn ymd(year: i32, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Ok(d) => d,
            Err(e) => panic!("Date::ymd: {e}"),
        }
    }

    /// A full date, unchecked (the readers check what they build).
    pub(crate) const fn full(year: i32, month: u8, day: u8) -> Date {
        Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// The days (since 1970-01-01) this date covers, first and last: one day for a
    /// full date, its month's or year's days for a month or a year. `None` when the
    /// year is not stated, or the date names no day [`Date::new`] would accept (a
    /// month of 13, 31 April, a year beyond the supported range).
    ///
    /// ```
    /// use discrepancy::quantity::Date;
    /// assert_eq!(Date::ymd(1970, 1, 2).day_range(), Some((1, 1)));
    /// let february = Date { year: Some(2024), month: Some(2), day: None };
    /// assert_eq!(february.day_range(), Some((19_754, 19_782)));
    /// let no_such = Date { year: Some(2024), month: Some(13), day: Some(99) };
    /// assert_eq!(no_such.day_range(), None);
    /// ```
    pub fn day_range(&self) -> Option<(i64, i64)> {
        let y = self.year?;
        if !(Date::MIN_YEAR..=Date::MAX_YEAR).contains(&y) {
            return None;
        }
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                Date::new(y, m, d).ok()?;
                let n = days_from_civil(y, m, d);
                Some((n, n))
            }
            (Some(m), None) => {
                if !(1..=12).contains(&m) {
                    return None;
                }
                let first = days_from_civil(y, m, 1);
                let last = days_from_civil(y, m, days_in_month(y, m));
                Some((first, last))
            }
            (None, _) => Some((days_from_civil(y, 1, 1), days_from_civil(y, 12, 31))),
        }
    }

    /// This date moved back by `months` months (forward when negative; the day kept,
    /// clamped to the month's length). A date without a year or a month comes back
    /// as it is. The result may lie outside the supported years (then it covers no
    /// days: [`Date::day_range`] is `None`); the arithmetic never overflows.
    ///
    /// ```
    /// use discrepancy::quantity::Date;
    /// assert_eq!(Date::ymd(2024, 3, 31).minus_months(1), Date::ymd(2024, 2, 29));
    /// assert_eq!(Date::ymd(2024, 1, 15).minus_months(-12), Date::ymd(2025, 1, 15));
    /// let far = Date::ymd(2024, 1, 15).minus_months(i32::MIN);
    /// assert_eq!(far.day_range(), None);
    /// ```
    pub fn minus_months(&self, months: i32) -> Date {
        let (Some(y), Some(m)) = (self.year, self.month) else {
            return *self;
        };
        let total = i64::from(y) * 12 + (i64::from(m) - 1) - i64::from(months);
        let ny = total.div_euclid(12);
        let nm = (total.rem_euclid(12) + 1) as u8;
        let Ok(ny) = i32::try_from(ny) else {
            // Beyond any year an `i32` holds: a date that covers no days.
            return Date {
                year: Some(if ny < 0 { i32::MIN } else { i32::MAX }),
                month: Some(nm),
                day: self.day,
            };
        };
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
    pub unit: Option<String>,
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

/// The significant digits of a figure as written: `64` has two, `7000` one, `4.7` two.
/// The scale a unitless count `b` leaves unsaid when it restates or corrects figure `a`
/// ("$2.7 million" — "2.7"; "45,000 visitors" — "45"; "£12 billion" — "9"): the power of
/// a thousand that brings `b` within three times of `a`, or 1 when `b` is already there
/// or no power does. Only a count under 1,000 drops a scale, and only from a figure of
/// 1,000 or more.
pub(crate) fn dropped_scale(a: &Quantity, b: &Quantity) -> f64 {
    let (x, y) = (a.value.abs(), b.value.abs());
    let near = |y: f64| y > 0.0 && (x / y).max(y / x) <= 3.0;
    if b.kind != Kind::Count || y >= 1000.0 || x < 1000.0 || near(y) || a.value * b.value < 0.0 {
        return 1.0;
    }
    [1e3, 1e6, 1e9, 1e12]
        .into_iter()
        .find(|&s| near(y * s))
        .unwrap_or(1.0)
}

pub(crate) fn significant_digits(x: f64) -> usize {
    let x = x.abs();
    if !x.is_finite() || x == 0.0 {
        return 0;
    }
    // Printed shortest-exact, so that 4.7 is "4.7", not 4.7000000000000002.
    let s = format!("{x}");
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    if s.contains('.') {
        digits.len()
    } else {
        digits.trim_end_matches('0').len()
    }
}

/// The unit of a multiple of another figure ("twice that"): the factor is its value.
pub const MULTIPLE: &str = "×";

impl Quantity {
    /// Whether this is a multiple of another figure ("twice that"): its value is the factor.
    pub fn is_multiple(&self) -> bool {
        self.unit.as_deref() == Some(MULTIPLE)
    }

    /// Whether this is a vague magnitude ("hundreds of", "millions of", "a handful of"):
    /// a range said in words whose top is five times its bottom or more.
    pub fn is_vague(&self) -> bool {
        self.hedge == Hedge::Range
            && self.in_words
            && self.interval.lo > 0.0
            && self.interval.hi >= 5.0 * self.interval.lo
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
            (Kind::Weekday, _) => WEEKDAYS
                .get((self.value as usize).wrapping_sub(1))
                .map_or_else(|| fmt_num(self.value), |d| title_case_day(d)),
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

/// The days of the week, Monday first, lower case.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A weekday's name with its capital ("Monday").
fn title_case_day(d: &str) -> String {
    let mut c = d.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The suffix of the ordinal `n` ("st", "nd", "rd", "th").
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

/// Finds the quantities in `text`, which starts at byte `base` of the input: every
/// span is shifted by `base`. An offset past `usize::MAX` stops there (saturates).
///
/// ```
/// use discrepancy::quantity;
/// let q = &quantity::find_at("about 340 schools", 100)[0];
/// assert_eq!((q.span.start, q.figure.start, q.figure.end), (100, 106, 109));
/// let q = &quantity::find_at("about 340 schools", usize::MAX - 7)[0];
/// assert_eq!((q.span.start, q.span.end), (usize::MAX - 7, usize::MAX));
/// ```
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
    out.retain_mut(settle);
    for q in &mut out {
        for at in [
            &mut q.span.start,
            &mut q.span.end,
            &mut q.figure.start,
            &mut q.figure.end,
        ] {
            *at = at.saturating_add(base);
        }
    }
    out
}

/// Keeps the promises of the module doc ("Numbers at the edges") for a quantity read:
/// whether its value and stated figure are finite numbers and its interval a non-empty
/// set whose ends are finite or unbounded where its hedge leaves them so. An interval that
/// rounding to `f64` closed up to one value (`[v, v)`, from a figure of 17 digits) is
/// made `[v, v]`; one stated from its top ("from 2019 to 2018") is turned round.
fn settle(q: &mut Quantity) -> bool {
    // A day or a month said without a year ("12 June") has no day number until the claims
    // resolve it against the transcript's date: its interval is unbounded, and its value
    // the day in the leap year 2000, where the claims place a day left without a year.
    let yearless =
        q.kind == Kind::Date && q.relative.is_none() && q.date.is_some_and(|d| d.year.is_none());
    if yearless {
        let day = q
            .date
            .and_then(|d| {
                Date {
                    year: Some(2000),
                    ..d
                }
                .day_range()
            })
            .map_or(0.0, |(a, _)| a as f64);
        if !q.value.is_finite() {
            q.value = day;
        }
        if !q.stated.is_finite() {
            q.stated = day;
        }
    }
    let iv = &mut q.interval;
    if !q.value.is_finite() || !q.stated.is_finite() || iv.lo.is_nan() || iv.hi.is_nan() {
        return false;
    }
    // Where the hedge leaves the interval unbounded: "more than 5" above, "less than
    // -5" below (and their negations), an unresolved relative time both ways.
    let negative = q.value.is_sign_negative();
    let (lo_free, hi_free) = match q.hedge {
        _ if q.relative.is_some() || yearless => (true, true),
        Hedge::AtLeast | Hedge::MoreThan => (negative, !negative),
        Hedge::AtMost | Hedge::LessThan => (q.value <= 0.0, false),
        _ => (false, false),
    };
    let lo_ok = iv.lo.is_finite() || lo_free && iv.lo == f64::NEG_INFINITY;
    let hi_ok = iv.hi.is_finite() || hi_free && iv.hi == f64::INFINITY;
    if !lo_ok || !hi_ok {
        return false;
    }
    if iv.lo > iv.hi {
        // A range stated from its top ("from 2019 to 2018"): the same values.
        *iv = Interval {
            lo: iv.hi,
            hi: iv.lo,
            lo_open: iv.hi_open,
            hi_open: iv.lo_open,
        };
    }
    if iv.lo == iv.hi {
        iv.lo_open = false;
        iv.hi_open = false;
    }
    true
}

/// The first full or month-and-year date in `text` ("22 February 2022", "2021-03-17").
pub fn find_date(text: &str) -> Option<Date> {
    find(text)
        .into_iter()
        .filter(|q| q.kind == Kind::Date && q.relative.is_none())
        .find_map(|q| q.date.filter(|d| d.year.is_some() && d.month.is_some()))
}

#[cfg(test)]
mod tests;
