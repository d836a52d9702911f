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

/// Lower-cased words of `s` (letters, digits, inner hyphens and apostrophes) with their byte offsets in `s`.
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_word_bound_indices()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric))
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
