//! Byte spans into the original input.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original input text.
///
/// Every stage reports positions as spans of the text the user gave, and no
/// stage rewrites them, so `&text[span.range()]` is always the evidence.
///
/// The fields are public; a span built by hand with `start > end` holds no bytes
/// ([`Span::len`] is 0, [`Span::is_empty`] true). [`Span::new`] never makes one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; given the other way round, the same bytes from
    /// the smaller offset to the larger.
    ///
    /// ```
    /// use discrepancy::Span;
    /// assert_eq!(Span::new(5, 2), Span::new(2, 5));
    /// assert_eq!(Span::new(5, 2).len(), 3);
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start.min(end),
            end: start.max(end),
        }
    }

    /// The span as a range, for slicing.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes (0 for a reversed span built by hand).
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span with leading and trailing whitespace of `text` removed.
    pub(crate) fn trim(self, text: &str) -> Span {
        let s = &text[self.range()];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}
