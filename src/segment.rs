//! Stage 2: turns → sentences and words.
//!
//! In: the text and a span of it (usually one turn). Out: the spans of its
//! sentences, from unicode-segmentation's UAX #29 sentence bounds, merged
//! where that splitter breaks too early — after abbreviations ("Mr.",
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
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let slice = &text[span.range()];
    let mut out: Vec<Span> = Vec::new();
    let mut merge_next = false;
    for (off, piece) in slice.split_sentence_bound_indices() {
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
        if let Some(last) = out.last_mut()
            && same_paragraph
            && (merge_next || starts_lower)
        {
            last.end = s.end;
        } else {
            out.push(s);
        }
        merge_next = ends_with_abbreviation(&text[out.last().unwrap().range()]);
    }
    out
}

fn ends_with_abbreviation(s: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let last = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if last.is_empty() {
        return false;
    }
    // An initial: `J.` or `U.S.`
    if last.chars().count() == 1 && last.chars().all(char::is_uppercase) {
        return true;
    }
    ABBREVIATIONS.contains(&last.to_lowercase().as_str())
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
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to the start of a word.
        let (start, first) = loop {
            let (i, c) = chars.next()?;
            if c.is_alphanumeric() {
                break (i, c);
            }
        };
        let mut end = start + first.len_utf8();
        let mut prev = first;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
                end = i + c.len_utf8();
                prev = c;
                continue;
            }
            // A joiner counts only with a word character on both sides.
            let joins = match c {
                '\'' | '\u{2019}' => prev.is_alphabetic(),
                '.' | ',' => prev.is_ascii_digit(),
                _ => false,
            };
            let next = s[i + c.len_utf8()..].chars().next();
            let ok = joins
                && next.is_some_and(|n| {
                    if matches!(c, '.' | ',') {
                        n.is_ascii_digit()
                    } else {
                        n.is_alphabetic()
                    }
                });
            if !ok {
                break;
            }
            chars.next();
        }
        Some((start, &s[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
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
