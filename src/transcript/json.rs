//! JSON turns: a JSON list of `{"speaker", "text", "start", "end"}` objects → turns.
//!
//! In: a [`Builder`] holding JSON text: an array of turns, or an object with
//! them under `segments` (or `turns`, `utterances`, `results`); the speaker
//! under `speaker`, `speaker_name` or `name` (a number becomes `Speaker N`),
//! the words under `text`, `transcript` or `utterance`, times in seconds.
//!
//! Out: the builder filled with one turn per non-empty text, its span the raw
//! string in the input, its time in milliseconds; text without a speaker is
//! unattributed. JSON that cannot be read is an error.

use serde::Deserialize;

use super::TimeRange;
use super::build::Builder;
use crate::error::{ErrorKind, Result};
use crate::span::Span;

#[derive(Deserialize)]
struct JsonTurn {
    #[serde(default, alias = "speaker_name", alias = "name")]
    speaker: Option<serde_json::Value>,
    #[serde(default, alias = "transcript", alias = "utterance")]
    text: String,
    #[serde(default)]
    start: Option<f64>,
    #[serde(default)]
    end: Option<f64>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum JsonDoc {
    List(Vec<JsonTurn>),
    Wrapped {
        #[serde(alias = "turns", alias = "utterances", alias = "results")]
        segments: Vec<JsonTurn>,
    },
}

pub(super) fn parse_json(b: &mut Builder<'_>) -> Result<()> {
    let text = b.text;
    let doc: JsonDoc = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        ErrorKind::BadJson {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }
    })?;
    let turns = match doc {
        JsonDoc::List(v) => v,
        JsonDoc::Wrapped { segments } => segments,
    };
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
