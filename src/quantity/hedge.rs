//! Hedges: the words that qualify a figure, and the interval they shape.
//!
//! In: the tokens before a figure ("about", "more than", `>=`, "in the region of"), or
//! two hedged figures in a row ("more than 20 and less than 35"). Out: the [`Hedge`] and
//! where it ends, or the two bounds joined into one range; and [`shape`], which turns
//! a figure, its hedge and the rounding of its digits into the values it allows.

use super::number::Num;
use super::parse::{Figure, Parser};
use super::tokenize::T;
use super::words::small_number;
use super::{Hedge, Interval, Kind, Quantity};
use crate::span::Span;

/// Multi-word hedges before a figure, longest first: (words, hedge).
const PRE_HEDGES: &[(&[&str], Hedge)] = &[
    (&["in", "the", "region", "of"], Hedge::Approximate),
    (&["on", "the", "order", "of"], Hedge::Approximate),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["equal", "to", "or", "less", "than"], Hedge::AtMost),
    (&["equal", "to", "or", "fewer", "than"], Hedge::AtMost),
    (&["equal", "to", "or", "lower", "than"], Hedge::AtMost),
    (&["equal", "to", "or", "more", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "greater", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "higher", "than"], Hedge::AtLeast),
    (&["at", "least", "or", "equal", "to"], Hedge::AtLeast),
    (&["at", "most", "or", "equal", "to"], Hedge::AtMost),
    (&["greater", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["more", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["less", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["higher", "or", "equal", "than"], Hedge::AtLeast),
    (&["bigger", "or", "equal", "than"], Hedge::AtLeast),
    (&["larger", "or", "equal", "than"], Hedge::AtLeast),
    (&["greater", "or", "equal", "than"], Hedge::AtLeast),
    (&["lower", "or", "equal", "than"], Hedge::AtMost),
    (&["smaller", "or", "equal", "than"], Hedge::AtMost),
    (&["less", "or", "equal", "than"], Hedge::AtMost),
    (&["bigger", "than"], Hedge::MoreThan),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["not", "more", "than"], Hedge::AtMost),
    (&["a", "little", "over"], Hedge::MoreThan),
    (&["a", "little", "more", "than"], Hedge::MoreThan),
    (&["slightly", "more", "than"], Hedge::MoreThan),
    (&["slightly", "over"], Hedge::MoreThan),
    (&["slightly", "less", "than"], Hedge::Nearly),
    (&["just", "over"], Hedge::MoreThan),
    (&["just", "under"], Hedge::Nearly),
    (&["just", "below"], Hedge::Nearly),
    (&["just", "above"], Hedge::MoreThan),
    (&["just", "about"], Hedge::Approximate),
    (&["more", "than"], Hedge::MoreThan),
    (&["greater", "than"], Hedge::MoreThan),
    (&["higher", "than"], Hedge::MoreThan),
    (&["larger", "than"], Hedge::MoreThan),
    (&["less", "than"], Hedge::LessThan),
    (&["fewer", "than"], Hedge::LessThan),
    (&["lower", "than"], Hedge::LessThan),
    (&["smaller", "than"], Hedge::LessThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["at", "most"], Hedge::AtMost),
    (&["up", "to"], Hedge::AtMost),
    (&["close", "to"], Hedge::Approximate),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["an", "estimated"], Hedge::Approximate),
    (&["equal", "to"], Hedge::Exact),
    (&["equals", "to"], Hedge::Exact),
    (&["equaling", "to"], Hedge::Exact),
    (&["equalling", "to"], Hedge::Exact),
    (&["equals"], Hedge::Exact),
    (&["about"], Hedge::Approximate),
    (&["around"], Hedge::Approximate),
    (&["approximately"], Hedge::Approximate),
    (&["approx"], Hedge::Approximate),
    (&["roughly"], Hedge::Approximate),
    (&["some"], Hedge::Approximate),
    (&["circa"], Hedge::Approximate),
    (&["ca"], Hedge::Approximate),
    (&["almost"], Hedge::Nearly),
    (&["nearly"], Hedge::Nearly),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["exceeds"], Hedge::MoreThan),
    (&["exceeded"], Hedge::MoreThan),
    (&["exceeding"], Hedge::MoreThan),
    (&["exceed"], Hedge::MoreThan),
    (&["surpasses"], Hedge::MoreThan),
    (&["surpassed"], Hedge::MoreThan),
    (&["surpass"], Hedge::MoreThan),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
    (&["max"], Hedge::AtMost),
    (&["min"], Hedge::AtLeast),
];

/// A verb of change that "up to" can follow as the figure reached ("ticked up to 5.5%").
fn is_change_verb(w: &str) -> bool {
    let base = ["ed", "es", "s", "ing"]
        .iter()
        .find_map(|suffix| w.strip_suffix(suffix))
        .unwrap_or(w);
    matches!(
        base,
        "tick"
            | "inch"
            | "edg"
            | "mov"
            | "went"
            | "go"
            | "gone"
            | "revis"
            | "rais"
            | "crept"
            | "creep"
            | "shot"
            | "shoot"
            | "bump"
            | "push"
            | "jump"
            | "climb"
            | "rose"
            | "ris"
            | "risen"
            | "step"
            | "stepp"
            | "ratchet"
            | "grew"
            | "grow"
            | "surg"
            | "soar"
            | "shift"
            | "drift"
            | "pick"
            | "picked"
            | "trend"
            | "round"
            | "revise"
            | "raise"
            | "move"
            | "rise"
            | "edge"
            | "surge"
            | "come"
            | "came"
    )
}

/// Whether a word can open a hedge of [`PRE_HEDGES`] (a `match`, which the compiler
/// turns into a few length and byte tests: this runs for every word).
pub(super) fn is_hedge_start(w: &str) -> bool {
    matches!(
        w,
        "a" | "about"
            | "above"
            | "almost"
            | "an"
            | "approx"
            | "approximately"
            | "around"
            | "at"
            | "below"
            | "bigger"
            | "ca"
            | "circa"
            | "close"
            | "equal"
            | "equaling"
            | "equalling"
            | "equals"
            | "exceed"
            | "exceeded"
            | "exceeding"
            | "exceeds"
            | "fewer"
            | "greater"
            | "higher"
            | "in"
            | "just"
            | "larger"
            | "less"
            | "lower"
            | "max"
            | "min"
            | "more"
            | "nearly"
            | "no"
            | "not"
            | "on"
            | "over"
            | "roughly"
            | "slightly"
            | "smaller"
            | "some"
            | "surpass"
            | "surpassed"
            | "surpasses"
            | "under"
            | "up"
            | "upwards"
    )
}

impl Parser<'_> {
    /// The hedges after a figure, in this order: "or equal to" after a bound, a bound with
    /// no figure of its own ("5000 or more than", "10 and above" on an unhedged figure),
    /// then "or more", "or so", "or less", "-odd", `+`, "plus". Moves the figure's end past
    /// them.
    pub(super) fn hedge_after(&self, hedge: Option<Hedge>, fig: &mut Figure) -> Option<Hedge> {
        // Post hedges: `or more`, `or so`, `plus`; a bound that is not followed by a figure
        // of its own ("equal to 5000 or less than 6000" is two statements).
        let mut hedge = hedge;
        let mut k = fig.k;
        if matches!(hedge, Some(Hedge::MoreThan | Hedge::LessThan))
            && self.word(k) == Some("or")
            && let Some(m) = self.equal_to_end(k + 1)
        {
            (hedge, k) = self.or_equal_to(hedge, k, m);
        }
        if matches!(hedge, None | Some(Hedge::Exact | Hedge::Approximate))
            && fig.hi.is_none()
            && let Some((h, n)) = self.or_bound_at(k)
        {
            hedge = Some(h);
            k += n;
        }
        if hedge.is_none()
            && let Some((h, n)) = self.trailing_hedge_at(k)
        {
            hedge = Some(h);
            k += n;
        }
        fig.k = k;
        hedge
    }

    /// Whether no figure starts at `m` (no digits, no number word).
    fn no_figure_at(&self, m: usize) -> bool {
        self.toks.get(m).is_none_or(|t| {
            t.kind != T::Num && self.word(m).is_none_or(|w| small_number(w).is_none())
        })
    }

    /// Whether "equal" ("equal to", "equal to it") is at `m`: where it ends.
    fn equal_to_end(&self, m: usize) -> Option<usize> {
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
    }

    /// "more than 5000 or equal to" (the "or" at `k`, "equal to" ending at `m`): the bound
    /// includes itself, unless a figure of its own follows; the hedge and the end.
    fn or_equal_to(&self, hedge: Option<Hedge>, k: usize, m: usize) -> (Option<Hedge>, usize) {
        let mut hedge = hedge;
        let mut k = k;
        // "more than 5000 or equal to": the bound includes itself.
        hedge = if hedge == Some(Hedge::MoreThan) {
            Some(Hedge::AtLeast)
        } else {
            Some(Hedge::AtMost)
        };
        if self.no_figure_at(m) {
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
        (hedge, k)
    }

    /// Whether "or more (than)", "and less (than)" and the like at `k` bound the figure,
    /// with no figure of its own after it: the bound and the tokens it takes.
    fn or_bound_at(&self, k: usize) -> Option<(Hedge, usize)> {
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
            if self.no_figure_at(k + n) {
                let h = if above.contains(&after_or) {
                    Hedge::AtLeast
                } else {
                    Hedge::AtMost
                };
                return Some((h, n));
            }
        }
        None
    }

    /// Whether a hedge follows an unhedged figure at `k` ("or more", "and above", "or so",
    /// "or less", "-odd", a glued `+`, "plus" with no figure after it): the hedge and its
    /// tokens.
    fn trailing_hedge_at(&self, k: usize) -> Option<(Hedge, usize)> {
        if self.words_match(k, &["or", "more"])
            || self.words_match(k, &["and", "more"])
            || self.words_match(k, &["and", "above"])
        {
            Some((Hedge::AtLeast, 2))
        } else if self.words_match(k, &["or", "so"]) {
            Some((Hedge::Approximate, 2))
        } else if self.words_match(k, &["or", "less"]) || self.words_match(k, &["or", "fewer"]) {
            Some((Hedge::AtMost, 2))
        } else if self.is_punct(k, "-") && self.glued(k) && self.word(k + 1) == Some("odd") {
            // "300-odd schools": three hundred and some.
            Some((Hedge::AtLeast, 2))
        } else if self.word(k) == Some("odd")
            || (self.is_punct(k, "+") && self.glued(k))
            || (self.word(k) == Some("plus")
                && self.word(k + 1).is_none_or(|w| small_number(w).is_none())
                && self.toks.get(k + 1).is_none_or(|t| t.kind != T::Num))
        {
            Some((Hedge::AtLeast, 1))
        } else {
            None
        }
    }

    /// A hedge at `i` ("about", "more than", `>=`) with a figure after it: the hedge and
    /// where the figure starts.
    pub(super) fn hedge_at(&self, i: usize) -> Option<(Hedge, usize)> {
        // `>10`, `>= 30`, `< = 100`, `≤ 5`.
        if self.toks.get(i).is_some_and(|t| t.kind == T::Punct) {
            let eq_next = self.is_punct(i + 1, "=");
            // `<>30`, `=>30` are no bounds.
            if i > 0 && self.glued(i) && matches!(self.raw(i - 1), "<" | ">" | "=") {
                return None;
            }
            let h = match self.raw(i) {
                ">" if eq_next => (Hedge::AtLeast, i + 2),
                "<" if eq_next => (Hedge::AtMost, i + 2),
                ">" => (Hedge::MoreThan, i + 1),
                "<" => (Hedge::LessThan, i + 1),
                "≥" => (Hedge::AtLeast, i + 1),
                "≤" => (Hedge::AtMost, i + 1),
                _ => return None,
            };
            let num_at = |m: usize| self.toks.get(m).is_some_and(|t| t.kind == T::Num);
            let ok = num_at(h.1) || self.is_punct(h.1, "-") && num_at(h.1 + 1);
            return ok.then_some(h);
        }
        if !is_hedge_start(self.word(i)?) {
            return None;
        }
        let w = self.word(i)?;
        // "ticked up to 5.5%", "revised up to 4.2%", "then up to 1,015": the figure
        // reached, not a ceiling.
        if w == "up"
            && i > 0
            && self
                .word(i - 1)
                .is_some_and(|p| is_change_verb(p) || p == "then")
        {
            return None;
        }
        PRE_HEDGES
            .iter()
            .find(|(ws, _)| ws[0] == w && self.words_match(i + 1, &ws[1..]))
            .map(|(ws, h)| (*h, i + ws.len()))
    }

    /// "more than 20 and less than 35", "at most 100 and at least 20": two bounds of one
    /// figure, joined into a range.
    pub(super) fn join_bounds(&self, q: Quantity, end: usize) -> (Quantity, usize) {
        let is_lower = |h: Hedge| matches!(h, Hedge::MoreThan | Hedge::AtLeast);
        let is_upper = |h: Hedge| matches!(h, Hedge::LessThan | Hedge::AtMost | Hedge::Nearly);
        if !(is_lower(q.hedge) || is_upper(q.hedge)) {
            return (q, end);
        }
        let mut k = end;
        if self.is_punct(k, ",") {
            k += 1;
        }
        if matches!(self.word(k), Some("and" | "but")) {
            k += 1;
        }
        if k == end
            || !self.hedge_at(k).is_some_and(|(h, _)| {
                is_lower(h) != is_lower(q.hedge) && (is_lower(h) || is_upper(h))
            })
        {
            return (q, end);
        }
        let Some((other, end2)) = self.quantity_at(k) else {
            return (q, end);
        };
        // "more than 20 and less than 35 percent": the unit of the second applies to both.
        let orig = q.clone();
        let mut q = q;
        if q.kind == Kind::Count
            && q.unit.is_none()
            && other.kind != Kind::Count
            && other.stated != 0.0
        {
            let factor = other.value / other.stated;
            q.interval = q.interval.scale(factor);
            q.value *= factor;
            q.kind = other.kind;
            q.unit = other.unit.clone();
        }
        if other.kind != q.kind || other.unit != q.unit {
            return (orig, end);
        }
        let (lo, hi) = if is_lower(q.hedge) {
            (&q, &other)
        } else {
            (&other, &q)
        };
        if lo.interval.lo > hi.interval.hi || lo.stated >= hi.stated {
            return (orig, end);
        }
        let interval = Interval {
            lo: lo.interval.lo,
            hi: hi.interval.hi,
            lo_open: lo.interval.lo_open,
            hi_open: hi.interval.hi_open,
        };
        let joined = Quantity {
            span: Span::new(q.span.start, other.span.end),
            figure: Span::new(q.figure.start, other.figure.end),
            value: lo.value,
            stated: lo.stated,
            interval,
            hedge: Hedge::Range,
            ..q.clone()
        };
        (joined, end2)
    }
}

/// Turns a parsed figure, hedge and unit factor into the stated value and its interval.
pub(super) fn shape(
    kind: Kind,
    lo: &Num,
    hi: Option<&Num>,
    hedge: Hedge,
    factor: f64,
) -> (f64, Interval) {
    let value = lo.value * factor;
    if matches!(kind, Kind::Year | Kind::Ordinal) {
        let top = hi.map_or(lo.value, |h| h.value);
        return (lo.value, Interval::closed(lo.value, top));
    }
    let slack = |n: &Num| n.half_unit * factor;
    if let Some(h) = hi {
        // A range states its bounds: no rounding slack, and "about" on a range adds nothing more.
        return (value, Interval::closed(value, h.value * factor));
    }
    let s = slack(lo);
    let approx = (0.05 * value.abs()).max(s);
    let floor = if value >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
    let iv = match hedge {
        // Rounding is half-open: "301" is [300.5, 301.5), so 301 and 302 do not meet.
        Hedge::Exact | Hedge::Range if s > 0.0 => Interval {
            lo: value - s,
            hi: value + s,
            lo_open: false,
            hi_open: true,
        },
        Hedge::Exact | Hedge::Range => Interval::closed(value - s, value + s),
        // "about 4,000" allows what rounds to 4,000, [3500, 4500), or 5% either way when
        // that is wider (then both ends are kept).
        Hedge::Approximate if approx <= s => Interval {
            lo: value - approx,
            hi: value + approx,
            lo_open: false,
            hi_open: true,
        },
        Hedge::Approximate => Interval::closed(value - approx, value + approx),
        Hedge::AtLeast => Interval {
            lo: value - s,
            hi: f64::INFINITY,
            lo_open: false,
            hi_open: true,
        },
        Hedge::MoreThan => Interval {
            lo: value,
            hi: f64::INFINITY,
            lo_open: true,
            hi_open: true,
        },
        Hedge::AtMost => Interval {
            lo: floor,
            hi: value + s,
            lo_open: false,
            hi_open: false,
        },
        Hedge::LessThan => Interval {
            // "less than 0 %": below zero, not the empty [0, 0).
            lo: if value == 0.0 {
                f64::NEG_INFINITY
            } else {
                floor
            },
            hi: value,
            lo_open: false,
            hi_open: true,
        },
        Hedge::Nearly => Interval {
            lo: value * 0.9,
            hi: value,
            lo_open: false,
            hi_open: false,
        },
    };
    (value, iv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hedge_can_start() {
        for (ws, _) in PRE_HEDGES {
            assert!(is_hedge_start(ws[0]), "{ws:?}");
        }
    }
}
