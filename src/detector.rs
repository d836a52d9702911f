//! The front door: [`Detector`] runs every stage and returns a [`Report`].

use crate::align::{self, AlignConfig};
use crate::claim::{self, Claim, Sentence};
use crate::compare::{self, CompareConfig, Verdict};
use crate::error::{ErrorKind, Result};
use crate::report::{Evidence, Finding, Report, Stats};
use crate::span::Span;
use crate::transcript::Transcript;

/// Finds discrepancies and agreements between speakers. Build once, share freely
/// (it is `Send + Sync`).
///
/// ```
/// use discrepancy::{Detector, Transcript};
/// let t = Transcript::parse(
///     "Anna Petrova: We have about 200 branches across the country.\n\
///      Mark Ellis: Actually, we have 260 branches across the country.\n",
/// )?;
/// let report = Detector::default().analyze(&t);
/// assert_eq!(report.discrepancies.len(), 1);
/// let d = &report.discrepancies[0];
/// assert_eq!((d.a.speaker.as_str(), d.b.speaker.as_str()), ("Anna Petrova", "Mark Ellis"));
/// assert_eq!(d.b.value.as_deref(), Some("260"));
/// # Ok::<(), discrepancy::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Detector {
    align: AlignConfig,
    compare: CompareConfig,
    max_input_bytes: Option<usize>,
    min_confidence: f64,
}

/// The default size limit of [`Detector::analyze_text`]: 256 MiB, about a minute of work.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 << 20;

impl Default for Detector {
    fn default() -> Self {
        Detector {
            align: AlignConfig::default(),
            compare: CompareConfig::default(),
            max_input_bytes: Some(DEFAULT_MAX_INPUT_BYTES),
            min_confidence: 0.0,
        }
    }
}

/// Builds a [`Detector`]; every setting is checked in [`DetectorBuilder::build`].
#[derive(Debug, Clone, Default)]
pub struct DetectorBuilder {
    d: Detector,
}

impl DetectorBuilder {
    /// Extra relative tolerance when comparing figures, on top of hedges and rounding
    /// (default 0; 0.05 lets 100 and 104 agree).
    pub fn tolerance(mut self, relative: f64) -> Self {
        self.d.compare.tolerance = relative;
        self
    }

    /// Minimum topic similarity for two claims to be compared (default 0.45; 0–2).
    pub fn min_similarity(mut self, score: f64) -> Self {
        self.d.align.min_similarity = score;
        self
    }

    /// Findings below this confidence are left out (default 0).
    pub fn min_confidence(mut self, c: f64) -> Self {
        self.d.min_confidence = c;
        self
    }

    /// Refuse inputs larger than this many bytes in [`Detector::analyze_text`] with
    /// [`ErrorKind::TooLarge`] (default [`DEFAULT_MAX_INPUT_BYTES`]; never a truncation).
    pub fn max_input_bytes(mut self, n: usize) -> Self {
        self.d.max_input_bytes = Some(n);
        self
    }

    /// Accept inputs of any size.
    pub fn no_input_limit(mut self) -> Self {
        self.d.max_input_bytes = None;
        self
    }

    /// Each claim is compared with at most this many earlier claims, the nearest first
    /// (default 256). This bounds the work per claim, so time grows linearly with the input.
    pub fn max_candidates(mut self, n: usize) -> Self {
        self.d.align.max_candidates = n;
        self
    }

    /// Checks the settings and builds the detector.
    pub fn build(self) -> Result<Detector> {
        let d = self.d;
        let bad = |name, reason: String| Err(ErrorKind::Config { name, reason }.into());
        if !(0.0..=1.0).contains(&d.compare.tolerance) {
            return bad(
                "tolerance",
                format!("{} is not within 0..=1", d.compare.tolerance),
            );
        }
        if !(0.0..=2.0).contains(&d.align.min_similarity) {
            return bad(
                "min_similarity",
                format!("{} is not within 0..=2", d.align.min_similarity),
            );
        }
        if !(0.0..=1.0).contains(&d.min_confidence) {
            return bad(
                "min_confidence",
                format!("{} is not within 0..=1", d.min_confidence),
            );
        }
        if d.align.max_candidates == 0 {
            return bad("max_candidates", "must be at least 1".to_string());
        }
        Ok(d)
    }
}

impl Detector {
    /// A builder for the detector's settings.
    ///
    /// ```
    /// let d = discrepancy::Detector::builder().tolerance(0.02).build()?;
    /// assert!(discrepancy::Detector::builder().tolerance(3.0).build().is_err());
    /// # let _ = d;
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::default()
    }

    /// Parses `text` (layout detected) and analyses it, enforcing the size limit.
    pub fn analyze_text(&self, text: &str) -> Result<Report> {
        if let Some(limit) = self.max_input_bytes
            && text.len() > limit
        {
            return Err(ErrorKind::TooLarge {
                size: text.len(),
                limit,
            }
            .into());
        }
        Ok(self.analyze(&Transcript::parse(text)?))
    }

    /// Finds discrepancies and agreements between the speakers of a transcript.
    pub fn analyze(&self, t: &Transcript) -> Report {
        let sents = claim::sentences(t);
        let claims = claim::claims(t, &sents);
        let utt_speakers = claim::utterance_speakers(&sents);
        let pairs = align::align(&claims, &sents, &utt_speakers, &self.align);
        let mut report = Report {
            speakers: t.speakers().iter().map(|s| s.name.clone()).collect(),
            stats: Stats {
                speakers: t.speakers().len(),
                turns: t.turns().len(),
                sentences: sents.len(),
                claims: claims.len(),
                pairs: pairs.len(),
            },
            ..Report::default()
        };
        let text = t.text();
        let mut seen: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
        // (claim, utterance) of every claim already answered by a figure in that utterance.
        let answered: std::collections::HashSet<(usize, usize)> =
            pairs.iter().map(|p| (p.a, claims[p.b].utt)).collect();
        for p in &pairs {
            let (sa, sb) = (&sents[claims[p.a].sentence], &sents[claims[p.b].sentence]);
            let texts = (&text[sa.span.range()], &text[sb.span.range()]);
            let Some(v) = compare::compare(p, &claims, &sents, texts, &self.compare) else {
                continue;
            };
            let topic = topic_label(text, sa, &p.shared, &claims[p.a]);
            seen.insert((claims[p.a].sentence, claims[p.b].sentence));
            self.push(
                &mut report,
                t,
                (Some(&claims[p.a]), sa),
                (Some(&claims[p.b]), sb),
                topic,
                v,
            );
        }
        for sv in compare::dialogue(text, &sents, &claims, &utt_speakers) {
            if seen.contains(&(sv.a, sv.b)) {
                continue;
            }
            // A question already paired with a figure in the reply needs no second finding.
            if let Some(ci) = sv.claim
                && answered.contains(&(ci, sents[sv.b].utt))
            {
                continue;
            }
            let (sa, sb) = (&sents[sv.a], &sents[sv.b]);
            let shared: Vec<claim::Word> = sa
                .words
                .iter()
                .filter(|w| sb.words.contains(w))
                .cloned()
                .collect();
            let ca = sv.claim.map(|i| &claims[i]);
            let topic = match ca {
                Some(c) => topic_label(text, sa, &shared, c),
                None => words_label(
                    text,
                    sa.span,
                    &if shared.is_empty() {
                        sa.words.clone()
                    } else {
                        shared
                    },
                ),
            };
            self.push(&mut report, t, (ca, sa), (None, sb), topic, sv.verdict);
        }
        report
    }

    fn push(
        &self,
        report: &mut Report,
        t: &Transcript,
        a: (Option<&Claim>, &Sentence),
        b: (Option<&Claim>, &Sentence),
        topic: String,
        v: Verdict,
    ) {
        if v.confidence < self.min_confidence {
            return;
        }
        let finding = Finding {
            topic,
            a: evidence(t, a.0, a.1),
            b: evidence(t, b.0, b.1),
            category: v.category,
            severity: (v.severity * 1000.0).round() / 1000.0,
            confidence: (v.confidence * 100.0).round() / 100.0,
            rule: v.rule.to_string(),
            explanation: v.explanation,
        };
        if v.disagree {
            report.discrepancies.push(finding);
        } else {
            report.agreements.push(finding);
        }
    }
}

fn evidence(t: &Transcript, c: Option<&Claim>, s: &Sentence) -> Evidence {
    let turn = &t.turns()[s.turn];
    Evidence {
        speaker: t.speakers()[s.speaker].name.clone(),
        text: t.text()[s.span.range()].to_string(),
        start: s.span.start,
        end: s.span.end,
        value: c.map(|c| c.quantity.describe()),
        kind: c.map(|c| c.quantity.kind),
        interval: c.map(|c| c.quantity.interval),
        value_span: c.map(|c| c.quantity.span),
        time: turn.time,
    }
}

/// A readable topic: the words both sides share, as written in the first, else the counted noun.
fn topic_label(text: &str, s: &Sentence, shared: &[claim::Word], c: &Claim) -> String {
    let mut words: Vec<claim::Word> = c.head.clone();
    for w in shared {
        if !words.contains(w) {
            words.push(w.clone());
        }
    }
    if words.is_empty() {
        words = c.clause_words.clone();
    }
    words_label(text, s.span, &words)
}

fn words_label(text: &str, span: Span, stems: &[claim::Word]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for (_, w) in crate::segment::words(&text[span.range()]) {
        for part in w.split('-') {
            let st = claim::stem(part);
            if stems.contains(&st) && !out.iter().any(|o| claim::stem(o) == st) {
                out.push(part);
            }
        }
        if out.len() >= 6 {
            break;
        }
    }
    if out.is_empty() {
        "(unnamed topic)".to_string()
    } else {
        out.join(" ")
    }
}
