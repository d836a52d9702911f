//! Times: the period a figure is about, and figures that are only times.
//!
//! In: a sentence, its quantities and the transcript's date. Out: the [`Period`] the
//! sentence speaks of (a year, with a quarter or half, or a relative label resolved
//! against the date when it is known); whether a duration is a time window for another
//! figure and whether a year only dates one; and relative times and dates without a year,
//! resolved against the date.

use super::Period;
use super::clause::just_before;
use super::phrases::contains_phrase;
use crate::quantity::{self, Date, Hedge, Kind, Quantity};
use crate::span::Span;

/// Whether the words before a duration make it a time window ("over the past", "within").
pub(super) fn is_window(before: &str) -> bool {
    let b = before.trim_end();
    [
        "past",
        "next",
        "last",
        "coming",
        "within",
        "first",
        "previous",
        "recent",
        "following",
    ]
    .iter()
    .any(|w| b.ends_with(w))
}

/// "January 17" said on 17 March 2021 is 17 January 2021: the latest such date not after the event.
pub(super) fn resolve_year(q: &mut Quantity, d: Date, today: Date) {
    let (Some(y), Some(tm)) = (today.year, today.month) else {
        return;
    };
    let Some(m) = d.month else { return };
    let later = m > tm || (m == tm && d.day.unwrap_or(1) > today.day.unwrap_or(31));
    let full = Date {
        year: Some(if later { y.saturating_sub(1) } else { y }),
        ..d
    };
    if let Some((a, b)) = full.day_range() {
        q.date = Some(full);
        q.value = a as f64;
        q.interval = quantity::Interval::closed(a as f64, b as f64);
    }
}

pub(super) fn resolve_relative(q: &mut Quantity, r: quantity::Relative, today: Date) {
    use quantity::TimeUnit;
    let months = match r.unit {
        TimeUnit::Year => 12.0 * r.amount,
        TimeUnit::Decade => 120.0 * r.amount,
        TimeUnit::Month => r.amount,
        TimeUnit::Week | TimeUnit::Day => {
            if let Some((d, _)) = today.day_range() {
                let days = if r.unit == TimeUnit::Week {
                    7.0 * r.amount
                } else {
                    r.amount
                };
                let n = d as f64 - days;
                q.interval = quantity::Interval::closed(n - 1.0, n + 1.0);
                q.value = n;
                q.date = None;
                q.kind = Kind::Date;
            }
            return;
        }
    };
    let back = today.minus_months(months.round() as i32);
    if let Some((a, b)) = back.day_range() {
        // A relative date is as loose as its unit: "two months ago" is give or take a couple of weeks.
        let slack = if r.unit == TimeUnit::Month {
            15.0
        } else {
            60.0
        };
        q.interval = quantity::Interval::closed(a as f64 - slack, b as f64 + slack);
        q.value = a as f64;
        q.date = Some(back);
        q.kind = Kind::Date;
    }
}

/// A year that only dates the figure ("in the first six months of 2018") rather than being the point.
pub(super) fn is_period_year(stext: &str, q: &Quantity, base: usize) -> bool {
    let before = just_before(stext, q, base);
    let b = before.trim_end();
    b.ends_with(" of")
        || b.ends_with(" for")
        || b.ends_with(" in")
        || b.ends_with(" since")
        || b.ends_with(" by")
        || b.ends_with(" until")
        || b.ends_with(" from")
        || b.ends_with(" to")
        || b.ends_with(" during")
        || b.is_empty()
}

/// A year that is what the sentence asserts ("was signed in 2014", "will open in 2026").
pub(super) fn year_is_the_point(stext: &str, q: &Quantity, base: usize) -> bool {
    let before = just_before(stext, q, base);
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let verbs = [
        "signed",
        "open",
        "opened",
        "built",
        "founded",
        "established",
        "started",
        "began",
        "held",
        "adopted",
        "launched",
        "completed",
        "finished",
        "created",
        "elected",
        "appointed",
        "born",
        "died",
        "happened",
        "took",
        "introduced",
        "ratified",
        "concluded",
        "closed",
        "come",
        "came",
        "ended",
    ];
    let rest = stext[q.span.end - base..].trim_start();
    let ends = rest.is_empty() || rest.starts_with(['.', '?', '!', ',', ';']);
    words
        .iter()
        .skip(1)
        .take(3)
        .any(|w| verbs.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        && ends
}

/// The period a sentence speaks of: a year, "last year", "this year", a quarter or half.
pub(super) fn sentence_period(stext: &str, qs: &[Quantity], date: Option<Date>) -> Option<Period> {
    sentence_period_except(stext, qs, date, None)
}

/// Like [`sentence_period`], ignoring the quantity at `except` (a year that is itself the claim).
pub(super) fn sentence_period_except(
    stext: &str,
    qs: &[Quantity],
    date: Option<Date>,
    except: Option<Span>,
) -> Option<Period> {
    // (ASCII lower-cased byte by byte: the same as `to_lowercase` there, and cheaper.)
    let l = if stext.is_ascii() {
        stext.to_ascii_lowercase()
    } else {
        stext.to_lowercase()
    };
    // Each test below builds a substring searcher: one word first rules most sentences out.
    let (quarter, half, months) = (
        l.contains("quarter"),
        l.contains("half"),
        l.contains("months"),
    );
    let part = if quarter && l.contains("first quarter") {
        Some("q1")
    } else if quarter && l.contains("second quarter") {
        Some("q2")
    } else if quarter && l.contains("third quarter") {
        Some("q3")
    } else if quarter && l.contains("fourth quarter") {
        Some("q4")
    } else if months && l.contains("first six months") || half && l.contains("first half") {
        Some("h1")
    } else if half && l.contains("second half") {
        Some("h2")
    } else if (l.contains("year") || l.contains("annual"))
        && contains_phrase(
            &l,
            &[
                "full year",
                "full-year",
                "for the year",
                "whole year",
                "annual",
                "the entire year",
            ],
        )
    {
        Some("fy")
    } else {
        None
    };
    let this_year = date.and_then(|d| d.year);
    let rel = if !l.contains("year") {
        None
    } else if contains_phrase(
        &l,
        &[
            "last year",
            "past year",
            "previous year",
            "over the past year",
        ],
    ) {
        Some(("last year", -1))
    } else if contains_phrase(
        &l,
        &[
            "this year",
            "so far this year",
            "the current year",
            "by the end of this year",
            "by the end of the year",
            "this year's",
        ],
    ) {
        Some(("this year", 0))
    } else if contains_phrase(&l, &["next year"]) {
        Some(("next year", 1))
    } else {
        None
    };
    if let Some(y) = qs
        .iter()
        .find(|q| q.kind == Kind::Year && q.hedge != Hedge::Range && Some(q.span) != except)
    {
        return Some(Period::Year(y.value as i32, part));
    }
    match (rel, this_year) {
        (Some((_, off)), Some(y)) => Some(Period::Year(y.saturating_add(off), part)),
        (Some((name, _)), None) => Some(Period::Relative(name)),
        (None, _) => part.map(Period::Relative),
    }
}
