//! The hostile inputs at full size, each timed: `cargo run --release --example hostile`.
//!
//! Every case must end with a report or a typed error, in time linear in its size.
//! (Scaled-down versions run in `tests/robust.rs`.)

use std::time::Instant;

use discrepancy::{Detector, Transcript};

fn run(name: &str, text: &[u8]) {
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
}

fn main() {
    let seed = include_str!("data/putin-aliyev-2022-02-22.txt");
    let big: String = seed.repeat(50_000_000 / seed.len() + 1);
    run("50 MB (the seed, repeated)", big.as_bytes());
    let line = format!(
        "Anna Petrova: {}\nMark Ellis: No.\n",
        "We built 12 schools and 40 roads. ".repeat(150_000)
    );
    run("one 5 MB line", line.as_bytes());
    let nums: Vec<String> = (0..400_000).map(|i| i.to_string()).collect();
    let many = format!(
        "Anna Petrova: {}.\nMark Ellis: {}.\n",
        nums.join(", "),
        nums[..20_000].join(" and ")
    );
    run("400,000 numbers in one turn", many.as_bytes());
    let name = |i: u64, salt: u64| -> String {
        let mut h = (i + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt;
        (0..7)
            .map(|k| {
                let c = (b'a' + (h % 26) as u8) as char;
                h /= 26;
                if k == 0 { c.to_ascii_uppercase() } else { c }
            })
            .collect()
    };
    let speakers: String = (0..20_000u64)
        .map(|i| format!("{} {}: We opened {i} clinics.\n", name(i, 7), name(i, 99)))
        .collect();
    run("20,000 distinct speakers", speakers.as_bytes());
    let alternating: String = (0..40_000)
        .map(|i| {
            format!(
                "{}: The plant employs {} people.\n",
                if i % 2 == 0 {
                    "Anna Petrova"
                } else {
                    "Mark Ellis"
                },
                1000 + i * 10
            )
        })
        .collect();
    run("40,000 alternating turns", alternating.as_bytes());
    let nested = format!(
        "Anna Petrova: {}300 schools{}\nMark Ellis: about 340 schools\n",
        "(".repeat(200_000),
        ")".repeat(200_000)
    );
    run("200,000 nested brackets", nested.as_bytes());
    let odd = "\u{feff}Anna Petrova: We have 200 branches.\0\r\nMark Ellis: Actually, we have 260 branches.\r\n".repeat(10_000);
    run("NUL, BOM and CRLF", odd.as_bytes());
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
