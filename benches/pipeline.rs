//! Throughput per stage and end to end, with the work each bench did asserted.
//!
//! `cargo bench` prints MB/s (criterion's throughput) for:
//! - the floor: a bare unicode-segmentation sentence + word pass over the same text;
//! - each stage on the bundled seed transcript and on a generated 1 MB meeting;
//! - end to end on the seed, on the generated meeting, and on a long hearing at
//!   1× and 10× (to see that cost grows near-linearly);
//! - end to end on the Kremlin corpus when `../shared/corpus` is present.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use discrepancy::{Detector, Transcript, claim, quantity, segment};
use unicode_segmentation::UnicodeSegmentation;

const SEED: &str = include_str!("../examples/data/putin-aliyev-2022-02-22.txt");

/// A meeting of many speakers who each give figures on a few shared topics.
fn meeting(turns: usize) -> String {
    let topics = [
        ("the regional road fund", "billion rubles"),
        ("school renovation", "schools"),
        ("growth of exports last year", "percent"),
        ("new clinics this year", "clinics"),
    ];
    let mut out = String::from("Meeting on the budget\n12 March 2019\n\n* * *\n\n");
    for i in 0..turns {
        let (topic, unit) = topics[i % topics.len()];
        let speaker = [
            "Anna Petrova",
            "Mark Ellis",
            "Oleg Sorokin",
            "Irina Volkova",
            "Pavel Orlov",
        ][i % 5];
        let figure = 100 + (i * 37) % 400;
        out.push_str(&format!(
            "{speaker}: On {topic}, we now have about {figure} {unit}. As you said, it was {} {unit} a year ago. \
             Colleagues, the situation is improving, and the work continues in every region of the country.\n\n",
            figure - 7
        ));
    }
    out
}

fn floor_pass(text: &str) -> (usize, usize) {
    let mut sentences = 0;
    let mut words = 0;
    for s in text.split_sentence_bounds() {
        sentences += 1;
        words += s
            .split_word_bounds()
            .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
            .count();
    }
    (sentences, words)
}

fn stages(c: &mut Criterion) {
    let big = meeting(4000);
    for (name, text) in [("seed", SEED), ("meeting-1MB", big.as_str())] {
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(20);
        let t = Transcript::parse(text).unwrap();
        let sents = claim::sentences(&t);
        let claims = claim::claims(&t, &sents);
        let report = Detector::default().analyze(&t);
        assert!(
            !claims.is_empty() && report.stats.claims == claims.len(),
            "{name}: the pipeline found nothing"
        );
        g.bench_function("floor: unicode-segmentation sentences + words", |b| {
            b.iter(|| assert!(floor_pass(black_box(text)).1 > 100))
        });
        g.bench_function("1 transcript", |b| {
            b.iter(|| assert!(Transcript::parse(black_box(text)).unwrap().turns().len() > 2))
        });
        g.bench_function("2 segment", |b| {
            b.iter(|| {
                let n: usize = t
                    .turns()
                    .iter()
                    .map(|x| segment::sentences(text, x.span).len())
                    .sum();
                assert_eq!(n, sents.len());
            })
        });
        g.bench_function("3 quantity", |b| {
            b.iter(|| {
                let n: usize = t
                    .turns()
                    .iter()
                    .map(|x| quantity::find(t.turn_text(x)).len())
                    .sum();
                assert!(n >= claims.len() / 2);
            })
        });
        g.bench_function("4 claim", |b| {
            b.iter(|| {
                let s = claim::sentences(&t);
                assert_eq!(claim::claims(&t, &s).len(), claims.len());
            })
        });
        g.bench_function("end to end", |b| {
            b.iter(|| {
                let r = Detector::default().analyze_text(black_box(text)).unwrap();
                assert_eq!(r.discrepancies.len(), report.discrepancies.len());
            })
        });
        g.finish();
    }
}

/// A day-long hearing: two speakers trading figures on one topic, at 1× and 10× the length.
fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("hearing");
    g.sample_size(10);
    for turns in [2_000, 20_000] {
        let mut text = String::new();
        for i in 0..turns {
            let who = if i % 2 == 0 {
                "Chair Anna Petrova"
            } else {
                "Witness Mark Ellis"
            };
            text.push_str(&format!(
                "{who}: The programme built {} new schools in the region.\n",
                300 + i % 50
            ));
        }
        let claims = {
            let t = Transcript::parse(&text).unwrap();
            claim::claims(&t, &claim::sentences(&t)).len()
        };
        assert_eq!(claims, turns);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{turns} turns"), |b| {
            b.iter(|| {
                assert!(
                    Detector::default()
                        .analyze_text(black_box(&text))
                        .unwrap()
                        .stats
                        .claims
                        == turns
                )
            })
        });
    }
    g.finish();
}

/// The Kremlin corpus, when the shared folder is there.
fn corpus(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/kremlin/transcripts.jsonl.gz"
    );
    let Ok(bytes) = std::fs::read(path) else {
        eprintln!("corpus bench skipped: {path} not found");
        return;
    };
    let mut raw = Vec::new();
    if std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut raw).is_err()
    {
        eprintln!("corpus bench skipped: cannot decompress {path}");
        return;
    }
    let texts: Vec<String> = String::from_utf8_lossy(&raw)
        .lines()
        .filter_map(|l| {
            serde_json::from_str::<serde_json::Value>(l).ok()?["text"]
                .as_str()
                .map(str::to_string)
        })
        .collect();
    let total: usize = texts.iter().map(String::len).sum();
    let d = Detector::default();
    let mut g = c.benchmark_group("kremlin-corpus");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("851 transcripts, one core", |b| {
        b.iter(|| {
            let ok = texts.iter().filter(|t| d.analyze_text(t).is_ok()).count();
            assert!(ok * 100 >= texts.len() * 99);
        })
    });
    g.finish();
}

criterion_group!(benches, stages, scaling, corpus);
criterion_main!(benches);
