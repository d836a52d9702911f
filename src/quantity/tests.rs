//! Tests of the whole reading: sentences in, quantities out.

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
fn a_unit_and_a_half() {
    assert_eq!(one("it took a year and a half").value, 1.5 * 365.25);
    assert_eq!(one("an hour and a half").kind, Kind::Duration);
    assert_eq!(one("an hour and a half").value, 1.5 / 24.0);
    assert_eq!(one("two years and a half").value, 2.5 * 365.25);
    assert!((one("a mile and a half away").value - 1.5 * 1609.344).abs() < 1e-6);
    // Known to the half unit: "a year and a half" is not "two years".
    assert!(!one("a year and a half").interval.contains(2.0 * 365.25));
    // The half of something else, and a day counted back, are no amount of time.
    let kinds = |s: &str| find(s).into_iter().map(|q| q.kind).collect::<Vec<_>>();
    assert!(!kinds("It took a year, and a half of the staff left.").contains(&Kind::Duration));
    assert!(!kinds("a year and a half ago").contains(&Kind::Duration));
}

#[test]
fn early_years_are_said_as_years_and_then_up_to_is_a_level() {
    let q = find("Then up to 1015, 1100...");
    let kinds: Vec<(Kind, Hedge)> = q.iter().map(|q| (q.kind, q.hedge)).collect();
    assert_eq!(
        kinds,
        [(Kind::Count, Hedge::Exact), (Kind::Count, Hedge::Exact)]
    );
    assert_eq!(one("the town was founded in 1612").kind, Kind::Year);
    assert_eq!(one("a cathedral built since 1480").kind, Kind::Year);
    assert_eq!(one("we met in 1998").kind, Kind::Year);
    // A ceiling elsewhere.
    assert_eq!(one("up to 500 people").hedge, Hedge::AtMost);
}

#[test]
fn a_scale_left_unsaid_is_that_of_the_figure_answered() {
    assert_eq!(dropped_scale(&one("$2.7 million"), &one("2.7")), 1e6);
    assert_eq!(dropped_scale(&one("45,000 visitors"), &one("45")), 1e3);
    assert_eq!(dropped_scale(&one("£12 billion"), &one("9")), 1e9);
    // Near already, or no count, or nothing to drop.
    assert_eq!(dropped_scale(&one("1,200 people"), &one("900")), 1.0);
    assert_eq!(
        dropped_scale(&one("$2.7 million"), &one("2.7 percent")),
        1.0
    );
    assert_eq!(dropped_scale(&one("12 schools"), &one("9")), 1.0);
    // No power of a thousand brings it within three times.
    assert_eq!(dropped_scale(&one("45,000 visitors"), &one("4")), 1.0);
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
fn vague_magnitudes_before_of_are_ranges() {
    let q = one("hundreds of schools closed");
    assert_eq!((q.kind, q.hedge), (Kind::Count, Hedge::Range));
    assert!(
        q.interval.contains(612.0) && !q.interval.contains(64.0) && !q.interval.contains(1500.0)
    );
    let q = one("tens of thousands of people came");
    assert!(q.interval.contains(28_000.0) && !q.interval.contains(3_000.0));
    let q = one("several tens of thousands?");
    assert!(q.interval.contains(28_000.0));
    let q = one("I paid millions of dollars in tax");
    assert_eq!((q.kind, q.unit.as_deref()), (Kind::Money, Some("USD")));
    assert!(!q.interval.contains(600.0));
    assert!(one("a handful of cases").interval.contains(4.0));
    // Without "of", or in an idiom, no figure.
    assert!(find("they came in their hundreds").is_empty());
    assert!(find("it is worth millions").is_empty());
    assert!(find("thousands and thousands of lives").is_empty());
}

#[test]
fn odd_after_a_figure_is_at_least_it() {
    for s in ["the 300-odd schools", "his 300 odd schools"] {
        let q = one(s);
        assert_eq!(q.hedge, Hedge::AtLeast, "{s}");
        assert!(
            q.interval.contains(341.0) && !q.interval.contains(299.0),
            "{s}"
        );
    }
    // "Odd" elsewhere is a word like another.
    assert_eq!(one("an odd 300 schools").hedge, Hedge::Exact);
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
    // A day spelled as an ordinal, before "of" and a month, or after a month and "the".
    let day = |t: &str| one(t).date.map(|d| (d.year, d.month, d.day));
    assert_eq!(
        day("on the first of October"),
        Some((None, Some(10), Some(1)))
    );
    assert_eq!(
        day("since the thirtieth of May"),
        Some((None, Some(5), Some(30)))
    );
    assert_eq!(
        day("on the twenty-first of June 2021"),
        Some((Some(2021), Some(6), Some(21)))
    );
    assert_eq!(day("on October the first"), Some((None, Some(10), Some(1))));
    // Not a rank before another noun, nor a day past 31.
    assert!(
        find("the first of many visits")
            .iter()
            .all(|q| q.kind != Kind::Date)
    );
    assert!(
        find("the fortieth of May")
            .iter()
            .all(|q| q.kind != Kind::Date || q.date.unwrap().day.is_none())
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

/// Whether the interval of `q` keeps the module's promise: non-empty, its ends finite
/// or unbounded.
fn sound(q: &Quantity) -> bool {
    let iv = q.interval;
    q.value.is_finite()
        && q.stated.is_finite()
        && !iv.lo.is_nan()
        && !iv.hi.is_nan()
        && iv.lo != f64::INFINITY
        && iv.hi != f64::NEG_INFINITY
        && (iv.lo < iv.hi || iv.lo == iv.hi && !iv.lo_open && !iv.hi_open)
}

#[test]
fn figures_beyond_f64_stay_text() {
    let long = format!("we have {} schools", "9".repeat(10_000));
    for s in [
        "we have 1e999999 schools",
        "about 1e999999 dollars",
        "more than 2^99999 people",
        long.as_str(),
        &format!("we have 1{} schools", "0".repeat(309)),
        "about 1.7e308 tonnes",
        "1.7e308 kilometres",
        "a million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million million people",
    ] {
        let q = find(s);
        assert!(q.iter().all(sound), "{s:.60}: {q:?}");
        assert!(
            q.iter().all(|q| q.value.abs() < 1e300),
            "{s:.60}: {q:?} (a figure beyond f64)"
        );
    }
    // Within range, the largest figures are read.
    assert!((one("we have 1e300 schools").value / 1e300 - 1.0).abs() < 1e-12);
    assert_eq!(one("more than 1e300 schools").interval.hi, f64::INFINITY);
}

#[test]
fn figures_past_f64_precision_keep_a_value() {
    // 18 significant digits: the slack of the last digit is below the spacing of f64s.
    let a = one("we sold 123456789012345678 tickets");
    assert!(sound(&a), "{a:?}");
    assert!(a.interval.contains(a.value));
    let b = one("they sold 123456789012345678 tickets");
    assert!(a.interval.overlaps(&b.interval));
    assert_eq!(a.interval.gap(&b.interval), 0.0);
    // "less than 0 %" is below zero, not empty.
    let z = one("growth of less than 0 percent");
    assert!(sound(&z) && z.interval.contains(-1.0), "{z:?}");
    // A range stated from its top allows the values between its ends.
    let r = find("the transfer from 2019 to 2018");
    assert!(r.iter().all(sound), "{r:?}");
    // A day without a year has a finite value until the claims resolve it.
    let d = one("on 12 June");
    assert!(sound(&d) && d.interval.lo == f64::NEG_INFINITY, "{d:?}");
    // Ends of opposite signs near the limit: a finite gap.
    let (lo, hi) = (
        Interval::closed(-1e308, -1e308),
        Interval::closed(1e308, 1e308),
    );
    assert_eq!(lo.gap(&hi), 2.0);
}

#[test]
fn two_near_alternatives_are_a_range() {
    let q = one("probably around 10 or 12%");
    assert_eq!((q.kind, q.hedge), (Kind::Percent, Hedge::Range));
    assert!(q.interval.contains(11.0) && !q.interval.contains(35.0));
    let q = one("maybe two or three million dollars");
    assert_eq!(q.kind, Kind::Money);
    assert!(q.interval.contains(2.5e6) && !q.interval.contains(4e6));
    let q = one("it could take one or two years");
    assert_eq!(q.kind, Kind::Duration);
    assert!(q.interval.contains(365.25) && q.interval.contains(730.0));
    // The unit said with each figure: "one year or two years", "3 miles or 4 miles".
    let q = one("in the meantime it could be one year or two years");
    assert_eq!(q.kind, Kind::Duration);
    assert!(q.interval.contains(365.25) && q.interval.contains(730.0));
    let q = one("it is 3 miles or 4 miles away");
    assert!(q.interval.contains(5000.0) && !q.interval.contains(4000.0));
    // Units that differ are two figures.
    assert_eq!(find("3 miles or 4 kilometres").len(), 2);
    let q = one("water in 2020 or 2021");
    assert_eq!((q.kind, q.hedge), (Kind::Year, Hedge::Range));
    // Far apart or ordinal: two figures, not one figure's bounds.
    assert_eq!(find("5 or 50 people").len(), 2);
    assert_eq!(find("the 5th or 6th time").len(), 2);
}

#[test]
fn a_unit_or_a_number_is_a_range_from_one() {
    let q = one("we can wait for a year or two");
    assert_eq!((q.kind, q.hedge), (Kind::Duration, Hedge::Range));
    assert!(q.interval.contains(365.25) && q.interval.contains(700.0));
    assert!(!q.interval.contains(1000.0));
    let q = one("a mile or two away");
    assert_eq!(q.kind, Kind::Measure);
    // "a year or so" names no second figure; "a year or two ago" is still a span.
    assert!(find("for a year or so").is_empty());
}

#[test]
fn a_range_between_grades_may_have_articles() {
    let q = one("between a two and a three");
    assert_eq!(q.hedge, Hedge::Range);
    assert_eq!((q.interval.lo, q.interval.hi), (2.0, 3.0));
}
