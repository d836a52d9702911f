//! A report written as JSON reads back into an equal [`Report`] (issue 15, item 4): open
//! intervals (an unbounded end is written `null`), times, and every category of finding.

use discrepancy::compare::Category;
use discrepancy::quantity::{Interval, Kind};
use discrepancy::rule::Rule;
use discrepancy::{Detector, Evidence, Finding, Report, Transcript};

const VTT: &str = "WEBVTT\n\
\n\
00:00:01.000 --> 00:00:04.000\n\
<v Anna Petrova>Unemployment rose by more than 5 percent last year.\n\
\n\
00:00:05.000 --> 00:00:08.000\n\
<v Mark Ellis>No, it rose by less than 2 percent.\n\
\n\
00:00:09.000 --> 00:00:12.000\n\
<v Anna Petrova>The plant opened in 2015.\n\
\n\
00:00:13.000 --> 00:00:16.000\n\
<v Mark Ellis>No, the plant opened in 2017.\n\
\n\
00:00:17.000 --> 00:00:20.000\n\
<v Anna Petrova>Our team came 30th in the ranking.\n\
\n\
00:00:21.000 --> 00:00:24.000\n\
<v Mark Ellis>No, our team came 12th in the ranking.\n\
\n\
00:00:25.000 --> 00:00:28.000\n\
<v Anna Petrova>The summit was held in Paris.\n\
\n\
00:00:29.000 --> 00:00:32.000\n\
<v Mark Ellis>No, the summit was held in Berlin, not Paris.\n\
\n\
00:00:33.000 --> 00:00:36.000\n\
<v Anna Petrova>Did the plant employ 300 people?\n\
\n\
00:00:37.000 --> 00:00:40.000\n\
<v Mark Ellis>Yes, the plant employs about 300 people.\n\
\n\
00:00:41.000 --> 00:00:44.000\n\
<v Anna Petrova>The bridge is finished.\n\
\n\
00:00:45.000 --> 00:00:48.000\n\
<v Mark Ellis>The bridge is not finished.\n\
\n\
00:00:49.000 --> 00:00:52.000\n\
<v Anna Petrova>Contracts on multipurpose centres were signed.\n\
\n\
00:00:53.000 --> 00:00:56.000\n\
<v Mark Ellis>Yes, new contracts have been signed.\n\
";

fn round_trip(r: &Report) -> Report {
    let json = serde_json::to_string_pretty(r).unwrap();
    serde_json::from_str::<Report>(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

fn findings(r: &Report) -> impl Iterator<Item = &Finding> {
    r.discrepancies.iter().chain(&r.agreements)
}

#[test]
fn report_reads_back() {
    let t = Transcript::parse(VTT).unwrap();
    let mut r = Detector::default().analyze(&t);
    // The detector's own findings: an open interval ("more than 5 percent") and times.
    assert!(findings(&r).any(|f| f.a.interval.is_some_and(|i| i.hi == f64::INFINITY)));
    assert!(findings(&r).all(|f| f.a.time.is_some() && f.b.time.is_some()));
    // Every category (those the text did not give, written by hand), and an interval
    // unbounded below.
    let seen: Vec<Category> = findings(&r).map(|f| f.category).collect();
    let all = [
        Category::Numeric,
        Category::Temporal,
        Category::Ordinal,
        Category::Entity,
        Category::Negation,
        Category::Confirmation,
    ];
    let template = r.discrepancies[0].clone();
    for c in all.into_iter().filter(|c| !seen.contains(c)) {
        r.discrepancies.push(Finding {
            category: c,
            rule: Rule::ALL[0],
            b: Evidence {
                interval: Some(Interval {
                    lo: f64::NEG_INFINITY,
                    hi: -5.0,
                    lo_open: true,
                    hi_open: true,
                }),
                kind: Some(Kind::Measure),
                time: None,
                ..template.b.clone()
            },
            ..template.clone()
        });
    }
    assert!(all.iter().all(|c| findings(&r).any(|f| f.category == *c)));
    assert_eq!(round_trip(&r), r);
    // The JSON is as before: an unbounded end is null.
    let json = serde_json::to_string(&r).unwrap();
    assert!(
        json.contains(r#""lo":5.0,"hi":null,"lo_open":true,"hi_open":true"#),
        "{json}"
    );
    assert!(json.contains(r#""lo":null,"hi":-5.0"#), "{json}");
    // Every rule reads back by its name.
    for rule in Rule::ALL {
        let json = serde_json::to_string(rule).unwrap();
        assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), *rule);
    }
}

/// A figure's interval reads back to the last bit: 5.8 pence allows [0.0575, 0.0585) GBP,
/// and each end must read as the f64 it was written from (serde_json's default parser
/// can be one bit off; `float_roundtrip` is exact).
#[test]
fn intervals_read_back_to_the_last_bit() {
    let t =
        Transcript::parse("Anna: The stamp costs 5.8P.\nMark: No, the stamp costs 9P.\n").unwrap();
    let r = Detector::default().analyze(&t);
    assert_eq!(r.discrepancies.len(), 1);
    assert_eq!(round_trip(&r), r);
}

/// Every number reads back as the same `f64` (found by `examples/fuzz`): serde_json's
/// default float reader was off by one unit in the last place on ordinary figures
/// (11.6 percent's lower end 11.549999999999999 came back as 11.55) and near the top
/// of the range (1.785000000000001e308 as 1.7850000000000008e308).
#[test]
fn floats_read_back_exactly() {
    let r = Detector::default()
        .analyze_text(
            "Anna: Exports grew by 11.6 percent last year.\n\
             Bob: No, exports grew by 14 percent last year.\n",
        )
        .unwrap();
    assert_eq!(r.discrepancies.len(), 1, "{r}");
    let iv = r.discrepancies[0].a.interval.unwrap();
    assert_eq!((iv.lo, iv.hi), (11.6 - 0.05, 11.65));
    assert_eq!(iv.lo.to_string(), "11.549999999999999");
    let back = round_trip(&r);
    assert_eq!(back.discrepancies[0].a.interval.unwrap().lo, iv.lo);
    assert_eq!(back, r);
    // The interval of "about 1.7e308" (the fuzzer's case), and its neighbours.
    let top = 1.785000000000001e308_f64;
    for hi in [top, f64::from_bits(top.to_bits() - 1), f64::MAX, 5e-324] {
        let iv = Interval::closed(-hi, hi);
        let json = serde_json::to_string(&iv).unwrap();
        assert_eq!(
            serde_json::from_str::<Interval>(&json).unwrap(),
            iv,
            "{json}"
        );
    }
}
