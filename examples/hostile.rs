//! The hostile inputs at full size, each timed: `cargo run --release --example hostile`.
//!
//! Every case must end with a report or a typed error, in time linear in its size.
//! (Scaled-down versions run in `tests/robust.rs`.)

use std::time::Instant;

use discrepancy::{Detector, Transcript};

#[path = "../tests/support/hostile.rs"]
mod inputs;

fn run(name: &str, text: &[u8]) -> f64 {
    let d = Detector::default();
    let t0 = Instant::now();
    let outcome = match Transcript::from_bytes(text) {
        Ok(t) => {
            let r = d.analyze(&t);
            format!(
                "{} speakers, {} turns, {} claims, {} discrepancies, {} agreements",
                r.stats.speakers,
                r.stats.turns,
                r.stats.claims,
                r.discrepancies.len(),
                r.agreements.len()
            )
        }
        Err(e) => format!("error: {e}"),
    };
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{name:<32} {:>8.1} MB {secs:>7.2} s {:>7.1} MB/s  {outcome}",
        text.len() as f64 / 1e6,
        text.len() as f64 / 1e6 / secs
    );
    secs
}

fn main() {
    let seed = include_str!("data/putin-aliyev-2022-02-22.txt");
    let big: String = seed.repeat(50_000_000 / seed.len() + 1);
    run("50 MB (the seed, repeated)", big.as_bytes());
    run("one 5 MB line", inputs::long_line(150_000).as_bytes());
    run(
        "400,000 numbers in one turn",
        inputs::many_numbers(400_000, 20_000).as_bytes(),
    );
    run(
        "20,000 distinct speakers",
        inputs::distinct_speakers(20_000).as_bytes(),
    );
    run(
        "40,000 alternating turns",
        inputs::alternating_turns(40_000).as_bytes(),
    );
    run(
        "200,000 nested brackets",
        inputs::nested_brackets(200_000, "\n").as_bytes(),
    );
    run(
        "NUL, BOM and CRLF",
        inputs::ODD_BYTES.repeat(10_000).as_bytes(),
    );
    // A repeated unit: time must grow with the size (4× the input, at most ~4× the time).
    for unit in ["1-", "1 "] {
        let mut last: Option<f64> = None;
        for kb in [64, 256, 1024] {
            let text = inputs::repeated_unit(unit, kb * 1024);
            let secs = run(&format!("{kb} KB of {unit:?}"), text.as_bytes());
            if let Some(prev) = last {
                println!("{:>32} growth ×{:.1} for ×4 the input", "", secs / prev);
            }
            last = Some(secs);
        }
    }
    let mut x = 0x1234_5678_9abc_def0u64;
    let random: Vec<u8> = (0..10_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    run("10 MB of random bytes", &random);
}
