//! Labelled transcripts: `Name: text` lines (or Hansard name lines) → turns.
//!
//! In: a [`Builder`] holding text in [`Layout::Labelled`](super::Layout::Labelled) or
//! [`Layout::NameLines`](super::Layout::NameLines) layout.
//!
//! Out: the builder filled, line by line in text order: a label starts a turn
//! (its speech on the same line or the next; a parliamentary `HON. J. SMITH.-` also
//! where it runs on after a sentence inside a line), later paragraphs continue it
//! until a separator or stage direction, a page's running head inside a speech (a
//! page number, a date line) is narration and the speech goes on after it, a label
//! with no speech after it is unattributed, and everything else is narration.

use super::TimeRange;
use super::build::Builder;
use super::detect::Classified;
use super::label::looks_like_name_line;
use super::lines::{Line, is_running_head, known_label_prefix};
use super::speakers::NameKey;
use crate::span::Span;

/// Reads a labelled (or, with `name_lines`, a name-lines) transcript line by line.
/// `classified` holds the text's lines and their kinds when detection read them.
pub(super) fn parse_labelled<'a>(
    b: &mut Builder<'a>,
    name_lines: bool,
    classified: Option<Classified<'a>>,
) {
    let text = b.text;
    // `current` is the speaker of the open stretch of speech; `None` means narration.
    let mut current: Option<usize> = None;
    // Whether text may extend the last turn (a stage direction closes it).
    let mut open = false;
    let mut pending_header: Option<(usize, Span, Option<u64>)> = None;
    let Classified { lines, kinds } = classified.unwrap_or_else(|| Classified::of(text));
    // A label used on lines of its own that runs on inside a paragraph, after a
    // sentence (`… asked me this question. Question: No, I did not.`), opens a turn.
    let (lines, kinds) = if name_lines {
        (lines, kinds)
    } else {
        split_run_on_labels(lines, kinds)
    };
    let known = if name_lines {
        Vec::new()
    } else {
        known_labels(&lines, &kinds)
    };
    for (i, &(off, line)) in lines.iter().enumerate() {
        let span = Span::new(off, off + line.len());
        let mut kind = match &kinds[i] {
            Line::Text => known_label_prefix(line, &known).unwrap_or(Line::Text),
            k => k.clone(),
        };
        if name_lines {
            kind = name_line_kind(kind, &lines, &kinds, i);
        }
        // A page's running head or foot inside a speech (a page number, a date) is
        // narration, as a stage direction is: the speech goes on after it.
        if kind == Line::Text
            && current.is_some()
            && pending_header.is_none()
            && is_running_head(line)
        {
            kind = Line::Stage;
        }
        match kind {
            Line::Blank => {}
            Line::Separator => {
                narrate_pending(b, &mut pending_header);
                b.narrate(span);
                current = None;
                open = false;
                pending_header = None;
            }
            Line::Stage => {
                b.narrate(span);
                open = false;
            }
            Line::Header { label, time } => {
                narrate_pending(b, &mut pending_header);
                let label_span = Span::new(off + label.0, off + label.1);
                let sp = b.speaker_for(&text[label_span.range()]);
                // The rest of the line (`said:`, a time code) is part of the header.
                let rest = Span::new(label_span.end, span.end).trim(text);
                if !rest.is_empty() {
                    b.narrate(rest);
                }
                pending_header = Some((sp, label_span, time));
                current = Some(sp);
                open = false;
            }
            Line::Inline {
                label,
                content,
                time,
            } => {
                narrate_pending(b, &mut pending_header);
                let label_span = Span::new(off + label.0, off + label.1);
                let sp = b.speaker_for(&text[label_span.range()]);
                narrate_label_gaps(b, off, label, content);
                b.push_turn(
                    sp,
                    Some(label_span),
                    Span::new(off + content, span.end),
                    start_time(time),
                );
                current = Some(sp);
                open = true;
                pending_header = None;
            }
            Line::Text => {
                if let Some((sp, label_span, time)) = pending_header.take() {
                    let time = start_time(time);
                    b.push_turn(sp, Some(label_span), span, time);
                    open = true;
                } else if let Some(sp) = current {
                    if open {
                        b.extend_turn(span.end);
                    } else {
                        b.push_turn(sp, None, span, None);
                        open = true;
                    }
                } else {
                    b.narrate(span);
                }
            }
        }
    }
    // A header with no speech after it.
    if let Some((_, label_span, _)) = pending_header {
        b.unattributed(label_span);
    }
}

/// Labels that open at least [`RUN_ON_USES`] lines with a colon, as written
/// ("Question", "Vladimir Putin"): only these are looked for inside a paragraph.
fn line_labels<'a>(lines: &[(usize, &'a str)], kinds: &[Line]) -> Vec<&'a str> {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for ((_, line), kind) in lines.iter().zip(kinds) {
        if let Line::Inline { label, .. } = kind {
            let l = line[label.0..label.1].trim();
            if line[label.1..].starts_with(':') && !l.is_empty() {
                match seen.iter().position(|(s, _)| *s == l) {
                    Some(k) => seen[k].1 += 1,
                    None if seen.len() < 500 => seen.push((l, 1)),
                    None => {}
                }
            }
        }
    }
    seen.into_iter()
        .filter(|&(_, n)| n >= RUN_ON_USES)
        .map(|(l, _)| l)
        .collect()
}

/// How many lines a label must open to be looked for inside a paragraph.
const RUN_ON_USES: usize = 2;

/// The lines with each run-on label of [`line_labels`] split off to open a line of its
/// own (same offsets, no bytes lost), and the kinds of the new lines: the label comes
/// after a sentence's end and a space, and is followed by a colon, a space and a
/// capital or an opening quote.
fn split_run_on_labels(
    lines: Vec<(usize, &str)>,
    kinds: Vec<Line>,
) -> (Vec<(usize, &str)>, Vec<Line>) {
    let labels = line_labels(&lines, &kinds);
    if labels.is_empty() {
        return (lines, kinds);
    }
    let mut out_lines = Vec::with_capacity(lines.len());
    let mut out_kinds = Vec::with_capacity(kinds.len());
    for ((off, line), kind) in lines.into_iter().zip(kinds) {
        let speech = matches!(kind, Line::Text | Line::Inline { .. });
        let mut cuts: Vec<usize> = Vec::new();
        if speech {
            for (colon, _) in line.match_indices(": ") {
                let opens = line[colon + 2..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '\u{201c}' || c == '"');
                if !opens {
                    continue;
                }
                let before = &line[..colon];
                let at = labels.iter().find_map(|l| {
                    let start = before.strip_suffix(l).map(str::len)?;
                    let prior = line[..start]
                        .strip_suffix(' ')?
                        .trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}', ')']);
                    prior
                        .ends_with(['.', '?', '!', '\u{2026}'])
                        .then_some(start)
                });
                if let Some(at) = at
                    && cuts.last().is_none_or(|&c| c < at)
                {
                    cuts.push(at);
                }
            }
        }
        if cuts.is_empty() {
            out_lines.push((off, line));
            out_kinds.push(kind);
            continue;
        }
        let mut from = 0;
        let mut first_kind = Some(kind);
        for at in cuts.into_iter().chain(std::iter::once(line.len())) {
            let part = &line[from..at];
            out_lines.push((off + from, part));
            out_kinds.push(
                first_kind
                    .take()
                    .unwrap_or_else(|| super::lines::classify(part)),
            );
            from = at;
        }
    }
    (out_lines, out_kinds)
}

/// Labels (and names in them) of two words or more, to find without a colon.
fn known_labels(lines: &[(usize, &str)], kinds: &[Line]) -> Vec<String> {
    // Names already used as labels with a colon, for paragraphs that open with the name and
    // a full stop or nothing at all ("Vladimir Putin. Thank you.", "Yekaterina Rogova Yes.").
    let mut known: Vec<String> = Vec::new();
    for ((_, line), kind) in lines.iter().zip(kinds) {
        if let Line::Inline { label, .. } | Line::Header { label, .. } = kind {
            let l = line[label.0..label.1].trim();
            // The label as written and the person's name in it ("Vladimir Putin" in
            // "President of Russia Vladimir Putin").
            let key = NameKey::of(l);
            let name = (!key.name.is_empty() && !key.generic).then_some(key.display);
            for cand in [Some(l.to_string()), name].into_iter().flatten() {
                if cand.split_whitespace().count() >= 2
                    && !known.contains(&cand)
                    && known.len() < 500
                {
                    known.push(cand);
                }
            }
        }
    }
    // Longest first, so that a full label wins over the name inside it.
    known.sort_by_key(|k| std::cmp::Reverse(k.len()));
    known
}

/// In a name-lines transcript, only a name line before speech introduces a speaker.
fn name_line_kind(kind: Line, lines: &[(usize, &str)], kinds: &[Line], i: usize) -> Line {
    let line = lines[i].1;
    // Only name lines introduce speakers; colons inside speech are text.
    match kind {
        Line::Blank | Line::Separator | Line::Stage => kind,
        _ if looks_like_name_line(line) && next_is_text(lines, kinds, i) => {
            let lead = line.len() - line.trim_start().len();
            Line::Header {
                label: (lead, lead + line.trim().len()),
                time: None,
            }
        }
        _ => Line::Text,
    }
}

/// A header followed by another label or a separator had no speech: narration.
fn narrate_pending(b: &mut Builder<'_>, pending_header: &mut Option<(usize, Span, Option<u64>)>) {
    if let Some((_, old, _)) = pending_header.take() {
        b.narrate(old);
    }
}

/// A time code or markup around an inline label is narration, not speech.
fn narrate_label_gaps(b: &mut Builder<'_>, off: usize, label: (usize, usize), content: usize) {
    let text = b.text;
    for gap in [
        Span::new(off, off + label.0),
        Span::new(off + label.1, off + content),
    ] {
        let gap = gap.trim(text);
        if text[gap.range()]
            .chars()
            .any(|c| !c.is_whitespace() && c != ':')
        {
            b.narrate(gap);
        }
    }
}

/// A time code read with a label: the turn's start, its end unknown.
fn start_time(ms: Option<u64>) -> Option<TimeRange> {
    ms.map(|ms| TimeRange {
        start_ms: ms,
        end_ms: None,
    })
}

/// Whether the next non-blank line is speech (text or an inline label), not a name:
/// `kinds` are the lines' kinds as classified.
fn next_is_text(lines: &[(usize, &str)], kinds: &[Line], i: usize) -> bool {
    lines[i + 1..]
        .iter()
        .zip(&kinds[i + 1..])
        .find(|((_, l), _)| !l.trim().is_empty())
        .is_some_and(|((_, l), kind)| {
            !looks_like_name_line(l) && matches!(kind, Line::Text | Line::Inline { .. })
        })
}
