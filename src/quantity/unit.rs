//! Units: the measure, duration or temperature a figure is in.
//!
//! In: the tokens after a figure. Out: the unit written there, as a [`Kind`], a base
//! unit and the factor to it ("100 kilometres" is 100,000 m, "5 ft 2 in", "miles an
//! hour", `km2`, `20 (kg)`, "40 degrees Celsius"), and where it ends; and
//! [`unit_mentions`], the units named with no figure ("convert 10 celsius to
//! *fahrenheit*").

use super::money::{CODES, currency_symbol, currency_word};
use super::number::tidy;
use super::parse::{Figure, Measure, Parser};
use super::tokenize::{T, tokenize};
use super::units;
use super::{Kind, Relative, TimeUnit, UnitMention, find};
use crate::span::Span;

/// Finds the units named in `text` outside any quantity.
///
/// ```
/// use discrepancy::quantity::{unit_mentions, Kind};
/// let m = unit_mentions("convert 10 celsius to fahrenheit");
/// assert_eq!(m.len(), 1);
/// assert_eq!((m[0].kind, m[0].unit.as_str()), (Kind::Measure, "°F"));
/// ```
pub fn unit_mentions(text: &str) -> Vec<UnitMention> {
    let taken = find(text);
    let toks = tokenize(text);
    let lower = text.to_ascii_lowercase();
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == T::Word)
            .map(|t| &lower[t.start..t.end])
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if taken
            .iter()
            .any(|q| q.span.start <= t.start && t.end <= q.span.end)
        {
            i += 1;
            continue;
        }
        let w = word(i).unwrap_or("");
        let degrees = matches!(w, "degree" | "degrees");
        let scale_at = if degrees { i + 1 } else { i };
        let temperature = word(scale_at).and_then(units::temperature_scale);
        let (kind, unit, end) = if let Some(u) = temperature {
            (Kind::Measure, u.to_string(), scale_at + 1)
        } else if matches!(w, "percent" | "percentage")
            || t.kind == T::Punct
                && &text[t.start..t.end] == "%"
                && text[..t.start].ends_with(char::is_whitespace)
                && text[t.end..].starts_with(char::is_whitespace)
        {
            (Kind::Percent, "%".to_string(), i + 1)
        } else if w == "per" && word(i + 1) == Some("cent") {
            (Kind::Percent, "%".to_string(), i + 2)
        } else if w == "metric" && word(i + 1).is_some_and(|n| n.starts_with("ton")) {
            (Kind::Measure, "kg".to_string(), i + 2)
        } else if let Some(c) = currency_word(w)
            .filter(|c| w.len() >= 3 && !c.ends_with('¢') && !AMBIGUOUS_CURRENCY_WORDS.contains(&w))
        {
            (Kind::Money, c.to_string(), i + 1)
        } else if let Some((Kind::Measure, u, _)) =
            unit_word(w).filter(|_| w.len() >= 3 && !COMMON_UNIT_WORDS.contains(&w))
        {
            (Kind::Measure, u.to_string(), i + 1)
        } else {
            i += 1;
            continue;
        };
        out.push(UnitMention {
            span: Span::new(t.start, toks[end - 1].end),
            kind,
            unit,
        });
        i = end;
    }
    out
}

/// Currency names that are ordinary words too ("try", "real", "won").
const AMBIGUOUS_CURRENCY_WORDS: &[&str] = &[
    "try", "won", "real", "rand", "lira", "pound", "pounds", "franc", "mark", "marks", "min",
];

/// Unit names that are ordinary words too ("feet", "a ton of", "cups").
const COMMON_UNIT_WORDS: &[&str] = &[
    "feet", "foot", "cup", "cups", "ton", "tons", "yard", "yards", "mile", "miles", "inch",
    "inches", "degree", "degrees", "pound", "pounds", "ounce", "ounces", "bit", "bits", "knot",
    "knots", "barrel", "barrels", "acre", "acres", "rad", "kilo", "kilos",
];

/// A unit word → (kind, recorded unit, factor to it), from the unit table.
pub(super) use super::units::unit_word;

/// Words that make "degrees" an angle.
const ANGLE_WORDS: &[&str] = &[
    "rotate", "rotated", "rotating", "rotation", "turn", "turned", "turning", "angle", "tilt",
    "tilted", "incline", "inclined",
];

impl Parser<'_> {
    /// A percent sign or word after a figure at `k` (`%`, "percentage points", "per
    /// cent", "percent"): the unit, `%` or `pp`, and where it ends.
    pub(super) fn percent_suffix(&self, k: usize) -> Option<(&'static str, usize)> {
        let mut k = k;
        if self.is_punct(k, "%")
            && !self
                .toks
                .get(k + 1)
                .is_some_and(|t| t.start == self.toks[k].end && t.kind != T::Punct)
        {
            Some(("%", k + 1))
        } else if let Some((u, n)) = self.share_name_at(k) {
            k += n;
            // "5 per cent. of": the period of the abbreviation.
            if n == 2
                && self.word(k - 1) == Some("cent")
                && self.is_punct(k, ".")
                && self
                    .word(k + 1)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
            {
                k += 1;
            }
            Some((u, k))
        } else {
            None
        }
    }

    /// The longest name of a share unit (`%`, `pp` in the unit table) in words at `k`
    /// ("percentage points", "per cent", "percent"): its symbol and how many words.
    fn share_name_at(&self, k: usize) -> Option<(&'static str, usize)> {
        units::UNITS
            .iter()
            .filter(|u| u.dimension.kind() == Kind::Percent)
            .flat_map(|u| u.names.iter().map(move |n| (u.symbol, *n)))
            .filter(|&(_, n)| n != "%")
            .filter_map(|(u, n)| {
                let words: Vec<&str> = n.split(' ').collect();
                self.words_match(k, &words).then_some((u, words.len()))
            })
            .max_by_key(|&(_, n)| n)
    }

    /// A unit after a count, in this order: a temperature scale, a unit in brackets, a
    /// unit word (see [`Self::unit_word_suffix`]), a degree sign. `last` is the last
    /// figure, the amount of a relative time ("two months ago").
    pub(super) fn unit_suffix(&self, fig: &mut Figure, last: f64, m: &mut Measure) {
        let k = fig.k;
        if let Some((u, k2)) = self.temperature_suffix(k) {
            m.kind = Kind::Measure;
            m.unit = Some(u.into());
            fig.k = k2;
        } else if let Some((kd, u, f, k2)) = self.bracketed_unit(k) {
            // `20 (kg)`, `20 [kg]`
            m.kind = kd;
            m.unit = Some(u.into());
            m.factor = f;
            fig.k = k2;
        } else if let Some(w) = self.word(k) {
            self.unit_word_suffix(w, fig, last, m);
        } else if self.is_punct(k, "°") {
            m.kind = Kind::Measure;
            let scale = self.word(k + 1);
            m.unit = Some(
                if scale == Some("f") || scale == Some("fahrenheit") {
                    "°F"
                } else {
                    "°C"
                }
                .into(),
            );
            fig.k = k + if scale.is_some() && self.glued(k + 1) {
                2
            } else {
                1
            };
        }
    }

    /// A unit word `w` at the figure's end, in this order: a unit ("16,000 metric tons",
    /// with a compound after a measure and "ago", "old" or "of age" after a duration),
    /// "square" or "cubic" before a length, `°c`.
    fn unit_word_suffix(&self, w: &str, fig: &mut Figure, last: f64, m: &mut Measure) {
        let mut k = fig.k;
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
            m.kind = kd;
            m.unit = Some(u.into());
            m.factor = f;
            k = k_unit + 1;
            if kd == Kind::Measure {
                let (u2, f2, k2, extra) = self.compound_unit(u, f, k);
                m.unit = Some(u2);
                m.factor = f2;
                k = k2;
                if extra != 0.0 {
                    fig.lo.value = tidy(fig.lo.value + extra);
                    fig.lo.half_unit = fig.lo.half_unit.min(0.5 / 12.0);
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
                m.relative = Some(Relative {
                    amount: last,
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
            m.kind = Kind::Measure;
            let cubic = w != "square" && w != "sq";
            m.unit = Some(if cubic { "m³" } else { "m²" }.into());
            m.factor = if cubic { f * f * f } else { f * f };
            k += 2;
        } else if w == "°c" || (self.is_punct(k, "°")) {
            m.kind = Kind::Measure;
            m.unit = Some("°C".into());
            k += 1;
        }
        fig.k = k;
    }

    /// `degrees Celsius`, `deg c`, `°F`, `fahrenheit`: a temperature scale after a figure.
    pub(super) fn temperature_suffix(&self, k: usize) -> Option<(&'static str, usize)> {
        let scale = |w: Option<&str>| match w {
            Some("c") => Some("°C"),
            Some("f") => Some("°F"),
            w => w.and_then(units::temperature_scale),
        };
        let mut j = k;
        let degree =
            self.is_punct(j, "°") || matches!(self.word(j), Some("degree" | "degrees" | "deg"));
        if degree {
            j += 1;
            if self.word(j - 1) == Some("deg") && self.is_punct(j, ".") {
                j += 1;
            }
        }
        // "rotate 90 degrees", "a 45 degrees angle", "a 20-degree turn": an angle.
        if degree
            && scale(self.word(j)).is_none()
            && (self.context_has(k, 4, ANGLE_WORDS)
                || self.word(j).is_some_and(|w| ANGLE_WORDS.contains(&w)))
        {
            return Some(("deg", j));
        }
        if self.word(k) == Some("deg") && scale(self.word(j)).is_none() {
            return Some(("°", j));
        }
        match scale(self.word(j)) {
            // A bare `c` or `f` only right after "degrees" or `°`.
            Some(u) if degree || !matches!(self.word(j), Some("c" | "f")) => Some((u, j + 1)),
            _ if degree && self.is_punct(k, "°") => Some(("°C", j)),
            _ => None,
        }
    }

    /// A unit in brackets after a figure: `20 (kg)`, `20 [kg]`, `20 {kg}`, `20 <kg>`.
    pub(super) fn bracketed_unit(&self, k: usize) -> Option<(Kind, &'static str, f64, usize)> {
        let close = match self.raw(k) {
            "(" => ")",
            "[" => "]",
            "{" => "}",
            "<" => ">",
            _ => return None,
        };
        let (kd, u, f) = unit_word(self.word(k + 1)?)?;
        (kd == Kind::Measure && self.is_punct(k + 2, close)).then_some((kd, u, f, k + 3))
    }

    /// What follows a measure unit at `k`: a power (`km2`), a time for a speed ("miles
    /// an hour", `km/hr`, "metres per millisecond"), inches after feet ("5 ft 2 in").
    /// Returns the unit, its factor, where it ends, and a value to add (inches, in feet).
    pub(super) fn compound_unit(&self, u: &str, f: f64, k: usize) -> (String, f64, usize, f64) {
        let same = (u.to_string(), f, k, 0.0);
        if u != "m" {
            return same;
        }
        // `km2`, `24703m2`, `500 m²`
        if self.glued(k) && matches!(self.raw(k), "2" | "3" | "²" | "³") {
            return if matches!(self.raw(k), "2" | "²") {
                ("m²".into(), f * f, k + 1, 0.0)
            } else {
                ("m³".into(), f * f * f, k + 1, 0.0)
            };
        }
        let per = matches!(self.word(k), Some("per" | "an" | "a"))
            || self.is_punct(k, "/") && self.glued(k);
        if per {
            let seconds = match self.word(k + 1) {
                Some("hour" | "hr" | "h") => 3600.0,
                Some("minute" | "min") => 60.0,
                Some("second" | "sec" | "s") => 1.0,
                Some("millisecond" | "ms") => 0.001,
                _ => 0.0,
            };
            if seconds > 0.0 && !(self.word(k) == Some("a") && seconds < 60.0) {
                return ("m/s".into(), f / seconds, k + 2, 0.0);
            }
        }
        // "5 ft 2 in", "5 feet and 2 inches"
        if f == 0.3048 {
            let m = if self.word(k) == Some("and") {
                k + 1
            } else {
                k
            };
            if let Some(n) = self
                .toks
                .get(m)
                .filter(|t| t.kind == T::Num)
                .and_then(|_| self.digits_at(m))
                && n.value < 12.0
                && matches!(self.word(n.end), Some("in" | "inch" | "inches"))
            {
                return (u.to_string(), f, n.end + 1, n.value / 12.0);
            }
        }
        same
    }

    /// Whether a unit word after a number is really something else (`in`, `m` for million, `t`).
    pub(super) fn is_ambiguous_unit(&self, w: &str, k: usize, glued: bool) -> bool {
        match w {
            "g" | "t" | "mi" | "ha" | "ft" | "yd" | "gr" | "mm" | "cm" | "km" | "kg" | "mw"
            | "gw" | "kw" | "kwh" | "mwh" | "gwh" | "twh" | "lb" | "lbs" | "bbl" | "kms" | "yr"
            | "yrs" | "mins" | "secs" | "hrs" => {
                // A one-letter abbreviation (`5 t`, `3 g`) only glued to the figure (`5t`, `3g`).
                w.len() == 1 && !glued
            }
            "second" | "seconds" => self.word(k + 1).is_some_and(|n| n == "of"),
            "m" => {
                let j = (0..k)
                    .rev()
                    .find(|&i| self.toks[i].kind == T::Num)
                    .unwrap_or(0);
                !self.metre_reading(j, k)
            }
            "degree" | "degrees" => false,
            _ => false,
        }
    }

    /// Whether `m` at `k`, after the figure at `j`, is a metre rather than a million: no
    /// currency before the figure, and a length reading after it ("1.8m tall", "12 m 2
    /// dm", "48m.").
    pub(super) fn metre_reading(&self, j: usize, k: usize) -> bool {
        let money_before = j > 0
            && (currency_symbol(self.raw(j - 1)).is_some()
                || CODES.contains(&self.raw(j - 1).to_ascii_uppercase().as_str()));
        if money_before || self.raw(k) != "m" {
            return false;
        }
        match self.toks.get(k + 1) {
            None => true,
            // `12 m 2 dm`; `24703m2` (square metres).
            Some(t) if t.kind == T::Num => {
                !self.glued(k + 1)
                    || matches!(self.raw(k + 1), "2" | "3")
                        && self.toks.get(k + 2).is_none_or(|n| n.start > t.end)
            }
            Some(t) if t.kind == T::Punct => !matches!(self.raw(k + 1), "%" | "$" | "-" | "/"),
            Some(_) => {
                self.word(k + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "tall"
                            | "long"
                            | "high"
                            | "wide"
                            | "deep"
                            | "away"
                            | "above"
                            | "below"
                            | "across"
                            | "is"
                            | "isn't"
                            | "x"
                            | "by"
                            | "in"
                            | "and"
                            | "or"
                    )
                }) && self.currency_suffix(k + 1).is_none()
            }
        }
    }
}
