//! Table-driven tests of the quantity stage: one row per phenomenon, in running text of
//! our own. Each row gives the text, the span that must be read (as written), the kind,
//! and the value in the quantity's base unit.

use discrepancy::quantity::{self, Anchor, Hedge, Kind};

/// (text, span as written, kind, value)
const READS: &[(&str, &str, Kind, f64)] = &[
    // Spelled numbers, fractions and mixed numbers.
    (
        "three hundred and two dozen eggs",
        "three hundred and two dozen",
        Kind::Count,
        324.0,
    ),
    (
        "we need one million and a half doses",
        "one million and a half",
        Kind::Count,
        1.5e6,
    ),
    (
        "two and a quarter litres",
        "two and a quarter litres",
        Kind::Measure,
        2.25,
    ),
    (
        "two thirds of a million people",
        "two thirds of a million",
        Kind::Count,
        2e6 / 3.0,
    ),
    (
        "a quarter million tonnes",
        "a quarter million tonnes",
        Kind::Measure,
        2.5e8,
    ),
    (
        "one hundred and three quarters",
        "one hundred and three quarters",
        Kind::Count,
        100.75,
    ),
    ("it rose by one fifth", "one fifth", Kind::Fraction, 0.2),
    (
        "the ninety-fifth session",
        "ninety-fifth",
        Kind::Ordinal,
        95.0,
    ),
    (
        "the one hundred twenty-first day",
        "one hundred twenty-first",
        Kind::Ordinal,
        121.0,
    ),
    (
        "4 thousand 3 hundred and 21 votes",
        "4 thousand 3 hundred and 21",
        Kind::Count,
        4321.0,
    ),
    (
        "three lakh crore rupees",
        "three lakh crore rupees",
        Kind::Money,
        3e12,
    ),
    // Digits in other notations.
    ("the constant is 6.02e23", "6.02e23", Kind::Count, 6.02e23),
    (
        "a ratio of one over three",
        "one over three",
        Kind::Fraction,
        1.0 / 3.0,
    ),
    (
        "The result is 12,34,567.89",
        "12,34,567.89",
        Kind::Count,
        1_234_567.89,
    ),
    // Money.
    (
        "it cost 3 dollars 50 cents",
        "3 dollars 50 cents",
        Kind::Money,
        3.5,
    ),
    ("a fee of 10 € was paid", "10 €", Kind::Money, 10.0),
    (
        "they lost 75 USD million",
        "75 USD million",
        Kind::Money,
        7.5e7,
    ),
    ("a 12-cent dividend", "12-cent", Kind::Money, 0.12),
    // Units.
    ("a six-mile walk", "six-mile", Kind::Measure, 6.0 * 1609.344),
    (
        "he is 5 ft 2 in tall",
        "5 ft 2 in",
        Kind::Measure,
        (5.0 + 2.0 / 12.0) * 0.3048,
    ),
    (
        "at 36 kilometres per hour",
        "36 kilometres per hour",
        Kind::Measure,
        10.0,
    ),
    ("1/2 cup of milk", "1/2 cup", Kind::Measure, 0.5 * 0.236_588),
    ("the wall is 1.8m tall", "1.8m", Kind::Measure, 1.8),
    (
        "16,000 metric tons of grain",
        "16,000 metric tons",
        Kind::Measure,
        1.6e7,
    ),
    // Bounds.
    ("scores >= 30 pass", ">= 30", Kind::Count, 30.0),
    (
        "five hundred or more cases",
        "five hundred or more",
        Kind::Count,
        500.0,
    ),
];

fn find_one(text: &str, written: &str) -> quantity::Quantity {
    let qs = quantity::find(text);
    qs.iter()
        .find(|q| &text[q.span.start..q.span.end] == written)
        .cloned()
        .unwrap_or_else(|| {
            let got: Vec<&str> = qs.iter().map(|q| &text[q.span.start..q.span.end]).collect();
            panic!("{text:?}: no quantity spanning {written:?}; got {got:?}")
        })
}

#[test]
fn phenomena_read_with_span_kind_and_value() {
    for &(text, written, kind, value) in READS {
        let q = find_one(text, written);
        assert_eq!(q.kind, kind, "{text:?}");
        let tol = 1e-9 * value.abs().max(1.0);
        assert!(
            (q.value - value).abs() <= tol,
            "{text:?}: {} != {value}",
            q.value
        );
    }
}

#[test]
fn hedges_shape_the_interval() {
    let q = find_one("more than half of the schools", "more than half");
    assert_eq!((q.hedge, q.value), (Hedge::MoreThan, 0.5));
    assert!(!q.interval.contains(0.5) && q.interval.contains(0.6));
    let q = find_one("about 1 in 4 or more", "about 1 in 4 or more");
    assert_eq!(q.hedge, Hedge::AtLeast);
    assert!(q.interval.contains(0.25) && !q.interval.contains(0.2));
    let q = find_one("it is equal to or less than 30", "equal to or less than 30");
    assert_eq!(q.hedge, Hedge::AtMost);
    assert!(q.interval.contains(30.0) && !q.interval.contains(31.0));
    // Rounding is half-open: 301 and 302 do not meet.
    let a = find_one("301 schools", "301");
    let b = find_one("302 schools", "302");
    assert!(!a.interval.overlaps(&b.interval));
    let q = find_one("values <-30 are rare", "<-30");
    assert_eq!((q.hedge, q.value), (Hedge::LessThan, -30.0));
    // "about 4,000" allows what rounds to 4,000: half-open like the rounding itself.
    let q = find_one("about 4,000 students", "about 4,000");
    assert!(q.interval.contains(3500.0) && q.interval.contains(4499.0));
    assert!(!q.interval.contains(4500.0));
    // Where 5% is wider than the rounding, both ends are kept: "about 340" is [323, 357].
    let q = find_one("about 340 schools", "about 340");
    assert!(q.interval.contains(323.0) && q.interval.contains(357.0));
    // "up to" is a ceiling, except after a verb of change, where it is the figure reached.
    let q = find_one(
        "we will invest up to 5 billion roubles",
        "up to 5 billion roubles",
    );
    assert_eq!(q.hedge, Hedge::AtMost);
    for text in [
        "the jobless rate ticked up to 5.5%",
        "growth was revised up to 5.5%",
        "unemployment rises up to 5.5%",
    ] {
        let q = find_one(text, "5.5%");
        assert_eq!(q.hedge, Hedge::Exact, "{text}");
    }
}

/// Text that holds no quantity, or not the one a naive reader sees.
#[test]
fn not_quantities() {
    for text in [
        "call +1-222-2222-2222 now",
        "a 5G network",
        "it will last for years",
        "one of the best",
        "First, we met; second, we agreed.",
        "it took twenty seconds",
        "the Nord Stream 2 project",
        "at Kudankulam Unit 1 today",
    ] {
        let qs = quantity::find(text);
        let wrong: Vec<_> = qs
            .iter()
            .filter(|q| q.kind != Kind::Duration)
            .map(|q| &text[q.span.start..q.span.end])
            .collect();
        assert!(wrong.is_empty(), "{text:?}: {wrong:?}");
    }
    // "a $300 million contract" is US dollars, not Australian ("A$").
    let q = find_one("won a $300 million contract", "$300 million");
    assert_eq!(q.unit.as_deref(), Some("USD"));
    // "twenty seconds" is a duration, not twenty halves.
    let q = find_one("it took twenty seconds", "twenty seconds");
    assert_eq!(q.kind, Kind::Duration);
    // "3 hundred and 2 hundred" is two numbers.
    let qs = quantity::find("3 hundred and 2 hundred");
    assert_eq!(
        qs.iter().map(|q| q.value).collect::<Vec<_>>(),
        [300.0, 200.0]
    );
}

#[test]
fn multiples_of_another_figure() {
    let q = find_one("Nearly twice that.", "Nearly twice that");
    assert_eq!(
        (q.unit.as_deref(), q.stated),
        (Some(quantity::MULTIPLE), 2.0)
    );
    assert_eq!(q.hedge, Hedge::Nearly);
    let q = find_one("three times as many schools", "three times as many");
    assert_eq!(q.stated, 3.0);
    // "twice" alone is a count of events, not a multiple.
    assert!(quantity::find("I went there twice").is_empty());
}

#[test]
fn dates_and_relative_times() {
    let q = find_one("on 22 February 2022 we met", "22 February 2022");
    assert_eq!(q.kind, Kind::Date);
    let d = q.date.unwrap();
    assert_eq!((d.year, d.month, d.day), (Some(2022), Some(2), Some(22)));
    let q = find_one("on March 5th, 2019 it opened", "March 5th, 2019");
    assert_eq!(q.date.unwrap().day, Some(5));
    let q = find_one("by November 2020", "November 2020");
    assert_eq!(
        (q.date.unwrap().month, q.date.unwrap().day),
        (Some(11), None)
    );
    let q = find_one("in 2003–2004", "2003–2004");
    assert_eq!((q.kind, q.hedge), (Kind::Year, Hedge::Range));
    // A relative time waits for the transcript's date.
    let q = find_one("it started three months ago", "three months ago");
    let r = q.relative.unwrap();
    assert_eq!((r.amount, r.unit), (3.0, quantity::TimeUnit::Month));
    // "two decades" is a duration; "last year" and "the first quarter" are no figures.
    assert_eq!(
        find_one("for two decades", "two decades").kind,
        Kind::Duration
    );
    assert!(quantity::find("last year").is_empty());
    assert!(quantity::find("in the first quarter").is_empty());
}

#[test]
fn positions_and_unit_mentions() {
    let p = quantity::positions("delete the last but one and then the next");
    assert_eq!(
        p.iter().map(|p| (p.anchor, p.offset)).collect::<Vec<_>>(),
        [(Anchor::End, -1), (Anchor::Current, 1)]
    );
    let m = quantity::unit_mentions("the dollar fell against 143 yen");
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].kind, m[0].unit.as_str()), (Kind::Money, "USD"));
}
