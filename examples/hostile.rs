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
    // A repeated unit: time must grow with the size (4× the input, at most ~4× the time),
    // so the time per byte at 1 MB is about that at 64 KB (a quadratic cost gives 16×).
    type Make = Box<dyn Fn(usize) -> String>;
    let around = |head: &'static str, unit: &'static str, tail: &'static str| -> Make {
        Box::new(move |bytes| format!("{head}{}{tail}", unit.repeat(bytes / unit.len())))
    };
    let units: Vec<(&str, Make)> = vec![
        (
            "a digit chain",
            Box::new(|b| inputs::repeated_unit("1-", b)),
        ),
        (
            "figures in one sentence",
            Box::new(|b| inputs::repeated_unit("1 ", b)),
        ),
        (
            "decimal figures",
            around(
                "Anna Petrova: ",
                "about 1.5 million, ",
                "0.\nMark Ellis: No.\n",
            ),
        ),
        (
            "two speakers' turns",
            around(
                "",
                "Anna Petrova: We built 12 schools.\nMark Ellis: No, 15 schools.\n",
                "",
            ),
        ),
        (
            "Cyrillic turns",
            around(
                "",
                "Владимир Путин: Около 340 школ.\nИльхам Алиев: Нет, 300 школ.\n",
                "",
            ),
        ),
        (
            "JSON turns",
            around(
                "[",
                r#"{"speaker": "Anna", "text": "We built 12 schools."}, {"speaker": "Bob", "text": "No, 15."}, "#,
                r#"{"speaker": "Anna", "text": "Yes."}]"#,
            ),
        ),
        (
            "nested brackets",
            around(
                "Anna Petrova: ",
                "(",
                "300 schools\nMark Ellis: about 340 schools\n",
            ),
        ),
    ];
    for (name, make) in &units {
        let mut first: Option<f64> = None;
        let mut last: Option<f64> = None;
        for kb in [64, 256, 1024] {
            let text = make(kb * 1024);
            let secs = run(&format!("{kb} KB of {name}"), text.as_bytes());
            let per_byte = secs / text.len() as f64;
            if let Some(prev) = last {
                println!("{:>32} growth ×{:.1} for ×4 the input", "", secs / prev);
            }
            first.get_or_insert(per_byte);
            last = Some(secs);
            if kb == 1024
                && let Some(f) = first
            {
                println!(
                    "{:>32} time per byte ×{:.2} from 64 KB to 1 MB (linear: about 1; quadratic: 16)",
                    "",
                    per_byte / f
                );
            }
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
