//! `--format html`: one self-contained page (no script, no external style, font or
//! image): the transcript with its speakers set apart and both quotes of every
//! finding marked, beside a list of the discrepancies and agreements that links
//! to the quotes and back. Readable on a phone (one column), printable.

use std::fmt::Write;

use discrepancy::{Detector, Evidence, Finding, Found, Transcript};

/// One transcript and its findings, ready to render.
pub struct Doc<'a> {
    name: &'a str,
    t: &'a Transcript,
    discrepancies: Vec<Finding>,
    agreements: Vec<Finding>,
}

impl<'a> Doc<'a> {
    /// Analyses `t` (read from `name`) with `d`.
    pub fn new(name: &'a str, t: &'a Transcript, d: &Detector) -> Doc<'a> {
        let (mut discrepancies, mut agreements) = (Vec::new(), Vec::new());
        for f in d.prepare(t).findings() {
            match f {
                Found::Discrepancy(x) => discrepancies.push(x),
                Found::Agreement(x) => agreements.push(x),
            }
        }
        Doc {
            name,
            t,
            discrepancies,
            agreements,
        }
    }
}

/// Text made safe for HTML, in element content and in quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --disc: #fde2c8; --disc-edge: #c2410c; --agree: #d7f0dc; --agree-edge: #15803d;
  --ink: #1b1b1b; --muted: #5f6368; --line: #d9d9d9; --paper: #fff; --speaker: #1e3a8a; }
@media (prefers-color-scheme: dark) {
  :root { --disc: #5a3212; --disc-edge: #fb923c; --agree: #173d22; --agree-edge: #4ade80;
    --ink: #e8e8e8; --muted: #a0a4a8; --line: #3a3a3a; --paper: #161616; --speaker: #93b4ff; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.page, article > header { padding: 1rem 1.25rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.meta, .legend { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
.legend mark { padding: 0 .3em; }
.doc { display: grid; grid-template-columns: 1fr; grid-template-areas: "side" "text"; }
.side { grid-area: side; padding: 0 1.25rem 1rem; border-bottom: 1px solid var(--line); }
.text { grid-area: text; padding: 0 1.25rem 2rem; max-width: 46rem; }
@media (min-width: 62rem) {
  .doc { grid-template-columns: minmax(0, 3fr) minmax(20rem, 2fr); grid-template-areas: "text side"; }
  .side { border-bottom: 0; border-left: 1px solid var(--line); position: sticky; top: 0;
    align-self: start; max-height: 100vh; overflow-y: auto; }
}
.turn { margin: 1rem 0; }
.turn .who { margin: 0 0 .15rem; font-size: 1rem; color: var(--speaker); font-weight: 650; }
.turn .who time { color: var(--muted); font-weight: 400; font-size: .85rem; margin-left: .5em; }
.said, .narration { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.said .gap { display: block; height: .5em; }
.narration { color: var(--muted); font-style: italic; margin: 1rem 0; }
mark { color: inherit; border-radius: 3px; padding: .05em 0; scroll-margin-top: 30vh;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.disc { background: var(--disc); box-shadow: inset 0 -2px var(--disc-edge); }
mark.agree { background: var(--agree); box-shadow: inset 0 -2px var(--agree-edge); }
mark:target { outline: 3px solid var(--disc-edge); }
mark.agree:target { outline-color: var(--agree-edge); }
sup.refs { font-size: .72em; line-height: 0; margin-left: .15em; }
sup.refs a { text-decoration: none; font-weight: 650; padding: 0 .1em; }
a { color: var(--speaker); }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--disc-edge); border-radius: 6px;
  padding: .6rem .8rem; margin: .6rem 0; scroll-margin-top: 1rem; break-inside: avoid; }
.finding.agree { border-left-color: var(--agree-edge); }
.finding:target { outline: 3px solid var(--disc-edge); }
.finding.agree:target { outline-color: var(--agree-edge); }
.finding h3 { font-size: 1rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
.finding .num { color: var(--muted); margin-right: .35em; }
.quote { margin: .45rem 0; }
.quote .who { font-weight: 650; }
.quote q { quotes: "\201C" "\201D"; }
.value { display: inline-block; font-variant-numeric: tabular-nums; font-weight: 650;
  border: 1px solid var(--line); border-radius: 4px; padding: 0 .35em; margin-left: .25em; }
.why { margin: .45rem 0 0; }
.rule { color: var(--muted); font-size: .85rem; }
.none { color: var(--muted); }
@media print {
  body { font-size: 11pt; }
  .doc { display: block; }
  .side { position: static; max-height: none; overflow: visible; border: 0; padding: 0 0 1rem; }
  .text { max-width: none; padding: 0; }
  header.page, article > header { padding: 0 0 .5rem; }
  a { color: inherit; text-decoration: none; }
  .turn .who { break-after: avoid; }
  article + article { break-before: page; }
}
"#;

/// The whole page for `docs`.
pub fn page(docs: &[Doc]) -> String {
    let title = match docs {
        [d] => format!("Discrepancies: {}", display(d.name)),
        _ => format!("Discrepancies: {} transcripts", docs.len()),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"discrepancy {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&title)
    );
    if docs.len() > 1 {
        let _ = writeln!(
            out,
            "<header class=\"page\"><h1>{}</h1></header>",
            escape(&title)
        );
    }
    for (n, d) in docs.iter().enumerate() {
        article(&mut out, n, d, docs.len() == 1);
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn display(name: &str) -> &str {
    if name == "-" { "standard input" } else { name }
}

/// A stretch of the transcript as the page shows it.
struct Block {
    start: usize,
    end: usize,
    /// The turn's index, or `None` for narration and unattributed text.
    turn: Option<usize>,
}

/// A marked range of the text and the findings that quote it.
struct Mark {
    start: usize,
    end: usize,
    /// Whether a discrepancy quotes it (else only agreements).
    disc: bool,
    /// The ids and labels of the findings that quote it ("d1", "D1").
    refs: Vec<(String, String)>,
}

/// One transcript: its header, the list of findings, the marked transcript.
fn article(out: &mut String, n: usize, d: &Doc, single: bool) {
    let t = d.t;
    let text = t.text();
    let p = format!("t{n}-");
    // The stretches of text in order: turns (without their labels), narration, the rest.
    let mut blocks: Vec<Block> = t
        .turns()
        .iter()
        .enumerate()
        .map(|(i, x)| Block {
            start: x.span.start,
            end: x.span.end,
            turn: Some(i),
        })
        .chain(t.narration().iter().chain(t.unattributed()).map(|s| Block {
            start: s.start,
            end: s.end,
            turn: None,
        }))
        .filter(|b| b.start < b.end && b.end <= text.len())
        .collect();
    // What a turn's label line holds past the label ("Vladimir Putin said:" reads as
    // "Vladimir Putin" and "said:") is the turn's heading, not narration of its own.
    let mut headings: Vec<(usize, usize)> = t
        .turns()
        .iter()
        .filter_map(|x| x.label.map(|l| (l.start.min(x.span.start), x.span.start)))
        .collect();
    headings.sort_unstable();
    let in_heading = |b: &Block| {
        let i = headings.partition_point(|h| h.0 <= b.start);
        i > 0 && b.end <= headings[i - 1].1
    };
    blocks.retain(|b| b.turn.is_some() || !in_heading(b));
    blocks.sort_by_key(|b| (b.start, b.end));
    // No text twice: a stretch that overlaps the one before starts where it ends.
    let mut last = 0;
    blocks.retain_mut(|b| {
        b.start = b.start.max(last);
        last = last.max(b.end);
        b.start < b.end
    });

    // Quoted ranges, one mark per distinct range; a range overlapping an earlier
    // mark is shown by that mark.
    let findings = d
        .discrepancies
        .iter()
        .enumerate()
        .map(|(i, f)| (format!("{p}d{}", i + 1), format!("D{}", i + 1), true, f))
        .chain(
            d.agreements
                .iter()
                .enumerate()
                .map(|(i, f)| (format!("{p}a{}", i + 1), format!("A{}", i + 1), false, f)),
        )
        .collect::<Vec<_>>();
    let mut quotes: Vec<(usize, usize, usize, bool)> = Vec::new(); // start, end, finding, disc
    for (k, (_, _, disc, f)) in findings.iter().enumerate() {
        for e in [&f.a, &f.b] {
            // Clipped to the block where it starts, so that marks never cross a block.
            let Some(b) = blocks.iter().find(|b| e.start < b.end && e.end > b.start) else {
                continue;
            };
            let (s, x) = (e.start.max(b.start), e.end.min(b.end));
            if s < x {
                quotes.push((s, x, k, *disc));
            }
        }
    }
    quotes.sort_by_key(|q| (q.0, q.1));
    let mut marks: Vec<Mark> = Vec::new();
    // For each finding, the marks of its quotes a and b (by the evidence's range).
    let mut mark_of: Vec<(usize, usize, usize)> = Vec::new(); // start, end of evidence → mark
    for (s, x, k, disc) in quotes {
        let (id, label, _, _) = &findings[k];
        let m = match marks.last_mut() {
            Some(m) if s < m.end => m,
            _ => {
                marks.push(Mark {
                    start: s,
                    end: x,
                    disc: false,
                    refs: Vec::new(),
                });
                marks.last_mut().unwrap_or_else(|| unreachable!())
            }
        };
        // A quote that overlaps the mark before and runs past it lengthens that mark.
        m.end = m.end.max(x);
        m.disc |= disc;
        if !m.refs.iter().any(|(i, _)| i == id) {
            m.refs.push((id.clone(), label.clone()));
        }
        mark_of.push((s, x, marks.len() - 1));
    }
    let mark_for = |e: &Evidence| -> Option<usize> {
        let b = blocks.iter().find(|b| e.start < b.end && e.end > b.start)?;
        let s = e.start.max(b.start);
        mark_of.iter().find(|m| m.0 == s).map(|m| m.2)
    };

    out.push_str("<article>\n<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(display(d.name)));
    let speakers: Vec<String> = t.speakers().iter().map(|s| escape(&s.name)).collect();
    let date = t
        .date()
        .map(|x| format!(" · date of the event {x}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} · {} turns{}</p>",
        if speakers.is_empty() {
            "no speakers".to_string()
        } else {
            speakers.join(", ")
        },
        t.turns().len(),
        escape(&date)
    );
    let _ = writeln!(
        out,
        "<p class=\"legend\"><mark class=\"disc\">discrepancy</mark> <mark class=\"agree\">agreement</mark> \
         — each marked quote links to its finding, each finding to both quotes.</p>"
    );
    out.push_str(
        "</header>\n<div class=\"doc\">\n<section class=\"side\" aria-label=\"Findings\">\n",
    );
    for (disc, list) in [(true, &d.discrepancies), (false, &d.agreements)] {
        let what = if disc { "Discrepancies" } else { "Agreements" };
        let _ = writeln!(out, "<h2>{what} ({})</h2>", list.len());
        if list.is_empty() {
            let _ = writeln!(out, "<p class=\"none\">None found.</p>");
            continue;
        }
        out.push_str("<ol class=\"findings\">\n");
        for f in findings.iter().filter(|f| f.2 == disc) {
            finding(out, f.0.as_str(), f.1.as_str(), disc, f.3, &mark_for, &p);
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n<section class=\"text\" aria-label=\"Transcript\">\n");
    if !single {
        let _ = writeln!(out, "<h2>Transcript</h2>");
    }
    transcript_text(out, t, &blocks, &marks, &p);
    out.push_str("</section>\n</div>\n</article>\n");
}

/// The transcript's text, block by block, with the quoted ranges marked and linked
/// to their findings.
fn transcript_text(
    out: &mut String,
    t: &discrepancy::Transcript,
    blocks: &[Block],
    marks: &[Mark],
    p: &str,
) {
    let text = t.text();
    let mut next_mark = 0;
    for b in blocks {
        match b.turn {
            Some(i) => {
                let x = &t.turns()[i];
                let time = x
                    .time
                    .map(|tm| format!("<time>{tm}</time>"))
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<div class=\"turn\">\n<h3 class=\"who\">{}{time}</h3>\n<p class=\"said\">",
                    escape(t.speaker_name(x))
                );
            }
            None => out.push_str("<p class=\"narration\">"),
        }
        let mut at = b.start;
        while let Some(m) = marks.get(next_mark).filter(|m| m.start < b.end) {
            let id = format!("{p}q{next_mark}");
            out.push_str(&paragraphs(slice(text, at, m.start)));
            let class = if m.disc { "disc" } else { "agree" };
            let _ = write!(
                out,
                "<mark class=\"{class}\" id=\"{id}\">{}</mark><sup class=\"refs\">",
                escape(slice(text, m.start, m.end))
            );
            for (i, (fid, label)) in m.refs.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                let _ = write!(
                    out,
                    "<a href=\"#{fid}\" title=\"finding {label}\">{label}</a>"
                );
            }
            out.push_str("</sup>");
            at = m.end;
            next_mark += 1;
        }
        out.push_str(&paragraphs(slice(text, at, b.end)));
        out.push_str(if b.turn.is_some() {
            "</p>\n</div>\n"
        } else {
            "</p>\n"
        });
    }
}

/// One finding in the side list: topic, category and confidence, both quotes
/// (linked to their marks) with their values, the explanation and the rule.
fn finding(
    out: &mut String,
    id: &str,
    label: &str,
    disc: bool,
    f: &Finding,
    mark_for: &dyn Fn(&Evidence) -> Option<usize>,
    prefix: &str,
) {
    let class = if disc {
        "finding disc"
    } else {
        "finding agree"
    };
    let category = serde_json::to_value(f.category)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{:?}", f.category));
    let _ = writeln!(
        out,
        "<li class=\"{class}\" id=\"{id}\">\n<h3><span class=\"num\">{label}</span>{}</h3>\n\
         <p class=\"meta\">{} · confidence {:.2}</p>",
        escape(&f.topic),
        escape(&category.replace('_', " ")),
        f.confidence
    );
    for e in [&f.a, &f.b] {
        let when = e
            .time
            .map(|tm| format!(" <time>{tm}</time>"))
            .unwrap_or_default();
        let value = e
            .value
            .as_deref()
            .map(|v| format!("<span class=\"value\">{}</span>", escape(v)))
            .unwrap_or_default();
        let quote = escape(&e.text);
        let quote = match mark_for(e) {
            Some(m) => format!(
                "<a href=\"#{prefix}q{m}\" title=\"show in the transcript\"><q>{quote}</q></a>"
            ),
            None => format!("<q>{quote}</q>"),
        };
        let _ = writeln!(
            out,
            "<p class=\"quote\"><span class=\"who\">{}</span>{when}: {quote} {value}</p>",
            escape(&e.speaker)
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"why\">{}</p>\n<p class=\"rule\">rule: {}</p>\n</li>",
        escape(&f.explanation),
        escape(f.rule.name())
    );
}

/// Text of a turn made safe for HTML, a little space after each line end: the
/// paragraphs of a long turn stand apart, where `pre-wrap` alone runs them together.
fn paragraphs(s: &str) -> String {
    escape(s).replace('\n', "\n<span class=\"gap\"></span>")
}

/// `text[a..b]`, each end moved back to a character boundary.
fn slice(text: &str, a: usize, b: usize) -> &str {
    let fix = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (fix(a), fix(b));
    if a < b { &text[a..b] } else { "" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<b>\"A & B's\"</b>"),
            "&lt;b&gt;&quot;A &amp; B&#39;s&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn marks_both_quotes_and_links_them() {
        let t = Transcript::parse(
            "Anna Petrova: We opened 12 clinics <this> year.\nMark Ellis: No, 15 clinics this year.\n",
        )
        .unwrap();
        let d = Detector::default();
        let page = page(&[Doc::new("x.txt", &t, &d)]);
        assert!(page.contains("&lt;this&gt;") && !page.contains("<this>"));
        assert!(page.contains("id=\"t0-q0\"") && page.contains("id=\"t0-q1\""));
        assert!(page.contains("href=\"#t0-q0\"") && page.contains("href=\"#t0-q1\""));
        assert!(page.contains("id=\"t0-d1\"") && page.contains("href=\"#t0-d1\""));
    }
}
