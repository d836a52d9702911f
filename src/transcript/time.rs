//! Time codes: the clock times written in transcripts and subtitles → milliseconds.
//!
//! In: `05:34`, `1:02:03` (clock times), `[00:01:02] `, `\[00:01:02\] ` and `(05:34) `
//! opening a line, `(05:34)` after a label, `00:01:02.500` and `00:00:01,000` subtitle
//! timestamps, and `start --> end` cue timings.
//!
//! Out: seconds or milliseconds from the start of the recording, a
//! [`TimeRange`] for a cue timing, or `None` when the text is not a time code.

use super::TimeRange;

/// `05:34` or `1:02:03` → seconds.
pub(super) fn clock_seconds(hms: &str) -> Option<u64> {
    let parts: Vec<&str> = hms.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 2 || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    parts
        .iter()
        .try_fold(0u64, |secs, p| Some(secs * 60 + p.parse::<u64>().ok()?))
}

/// A time code that opens a line, and the bytes it takes with the space after it:
/// `[00:01:02] `, `(05:34) `, `00:01:02 `. Milliseconds.
pub(super) fn leading_time(t: &str) -> Option<(usize, u64)> {
    // `\[08:13\]`: brackets escaped by a Markdown export.
    let (inner, len) = if let Some(r) = t.strip_prefix("\\[") {
        let end = r.find("\\]")?;
        (&r[..end], end + 4)
    } else if let Some(r) = t.strip_prefix('[') {
        let end = r.find(']')?;
        (&r[..end], end + 2)
    } else if let Some(r) = t.strip_prefix('(') {
        let end = r.find(')')?;
        (&r[..end], end + 2)
    } else {
        let end = t.find(char::is_whitespace)?;
        (&t[..end], end)
    };
    if !inner.contains(':') {
        return None;
    }
    // Fractions of a second (`00:01:02.500`) are dropped.
    let secs = clock_seconds(inner.split(['.', ',']).next()?)?;
    let rest = t.get(len..)?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let skip = len + (rest.len() - rest.trim_start().len());
    (skip < t.len()).then_some((skip, secs * 1000))
}

/// `(05:34)` or `(1:02:03)` → milliseconds.
pub(super) fn parse_paren_time(s: &str) -> Option<u64> {
    let inner = s.strip_prefix('(')?.strip_suffix(')')?;
    Some(clock_seconds(inner)? * 1000)
}

fn parse_timestamp(s: &str) -> Option<u64> {
    let s = s.trim();
    let (hms, frac) = match s.rfind(['.', ',']) {
        Some(p) => (&s[..p], &s[p + 1..]),
        None => (s, "0"),
    };
    if frac.is_empty() || frac.len() > 3 || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let secs = clock_seconds(hms)?;
    let ms: u64 = format!("{frac:0<3}").parse().ok()?;
    Some(secs * 1000 + ms)
}

pub(super) fn parse_timing(line: &str) -> Option<TimeRange> {
    let (a, rest) = line.split_once("-->")?;
    let b = rest.split_whitespace().next()?;
    Some(TimeRange {
        start_ms: parse_timestamp(a)?,
        end_ms: Some(parse_timestamp(b)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp("00:01:02.500"), Some(62_500));
        assert_eq!(parse_timestamp("00:00:01,000"), Some(1000));
        assert_eq!(parse_timestamp("1:02.5"), Some(62_500));
        assert_eq!(parse_timestamp("aa:00"), None);
        assert_eq!(parse_paren_time("(05:34)"), Some(334_000));
    }
}
