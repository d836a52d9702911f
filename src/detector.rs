//! The front door: [`Detector`] runs every stage and returns a [`Report`], or an
//! [`Analysis`] that gives the findings one at a time.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::align::{self, AlignConfig};
use crate::claim::{self, Claim, Sentence};
use crate::compare::{self, CompareConfig, Outcome, SentenceVerdict, Verdict};
use crate::dialogue;
use crate::error::{ErrorKind, Result};
use crate::report::{Evidence, Finding, Report, Stats};
use crate::rule::Rule;
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
#[derive(Debug, Clone)]
pub struct DetectorBuilder {
    tolerance: f64,
    min_similarity: f64,
    max_candidates: usize,
    min_confidence: f64,
    max_input_bytes: Option<usize>,
}

impl Default for DetectorBuilder {
    fn default() -> Self {
        let d = Detector::default();
        DetectorBuilder {
            tolerance: d.compare.tolerance(),
            min_similarity: d.align.min_similarity(),
            max_candidates: d.align.max_candidates(),
            min_confidence: d.min_confidence,
            max_input_bytes: d.max_input_bytes,
        }
    }
}

impl DetectorBuilder {
    /// Extra relative tolerance when comparing figures, on top of hedges and rounding
    /// (default 0; 0–1; 0.05 lets 100 and 104 agree).
    pub fn tolerance(mut self, relative: f64) -> Self {
        self.tolerance = relative;
        self
    }

    /// Minimum topic similarity for two claims to be compared (default 0.45; 0–2).
    pub fn min_similarity(mut self, score: f64) -> Self {
        self.min_similarity = score;
        self
    }

    /// Findings below this confidence are left out (default 0; 0–1).
    pub fn min_confidence(mut self, c: f64) -> Self {
        self.min_confidence = c;
        self
    }

    /// Refuse inputs larger than this many bytes in [`Detector::analyze_text`] with
    /// [`ErrorKind::TooLarge`] (default [`DEFAULT_MAX_INPUT_BYTES`]; never a truncation).
    pub fn max_input_bytes(mut self, n: usize) -> Self {
        self.max_input_bytes = Some(n);
        self
    }

    /// Accept inputs of any size.
    pub fn no_input_limit(mut self) -> Self {
        self.max_input_bytes = None;
        self
    }

    /// Each claim is compared with at most this many earlier claims, the nearest first
    /// (default 256; at least 1). This bounds the work per claim, so time grows linearly
    /// with the input.
    pub fn max_candidates(mut self, n: usize) -> Self {
        self.max_candidates = n;
        self
    }

    /// Checks the settings and builds the detector.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Config`], naming the setting, when one is out of its range (NaN
    /// included): `tolerance` and `min_confidence` within 0..=1, `min_similarity`
    /// within 0..=2, `max_candidates` at least 1.
    pub fn build(self) -> Result<Detector> {
        let compare = CompareConfig::new(self.tolerance)?;
        let align = AlignConfig::new(self.min_similarity, self.max_candidates)?;
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(ErrorKind::Config {
                name: "min_confidence",
                reason: format!("{} is not within 0..=1", self.min_confidence),
            }
            .into());
        }
        Ok(Detector {
            align,
            compare,
            max_input_bytes: self.max_input_bytes,
            min_confidence: self.min_confidence,
        })
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
    ///
    /// # Errors
    ///
    /// [`ErrorKind::TooLarge`] above the size limit, and the errors of
    /// [`Transcript::parse`].
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
        let analysis = self.prepare(t);
        let mut report = Report {
            speakers: analysis.speakers(),
            stats: analysis.stats(),
            warnings: t.warnings().to_vec(),
            ..Report::default()
        };
        for found in analysis.findings() {
            match found {
                Found::Discrepancy(f) => report.discrepancies.push(f),
                Found::Agreement(f) => report.agreements.push(f),
            }
        }
        report
    }

    /// The comparison of an aligned pair's figures, each read in its sentence of `text`.
    fn compare_pair(
        &self,
        text: &str,
        sents: &[Sentence],
        claims: &[Claim],
        p: &align::Pair,
    ) -> Outcome {
        let (sa, sb) = (&sents[claims[p.a].sentence], &sents[claims[p.b].sentence]);
        let texts = (&text[sa.span.range()], &text[sb.span.range()]);
        compare::compare(p, claims, sents, texts, &self.compare)
    }

    /// Aligns the claims (see [`align::align_with`]); the pairs ruled out go to
    /// `vetoes`. A pair whose figures comparison finds far apart outside a reply
    /// ([`Rule::FarApart`]: "Trade exceeds $22 billion; we want $100 billion." — "Trade
    /// reached $22.1 billion.") does not use up its claims: each may still meet a figure
    /// it agrees with, and only such a one ([`Rule::AlreadyPaired`] for the others).
    fn align_pairs(
        &self,
        text: &str,
        sents: &[Sentence],
        claims: &[Claim],
        utt_speakers: &[usize],
        vetoes: Option<&mut Vec<align::Veto>>,
    ) -> Vec<align::Pair> {
        // Matching only with partners whose comparison says something (judging each
        // pair by every rule of `compare::compare`) was measured: one more agreement
        // on the development transcripts, four more false discrepancies in the Kremlin
        // corpus (second-best partners about other periods and things). So figures far
        // apart step aside only for a partner they agree with; freeing them for any
        // partner added three false discrepancies and two false agreements in the corpus.
        let mut freed = vec![false; claims.len()];
        let mut judge = |p: &align::Pair| {
            let second = freed[p.a] || freed[p.b];
            // Only figures twice apart or more as said (or per other times, or a reply
            // that takes the other's unit) can be far apart once compared: the others
            // are not compared twice.
            let (qa, qb) = (&claims[p.a].quantity, &claims[p.b].quantity);
            let (x, y) = (qa.value.abs(), qb.value.abs());
            let maybe_far = !(x > 0.0 && y > 0.0 && x.max(y) <= 2.0 * x.min(y))
                || p.inherited
                || claims[p.a].per != claims[p.b].per;
            if !second && !maybe_far {
                return None;
            }
            let sb = &sents[claims[p.b].sentence];
            match self.compare_pair(text, sents, claims, p) {
                Outcome::Quiet(Rule::FarApart) => {
                    freed[p.a] = true;
                    freed[p.b] = true;
                    Some(Rule::FarApart)
                }
                // (An agreement of the same figure: "exceeds $22 billion" / "$22.1
                // billion", not a bound that merely admits the other, "up to 2,000" / "450".)
                // (Not a question back, "Is it 97,500 jobs?": it agrees with nothing yet.)
                Outcome::Found(v) if second => {
                    let (x, y) = (claims[p.a].quantity.value, claims[p.b].quantity.value);
                    let same = x * y > 0.0 && (x - y).abs() <= 0.1 * x.abs().max(y.abs());
                    let asks = claims[p.b].mode == claim::Mode::Question || sb.question;
                    (v.disagree || !same || asks).then_some(Rule::AlreadyPaired)
                }
                Outcome::Quiet(_) if second => Some(Rule::AlreadyPaired),
                _ => None,
            }
        };
        align::align_with(claims, sents, utt_speakers, &self.align, vetoes, &mut judge)
    }

    /// Reads and aligns a transcript without building its findings yet: an
    /// [`Analysis`] gives them one at a time, so a long transcript's report need
    /// not be held whole. It serializes as the [`Report`] would, streaming.
    ///
    /// ```
    /// use discrepancy::{Detector, Found, Transcript};
    /// let t = Transcript::parse(
    ///     "Anna Petrova: We opened 12 clinics this year.\n\
    ///      Mark Ellis: No, 15 clinics this year.\n",
    /// )?;
    /// let detector = Detector::default();
    /// let analysis = detector.prepare(&t);
    /// let found: Vec<Found> = analysis.findings().collect();
    /// assert!(matches!(&found[..], [Found::Discrepancy(f)] if f.b.value.as_deref() == Some("15")));
    /// // The same JSON as the report, written as the findings are made.
    /// let json = serde_json::to_string(&analysis).unwrap();
    /// assert_eq!(json, serde_json::to_string(&detector.analyze(&t)).unwrap());
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    pub fn prepare<'a>(&'a self, t: &'a Transcript) -> Analysis<'a> {
        let sents = claim::sentences(t);
        let claims = claim::claims(t, &sents);
        let utt_speakers = claim::utterance_speakers(&sents);
        let pairs = self.align_pairs(t.analysis_text(), &sents, &claims, &utt_speakers, None);
        let moves = dialogue::moves(&sents);
        Analysis {
            detector: self,
            t,
            sents,
            claims,
            utt_speakers,
            pairs,
            moves,
        }
    }
}

/// A finding, as a discrepancy or as an agreement.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// The speakers disagree.
    Discrepancy(Finding),
    /// The speakers agree on the same figure or fact.
    Agreement(Finding),
}

impl Found {
    /// The finding, whichever it is.
    pub fn finding(&self) -> &Finding {
        match self {
            Found::Discrepancy(f) | Found::Agreement(f) => f,
        }
    }
}

/// What the detector decided about one candidate pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Reported as an agreement.
    Agree,
    /// Reported as a discrepancy.
    Disagree,
    /// Not reported.
    Quiet,
}

impl Decision {
    fn of(f: &Found) -> Decision {
        match f {
            Found::Discrepancy(_) => Decision::Disagree,
            Found::Agreement(_) => Decision::Agree,
        }
    }
}

/// One entry of [`Analysis::trace`]: a candidate pair and the rule that decided it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Traced {
    /// The earlier side.
    pub a: Evidence,
    /// The later side.
    pub b: Evidence,
    /// Reported (and how) or not.
    pub decision: Decision,
    /// The rule that made the finding or kept it quiet.
    pub rule: Rule,
}

/// What the aligned pairs answer: (claim, utterance of the figure answering it) and
/// (sentence of an answering figure, utterance of the figure it answers), each sorted.
#[derive(Debug)]
struct Answered {
    claims: Vec<(u32, u32)>,
    sentences: Vec<(u32, u32)>,
}

/// A transcript read into claims and aligned (see [`Detector::prepare`]).
#[derive(Debug)]
pub struct Analysis<'a> {
    detector: &'a Detector,
    t: &'a Transcript,
    sents: Vec<Sentence>,
    claims: Vec<Claim>,
    utt_speakers: Vec<usize>,
    pairs: Vec<align::Pair>,
    moves: Vec<dialogue::Move>,
}

impl<'a> Analysis<'a> {
    /// The canonical speakers, as in [`Report::speakers`].
    pub fn speakers(&self) -> Vec<String> {
        self.t.speakers().iter().map(|s| s.name.clone()).collect()
    }

    /// Counts, as in [`Report::stats`].
    pub fn stats(&self) -> Stats {
        Stats {
            speakers: self.t.speakers().len(),
            turns: self.t.turns().len(),
            sentences: self.sents.len(),
            claims: self.claims.len(),
            pairs: self.pairs.len(),
        }
    }

    /// The findings in report order: those of aligned figures, then those of the
    /// dialogue rules. Each call compares afresh; nothing is kept between findings
    /// but which sentence pairs already have one.
    pub fn findings(&self) -> Findings<'_> {
        Findings {
            an: self,
            next_pair: 0,
            seen: Vec::new(),
            disputes: Vec::new(),
            dialogue: None,
        }
    }

    /// Every decision the detector took, in report order: for each aligned pair of
    /// figures and each dialogue verdict, the rule that decided it — the one that
    /// made the finding or the one that kept it quiet: first the aligned pairs, then
    /// the candidate pairs alignment ruled out (claims of different speakers in
    /// nearby turns, of comparable kinds), then the dialogue verdicts. This answers
    /// "why was this pair not reported?".
    ///
    /// ```
    /// use discrepancy::{Detector, Transcript, rule::Rule};
    /// let t = Transcript::parse(
    ///     "Anna Petrova: The city has 12 clinics.\n\
    ///      Mark Ellis: I think the city has 900 clinics.\n",
    /// )?;
    /// let detector = Detector::default();
    /// let trace = detector.prepare(&t).trace();
    /// // Figures 75x apart are about different things, unless one answers the other.
    /// assert_eq!(trace[0].rule, Rule::FarApart);
    /// assert_eq!(trace[0].decision, discrepancy::Decision::Quiet);
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    pub fn trace(&self) -> Vec<Traced> {
        let (claims, sents) = (&self.claims, &self.sents);
        let mut out = Vec::new();
        let (mut seen, mut disputes) = (Vec::new(), Vec::new());
        for p in &self.pairs {
            let (sa, sb) = (&sents[claims[p.a].sentence], &sents[claims[p.b].sentence]);
            let (a, b) = (
                evidence(self.t, Some(&claims[p.a]), sa),
                evidence(self.t, Some(&claims[p.b]), sb),
            );
            let before = disputes.len();
            let repeated = self.repeats_dispute(p, &disputes);
            let found = self.pair_finding(p, &mut seen, &mut disputes);
            let outcome = self.pair_outcome(p);
            let (decision, rule) = match (&found, outcome) {
                (Some(f), _) => (Decision::of(f), f.finding().rule),
                (None, Outcome::Found(_)) if repeated && disputes.len() == before => {
                    (Decision::Quiet, Rule::SameDispute)
                }
                (None, Outcome::Found(_)) => (Decision::Quiet, Rule::BelowMinConfidence),
                (None, Outcome::Quiet(r)) => (Decision::Quiet, r),
            };
            out.push(Traced {
                a,
                b,
                decision,
                rule,
            });
        }
        // The pairs alignment ruled out, and why.
        let mut vetoes = Vec::new();
        self.detector.align_pairs(
            self.t.analysis_text(),
            sents,
            claims,
            &self.utt_speakers,
            Some(&mut vetoes),
        );
        vetoes.sort_unstable();
        for (a, b, rule) in vetoes {
            out.push(Traced {
                a: evidence(self.t, Some(&claims[a]), &sents[claims[a].sentence]),
                b: evidence(self.t, Some(&claims[b]), &sents[claims[b].sentence]),
                decision: Decision::Quiet,
                rule,
            });
        }
        seen.sort_unstable();
        let answered = self.answered_claims();
        for sv in compare::dialogue(
            self.t.analysis_text(),
            sents,
            claims,
            &self.utt_speakers,
            &self.moves,
        ) {
            let (sa, sb) = (&sents[sv.a], &sents[sv.b]);
            let (a, b) = (
                evidence(self.t, sv.claim.map(|c| &claims[c]), sa),
                evidence(self.t, None, sb),
            );
            let (decision, rule) = match self.dialogue_gate(&sv, &seen, &answered) {
                Some(gate) => (Decision::Quiet, gate),
                None => {
                    let rule = sv.verdict.rule;
                    match self.dialogue_finding(sv) {
                        Some(f) => (Decision::of(&f), rule),
                        None => (Decision::Quiet, Rule::BelowMinConfidence),
                    }
                }
            };
            out.push(Traced {
                a,
                b,
                decision,
                rule,
            });
        }
        out
    }

    /// What the aligned pairs answer, sorted for bisection (a transcript can have tens of
    /// thousands of pairs).
    fn answered_claims(&self) -> Answered {
        let sorted = |f: &dyn Fn(&align::Pair) -> (u32, u32)| {
            let mut v: Vec<(u32, u32)> = self.pairs.iter().map(f).collect();
            v.sort_unstable();
            v
        };
        Answered {
            claims: sorted(&|p| (p.a as u32, self.claims[p.b].utt as u32)),
            sentences: sorted(&|p| {
                let (ca, cb) = (&self.claims[p.a], &self.claims[p.b]);
                (cb.sentence as u32, ca.utt as u32)
            }),
        }
    }

    /// The gate that keeps a dialogue verdict out of the report, if one does. `seen`
    /// holds the sentence pairs that have a finding of their figures (sorted), `answered`
    /// what the aligned pairs answer.
    fn dialogue_gate(
        &self,
        sv: &SentenceVerdict,
        seen: &[(u32, u32)],
        answered: &Answered,
    ) -> Option<Rule> {
        let answered_sentences = &answered.sentences;
        let answered = &answered.claims;
        let has = |list: &[(u32, u32)], x: usize, y: usize| {
            list.binary_search(&(x as u32, y as u32)).is_ok()
        };
        if has(seen, sv.a, sv.b) {
            return Some(Rule::AlreadyFound);
        }
        let reply_utt = self.sents[sv.b].utt;
        if sv.claim.is_some_and(|ci| has(answered, ci, reply_utt)) {
            return Some(Rule::QuestionAlreadyAnswered);
        }
        // A reply's act about a sentence whose figures the reply already answers with a
        // figure: the figures' finding says it.
        if matches!(
            sv.verdict.rule,
            Rule::DeniedStatement
                | Rule::AssentedClaim
                | Rule::DeniedByParaphrase
                | Rule::DeniedPresupposition
                | Rule::ReplacedFiller
                | Rule::ReplacedName
                | Rule::RestrictedUniversal
                | Rule::OppositeTrend
        ) && claim::of_sentence(&self.claims, sv.a).any(|ci| has(answered, ci, reply_utt))
        {
            return Some(Rule::QuestionAlreadyAnswered);
        }
        // "… under 5 percent, isn't it? That's hardly the success you promised." — "No,
        // no. It's 8 percent since the cap came in.": a bare denial that opens a reply
        // whose next sentence answers a figure of that turn opens that answer.
        let (sa, sb) = (&self.sents[sv.a], &self.sents[sv.b]);
        if sv.verdict.rule == Rule::DeniedStatement
            && sb.index_in_turn == 0
            && self.sents.get(sv.b + 1).is_some_and(|n| n.utt == sb.utt)
            && has(answered_sentences, sv.b + 1, sa.utt)
        {
            return Some(Rule::QuestionAlreadyAnswered);
        }
        None
    }

    /// The comparison of an aligned pair's figures.
    fn pair_outcome(&self, p: &align::Pair) -> Outcome {
        self.detector
            .compare_pair(self.t.analysis_text(), &self.sents, &self.claims, p)
    }

    fn finding(
        &self,
        a: (Option<&Claim>, &Sentence),
        b: (Option<&Claim>, &Sentence),
        topic: String,
        v: Verdict,
    ) -> Option<Found> {
        if v.confidence < self.detector.min_confidence {
            return None;
        }
        let finding = Finding {
            topic,
            a: evidence(self.t, a.0, a.1),
            b: evidence(self.t, b.0, b.1),
            category: v.category,
            severity: (v.severity * 1000.0).round() / 1000.0,
            confidence: (v.confidence * 100.0).round() / 100.0,
            rule: v.rule,
            explanation: v.explanation,
        };
        Some(if v.disagree {
            Found::Discrepancy(finding)
        } else {
            Found::Agreement(finding)
        })
    }

    /// The dispute a pair of figures is about: its two speakers and their two values.
    fn dispute(&self, p: &align::Pair) -> Dispute {
        let (a, b) = (&self.claims[p.a], &self.claims[p.b]);
        let side = |c: &Claim| (c.speaker as u32, c.quantity.value.to_bits());
        let (x, y) = (side(a), side(b));
        if x <= y { (x, y) } else { (y, x) }
    }

    /// [`Rule::SameDispute`]: whether a disagreement of this pair's figures repeats one
    /// already reported: the same two speakers, the same two values.
    fn repeats_dispute(&self, p: &align::Pair, disputes: &[Dispute]) -> bool {
        disputes.contains(&self.dispute(p))
    }

    fn pair_finding(
        &self,
        p: &align::Pair,
        seen: &mut Vec<(u32, u32)>,
        disputes: &mut Vec<Dispute>,
    ) -> Option<Found> {
        let (claims, sents, text) = (&self.claims, &self.sents, self.t.analysis_text());
        let (sa, sb) = (&sents[claims[p.a].sentence], &sents[claims[p.b].sentence]);
        let v = self.pair_outcome(p).verdict()?;
        // "It does say 2013." — "It was 2014." — "No. 2013, wasn't it?": the dispute
        // said again is reported once.
        if v.disagree {
            if self.repeats_dispute(p, disputes) {
                seen.push((claims[p.a].sentence as u32, claims[p.b].sentence as u32));
                return None;
            }
            disputes.push(self.dispute(p));
        }
        let shared = p.shared_words(claims, sents);
        let mut topic = topic_label(text, sa, &shared, &claims[p.a]);
        if topic == UNNAMED {
            // A bare figure ("About 4,000.") names nothing: the other side may.
            topic = topic_label(text, sb, &shared, &claims[p.b]);
        }
        seen.push((claims[p.a].sentence as u32, claims[p.b].sentence as u32));
        self.finding((Some(&claims[p.a]), sa), (Some(&claims[p.b]), sb), topic, v)
    }

    fn dialogue_finding(&self, sv: SentenceVerdict) -> Option<Found> {
        let (sents, text) = (&self.sents, self.t.analysis_text());
        let (sa, sb) = (&sents[sv.a], &sents[sv.b]);
        let shared: Vec<&str> = sa.words.iter().filter(|w| sb.words.contains(w)).collect();
        let ca = sv.claim.map(|i| &self.claims[i]);
        let topic = match ca {
            Some(c) => topic_label(text, sa, &shared, c),
            None if shared.is_empty() => {
                words_label(text, sa.span, &sa.words.iter().collect::<Vec<_>>())
            }
            None => words_label(text, sa.span, &shared),
        };
        let rule = sv.verdict.rule;
        let mut found = self.finding((ca, sa), (None, sb), topic, sv.verdict)?;
        if matches!(rule, Rule::DeniedStatement | Rule::AssentedClaim) {
            let b = match &mut found {
                Found::Discrepancy(f) | Found::Agreement(f) => &mut f.b,
            };
            let end = self.act_evidence_end(sv.b);
            b.end = self.t.source_span(Span::new(sb.span.start, end)).end;
            b.text = text[sb.span.start..end].to_string();
        }
        Some(found)
    }

    /// Where the evidence of a reply's act ends: a denial or an assent says what it
    /// means in the sentences right after it ("That's simply not true. They can. They
    /// do."), so the evidence takes up to two more sentences of the utterance, within
    /// 300 bytes of its start.
    fn act_evidence_end(&self, b: usize) -> usize {
        let sb = &self.sents[b];
        let mut end = sb.span.end;
        for s in self.sents[b + 1..].iter().take(2) {
            if s.utt != sb.utt || s.span.end - sb.span.start > 300 {
                break;
            }
            end = s.span.end;
        }
        end
    }
}

/// Two speakers and the value each gave (as bits), the smaller speaker first: what a
/// disagreement of two figures is about.
type Dispute = ((u32, u64), (u32, u64));

/// The findings of an [`Analysis`], made one at a time.
#[derive(Debug)]
pub struct Findings<'a> {
    an: &'a Analysis<'a>,
    next_pair: usize,
    /// Sentence pairs that already have a finding of their figures (a list, sorted
    /// once the pairs are done: smaller than a set).
    seen: Vec<(u32, u32)>,
    /// The disputes already reported (see [`Dispute`]).
    disputes: Vec<Dispute>,
    /// The dialogue verdicts still to give, once the pairs are done.
    dialogue: Option<std::vec::IntoIter<SentenceVerdict>>,
}

impl Iterator for Findings<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        let an = self.an;
        while let Some(p) = an.pairs.get(self.next_pair) {
            self.next_pair += 1;
            if let Some(f) = an.pair_finding(p, &mut self.seen, &mut self.disputes) {
                return Some(f);
            }
        }
        if self.dialogue.is_none() {
            let answered = an.answered_claims();
            let mut seen = std::mem::take(&mut self.seen);
            seen.sort_unstable();
            let verdicts: Vec<SentenceVerdict> = compare::dialogue(
                an.t.analysis_text(),
                &an.sents,
                &an.claims,
                &an.utt_speakers,
                &an.moves,
            )
            .into_iter()
            .filter(|sv| an.dialogue_gate(sv, &seen, &answered).is_none())
            .collect();
            self.dialogue = Some(verdicts.into_iter());
        }
        let dialogue = self.dialogue.as_mut()?;
        for sv in dialogue.by_ref() {
            if let Some(f) = an.dialogue_finding(sv) {
                return Some(f);
            }
        }
        None
    }
}

/// Serializes as the [`Report`] would, making each finding as it is written: the
/// discrepancies are found in one pass and the agreements in a second.
impl Serialize for Analysis<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        struct Only<'x, 'a>(&'x Analysis<'a>, bool);
        impl Serialize for Only<'_, '_> {
            fn serialize<S: Serializer>(
                &self,
                serializer: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                let Only(an, disagree) = *self;
                serializer.collect_seq(an.findings().filter_map(|f| match (f, disagree) {
                    (Found::Discrepancy(f), true) | (Found::Agreement(f), false) => Some(f),
                    _ => None,
                }))
            }
        }
        let warnings = self.t.warnings();
        let fields = if warnings.is_empty() { 4 } else { 5 };
        let mut s = serializer.serialize_struct("Report", fields)?;
        s.serialize_field("discrepancies", &Only(self, true))?;
        s.serialize_field("agreements", &Only(self, false))?;
        s.serialize_field("speakers", &self.speakers())?;
        s.serialize_field("stats", &self.stats())?;
        // As the Report: only when there is one, so reports without stay as they were.
        if warnings.is_empty() {
            s.skip_field("warnings")?;
        } else {
            s.serialize_field("warnings", warnings)?;
        }
        s.end()
    }
}

/// One side of a finding: the sentence as the analysis read it, its spans in the input.
fn evidence(t: &Transcript, c: Option<&Claim>, s: &Sentence) -> Evidence {
    let turn = &t.turns()[s.turn];
    let span = t.source_span(s.span);
    Evidence {
        speaker: t.speakers()[s.speaker].name.clone(),
        text: t.analysis_text()[s.span.range()].to_string(),
        start: span.start,
        end: span.end,
        value: c.map(|c| c.quantity.describe()),
        kind: c.map(|c| c.quantity.kind),
        interval: c.map(|c| c.quantity.interval),
        value_span: c.map(|c| t.source_span(c.quantity.span)),
        time: turn.time,
    }
}

/// The topic of a finding when neither side's words name one.
const UNNAMED: &str = "(unnamed topic)";

/// A readable topic: the words both sides share, as written in the first, else the counted noun.
fn topic_label(text: &str, s: &Sentence, shared: &[&str], c: &Claim) -> String {
    let mut words: Vec<&str> = c.head.iter().collect();
    for w in shared {
        if !words.contains(w) {
            words.push(w);
        }
    }
    if words.is_empty() {
        words = c.clause_words.iter().collect();
    }
    words_label(text, s.span, &words)
}

fn words_label(text: &str, span: Span, stems: &[&str]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for (_, w) in crate::segment::words(&text[span.range()]) {
        for part in w.split('-') {
            let st = claim::stem_word(part);
            if stems.contains(&st.as_str()) && !out.iter().any(|o| claim::stem_word(o) == st) {
                out.push(part);
            }
        }
        if out.len() >= 6 {
            break;
        }
    }
    if out.is_empty() {
        UNNAMED.to_string()
    } else {
        out.join(" ")
    }
}
