//! Warnings: signs that a transcript may have been read wrong → [`Warning`]s.
//!
//! In: the text, the layout with the evidence it was chosen on, and what was read
//! (speakers, turns).
//!
//! Out: a [`Warning::OneSpeaker`] when the text was read as one speaker's words (or
//! nobody's) though it reads like a dialogue — label-like prefixes repeated at the
//! start of lines but not read as labels, or questions answered in the next
//! paragraph — and a [`Warning::WeakLayout`] when the layout was guessed on little
//! evidence: name lines chosen on two or three of them, name lines at least as many
//! as the labels the text was read by, or no label at all in a text of many lines.
//! A transcript read as it should be (two speakers or more, labels that outnumber
//! the alternatives) gets none.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Layout;
use super::lines::lines_with_offsets;
use crate::span::Span;

/// Something about how a transcript was read that its reader should check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// The transcript was read as one speaker's words (or nobody's), yet it reads like a
    /// dialogue: a layout this crate does not know, or labels it did not recognise.
    OneSpeaker {
        /// Speakers read (0 or 1).
        speakers: usize,
        /// Lines that open with a label-like prefix (`anna:`), repeated on other lines,
        /// that was not read as a speaker label.
        unread_labels: usize,
        /// Paragraphs ending in a question that the next paragraph answers
        /// ("Yes, …", "No, …").
        answered_questions: usize,
        /// The first such line, where to look.
        first: Span,
    },
    /// The layout was guessed on little evidence; `--layout` (or
    /// [`Transcript::parse_as`](super::Transcript::parse_as)) chooses it.
    WeakLayout {
        /// The layout chosen.
        layout: Layout,
        /// Lines that read as speaker labels (`Name: text`, `Name said:`).
        labels: usize,
        /// Lines that read as a name alone (`Mr. Alan Price (Northfield)`).
        name_lines: usize,
        /// Non-blank lines in the text.
        lines: usize,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::OneSpeaker {
                speakers,
                unread_labels,
                answered_questions,
                first,
            } => {
                write!(
                    f,
                    "read as {} though it looks like a dialogue (",
                    if *speakers == 0 {
                        "no speaker's words"
                    } else {
                        "one speaker's words"
                    }
                )?;
                let mut signs = Vec::new();
                if *unread_labels > 0 {
                    signs.push(format!("{unread_labels} lines open with a label not read"));
                }
                if *answered_questions > 0 {
                    signs.push(format!("{answered_questions} questions answered"));
                }
                write!(f, "{}; first at byte {})", signs.join(", "), first.start)
            }
            Warning::WeakLayout {
                layout,
                labels,
                name_lines,
                lines,
            } => write!(
                f,
                "layout guessed on little evidence: read as {} with {labels} label lines and {name_lines} name lines in {lines} lines",
                serde_json::to_value(layout)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            ),
        }
    }
}

/// What [`detect_layout`](super::detect_layout) counted: label lines and name lines.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct LayoutEvidence {
    pub(super) labels: usize,
    pub(super) name_lines: usize,
}

/// Non-blank lines in a text of which no label at all is only a weak reading.
const MANY_LINES: usize = 20;

/// A [`Warning::WeakLayout`] when a guessed labelled or name-line layout rests on little.
pub(super) fn weak_layout(text: &str, layout: Layout, ev: LayoutEvidence) -> Option<Warning> {
    // Lines are counted only when no label was read, or to say how many (a pass
    // over the text each).
    let many_lines = || {
        lines_with_offsets(text)
            .filter(|(_, l)| !l.trim().is_empty())
            .nth(MANY_LINES - 1)
            .is_some()
    };
    let weak = match layout {
        Layout::NameLines => ev.name_lines <= 3,
        Layout::Labelled => {
            (ev.labels >= 2 && ev.name_lines >= ev.labels) || (ev.labels == 0 && many_lines())
        }
        _ => false,
    };
    weak.then(|| Warning::WeakLayout {
        layout,
        labels: ev.labels,
        name_lines: ev.name_lines,
        lines: lines_with_offsets(text)
            .filter(|(_, l)| !l.trim().is_empty())
            .count(),
    })
}

/// The prefix of a line that could be a speaker label: one to four words before a
/// colon with text after it, no sentence punctuation, digits or verbs and pronouns
/// of a clause ("The answer is simple:") inside.
fn label_like(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let colon = t.find([':', '\u{ff1a}'])?;
    let (prefix, rest) = (&t[..colon], &t[colon..]);
    let rest = rest.trim_start_matches([':', '\u{ff1a}']);
    if prefix.is_empty()
        || prefix.len() > 40
        || rest.trim().is_empty()
        || prefix.split_whitespace().count() > 4
        || prefix.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "we"
                    | "i"
                    | "it"
                    | "this"
                    | "that"
                    | "there"
                    | "here"
            )
        })
        || prefix.chars().any(|c| {
            matches!(c, '.' | ',' | ';' | '?' | '!' | '"' | '\u{201c}') || c.is_ascii_digit()
        })
    {
        return None;
    }
    Some(prefix.trim())
}

/// Whether a paragraph opens as an answer to a yes/no question.
fn answers(line: &str) -> bool {
    let lower = line
        .trim_start_matches(['-', '\u{2013}', '\u{2014}', ' '])
        .to_lowercase();
    let first: String = lower
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'')
        .collect();
    matches!(
        first.as_str(),
        "yes"
            | "no"
            | "yeah"
            | "yep"
            | "nope"
            | "sure"
            | "certainly"
            | "absolutely"
            | "exactly"
            | "correct"
    ) && lower[first.len()..].starts_with([',', '.', '!', ' ', '\u{2014}'])
        || lower.starts_with("of course")
        || lower.starts_with("that's right")
        || lower.starts_with("that is right")
}

/// A [`Warning::OneSpeaker`] when a text read as at most one speaker's looks like a
/// dialogue. `labels` are the label spans that were read (their lines are not signs).
pub(super) fn one_speaker(text: &str, speakers: usize, labels: &[Span]) -> Option<Warning> {
    if speakers > 1 {
        return None;
    }
    let read_label = |off: usize, len: usize| {
        let i = labels.partition_point(|l| l.end <= off);
        labels.get(i).is_some_and(|l| l.start < off + len)
    };
    // Label-like prefixes (lower-cased) → the lines they open.
    let mut prefixes: HashMap<String, Vec<usize>> = HashMap::new();
    let mut answered = Vec::new();
    let mut last_question = false;
    for (off, line) in lines_with_offsets(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let mut words = t;
        if let Some(p) = label_like(line) {
            if !read_label(off, line.len()) {
                prefixes.entry(p.to_lowercase()).or_default().push(off);
            }
            words = words[p.len()..]
                .trim_start_matches([':', '\u{ff1a}'])
                .trim_start();
        }
        if last_question && answers(words) {
            answered.push(off);
        }
        last_question = t
            .trim_end_matches(['"', '\u{201d}', '\'', ')'])
            .ends_with('?');
    }
    prefixes.retain(|_, lines| lines.len() >= 2);
    let unread: Vec<usize> = prefixes.values().flatten().copied().collect();
    let label_sign = prefixes.len() + speakers >= 2;
    let question_sign = answered.len() >= 2;
    if !label_sign && !question_sign {
        return None;
    }
    let unread_labels = if label_sign { unread.len() } else { 0 };
    let answered_questions = if question_sign { answered.len() } else { 0 };
    let first = unread
        .iter()
        .filter(|_| label_sign)
        .chain(answered.iter().filter(|_| question_sign))
        .copied()
        .min()
        .unwrap_or(0);
    let end = text[first..].find('\n').map_or(text.len(), |e| first + e);
    Some(Warning::OneSpeaker {
        speakers,
        unread_labels,
        answered_questions,
        first: Span::new(first, end).trim(text),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_like_prefixes() {
        assert_eq!(label_like("anna: we sold 40"), Some("anna"));
        assert_eq!(label_like("Dr Mark Ellis: No."), Some("Dr Mark Ellis"));
        assert_eq!(label_like("The answer is simple: money."), None);
        assert_eq!(label_like("Main events:"), None);
        assert_eq!(label_like("At 10:30 we met."), None);
    }

    #[test]
    fn answers_open_with_yes_or_no() {
        assert!(answers("Yes, it did."));
        assert!(answers("- No. Fifty."));
        assert!(answers("Of course."));
        assert!(!answers("Nobody knows."));
        assert!(!answers("Yesterday we met."));
    }
}
