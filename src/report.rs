//! Stage 7: verdicts → a [`Report`] (owned, serde, readable `Display`).
//!
//! In: the transcript, its claims and the verdicts of the comparison stage.
//! Out: a [`Report`] of discrepancies and agreements. Each [`Finding`] holds
//! both sides as [`Evidence`]: the canonical speaker, the sentence as written,
//! its byte span in the input, the parsed value — and the topic, category,
//! severity, confidence and a one-line explanation; and the transcript's
//! [`Warning`]s, if any. The report owns its data
//! and outlives the input.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::compare::Category;
use crate::quantity::{Interval, Kind};
use crate::rule::Rule;
use crate::span::Span;
use crate::transcript::{TimeRange, Warning};

/// One side of a finding: who said what, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Canonical speaker name.
    pub speaker: String,
    /// The sentence, as in the input (in JSON turns, with the string's escapes decoded).
    pub text: String,
    /// Byte offset of the sentence in the input (in JSON turns, of the sentence as
    /// written in the string, escapes and all).
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The figure as parsed ("about 340"), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What the figure measures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The values the figure allows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// Where the figure is written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_span: Option<Span>,
    /// When it was said, if the transcript has times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeRange>,
}

/// A pair of claims by different speakers, compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What both speak of (the words they share).
    pub topic: String,
    /// The earlier claim.
    pub a: Evidence,
    /// The later claim.
    pub b: Evidence,
    /// What kind of finding.
    pub category: Category,
    /// Relative gap between the values (0 for agreements).
    pub severity: f64,
    /// How sure the detector is, 0–1.
    pub confidence: f64,
    /// The rule that fired.
    pub rule: Rule,
    /// One line for a person.
    pub explanation: String,
}

/// Counts of what the detector saw.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Speakers.
    pub speakers: usize,
    /// Turns.
    pub turns: usize,
    /// Sentences.
    pub sentences: usize,
    /// Claims with a figure.
    pub claims: usize,
    /// Cross-speaker pairs compared.
    pub pairs: usize,
}

/// What the detector found in one transcript.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Where speakers disagree.
    pub discrepancies: Vec<Finding>,
    /// Where speakers agree on the same figure or fact.
    pub agreements: Vec<Finding>,
    /// The canonical speakers.
    pub speakers: Vec<String>,
    /// Counts.
    pub stats: Stats,
    /// Signs that the transcript may have been read wrong (see
    /// [`Transcript::warnings`](crate::Transcript::warnings)); in JSON only when there
    /// is one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl Report {
    /// Whether no discrepancy was found.
    pub fn is_clean(&self) -> bool {
        self.discrepancies.is_empty()
    }
}

fn side(f: &mut fmt::Formatter<'_>, e: &Evidence) -> fmt::Result {
    let when = e.time.map(|t| format!(" [{t}]")).unwrap_or_default();
    write!(
        f,
        "    {}{} (bytes {}..{}): \u{201c}{}\u{201d}",
        e.speaker, when, e.start, e.end, e.text
    )?;
    if let Some(v) = &e.value {
        write!(f, "\n      value: {v}")?;
    }
    writeln!(f)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.discrepancies.is_empty() {
            writeln!(f, "No discrepancies found.")?;
        } else {
            writeln!(f, "Discrepancies ({}):", self.discrepancies.len())?;
            for (i, d) in self.discrepancies.iter().enumerate() {
                writeln!(
                    f,
                    "\n{}. {} [{:?}, confidence {:.2}]",
                    i + 1,
                    d.topic,
                    d.category,
                    d.confidence
                )?;
                side(f, &d.a)?;
                side(f, &d.b)?;
                writeln!(f, "    why: {} (rule: {})", d.explanation, d.rule)?;
            }
        }
        if !self.agreements.is_empty() {
            writeln!(f, "\nAgreements ({}):", self.agreements.len())?;
            for (i, d) in self.agreements.iter().enumerate() {
                writeln!(f, "\n{}. {}", i + 1, d.topic)?;
                side(f, &d.a)?;
                side(f, &d.b)?;
                writeln!(f, "    why: {}", d.explanation)?;
            }
        }
        writeln!(
            f,
            "\nSummary: {} {}, {} {}; {} speakers, {} turns, {} claims, {} cross-speaker {} compared.",
            self.discrepancies.len(),
            if self.discrepancies.len() == 1 {
                "discrepancy"
            } else {
                "discrepancies"
            },
            self.agreements.len(),
            if self.agreements.len() == 1 {
                "agreement"
            } else {
                "agreements"
            },
            self.stats.speakers,
            self.stats.turns,
            self.stats.claims,
            self.stats.pairs,
            if self.stats.pairs == 1 {
                "pair"
            } else {
                "pairs"
            }
        )?;
        for w in &self.warnings {
            writeln!(f, "Warning: {w}.")?;
        }
        Ok(())
    }
}
