//! The edges of the public API (issue 15, item 6): every value a caller can pass gives
//! a value or a typed error, never a panic or an overflow.

use discrepancy::align::AlignConfig;
use discrepancy::compare::CompareConfig;
use discrepancy::quantity::{self, Date};
use discrepancy::{Detector, ErrorKind, Report, Span, Transcript, segment};

#[test]
fn date_new_checks_month_day_and_year() {
    let err = Date::new(2024, 13, 99).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::InvalidDate {
            year: 2024,
            month: 13,
            day: 99,
            reason: "the month is not 1-12"
        }
    );
    assert_eq!(
        Date::new(2023, 2, 29).unwrap_err().to_string(),
        "no such date 2023-02-29: the month has no such day"
    );
    assert_eq!(
        Date::new(2024, 2, 29).unwrap(),
        Date {
            year: Some(2024),
            month: Some(2),
            day: Some(29)
        }
    );
    assert_eq!(
        Date::new(i32::MAX, 12, 31).unwrap_err().to_string(),
        "no such date 2147483647-12-31: the year is outside -9999..=9999"
    );
    assert!(Date::new(Date::MIN_YEAR, 1, 1).is_ok());
    assert!(Date::new(Date::MAX_YEAR, 12, 31).is_ok());
    assert!(Date::new(Date::MAX_YEAR + 1, 1, 1).is_err());
    assert!(Date::new(2024, 4, 0).is_err());
}

#[test]
#[should_panic(expected = "Date::ymd: no such date 2024-13-99: the month is not 1-12")]
fn date_ymd_panics_as_documented() {
    let _ = Date::ymd(2024, 13, 99);
}

#[test]
fn date_arithmetic_is_total() {
    let no_such = Date {
        year: Some(i32::MAX),
        month: Some(12),
        day: Some(31),
    };
    assert_eq!(no_such.day_range(), None);
    // Forward past i32::MAX: a date beyond every year, covering no days.
    let later = no_such.minus_months(-1);
    assert_eq!(later.year, Some(i32::MAX));
    assert_eq!(later.day_range(), None);
    let earlier = Date::ymd(2024, 1, 15).minus_months(i32::MAX);
    assert_eq!(
        (earlier.year, earlier.month),
        (Some(2024 - 178_956_971), Some(6))
    );
    assert_eq!(earlier.day_range(), None);
    let month13 = Date {
        year: Some(2024),
        month: Some(13),
        day: None,
    };
    assert_eq!(month13.day_range(), None);
    // Read as the month after December: one month back is December.
    assert_eq!(
        month13.minus_months(1),
        Date {
            year: Some(2024),
            month: Some(12),
            day: None
        }
    );
    // 31 April does not exist: no days, where it once counted as 1 May.
    let april31 = Date {
        year: Some(2021),
        month: Some(4),
        day: Some(31),
    };
    assert_eq!(april31.day_range(), None);
}

/// A date the arithmetic cannot place resolves nothing: the report is the one of the
/// transcript without a date (in debug builds `i32::MAX` overflowed in "next year").
#[test]
fn a_transcript_date_out_of_range_resolves_nothing() {
    let text = "Anna Petrova: Our exports to the region rose by 8 percent last year, and will rise next year.\n\
                Mark Ellis: In 2016, exports to the region rose by 21 percent. We met two months ago, three weeks ago, on May 9.\n";
    let d = Detector::default();
    let report = |date: Option<Date>| -> Report {
        let t = Transcript::parse(text).unwrap();
        d.analyze(&match date {
            Some(date) => t.with_date(date),
            None => t,
        })
    };
    let undated = report(None);
    // Resolved, "last year" is 2016 on 15 March 2017 and 2018 on 1 May 2019.
    assert_eq!(report(Some(Date::ymd(2017, 3, 15))).discrepancies.len(), 1);
    assert_eq!(report(Some(Date::ymd(2019, 5, 1))).discrepancies.len(), 0);
    assert_eq!(undated.discrepancies.len(), 1, "{undated}");
    for (year, month, day) in [
        (i32::MAX, 12, 31),
        (i32::MIN, 1, 1),
        (2024, 13, 99),
        (2024, 0, 0),
        (10_000, 1, 1),
    ] {
        let bad = Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        };
        assert_eq!(report(Some(bad)), undated, "{bad:?}");
    }
    // The extremes the arithmetic supports are dates like any other.
    for date in [
        Date::ymd(Date::MAX_YEAR, 12, 31),
        Date::ymd(Date::MIN_YEAR, 1, 1),
    ] {
        let r = report(Some(date));
        assert!(r.discrepancies.is_empty(), "{date}: {r}");
    }
}

#[test]
fn find_at_saturates_its_offsets() {
    let alone = quantity::find("about 340 schools and 12 roads");
    assert_eq!(alone.len(), 2);
    let at = quantity::find_at("about 340 schools and 12 roads", usize::MAX - 10);
    assert_eq!(at.len(), 2);
    assert_eq!(
        (at[0].span.start, at[0].figure.start, at[0].figure.end),
        (usize::MAX - 10, usize::MAX - 4, usize::MAX - 1)
    );
    // Past the end of the offsets every end stops at usize::MAX.
    assert_eq!((at[1].span.start, at[1].span.end), (usize::MAX, usize::MAX));
    for q in &at {
        assert!(q.span.contains(q.figure), "{q:?}");
        assert_eq!(
            q.value,
            alone[at.iter().position(|x| x == q).unwrap()].value
        );
    }
}

#[test]
fn reversed_spans() {
    assert_eq!(Span::new(5, 2), Span { start: 2, end: 5 });
    assert_eq!(Span::new(5, 2).len(), 3);
    let by_hand = Span { start: 5, end: 2 };
    assert_eq!(by_hand.len(), 0);
    assert!(by_hand.is_empty());
    assert!(!Span::new(2, 5).is_empty());
}

#[test]
fn sentences_snap_spans_to_the_text() {
    let text = "Café crème. Done.";
    let read = |span: Span| -> Vec<&str> {
        segment::sentences(text, span)
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    };
    // Byte 4 is inside 'é' (bytes 3..5): the start moves on to the next character,
    // an end there moves back to the one before.
    assert_eq!(read(Span::new(4, 100)), ["crème.", "Done."]);
    assert_eq!(read(Span::new(0, 4)), ["Caf"]);
    assert_eq!(read(Span::new(0, text.len())), ["Café crème.", "Done."]);
    assert!(read(Span::new(50, 60)).is_empty());
    assert!(read(Span::new(4, 4)).is_empty());
    assert!(read(Span { start: 9, end: 2 }).is_empty());
}

#[test]
fn configs_check_their_settings() {
    let err = CompareConfig::new(f64::NAN).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid setting `tolerance`: NaN is not within 0..=1"
    );
    assert!(CompareConfig::new(-0.1).is_err());
    assert_eq!(CompareConfig::new(1.0).unwrap().tolerance(), 1.0);
    let err = AlignConfig::new(f64::NAN, 10).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::Config {
            name: "min_similarity",
            ..
        }
    ));
    let err = AlignConfig::new(0.5, 0).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::Config {
            name: "max_candidates",
            ..
        }
    ));
    assert_eq!(AlignConfig::new(2.0, 1).unwrap().max_candidates(), 1);
    for bad in [
        Detector::builder().tolerance(f64::NAN).build(),
        Detector::builder().min_similarity(f64::INFINITY).build(),
        Detector::builder().min_confidence(f64::NAN).build(),
        Detector::builder().max_candidates(0).build(),
    ] {
        assert!(matches!(bad.unwrap_err().kind(), ErrorKind::Config { .. }));
    }
    // The defaults the builder starts from are the detector's.
    let t =
        Transcript::parse("Ann: We built 30 schools.\nBob: No, we built 35 schools.\n").unwrap();
    assert_eq!(
        Detector::builder().build().unwrap().analyze(&t),
        Detector::default().analyze(&t)
    );
}

/// The lower-level stages with validated settings give finite severities at the
/// widest tolerance (a NaN tolerance gave NaN before it could not be set).
#[test]
fn widest_tolerance_gives_finite_severities() {
    let t = Transcript::parse(
        "Ann: We built 30 schools and 1e300 roads.\nBob: No, we built 35 schools and 2e300 roads.\n",
    )
    .unwrap();
    let r = Detector::builder()
        .tolerance(1.0)
        .build()
        .unwrap()
        .analyze(&t);
    assert!(r.agreements.len() + r.discrepancies.len() >= 1, "{r}");
    for f in r.discrepancies.iter().chain(&r.agreements) {
        assert!(f.severity.is_finite() && f.confidence.is_finite(), "{f:?}");
    }
}

#[test]
fn turns_of_another_transcript() {
    let small = Transcript::parse("Ann: Hi.\nBob: Hello.\n").unwrap();
    let big = Transcript::parse(
        "Ann: We built 30 schools last year.\nBob: No.\nCarl: Yes.\nDora: The roads are longer than that.\n",
    )
    .unwrap();
    let far = &big.turns()[3];
    assert_eq!(big.turn_text(far), "The roads are longer than that.");
    assert_eq!(small.turn_text(far), "");
    assert_eq!(small.speaker_name(far), "");
    assert_eq!(small.speaker_name(&small.turns()[1]), "Bob");
}

/// Found by `examples/fuzz --target analyze` (seed 1): "nearly twice that" of 1e308 was
/// [inf, inf] once multiplied out, and its severity NaN. Such a pair is not compared.
#[test]
fn a_multiple_beyond_the_range_of_numbers_is_not_compared() {
    use discrepancy::rule::Rule;
    let d = Detector::default();
    let text = "Olga Ivanova: The new terminal handled 1e308 passengers last year.\n\
                Peter Clark: Nearly twice that.\n";
    let t = Transcript::parse(text).unwrap();
    let r = d.analyze(&t);
    assert!(r.discrepancies.is_empty() && r.agreements.is_empty(), "{r}");
    let trace = d.prepare(&t).trace();
    assert!(
        trace.iter().any(|x| x.rule == Rule::BeyondRange),
        "{:?}",
        trace.iter().map(|x| x.rule).collect::<Vec<_>>()
    );
    // Within range, the same exchange is compared: 2 × 1e300 against 1e300.
    let t = Transcript::parse(&text.replace("1e308", "1e300")).unwrap();
    let r = d.analyze(&t);
    assert_eq!(r.discrepancies.len(), 1, "{r}");
    assert!(r.discrepancies[0].severity.is_finite());
}
