//! JSON turns: a JSON document of `{"speaker", "text", "start", "end"}` turns → turns.
//!
//! In: a [`Builder`] holding JSON text: an array of turns, or an object with them
//! under `utterances` (AssemblyAI; Deepgram's `results.utterances`), `segments`
//! (Whisper, WhisperX), `turns` or `results`, the first of these present in that
//! order. A turn is an object: the speaker under `speaker`, `speaker_name` or `name`
//! (a number becomes `Speaker N`), the words under `text`, `transcript` or
//! `utterance`, times under `start` and `end` in seconds — in milliseconds under a
//! top-level `utterances` list whose times are all integers, as AssemblyAI writes
//! them. Keys are read decoded (`"te\u0078t"` is `text`). Other keys (ids, word
//! lists with their own `text`, token lists) are skipped, their syntax checked.
//!
//! Out: the builder filled with one turn per turn with non-empty text, its span the
//! contents of its `text` string as written in the input (escapes included), its time
//! in milliseconds; text without a speaker is unattributed, and so is a top-level
//! `text` when no turn has text (otherwise it repeats the turns and belongs to the
//! layout, like the keys and punctuation). When a turn's text holds escapes (`\"`,
//! `\n`, `\u2013`), the builder is given the decoded text the analysis reads, with
//! where each escape was written ([`Decoded`]), so findings still point into the
//! input. JSON that cannot be read is an error that names its 1-based line and column
//! and what is wrong there ("invalid type: integer `5`, expected a string").
//!
//! The document is read by one scanner of our own ([`scan`]) that keeps the byte span
//! of every string it reads; nothing is matched up afterwards.

mod scan;

use std::borrow::Cow;

use super::TimeRange;
use super::build::Builder;
use crate::error::{ErrorKind, Result};
use crate::span::Span;
use scan::{Escape, Kind, Scan, ScanError, Scanner, Str};

/// A time as written: its value and whether it is an integer.
#[derive(Debug, Clone, Copy)]
struct Time {
    value: f64,
    integer: bool,
}

/// One turn as read: the speaker's name (empty for none), its text, its times.
struct RawTurn<'a> {
    speaker: String,
    text: Option<Str<'a>>,
    start: Option<Time>,
    end: Option<Time>,
}

/// What the document holds: its turns, whether their times are milliseconds, and a
/// top-level `text`.
struct Document<'a> {
    turns: Vec<RawTurn<'a>>,
    millis: bool,
    top_text: Option<Str<'a>>,
}

/// Keys the turn list may stand under, in the order they are preferred.
const LIST_KEYS: [&str; 4] = ["utterances", "segments", "turns", "results"];

/// A time in seconds, or `null` (none).
fn time(s: &mut Scanner<'_>) -> Scan<Option<Time>> {
    match s.value_kind()? {
        Kind::Null => {
            s.skip()?;
            Ok(None)
        }
        Kind::Number => {
            let n = s.number()?;
            Ok(Some(Time {
                value: n.value,
                integer: n.integer,
            }))
        }
        _ => {
            let found = s.describe()?;
            s.invalid_type(found, "a time in seconds (a number)")
        }
    }
}

/// The turn at the scanner's position.
fn turn<'a>(s: &mut Scanner<'a>) -> Scan<RawTurn<'a>> {
    if s.value_kind()? != Kind::Object {
        let found = s.describe()?;
        return s.invalid_type(found, "a turn: an object with `speaker` and `text`");
    }
    let mut t = RawTurn {
        speaker: String::new(),
        text: None,
        start: None,
        end: None,
    };
    let (mut has_speaker, mut has_text) = (false, false);
    s.object()?;
    let mut first = true;
    while let Some(key) = s.object_key(first)? {
        first = false;
        match key.value.as_ref() {
            "speaker" | "speaker_name" | "name" if !has_speaker => {
                has_speaker = true;
                match s.value_kind()? {
                    Kind::String => t.speaker = s.string()?.value.trim().to_string(),
                    Kind::Number => {
                        let n = s.number()?;
                        t.speaker = format!("Speaker {}", &s.text()[n.span.range()]);
                    }
                    _ => {
                        s.skip()?;
                    }
                }
            }
            "text" | "transcript" | "utterance" if !has_text => {
                has_text = true;
                match s.value_kind()? {
                    Kind::String => t.text = Some(s.string()?),
                    Kind::Null => {
                        s.skip()?;
                    }
                    _ => {
                        let found = s.describe()?;
                        return s.invalid_type(found, "a string");
                    }
                }
            }
            "start" => t.start = time(s)?,
            "end" => t.end = time(s)?,
            _ => {
                s.skip()?;
            }
        }
    }
    Ok(t)
}

/// The list of turns at the scanner's position.
fn turn_list<'a>(s: &mut Scanner<'a>) -> Scan<Vec<RawTurn<'a>>> {
    if s.value_kind()? != Kind::Array {
        let found = s.describe()?;
        return s.invalid_type(found, "a list of turns");
    }
    let mut out = Vec::new();
    s.array()?;
    let mut first = true;
    while s.array_next(first)? {
        first = false;
        out.push(turn(s)?);
    }
    Ok(out)
}

/// The `utterances` list of an object (Deepgram's `results`), other keys skipped.
fn nested_utterances<'a>(s: &mut Scanner<'a>) -> Scan<Option<Vec<RawTurn<'a>>>> {
    let mut found = None;
    s.object()?;
    let mut first = true;
    while let Some(key) = s.object_key(first)? {
        first = false;
        if key.value == "utterances" && found.is_none() {
            found = Some(turn_list(s)?);
        } else {
            s.skip()?;
        }
    }
    Ok(found)
}

/// Reads the whole document.
fn document(text: &str) -> Scan<Document<'_>> {
    let mut s = Scanner::new(text);
    let doc = match s.value_kind()? {
        Kind::Array => Document {
            turns: turn_list(&mut s)?,
            millis: false,
            top_text: None,
        },
        Kind::Object => {
            // The candidate lists, by their place in LIST_KEYS.
            let mut lists: [Option<Vec<RawTurn<'_>>>; 4] = Default::default();
            let mut top_text = None;
            s.object()?;
            let mut first = true;
            while let Some(key) = s.object_key(first)? {
                first = false;
                let k = key.value.as_ref();
                match LIST_KEYS.iter().position(|l| *l == k) {
                    Some(i) if lists[i].is_none() => {
                        lists[i] = if k == "results" && s.value_kind()? == Kind::Object {
                            nested_utterances(&mut s)?
                        } else {
                            Some(turn_list(&mut s)?)
                        };
                    }
                    _ if k == "text" && top_text.is_none() && s.value_kind()? == Kind::String => {
                        top_text = Some(s.string()?);
                    }
                    _ => {
                        s.skip()?;
                    }
                }
            }
            let Some(i) = lists.iter().position(Option::is_some) else {
                if top_text.is_none() {
                    return s.error_here(
                        "no list of turns (`segments`, `utterances`, `turns` or `results`)",
                    );
                }
                s.finish()?;
                return Ok(Document {
                    turns: Vec::new(),
                    millis: false,
                    top_text,
                });
            };
            let turns = lists[i].take().unwrap_or_default();
            // AssemblyAI writes milliseconds, as integers; Deepgram's (nested) seconds.
            let millis = LIST_KEYS[i] == "utterances"
                && turns
                    .iter()
                    .flat_map(|t| [t.start, t.end])
                    .flatten()
                    .all(|t| t.integer);
            Document {
                turns,
                millis,
                top_text,
            }
        }
        _ => {
            let found = s.describe()?;
            return s.invalid_type(
                found,
                "a list of turns, or an object with them under `segments`",
            );
        }
    };
    s.finish()?;
    Ok(doc)
}

/// A [`ScanError`] as the crate's error: its 1-based line and column (in characters).
fn bad_json(text: &str, e: ScanError) -> crate::Error {
    let mut at = e.at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..at].chars().count() + 1;
    ErrorKind::BadJson {
        line,
        column,
        message: e.message,
    }
    .into()
}

pub(super) fn parse_json(b: &mut Builder<'_>) -> Result<()> {
    let text = b.text;
    let doc = document(text).map_err(|e| bad_json(text, e))?;
    let to_ms = |t: Time| {
        let ms = if doc.millis {
            t.value
        } else {
            t.value * 1000.0
        };
        ms.max(0.0) as u64
    };
    // The strings read as speech, with their speaker and time, in document order.
    let mut spoken: Vec<(&str, &Str<'_>, Option<TimeRange>)> = Vec::new();
    for t in &doc.turns {
        let Some(words) = &t.text else { continue };
        if words.value.trim().is_empty() {
            continue;
        }
        let time = t.start.map(|s| TimeRange {
            start_ms: to_ms(s),
            end_ms: t.end.map(to_ms),
        });
        spoken.push((&t.speaker, words, time));
    }
    if spoken.is_empty()
        && let Some(top) = &doc.top_text
        && !top.value.trim().is_empty()
    {
        spoken.push(("", top, None));
    }
    let decoded = spoken.iter().any(|(_, s, _)| s.escaped()).then(|| {
        let mut strings: Vec<&Str<'_>> = spoken.iter().map(|(_, s, _)| *s).collect();
        strings.sort_by_key(|s| s.span.start);
        Decoded::new(text, &strings)
    });
    for (speaker, words, time) in spoken {
        // Whitespace written as an escape (`\n`, `\u00a0`) is trimmed too.
        let span = match &decoded {
            Some(d) if words.escaped() => {
                let at = d.to_decoded(words.span);
                d.to_source(at.trim(&d.text))
            }
            _ => words.span,
        };
        if speaker.is_empty() {
            b.unattributed(span);
        } else {
            let sp = b.speaker_for(speaker);
            b.push_turn(sp, None, span, time);
        }
    }
    if let Some(d) = decoded {
        b.decoded(d);
    }
    Ok(())
}

/// The text the analysis reads when the JSON strings of the speech hold escapes: the
/// input with those strings decoded in place, and where each escape was written, to
/// map spans of the one onto the other.
#[derive(Debug, Clone)]
pub(super) struct Decoded {
    pub(super) text: String,
    /// Every escape decoded, in text order.
    escapes: Vec<Escape>,
}

impl Decoded {
    /// The input with the given strings (in text order, not overlapping) decoded.
    fn new(input: &str, strings: &[&Str<'_>]) -> Decoded {
        let mut text = String::with_capacity(input.len());
        let mut escapes = Vec::new();
        let mut at = 0;
        for s in strings {
            text.push_str(&input[at..s.span.start]);
            match &s.value {
                Cow::Borrowed(raw) => text.push_str(raw),
                // Read once already: the escapes are valid.
                Cow::Owned(_) => {
                    let _ = scan::decode(&input[s.span.range()], s.span.start, &mut text, |e| {
                        escapes.push(e)
                    });
                }
            }
            at = s.span.end;
        }
        text.push_str(&input[at..]);
        Decoded { text, escapes }
    }

    /// The bytes of the input a span of the decoded text was read from: a span that
    /// starts or ends inside an escape's character takes the whole escape.
    pub(super) fn to_source(&self, span: Span) -> Span {
        let e = &self.escapes;
        let start = match e.partition_point(|x| x.dec.start <= span.start) {
            0 => span.start,
            i if span.start < e[i - 1].dec.end => e[i - 1].src.start,
            i => e[i - 1].src.end + (span.start - e[i - 1].dec.end),
        };
        let end = match e.partition_point(|x| x.dec.start < span.end) {
            0 => span.end,
            i => e[i - 1].src.end + span.end.saturating_sub(e[i - 1].dec.end),
        };
        Span::new(start, end.max(start))
    }

    /// Where a span of the input (bounds outside escapes) is in the decoded text.
    pub(super) fn to_decoded(&self, span: Span) -> Span {
        let e = &self.escapes;
        let map =
            |s: usize, inside: fn(&Escape) -> usize| match e.partition_point(|x| x.src.start < s) {
                0 => s,
                i if s < e[i - 1].src.end => inside(&e[i - 1]),
                i => e[i - 1].dec.end + (s - e[i - 1].src.end),
            };
        let start = map(span.start, |x| x.dec.start);
        Span::new(start, map(span.end, |x| x.dec.end).max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_both_ways_around_escapes() {
        let input = r#"[{"text": "a \"b\" \u2013 c"}]"#;
        let mut s = Scanner::new(input);
        s.value_kind().unwrap();
        s.array().unwrap();
        s.array_next(true).unwrap();
        let t = turn(&mut s).unwrap().text.unwrap();
        let d = Decoded::new(input, &[&t]);
        let dec = d.to_decoded(t.span);
        assert_eq!(&d.text[dec.range()], "a \"b\" \u{2013} c");
        assert_eq!(d.to_source(dec), t.span);
        // `"b"` in the decoded text is `\"b\"` in the input; `–` is `\u2013`.
        let quoted = d.text.find("\"b\"").unwrap();
        let src = d.to_source(Span::new(quoted, quoted + 3));
        assert_eq!(&input[src.range()], r#"\"b\""#);
        let dash = d.text.find('\u{2013}').unwrap();
        let src = d.to_source(Span::new(dash, dash + 3));
        assert_eq!(&input[src.range()], r"\u2013");
        // Past the string, offsets are the input's shifted back.
        assert_eq!(
            d.to_source(Span::new(d.text.len(), d.text.len())).end,
            input.len()
        );
    }
}
