//! Lines: one line of a labelled transcript → what kind of line it is.
//!
//! In: the text, split into lines with their byte offsets
//! ([`lines_with_offsets`]), and each line on its own.
//!
//! Out: a [`Line`] per line — blank, separator, stage direction, a label alone
//! (`Name:`, `Name said:`, `Name  00:01`), a label and speech (`Name: text`,
//! `**Name:** text`, `Mr. SMITH. text`, with any time code), or plain text — with
//! the label's and the speech's offsets in the line. [`known_label_prefix`] finds
//! a known speaker's name opening a paragraph without a colon.

use super::label::is_label;
use super::time::{clock_seconds, leading_time, parse_paren_time};

/// A line of a labelled transcript, classified.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Line {
    Blank,
    /// `* * *`, `X X X`, `***`.
    Separator,
    /// `(Applause.)`, `[crosstalk]`, `<…>`: a whole line of stage direction.
    Stage,
    /// A label alone on the line (`Name:`, `Name: (05:34)`, `Name said:`).
    Header {
        label: (usize, usize),
        time: Option<u64>,
    },
    /// `Name: text` (offsets into the line), with the time code before it if any.
    Inline {
        label: (usize, usize),
        content: usize,
        time: Option<u64>,
    },
    Text,
}

/// Classifies one line, trying each kind in a fixed order (blank first, plain text last).
pub(super) fn classify(line: &str) -> Line {
    // Invisible characters (a BOM, zero-width spaces) around a line are layout, not text.
    let t = line.trim_matches(is_invisible);
    if is_blank(t) {
        return Line::Blank;
    }
    if is_separator(t) {
        return Line::Separator;
    }
    let lead = line.len() - line.trim_start_matches(is_invisible).len();
    if is_stage(t) {
        return Line::Stage;
    }
    // A time code before the label: `[00:01:02] Name: text`, `(05:34) Name:`, `00:01:02 Name:`.
    if let Some((skip, ms)) = leading_time(t) {
        return after_time_code(line, lead + skip, ms);
    }
    // An emoji before the label (`🎙️ Name: text`) is decoration.
    if let Some(skip) = leading_emoji(t) {
        return match classify(&line[lead + skip..]) {
            kind @ (Line::Inline { .. } | Line::Header { .. }) => shift(kind, lead + skip),
            _ => Line::Text,
        };
    }
    if let Some(kind) = bold_label(t, lead) {
        return kind;
    }
    if let Some(kind) = label_with_time_before_colon(t, lead) {
        return kind;
    }
    if let Some(kind) = label_with_time_after(t, lead) {
        return kind;
    }
    if let Some(kind) = said_header(t, lead) {
        return kind;
    }
    if let Some(kind) = colon_label(t, lead) {
        return kind;
    }
    // `Mr. SMITH. text`, `The CHAIRMAN. text` (US congressional hearings); `Q. text`,
    // `A. text` (depositions).
    if let Some((label_len, content)) = dotted_caps_label(t) {
        return Line::Inline {
            label: (lead, lead + label_len),
            content: lead + content,
            time: None,
        };
    }
    Line::Text
}

/// Whether a character around a line is layout: whitespace, a BOM, a zero-width space,
/// a direction mark or embedding (`U+200F` before a right-to-left label).
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}'
                | '\u{feff}'
                | '\u{ad}'
                | '\u{0}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{61c}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// Whether the trimmed line is blank: nothing, or only invisible characters.
fn is_blank(t: &str) -> bool {
    t.chars().all(is_invisible)
}

/// Whether a character is an emoji or pictograph (`🎙️`), with its joiners and selectors.
fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1f000}'..='\u{1faff}'
            | '\u{2600}'..='\u{27bf}'
            | '\u{2b00}'..='\u{2bff}'
            | '\u{fe0f}'
            | '\u{200d}')
}

/// The bytes taken by emoji and the space after them opening a line (`🎙️ Name: …`).
fn leading_emoji(t: &str) -> Option<usize> {
    let rest = t.trim_start_matches(is_emoji);
    if rest.len() == t.len() || !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some(t.len() - rest.trim_start().len())
}

/// Whether the line is a separator: three or more of `*`, `X`, `-`, not words.
fn is_separator(t: &str) -> bool {
    // A separator: three or more of `*`, `X`, `-`, with optional spaces; words are not separators.
    t.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && t.chars().all(|c| {
            c.is_whitespace() || matches!(c, '*' | 'X' | 'x' | '-' | '–' | '—' | '#' | '=')
        })
        && (t.split_whitespace().all(|w| w.len() <= 3)
            || t.chars().all(|c| matches!(c, '*' | '-' | '—' | '=' | '#')))
}

/// Whether the line is a stage direction in brackets (`(Applause.)`), not `[SPEAKER_00]`.
fn is_stage(t: &str) -> bool {
    let is_bracketed = |open: char, close: char| t.starts_with(open) && t.ends_with(close);
    if (is_bracketed('(', ')')
        || is_bracketed('[', ']')
        || is_bracketed('<', '>')
        || is_bracketed('‹', '>')
        || is_bracketed('‹', '›'))
        && !t.starts_with("[SPEAKER")
    {
        let inner = &t
            [t.chars().next().unwrap().len_utf8()..t.len() - t.chars().last().unwrap().len_utf8()];
        if !inner.contains([')', ']']) || inner.len() < 200 {
            return true;
        }
    }
    false
}

/// A label found in the line from byte `at` on, with its offsets from the line's start.
fn shift(kind: Line, at: usize) -> Line {
    match kind {
        Line::Inline {
            label,
            content,
            time,
        } => Line::Inline {
            label: (at + label.0, at + label.1),
            content: at + content,
            time,
        },
        Line::Header { label, time } => Line::Header {
            label: (at + label.0, at + label.1),
            time,
        },
        other => other,
    }
}

/// After a time code opening the line: the label that follows, with that time.
fn after_time_code(line: &str, at: usize, ms: u64) -> Line {
    match classify(&line[at..]) {
        Line::Inline { label, content, .. } => Line::Inline {
            label: (at + label.0, at + label.1),
            content: at + content,
            time: Some(ms),
        },
        Line::Header { label, time } => Line::Header {
            label: (at + label.0, at + label.1),
            time: time.or(Some(ms)),
        },
        _ => Line::Text,
    }
}

/// `**Name:** text`, `**Name**: text`: a label in bold (Markdown).
fn bold_label(t: &str, lead: usize) -> Option<Line> {
    let inner = t.strip_prefix("**")?;
    let close = inner.find("**")?;
    let (name, after) = (&inner[..close], &inner[close + 2..]);
    let (name, after) = match (name.strip_suffix(':'), after.strip_prefix(':')) {
        (Some(n), _) => (n, after),
        (None, Some(a)) => (name, a),
        _ => ("", after),
    };
    if name.is_empty() || !is_label(name) {
        return None;
    }
    let label = (lead + 2, lead + 2 + name.trim_end().len());
    let content = lead + t.len() - after.trim_start().len();
    Some(if after.trim().is_empty() {
        Line::Header { label, time: None }
    } else {
        Line::Inline {
            label,
            content,
            time: None,
        }
    })
}

/// `Speaker 1 (00:00:05):`: a label with its time code before the colon.
fn label_with_time_before_colon(t: &str, lead: usize) -> Option<Line> {
    // Labels are short: look in the first 80 bytes only (this runs for every line).
    let mut head_end = t.len().min(80);
    while !t.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let open = t[..head_end].find(" (")?;
    let close = t[open..head_end].find("):").map(|c| open + c)?;
    let secs = clock_seconds(&t[open + 2..close])?;
    if !is_label(&t[..open]) {
        return None;
    }
    let label = (lead, lead + open);
    let rest = &t[close + 2..];
    Some(if rest.trim().is_empty() {
        Line::Header {
            label,
            time: Some(secs * 1000),
        }
    } else {
        Line::Inline {
            label,
            content: lead + t.len() - rest.trim_start().len(),
            time: Some(secs * 1000),
        }
    })
}

/// `Name  00:01`, `Name [00:01:02]`: a label with its time code after it.
fn label_with_time_after(t: &str, lead: usize) -> Option<Line> {
    // Alone on the line (speech recognition exports).
    if let Some((name, clock)) = t.rsplit_once(char::is_whitespace)
        && clock.contains(':')
        && let Some(secs) = clock_seconds(clock.trim_matches(['[', ']', '(', ')']))
        && !name.trim().is_empty()
        && !name.contains(':')
        && name.split_whitespace().count() <= 6
        && is_label(name.trim())
    {
        return Some(Line::Header {
            label: (lead, lead + name.trim_end().len()),
            time: Some(secs * 1000),
        });
    }
    None
}

/// `Name said:` (or `says:`) header.
fn said_header(t: &str, lead: usize) -> Option<Line> {
    if let Some(before) = t.strip_suffix("said:").or_else(|| t.strip_suffix("says:"))
        && before.ends_with(' ')
        && is_label(before)
    {
        return Some(Line::Header {
            label: (lead, lead + before.trim_end().len()),
            time: None,
        });
    }
    None
}

/// `Name: …`: a label before the first colon, alone, with a time code, or with speech.
fn colon_label(t: &str, lead: usize) -> Option<Line> {
    // The full-width colon of Chinese and Japanese text (`王先生：`) is a colon too.
    // The ASCII colon is found by a fast byte search, the full-width one before it.
    let colon = match t.find(':') {
        Some(c) => t[..c].find('\u{ff1a}').unwrap_or(c),
        None => t.find('\u{ff1a}')?,
    };
    let colon_len = t[colon..].chars().next().map_or(1, char::len_utf8);
    let label = &t[..colon];
    let rest = &t[colon + colon_len..];
    if !is_label(label) {
        return None;
    }
    let rest_t = rest.trim();
    let label_span = (lead, lead + label.trim_end().len());
    if rest_t.is_empty() {
        return Some(Line::Header {
            label: label_span,
            time: None,
        });
    }
    if let Some(ms) = parse_paren_time(rest_t) {
        return Some(Line::Header {
            label: label_span,
            time: Some(ms),
        });
    }
    let content = lead + colon + colon_len + (rest.len() - rest.trim_start().len());
    Some(Line::Inline {
        label: label_span,
        content,
        time: None,
    })
}

/// Titles that open a label written as `Title SURNAME.`.
const CAPS_LABEL_TITLES: &[&str] = &[
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "The",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Senator",
    "Representative",
    "Secretary",
    "General",
    "Admiral",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "Ambassador",
    "Commissioner",
    "Director",
    "Dean",
];

/// A label in the style of congressional hearings: a title, one or two surnames in
/// capitals and a full stop (`Mr. SMITH.`, `Ms. JACKSON LEE.`, `The CHAIRMAN.`), or a
/// deposition's `Q.` / `A.`. Returns the label's length and where the speech starts.
fn dotted_caps_label(t: &str) -> Option<(usize, usize)> {
    for qa in ["Q. ", "A. "] {
        if t.starts_with(qa) && t.len() > 3 {
            return Some((1, 3));
        }
    }
    let mut pos = 0;
    let mut titled = false;
    let mut caps = 0;
    for (k, w) in t.split(' ').take(6).enumerate() {
        let end = pos + w.len();
        if k == 0 && CAPS_LABEL_TITLES.contains(&w) {
            titled = true;
        } else {
            let core = w.strip_suffix('.').unwrap_or(w);
            let is_caps = core.chars().count() >= 2
                && core
                    .chars()
                    .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
                && core.chars().any(char::is_alphabetic);
            if !is_caps {
                return None;
            }
            caps += 1;
            if w.ends_with('.') {
                let rest = &t[end..];
                let content = end + (rest.len() - rest.trim_start().len());
                // "The" opens only a role ("The CHAIRMAN."), not "The UK. Likewise, …".
                let role = !t.starts_with("The ")
                    || [
                        "CHAIRMAN",
                        "CHAIRWOMAN",
                        "CHAIR",
                        "SPEAKER",
                        "PRESIDENT",
                        "CLERK",
                        "PRESIDING OFFICER",
                        "WITNESS",
                        "COURT",
                        "MODERATOR",
                        "VICE PRESIDENT",
                        "SECRETARY",
                        "INTERPRETER",
                    ]
                    .contains(&&t[4..end - 1]);
                return (titled && role && caps <= 3 && content < t.len())
                    .then_some((end - 1, content));
            }
        }
        pos = end + 1;
    }
    None
}

/// A paragraph that opens with a known speaker's name followed by a full stop, or by a
/// capitalised word with no punctuation at all, is that speaker's turn.
pub(super) fn known_label_prefix(line: &str, known: &[String]) -> Option<Line> {
    let lead = line.len() - line.trim_start().len();
    let t = &line[lead..];
    for name in known {
        let Some(rest) = t.strip_prefix(name.as_str()) else {
            continue;
        };
        let after = rest
            .strip_prefix('.')
            .map(|r| (r, true))
            .unwrap_or((rest, false));
        let (body, dotted) = after;
        let body_start = body.len() - body.trim_start().len();
        let next = body[body_start..].chars().next();
        let opens = next.is_some_and(|c| c.is_uppercase() || c == '\u{201c}' || c == '"');
        if body_start > 0
            && opens
            && (dotted
                || body[body_start..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.len() <= 12))
        {
            let content = lead + name.len() + usize::from(dotted) + body_start;
            return Some(Line::Inline {
                label: (lead, lead + name.len()),
                content,
                time: None,
            });
        }
    }
    None
}

/// The offset of the first line break in `s`: `\n`, `\r`, NEL, U+2028 or U+2029.
/// A byte scan: every break begins with one of four bytes, checked further when seen.
fn line_break(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(k) = b[i..]
        .iter()
        .position(|&x| matches!(x, b'\n' | b'\r' | 0xC2 | 0xE2))
    {
        let at = i + k;
        match b[at] {
            b'\n' | b'\r' => return Some(at),
            0xC2 if b.get(at + 1) == Some(&0x85) => return Some(at),
            0xE2 if b.get(at + 1) == Some(&0x80) && matches!(b.get(at + 2), Some(0xA8 | 0xA9)) => {
                return Some(at);
            }
            _ => i = at + 1,
        }
    }
    None
}

/// Lines with their byte offsets (without the line ending). A line ends at LF, CRLF, a
/// lone CR (old Mac files), NEL (U+0085), or the line and paragraph separators U+2028
/// and U+2029.
pub(super) fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let start = pos;
        let rest = &text[start..];
        let (end, next) = match line_break(rest) {
            None => (text.len(), text.len()),
            Some(i) => {
                let at = start + i;
                let c = rest[i..].chars().next().unwrap();
                let mut next = at + c.len_utf8();
                if c == '\r' && bytes.get(next) == Some(&b'\n') {
                    next += 1;
                }
                (at, next)
            }
        };
        pos = next;
        Some((start, &text[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_of_every_kind_end_a_line_and_look_alike_bytes_do_not() {
        let text = "a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g \u{2019}\u{c5}\u{2030}h";
        let lines: Vec<&str> = lines_with_offsets(text).map(|(_, l)| l).collect();
        assert_eq!(
            lines,
            ["a", "b", "c", "d", "e", "f", "g \u{2019}\u{c5}\u{2030}h"]
        );
        for (off, l) in lines_with_offsets(text) {
            assert_eq!(&text[off..off + l.len()], l);
        }
    }
}
