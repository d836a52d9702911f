//! The quantity stage on its own, in the protocol of `score-quantities`.
//!
//! Usage: `quantities --model MODEL < cases.jsonl`, where MODEL is one of
//! number, ordinal, percent, number_range, currency, dimension, age,
//! temperature. Each input line is `{"input": "..."}`; each output line is
//! `{"results": [{"text", "start", "end", "value", "type"}]}` with byte offsets.
//!
//! The models are views of [`discrepancy::quantity::find`]: the same
//! recogniser, each view reporting the kinds of quantity that model covers,
//! in that model's conventions (a range "between 20 and 30" is `[20,30)`).

use std::io::{BufRead, Write};
use std::process::ExitCode;

use discrepancy::quantity::{self, Anchor, Hedge, Kind, Quantity};
use serde_json::{Value, json};

fn main() -> ExitCode {
    let mut model = String::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model = args.next().unwrap_or_default(),
            _ => {
                eprintln!(
                    "usage: quantities --model number|ordinal|percent|number_range|currency|dimension|age|temperature"
                );
                return ExitCode::from(2);
            }
        }
    }
    let models = [
        "number",
        "ordinal",
        "percent",
        "number_range",
        "currency",
        "dimension",
        "age",
        "temperature",
    ];
    if !models.contains(&model.as_str()) {
        eprintln!("quantities: unknown model {model:?}");
        return ExitCode::from(2);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let input = serde_json::from_str::<Value>(&line)
            .ok()
            .and_then(|v| v["input"].as_str().map(str::to_string))
            .unwrap_or_default();
        let results = view(&model, &input);
        if writeln!(out, "{}", json!({ "results": results })).is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn result(text: &str, start: usize, end: usize, value: Value, kind: &str) -> Value {
    json!({"text": &text[start..end], "start": start, "end": end, "value": value, "type": kind})
}

fn view(model: &str, text: &str) -> Vec<Value> {
    let qs = quantity::find(text);
    let mut out = Vec::new();
    // Units named without a figure have no value.
    for m in quantity::unit_mentions(text) {
        let kind = match (model, m.kind) {
            ("currency", Kind::Money) => "currency",
            ("percent", Kind::Percent) => "percentage",
            ("temperature", Kind::Measure) if m.unit.starts_with('°') => "temperature",
            ("dimension", Kind::Measure) if !m.unit.starts_with('°') => "dimension",
            _ => continue,
        };
        out.push(result(text, m.span.start, m.span.end, Value::Null, kind));
    }
    if model == "ordinal" {
        for p in quantity::positions(text) {
            let anchor = match p.anchor {
                Anchor::End => "end",
                Anchor::Current => "current",
            };
            let v = format!("{anchor}{:+}", p.offset);
            out.push(result(
                text,
                p.span.start,
                p.span.end,
                json!(v),
                "ordinal.relative",
            ));
        }
    }
    for q in &qs {
        let glued_unit = q.figure.end == q.span.end
            || text[q.figure.end..q.span.end].starts_with(|c: char| !c.is_whitespace());
        match model {
            "number" => match q.kind {
                Kind::Ordinal | Kind::Date => {}
                Kind::Measure | Kind::Duration if glued_unit && q.figure.end != q.span.end => {}
                _ if q.hedge == Hedge::Range => {}
                _ => out.push(result(
                    text,
                    q.figure.start,
                    q.figure.end,
                    json!(q.stated),
                    "number",
                )),
            },
            "ordinal" if q.kind == Kind::Ordinal => out.push(result(
                text,
                q.figure.start,
                q.figure.end,
                json!(q.stated),
                "ordinal",
            )),
            "percent" if matches!(q.kind, Kind::Percent) => out.push(result(
                text,
                q.figure.start,
                q.span.end,
                json!(q.stated),
                "percentage",
            )),
            // The suite's convention: "percent of 10" with no figure before "percent" is
            // 10 percent (the detector does not read it so).
            "percent" if q.kind == Kind::Count => {
                let before = text[..q.span.start].trim_end().to_ascii_lowercase();
                let Some(head) = before.strip_suffix(" of").or(before.strip_suffix("of")) else {
                    continue;
                };
                let head = head.trim_end();
                let word = ["percents", "percent", "per cent"]
                    .into_iter()
                    .find(|w| head.ends_with(w));
                if let Some(w) = word {
                    let start = head.len() - w.len();
                    let figure_before = head[..start]
                        .trim_end()
                        .ends_with(|c: char| c.is_ascii_digit());
                    if !figure_before {
                        out.push(result(
                            text,
                            start,
                            q.span.end,
                            json!(q.stated),
                            "percentage",
                        ));
                        // The bare word is not a mention of its own here.
                        out.retain(|r| !(r["value"].is_null() && r["start"] == start));
                    }
                }
            }
            "number_range" => {
                if let Some(v) = range_value(text, q) {
                    // The bounds only, without a unit after the last figure; a bound stated
                    // after the figure ("500 or more") starts at the figure.
                    let post = text[q.figure.end..q.span.end].trim_start();
                    let post_bound = post.starts_with("or ") || post.starts_with("and ");
                    let end = if q.hedge == Hedge::Range || post_bound {
                        q.span.end
                    } else {
                        q.figure.end
                    };
                    let pre = text[q.span.start..q.figure.start]
                        .trim()
                        .to_ascii_lowercase();
                    let loose = matches!(pre.as_str(), "about" | "around" | "some" | "roughly");
                    let start = if (post_bound || q.hedge == Hedge::Range) && loose {
                        q.figure.start
                    } else {
                        q.span.start
                    };
                    out.push(result(text, start, end, json!(v), "numberrange"));
                }
            }
            "currency" if q.kind == Kind::Money => out.push(result(
                text,
                currency_start(text, q),
                q.span.end,
                json!(q.stated),
                "currency",
            )),
            "dimension"
                if q.kind == Kind::Measure
                    && !q.unit.as_deref().is_some_and(|u| u.starts_with('°')) =>
            {
                let (start, v) = with_unit(text, q);
                out.push(result(text, start, q.span.end, json!(v), "dimension"))
            }
            "age" if q.kind == Kind::Duration && is_age(&text[..q.span.end]) => {
                let (start, v) = with_unit(text, q);
                out.push(result(text, start, q.span.end, json!(v), "age"))
            }
            // "a man of age 87"
            "age"
                if q.kind == Kind::Count
                    && q.hedge == Hedge::Exact
                    && text[..q.figure.start]
                        .to_ascii_lowercase()
                        .ends_with("age ") =>
            {
                out.push(result(
                    text,
                    q.figure.start - 4,
                    q.span.end,
                    json!(q.stated),
                    "age",
                ))
            }
            "temperature"
                if q.kind == Kind::Measure
                    && q.unit.as_deref().is_some_and(|u| u.starts_with('°')) =>
            {
                out.push(result(
                    text,
                    q.figure.start,
                    q.span.end,
                    json!(q.stated),
                    "temperature",
                ))
            }
            _ => {}
        }
    }
    out
}

/// The figure that the unit is written with: in a range ("eight to 10 feet") the suite
/// gives the unit to the last figure only.
fn with_unit(text: &str, q: &Quantity) -> (usize, f64) {
    if q.hedge == Hedge::Range {
        let figure = &text[q.figure.start..q.figure.end];
        if let Some((at, len)) = separator(figure) {
            let rest = &figure[at + len..];
            let skip = rest.len() - rest.trim_start().len();
            if let Some(b) = quantity::find(rest).first() {
                return (q.figure.start + at + len + skip, b.stated);
            }
        }
    }
    (q.figure.start, q.stated)
}

/// Whether a duration ends the way an age does: "five years old", "three years of age",
/// "87 yo".
fn is_age(before_end: &str) -> bool {
    let lower = before_end.to_ascii_lowercase();
    ["old", "of age", " yo"].iter().any(|s| lower.ends_with(s))
}

/// Where the amount starts without its hedge: at the currency sign or code before the
/// figure (`c $ 16.4 million`, `USD 5`), else at the figure.
fn currency_start(text: &str, q: &Quantity) -> usize {
    let pre = &text[q.span.start..q.figure.start];
    if let Some(p) = pre.rfind(|c: char| "$€£¥₽₹₴₩₺₸¢₡₾₭₿₦₱₪₫".contains(c))
    {
        let head = &pre[..p];
        // A code glued to the sign (`US$`, `mxn$`) or spaced before it (`c $`).
        let glued = head.ends_with(|c: char| c.is_ascii_alphabetic());
        let head = head.trim_end();
        let w_start = head.rfind(' ').map_or(0, |x| x + 1);
        let w = head[w_start..].to_ascii_lowercase();
        let code = glued || matches!(w.as_str(), "us" | "u.s" | "c" | "hk" | "au" | "nz" | "can");
        return q.span.start + if code && !w.is_empty() { w_start } else { p };
    }
    // A code before the figure: `USD 5`, `MAUD 60`.
    let trimmed = pre.trim_end();
    let w_start = trimmed.rfind(' ').map_or(0, |x| x + 1);
    let w = &trimmed[w_start..];
    if (3..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()) {
        return q.span.start + w_start;
    }
    q.figure.start
}

/// The interval a bounded or ranged figure states, in the suite's notation: the
/// figures as stated, without the slack of their rounding.
fn range_value(text: &str, q: &Quantity) -> Option<String> {
    let opening = text[q.span.start..q.figure.start]
        .trim()
        .to_ascii_lowercase();
    let n = |x: f64| quantity::fmt_num(x);
    let lo = q.stated;
    Some(match q.hedge {
        Hedge::Range => {
            let (a, b) = bounds(&text[q.figure.start..q.figure.end])?;
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            let joined = !opening.is_empty()
                && !matches!(
                    opening.as_str(),
                    "between" | "from" | "about" | "around" | "some"
                );
            // The suite reads "between 20 and 30" and "20-30" as [20,30); two joined bounds
            // ("more than 20 and at most 35") keep their own ends.
            if joined {
                let iv = q.interval;
                format!(
                    "{}{},{}{}",
                    if iv.lo_open { '(' } else { '[' },
                    n(lo),
                    n(hi),
                    if iv.hi_open { ')' } else { ']' }
                )
            } else {
                format!("[{},{})", n(lo), n(hi))
            }
        }
        Hedge::MoreThan => format!("({},)", n(lo)),
        Hedge::AtLeast => format!("[{},)", n(lo)),
        Hedge::LessThan => format!("(,{})", n(lo)),
        Hedge::AtMost => format!("(,{}]", n(lo)),
        Hedge::Exact if opening.starts_with("equal") => format!("[{},{}]", n(lo), n(lo)),
        _ => return None,
    })
}

/// The first separator between the two figures of a range: its offset and length.
fn separator(figure: &str) -> Option<(usize, usize)> {
    let seps = [
        " and ",
        ", ",
        " but ",
        " to ",
        " through ",
        " thru ",
        "-",
        "–",
        "~",
    ];
    seps.iter()
        .filter_map(|s| figure.find(s).filter(|p| *p > 0).map(|p| (p, s.len())))
        .min()
}

/// The two figures of a range as stated, read from either side of its first separator.
fn bounds(figure: &str) -> Option<(f64, f64)> {
    let (at, len) = separator(figure)?;
    let a = quantity::find(&figure[..at]).first()?.stated;
    let b = quantity::find(&figure[at + len..]).first()?.stated;
    Some((a, b))
}
