//! A JSON scanner that keeps byte spans: JSON text → values, each with the bytes it
//! was read from.
//!
//! In: the whole input. The caller walks the document with [`Scanner::value_kind`],
//! [`Scanner::object_key`], [`Scanner::array_next`], [`Scanner::string`],
//! [`Scanner::number`] and [`Scanner::skip`]; what it does not need it skips, which
//! checks the syntax but keeps nothing.
//!
//! Out: strings as their decoded value and the span of their contents between the
//! quotes (escapes as written, so the span slices the input); numbers as `f64` with
//! their span; an error that names the byte offset where the JSON goes wrong and what
//! is wrong there. Nesting deeper than [`MAX_DEPTH`] is an error, not a deep stack.

use std::borrow::Cow;

use crate::span::Span;

/// How deep arrays and objects may nest (serde_json's limit too).
pub(super) const MAX_DEPTH: usize = 128;

/// What is wrong, and where: the byte offset of the offending byte.
#[derive(Debug)]
pub(super) struct ScanError {
    pub(super) at: usize,
    pub(super) message: String,
}

/// The kind of the value that starts at the scanner's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

/// A string value: its decoded text and where its contents are written.
#[derive(Debug)]
pub(super) struct Str<'a> {
    /// The contents between the quotes, escapes as written.
    pub(super) span: Span,
    /// The contents with escapes decoded (borrowed when there are none).
    pub(super) value: Cow<'a, str>,
}

impl Str<'_> {
    /// Whether the contents hold an escape (the decoded text differs from the bytes).
    pub(super) fn escaped(&self) -> bool {
        matches!(self.value, Cow::Owned(_))
    }
}

/// A number value: its value, whether it is written as an integer, and its span.
#[derive(Debug, Clone, Copy)]
pub(super) struct Number {
    pub(super) value: f64,
    pub(super) integer: bool,
    pub(super) span: Span,
}

pub(super) struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

pub(super) type Scan<T> = Result<T, ScanError>;

impl<'a> Scanner<'a> {
    /// A scanner at the start of `text` (a leading BOM is skipped).
    pub(super) fn new(text: &'a str) -> Self {
        let pos = if text.starts_with('\u{feff}') { 3 } else { 0 };
        Scanner {
            text,
            bytes: text.as_bytes(),
            pos,
            depth: 0,
        }
    }

    /// The whole input.
    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    fn error<T>(&self, at: usize, message: impl Into<String>) -> Scan<T> {
        Err(ScanError {
            at: at.min(self.bytes.len().saturating_sub(1)),
            message: message.into(),
        })
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The error for an unexpected byte where `what` was expected, or for the end of the
    /// input inside `inside`.
    fn unexpected<T>(&self, what: &str, inside: &str) -> Scan<T> {
        if self.pos >= self.bytes.len() {
            self.error(self.pos, format!("EOF while parsing {inside}"))
        } else {
            self.error(self.pos, format!("expected {what}"))
        }
    }

    /// The kind of the next value (whitespace skipped), or an error if no value starts here.
    pub(super) fn value_kind(&mut self) -> Scan<Kind> {
        self.ws();
        Ok(match self.bytes.get(self.pos) {
            Some(b'n') => Kind::Null,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'-' | b'0'..=b'9') => Kind::Number,
            Some(b'"') => Kind::String,
            Some(b'[') => Kind::Array,
            Some(b'{') => Kind::Object,
            _ => return self.unexpected("value", "a value"),
        })
    }

    /// After the document's one value: only whitespace may follow.
    pub(super) fn finish(&mut self) -> Scan<()> {
        self.ws();
        if self.pos < self.bytes.len() {
            return self.error(self.pos, "trailing characters");
        }
        Ok(())
    }

    fn enter(&mut self) -> Scan<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error(self.pos, "recursion limit exceeded");
        }
        self.pos += 1;
        Ok(())
    }

    /// Opens the object at the position (which must be one).
    pub(super) fn object(&mut self) -> Scan<()> {
        debug_assert_eq!(self.bytes.get(self.pos), Some(&b'{'));
        self.enter()
    }

    /// The next key of the open object, the scanner left at its value; `None` at the
    /// closing brace (which is consumed). `first` says whether no key was read yet.
    pub(super) fn object_key(&mut self, first: bool) -> Scan<Option<Str<'a>>> {
        self.ws();
        match self.bytes.get(self.pos) {
            Some(b'}') => {
                self.pos += 1;
                self.depth -= 1;
                return Ok(None);
            }
            Some(b',') if !first => {
                self.pos += 1;
                self.ws();
                if self.bytes.get(self.pos) == Some(&b'}') {
                    return self.error(self.pos, "trailing comma");
                }
            }
            _ if !first => return self.unexpected("`,` or `}`", "an object"),
            _ => {}
        }
        if self.bytes.get(self.pos) != Some(&b'"') {
            if self.pos >= self.bytes.len() {
                return self.unexpected("", "an object");
            }
            return self.error(self.pos, "key must be a string");
        }
        let key = self.string()?;
        self.ws();
        if self.bytes.get(self.pos) != Some(&b':') {
            return self.unexpected("`:`", "an object");
        }
        self.pos += 1;
        Ok(Some(key))
    }

    /// Opens the array at the position (which must be one).
    pub(super) fn array(&mut self) -> Scan<()> {
        debug_assert_eq!(self.bytes.get(self.pos), Some(&b'['));
        self.enter()
    }

    /// Whether the open array has another element (the scanner left at it); at the
    /// closing bracket, consumed, `false`.
    pub(super) fn array_next(&mut self, first: bool) -> Scan<bool> {
        self.ws();
        match self.bytes.get(self.pos) {
            Some(b']') => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            Some(b',') if !first => {
                self.pos += 1;
                self.ws();
                if self.bytes.get(self.pos) == Some(&b']') {
                    return self.error(self.pos, "trailing comma");
                }
                Ok(true)
            }
            _ if !first => self.unexpected("`,` or `]`", "a list"),
            None => self.unexpected("", "a list"),
            _ => Ok(true),
        }
    }

    /// The string at the position (which must open one).
    pub(super) fn string(&mut self) -> Scan<Str<'a>> {
        debug_assert_eq!(self.bytes.get(self.pos), Some(&b'"'));
        let start = self.pos + 1;
        let mut i = start;
        let mut escaped = false;
        loop {
            match self.bytes.get(i) {
                None => return self.error(i, "EOF while parsing a string"),
                Some(b'"') => break,
                Some(b'\\') => {
                    escaped = true;
                    i += 2;
                }
                Some(&c) if c < 0x20 => {
                    return self.error(
                        i,
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    );
                }
                Some(_) => i += 1,
            }
        }
        // An escape's backslash may be the input's last byte: then `i` ran past the end.
        if i > self.bytes.len() {
            return self.error(self.bytes.len(), "EOF while parsing a string");
        }
        let raw = &self.text[start..i];
        let value = if escaped {
            let mut out = String::with_capacity(raw.len());
            decode(raw, start, &mut out, |_| {})?;
            Cow::Owned(out)
        } else {
            Cow::Borrowed(raw)
        };
        self.pos = i + 1;
        Ok(Str {
            span: Span::new(start, i),
            value,
        })
    }

    /// The number at the position (which must open one).
    pub(super) fn number(&mut self) -> Scan<Number> {
        let start = self.pos;
        let b = self.bytes;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let int_start = i;
        if !digits(&mut i) {
            return self.error(i, "invalid number");
        }
        if b[int_start] == b'0' && i - int_start > 1 {
            return self.error(int_start + 1, "invalid number");
        }
        let mut integer = true;
        if b.get(i) == Some(&b'.') {
            integer = false;
            i += 1;
            if !digits(&mut i) {
                return self.error(i, "invalid number");
            }
        }
        if let Some(b'e' | b'E') = b.get(i) {
            integer = false;
            i += 1;
            if let Some(b'+' | b'-') = b.get(i) {
                i += 1;
            }
            if !digits(&mut i) {
                return self.error(i, "invalid number");
            }
        }
        let value: f64 = self.text[start..i].parse().unwrap_or(f64::INFINITY);
        if !value.is_finite() {
            return self.error(i - 1, "number out of range");
        }
        self.pos = i;
        Ok(Number {
            value,
            integer,
            span: Span::new(start, i),
        })
    }

    /// The literal `true`, `false` or `null` at the position.
    fn literal(&mut self) -> Scan<Span> {
        let start = self.pos;
        for word in ["true", "false", "null"] {
            if self.text[start..].starts_with(word) {
                self.pos += word.len();
                return Ok(Span::new(start, self.pos));
            }
        }
        // The first byte that differs from the literal it began.
        let word = match self.bytes[start] {
            b't' => "true",
            b'f' => "false",
            _ => "null",
        };
        let off = word
            .bytes()
            .zip(&self.bytes[start..])
            .take_while(|(a, b)| a == *b)
            .count();
        if start + off >= self.bytes.len() {
            return self.error(start + off, "EOF while parsing a value");
        }
        self.error(start + off, "expected ident")
    }

    /// Skips the value at the position, checking its syntax; returns its span.
    pub(super) fn skip(&mut self) -> Scan<Span> {
        let start = self.pos;
        match self.value_kind()? {
            Kind::Null | Kind::Bool => {
                self.literal()?;
            }
            Kind::Number => {
                self.number()?;
            }
            Kind::String => {
                self.string()?;
            }
            Kind::Array => {
                self.array()?;
                let mut first = true;
                while self.array_next(first)? {
                    first = false;
                    self.skip()?;
                }
            }
            Kind::Object => {
                self.object()?;
                let mut first = true;
                while self.object_key(first)?.is_some() {
                    first = false;
                    self.skip()?;
                }
            }
        }
        Ok(Span::new(start, self.pos))
    }

    /// Skips the value at the position and says what it is, as an error message does:
    /// ``integer `5` ``, `string "x"`, `map`; with the offset an error names for it (its
    /// last byte, or its first for an array or object).
    pub(super) fn describe(&mut self) -> Scan<(String, usize)> {
        let kind = self.value_kind()?;
        let start = self.pos;
        let what = match kind {
            Kind::Null => {
                self.literal()?;
                "null".to_string()
            }
            Kind::Bool => {
                let s = self.literal()?;
                format!("boolean `{}`", &self.text[s.range()])
            }
            Kind::Number => {
                let n = self.number()?;
                let raw = &self.text[n.span.range()];
                if n.integer {
                    format!("integer `{raw}`")
                } else {
                    format!("floating point `{}`", n.value)
                }
            }
            Kind::String => {
                let s = self.string()?;
                format!("string {:?}", s.value)
            }
            Kind::Array => {
                self.skip()?;
                return Ok(("sequence".into(), start));
            }
            Kind::Object => {
                self.skip()?;
                return Ok(("map".into(), start));
            }
        };
        Ok((what, self.pos - 1))
    }

    /// An error at `at` for a value of the wrong type.
    pub(super) fn invalid_type<T>(&self, found: (String, usize), expected: &str) -> Scan<T> {
        self.error(
            found.1,
            format!("invalid type: {}, expected {expected}", found.0),
        )
    }

    /// An error at the scanner's position (the byte before it: the end of what was read).
    pub(super) fn error_here<T>(&self, message: impl Into<String>) -> Scan<T> {
        self.error(self.pos.saturating_sub(1), message)
    }
}

/// One escape of a string: where it is written and where its character went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Escape {
    /// The escape as written (`\"`, `\u2013`, a surrogate pair), in the input.
    pub(super) src: Span,
    /// Its character in the decoded text.
    pub(super) dec: Span,
}

/// Decodes the contents of a string (`raw`, starting at byte `base` of the input) onto
/// `out`, calling `on_escape` with each escape's place in the input and in `out`.
pub(super) fn decode(
    raw: &str,
    base: usize,
    out: &mut String,
    mut on_escape: impl FnMut(Escape),
) -> Scan<()> {
    let b = raw.as_bytes();
    let err = |at: usize, m: &str| {
        Err(ScanError {
            at: base + at,
            message: m.to_string(),
        })
    };
    let hex = |at: usize| -> Option<u32> {
        let h = raw.get(at..at + 4)?;
        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(h, 16).ok()
    };
    let mut i = 0;
    let mut run = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&raw[run..i]);
        let at = i;
        let c = match b.get(i + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let Some(u) = hex(i + 2) else {
                    return err(i + 2, "invalid escape: `\\u` needs four hex digits");
                };
                if (0xD800..0xDC00).contains(&u) {
                    // A leading surrogate: the trailing one must follow.
                    let low = (raw.get(i + 6..i + 8) == Some("\\u"))
                        .then(|| hex(i + 8))
                        .flatten();
                    match low {
                        Some(low @ 0xDC00..0xE000) => {
                            i += 6;
                            char::from_u32(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                                .unwrap_or('\u{fffd}')
                        }
                        _ => return err(at, "lone leading surrogate in hex escape"),
                    }
                } else if (0xDC00..0xE000).contains(&u) {
                    return err(at, "lone trailing surrogate in hex escape");
                } else {
                    char::from_u32(u).unwrap_or('\u{fffd}')
                }
            }
            Some(_) => return err(i + 1, "invalid escape"),
            None => return err(i, "EOF while parsing a string"),
        };
        i += if b[i + 1] == b'u' { 6 } else { 2 };
        let dec_start = out.len();
        out.push(c);
        on_escape(Escape {
            src: Span::new(base + at, base + i),
            dec: Span::new(dec_start, out.len()),
        });
        run = i;
    }
    out.push_str(&raw[run..]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(raw: &str) -> (String, Vec<Escape>) {
        let mut out = String::new();
        let mut escapes = Vec::new();
        decode(raw, 10, &mut out, |e| escapes.push(e)).unwrap();
        (out, escapes)
    }

    #[test]
    fn escapes_decode_and_say_where_they_were() {
        let (s, e) = decoded(r#"a\"b\u2013c\ud83d\ude00\n"#);
        assert_eq!(s, "a\"b\u{2013}c\u{1f600}\n");
        let places: Vec<(usize, usize, usize, usize)> = e
            .iter()
            .map(|e| (e.src.start, e.src.end, e.dec.start, e.dec.end))
            .collect();
        assert_eq!(
            places,
            [
                (11, 13, 1, 2),
                (14, 20, 3, 6),
                (21, 33, 7, 11),
                (33, 35, 11, 12)
            ]
        );
        let mut out = String::new();
        for bad in [r"\x", r"\u12", r"\ud800", r"\udc00x", r"\ud800\u0041"] {
            assert!(decode(bad, 0, &mut out, |_| {}).is_err(), "{bad}");
        }
    }

    #[test]
    fn strings_keep_their_spans() {
        let text = r#"  "te\u0078t" "plain""#;
        let mut s = Scanner::new(text);
        assert_eq!(s.value_kind().unwrap(), Kind::String);
        let a = s.string().unwrap();
        assert_eq!((a.value.as_ref(), a.span), ("text", Span::new(3, 12)));
        assert!(a.escaped());
        s.value_kind().unwrap();
        let b = s.string().unwrap();
        assert_eq!(&text[b.span.range()], "plain");
        assert!(!b.escaped());
    }

    #[test]
    fn syntax_errors_name_the_byte() {
        let at = |text: &str| {
            let mut s = Scanner::new(text);
            let e = s.skip().and_then(|_| s.finish()).unwrap_err();
            (e.at, e.message)
        };
        assert_eq!(at("[1, 2,]"), (6, "trailing comma".into()));
        assert_eq!(at("{\"a\" 1}"), (5, "expected `:`".into()));
        assert_eq!(at("[01]"), (2, "invalid number".into()));
        assert_eq!(at("[1] x"), (4, "trailing characters".into()));
        assert_eq!(at("[tru]"), (4, "expected ident".into()));
        assert_eq!(at("{1: 2}"), (1, "key must be a string".into()));
        assert_eq!(
            at("[\"a\nb\"]").1,
            "control character (\\u0000-\\u001F) found while parsing a string"
        );
        assert_eq!(at("[1e999]").1, "number out of range");
        assert_eq!(at("\"abc\\").1, "EOF while parsing a string");
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(at(&deep).1, "recursion limit exceeded");
        let deep_ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Scanner::new(&deep_ok).skip().is_ok());
    }
}
