//! The one error type of the crate.
//!
//! Every failure is an [`Error`] whose [`ErrorKind`] says what went wrong and,
//! where the input is at fault, where: a byte offset, a line number, a cue.

/// An error from reading a transcript or configuring a detector.
///
/// The message names the place in the input where there is one:
///
/// ```
/// let err = discrepancy::Transcript::from_bytes(b"Anna: caf\xC3").unwrap_err();
/// assert_eq!(err.to_string(), "input is not valid UTF-8: invalid byte sequence at byte offset 9");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: Box<ErrorKind>,
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error {
            kind: Box::new(kind),
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error::new(kind)
    }
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input holds no text at all (or only whitespace, a BOM, zero-width spaces).
    #[error("input is empty: there is no transcript to read")]
    Empty,
    /// The input is not UTF-8.
    #[error("input is not valid UTF-8: invalid byte sequence at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A WebVTT or SRT cue timing line could not be read.
    #[error(
        "line {line}: malformed cue timing {found:?} (expected `HH:MM:SS.mmm --> HH:MM:SS.mmm`)"
    )]
    BadTimestamp {
        /// 1-based line number in the input.
        line: usize,
        /// The offending line, trimmed.
        found: String,
    },
    /// A WebVTT or SRT cue ends before it starts.
    #[error("line {line}: the cue ends before it starts: {found:?}")]
    CueEndsBeforeStart {
        /// 1-based line number of the cue timing in the input.
        line: usize,
        /// The timing line, trimmed.
        found: String,
    },
    /// JSON turns could not be read.
    #[error("malformed JSON turns at line {line}, column {column}: {message}")]
    BadJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What is wrong there, in the input's terms ("invalid type: integer `5`,
        /// expected a string").
        message: String,
    },
    /// The input is larger than the detector's configured limit.
    #[error("input is {size} bytes, above the configured limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A date that does not exist, or lies outside the years the date arithmetic
    /// supports ([`Date::new`](crate::quantity::Date::new)).
    #[error("no such date {year:04}-{month:02}-{day:02}: {reason}")]
    InvalidDate {
        /// The year given.
        year: i32,
        /// The month given.
        month: u8,
        /// The day given.
        day: u8,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A builder setting is out of range.
    #[error("invalid setting `{name}`: {reason}")]
    Config {
        /// The setting.
        name: &'static str,
        /// Why it was refused.
        reason: String,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
