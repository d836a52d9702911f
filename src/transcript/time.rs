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

/// A cue timestamp → milliseconds: `[hours:]mm:ss.ttt` (or `,ttt` in SRT), hours of any
/// number of digits (a cue past 99 hours is read), minutes and seconds below 60, one to
/// three digits of a second.
pub(super) fn parse_timestamp(s: &str) -> Option<u64> {
    let s = s.trim();
    let (hms, frac) = match s.rfind(['.', ',']) {
        Some(p) => (&s[..p], &s[p + 1..]),
        None => (s, "0"),
    };
    if frac.is_empty() || frac.len() > 3 || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let number = |p: &str, max_len: usize| {
        (!p.is_empty() && p.len() <= max_len && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u64>().ok())
            .flatten()
    };
    let parts: Vec<&str> = hms.split(':').collect();
    let (hours, minutes, seconds) = match parts[..] {
        // Twelve digits of hours at most: the milliseconds stay within a u64.
        [h, m, s] => (number(h, 12)?, m, s),
        [m, s] => (0, m, s),
        _ => return None,
    };
    let (minutes, seconds) = (number(minutes, 2)?, number(seconds, 2)?);
    if minutes >= 60 || seconds >= 60 {
        return None;
    }
    let ms: u64 = format!("{frac:0<3}").parse().ok()?;
    Some(((hours * 60 + minutes) * 60 + seconds) * 1000 + ms)
}

/// `start --> end` → the cue's times (whether the end comes after the start is the
/// caller's to check).
pub(super) fn parse_timing(line: &str) -> Option<TimeRange> {
    let (a, rest) = line.split_once("-->")?;
    let b = rest.split_whitespace().next()?;
    Some(TimeRange {
        start_ms: parse_timestamp(a)?,
        end_ms: Some(parse_timestamp(b)?),
    })
}

/// Whether a line without `-->` is two cue timestamps with something else between them:
/// a timing line with its arrow mistyped (`00:00:01.000 -> 00:00:04.000`).
pub(super) fn looks_like_timing(line: &str) -> bool {
    let mut stamps = line
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '-' | '>' | '<' | '=' | '\u{2013}' | '\u{2014}' | '\u{2192}'
                )
        })
        .filter(|w| !w.is_empty());
    let is_stamp = |w: &str| w.contains(':') && parse_timestamp(w).is_some();
    stamps.next().is_some_and(is_stamp) && stamps.next().is_some_and(is_stamp)
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
        // Hours past 99; minutes and seconds below 60.
        assert_eq!(parse_timestamp("100:00:00.000"), Some(360_000_000));
        assert_eq!(parse_timestamp("1234:05:06.007"), Some(4_442_706_007));
        assert_eq!(parse_timestamp("99:99:99.999"), None);
        assert_eq!(parse_timestamp("00:60:00.000"), None);
        assert_eq!(parse_timestamp("00:00:60.000"), None);
        assert_eq!(parse_timestamp("9999999999999:00:00.000"), None);
        assert!(looks_like_timing("00:00:01.000 -> 00:00:04.000"));
        assert!(looks_like_timing("00:00:01,000 --< 00:00:04,000"));
        assert!(!looks_like_timing("1"));
        assert!(!looks_like_timing("intro"));
        assert!(!looks_like_timing("10:30 the meeting starts"));
    }
}
