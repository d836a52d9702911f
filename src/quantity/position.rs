//! Relative positions: "the last", "the penultimate", "next", "the previous one".
//!
//! In: text. Out: each [`Position`] it names, as an offset from the end of a list or
//! from the current item, with its byte span. These are not amounts, so
//! [`find`](super::find) leaves them alone; they are read here for callers that
//! navigate lists ("delete the last but one").

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What a [`Position`] counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The end of the list: "last" is the end, "penultimate" one before it.
    End,
    /// The current item: "next" is one after it, "previous" one before.
    Current,
}

/// A position named relative to an [`Anchor`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Where it is written.
    pub span: Span,
    /// What it counts from.
    pub anchor: Anchor,
    /// The offset from the anchor: -1 for "penultimate", +1 for "next".
    pub offset: i32,
}

/// Phrases, longest first: words, anchor, offset, and whether a leading "the" belongs to
/// the phrase (it does where the phrase names the item itself: "the one before the last").
const PHRASES: &[(&[&str], Anchor, i32, bool)] = &[
    (
        &["one", "before", "the", "last", "one"],
        Anchor::End,
        -1,
        true,
    ),
    (&["one", "before", "the", "last"], Anchor::End, -1, true),
    (&["last", "but", "one"], Anchor::End, -1, true),
    (&["second", "to", "last"], Anchor::End, -1, true),
    (&["third", "to", "last"], Anchor::End, -2, true),
    (&["next", "to", "last"], Anchor::End, -1, false),
    (&["antepenultimate"], Anchor::End, -2, false),
    (&["penultimate"], Anchor::End, -1, false),
    (&["previous", "one"], Anchor::Current, -1, false),
    (&["next", "one"], Anchor::Current, 1, false),
    (&["current", "one"], Anchor::Current, 0, false),
    (&["previous"], Anchor::Current, -1, false),
    (&["next"], Anchor::Current, 1, false),
    (&["current"], Anchor::Current, 0, false),
    (&["last"], Anchor::End, 0, false),
];

/// Words before "last" that make it a verb or an adverb ("at last", "it will last").
const NOT_BEFORE_LAST: &[&str] = &[
    "at", "will", "would", "could", "can", "to", "did", "does", "do", "might", "must", "may",
    "should", "shall", "won't", "didn't",
];

/// Finds the relative positions in `text`.
///
/// ```
/// use discrepancy::quantity::{positions, Anchor};
/// let p = positions("Show me the last but one.");
/// assert_eq!((p[0].anchor, p[0].offset), (Anchor::End, -1));
/// assert_eq!(p[0].span.start, 8);
/// ```
pub fn positions(text: &str) -> Vec<Position> {
    let words: Vec<(usize, usize)> = text
        .char_indices()
        .filter(|&(i, c)| {
            c.is_alphanumeric()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric() && p != '\'' && p != '-')
        })
        .map(|(i, _)| {
            let end = text[i..]
                .find(|c: char| !(c.is_alphanumeric() || c == '\''))
                .map_or(text.len(), |e| i + e);
            (i, end)
        })
        .collect();
    let lower: Vec<String> = words
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let hit = PHRASES.iter().find(|(ws, ..)| {
            ws.iter()
                .enumerate()
                .all(|(k, w)| lower.get(i + k).is_some_and(|x| x == w))
        });
        let Some(&(ws, anchor, offset, with_the)) = hit else {
            i += 1;
            continue;
        };
        let prev = i.checked_sub(1).map(|p| lower[p].as_str());
        if ws == ["last"] && prev.is_some_and(|p| NOT_BEFORE_LAST.contains(&p)) {
            i += 1;
            continue;
        }
        let start = if with_the && prev == Some("the") {
            words[i - 1].0
        } else {
            words[i].0
        };
        out.push(Position {
            span: Span::new(start, words[i + ws.len() - 1].1),
            anchor,
            offset,
        });
        i += ws.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(&str, Anchor, i32)> {
        positions(text)
            .into_iter()
            .map(|p| (&text[p.span.start..p.span.end], p.anchor, p.offset))
            .collect()
    }

    #[test]
    fn phrases_and_anchors() {
        assert_eq!(
            read("Show me the penultimate."),
            [("penultimate", Anchor::End, -1)]
        );
        assert_eq!(
            read("I meant the one before the last"),
            [("the one before the last", Anchor::End, -1)]
        );
        assert_eq!(
            read("Turn to the next page"),
            [("next", Anchor::Current, 1)]
        );
        assert_eq!(
            read("the previous one"),
            [("previous one", Anchor::Current, -1)]
        );
    }

    #[test]
    fn last_as_a_verb_is_no_position() {
        assert!(read("It will last for years, at last.").is_empty());
    }
}
