//! Subtitles: WebVTT and SRT cues → turns.
//!
//! In: a [`Builder`] holding WebVTT or SRT text: cues of an optional id, a
//! `start --> end` timing line and payload lines, separated by blank lines.
//!
//! Out: the builder filled: each payload line is a turn timed by its cue, its
//! speaker from a `<v Name>` tag or a `Name:` prefix, else the last speaker
//! named (unattributed before any); headers, NOTE/STYLE/REGION blocks, cue ids
//! and timing lines are narration. A timing line that cannot be read is an error
//! (hours of any length, minutes and seconds below 60), and so is a cue that ends
//! before it starts; errors name the 1-based line of the timing.

use super::TimeRange;
use super::build::Builder;
use super::lines::{Line, classify, lines_with_offsets};
use super::time::{looks_like_timing, parse_timing};
use crate::error::{ErrorKind, Result};
use crate::span::Span;

pub(super) fn parse_cues(b: &mut Builder<'_>, vtt: bool) -> Result<()> {
    let text = b.text;
    let lines: Vec<(usize, &str)> = lines_with_offsets(text).collect();
    let mut i = 0;
    let mut last_speaker: Option<usize> = None;
    // Header block of a VTT file (up to the first blank line) is narration.
    if vtt {
        while i < lines.len() && !lines[i].1.trim().is_empty() {
            let (off, l) = lines[i];
            b.narrate(Span::new(off, off + l.len()));
            i += 1;
        }
    }
    while i < lines.len() {
        let (off, line) = lines[i];
        let t = line.trim();
        if t.is_empty() {
            i += 1;
            continue;
        }
        // A NOTE / STYLE / REGION block in VTT.
        if vtt && (t.starts_with("NOTE") || t == "STYLE" || t == "REGION") {
            while i < lines.len() && !lines[i].1.trim().is_empty() {
                let (o, l) = lines[i];
                b.narrate(Span::new(o, o + l.len()));
                i += 1;
            }
            continue;
        }
        // Optional cue id, then the timing line.
        let mut timing_line = i;
        // A timing line with its arrow mistyped, and no timing line after it: the error is
        // on this line, not on the payload after it.
        if !t.contains("-->")
            && looks_like_timing(t)
            && lines.get(i + 1).is_none_or(|(_, l)| !l.contains("-->"))
        {
            return Err(ErrorKind::BadTimestamp {
                line: i + 1,
                found: t.chars().take(80).collect(),
            }
            .into());
        }
        if !t.contains("-->") {
            b.narrate(Span::new(off, off + line.len()));
            timing_line = i + 1;
        }
        let Some(&(toff, tline)) = lines.get(timing_line) else {
            break;
        };
        if !tline.contains("-->") {
            if tline.trim().is_empty() {
                i = timing_line + 1;
                continue;
            }
            return Err(ErrorKind::BadTimestamp {
                line: timing_line + 1,
                found: tline.trim().chars().take(80).collect(),
            }
            .into());
        }
        let time = parse_timing(tline).ok_or_else(|| ErrorKind::BadTimestamp {
            line: timing_line + 1,
            found: tline.trim().chars().take(80).collect(),
        })?;
        if time.end_ms.is_some_and(|end| end < time.start_ms) {
            return Err(ErrorKind::CueEndsBeforeStart {
                line: timing_line + 1,
                found: tline.trim().chars().take(80).collect(),
            }
            .into());
        }
        b.narrate(Span::new(toff, toff + tline.len()));
        i = timing_line + 1;
        // Payload lines up to the blank line.
        while i < lines.len() && !lines[i].1.trim().is_empty() {
            let (poff, pline) = lines[i];
            cue_payload(b, poff, pline, time, &mut last_speaker);
            i += 1;
        }
    }
    Ok(())
}

fn cue_payload(
    b: &mut Builder<'_>,
    off: usize,
    line: &str,
    time: TimeRange,
    last: &mut Option<usize>,
) {
    let text = b.text;
    let lead = line.len() - line.trim_start().len();
    let t = line.trim();
    let time = Some(time);
    // `<v Name>text</v>` or `<v.class Name>text`.
    if let Some(rest) = t.strip_prefix("<v")
        && let Some(close) = rest.find('>')
    {
        let tag = &rest[..close];
        let name = tag.split_once(' ').map(|(_, n)| n.trim()).unwrap_or("");
        let name_start = off + lead + 2 + tag.find(name).unwrap_or(0);
        let label = Span::new(name_start, name_start + name.len());
        let content_start = off + lead + 2 + close + 1;
        let mut content_end = off + line.trim_end().len();
        if text[content_start..content_end].ends_with("</v>") {
            content_end -= 4;
        }
        if !name.is_empty() {
            let sp = b.speaker_for(name);
            *last = Some(sp);
            b.push_turn(sp, Some(label), Span::new(content_start, content_end), time);
            return;
        }
    }
    if let Line::Inline { label, content, .. } = classify(line) {
        let label_span = Span::new(off + label.0, off + label.1);
        let sp = b.speaker_for(&text[label_span.range()]);
        *last = Some(sp);
        b.push_turn(
            sp,
            Some(label_span),
            Span::new(off + content, off + line.len()),
            time,
        );
        return;
    }
    let span = Span::new(off, off + line.len());
    match *last {
        Some(sp) => b.push_turn(sp, None, span, time),
        None => b.unattributed(span),
    }
}
