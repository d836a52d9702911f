//! Figures in digits, and the [`Num`] every reading of a figure yields.
//!
//! In: the tokens from a number token on. Out: a [`Num`]: the value, where it ends,
//! the rounding slack of its last digit, and what it was (scaled, an ordinal, a
//! fraction, plain digits). Digits are read with their grouping, decimals and powers,
//! glued or spaced suffixes (`30th`, `3bn`, `2.33 k`, "1.2 million"), "and a half",
//! "dozen" and mixed fractions (`2 1/4`); parts of names, codes, phone numbers, times
//! and versions (`Nord Stream 2`, `04040`, `+1-222-2222`, `15:40`, `1.2.3`) are no figure.

use super::date::month;
use super::hedge::is_hedge_start;
use super::money::{CODES, currency_word};
use super::parse::Parser;
use super::spelled::{self, Atom, Form};
use super::tokenize::T;
use super::unit::unit_word;
use super::words::{and_a_fraction, scale_word};

/// A number read from the tokens.
#[derive(Debug, Clone, Copy)]
pub(super) struct Num {
    pub(super) value: f64,
    /// Token index one past the number.
    pub(super) end: usize,
    /// Half the unit of the last stated digit, in the value's units (rounding slack).
    pub(super) half_unit: f64,
    pub(super) in_words: bool,
    /// A scale word was used (`3 billion`).
    pub(super) scaled: bool,
    /// Written as plain digits with no separators or decimals.
    pub(super) plain_int: bool,
    /// Number of digits of the integer part, for plain digit strings.
    pub(super) digits: usize,
    /// A lone "a"/"one"/"half": weak on its own.
    pub(super) weak: bool,
    /// An ordinal ("30th", "forty-eighth").
    pub(super) ordinal: bool,
    /// A fraction ("a third", "two thirds").
    pub(super) fraction: bool,
}

impl Num {
    /// A figure with no mark of its own: not scaled, an ordinal or a fraction.
    pub(super) fn plain(value: f64, end: usize, half_unit: f64) -> Num {
        Num {
            value,
            end,
            half_unit,
            in_words: false,
            scaled: false,
            plain_int: false,
            digits: 0,
            weak: false,
            ordinal: false,
            fraction: false,
        }
    }

    /// Whether the value and its rounding slack are finite numbers.
    fn is_finite(&self) -> bool {
        self.value.is_finite() && self.half_unit.is_finite()
    }

    /// A figure with a scale word ("3.5 million", "half a million").
    pub(super) fn scaled(value: f64, end: usize, half_unit: f64, in_words: bool) -> Num {
        Num {
            in_words,
            scaled: true,
            ..Num::plain(value, end, half_unit)
        }
    }

    /// A proportion written with a fraction sign or a slash (`½`, `1/4`).
    pub(super) fn fraction(value: f64, end: usize) -> Num {
        Num {
            fraction: true,
            ..Num::plain(value, end, 0.0)
        }
    }
}

/// Digits as read so far: the value, its rounding slack, the token after them, and
/// whether a scale or an ordinal suffix was read.
struct Digits {
    value: f64,
    half_unit: f64,
    end: usize,
    scaled: bool,
    ordinal: bool,
}

/// The rounding slack of digits with `decimals` decimals: half the unit of the last
/// decimal, or for a round figure ≥ 1000 (`140,000`) half the unit of its last
/// non-zero digit.
fn rounding_slack(value: f64, decimals: usize, int_part: &str) -> f64 {
    let mut half_unit = 0.5 * 10f64.powi(-(decimals as i32));
    if decimals == 0 && value >= 1000.0 {
        // A round figure ≥ 1000 carries the precision of its rounding (`140,000`).
        let zeros = int_part.len() - int_part.trim_end_matches('0').len();
        if zeros >= 3 {
            half_unit = 0.5 * 10f64.powi(zeros as i32);
        }
    }
    half_unit
}

/// Rounds away binary noise from decimal arithmetic (`16.4 * 1e6` is 16399999.999999998).
pub(super) fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 12 - x.abs().log10().floor() as i32;
    let f = 10f64.powi(digits.clamp(-300, 300));
    (x * f).round() / f
}

/// How many digit groups, up to 3, the chain through the group at token `j` holds, given
/// `joined(a)`: whether token `a` joins the groups at `a - 1` and `a + 1`. The walk stops
/// at the third group, so it looks at no more than four separators whatever the chain's
/// length: `1-1-1-…` of a million groups is read in linear time, not quadratic.
fn chain_groups(j: usize, mut joined: impl FnMut(usize) -> bool) -> usize {
    let mut groups = 1;
    let mut k = j;
    while groups < 3 && k >= 2 && joined(k - 1) {
        groups += 1;
        k -= 2;
    }
    let mut k = j;
    while groups < 3 && joined(k + 1) {
        groups += 1;
        k += 2;
    }
    groups
}

/// The value of a number in scientific notation or with a power (see
/// `exponent_end` in the tokenizer).
fn power_value(raw: &str) -> Option<f64> {
    let parse_exp = |e: &str| -> Option<f64> {
        let minus = e.bytes().filter(|c| *c == b'-').count();
        let v: f64 = e.trim_start_matches(['+', '-']).parse().ok()?;
        Some(if minus % 2 == 1 { -v } else { v })
    };
    if let Some((m, e)) = raw.split_once("x10^") {
        return Some(tidy(m.parse::<f64>().ok()? * 10f64.powf(parse_exp(e)?)));
    }
    if let Some((base, e)) = raw.split_once('^') {
        return Some(tidy(base.parse::<f64>().ok()?.powf(parse_exp(e)?)));
    }
    let (m, e) = raw.split_once(['e', 'E'])?;
    Some(tidy(m.parse::<f64>().ok()? * 10f64.powf(parse_exp(e)?)))
}

impl Parser<'_> {
    /// Reads a number at token `j`: digits, words, or a mix, with scale words. A figure
    /// beyond the range of an `f64` (`1e999999`, 310 digits, a million million … million)
    /// is no figure: it stays text.
    pub(super) fn number_at(&self, j: usize) -> Option<Num> {
        self.number_at_any(j).filter(Num::is_finite)
    }

    /// [`Self::number_at`], beyond the range of an `f64` too.
    fn number_at_any(&self, j: usize) -> Option<Num> {
        let t = self.toks.get(j)?;
        match t.kind {
            T::Num => {
                let d = self.digits_at(j)?;
                // Digits in a spelled number: "4 thousand 3 hundred and 21", "3 million
                // and a half", "3 dzs".
                let joins = self.word(j + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "hundred" | "and" | "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs"
                    ) || scale_word(w).is_some_and(|s| s >= 1e3 && w.len() > 2)
                });
                if joins && !d.ordinal && !d.fraction && !self.glued(j + 1) {
                    let (atoms, ends) = self.atoms_at(j);
                    if let Some(r) = spelled::read(&atoms)
                        && r.form == Form::Cardinal
                        && r.len >= 2
                        && (ends[r.len - 1] != d.end
                            || atoms[..r.len]
                                .iter()
                                .any(|a| matches!(a, Atom::And | Atom::Dozen)))
                    {
                        let end = ends[r.len - 1];
                        let half_unit = if r.scaled { 0.05 * r.value } else { 0.5 };
                        return Some(Num {
                            scaled: r.scaled,
                            ..Num::plain(r.value, end, half_unit)
                        });
                    }
                }
                Some(d)
            }
            T::Word => self.words_at(j),
            T::Punct => {
                let r = self.raw(j);
                let v = match r {
                    "½" => 0.5,
                    "¼" => 0.25,
                    "¾" => 0.75,
                    "⅓" => 1.0 / 3.0,
                    "⅔" => 2.0 / 3.0,
                    "⅕" => 0.2,
                    "⅖" => 0.4,
                    "⅗" => 0.6,
                    "⅘" => 0.8,
                    "⅙" => 1.0 / 6.0,
                    "⅚" => 5.0 / 6.0,
                    "⅐" => 1.0 / 7.0,
                    "⅛" => 0.125,
                    "⅜" => 0.375,
                    "⅝" => 0.625,
                    "⅞" => 0.875,
                    "⅑" => 1.0 / 9.0,
                    "⅒" => 0.1,
                    _ => return None,
                };
                Some(Num::fraction(v, j + 1))
            }
        }
    }

    /// Reads a figure in digits at token `j`. In this order: whether the digits belong to
    /// something else (a word, an id, a time, a name, a code), a fraction with a slash, a
    /// power, a decimal comma before a scale; then the digits with the slack of their
    /// rounding, and the suffixes and fractions after them.
    ///
    /// A figure beyond the range of an `f64` is none (see [`Self::number_at`]).
    pub(super) fn digits_at(&self, j: usize) -> Option<Num> {
        self.digits_at_any(j).filter(Num::is_finite)
    }

    /// [`Self::digits_at`], beyond the range of an `f64` too.
    fn digits_at_any(&self, j: usize) -> Option<Num> {
        let raw = self.raw(j);
        if self.continues_other(j) {
            return None;
        }
        if self.glued_slash_or_colon(j) {
            return self.slash_fraction(j, raw);
        }
        if self.in_digit_chain(j) {
            return None; // `+1-222-2222-2222`, `2021-03-17-04`: a phone number or an id
        }
        if self.is_name_number(j) {
            return None; // `Nord Stream 2`, `Unit 1`, `Article 9`: part of a name
        }
        if raw.bytes().any(|c| matches!(c, b'e' | b'E' | b'^' | b'x')) {
            let value = power_value(raw)?;
            return Some(Num::plain(value, j + 1, 0.0));
        }
        // Codes and phone numbers start with a zero (`04040`); `0.5` and `0` are figures.
        if raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0.") {
            return None;
        }
        let clean: String = raw
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let value: f64 = clean.parse().ok()?;
        if self.decimal_comma_at(j) {
            return self.decimal_comma_figure(j, &clean);
        }
        let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len());
        let int_part = clean.split('.').next().unwrap_or("");
        let plain_int = decimals == 0 && raw.chars().all(|c| c.is_ascii_digit());
        let mut d = Digits {
            value,
            half_unit: rounding_slack(value, decimals, int_part),
            end: self.after_ordinal_hyphen(j + 1),
            scaled: false,
            ordinal: false,
        };
        if self.glued_to_unknown_letters(d.end) {
            return None;
        }
        // `the 1990s`: a decade.
        if self.word(d.end) == Some("s")
            && self.glued(d.end)
            && plain_int
            && int_part.len() == 4
            && d.value % 10.0 == 0.0
        {
            return None;
        }
        self.digit_suffix(j, decimals, &mut d);
        self.digit_fraction(plain_int, &mut d);
        Some(Num {
            value: d.value,
            end: d.end,
            half_unit: d.half_unit,
            in_words: false,
            scaled: d.scaled,
            plain_int: plain_int && !d.scaled && !d.ordinal,
            digits: if plain_int { int_part.len() } else { 0 },
            weak: false,
            ordinal: d.ordinal,
            fraction: false,
        })
    }

    /// Whether the digits at `j` continue what is glued before them: a phone number, an
    /// id, a time or a version (`9/11`, `15:40`, `1.2.3`), or a word (`A380`, `COVID19`,
    /// `Su-35`; not a currency code, `USD50`, nor a scaled figure, `5k-20k`).
    fn continues_other(&self, j: usize) -> bool {
        // Reject parts of phone numbers, ids, times and versions: `9/11`, `15:40`, `1.2.3`, `+7 495`.
        if j > 0
            && self.glued(j)
            && matches!(
                self.raw(j - 1),
                "/" | ":" | "." | "_" | "%" | "=" | "&" | "#"
            )
            && self.toks[j - 1].kind == T::Punct
        {
            return true;
        }
        let after_code = j > 0 && {
            let w = self.raw(j - 1);
            w.len() == 3 && CODES.contains(&w.to_ascii_uppercase().as_str())
        };
        if j > 0 && self.toks[j - 1].kind == T::Word && self.glued(j) && !after_code {
            return true; // `A380`, `Su-35` (hyphen case below), `COVID19`
        }
        if j > 1
            && self.is_punct(j - 1, "-")
            && self.glued(j)
            && self.toks[j - 2].kind == T::Word
            && self.toks[j - 2].end == self.toks[j - 1].start
            // `5k-20k` is a range of figures.
            && !(j > 2
                && self.toks[j - 3].kind == T::Num
                && self.glued(j - 2)
                && self.word(j - 2).and_then(scale_word).is_some())
        {
            return true; // `Su-35`, `COVID-19`
        }
        false
    }

    /// Whether the digits at `j` have a slash or a colon and more digits glued after them
    /// (`1/4`, `9/11`, `15:40`).
    fn glued_slash_or_colon(&self, j: usize) -> bool {
        if let Some(n) = self.toks.get(j + 1)
            && n.start == self.toks[j].end
            && n.kind == T::Punct
            && matches!(self.raw(j + 1), "/" | ":")
            && self
                .toks
                .get(j + 2)
                .is_some_and(|m| m.kind == T::Num && m.start == n.end)
        {
            return true;
        }
        false
    }

    /// Whether digits, a slash and digits at `j` are a plausible fraction (`1/4`, `3/100`):
    /// `9/11`, `24/7` and times (`15:40`) are no quantity at all.
    fn slash_fraction(&self, j: usize, raw: &str) -> Option<Num> {
        // `1/4` is a fraction; `9/11`, `24/7` and times are not quantities.
        if self.raw(j + 1) == "/" {
            let a: f64 = raw.replace(',', "").parse().ok()?;
            let b: f64 = self.raw(j + 2).replace(',', "").parse().ok()?;
            let plausible = a < b
                && b <= 100.0
                && a >= 1.0
                && !self.is_punct(j + 3, "/")
                && matches!(b as i64, 2..=10 | 100)
                && a.fract() == 0.0;
            if plausible {
                return Some(Num::fraction(a / b, j + 3));
            }
        }
        None
    }

    /// Whether a decimal comma and at most two digits follow the digits at `j`, before a
    /// scale of a thousand or more (`1,03 trillion`).
    fn decimal_comma_at(&self, j: usize) -> bool {
        // A decimal comma before a scale word: `1,03 trillion`.
        self.is_punct(j + 1, ",")
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self
                .toks
                .get(j + 2)
                .is_some_and(|t| t.kind == T::Num && t.end - t.start <= 2)
            && self
                .word(j + 3)
                .is_some_and(|w| scale_word(w).is_some_and(|s| s >= 1e3))
    }

    /// The figure with a decimal comma at `j` (see [`Self::decimal_comma_at`]), its whole
    /// part `clean`: scaled by the words after it.
    fn decimal_comma_figure(&self, j: usize, clean: &str) -> Option<Num> {
        let frac = self.raw(j + 2);
        let v: f64 = format!("{clean}.{frac}").parse().ok()?;
        let (v2, e2, hu) = self.scale_chain(v, 0.5 * 10f64.powi(-(frac.len() as i32)), j + 3);
        Some(Num::scaled(v2, e2, hu, false))
    }

    /// Whether a stray hyphen before an ordinal suffix is at `end` (`9-th`): the token
    /// after it if so, else `end`.
    fn after_ordinal_hyphen(&self, end: usize) -> usize {
        // `9-th`: an ordinal with a stray hyphen.
        if self.is_punct(end, "-")
            && self.glued(end)
            && self.glued(end + 1)
            && self
                .word(end + 1)
                .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th"))
        {
            return end + 1;
        }
        end
    }

    /// Whether the letters glued to the digits at `end` are no suffix we know, which makes
    /// the whole an identifier (`3D`, `5G`, `2S19`).
    fn glued_to_unknown_letters(&self, end: usize) -> bool {
        // Digits glued to letters that are no suffix we know are an identifier: `3D`, `5G`, `2S19`.
        if let Some(w) = self.word(end)
            && self.glued(end)
        {
            let raw = self.raw(end);
            let single_capital = raw.len() == 1 && raw.chars().all(|c| c.is_ascii_uppercase());
            let known = matches!(w, "st" | "nd" | "rd" | "th" | "s")
                || scale_word(w).is_some()
                || (unit_word(w).is_some() && !single_capital)
                || currency_word(w).is_some()
                || matches!(w, "°c" | "°f" | "pc" | "pct" | "x");
            if !known {
                return true;
            }
        }
        false
    }

    /// A suffix after the digits at `j`, glued or spaced, in this order: an ordinal
    /// (`30th`), giga (`1,674.5 G`), `MM`, a scale word (`3bn`, `2.33k`, `1.2 million`,
    /// `3 hundred and 21`; not a lower-case `m` that reads as a metre).
    fn digit_suffix(&self, j: usize, decimals: usize, d: &mut Digits) {
        // Glued or spaced suffixes: `30th`, `3bn`, `2.33k`, `1.2 million`, `3 hundred and 21`.
        if let Some(w) = self.word(d.end) {
            if self.glued(d.end) && matches!(w, "st" | "nd" | "rd" | "th") && decimals == 0 {
                d.ordinal = true;
                d.end += 1;
            } else if self.raw(d.end) == "G" && !self.glued(d.end) && self.letter_scale(d.end) {
                // `1,674.5 G`: giga, spaced and last (glued, `5G` is a name).
                d.value = tidy(d.value * 1e9);
                d.half_unit *= 1e9;
                d.end += 1;
                d.scaled = true;
            } else if self.glued(d.end) && self.raw(d.end) == "MM" {
                // `US$ 1MM`: thousand thousands, in finance.
                d.value = tidy(d.value * 1e6);
                d.half_unit *= 1e6;
                d.end += 1;
                d.scaled = true;
            } else if let Some(s) = scale_word(w)
                // One-letter scales (`3m`, `5k`, `2b`) glued to the digits, or last in the
                // sentence (`2.33 k`); a lower-case `m` where a length reads is a metre.
                && (w.len() > 1 || self.letter_scale(d.end))
                && !(self.raw(d.end) == "m" && self.metre_reading(j, d.end))
            {
                let (v2, e2, hu) = self.scale_chain(d.value, d.half_unit, d.end);
                d.value = v2;
                d.half_unit = hu;
                d.end = e2;
                d.scaled = s > 1.0;
                // `3 hundred and 21`
                if s == 100.0
                    && self.word(d.end) == Some("and")
                    && self.toks.get(d.end + 1).is_some_and(|t| t.kind == T::Num)
                {
                    let extra: f64 = self.raw(d.end + 1).parse().unwrap_or(0.0);
                    if extra < 100.0 {
                        d.value += extra;
                        d.half_unit = 0.5;
                        d.end += 2;
                    }
                }
            }
        }
    }

    /// A fraction or a dozen after the digits: "dozen(s)" or a mixed fraction (`2 1/4`,
    /// after plain digits), then "and a half", "and a quarter" (with a scale after it).
    fn digit_fraction(&self, plain_int: bool, d: &mut Digits) {
        // `N and a half`, `N and a quarter`, `N dozen(s)`, `2 1/4`.
        let and_fraction = self
            .words_match(d.end, &["and", "a"])
            .then(|| self.word(d.end + 2).and_then(and_a_fraction))
            .flatten();
        if self
            .word(d.end)
            .is_some_and(|w| w == "dozen" || w == "dozens")
            && !d.scaled
            && !d.ordinal
        {
            d.value *= 12.0;
            d.half_unit *= 12.0;
            d.end += 1;
        } else if plain_int
            && self
                .toks
                .get(d.end)
                .is_some_and(|t| t.kind == T::Num && !self.glued(d.end))
            && self.is_punct(d.end + 1, "/")
            && self.glued(d.end + 1)
            && let Some(Num {
                value: f,
                fraction: true,
                end: e2,
                ..
            }) = self.digits_at(d.end)
        {
            d.value += f;
            d.half_unit = 0.0;
            d.end = e2;
        }
        if let Some(f) = and_fraction {
            d.value += f;
            d.end += 3;
            if let Some(w) = self.word(d.end)
                && scale_word(w).is_some_and(|s| s > 100.0)
            {
                let (v2, e2, hu) = self.scale_chain(d.value, 0.05, d.end);
                d.value = v2;
                d.half_unit = hu;
                d.end = e2;
                d.scaled = true;
            }
        }
    }

    /// Applies scale words from token `k` on: `1.2 million`, `3 hundred thousand`.
    pub(super) fn scale_chain(
        &self,
        mut value: f64,
        mut half_unit: f64,
        mut k: usize,
    ) -> (f64, usize, f64) {
        while let Some(w) = self.word(k) {
            let Some(s) = scale_word(w) else { break };
            if matches!(w, "m" | "b" | "k") && !self.letter_scale(k) {
                break;
            }
            value = tidy(value * s);
            half_unit *= s;
            k += 1;
        }
        (value, k, half_unit)
    }

    /// Whether the digits at `j` finish a name: a whole number of up to four digits right
    /// after a capitalised word inside the sentence ("Nord Stream 2", "Unit 1", "Article
    /// 9", "Resolution 2254", "Flight 370"),
    /// with no unit, sign or counted noun after it.
    fn is_name_number(&self, j: usize) -> bool {
        let raw = self.raw(j);
        if j < 2 || raw.len() > 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let Some(prev) = self.toks.get(j - 1).filter(|t| t.kind == T::Word) else {
            return false;
        };
        let prev_raw = &self.text[prev.start..prev.end];
        let capitalised = prev_raw.starts_with(char::is_uppercase)
            && prev_raw.chars().skip(1).any(char::is_lowercase)
            || prev_raw.len() >= 2 && prev_raw.chars().all(|c| c.is_ascii_uppercase());
        // Not the sentence's first word, a month ("May 5"), or a currency or unit word.
        // (Looked at in constant time: a turn may hold hundreds of thousands of figures.)
        let first_word = j == 1
            || self.toks[j - 2].kind == T::Punct
                && matches!(
                    self.raw(j - 2),
                    "." | "!" | "?" | ":" | "\"" | "\u{201c}" | "("
                );
        if !capitalised || first_word {
            return false;
        }
        let lower = &self.lower[prev.start..prev.end];
        let code = CODES.contains(&prev_raw)
            || prev_raw.len() == 4 && prev_raw.starts_with('M') && CODES.contains(&&prev_raw[1..]);
        if code
            || month(lower).is_some()
            || currency_word(lower).is_some()
            || unit_word(lower).is_some()
            || is_hedge_start(lower)
        {
            return false;
        }
        // An ordinal suffix, a counted noun, a unit or a sign after it makes it a figure
        // ("the Union's 10th anniversary", "Russia 300 schools").
        if self.glued(j + 1) {
            return false;
        }
        match self.toks.get(j + 1) {
            None => true,
            Some(t) if t.kind == T::Punct => {
                !matches!(self.raw(j + 1), "%" | "$" | "€" | "£" | "-" | "–" | ",")
            }
            Some(t) if t.kind == T::Num => false,
            Some(_) => {
                let w = self.word(j + 1).unwrap_or("");
                // A plural noun counts; a verb or pronoun in -s ("Flight 370 is") does not.
                let plural = w.ends_with('s')
                    && !matches!(
                        w,
                        "is" | "was" | "has" | "does" | "as" | "us" | "its" | "this" | "thus"
                    );
                !(plural
                    || unit_word(w).is_some()
                    || scale_word(w).is_some()
                    || matches!(w, "percent" | "per" | "to" | "and" | "or"))
            }
        }
    }

    /// Whether the digits at `j` are one of three or more groups joined by glued hyphens
    /// or slashes (`1-222-2222/2222`).
    fn in_digit_chain(&self, j: usize) -> bool {
        let joined = |a: usize| {
            // token a is a separator between two digit groups
            a > 0
                && matches!(self.raw(a), "-" | "/")
                && self.toks[a].kind == T::Punct
                && self.glued(a)
                && self.glued(a + 1)
                && self.toks[a - 1].kind == T::Num
                && self.toks.get(a + 1).is_some_and(|t| t.kind == T::Num)
        };
        chain_groups(j, joined) >= 3
    }

    /// Whether a one-letter scale at `k` (`k`, `m`, `b`) applies: glued to the digits
    /// (`5k`), or spaced and last in its sentence (`2.33 k`, `1,674,200.5 M`).
    fn letter_scale(&self, k: usize) -> bool {
        self.glued(k)
            || matches!(self.raw(k), "k" | "K" | "M" | "B" | "G")
                && self
                    .toks
                    .get(k + 1)
                    .is_none_or(|t| t.kind == T::Punct && self.raw(k + 1) != "-")
    }
}

#[cfg(test)]
mod tests {
    use super::chain_groups;

    /// A chain of a million groups (`1-1-1-…`): each group looks at a bounded number of
    /// separators (the walk over the whole chain for every group was quadratic).
    #[test]
    fn digit_chain_walk_is_bounded() {
        let groups = 1_000_000;
        // Tokens: digits at even indices, a separator at odd ones.
        let last = 2 * (groups - 1);
        for j in [0, 2, 4, last / 4 * 2, last - 2, last] {
            let mut looked = 0;
            let n = chain_groups(j, |a| {
                looked += 1;
                a % 2 == 1 && a < last
            });
            assert_eq!(n, 3, "group at {j}");
            assert!(looked <= 4, "group at {j} looked at {looked} separators");
        }
        // Two groups are no chain; one group alone neither.
        assert_eq!(chain_groups(0, |a| a == 1), 2);
        assert_eq!(chain_groups(2, |a| a == 1), 2);
        assert_eq!(chain_groups(0, |_| false), 1);
    }
}
