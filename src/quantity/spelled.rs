//! Spelled-out numbers, read from a run of number words.
//!
//! In: the words of a run, already classified into [`Atom`]s by the quantity parser
//! ("three", "hundred", "and", "two", "dozens"). Out: a [`Reading`]: the value, how many
//! atoms it used, and whether it is a cardinal, a fraction or an ordinal.
//!
//! The grammar, in short:
//! - a cardinal is groups below a thousand ("three hundred and two"), each followed by a
//!   falling scale ("four million two thousand"); digits may stand for a group ("4
//!   thousand 3 hundred and 21"); "and" closes a group after "hundred" or a scale;
//! - a fraction is a numerator and a denominator word ("two thirds", "a fifth"); the
//!   denominator takes the longest compound ordinal that leaves a numerator ("one hundred
//!   thirty fifths" is 100/35, "twenty twenty fifths" is 20/25, "twenty one fifths" 21/5);
//! - a mixed number is a whole, "and", and a proper fraction ("two and a half", "one
//!   million and a half" = 1,500,000: after a scale the fraction is of the scale);
//! - an ordinal is a cardinal whose last word is ordinal ("one hundred twenty-fifth",
//!   "two hundredth", "three trillionth").

/// One word of a spelled number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Atom {
    /// A number word below a hundred, or digits standing for a group.
    Num(f64, Class),
    /// "hundred".
    Hundred,
    /// A scale of a thousand or more ("thousand", "million", "lakh", "crore").
    Scale(f64),
    /// "a" or "an": one, before a scale, a dozen or a denominator.
    A,
    /// "and".
    And,
    /// "dozen", "dozens", "dz".
    Dozen,
    /// An ordinal or denominator word: "fifth(s)", "thirtieth", "hundredths", "half".
    Ord(Ordinal),
}

/// What kind of number word an [`Atom::Num`] is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Class {
    /// zero to nine.
    Unit,
    /// ten to nineteen.
    Teen,
    /// twenty, thirty, … ninety.
    Tens,
    /// Written in digits.
    Digits,
}

/// An ordinal word, as a number and as a denominator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Ordinal {
    /// The cardinal it names: 5 for "fifth", 100 for "hundredth", 2 for "half".
    pub value: f64,
    /// Plural ("fifths"): only a denominator.
    pub plural: bool,
    /// "hundredth", "thousandth", …: multiplies what comes before it.
    pub scale: bool,
    /// "half", "quarter": never an ordinal.
    pub fraction_only: bool,
}

/// What a run of atoms reads as.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Form {
    Cardinal,
    Fraction,
    Ordinal,
}

/// A spelled number read from the atoms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Reading {
    pub value: f64,
    /// Atoms used, from the first.
    pub len: usize,
    pub form: Form,
    /// A scale word of a thousand or more was used.
    pub scaled: bool,
    /// A single "one" or "a" and nothing else.
    pub lone_one: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Start,
    /// After a one-word number: its class and whether the group has a hundred.
    Number(Class),
    /// After "a".
    A,
    Hundred,
    Scale,
    And,
    Dozen,
}

/// The longest cardinal at the start of `atoms`: its value, atoms used, whether a scale
/// was used, and the last scale (1 when none). `lenient` also reads "twenty and three".
fn cardinal(atoms: &[Atom], lenient: bool) -> Option<(f64, usize, bool, f64)> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut group_has_hundred = false;
    let mut last_small = 0.0;
    let mut last_scale = f64::INFINITY;
    let mut state = State::Start;
    let mut best: Option<(f64, usize, bool, f64)> = None;
    let mut before_and: Option<(f64, usize, bool, f64)> = None;
    let mut scaled = false;
    for (i, a) in atoms.iter().enumerate() {
        let ok = match *a {
            Atom::Num(v, class) => {
                let fits = match state {
                    State::Start | State::Hundred | State::Scale | State::And => {
                        // Digits after "and" only below a hundred ("3 hundred and 21").
                        class != Class::Digits
                            || state == State::Start
                            || state == State::Scale
                            || v < 100.0 && v > 0.0
                    }
                    State::Number(Class::Tens) => class == Class::Unit && v > 0.0,
                    _ => false,
                };
                // "twenty and three": only when reading leniently (the whole of a mixed number).
                let fits = fits
                    && (state != State::And
                        || group_has_hundred
                        || total > 0.0
                        || lenient && group > 0.0);
                if fits {
                    group += v;
                    last_small = if state == State::Number(Class::Tens) {
                        last_small + v
                    } else {
                        v
                    };
                    state = State::Number(class);
                }
                fits
            }
            Atom::A => {
                let fits = state == State::Start
                    && matches!(
                        atoms.get(i + 1),
                        Some(Atom::Hundred | Atom::Scale(_) | Atom::Dozen)
                    );
                if fits {
                    group = 1.0;
                    state = State::A;
                }
                fits
            }
            Atom::Hundred => {
                let fits = matches!(state, State::Number(_) | State::A)
                    && !group_has_hundred
                    && group < 100.0;
                if fits {
                    group *= 100.0;
                    group_has_hundred = true;
                    state = State::Hundred;
                } else if let Some(b) = before_and.take() {
                    // "3 hundred and 2 hundred": two numbers.
                    return Some(b);
                }
                fits
            }
            Atom::Scale(s) => {
                let fits = match state {
                    State::Number(_) | State::A | State::Hundred | State::Dozen => s < last_scale,
                    // "three lakh crore", "hundred thousand": a scale of a scale.
                    State::Scale => group == 0.0 && total > 0.0 && s > 1.0,
                    _ => false,
                };
                if fits {
                    if state == State::Scale {
                        total *= s;
                        last_scale = last_scale.min(s) * s;
                    } else {
                        total += group * s;
                        last_scale = s;
                    }
                    group = 0.0;
                    group_has_hundred = false;
                    scaled = true;
                    state = State::Scale;
                } else if let Some(b) = before_and.take() {
                    return Some(b);
                }
                fits
            }
            Atom::And => {
                let fits = matches!(state, State::Hundred | State::Scale)
                    || lenient && matches!(state, State::Number(_));
                if fits {
                    before_and = best;
                    state = State::And;
                }
                fits
            }
            Atom::Dozen => {
                // "three hundred and two dozens": the dozen multiplies the last small number.
                let fits = matches!(state, State::Number(_) | State::A);
                if fits {
                    let small = if state == State::A { 1.0 } else { last_small };
                    group += small * 11.0;
                    state = State::Dozen;
                }
                fits
            }
            Atom::Ord(_) => false,
        };
        if !ok {
            break;
        }
        if !matches!(state, State::And | State::A) {
            let last = if last_scale.is_finite() {
                last_scale
            } else {
                1.0
            };
            best = Some((total + group, i + 1, scaled, last));
        }
    }
    best
}

/// The cardinal reading of all of `atoms`, or None.
fn whole(atoms: &[Atom], lenient: bool) -> Option<f64> {
    if atoms == [Atom::A] {
        return Some(1.0);
    }
    cardinal(atoms, lenient).and_then(|(v, n, _, _)| (n == atoms.len()).then_some(v))
}

/// Whether atoms before an ordinal word can form one compound ordinal with it: they
/// start with a number word and end where an ordinal can follow ("thirty fifth", "one
/// hundred fifth", "one thousand fifths").
fn compound_prefix(atoms: &[Atom], ord: Ordinal) -> Option<f64> {
    if ord.scale || ord.fraction_only {
        return None;
    }
    // "one hundred and fifth": "and" may close the compound after a hundred or a scale.
    let atoms = match atoms {
        [rest @ .., Atom::Hundred | Atom::Scale(_), Atom::And] => &atoms[..rest.len() + 1],
        _ => atoms,
    };
    let first_is_word = matches!(atoms.first(), Some(Atom::Num(_, c)) if *c != Class::Digits);
    if !first_is_word {
        return None;
    }
    let closes = match atoms.last()? {
        Atom::Num(_, Class::Tens) => ord.value < 10.0,
        Atom::Hundred | Atom::Scale(_) => true,
        _ => false,
    };
    if !closes {
        return None;
    }
    whole(atoms, false)
}

/// Reads the spelled number at the start of `atoms`.
pub(super) fn read(atoms: &[Atom]) -> Option<Reading> {
    // The words before the first ordinal word.
    let p = atoms
        .iter()
        .position(|a| matches!(a, Atom::Ord(_)))
        .unwrap_or(atoms.len());
    let cardinal_reading = || {
        cardinal(&atoms[..p], false).map(|(value, len, scaled, _)| Reading {
            value,
            len,
            form: Form::Cardinal,
            scaled,
            lone_one: len == 1 && value == 1.0 && matches!(atoms[0], Atom::Num(_, Class::Unit)),
        })
    };
    let Some(&Atom::Ord(ord)) = atoms.get(p) else {
        return cardinal_reading();
    };
    let mut len = p + 1;
    let fraction = |value: f64, len: usize| Reading {
        value,
        len,
        form: Form::Fraction,
        scaled: false,
        lone_one: false,
    };
    if p == 0 {
        // "half" alone; a lone ordinal word ("fifth") is the caller's to judge.
        return Some(if ord.fraction_only {
            Reading {
                lone_one: true,
                ..fraction(1.0 / ord.value, 1)
            }
        } else {
            Reading {
                value: ord.value,
                len: 1,
                form: Form::Ordinal,
                scaled: false,
                lone_one: false,
            }
        });
    }
    // The longest compound denominator that leaves a numerator.
    for s in 1..p {
        if let Some(d) = compound_prefix(&atoms[s..p], ord)
            && let Some(n) = whole(&atoms[..s], false)
            // A singular denominator only after "one" or "a": "one twenty-fifth".
            && (ord.plural || n == 1.0)
        {
            return Some(fraction(n / (d + ord.value), len));
        }
    }
    let numerator = &atoms[..p];
    let one = numerator == [Atom::A] || numerator == [Atom::Num(1.0, Class::Unit)];
    // A mixed number: whole, "and", a proper fraction.
    if let Some(q) = numerator.iter().rposition(|a| *a == Atom::And)
        && q > 0
        && let Some(f) = whole(&numerator[q + 1..], false)
        && f < ord.value
        && let Some(w) = whole(&numerator[..q], true)
    {
        let scale = match numerator[q - 1] {
            Atom::Scale(_) => cardinal(&numerator[..q], true).map_or(1.0, |c| c.3),
            _ => 1.0,
        };
        let mut part = f / ord.value;
        let mut w = w;
        let mut scaled = scale > 1.0;
        if let Some(Atom::Scale(s)) = atoms.get(len) {
            if scaled {
                // "one billion and three quarters million"
                part *= s;
            } else {
                // "one and a half billion"
                w *= s;
                part *= s;
            }
            scaled = true;
            len += 1;
        } else {
            part *= scale;
        }
        return Some(Reading {
            value: w + part,
            len,
            form: Form::Cardinal,
            scaled,
            lone_one: false,
        });
    }
    let Some(n) = whole(numerator, false) else {
        return cardinal_reading();
    };
    if ord.plural || ord.fraction_only || one {
        return Some(fraction(n / ord.value, len));
    }
    // An ordinal: "two hundredth", "one hundred twenty-fifth".
    if ord.scale {
        return Some(Reading {
            value: n * ord.value,
            len,
            form: Form::Ordinal,
            scaled: false,
            lone_one: false,
        });
    }
    match compound_prefix(numerator, ord) {
        Some(v) => Some(Reading {
            value: v + ord.value,
            len,
            form: Form::Ordinal,
            scaled: false,
            lone_one: false,
        }),
        None => cardinal_reading(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn u(v: f64) -> Atom {
        Atom::Num(v, Class::Unit)
    }
    const fn t(v: f64) -> Atom {
        Atom::Num(v, Class::Tens)
    }
    const fn ord(v: f64, plural: bool) -> Atom {
        Atom::Ord(Ordinal {
            value: v,
            plural,
            scale: v >= 100.0,
            fraction_only: false,
        })
    }
    const H: Atom = Atom::Hundred;
    const AND: Atom = Atom::And;
    const M: Atom = Atom::Scale(1e6);
    const HALF: Atom = Atom::Ord(Ordinal {
        value: 2.0,
        plural: false,
        scale: false,
        fraction_only: true,
    });

    fn value(atoms: &[Atom]) -> (f64, usize, Form) {
        let r = read(atoms).unwrap();
        (r.value, r.len, r.form)
    }

    #[test]
    fn cardinals() {
        assert_eq!(value(&[u(3.0), H, AND, u(2.0)]), (302.0, 4, Form::Cardinal));
        assert_eq!(value(&[t(20.0), u(1.0)]), (21.0, 2, Form::Cardinal));
        // "one two" is two numbers.
        assert_eq!(value(&[u(1.0), u(2.0)]).1, 1);
        // "3 hundred and 2 hundred": the first stops before "and".
        let d = |v| Atom::Num(v, Class::Digits);
        assert_eq!(value(&[d(3.0), H, AND, d(2.0), H]).0, 300.0);
        // "three hundred and two dozens" = 300 + 24.
        assert_eq!(value(&[u(3.0), H, AND, u(2.0), Atom::Dozen]).0, 324.0);
        // "three lakh crore"
        assert_eq!(value(&[u(3.0), Atom::Scale(1e5), Atom::Scale(1e7)]).0, 3e12);
    }

    #[test]
    fn fractions_take_the_longest_denominator() {
        // one hundred thirty fifths = 100/35; one hundred and thirty fifths = 130/5.
        let a = value(&[u(1.0), H, t(30.0), ord(5.0, true)]);
        assert!((a.0 - 100.0 / 35.0).abs() < 1e-12 && a.2 == Form::Fraction);
        assert_eq!(value(&[u(1.0), H, AND, t(30.0), ord(5.0, true)]).0, 26.0);
        // twenty fifths = 4; twenty twenty fifths = 0.8; twenty one fifths = 4.2.
        assert_eq!(value(&[t(20.0), ord(5.0, true)]).0, 4.0);
        assert_eq!(value(&[t(20.0), t(20.0), ord(5.0, true)]).0, 0.8);
        assert_eq!(value(&[t(20.0), u(1.0), ord(5.0, true)]).0, 4.2);
    }

    #[test]
    fn mixed_numbers_and_scales() {
        assert_eq!(value(&[u(2.0), AND, Atom::A, HALF]).0, 2.5);
        // "one million and a half" is a million and a half, not 1,000,000.5.
        assert_eq!(value(&[u(1.0), M, AND, Atom::A, HALF]).0, 1_500_000.0);
        // "one hundred and three quarters" = 100.75.
        let quarters = Atom::Ord(Ordinal {
            value: 4.0,
            plural: true,
            scale: false,
            fraction_only: true,
        });
        assert_eq!(value(&[u(1.0), H, AND, u(3.0), quarters]).0, 100.75);
    }

    #[test]
    fn ordinals() {
        assert_eq!(
            value(&[u(1.0), H, t(20.0), ord(5.0, false)]),
            (125.0, 4, Form::Ordinal)
        );
        assert_eq!(
            value(&[u(2.0), ord(100.0, false)]),
            (200.0, 2, Form::Ordinal)
        );
        // "a fifth" and "one fifth" are fractions.
        assert_eq!(value(&[Atom::A, ord(5.0, false)]), (0.2, 2, Form::Fraction));
        assert_eq!(value(&[u(1.0), ord(5.0, false)]), (0.2, 2, Form::Fraction));
    }
}
