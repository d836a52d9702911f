//! Plain-text views for looking inside the pipeline, as `examples/detect` and the
//! `discrepancy` tool print them.
//!
//! In: a [`Transcript`] (and a [`Detector`] for the trace). Out: a `String`: the
//! speakers and turns as JSON ([`turns`]), every figure found ([`claims`]), what each
//! sentence does in the conversation and what it answers ([`moves`]), every
//! candidate pair with the rule that decided it ([`trace`]), every rule ([`rules`]).
//!
//! ```
//! let t = discrepancy::Transcript::parse("Anna: We have 12 clinics.\nBob: No, 15 clinics.\n")?;
//! assert!(discrepancy::dump::claims(&t).starts_with("Anna | Count 12"));
//! assert!(discrepancy::dump::rules().contains("disjoint-intervals"));
//! assert!(discrepancy::dump::moves(&t).ends_with("1 Bob Statement answers 0 | No, 15 clinics.\n"));
//! # Ok::<(), discrepancy::Error>(())
//! ```

use crate::rule::Rule;
use crate::{Decision, Detector, Evidence, Transcript};

/// Speakers and turns as byte spans, as JSON on one line.
pub fn turns(t: &Transcript) -> String {
    let speakers: Vec<_> = t
        .speakers()
        .iter()
        .map(|s| serde_json::json!({"name": s.name, "aliases": s.aliases}))
        .collect();
    let turns: Vec<_> = t
        .turns()
        .iter()
        .map(|x| {
            let start = x.label.map_or(x.span.start, |l| l.start.min(x.span.start));
            serde_json::json!({"speaker": t.speaker_name(x), "start": start, "end": x.span.end, "time": x.time})
        })
        .collect();
    serde_json::json!({"layout": t.layout(), "speakers": speakers, "turns": turns}).to_string()
}

/// Every figure found, one a line: speaker, kind, value, mode, head, period, scope, sentence.
pub fn claims(t: &Transcript) -> String {
    let sents = crate::claim::sentences(t);
    let claims = crate::claim::claims(t, &sents);
    let mut out = String::new();
    for c in &claims {
        let s = &sents[c.sentence];
        out.push_str(&format!(
            "{} | {:?} {} {:?} | head {:?} | period {:?} | scope {:?} | bare {} neg {} | {}\n",
            t.speakers()[c.speaker].name,
            c.quantity.kind,
            c.quantity.describe(),
            c.mode,
            c.head,
            c.period,
            c.subscope,
            c.bare,
            c.negated,
            &t.analysis_text()[s.span.range()]
        ));
    }
    out
}

/// Every sentence, one a line: its index, speaker, [`crate::dialogue::Act`], the sentence
/// it answers (if any) and its text.
pub fn moves(t: &Transcript) -> String {
    let sents = crate::claim::sentences(t);
    let moves = crate::dialogue::moves(&sents);
    let mut out = String::new();
    for (k, (s, m)) in sents.iter().zip(&moves).enumerate() {
        let answers = m
            .answers
            .map(|a| format!(" answers {a}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{k} {} {:?}{answers} | {}\n",
            t.speakers()[s.speaker].name,
            m.act,
            &t.analysis_text()[s.span.range()]
        ));
    }
    out
}

/// Every candidate pair and the rule that decided it, three lines each.
pub fn trace(d: &Detector, t: &Transcript) -> String {
    let side = |e: &Evidence| {
        let text: String = e.text.chars().take(90).collect();
        let value = e
            .value
            .as_deref()
            .map(|v| format!(" [{v}]"))
            .unwrap_or_default();
        format!("{} ({}..{}){value}: {text}", e.speaker, e.start, e.end)
    };
    let mut out = String::new();
    for x in d.prepare(t).trace() {
        let decision = match x.decision {
            Decision::Agree => "agree",
            Decision::Disagree => "DISAGREE",
            Decision::Quiet => "quiet",
        };
        out.push_str(&format!(
            "{decision} {}\n    {}\n    {}\n",
            x.rule,
            side(&x.a),
            side(&x.b)
        ));
    }
    out
}

/// Every rule: its name, stage, whether it reports ("fires") or keeps a pair quiet, and what it does.
pub fn rules() -> String {
    let mut out = String::new();
    for r in Rule::ALL {
        let kind = if r.is_quiet() { "quiet" } else { "fires" };
        out.push_str(&format!(
            "{:<30} {:<9} {:<6} {}\n",
            r.name(),
            r.stage().name(),
            kind,
            r.description()
        ));
    }
    out
}
