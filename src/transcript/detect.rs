//! Layout detection: the text → the [`Layout`] it is written in.
//!
//! In: the whole transcript as published.
//!
//! Out: [`Layout::WebVtt`] for a `WEBVTT` header, [`Layout::Json`] for a JSON
//! object or array of objects, [`Layout::Srt`] for a cue number and a timing
//! line, [`Layout::NameLines`] when names alone on a line outnumber colon
//! labels, and [`Layout::Labelled`] otherwise.

use super::Layout;
use super::label::looks_like_name_line;
use super::lines::{Line, classify, lines_with_offsets, split_run_on};
use super::warn::LayoutEvidence;

/// Guesses the layout from the text.
pub fn detect_layout(text: &str) -> Layout {
    detect(text).0
}

/// The lines of a text with their kinds, classified once for detection and parsing.
pub(super) struct Classified<'a> {
    /// Each line's start offset and text, line ends excluded, run-on parliamentary
    /// labels split off onto lines of their own.
    pub lines: Vec<(usize, &'a str)>,
    /// The kind of each line, as [`classify`] reads it.
    pub kinds: Vec<Line>,
}

impl<'a> Classified<'a> {
    /// Classifies every line of `text`.
    pub fn of(text: &'a str) -> Classified<'a> {
        // A label that runs on inside a paragraph (`… of the bill. HON. J. SMITH.- I …`)
        // opens a line of its own.
        let lines: Vec<(usize, &str)> = split_run_on(lines_with_offsets(text).collect());
        let kinds = lines.iter().map(|(_, l)| classify(l)).collect();
        Classified { lines, kinds }
    }
}

/// The layout, the evidence it was chosen on (for the labelled and name-line layouts),
/// and the classified lines when reading them decided it (they serve the parse of a
/// labelled text as they are).
pub(super) fn detect(text: &str) -> (Layout, LayoutEvidence, Option<Classified<'_>>) {
    let none = LayoutEvidence::default();
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with("WEBVTT") {
        return (Layout::WebVtt, none, None);
    }
    // JSON: an object, or an array of objects ("[00:01:02] Name: …" is a time code).
    let array_of_objects = body
        .strip_prefix('[')
        .is_some_and(|r| r.trim_start().starts_with(['{', ']']) || r.trim().is_empty());
    if body.starts_with('{') || array_of_objects {
        return (Layout::Json, none, None);
    }
    let mut lines = lines_with_offsets(body)
        .map(|(_, l)| l.trim())
        .filter(|l| !l.is_empty());
    if let (Some(first), Some(second)) = (lines.next(), lines.next())
        && first.chars().all(|c| c.is_ascii_digit())
        && second.contains("-->")
    {
        return (Layout::Srt, none, None);
    }
    // The lines of the body are those of the text from where the body starts: the
    // lines before are white space, and the one it starts inside is read from there.
    let classified = Classified::of(text);
    let start = text.len() - body.len();
    let mut labels = 0;
    let mut name_lines = 0;
    for (&(off, line), kind) in classified.lines.iter().zip(&classified.kinds) {
        if off + line.len() < start || (off < start && start == text.len()) {
            continue;
        }
        let own;
        let (line, kind) = if off < start {
            let rest = &text[start..off + line.len()];
            own = classify(rest);
            (rest, &own)
        } else {
            (line, kind)
        };
        match kind {
            Line::Inline { .. } | Line::Header { .. } => labels += 1,
            Line::Text if looks_like_name_line(line) => name_lines += 1,
            _ => {}
        }
    }
    let layout = if labels < 2 && name_lines >= 2 {
        Layout::NameLines
    } else {
        Layout::Labelled
    };
    (
        layout,
        LayoutEvidence { labels, name_lines },
        Some(classified),
    )
}
