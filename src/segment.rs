//! Stage 2: turns → sentences and words.
//!
//! In: the text and a span of it (usually one turn). Out: the spans of its
//! sentences by the UAX #29 sentence rules (a scanner of our own for Latin and
//! Cyrillic text, unicode-segmentation for other scripts), merged where those
//! rules break too early — after abbreviations ("Mr.",
//! "approx.", initials) and before a lower-case continuation ("7.6 per cent.
//! of GDP"). The pieces are trimmed of surrounding whitespace, lie inside the
//! input span and keep its order; together they hold all of its
//! non-whitespace text.
//!
//! ```
//! use discrepancy::{segment, Span};
//! let text = "Mr. Smith paid 7.6 per cent. of it. Then he left.";
//! let s = segment::sentences(text, Span::new(0, text.len()));
//! assert_eq!(s.iter().map(|s| &text[s.range()]).collect::<Vec<_>>(),
//!            ["Mr. Smith paid 7.6 per cent. of it.", "Then he left."]);
//! ```

use unicode_segmentation::UnicodeSegmentation;

use crate::span::Span;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "approx", "jr", "sr",
    "prof", "gen", "lt", "col", "capt", "inc", "ltd", "co", "corp", "dept", "hon", "rev", "gov",
    "sen", "rep", "u.s", "u.k", "u.n", "a.m", "p.m", "fig", "vol", "art", "para", "cf", "al",
    "est", "min", "max", "bln", "mln", "bn", "sq", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
];

/// The sentences of `text[span]`, as trimmed spans of `text`.
///
/// A span that does not fit the text is first snapped inwards: its end to at most
/// `text.len()`, then each end to the nearest char boundary inside the span (a span
/// holding no whole character has no sentences).
///
/// ```
/// use discrepancy::{segment, Span};
/// let text = "Café crème. Done.";
/// // Byte 4 is inside the 'é': the span starts at the next character.
/// let s = segment::sentences(text, Span::new(4, 100));
/// assert_eq!(s.iter().map(|s| &text[s.range()]).collect::<Vec<_>>(), ["crème.", "Done."]);
/// ```
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let span = snap(text, span);
    let slice = &text[span.range()];
    let mut out: Vec<Span> = Vec::new();
    let mut merge_next = Abbreviation::None;
    for (off, piece) in sentence_bounds(slice) {
        let s = Span::new(span.start + off, span.start + off + piece.len()).trim(text);
        if s.is_empty() {
            continue;
        }
        let starts_lower = text[s.range()]
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase());
        let same_paragraph = out
            .last()
            .is_some_and(|last| !text[last.end..s.start].contains('\n'));
        // "No." abbreviates a number only before one ("No. 5"): "Ooh, no. I mean …" ends.
        let starts_digit = text[s.range()]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit());
        if let Some(last) = out.last_mut()
            && same_paragraph
            && (merge_next == Abbreviation::Any
                || merge_next == Abbreviation::BeforeNumber && starts_digit
                || starts_lower)
        {
            last.end = s.end;
        } else {
            out.push(s);
        }
        merge_next = ends_with_abbreviation(&text[out.last().unwrap().range()]);
    }
    out
}

/// `span` shrunk to lie within `text` with both ends on char boundaries.
fn snap(text: &str, span: Span) -> Span {
    let mut end = span.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = span.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    Span::new(start, end.max(start))
}

/// UAX #29 sentence bounds of `s` (the pieces, with their offsets), by a scanner that
/// tests only the characters around sentence terminators: the rules of the standard
/// that decide English and Russian transcripts (SB4 paragraph separators, SB6 `3.5`,
/// SB7 `U.S`, SB8 a lower-case continuation, SB8a `?!` and `,` after a terminator, SB9–11
/// closing quotes, spaces and a separator after it). unicode-segmentation gives the
/// same pieces on the corpus and in a property test; this is several times faster.
///
/// Text in other scripts (any character outside Latin, Cyrillic, general punctuation
/// and number forms) goes to unicode-segmentation itself, whose tables cover every
/// script's terminators and combining marks.
pub fn sentence_bounds(s: &str) -> Box<dyn Iterator<Item = (usize, &str)> + '_> {
    if !s.is_ascii() && s.chars().any(|c| !is_covered(c)) {
        return Box::new(s.split_sentence_bound_indices());
    }
    let mut start = 0;
    Box::new(std::iter::from_fn(move || {
        if start >= s.len() {
            return None;
        }
        let end = sentence_end(s, start);
        let piece = (start, &s[start..end]);
        start = end;
        Some(piece)
    }))
}

/// The characters the scanner's rules are written for.
fn is_covered(c: char) -> bool {
    matches!(c, '\0'..='\u{24F}' | '\u{400}'..='\u{52F}' | '\u{2000}'..='\u{218F}' | '\u{2460}'..='\u{24FF}')
}

fn is_para_sep(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_aterm(c: char) -> bool {
    matches!(c, '.' | '\u{2024}' | '\u{FE52}' | '\u{FF0E}')
}

fn is_sterm(c: char) -> bool {
    matches!(
        c,
        '!' | '?'
            | '\u{203C}'
            | '\u{203D}'
            | '\u{2047}'
            | '\u{2048}'
            | '\u{2049}'
            | '\u{3002}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF61}'
            | '\u{0589}'
            | '\u{061F}'
            | '\u{06D4}'
            | '\u{0964}'
            | '\u{0965}'
    )
}

fn is_close(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '«'
            | '»'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201A}'
            | '\u{201B}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{2039}'
            | '\u{203A}'
            | '\u{3008}'..='\u{3011}'
    )
}

fn is_scontinue(c: char) -> bool {
    matches!(
        c,
        ',' | '-'
            | ':'
            | ';'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{3001}'
            | '\u{FF0C}'
            | '\u{FF0D}'
            | '\u{FF1A}'
            | '\u{FF1B}'
            | '\u{FF64}'
            | '\u{037E}'
            | '\u{060C}'
    )
}

/// A decimal digit (UAX #29 Numeric), not a fraction, superscript or circled number.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || c.is_numeric()
            && !c.is_alphabetic()
            && !matches!(c, '\u{B2}'..='\u{BE}' | '\u{2070}'..='\u{2189}' | '\u{2460}'..='\u{24FF}' | '\u{2776}'..='\u{2793}' | '\u{3007}')
}

fn is_sp(c: char) -> bool {
    c.is_whitespace() && !is_para_sep(c)
}

/// Format and combining characters, which UAX #29 attaches to the character before them.
fn is_extend(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{0300}'..='\u{036F}' | '\u{00AD}')
}

/// Where the sentence that starts at `start` ends (the next bound).
fn sentence_end(s: &str, start: usize) -> usize {
    let b = s.as_bytes();
    let char_at = |i: usize| s[i..].chars().next();
    // The next character at or after `i` that is not Extend/Format, with its offset.
    let next_real = |mut i: usize| {
        while let Some(c) = char_at(i) {
            if !is_extend(c) {
                return Some((i, c));
            }
            i += c.len_utf8();
        }
        None
    };
    let mut i = start;
    let mut prev: Option<char> = None;
    while i < s.len() {
        // ASCII letters, digits and spaces never end a sentence: skip them fast.
        let byte = b[i];
        if byte.is_ascii_alphanumeric() || byte == b' ' {
            prev = Some(byte as char);
            i += 1;
            continue;
        }
        let c = char_at(i).unwrap_or(' ');
        let after = i + c.len_utf8();
        if is_para_sep(c) {
            return if c == '\r' && b.get(after) == Some(&b'\n') {
                after + 1
            } else {
                after
            };
        }
        let aterm = is_aterm(c);
        if !(aterm || is_sterm(c)) {
            if !is_extend(c) {
                prev = Some(c);
            }
            i = after;
            continue;
        }
        let next = next_real(after);
        // SB6: `3.5`; SB7: `U.S`.
        if aterm
            && let Some((_, n)) = next
            && (is_digit(n)
                || n.is_uppercase() && prev.is_some_and(|p| p.is_uppercase() || p.is_lowercase()))
        {
            prev = Some(c);
            i = after;
            continue;
        }
        // Close* Sp* after the terminator.
        let mut j = after;
        while let Some((k, n)) = next_real(j) {
            if !is_close(n) {
                j = k;
                break;
            }
            j = k + n.len_utf8();
        }
        while let Some((k, n)) = next_real(j) {
            if !is_sp(n) {
                j = k;
                break;
            }
            j = k + n.len_utf8();
        }
        let following = next_real(j);
        // SB8a: another terminator or a continuation (`?!`, `etc.,`) keeps the sentence.
        if following.is_some_and(|(_, n)| is_scontinue(n) || is_aterm(n) || is_sterm(n)) {
            prev = Some(c);
            i = after;
            continue;
        }
        // SB8: after a full stop, a lower-case word before any letter keeps the sentence.
        if aterm {
            let mut k = j;
            let mut lower = false;
            while let Some((m, n)) = next_real(k) {
                if n.is_lowercase() {
                    lower = true;
                    break;
                }
                if n.is_alphabetic() || is_para_sep(n) || is_aterm(n) || is_sterm(n) {
                    break;
                }
                k = m + n.len_utf8();
            }
            if lower {
                prev = Some(c);
                i = after;
                continue;
            }
        }
        // SB11: the bound, after one paragraph separator if there is one.
        return match following {
            Some((k, '\r')) if b.get(k + 1) == Some(&b'\n') => k + 2,
            Some((k, n)) if is_para_sep(n) => k + n.len_utf8(),
            Some((k, _)) => k,
            None => s.len(),
        };
    }
    s.len()
}

/// Whether a sentence ends with an abbreviation, so that the next piece continues it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// It does not.
    None,
    /// It does ("Mr.", "J.").
    Any,
    /// "No." or "Nos.": only a number after it continues the sentence.
    BeforeNumber,
}

fn ends_with_abbreviation(s: &str) -> Abbreviation {
    let Some(body) = s.strip_suffix('.') else {
        return Abbreviation::None;
    };
    let last = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if last.is_empty() {
        return Abbreviation::None;
    }
    // An initial: `J.` or `U.S.`
    if last.chars().count() == 1 && last.chars().all(char::is_uppercase) {
        return Abbreviation::Any;
    }
    let lower = last.to_lowercase();
    if matches!(lower.as_str(), "no" | "nos") {
        Abbreviation::BeforeNumber
    } else if ABBREVIATIONS.contains(&lower.as_str()) {
        Abbreviation::Any
    } else {
        Abbreviation::None
    }
}

/// `s` in lower case, with plain apostrophes for typographic ones ("Aren’t" →
/// "aren't"): the form every word list and phrase test reads.
///
/// ```
/// assert_eq!(discrepancy::segment::lower_plain("Aren\u{2019}t THAT"), "aren't that");
/// assert_eq!(discrepancy::segment::lower_plain("ÉTÉ \u{2019}ΟΔΟΣ"), "été 'οδος");
/// ```
pub fn lower_plain(s: &str) -> String {
    // Between typographic apostrophes: ASCII byte by byte, other text through Unicode
    // lower-casing (and the whole text so when it holds a capital sigma).
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    for (k, part) in s.split('\u{2019}').enumerate() {
        if k > 0 {
            out.push(b'\'');
        }
        if part.is_ascii() {
            out.extend(part.bytes().map(|b| b.to_ascii_lowercase()));
        } else if part.contains('\u{03A3}') {
            // A capital sigma's lower case depends on the letters around it, which may
            // lie across the apostrophe: the whole text's rules.
            return s.to_lowercase().replace('\u{2019}', "'");
        } else {
            out.extend_from_slice(part.to_lowercase().as_bytes());
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_lowercase().replace('\u{2019}', "'"))
}

/// [`lower_plain`], borrowing `s` when it is already in that form (ASCII without capitals).
pub(crate) fn lower_plain_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b < 0x80 && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(lower_plain(s))
    }
}

/// The words of `s` with their byte offsets in `s`: runs of letters and digits, joined
/// across an inner apostrophe ("aren\u{2019}t", "Russia's") and, between digits, a decimal
/// point or thousands separator ("3.5", "140,000"). Case is kept.
///
/// This is what UAX #29 word bounds give for such text, at a fraction of the cost:
/// the topic words of every sentence pass through here.
///
/// ```
/// let w: Vec<&str> = discrepancy::segment::words("Aren't 140,000 Russian-language schools?").map(|(_, w)| w).collect();
/// assert_eq!(w, ["Aren't", "140,000", "Russian", "language", "schools"]);
/// ```
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    // The character at byte `i` (a char boundary): ASCII without decoding.
    let at = move |i: usize| -> Option<char> {
        let b = *bytes.get(i)?;
        if b < 0x80 {
            Some(char::from(b))
        } else {
            s[i..].chars().next()
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the start of a word.
        let (start, first) = loop {
            let c = at(i)?;
            if c.is_alphanumeric() {
                break (i, c);
            }
            i += c.len_utf8();
        };
        i = start + first.len_utf8();
        let mut prev = first;
        while let Some(c) = at(i) {
            if c.is_alphanumeric() {
                i += c.len_utf8();
                prev = c;
                continue;
            }
            // A joiner counts only with a word character on both sides.
            let joins = match c {
                '\'' | '\u{2019}' => prev.is_alphabetic(),
                '.' | ',' => prev.is_ascii_digit(),
                _ => false,
            };
            let ok = joins
                && at(i + c.len_utf8()).is_some_and(|n| {
                    if matches!(c, '.' | ',') {
                        n.is_ascii_digit()
                    } else {
                        n.is_alphabetic()
                    }
                });
            if !ok {
                break;
            }
            i += c.len_utf8();
        }
        Some((start, &s[start..i]))
    })
}

/// `s` through the end of its `n`-th word (as [`words`] reads them), or all of `s` when it
/// has fewer: what a reader of the first `n` words needs, found without looking further.
/// A reader of the words after each figure stays linear in a sentence of a million figures.
///
/// ```
/// use discrepancy::segment::through_words;
/// assert_eq!(through_words(" cars a day, not a week", 2), " cars a");
/// assert_eq!(through_words(" 3.5 tonnes", 6), " 3.5 tonnes");
/// assert_eq!(through_words(" cars", 0), "");
/// ```
pub fn through_words(s: &str, n: usize) -> &str {
    match n.checked_sub(1).and_then(|k| words(s).nth(k)) {
        Some((start, w)) => &s[..start + w.len()],
        None if n == 0 => "",
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_plain_is_unicode_lower_case_with_plain_apostrophes() {
        for text in [
            "Aren\u{2019}t THAT",
            "Путин: \u{201C}Мы\u{201D} – 300 школ",
            "ΟΔΟΣ\u{2019}Σ and ΣΑΣ",
            "Café \u{2019}CRÈME\u{2019}",
            "\u{2019}\u{2019}",
            "",
        ] {
            assert_eq!(
                lower_plain(text),
                text.to_lowercase().replace('\u{2019}', "'"),
                "{text}"
            );
        }
    }

    /// The window of the first words is found without reading the rest of a long
    /// sentence: its length does not grow with the sentence.
    #[test]
    fn through_words_reads_a_bounded_window() {
        let long = " 1".repeat(500_000);
        assert_eq!(through_words(&long, 6), " 1 1 1 1 1 1");
        assert_eq!(through_words(&long[..6], 6), " 1 1 1");
        assert_eq!(through_words("", 6), "");
        // A word is whole at the window's end: "140,000" is one word.
        assert_eq!(through_words(" a 140,000 b", 2), " a 140,000");
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn no_abbreviates_a_number_only_before_one() {
        assert_eq!(
            split("Ooh, no. I mean, it is 12 percent."),
            ["Ooh, no.", "I mean, it is 12 percent."]
        );
        assert_eq!(
            split("No. We did everything required."),
            ["No.", "We did everything required."]
        );
        assert_eq!(split("See No. 5 on the list."), ["See No. 5 on the list."]);
        assert_eq!(split("Mr. Smith left."), ["Mr. Smith left."]);
    }

    #[test]
    fn splits_and_merges() {
        assert_eq!(
            split("It grew. It fell!  Did it?"),
            ["It grew.", "It fell!", "Did it?"]
        );
        assert_eq!(
            split("Dr. Fox said 7.6 per cent. of GDP."),
            ["Dr. Fox said 7.6 per cent. of GDP."]
        );
        assert_eq!(
            split("President Donald J. Trump spoke."),
            ["President Donald J. Trump spoke."]
        );
        assert_eq!(split("One.\nTwo."), ["One.", "Two."]);
    }

    #[test]
    fn spans_cover_all_text() {
        let text = "  A b. C d?\n\nE f  ";
        let s = sentences(text, Span::new(0, text.len()));
        let joined: String = s
            .iter()
            .map(|s| &text[s.range()])
            .collect::<Vec<_>>()
            .join("");
        let expected: String = text.split_whitespace().collect::<Vec<_>>().join("");
        assert_eq!(joined.replace(' ', ""), expected);
    }
}
