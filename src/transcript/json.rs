//! JSON turns: a JSON list of `{"speaker", "text", "start", "end"}` objects → turns.
//!
//! In: a [`Builder`] holding JSON text: an array of turns, or an object with
//! them under `segments` (or `turns`, `utterances`, `results`); the speaker
//! under `speaker`, `speaker_name` or `name` (a number becomes `Speaker N`),
//! the words under `text`, `transcript` or `utterance`, times in seconds.
//!
//! Out: the builder filled with one turn per non-empty text, its span the raw
//! string in the input, its time in milliseconds; text without a speaker is
//! unattributed. JSON that cannot be read is an error that names its 1-based line and
//! column and what is wrong there ("invalid type: integer `5`, expected a string").

use serde::Deserialize;

use super::TimeRange;
use super::build::Builder;
use crate::error::{ErrorKind, Result};
use crate::span::Span;

#[derive(Deserialize)]
#[serde(expecting = "a turn: an object with `speaker` and `text`")]
struct JsonTurn {
    #[serde(default, alias = "speaker_name", alias = "name")]
    speaker: Option<serde_json::Value>,
    #[serde(default, alias = "transcript", alias = "utterance")]
    text: String,
    #[serde(default, deserialize_with = "seconds")]
    start: Option<f64>,
    #[serde(default, deserialize_with = "seconds")]
    end: Option<f64>,
}

/// A time in seconds, or `null`; anything else is an error that says what was expected.
fn seconds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    struct Seconds;
    impl<'de> serde::de::Visitor<'de> for Seconds {
        type Value = Option<f64>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a time in seconds (a number)")
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v as f64))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v as f64))
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(Seconds)
        }
    }
    d.deserialize_option(Seconds)
}

/// An object with the turns under `segments` (or `turns`, `utterances`, `results`).
#[derive(Deserialize)]
#[serde(expecting = "an object with a list of turns under `segments`")]
struct Wrapped {
    #[serde(alias = "turns", alias = "utterances", alias = "results")]
    segments: Vec<JsonTurn>,
}

/// The turns of a JSON document, or a [`ErrorKind::BadJson`] naming the 1-based line and
/// column of the problem and what is wrong there.
fn read_turns(text: &str) -> Result<Vec<JsonTurn>> {
    // A leading BOM is read as spaces, a byte each: places stay those of the input.
    let bom = text.len() - text.trim_start_matches('\u{feff}').len();
    let body: std::borrow::Cow<'_, str> = if bom == 0 {
        text.into()
    } else {
        format!("{}{}", " ".repeat(bom), &text[bom..]).into()
    };
    let read = if body.trim_start().starts_with('{') {
        serde_json::from_str::<Wrapped>(&body).map(|w| w.segments)
    } else {
        serde_json::from_str::<Vec<JsonTurn>>(&body)
    };
    read.map_err(|e| {
        let message = e.to_string();
        let place = format!(" at line {} column {}", e.line(), e.column());
        ErrorKind::BadJson {
            line: e.line().max(1),
            column: e.column().max(1),
            message: message.strip_suffix(&place).unwrap_or(&message).to_string(),
        }
        .into()
    })
}

pub(super) fn parse_json(b: &mut Builder<'_>) -> Result<()> {
    let text = b.text;
    let turns = read_turns(text)?;
    // Locate each turn's raw `"text"` string in the input, in order.
    let spans = json_text_spans(text);
    let mut spans = spans.into_iter();
    for jt in turns {
        let Some(span) = spans.next() else { break };
        let time = jt.start.map(|s| TimeRange {
            start_ms: (s.max(0.0) * 1000.0) as u64,
            end_ms: jt.end.map(|e| (e.max(0.0) * 1000.0) as u64),
        });
        let name = match &jt.speaker {
            Some(serde_json::Value::String(s)) => s.trim().to_string(),
            Some(serde_json::Value::Number(n)) => format!("Speaker {n}"),
            _ => String::new(),
        };
        if jt.text.trim().is_empty() {
            continue;
        }
        if name.is_empty() {
            b.unattributed(span);
        } else {
            let sp = b.speaker_for(&name);
            b.push_turn(sp, None, span, time);
        }
    }
    Ok(())
}

/// Byte spans of the contents of every string value under a `"text"`-like key.
fn json_text_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut last_string: Option<(usize, usize)> = None;
    let mut expecting_value_for_text = false;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                let end = j.min(bytes.len());
                if expecting_value_for_text {
                    out.push(Span::new(start, end));
                    expecting_value_for_text = false;
                } else {
                    last_string = Some((start, end));
                }
                i = end + 1;
                continue;
            }
            b':' => {
                if let Some((s, e)) = last_string.take() {
                    let key = &text[s..e];
                    expecting_value_for_text = matches!(key, "text" | "transcript" | "utterance");
                }
            }
            b',' | b'{' | b'}' | b'[' | b']' => {
                last_string = None;
                if bytes[i] != b',' || !expecting_value_for_text {
                    expecting_value_for_text = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}
