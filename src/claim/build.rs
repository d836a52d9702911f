//! The claims stage: each figure of each sentence, as a [`Claim`].
//!
//! In: a [`Transcript`] and its [`Sentence`]s. Out: the claims, in sentence order: for
//! each figure kept, its clause words, head noun, period, sub-scope, places, mode,
//! negation and bareness, and what the words around it make of it (per item, a level
//! after a change, a part, a rate).

use super::clause::{clause_of, ends_with_level_preposition, head_words, just_before};
use super::mode::negated_near;
use super::period::{
    is_period_year, is_window, resolve_relative, resolve_year, sentence_period,
    sentence_period_except, year_is_the_point,
};
use super::phrases::{
    HYPOTHETICALS, PARTS, REPORTED, TARGETS, contains_phrase, starts_with_phrase,
};
use super::scope::subscope_words;
use super::words::is_weak_topic;
use super::{
    Claim, Mode, Period, Sentence, Words, content_words, is_increment, place_words, rate_after,
};
use crate::quantity::{self, Date, Kind};
use crate::span::Span;
use crate::transcript::Transcript;

/// Pushes onto a list kept for the whole analysis, growing it by a quarter instead of
/// doubling it: doubling leaves a long transcript's claims up to twice their size in
/// memory just before the list is trimmed, and that moment is the analysis's peak.
pub(crate) fn push_kept<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve_exact(v.capacity() / 4 + 16);
    }
    v.push(x);
}

/// The claims of a transcript, given its sentences (from [`sentences`](super::sentences)).
pub fn claims(t: &Transcript, sents: &[Sentence]) -> Vec<Claim> {
    let text = t.text();
    let date = t.date();
    let mut out = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let stext = &text[s.span.range()];
        let qs = quantity::find_at(stext, s.span.start);
        if qs.is_empty() {
            continue;
        }
        let all = qs.clone();
        // Same byte offsets as `stext`, for slicing; `phrases` normalises apostrophes for matching.
        let lower = stext.to_ascii_lowercase();
        let phrases = stext.to_lowercase().replace('’', "'");
        let period = sentence_period(stext, &qs, date).or_else(|| {
            // A period stated in the previous sentence of the same turn carries over to a bare follow-up.
            (si > 0 && sents[si - 1].utt == s.utt).then(|| {
                let p = &sents[si - 1];
                let ptext = &text[p.span.range()];
                sentence_period(ptext, &quantity::find(ptext), date)
            })?
        });
        let hypothetical = HYPOTHETICALS.in_text(&phrases) || TARGETS.in_text(&phrases);
        // Figures inside an open question ("How many reached the final: 33 or 35?") are not put forward.
        let open_question = s.question
            && (starts_with_phrase(
                stext,
                &[
                    "what",
                    "how",
                    "why",
                    "when",
                    "where",
                    "who",
                    "which",
                    "do you know",
                ],
            ) || contains_phrase(&phrases, &["or"]));
        if open_question {
            continue;
        }
        let part = PARTS.in_text(&phrases);
        // "Your own report says 1,800": the listener's source is theirs to answer for, not
        // an absent third party's.
        let reported = REPORTED.in_text_where(&phrases, |at| {
            !phrases[..at]
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| matches!(w, "your" | "you" | "you've"))
        });
        // Per sentence, not per figure: a sentence may hold thousands of figures.
        let sentence_scope = subscope_words(&lower);
        let places: Words = place_words(stext).into_iter().collect();
        for mut q in qs {
            // "the first word", "the second one": a rank in words below three is a claim only
            // about an event that is counted ("the first visit", "the second anniversary").
            if q.kind == Kind::Ordinal && q.in_words && q.value < 3.0 {
                let next = stext[q.span.end - s.span.start..]
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .map(str::to_ascii_lowercase);
                if !next.is_some_and(|w| {
                    matches!(w.as_str(), "anniversary" | "visit" | "place" | "time")
                }) {
                    continue;
                }
            }
            // Relative times resolve against the transcript's date.
            if let (Some(r), Some(d)) = (q.relative, date) {
                resolve_relative(&mut q, r, d);
            }
            // "over the past five years", "during the next six years": a time window for
            // another figure, not a figure of its own.
            if q.kind == Kind::Duration
                && (all
                    .iter()
                    .any(|o| !matches!(o.kind, Kind::Duration | Kind::Year | Kind::Date))
                    || is_window(&just_before(stext, &q, s.span.start)))
            {
                continue;
            }
            if q.kind == Kind::Year
                && is_period_year(stext, &q, s.span.start)
                && !year_is_the_point(stext, &q, s.span.start)
            {
                continue;
            }
            if q.kind == Kind::Date {
                if let (Some(d), Some(today)) = (q.date, date)
                    && d.year.is_none()
                {
                    resolve_year(&mut q, d, today);
                }
                // A day of the year said without a year ("12 June") is compared only with
                // other such days (alignment keeps them apart from dated ones): it is placed
                // in a leap year, so that 29 February exists. Anything vaguer is skipped.
                match q.date {
                    Some(d) if d.year.is_some() => {}
                    Some(d) if d.month.is_some() && d.day.is_some() => {
                        let Some((a, b)) = Date {
                            year: Some(2000),
                            ..d
                        }
                        .day_range() else {
                            continue;
                        };
                        q.value = a as f64;
                        q.interval = quantity::Interval::closed(a as f64, b as f64);
                    }
                    _ => continue,
                }
            }
            let local = Span::new(q.span.start - s.span.start, q.span.end - s.span.start);
            let clause = clause_of(stext, local);
            let clause_words = content_words(&stext[clause.0..clause.1]);
            // Most clauses are their whole sentence: then the words are shared, not copied.
            let clause_words = if clause_words.iter().map(|w| w.as_str()).eq(s.words.iter()) {
                s.words.clone()
            } else {
                clause_words.into_iter().collect()
            };
            // "four-party talks": the figure describes the noun after the compound.
            let after = &stext[local.end..];
            let after = match after.strip_prefix('-') {
                Some(rest) => rest.trim_start_matches(|c: char| c.is_alphabetic()),
                None => after,
            };
            let head = head_words(after);
            let mut subscope = sentence_scope.clone();
            if subscope.is_empty() && s.words.len() <= 3 && si > 0 && sents[si - 1].utt == s.utt {
                // "For regional roads, the figure is smaller. It will reach 42 percent": the scope carries over.
                subscope = subscope_words(&text[sents[si - 1].span.range()].to_lowercase());
            }
            let period = if q.kind == Kind::Year {
                let own = sentence_period_except(stext, &all, date, Some(q.span));
                if own == Some(Period::Year(q.value as i32, None)) {
                    None
                } else {
                    own
                }
            } else {
                period.clone()
            };
            let negated = negated_near(&lower, local.start);
            let mode = if hypothetical {
                Mode::Hypothetical
            } else if s.question {
                Mode::Question
            } else if reported {
                Mode::Reported
            } else {
                Mode::Assertion
            };
            let own_words = s.words.iter().filter(|w| !is_weak_topic(w)).count();
            let bare = own_words <= 1 && head.is_empty();
            let after = &lower[local.end.min(lower.len())..];
            let rest = after.trim_start();
            let each = rest.starts_with("each");
            let before = &lower[..local.start.min(lower.len())];
            let level_after_change = ends_with_level_preposition(before);
            let increment = is_increment(before, after)
                // "the two other villages": another set, not the one the other speaker counted.
                || rest.starts_with("other ");
            push_kept(
                &mut out,
                Claim {
                    speaker: s.speaker,
                    turn: s.turn,
                    utt: s.utt,
                    sentence: si,
                    quantity: q,
                    clause_words,
                    head,
                    period,
                    subscope: subscope.into_boxed_slice(),
                    places: places.clone(),
                    mode,
                    negated,
                    bare,
                    each,
                    level_after_change,
                    part: part || increment,
                    per: rate_after(after),
                },
            );
        }
    }
    out.shrink_to_fit();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::sentences;

    #[test]
    fn claims_carry_mode_and_scope() {
        let t = Transcript::parse("Anna Petrova: So inflation was 3.1 percent in March?\nMark Ellis: Without the campaign, 5 million people could have fallen ill this spring.\nAnna Petrova: On federal roads, 80 percent meet the standard last year.\n").unwrap();
        let s = sentences(&t);
        let c = claims(&t, &s);
        assert_eq!(c.len(), 3, "{c:?}");
        assert_eq!(c[0].mode, Mode::Question);
        assert_eq!(c[1].mode, Mode::Hypothetical);
        assert_eq!(c[2].subscope[..], ["federal"]);
        assert_eq!(c[2].period, Some(Period::Relative("last year")));
    }

    #[test]
    fn head_noun_and_bare_replies() {
        let t = Transcript::parse(
            "Anna: We have 300 schools in Azerbaijan.\nMark: No, about 3 million.\n",
        )
        .unwrap();
        let s = sentences(&t);
        let c = claims(&t, &s);
        assert_eq!(c[0].head.iter().collect::<Vec<_>>(), ["school"]);
        assert!(!c[0].bare);
        assert!(c[1].bare);
        assert!(s[1].corrects);
    }
}
