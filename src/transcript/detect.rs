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
    detect_with_evidence(text).0
}

/// The layout, and for the labelled and name-line layouts the lines it was chosen on.
pub(super) fn detect_with_evidence(text: &str) -> (Layout, LayoutEvidence) {
    let none = LayoutEvidence::default();
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with("WEBVTT") {
        return (Layout::WebVtt, none);
    }
    // JSON: an object, or an array of objects ("[00:01:02] Name: …" is a time code).
    let array_of_objects = body
        .strip_prefix('[')
        .is_some_and(|r| r.trim_start().starts_with(['{', ']']) || r.trim().is_empty());
    if body.starts_with('{') || array_of_objects {
        return (Layout::Json, none);
    }
    let mut lines = lines_with_offsets(body)
        .map(|(_, l)| l.trim())
        .filter(|l| !l.is_empty());
    if let (Some(first), Some(second)) = (lines.next(), lines.next())
        && first.chars().all(|c| c.is_ascii_digit())
        && second.contains("-->")
    {
        return (Layout::Srt, none);
    }
    let mut labels = 0;
    let mut name_lines = 0;
    for (_, line) in split_run_on(lines_with_offsets(body).collect()) {
        match classify(line) {
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
    (layout, LayoutEvidence { labels, name_lines })
}
