//! # discrepancy
//!
//! Reads what several people said — a meeting, a debate, an interview, a
//! hearing, an earnings call — aligns what different speakers say about the
//! same topic, and flags where they disagree on numbers or facts, with the
//! evidence as byte spans of the input.
//!
//! ```
//! use discrepancy::{Detector, Transcript};
//!
//! let transcript = Transcript::parse(
//!     "Putin: The Russian language is taught in 300 schools in Azerbaijan.\n\
//!      Aliyev: I would like to clarify. There are about 340 Russian-language schools in Azerbaijan.\n",
//! )?;
//! let report = Detector::default().analyze(&transcript);
//! let d = &report.discrepancies[0];
//! assert_eq!(d.a.value.as_deref(), Some("300"));
//! assert_eq!(d.b.value.as_deref(), Some("about 340"));
//! assert_eq!(&transcript.text()[d.b.start..d.b.end], d.b.text);
//! println!("{report}");
//! # Ok::<(), discrepancy::Error>(())
//! ```
//!
//! The pipeline, one module per stage:
//! [`transcript`] (speakers and turns) → [`segment`] (sentences) →
//! [`quantity`] (figures as intervals) → [`claim`] (who said what about what) →
//! [`align`] (cross-speaker pairs) → [`compare`] (verdicts) → [`report`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod align;
pub mod claim;
pub mod compare;
mod detector;
pub mod dialogue;
pub mod dump;
mod error;
pub mod lexicon;
pub mod quantity;
pub mod report;
pub mod rule;
pub mod segment;
mod span;
pub mod transcript;

pub use detector::{
    Analysis, DEFAULT_MAX_INPUT_BYTES, Decision, Detector, DetectorBuilder, Findings, Found, Traced,
};
pub use error::{Error, ErrorKind, Result};
pub use report::{Evidence, Finding, Report};
pub use span::Span;
pub use transcript::{Layout, Speaker, Transcript, Turn};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
