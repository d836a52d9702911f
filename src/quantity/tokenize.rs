//! Tokens: text → words, numbers and punctuation marks with byte spans.
//!
//! In: a sentence as `&str`. Out: [`Tok`]s with byte spans, each a word, a number or
//! a punctuation mark. Numbers keep their grouping (`140,000`, `12,34,567`, `1 200`),
//! decimals and exponents (`1.3e6`, `6.23x10^-4`) in one token; hyphenated words with a
//! number word in them ("forty-eight", "six-mile") are split into their parts.

use super::words::{denominator_word, scale_word, small_number};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum T {
    Word,
    Num,
    Punct,
}

/// A token: its byte span in the text and its kind.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: T,
}

/// Splits `text` into tokens.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit()
            || (c == b'.'
                && i + 1 < b.len()
                && b[i + 1].is_ascii_digit()
                && (i == 0 || !b[i - 1].is_ascii_digit()))
        {
            let j = number_end(text, i);
            toks.push(Tok {
                start: i,
                end: j,
                kind: T::Num,
            });
            i = j;
            continue;
        }
        let ch = text[i..].chars().next().unwrap();
        if ch.is_alphabetic() {
            let start = i;
            let mut j = i + ch.len_utf8();
            while j < b.len() {
                let c2 = text[j..].chars().next().unwrap();
                let joins_letters = (c2 == '-' || c2 == '\'' || c2 == '’')
                    && text[j + c2.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if c2.is_alphabetic() || joins_letters {
                    j += c2.len_utf8();
                } else {
                    break;
                }
            }
            push_word(text, start, j, &mut toks);
            i = j;
            continue;
        }
        if ch.is_whitespace() {
            i += ch.len_utf8();
            continue;
        }
        toks.push(Tok {
            start: i,
            end: i + ch.len_utf8(),
            kind: T::Punct,
        });
        i += ch.len_utf8();
    }
    toks
}

/// Where the number token that starts at `start` ends: its integer digits, their
/// grouping (Indian or by thousands), its decimals and its exponent.
fn number_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut j = start;
    let mut int_digits = 0;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
        int_digits += 1;
    }
    if (1..=2).contains(&int_digits) {
        j = indian_grouping_end(b, j);
    }
    j = thousands_grouping_end(text, start, j, int_digits);
    if j < b.len() && b[j] == b'.' && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        j += 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
    }
    exponent_end(b, j)
}

/// Where Indian digit grouping after the first one or two digits, ending at `j`, ends:
/// `12,34,567.89` (pairs, then a final group of three); `j` when there is none.
fn indian_grouping_end(b: &[u8], j: usize) -> usize {
    let mut k = j;
    let mut pairs = 0;
    while b.get(k) == Some(&b',')
        && b.get(k + 1..k + 3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(k + 3) == Some(&b',')
    {
        k += 3;
        pairs += 1;
    }
    if pairs > 0
        && b.get(k) == Some(&b',')
        && b.get(k + 1..k + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !b.get(k + 4).is_some_and(u8::is_ascii_digit)
    {
        return k + 4;
    }
    j
}

/// Where thousands separators after the integer digits from `start` to `j` end:
/// `,ddd` (not followed by a digit), or a space, nbsp or thin space before `ddd`.
fn thousands_grouping_end(text: &str, start: usize, j: usize, int_digits: usize) -> usize {
    let b = text.as_bytes();
    let mut j = j;
    // Thousands separators: `,ddd` (not followed by a digit), or a space/nbsp before `ddd`.
    let mut grouped = j > start + int_digits;
    loop {
        if b.get(j) == Some(&b',')
            && b.get(j + 1..j + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !b.get(j + 4).is_some_and(u8::is_ascii_digit)
            && (grouped || int_digits <= 3)
        {
            j += 4;
            grouped = true;
            continue;
        }
        // nbsp (C2 A0), thin spaces (E2 80 89 / E2 80 AF), or a plain space.
        let sep_len = if b.get(j) == Some(&b' ') {
            1
        } else if b.get(j..j + 2) == Some(&[0xC2, 0xA0]) {
            2
        } else if b.get(j..j + 3) == Some(&[0xE2, 0x80, 0x89])
            || b.get(j..j + 3) == Some(&[0xE2, 0x80, 0xAF])
        {
            3
        } else {
            0
        };
        if sep_len > 0
            && (grouped || (int_digits <= 3 && !text[start..j].contains(',')))
            && b.get(j + sep_len..j + sep_len + 3)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !b.get(j + sep_len + 3).is_some_and(|c| {
                c.is_ascii_digit()
                    || *c == b','
                    || *c == b'.'
                        && sep_len == 1
                        && b.get(j + sep_len + 4).is_some_and(u8::is_ascii_digit)
            })
            && (sep_len > 1 || !b[start..j].contains(&b'.'))
            && int_digits >= 1
            // A plain space groups only a short first group that is not a code (`05 000`).
            && (sep_len > 1 || grouped || b[start] != b'0')
        {
            j += sep_len + 3;
            grouped = true;
            continue;
        }
        break;
    }
    j
}

/// Where scientific notation or a power after a number at `j` ends: `1.3e6`, `12.32e+14`,
/// `1.1^23`, `2.5^-1`, `6.23x10^-4`. `j` when there is none.
fn exponent_end(b: &[u8], j: usize) -> usize {
    let signed_digits = |mut k: usize, many_signs: bool| {
        let mut signs = 0;
        while k < b.len() && matches!(b[k], b'+' | b'-') && (signs == 0 || many_signs) {
            k += 1;
            signs += 1;
        }
        let d = k;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        let clean_end = !b.get(k).is_some_and(|c| c.is_ascii_alphanumeric());
        (k > d && clean_end).then_some(k)
    };
    match b.get(j) {
        Some(b'e' | b'E') => signed_digits(j + 1, false).unwrap_or(j),
        Some(b'^') => signed_digits(j + 1, true).unwrap_or(j),
        Some(b'x') if b.get(j + 1..j + 4) == Some(b"10^") => {
            signed_digits(j + 4, false).unwrap_or(j)
        }
        _ => j,
    }
}

/// Pushes a word token; a hyphenated word with a number word in it ("forty-eight",
/// "six-mile", "one-eighth") becomes its parts with the hyphens between, so that the
/// number grammar and the unit rules see each part.
fn push_word(text: &str, start: usize, end: usize, toks: &mut Vec<Tok>) {
    let w = &text[start..end];
    let numeric_part = |p: &str| {
        let p = p.to_ascii_lowercase();
        small_number(&p).is_some()
            || denominator_word(&p).is_some()
            || p == "hundred"
            || scale_word(&p).is_some_and(|_| p.len() > 2)
    };
    // "12-cent-a-share": the unit after a number and a hyphen is a part of its own.
    let after_number = matches!(toks.as_slice(), [.., n, h]
        if n.kind == T::Num && h.kind == T::Punct && n.end == h.start && h.end == start
            && &text[h.start..h.end] == "-");
    if !w.contains('-') || !(after_number || w.split('-').any(numeric_part)) {
        toks.push(Tok {
            start,
            end,
            kind: T::Word,
        });
        return;
    }
    let mut s = start;
    for (n, part) in w.split('-').enumerate() {
        if n > 0 {
            toks.push(Tok {
                start: s,
                end: s + 1,
                kind: T::Punct,
            });
            s += 1;
        }
        toks.push(Tok {
            start: s,
            end: s + part.len(),
            kind: T::Word,
        });
        s += part.len();
    }
}
