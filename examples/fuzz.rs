//! A mutation fuzzer for the library that runs on the stable toolchain.
//!
//! Usage: `fuzz [--target parse|quantities|analyze] [--seconds N | --runs N] [--seed S]
//! [--out DIR] [FILE | DIR ...]`
//!
//! Starts from built-in seeds (the bundled transcript; labels and speech in Cyrillic,
//! CJK, Arabic and accented Latin; JSON turn lists; WebVTT and SRT subtitles;
//! number-heavy text) and from the given files; a directory gives every file in it,
//! and a development transcript's JSON (`{"transcript": "..."}`) gives its text, read
//! at run time. Each mutant (splices between inputs, duplicated and dropped pieces,
//! inserted labels, digits, scripts, brackets, invalid UTF-8) goes to the target under
//! `catch_unwind`:
//!
//! - `parse`: `Transcript::from_bytes` and `Transcript::parse_as` in every layout;
//!   every span of a transcript on char boundaries of its text, every turn's speaker
//!   one of its speakers.
//! - `quantities`: `quantity::find_at` at a random base (up to `usize::MAX`); every
//!   number finite, every interval non-empty, the figure inside the span, and at base
//!   0 both slicing the text.
//! - `analyze` (the default): parse and the whole analysis; every evidence slices the
//!   input, its figure lies inside its quote, every number is finite and every interval
//!   non-empty, and the report reads back from its JSON as an equal `Report`.
//!
//! A timing oracle runs beside the checks: an input of at least 1 KiB that the target
//! read whole (not refused with an error) and whose time per byte is above 20× the
//! median of such inputs in the run so far (after 200 of them), and stays so at the
//! best of three more runs, is a finding too. Each failing input is written
//! to `DIR/fuzz-crash-N.txt` (`fuzz-slow-N.txt` for the timing oracle; `DIR` is `.`
//! unless `--out` says), and the run ends with a non-zero status.
//!
//! The inputs are a function of the seed alone: `--runs N` replays the same N inputs.
//! It is not coverage-guided (cargo-fuzz needs a nightly toolchain); it is cheap and
//! has found real bugs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use discrepancy::quantity::{self, Interval};
use discrepancy::{Detector, Layout, Report, Span, Transcript};

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

/// Pieces inserted at random places.
const INSERTS: &[&str] = &[
    "Vladimir Putin: ",
    "Question: ",
    "\n",
    "\r\n",
    "* * *\n",
    "(Applause.)",
    "[crosstalk]",
    "<v Anna>",
    "00:00:01.000 --> 00:00:02.000\n",
    "WEBVTT\n\n",
    "about ",
    "more than ",
    "340",
    "1,200.5",
    " billion",
    "%",
    "$",
    "\u{2013}",
    "No, ",
    "?",
    "30th",
    "two months ago",
    "(((",
    ")))",
    "\0",
    "\u{feff}",
    "  ",
    ":",
    "-",
    "between 10 and ",
    "[{\"speaker\":\"A\",\"text\":\"",
    // Other scripts and marks.
    "Владимир Путин: ",
    "Нет, около 340 школ. ",
    "李明：",
    "我们建了三百所学校。",
    "محمد: ",
    "لا، حوالي ٣٤٠ مدرسة. ",
    "André Müller: ",
    "Zoë Ñúñez-Çelik: ",
    "\u{301}",
    "\u{200f}",
    "\u{200b}",
    "\u{3000}",
    "１２３",
    "٣٤٠",
    "½",
    "\u{2212}5",
    // Figures at the edges.
    "1e308",
    "1e999999 ",
    "0.0000000000000000001",
    "123456789012345678901234567890",
    " million million million ",
    "from 2019 to 2018 ",
    "-0 ",
    "2024-13-99 ",
    "31 April 2021 ",
    "29 February ",
    "next year ",
    "3 weeks ago ",
    "1-1-1-1-1-1-1-1",
];

/// Built-in seeds beside the bundled transcript: the layouts, the scripts and the
/// figures the mutations start from.
const SEEDS: &[&str] = &[
    "Владимир Путин: В прошлом году мы построили 300 школ.\nИльхам Алиев: Нет, около 340 школ, и более 140 000 детей.\n",
    "王伟：去年我们建了三百所学校。\n李娜：不对，大约340所学校。\nWang Wei: We built 300 schools.\nLi Na: No, about 340 schools.\n",
    "محمد علي: بنينا 300 مدرسة في العام الماضي.\nفاطمة حسن: لا، حوالي ٣٤٠ مدرسة.\nMohammed Ali: We built 300 schools.\nFatima Hassan: No, about 340.\n",
    "André Müller: We opened 12 clinics this year.\nZoë Ñúñez-Çelik: No, 15 clinics this year, and about 2 million euros.\nJosé Ortega: Actually it was €3.5 billion.\n",
    "[{\"speaker\": \"Anna Petrova\", \"text\": \"We have about 200 branches.\", \"start\": 0.0, \"end\": 2.5},\n {\"speaker\": \"Mark Ellis\", \"text\": \"Actually, we have 260 branches.\", \"start\": 2.5, \"end\": 5}]\n",
    "[{\"speaker\":\"Ана\",\"text\":\"Нам должны 8 миллионов евро?\"},{\"speaker\":\"Марк\",\"text\":\"No, about 3 million.\"},{\"speaker\":\"\",\"text\":\"\"}]",
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna Petrova>Our exports rose by 8 percent last year.\n\n00:00:04.500 --> 00:00:08.000\n<v Mark Ellis>In 2016, exports rose by 21 percent.\n\n00:00:08.000 --> 00:00:09.000\nNo voice here, 12 people.\n",
    "1\n00:00:01,000 --> 00:00:04,000\n[SPEAKER_00]: The plant employs 1,000 people.\n\n2\n00:00:04,000 --> 00:00:07,500\n[SPEAKER_01]: No, more than 1,500 people.\n\n3\n00:00:07,500 --> 00:00:09,000\n[SPEAKER_00]: Nearly twice that.\n",
    "Anna: We spent 1e300 dollars, 99999999999999999999 roubles, 3.14159265358979323846 percent, 1/3 of it, 46–52 km, about 1.7e308 tonnes.\nBob: No, more than 2e300 dollars, -5 percent, less than -1e308, between 10 and 20 thousand, 1,2,3,4,5,6,7,8,9.\n",
    "Anna Petrova: 0.5 0.25 0.125 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 thousand million billion trillion.\nMark Ellis: Twice that. Three times. A third. Half. 150%. 2,5 million. 1.000.000.\n",
];

fn mutate(rng: &mut Rng, inputs: &[Vec<u8>]) -> Vec<u8> {
    let mut v = inputs[rng.below(inputs.len())].clone();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(v.len() + 1);
        match rng.below(20) {
            0..=5 => {
                let ins = INSERTS[rng.below(INSERTS.len())].as_bytes();
                v.splice(at..at, ins.iter().copied());
            }
            6..=8 => {
                let end = (at + rng.below(64)).min(v.len());
                v.drain(at..end);
            }
            9..=11 => {
                // Splice in a piece of another input.
                let other = &inputs[rng.below(inputs.len())];
                let s = rng.below(other.len() + 1);
                let e = (s + rng.below(400)).min(other.len());
                v.splice(at..at, other[s..e].iter().copied());
            }
            12..=14 => {
                let end = (at + rng.below(200)).min(v.len());
                let piece: Vec<u8> = v[at..end].to_vec();
                v.splice(at..at, piece);
            }
            15 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            16 if rng.below(4) == 0 => {
                // A few invalid or truncated UTF-8 bytes (rarely: the input is then refused).
                let bad: &[&[u8]] = &[b"\xff\xfe", b"\xc3", b"\xe2\x80", b"\xf0\x9f\x98"];
                v.splice(at..at, bad[rng.below(bad.len())].iter().copied());
            }
            _ => {
                let digit = b'0' + rng.below(10) as u8;
                v.insert(at, digit);
            }
        }
    }
    v
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Parse,
    Quantities,
    Analyze,
}

const LAYOUTS: [Layout; 5] = [
    Layout::Labelled,
    Layout::NameLines,
    Layout::WebVtt,
    Layout::Srt,
    Layout::Json,
];

/// Whether an interval holds a value, its ends finite or unbounded on their side.
fn sound(iv: &Interval) -> bool {
    !iv.lo.is_nan()
        && !iv.hi.is_nan()
        && iv.lo != f64::INFINITY
        && iv.hi != f64::NEG_INFINITY
        && (iv.lo < iv.hi || iv.lo == iv.hi && !iv.lo_open && !iv.hi_open)
}

fn on_boundary(text: &str, s: Span) -> bool {
    s.start <= s.end && text.get(s.range()).is_some()
}

fn check_transcript(t: &Transcript) -> Result<(), String> {
    let text = t.text();
    for turn in t.turns() {
        if !on_boundary(text, turn.span) || turn.speaker >= t.speakers().len() {
            return Err(format!("turn {:?} off the text or its speakers", turn.span));
        }
        if let Some(l) = turn.label
            && !on_boundary(text, l)
        {
            return Err(format!("label {l:?} off the text"));
        }
    }
    for s in t.narration().iter().chain(t.unattributed()) {
        if !on_boundary(text, *s) {
            return Err(format!("narration {s:?} off the text"));
        }
    }
    Ok(())
}

/// Each check: `Ok(true)` when the target did its whole work on the input, `Ok(false)`
/// when it stopped early (an input refused with an error), `Err` a finding.
type Checked = Result<bool, String>;

fn check_parse(bytes: &[u8]) -> Checked {
    if let Ok(t) = Transcript::from_bytes(bytes) {
        check_transcript(&t)?;
    }
    let text = String::from_utf8_lossy(bytes);
    for layout in LAYOUTS {
        if let Ok(t) = Transcript::parse_as(&text, layout) {
            check_transcript(&t).map_err(|e| format!("{layout:?}: {e}"))?;
        }
    }
    Ok(true)
}

fn check_quantities(bytes: &[u8], base: usize) -> Checked {
    let text = String::from_utf8_lossy(bytes);
    for (b, qs) in [
        (0, quantity::find(&text)),
        (base, quantity::find_at(&text, base)),
    ] {
        for q in qs {
            if !(q.value.is_finite() && q.stated.is_finite() && sound(&q.interval)) {
                return Err(format!("unsound figure {q:?}"));
            }
            if !q.span.contains(q.figure) {
                return Err(format!("figure {:?} outside span {:?}", q.figure, q.span));
            }
            if b == 0 && (!on_boundary(&text, q.span) || !on_boundary(&text, q.figure)) {
                return Err(format!("span {:?} does not slice the text", q.span));
            }
        }
    }
    Ok(true)
}

fn check_analysis(bytes: &[u8], d: &Detector) -> Checked {
    let t = match Transcript::from_bytes(bytes) {
        Ok(t) => t,
        Err(_) => return Ok(false),
    };
    let r = d.analyze(&t);
    let text = t.text();
    for f in r.discrepancies.iter().chain(&r.agreements) {
        if !(f.severity.is_finite() && f.confidence.is_finite()) {
            return Err(format!("a number not finite in {f:?}"));
        }
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
            if let Some(v) = e.value_span
                && !(e.start <= v.start && v.start <= v.end && v.end <= e.end)
            {
                return Err(format!("figure {v:?} outside quote {}..{}", e.start, e.end));
            }
            if let Some(iv) = e.interval
                && !sound(&iv)
            {
                return Err(format!("empty or NaN interval {iv:?}"));
            }
        }
    }
    let json = serde_json::to_string(&r).map_err(|e| format!("report to JSON: {e}"))?;
    let back: Report =
        serde_json::from_str(&json).map_err(|e| format!("report from JSON: {e}: {json}"))?;
    if back != r {
        return Err("the report read back from JSON differs".to_string());
    }
    Ok(true)
}

/// The inputs a path gives: a directory its files (sorted, not recursively), a JSON
/// development transcript its text, any other file its bytes.
fn read_inputs(path: &Path, out: &mut Vec<Vec<u8>>) {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for f in files {
            read_inputs(&f, out);
        }
        return;
    }
    let Ok(bytes) = std::fs::read(path) else {
        eprintln!("fuzz: cannot read {}", path.display());
        return;
    };
    if path.extension().is_some_and(|e| e == "json")
        && let Ok(v) = serde_json::from_slice::<serde_json::Value>(&bytes)
        && v.is_object()
    {
        if let Some(text) = v.get("transcript").and_then(|t| t.as_str()) {
            out.push(text.as_bytes().to_vec());
        } else if let Some(rel) = v.get("transcript_file").and_then(|t| t.as_str())
            && let Some(dir) = path.parent()
            && let Ok(text) = std::fs::read(dir.join(rel))
        {
            out.push(text);
        }
        return;
    }
    out.push(bytes);
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    let mid = v.len() / 2;
    *v.select_nth_unstable_by(mid, f64::total_cmp).1
}

fn main() -> ExitCode {
    let mut seconds = 60u64;
    let mut runs_limit: Option<u64> = None;
    let mut seed = 0x5EED_u64;
    let mut target = Target::Analyze;
    let mut out_dir = PathBuf::from(".");
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds),
            "--runs" => runs_limit = args.next().and_then(|s| s.parse().ok()),
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            "--out" => out_dir = args.next().map(PathBuf::from).unwrap_or(out_dir),
            "--target" => {
                target = match args.next().as_deref() {
                    Some("parse") => Target::Parse,
                    Some("quantities") => Target::Quantities,
                    Some("analyze") => Target::Analyze,
                    other => {
                        eprintln!("fuzz: --target is parse, quantities or analyze, not {other:?}");
                        return ExitCode::from(2);
                    }
                }
            }
            "-h" | "--help" => {
                println!(
                    "usage: fuzz [--target parse|quantities|analyze] [--seconds N | --runs N] \
                     [--seed S] [--out DIR] [FILE | DIR ...]"
                );
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') && flag != "-" => {
                eprintln!("fuzz: unknown option {flag} (see --help)");
                return ExitCode::from(2);
            }
            _ => paths.push(PathBuf::from(a)),
        }
    }
    let mut inputs: Vec<Vec<u8>> =
        vec![include_bytes!("data/putin-aliyev-2022-02-22.txt").to_vec()];
    inputs.extend(SEEDS.iter().map(|s| s.as_bytes().to_vec()));
    let builtin = inputs.len();
    for p in &paths {
        read_inputs(p, &mut inputs);
    }
    let seed_bytes: usize = inputs.iter().map(Vec::len).sum();
    eprintln!(
        "fuzz: {} seed inputs ({builtin} built in, {} from files), {:.2} MB",
        inputs.len(),
        inputs.len() - builtin,
        seed_bytes as f64 / 1e6
    );
    std::panic::set_hook(Box::new(|_| {}));
    let d = Detector::default();
    let mut rng = Rng(seed | 1);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut crashes, mut slow) = (0u64, 0u32, 0u32);
    let mut bytes_done = 0usize;
    let mut per_byte: Vec<f64> = Vec::new();
    let mut med = f64::NAN;
    let started = Instant::now();
    let write = |name: String, m: &[u8], why: &str| {
        let path = out_dir.join(name);
        let _ = std::fs::write(&path, m);
        eprintln!("fuzz: {why}; input written to {}", path.display());
    };
    loop {
        let more = match runs_limit {
            Some(n) => runs < n,
            None => Instant::now() < deadline,
        };
        if !more || crashes >= 5 {
            break;
        }
        let m = mutate(&mut rng, &inputs);
        let base = match rng.below(4) {
            0 => 0,
            1 => rng.below(1 << 20),
            2 => usize::MAX - rng.below(1 << 12),
            _ => rng.next() as usize,
        };
        bytes_done += m.len();
        let run_once = || {
            let t0 = Instant::now();
            let outcome = std::panic::catch_unwind(|| match target {
                Target::Parse => check_parse(&m),
                Target::Quantities => check_quantities(&m, base),
                Target::Analyze => check_analysis(&m, &d),
            });
            (outcome, t0.elapsed().as_secs_f64())
        };
        let (outcome, secs) = run_once();
        let (failure, whole) = match outcome {
            Ok(Ok(whole)) => (None, whole),
            Ok(Err(why)) => (Some(why), false),
            Err(_) => (Some("panic".to_string()), false),
        };
        if let Some(why) = failure {
            write(format!("fuzz-crash-{crashes}.txt"), &m, &why);
            crashes += 1;
        } else if whole && m.len() >= 1024 {
            let tpb = secs / m.len() as f64;
            if per_byte.len() >= 200 && tpb > 20.0 * med {
                // Suspicious: the best of three more runs decides (a busy machine is not a finding).
                let best = (0..3).map(|_| run_once().1).fold(secs, f64::min) / m.len() as f64;
                if best > 20.0 * med {
                    let why = format!(
                        "{:.1} ns/byte, {:.0}× the median {:.1} ns/byte ({} bytes)",
                        best * 1e9,
                        best / med,
                        med * 1e9,
                        m.len()
                    );
                    write(format!("fuzz-slow-{slow}.txt"), &m, &why);
                    slow += 1;
                    crashes += 1;
                }
            }
            per_byte.push(tpb);
            // The median, refreshed as the run goes (every input at first, then every 256).
            if per_byte.len() <= 256 || per_byte.len().is_multiple_of(256) {
                med = median(&per_byte);
            }
        }
        runs += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    let name = match target {
        Target::Parse => "parse",
        Target::Quantities => "quantities",
        Target::Analyze => "analyze",
    };
    println!(
        "fuzz: target {name}: {runs} inputs ({:.1} MB) in {secs:.0} s, seed {seed}, median {:.1} ns/byte over {} inputs of 1 KiB or more read whole, {crashes} failures ({slow} slow)",
        bytes_done as f64 / 1e6,
        if per_byte.is_empty() {
            0.0
        } else {
            median(&per_byte) * 1e9
        },
        per_byte.len(),
    );
    if crashes > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
