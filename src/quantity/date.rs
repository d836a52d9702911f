//! Calendar dates: reading them and counting their days.
//!
//! In: the tokens from a position on. Out: a [`Kind::Date`] quantity for a date written
//! there (`22 February 2022`, `February 22, 2022`, `November 2020`, `late November`,
//! `2021-03-17`), its interval the days it covers; and the calendar arithmetic
//! [`Date`] uses (days since 1970, month lengths).

use super::parse::Parser;
use super::tokenize::T;
use super::{Date, Hedge, Interval, Kind, Quantity};
use crate::span::Span;

/// The number of days in month `m` of year `y`.
pub(super) fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub(super) fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A month name or abbreviation ("february", "sept") → its number, 1–12.
pub(crate) fn month(w: &str) -> Option<u8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

impl Parser<'_> {
    /// Dates: `22 February 2022`, `February 22, 2022`, `November 2020`, `late November`, `2021-03-17`.
    pub(super) fn date_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let t = self.toks.get(i)?;
        if t.kind == T::Num
            && let Some(r) = self.iso_date_at(i)
        {
            return Some(r);
        }
        // A day number decides it: a day and a month, or no date at all.
        if let Some((d, e)) = self.day_number_at(i) {
            return self.day_month_date(i, d, e);
        }
        // A day spelled as an ordinal, then "of" and a month ("the first of October",
        // "the thirtieth of May", "the twenty-first of June 2021").
        if let Some((d, e)) = self.spelled_day_at(i)
            && self.word(e) == Some("of")
            && self.month_name_at(e + 1).is_some()
        {
            return self.day_month_date(i, d, e);
        }
        if let Some(m) = self.month_name_at(i) {
            return self.month_date(i, m);
        }
        self.weekday_at(i)
    }

    /// A day of the week, capitalised ("on the Monday", "Saturday night"), that names one
    /// day: not after "last", "next", "this" or "every" (another day at each turn, or
    /// every such day), nor a plural ("on Mondays").
    fn weekday_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let raw = self.raw(i);
        if !raw.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let w = self.word(i)?;
        let day = crate::quantity::WEEKDAYS.iter().position(|d| *d == w)?;
        let before = if i > 0 { self.word(i - 1) } else { None };
        if before.is_some_and(|b| matches!(b, "last" | "next" | "this" | "every" | "each")) {
            return None;
        }
        let value = (day + 1) as f64;
        let span = Span::new(self.toks[i].start, self.toks[i].end);
        Some((
            Quantity {
                span,
                kind: Kind::Weekday,
                unit: None,
                value,
                interval: Interval::closed(value, value),
                hedge: Hedge::Exact,
                date: None,
                relative: None,
                in_words: true,
                figure: span,
                stated: value,
            },
            i + 1,
        ))
    }

    /// A day of the month in digits at `k` (`22`, `3rd`): the day and where it ends.
    fn day_number_at(&self, k: usize) -> Option<(u8, usize)> {
        let tk = self.toks.get(k)?;
        if tk.kind != T::Num {
            return None;
        }
        let raw = self.raw(k);
        if !raw.chars().all(|c| c.is_ascii_digit()) || raw.len() > 2 {
            return None;
        }
        let d: u8 = raw.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut e = k + 1;
        if self.glued(e)
            && self
                .word(e)
                .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th"))
        {
            e += 1;
        }
        Some((d, e))
    }

    /// A day of the month spelled as an ordinal at `k` ("first", "thirtieth",
    /// "twenty-first"): the day and where it ends.
    fn spelled_day_at(&self, k: usize) -> Option<(u8, usize)> {
        let w = self.word(k)?;
        let (value, end) = match super::words::ordinal_word(w) {
            Some(v) => (v, k + 1),
            // (Only "twenty-…" and "thirty-…" make a day of two words: reading other
            // number words here would read them twice.)
            None if !matches!(w, "twenty" | "thirty") => return None,
            None => {
                let n = self.words_at(k)?;
                if !n.ordinal {
                    return None;
                }
                (n.value, n.end)
            }
        };
        (value.fract() == 0.0 && (1.0..=31.0).contains(&value)).then_some((value as u8, end))
    }

    /// A year of four digits, 1000–2100, at `k`: the year and where it ends.
    fn year_number_at(&self, k: usize) -> Option<(i32, usize)> {
        let tk = self.toks.get(k)?;
        let raw = self.raw(k);
        if tk.kind != T::Num || raw.len() != 4 || !raw.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let y: i32 = raw.parse().ok()?;
        (1000..=2100).contains(&y).then_some((y, k + 1))
    }

    /// A capitalised month name at `k` (`February`, `Feb.`): its number.
    fn month_name_at(&self, k: usize) -> Option<u8> {
        let raw = self.raw(k);
        let w = self.word(k)?;
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // Three-letter abbreviations only when written as such (`Feb`), and `May`/`March` need context.
        let m = month(w.trim_end_matches('.'))?;
        if w.len() <= 4
            && !matches!(w, "may" | "june" | "july")
            && !self.is_punct(k + 1, ".")
            && w.len() == 3
            && raw != "Sept"
        {
            // `Mar`, `Jan` accepted; they are rarely other words when capitalised.
        }
        Some(m)
    }

    /// Whether an ISO date (`2021-03-17`) starts at `i`, and the date if so.
    fn iso_date_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if let Some((y, _)) = self.year_number_at(i)
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && let (mraw, draw) = (self.raw(i + 2), self.raw(i + 4))
            && self.is_punct(i + 3, "-")
            && mraw.len() == 2
            && draw.len() == 2
            && self.glued(i + 2)
            && self.glued(i + 4)
            && let (Ok(m), Ok(d)) = (mraw.parse::<u8>(), draw.parse::<u8>())
            && (1..=12).contains(&m)
            && let Ok(date) = Date::new(y, m, d)
        {
            return Some(self.date_q(i, i + 5, date));
        }
        None
    }

    /// Day Month \[Year\] (`22 February 2022`, `3rd of May`): whether a month follows the
    /// day `d` that ends at `e`; without one there is no date.
    fn day_month_date(&self, i: usize, d: u8, e: usize) -> Option<(Quantity, usize)> {
        let e = if self.word(e) == Some("of") { e + 1 } else { e };
        if let Some(m) = self.month_name_at(e) {
            let mut end = e + 1;
            let mut year = None;
            if self.is_punct(end, ",") && self.year_number_at(end + 1).is_some() {
                end += 1;
            }
            if let Some((y, e2)) = self.year_number_at(end) {
                year = Some(y);
                end = e2;
            }
            return Some(self.date_q(
                i,
                end,
                Date {
                    year,
                    month: Some(m),
                    day: Some(d),
                },
            ));
        }
        None
    }

    /// Month \[Day\]\[, Year\] | Month Year, from the month `m` at `i`: whether a day or a year
    /// follows, or else whether a bare month name is a date where it stands.
    fn month_date(&self, i: usize, m: u8) -> Option<(Quantity, usize)> {
        let w = self.word(i).unwrap_or_default();
        let mut end = i + 1;
        let mut day = None;
        let mut year = None;
        // "October 1", or "October the first".
        let day_at = |k: usize| {
            self.day_number_at(k).or_else(|| {
                (self.word(k) == Some("the"))
                    .then(|| self.spelled_day_at(k + 1))
                    .flatten()
            })
        };
        if let Some((d, e)) = day_at(end)
            && self.year_number_at(end).is_none()
        {
            day = Some(d);
            end = e;
            if self.is_punct(end, ",") && self.year_number_at(end + 1).is_some() {
                end += 1;
            }
        }
        if let Some((y, e)) = self.year_number_at(end) {
            year = Some(y);
            end = e;
        }
        if day.is_none() && year.is_none() && !self.bare_month_is_date(i, w) {
            return None;
        }
        // Include a preceding `late`/`early`/`mid` in the span.
        let mut start = i;
        if i > 0
            && self
                .word(i - 1)
                .is_some_and(|p| matches!(p, "late" | "early" | "mid"))
        {
            start = i - 1;
        }
        Some(self.date_q(
            start,
            end,
            Date {
                year,
                month: Some(m),
                day,
            },
        ))
    }

    /// Whether a bare month name `w` at `i` is a date: only after a preposition or time
    /// word, and never `May` or `March` alone.
    fn bare_month_is_date(&self, i: usize, w: &str) -> bool {
        let prev = if i > 0 { self.word(i - 1) } else { None };
        w != "may"
            && w != "march"
            && prev.is_some_and(|p| {
                matches!(
                    p,
                    "in" | "late"
                        | "early"
                        | "mid"
                        | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "last"
                        | "next"
                        | "this"
                        | "of"
                        | "from"
                        | "before"
                        | "after"
                        | "end"
                        | "beginning"
                        | "during"
                        // "as far back as July", "as early as June"
                        | "as"
                        | "through"
                        | "throughout"
                )
            })
    }

    /// The date quantity written over tokens `i..end`: its interval the days it covers.
    fn date_q(&self, i: usize, end: usize, date: Date) -> (Quantity, usize) {
        let (lo, hi) = date
            .day_range()
            .map_or((f64::NEG_INFINITY, f64::INFINITY), |(a, b)| {
                (a as f64, b as f64)
            });
        (
            Quantity {
                span: Span::new(self.toks[i].start, self.toks[end - 1].end),
                kind: Kind::Date,
                unit: None,
                value: lo,
                interval: Interval::closed(lo, hi),
                hedge: Hedge::Exact,
                date: Some(date),
                relative: None,
                in_words: false,
                figure: Span::new(self.toks[i].start, self.toks[end - 1].end),
                stated: lo,
            },
            end,
        )
    }
}

/// Why a string could not be read as a [`Date`] (see [`Date`]'s [`FromStr`](std::str::FromStr)).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{input:?} is not a date: {reason} (expected YYYY-MM-DD, or a full date in words such as \"17 March 2021\")"
)]
pub struct ParseDateError {
    input: String,
    reason: &'static str,
}

impl ParseDateError {
    fn new(input: &str, reason: &'static str) -> Self {
        ParseDateError {
            input: input.to_string(),
            reason,
        }
    }
}

/// A full, existing calendar date: `2021-03-17` (ISO 8601, four-digit year,
/// two-digit month and day), or the date written in words as a transcript
/// states it (`17 March 2021`, `March 17, 2021`). The day must exist in its
/// month (`2021-02-29` is refused, `2020-02-29` read). Surrounding whitespace
/// is ignored; anything else around the date is refused.
///
/// ```
/// use discrepancy::quantity::Date;
/// assert_eq!("2017-03-15".parse::<Date>(), Ok(Date::ymd(2017, 3, 15)));
/// assert_eq!("17 March 2021".parse::<Date>(), Ok(Date::ymd(2021, 3, 17)));
/// assert_eq!("March 17, 2021".parse::<Date>(), Ok(Date::ymd(2021, 3, 17)));
/// assert!("2021-02-29".parse::<Date>().is_err());
/// assert!("2021-3-17".parse::<Date>().is_err());
/// assert!("March 2021".parse::<Date>().is_err()); // not a full date
/// assert!("last year".parse::<Date>().is_err());
/// ```
impl std::str::FromStr for Date {
    type Err = ParseDateError;

    fn from_str(s: &str) -> Result<Date, ParseDateError> {
        let t = s.trim();
        if t.as_bytes().first().is_some_and(u8::is_ascii_digit) && t.contains('-') {
            return parse_iso(t).map_err(|reason| ParseDateError::new(s, reason));
        }
        let q = super::find(t)
            .into_iter()
            .find(|q| q.kind == Kind::Date && q.relative.is_none())
            .ok_or_else(|| ParseDateError::new(s, "no date found"))?;
        if q.span.start != 0 || t[q.span.end..].trim_end_matches('.').trim() != "" {
            return Err(ParseDateError::new(s, "more than a date"));
        }
        match q.date {
            Some(Date {
                year: Some(y),
                month: Some(m),
                day: Some(d),
            }) if d <= days_in_month(y, m) => Ok(Date::full(y, m, d)),
            Some(Date {
                year: Some(_),
                month: Some(_),
                day: Some(_),
            }) => Err(ParseDateError::new(s, "no such day in that month")),
            _ => Err(ParseDateError::new(
                s,
                "not a full date (a year, a month and a day)",
            )),
        }
    }
}

/// `YYYY-MM-DD`, checked: the date, or why not.
fn parse_iso(s: &str) -> Result<Date, &'static str> {
    let mut parts = s.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return Err("not YYYY-MM-DD");
    };
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
        return Err("not YYYY-MM-DD");
    }
    let (y, m, d): (i32, u8, u8) = (
        y.parse().map_err(|_| "not YYYY-MM-DD")?,
        m.parse().map_err(|_| "not YYYY-MM-DD")?,
        d.parse().map_err(|_| "not YYYY-MM-DD")?,
    );
    if !(1..=12).contains(&m) {
        return Err("no such month");
    }
    if d == 0 || d > days_in_month(y, m) {
        return Err("no such day in that month");
    }
    Ok(Date::full(y, m, d))
}
