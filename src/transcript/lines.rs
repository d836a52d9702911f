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
    // `HON. J. SMITH.- text` (PDF-derived Hansards) before a colon in the speech.
    if let Some((label_len, content)) = dash_caps_label(t) {
        return Line::Inline {
            label: (lead, lead + label_len),
            content: lead + content,
            time: None,
        };
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

/// Titles that open a parliamentary label written `HON. J. SMITH.-`.
const DASH_LABEL_TITLES: &[&str] = &[
    "HON.", "Hon.", "HON", "Hon", "Mr.", "Mr", "MR.", "MR", "Mrs.", "Mrs", "MRS.", "MRS", "Ms.",
    "Ms", "MS.", "MS", "Dr.", "Dr", "DR.", "DR", "Sir", "SIR", "Dame", "DAME",
];

/// The dashes that close a label written `HON. J. SMITH.-` (a hyphen, two, an en or em dash).
const LABEL_DASHES: &[&str] = &["--", "-", "\u{2013}", "\u{2014}"];

/// A parliamentary label as PDF-derived Hansards print it: `HON. J. SMITH.-`,
/// `The Hon. J. B. SMITH.—`, `Mr. SMITH.–`: an optional `The`, a title, initials, one to
/// three surnames in capitals, a full stop and a dash. Returns the label's length
/// (without the full stop) and where the speech starts, or `None`.
pub(super) fn dash_caps_label(t: &str) -> Option<(usize, usize)> {
    let mut words = t.split(' ');
    let mut pos = 0;
    let mut next = |pos: &mut usize| {
        let w = words.next()?;
        let start = *pos;
        *pos += w.len() + 1;
        Some((start, w))
    };
    let (_, mut w) = next(&mut pos)?;
    if w == "The" || w == "THE" {
        w = next(&mut pos)?.1;
    }
    if !DASH_LABEL_TITLES.contains(&w) {
        return None;
    }
    let mut caps = 0;
    // Initials (`J.`, `J.B.`), then surnames; the last ends with `.-`.
    for _ in 0..6 {
        let (start, w) = next(&mut pos)?;
        let is_initials = caps == 0
            && w.len() <= 4
            && w.ends_with('.')
            && w.split('.').all(|p| p.chars().count() <= 1)
            && w.chars().all(|c| c == '.' || c.is_uppercase());
        if is_initials {
            continue;
        }
        let (core, dash) = match w.split_once('.') {
            // `SMITH.-` and `SMITH.—The …` (the speech right after the dash).
            Some((core, rest)) if LABEL_DASHES.iter().any(|d| rest.starts_with(d)) => (core, true),
            Some((core, "")) => {
                // `SMITH. -` with a space before the dash; a full stop without one ends
                // a label of another kind (`Mr. SMITH. Thank you`).
                let after = &t[(start + w.len()).min(t.len())..];
                if !LABEL_DASHES
                    .iter()
                    .any(|d| after.trim_start().starts_with(d))
                {
                    return None;
                }
                (core, true)
            }
            _ => (w, false),
        };
        let is_caps = core.chars().count() >= 2
            && core
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '\u{2019}'))
            && core.chars().any(char::is_alphabetic);
        if !is_caps {
            return None;
        }
        caps += 1;
        if dash {
            let label_end = start + core.len();
            let rest = t[label_end + 1..].trim_start();
            let rest = LABEL_DASHES
                .iter()
                .find_map(|d| rest.strip_prefix(d))?
                .trim_start();
            let content = t.len() - rest.len();
            return (caps <= 3 && !rest.is_empty()).then_some((label_end, content));
        }
        if caps == 3 {
            return None;
        }
    }
    None
}

/// Where a parliamentary label runs on inside a line (PDF text joins a speech and the
/// next speaker's `HON. J. SMITH.-` into one paragraph): the byte offsets, after a
/// sentence's end, at which such a label starts.
pub(super) fn run_on_labels(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // Most lines hold no `.-` or `.—` at all.
    if !line.contains(".-")
        && !line.contains(".\u{2014}")
        && !line.contains(".\u{2013}")
        && !line.contains(". -")
    {
        return out;
    }
    for (i, _) in line.match_indices(' ') {
        let before = line[..i].trim_end();
        let ends_sentence = before
            .trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}', ')'])
            .ends_with(['.', '?', '!']);
        let at = i + 1;
        if ends_sentence && !before.is_empty() && dash_caps_label(&line[at..]).is_some() {
            out.push(at);
        }
    }
    out
}

/// The lines of a text with its run-on parliamentary labels split off: each label
/// opens a line of its own (same offsets, no bytes lost).
pub(super) fn split_run_on(lines: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(lines.len());
    for (off, line) in lines {
        let mut from = 0;
        for at in run_on_labels(line) {
            out.push((off + from, &line[from..at]));
            from = at;
        }
        out.push((off + from, &line[from..]));
    }
    out
}

/// Whether a line is a page's running head or foot, as PDF text keeps them inside
/// speeches: a page number (`12`, `- 12 -`, `Page 12 of 40`), a date (`Tuesday, 12
/// March 2019`), or either with a heading in capitals (`LEGISLATIVE COUNCIL 1234`).
pub(super) fn is_running_head(t: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let t = t.trim();
    if t.is_empty() || t.len() > 120 || t.ends_with(['.', '?', '!', ':', ';']) {
        return false;
    }
    let (mut numbers, mut months, mut years, mut caps, mut words) = (0, 0, 0, 0, 0);
    for w in t.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '|' | '\u{2013}' | '\u{2014}' | '-' | '/')
    }) {
        if w.is_empty() {
            continue;
        }
        words += 1;
        let lower = w.to_lowercase();
        if w.chars().all(|c| c.is_ascii_digit()) {
            if w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) {
                years += 1;
            } else if w.len() <= 5 {
                numbers += 1;
            } else {
                return false;
            }
        } else if MONTHS.contains(&lower.as_str()) {
            months += 1;
        } else if crate::quantity::WEEKDAYS.contains(&lower.as_str())
            || matches!(lower.as_str(), "page" | "p." | "of")
        {
        } else if w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '&' | '.'))
        {
            caps += 1;
        } else {
            return false;
        }
    }
    let date = months == 1 && years == 1 && numbers <= 2;
    let page = months == 0 && (1..=2).contains(&numbers) && years <= 1;
    words <= 14 && (date || page) && caps <= 6
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

    #[test]
    fn dash_labels() {
        fn label(t: &str) -> Option<(&str, &str)> {
            dash_caps_label(t).map(|(l, c)| (&t[..l], &t[c..]))
        }
        assert_eq!(
            label("HON. J. SMITH.- I rise."),
            Some(("HON. J. SMITH", "I rise."))
        );
        assert_eq!(
            label("The Hon. J.B. DE VRIES.\u{2014}Thank you."),
            Some(("The Hon. J.B. DE VRIES", "Thank you."))
        );
        assert_eq!(label("Mr. SMITH. -- Yes."), Some(("Mr. SMITH", "Yes.")));
        assert_eq!(label("Mr. SMITH. Thank you."), None);
        assert_eq!(label("HON. J. Smith.- I rise."), None);
        assert_eq!(label("USA.- delegation"), None);
        assert_eq!(label("HON. J. SMITH.-"), None);
        assert_eq!(
            run_on_labels("the end. HON. J. SMITH.- I rise. Mr. A. B.- no"),
            [9]
        );
    }

    #[test]
    fn running_heads() {
        for head in [
            "12",
            "- 12 -",
            "Page 12 of 40",
            "Tuesday, 12 March 2019",
            "March 12, 2019",
            "LEGISLATIVE COUNCIL 1234",
            "1234 LEGISLATIVE ASSEMBLY Tuesday, 12 March 2019",
        ] {
            assert!(is_running_head(head), "{head}");
        }
        for speech in [
            "12.",
            "2019",
            "We built 12",
            "On 12 March 2019 we met",
            "THE BILL",
            "12 March 2019.",
            "123456",
        ] {
            assert!(!is_running_head(speech), "{speech}");
        }
    }
}
