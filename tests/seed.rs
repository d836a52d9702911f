//! The bundled seed transcript (Kremlin, 22 February 2022): the findings by value, speaker and span.

use discrepancy::{Detector, Transcript};

const SEED: &str = include_str!("../examples/data/putin-aliyev-2022-02-22.txt");

fn report() -> discrepancy::Report {
    Detector::default().analyze(&Transcript::parse(SEED).unwrap())
}

#[test]
fn speakers_are_the_two_presidents() {
    let t = Transcript::parse(SEED).unwrap();
    let names: Vec<&str> = t.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Vladimir Putin", "Ilham Aliyev"]);
    // Putin's block, Aliyev's block, and Putin's closing "Thank you."
    let turns: Vec<(&str, &str)> = t
        .turns()
        .iter()
        .map(|x| (t.speaker_name(x), &t.text()[x.span.range()]))
        .collect();
    assert_eq!(turns.len(), 3);
    assert!(turns[0].1.starts_with("- Hello.") && turns[0].1.ends_with("You are welcome."));
    assert!(
        turns[1]
            .1
            .starts_with("- Thank you very much, dear Vladimir Vladimirovich.")
    );
    assert_eq!(turns[2], ("Vladimir Putin", "Thank you."));
    assert_eq!(
        t.date().map(|d| d.to_string()).as_deref(),
        Some("2022-02-22")
    );
}

#[test]
fn the_one_discrepancy_is_the_schools() {
    let r = report();
    assert_eq!(r.discrepancies.len(), 1, "{r}");
    let d = &r.discrepancies[0];
    assert_eq!(d.a.speaker, "Vladimir Putin");
    assert_eq!(d.b.speaker, "Ilham Aliyev");
    assert_eq!(d.a.value.as_deref(), Some("300"));
    assert_eq!(d.b.value.as_deref(), Some("about 340"));
    assert!(
        d.a.text
            .contains("the Russian language is actively taught in 300 schools in Azerbaijan")
    );
    assert!(
        d.b.text
            .contains("There are about 340 Russian-language schools in Azerbaijan")
    );
    for e in [&d.a, &d.b] {
        assert_eq!(&SEED[e.start..e.end], e.text, "the span slices the input");
        let v = e.value_span.unwrap();
        assert!(e.start <= v.start && v.end <= e.end);
    }
    assert_eq!(&SEED[d.a.value_span.unwrap().range()], "300");
    assert_eq!(&SEED[d.b.value_span.unwrap().range()], "about 340");
    assert!(d.topic.contains("schools"), "{}", d.topic);
}

#[test]
fn agreements_on_trade_growth_and_the_anniversary() {
    let r = report();
    let growth = r
        .agreements
        .iter()
        .find(|f| f.a.text.contains("more than 16 percent"))
        .expect("trade growth agreement");
    assert_eq!(growth.a.speaker, "Vladimir Putin");
    assert_eq!(growth.b.speaker, "Ilham Aliyev");
    assert_eq!(growth.b.value.as_deref(), Some("16 %"));
    assert_eq!(growth.a.value.as_deref(), Some("more than 16 %"));
    let anniversary = r
        .agreements
        .iter()
        .find(|f| f.a.value.as_deref() == Some("30th"))
        .expect("anniversary agreement");
    assert_eq!(anniversary.b.value.as_deref(), Some("30th"));
    assert!(
        anniversary
            .b
            .text
            .contains("30th anniversary of establishing diplomatic relations")
    );
}

#[test]
fn single_speaker_figures_are_no_discrepancy() {
    let r = report();
    for f in &r.discrepancies {
        for text in [&f.a.text, &f.b.text] {
            for lone in ["140,000", "48th", "$3 billion", "40 paragraphs", "15,000"] {
                assert!(
                    !text.contains(lone) || text.contains("340"),
                    "{lone} reported: {f:?}"
                );
            }
        }
    }
}

#[test]
fn report_serialises_to_the_contract() {
    let json = serde_json::to_value(report()).unwrap();
    let d = &json["discrepancies"][0];
    for side in ["a", "b"] {
        assert!(d[side]["speaker"].is_string());
        assert!(d[side]["start"].as_u64().unwrap() < d[side]["end"].as_u64().unwrap());
    }
    assert!(d["topic"].is_string() && d["explanation"].is_string());
    let text = report().to_string();
    assert!(
        text.contains("300")
            && text.contains("about 340")
            && text.contains("Summary: 1 discrepancy")
    );
}

#[test]
fn streamed_findings_are_the_report() {
    let t = Transcript::parse(SEED).unwrap();
    let detector = Detector::default();
    let report = detector.analyze(&t);
    let analysis = detector.prepare(&t);
    let (mut disc, mut agr) = (Vec::new(), Vec::new());
    for found in analysis.findings() {
        match found {
            discrepancy::Found::Discrepancy(f) => disc.push(f),
            discrepancy::Found::Agreement(f) => agr.push(f),
        }
    }
    assert_eq!(
        (disc, agr),
        (report.discrepancies.clone(), report.agreements.clone())
    );
    assert_eq!(analysis.stats(), report.stats);
    // Serialized while the findings are made: the same JSON as the report.
    assert_eq!(
        serde_json::to_value(&analysis).unwrap(),
        serde_json::to_value(&report).unwrap()
    );
}
