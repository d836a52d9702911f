//! Number words: "forty-eight", "two and a half", "a dozen", "the twenty-first".
//!
//! In: the tokens from a word on. Out: the [`Num`] the number words there spell, read
//! by classifying the words into [`Atom`]s and handing them to [`spelled::read`]; and
//! the lexicons of number words (cardinals, ordinals, scales) the other rules consult.

use super::number::{Num, tidy};
use super::parse::Parser;
use super::spelled::{self, Atom, Class, Form, Reading};
use super::tokenize::T;

/// A cardinal number word below a hundred ("seven", "forty") → its value.
/// Whether `w` (lower case) is a word of a spelled number ("four", "hundred", "point").
pub(crate) fn is_number_word(w: &str) -> bool {
    w == "point" || small_number(w).is_some() || scale_word(w).is_some()
}

pub(super) fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nil" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// An ordinal word ("seventh", "hundredth") → the number it ranks.
pub(super) fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        "trillionth" => 1e12,
        "billionth" => 1e9,
        _ => return None,
    })
}

/// An ordinal or denominator word: "fifth", "fifths", "thirtieth", "hundredths", "half".
/// "first" and "second" are ordinals only inside a compound ("twenty-first").
pub(super) fn denominator_word(w: &str) -> Option<spelled::Ordinal> {
    let (stem, plural) = match w {
        "halves" => ("half", true),
        "seconds" => return None,
        _ => match w.strip_suffix('s') {
            Some(stem) if ordinal_word(stem).is_some() || stem == "quarter" => (stem, true),
            _ => (w, false),
        },
    };
    let (value, fraction_only) = match stem {
        "half" => (2.0, true),
        "quarter" => (4.0, true),
        _ => (ordinal_word(stem)?, false),
    };
    Some(spelled::Ordinal {
        value,
        plural,
        scale: value >= 100.0,
        fraction_only,
    })
}

/// A scale word or abbreviation ("million", "bn", "lakh") → its factor.
pub(super) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" | "k" | "thousands" => 1e3,
        "million" | "millions" | "mln" | "mn" | "m" | "mio" | "mil" => 1e6,
        "billion" | "billions" | "bn" | "bln" | "b" | "bil" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" | "tln" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// The fraction in "and a half", "and a quarter", "and a third", "and a fourth".
pub(super) fn and_a_fraction(w: &str) -> Option<f64> {
    Some(match w {
        "half" => 0.5,
        "quarter" | "fourth" => 0.25,
        "third" => 1.0 / 3.0,
        _ => return None,
    })
}

impl Parser<'_> {
    /// The atoms of a spelled number from token `j` on, with the token index after each.
    pub(super) fn atoms_at(&self, j: usize) -> (Vec<Atom>, Vec<usize>) {
        let mut atoms: Vec<Atom> = Vec::new();
        let mut ends = Vec::new();
        let mut k = j;
        while atoms.len() < 40 {
            let prev = atoms.last().copied();
            let Some(t) = self.toks.get(k) else { break };
            if t.kind == T::Punct {
                // A hyphen inside a number: "forty-eight", "fifty - two", "one-eighth".
                let next = self.word(k + 1);
                let next_num = next.and_then(small_number);
                let next_ord = next.and_then(denominator_word);
                let glued = self.glued(k) && self.glued(k + 1);
                let spaced = !self.glued(k) && !self.glued(k + 1);
                let joins = self.raw(k) == "-"
                    && match prev {
                        Some(Atom::Num(_, Class::Tens)) => {
                            (glued || spaced) && next_num.is_some_and(|n| n > 0.0 && n < 10.0)
                                || next_ord.is_some_and(|o| o.value < 10.0 && !o.fraction_only)
                        }
                        Some(Atom::Num(_, Class::Unit | Class::Teen) | Atom::Hundred) => {
                            (glued || spaced) && next_ord.is_some()
                        }
                        Some(Atom::Num(..)) => glued && next_ord.is_some(),
                        _ => false,
                    };
                if !joins {
                    break;
                }
                if let (Some(Atom::Num(a, Class::Tens)), Some(n)) = (prev, next_num) {
                    // "forty-eight" is one number: nothing splits it.
                    *atoms.last_mut().unwrap() = Atom::Num(a + n, Class::Teen);
                    *ends.last_mut().unwrap() = k + 2;
                    k += 2;
                    continue;
                }
                k += 1;
                continue;
            }
            let atom = if t.kind == T::Num {
                // Digits stand for a group at the start or after a scale or "and".
                if !matches!(prev, None | Some(Atom::Scale(_) | Atom::And)) {
                    break;
                }
                let raw = self.raw(k);
                if raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0.") {
                    break;
                }
                let Ok(v) = raw.replace(',', "").parse::<f64>() else {
                    break;
                };
                if self.toks.get(k + 1).is_some_and(|n| n.start == t.end) {
                    break; // glued to a suffix or a sign: not a plain group
                }
                Atom::Num(v, Class::Digits)
            } else {
                let w = self.word(k).unwrap_or("");
                if let Some(v) = small_number(w) {
                    let class = if v < 10.0 {
                        Class::Unit
                    } else if v < 20.0 {
                        Class::Teen
                    } else {
                        Class::Tens
                    };
                    Atom::Num(v, class)
                } else if w == "hundred" || (w == "hundreds" && prev.is_some()) {
                    Atom::Hundred
                } else if let Some(s) = scale_word(w).filter(|s| *s >= 1e3 && w.len() > 2) {
                    if prev.is_none() {
                        break;
                    }
                    Atom::Scale(s)
                } else if (w == "a" || w == "an") && matches!(prev, None | Some(Atom::And)) {
                    Atom::A
                } else if w == "and" && prev.is_some() {
                    Atom::And
                } else if matches!(w, "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs")
                    && prev.is_some()
                {
                    Atom::Dozen
                } else if let Some(o) = denominator_word(w) {
                    // "first" and "second" only in a compound: "twenty-first", "three twenty firsts".
                    let compound_only = matches!(w, "first" | "firsts" | "second");
                    if compound_only && !matches!(prev, None | Some(Atom::Num(_, Class::Tens))) {
                        break;
                    }
                    Atom::Ord(o)
                } else {
                    break;
                }
            };
            atoms.push(atom);
            k += 1;
            ends.push(k);
            if let Atom::Ord(_) = atom {
                // After the denominator only a scale may follow ("three quarters million").
                if let Some(s) = self.word(k).and_then(scale_word).filter(|s| *s >= 1e3)
                    && self.word(k).is_some_and(|w| w.len() > 2)
                {
                    atoms.push(Atom::Scale(s));
                    ends.push(k + 1);
                }
                break;
            }
        }
        (atoms, ends)
    }

    /// Reads number words: "forty-eight", "two and a half", "a dozen", "one hundred
    /// thirty fifths", "the twenty-first" (see [`spelled`]). In this order: whether the
    /// word can start a number, "half a million", then the spelled reading as an
    /// ordinal, a fraction or a cardinal.
    pub(super) fn words_at(&self, j: usize) -> Option<Num> {
        // A cheap test first: most words start no number.
        let w = self.word(j)?;
        if !self.starts_number_words(j, w) {
            return None;
        }
        let (atoms, ends) = self.atoms_at(j);
        if let Some(n) = self.half_a_scale(j, &atoms) {
            return Some(n);
        }
        let r = spelled::read(&atoms)?;
        let k = ends[r.len - 1];
        match r.form {
            Form::Ordinal => {
                if r.len == 1 && !self.lone_ordinal(j) {
                    return None;
                }
                return Some(Num {
                    in_words: true,
                    ordinal: true,
                    ..Num::plain(r.value, k, 0.0)
                });
            }
            Form::Fraction => return Some(self.spelled_fraction(&r, k)),
            Form::Cardinal => {}
        }
        self.spelled_cardinal(&r, k)
    }

    /// Whether the word `w` at `j` can start a number: a number word, an ordinal or
    /// denominator, or "a"/"an" before one ("a hundred", "a dozen", "a third").
    fn starts_number_words(&self, j: usize, w: &str) -> bool {
        small_number(w).is_some()
            || denominator_word(w).is_some()
            || (w == "a" || w == "an")
                && self.word(j + 1).is_some_and(|n| {
                    n == "hundred"
                        || n == "dozen"
                        || small_number(n).is_some()
                        || scale_word(n).is_some_and(|_| n.len() > 2)
                        || denominator_word(n).is_some()
                })
    }

    /// Whether "half a million" or "half a dozen" (a half or a quarter, "a", a scale or
    /// "dozen") starts at `j`: that fraction of it, over three tokens.
    fn half_a_scale(&self, j: usize, atoms: &[Atom]) -> Option<Num> {
        // "half a million", "half a dozen".
        if let [Atom::Ord(o), ..] = atoms[..]
            && o.fraction_only
            && self.word(j + 1) == Some("a")
            && let Some(m) = self.word(j + 2).and_then(|w| {
                if w == "dozen" {
                    Some(12.0)
                } else {
                    scale_word(w).filter(|s| *s >= 100.0 && w.len() > 2)
                }
            })
        {
            let value = m / o.value;
            // "half a dozen" is six, not a scaled figure.
            return Some(Num {
                scaled: m > 12.0,
                ..Num::scaled(value, j + 3, 0.05 * value, true)
            });
        }
        None
    }

    /// A spelled fraction `r` ending at `k` ("two thirds"), scaled when a scale follows
    /// it ("two thirds of a million", "a quarter million").
    fn spelled_fraction(&self, r: &Reading, k: usize) -> Num {
        let mut k = k;
        let mut value = r.value;
        let mut scaled = false;
        // "two thirds of a million", "a quarter million"
        if self.words_match(k, &["of", "a"])
            && let Some(s) = self.word(k + 2).and_then(scale_word).filter(|s| *s > 100.0)
            && self.word(k + 2).is_some_and(|w| w.len() > 2)
        {
            value *= s;
            k += 3;
            scaled = true;
        } else if let Some(s) = self.word(k).and_then(scale_word).filter(|s| *s > 100.0)
            && self.word(k).is_some_and(|w| w.len() > 2)
        {
            value *= s;
            k += 1;
            scaled = true;
        }
        if scaled {
            return Num::scaled(tidy(value), k, 0.05 * value, true);
        }
        Num {
            weak: r.lone_one,
            in_words: true,
            ..Num::fraction(tidy(value), k)
        }
    }

    /// A spelled cardinal `r` ending at `k`: with decimals after "point" ("two point
    /// five", scaled in "two point five million"); no figure for a lone "one" in "one
    /// of", "one another"; the rounding slack of its words.
    fn spelled_cardinal(&self, r: &Reading, k: usize) -> Option<Num> {
        let mut k = k;
        let mut value = r.value;
        // "two point five", "two hundred point zero three", "nought point eleven".
        let mut point_digits = 0;
        if self.word(k) == Some("point")
            && let Some((frac, m)) = self.point_decimals(k + 1)
        {
            value = tidy(value + format!("0.{frac}").parse::<f64>().unwrap_or(0.0));
            point_digits = frac.len();
            k = m;
            // "two point five million"
            if !r.scaled && self.word(k).and_then(scale_word).is_some_and(|s| s > 100.0) {
                let (v2, k2, _) = self.scale_chain(value, 0.0, k);
                return Some(Num::scaled(v2, k2, 0.05 * v2, true));
            }
        }
        let weak = r.lone_one && point_digits == 0;
        // Lone "one" in "one of", "no one", "one another" is never a quantity.
        if weak
            && self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "of" | "another" | "day" | "way" | "thing" | "side" | "by"
                )
            })
        {
            return None;
        }
        let half_unit = if r.scaled {
            // "two million": the precision of the leading words.
            0.05 * value
        } else if point_digits > 0 {
            0.5 * 10f64.powi(-(point_digits as i32))
        } else {
            0.5
        };
        Some(Num {
            in_words: true,
            scaled: r.scaled,
            weak,
            ..Num::plain(value, k, half_unit)
        })
    }

    /// The decimals spelled after "point", from token `m` on: digit words ("five",
    /// "zero three"), or else a number from ten to ninety-nine read as its digits
    /// ("eleven", "seventy-one"). The digits and where they end; none without any.
    fn point_decimals(&self, m: usize) -> Option<(String, usize)> {
        let mut m = m;
        let mut frac = String::new();
        while let Some(d) = self.word(m).and_then(small_number).filter(|d| *d < 10.0) {
            frac.push(char::from(b'0' + d as u8));
            m += 1;
        }
        // "seventy-one" or "eleven" after "point" reads as its digits.
        if frac.is_empty() {
            let (more, more_ends) = self.atoms_at(m);
            if let Some(r2) = spelled::read(&more)
                && r2.form == Form::Cardinal
                && r2.value >= 10.0
                && r2.value < 100.0
            {
                frac = (r2.value as u32).to_string();
                m = more_ends[r2.len - 1];
            }
        }
        (!frac.is_empty()).then_some((frac, m))
    }

    /// Whether a lone ordinal word at `j` is an ordinal: after a determiner ("the
    /// second", "our fifth"), and not as discourse ("second,") or a fraction.
    fn lone_ordinal(&self, j: usize) -> bool {
        let Some(w) = self.word(j) else { return false };
        let Some(n) = ordinal_word(w) else {
            return false;
        };
        let prev = if j > 0 { self.word(j - 1) } else { None };
        let det = prev.is_some_and(|p| {
            matches!(
                p,
                "the" | "our" | "its" | "his" | "her" | "their" | "my" | "your" | "this" | "a"
            )
        });
        let before_noun = self.word(j + 1).is_some_and(|n| {
            !matches!(
                n,
                "of" | "and"
                    | "or"
                    | "to"
                    | "is"
                    | "was"
                    | "time"
                    | "thing"
                    | "place"
                    | "step"
                    | "stage"
                    | "half"
                    | "quarter"
                    | "glance"
                    | "hand"
                    | "world"
                    | "part"
                    | "round"
                    | "reading"
                    | "priority"
                    | "phase"
                    | "question"
                    | "issue"
                    | "point"
                    | "wave"
                    | "level"
            )
        });
        // "eleventh", "the twentieth": from "third" on, no determiner is needed, only not
        // a list marker ("Third, …").
        let unmarked =
            n >= 3.0 && !self.is_punct(j + 1, ",") && (before_noun || self.word(j + 1).is_none());
        if unmarked {
            return true;
        }
        if !det || !before_noun || w == "second" && self.word(j + 1).is_none() {
            return false;
        }
        true
    }
}
