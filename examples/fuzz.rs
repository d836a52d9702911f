//! A mutation fuzzer for parse + analyze that runs on the stable toolchain.
//!
//! Usage: `fuzz [--seconds N] [--seed S] [FILE ...]`
//!
//! Starts from the given transcripts (default: the bundled seed), applies random
//! byte- and line-level mutations (splices between inputs, duplicated and dropped
//! lines, inserted labels, digits, brackets, invalid UTF-8), and runs every mutant
//! through `Transcript::from_bytes` and `Detector::analyze` under `catch_unwind`,
//! checking that every evidence span slices the input. A failing input is written
//! to `fuzz-crash-N.txt` and the run ends with a non-zero status.
//!
//! It is not coverage-guided (cargo-fuzz needs a nightly toolchain); it is cheap,
//! deterministic for a given seed, and has found real bugs.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use discrepancy::{Detector, Transcript};

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const INSERTS: &[&[u8]] = &[
    b"Vladimir Putin: ",
    b"Question: ",
    b"\n",
    b"\r\n",
    b"* * *\n",
    b"(Applause.)",
    b"[crosstalk]",
    b"<v Anna>",
    b"00:00:01.000 --> 00:00:02.000\n",
    b"WEBVTT\n\n",
    b"about ",
    b"more than ",
    b"340",
    b"1,200.5",
    b" billion",
    b"%",
    b"$",
    b"\xe2\x80\x93",
    b"No, ",
    b"?",
    b"30th",
    b"two months ago",
    b"\xff\xfe",
    b"\xc3",
    b"(((",
    b")))",
    b"\0",
    b"\xef\xbb\xbf",
    b"  ",
    b":",
    b"-",
    b"between 10 and ",
    b"[{\"speaker\":\"A\",\"text\":\"",
];

fn mutate(rng: &mut Rng, inputs: &[Vec<u8>]) -> Vec<u8> {
    let mut v = inputs[rng.below(inputs.len())].clone();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 => {
                let ins = INSERTS[rng.below(INSERTS.len())];
                v.splice(at..at, ins.iter().copied());
            }
            1 => {
                let end = (at + rng.below(64)).min(v.len());
                v.drain(at..end);
            }
            2 => {
                // Splice in a piece of another input.
                let other = &inputs[rng.below(inputs.len())];
                let s = rng.below(other.len() + 1);
                let e = (s + rng.below(400)).min(other.len());
                v.splice(at..at, other[s..e].iter().copied());
            }
            3 => {
                let end = (at + rng.below(200)).min(v.len());
                let piece: Vec<u8> = v[at..end].to_vec();
                v.splice(at..at, piece);
            }
            4 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            _ => {
                let digit = b'0' + rng.below(10) as u8;
                v.insert(at, digit);
            }
        }
    }
    v
}

fn check(bytes: &[u8], d: &Detector) -> Result<(), String> {
    let t = match Transcript::from_bytes(bytes) {
        Ok(t) => t,
        Err(_) => return Ok(()),
    };
    let r = d.analyze(&t);
    let text = t.text();
    for f in r.discrepancies.iter().chain(&r.agreements) {
        for e in [&f.a, &f.b] {
            // JSON turns are read decoded: the evidence is the decoded string contents.
            let read = match text.get(e.start..e.end) {
                Some(raw) if t.layout() == discrepancy::Layout::Json => {
                    serde_json::from_str::<String>(&format!("\"{raw}\"")).ok()
                }
                raw => raw.map(str::to_string),
            };
            if read.as_deref() != Some(e.text.as_str()) {
                return Err(format!(
                    "evidence {}..{} does not slice the input",
                    e.start, e.end
                ));
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut seconds = 60u64;
    let mut seed = 0x5EED_u64;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds),
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            _ => files.push(a),
        }
    }
    let mut inputs: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    if inputs.is_empty() {
        inputs.push(include_bytes!("data/putin-aliyev-2022-02-22.txt").to_vec());
    }
    std::panic::set_hook(Box::new(|_| {}));
    let d = Detector::default();
    let mut rng = Rng(seed | 1);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut crashes) = (0u64, 0u32);
    let mut bytes_done = 0usize;
    while Instant::now() < deadline {
        let m = mutate(&mut rng, &inputs);
        bytes_done += m.len();
        let outcome = std::panic::catch_unwind(|| check(&m, &d));
        let failure = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(why)) => Some(why),
            Err(_) => Some("panic".to_string()),
        };
        if let Some(why) = failure {
            let path = format!("fuzz-crash-{crashes}.txt");
            let _ = std::fs::write(&path, &m);
            eprintln!("fuzz: {why}; input written to {path}");
            crashes += 1;
            if crashes >= 5 {
                break;
            }
        }
        runs += 1;
    }
    println!(
        "fuzz: {runs} inputs ({:.1} MB) in {seconds} s, seed {seed}, {crashes} failures",
        bytes_done as f64 / 1e6
    );
    if crashes > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
