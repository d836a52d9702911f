//! The claims stage: each figure of each sentence, as a [`Claim`].
//!
//! In: a [`Transcript`] and its [`Sentence`]s. Out: the claims, in sentence order: for
//! each figure kept, its clause words, head noun, period, sub-scope, places, mode,
//! negation and bareness, and what the words around it make of it (per item, a level
//! after a change, a part, a rate).

use super::clause::{
    changed_words, clause_of, ends_with_level_preposition, head_words, just_before,
};
use super::mode::{
    is_open_question, is_reported, mode_clause, mode_of, negated_near, projects_or_targets,
};
use super::period::{
    is_period_year, is_window, resolve_relative, resolve_year, sentence_period,
    sentence_period_except, year_is_the_point,
};
use super::phrases::{FUTURES, PARTS};
use super::scope::subscope_words;
use super::words::is_weak_topic;
use super::{
    Claim, Mode, Period, Sentence, Words, content_stems, is_increment, place_words, rate_after,
};
use crate::lexicon;
use crate::quantity::{self, Date, Kind, Quantity};
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
///
/// # Panics
///
/// If `sents` are not the sentences of `t` (as [`sentences`](super::sentences) gives them).
pub fn claims(t: &Transcript, sents: &[Sentence]) -> Vec<Claim> {
    let text = t.analysis_text();
    // A date that covers no day (one built by hand: a month of 13, a year beyond the
    // supported range) resolves nothing, as if the transcript had none.
    let date = t.date().filter(|d| d.day_range().is_some());
    let mut out = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let stext = &text[s.span.range()];
        let qs = quantity::find_at(stext, s.span.start);
        if qs.is_empty() {
            continue;
        }
        let all = qs.clone();
        let Some(facts) = SentenceFacts::of(text, sents, si, &all, date) else {
            continue;
        };
        for mut q in qs {
            if !is_kept(&mut q, &all, stext, s.span.start, date) {
                continue;
            }
            push_kept(&mut out, facts.claim(q, &all));
        }
    }
    out.shrink_to_fit();
    out
}

/// What a sentence says of all its figures alike: worked out per sentence, not per
/// figure, as a sentence may hold thousands of figures.
struct SentenceFacts<'a> {
    /// The whole input.
    text: &'a str,
    /// All the sentences.
    sents: &'a [Sentence],
    /// Index of this sentence.
    si: usize,
    /// This sentence.
    s: &'a Sentence,
    /// Its text.
    stext: &'a str,
    /// The transcript's date.
    date: Option<Date>,
    /// `stext` in ASCII lower case: the same byte offsets, for slicing.
    lower: String,
    /// The period the sentence (or the one before it) states.
    period: Option<Period>,
    /// It projects or supposes.
    hypothetical: bool,
    /// It sets a goal, plan or task.
    target: bool,
    /// It has a marker of what will be.
    future: bool,
    /// It gives a part of a larger figure.
    part: bool,
    /// It reports a third party's figure.
    reported: bool,
    /// Its sub-scope words.
    scope: Vec<&'static str>,
    /// The places it puts its figures in.
    places: Words,
}

/// The bytes `start..end` of a sentence in lower case with plain apostrophes
/// ([`crate::segment::lower_plain`]): a slice of `lower`, the sentence in ASCII lower
/// case, when they are ASCII (ASCII text has no typographic apostrophe).
fn plain_of<'l>(
    stext: &str,
    lower: &'l str,
    start: usize,
    end: usize,
) -> std::borrow::Cow<'l, str> {
    let part = &stext[start..end];
    if part.is_ascii() {
        std::borrow::Cow::Borrowed(&lower[start..end])
    } else {
        std::borrow::Cow::Owned(crate::segment::lower_plain(part))
    }
}

impl<'a> SentenceFacts<'a> {
    /// The facts of sentence `si`, whose quantities are `qs`; `None` for an open
    /// question, whose figures are not put forward.
    fn of(
        text: &'a str,
        sents: &'a [Sentence],
        si: usize,
        qs: &[Quantity],
        date: Option<Date>,
    ) -> Option<SentenceFacts<'a>> {
        let s = &sents[si];
        let stext = &text[s.span.range()];
        // Same byte offsets as `stext`, for slicing; `phrases` normalises apostrophes for matching.
        let lower = stext.to_ascii_lowercase();
        let phrases = plain_of(stext, &lower, 0, stext.len());
        let period = period_carried_over(text, sents, si, qs, date);
        let [hypothetical, target] = projects_or_targets(&phrases);
        let future = FUTURES.in_text(&phrases);
        if is_open_question(s, stext, &phrases) {
            return None;
        }
        let part = PARTS.in_text(&phrases);
        let reported = is_reported(&phrases);
        let scope = subscope_words(&lower);
        let places: Words = place_words(stext).into_iter().collect();
        Some(SentenceFacts {
            text,
            sents,
            si,
            s,
            stext,
            date,
            lower,
            period,
            hypothetical,
            target,
            future,
            part,
            reported,
            scope,
            places,
        })
    }

    /// The sentence's bytes `start..end` as [`plain_of`] gives them.
    fn plain(&self, start: usize, end: usize) -> std::borrow::Cow<'_, str> {
        plain_of(self.stext, &self.lower, start, end)
    }

    /// The claim of a kept figure `q` of the sentence, whose quantities are `all`.
    fn claim(&self, mut q: Quantity, all: &[Quantity]) -> Claim {
        let (s, stext, lower) = (self.s, self.stext, self.lower.as_str());
        let local = Span::new(q.span.start - s.span.start, q.span.end - s.span.start);
        let clause = clause_of(stext, local);
        let (mode, future) = self.mode_here(local);
        // (Only plain statements of amounts are compared by their phrase.)
        let wants_phrase =
            mode == Mode::Assertion && !q.kind.is_calendar() && q.kind != Kind::Ordinal;
        let (clause_words, phrase) = self.clause_and_phrase(clause, local, wants_phrase);
        let changed = self.changed(clause, &clause_words);
        let head = head_after(&stext[local.end..]);
        let subscope = self.subscope();
        let period = self.period_of(&q, all);
        let mut negated = negated_near(lower, local.start);
        if negated {
            // "will not exceed 2 percent" bounds the figure from the other side: at most 2.
            negated = !negate_bound(&mut q);
        }
        // "There was no board meeting on Thursday": a day said of an event its clause
        // denies (not "not until", "no later than").
        if q.kind == Kind::Weekday && !negated {
            let words: Vec<&str> = crate::segment::words(&lower[clause.0..local.start])
                .map(|(_, w)| w)
                .collect();
            negated = words.iter().enumerate().any(|(k, w)| {
                crate::compare::is_negation_word(w)
                    && !matches!(
                        words.get(k + 1),
                        Some(&("until" | "later" | "earlier" | "only"))
                    )
            });
        }
        let bare = is_bare(s, &head);
        // "It is seven years for us.": restricted to the speaker's side, it points at
        // nothing the other said.
        let before = &lower[..local.start.min(lower.len())];
        let pointing = points_back(before) && {
            let plain = self.plain(0, stext.len());
            let words: Vec<&str> = crate::segment::words(&plain).map(|(_, w)| w).collect();
            !lexicon::SELF_SCOPES.within(&words)
        };
        let after = &lower[local.end.min(lower.len())..];
        let rest = after.trim_start();
        let each = rest.starts_with("each");
        let level_after_change = ends_with_level_preposition(before);
        let increment = is_increment(before, after)
            // "the two other villages": another set, not the one the other speaker counted.
            || rest.starts_with("other ");
        Claim {
            speaker: s.speaker,
            turn: s.turn,
            utt: s.utt,
            sentence: self.si,
            quantity: q,
            clause_words,
            phrase,
            head,
            period,
            subscope: subscope.into_boxed_slice(),
            places: self.places.clone(),
            mode,
            future,
            negated,
            bare,
            each,
            level_after_change,
            part: self.part_up_to(clause) || increment,
            per: rate_after(after),
            changed,
            pointing,
        }
    }

    /// What the clause (a byte range of the sentence, see [`clause_of`]) says changed:
    /// read only when its words hold a word of change.
    fn changed(&self, (start, end): (usize, usize), clause_words: &Words) -> Words {
        if !clause_words.iter().any(|w| crate::claim::change_of(w) != 0) {
            return Words::default();
        }
        let clause = self.plain(start, end);
        changed_words(&clause, clause_words)
    }

    /// The mode of the figure at `local`, and whether its clause speaks of what will be:
    /// the sentence's projection, target, report or future holds for it only when its
    /// marker is in the figure's own clause (see [`mode_clause`]; the clause is read once,
    /// and only when the sentence has one): "The newspaper claims we closed 12 schools,
    /// but we closed 3" asserts the 3.
    fn mode_here(&self, local: Span) -> (Mode, bool) {
        let (mut hypothetical, mut target, mut reported, mut future) =
            (self.hypothetical, self.target, self.reported, self.future);
        if hypothetical || target || reported || future {
            let (start, end) = mode_clause(&self.lower, local);
            let clause = self.plain(start, end);
            if hypothetical || target {
                let [h, t] = projects_or_targets(&clause);
                (hypothetical, target) = (hypothetical && h, target && t);
            }
            reported = reported && is_reported(&clause);
            future = future && FUTURES.in_text(&clause);
        }
        (
            mode_of(hypothetical, target, self.s.question, reported),
            future,
        )
    }

    /// Whether a part marker ([`PARTS`]: "of which", "of them") stands before the end
    /// of the figure's clause (a byte range of the sentence): "we hired 120 people, and
    /// a good share of them only started" gives the whole, not a part.
    fn part_up_to(&self, clause: (usize, usize)) -> bool {
        self.part && (clause.1 >= self.stext.len() || PARTS.in_text(&self.plain(0, clause.1)))
    }

    /// The content words of the clause `clause` (a byte range of the sentence), each read
    /// once, and, if `wants_phrase`, which of them stand in its part between the commas
    /// around the figure at `local` (see [`Claim::phrase`]). Most clauses are their whole
    /// sentence, and then the sentence's words are shared, not copied.
    fn clause_and_phrase(
        &self,
        clause: (usize, usize),
        local: Span,
        wants_phrase: bool,
    ) -> (Words, std::ops::Range<u16>) {
        let whole = |words: Vec<super::Word>| -> Words {
            if words.iter().map(|w| w.as_str()).eq(self.s.words.iter()) {
                self.s.words.clone()
            } else {
                words.into_iter().collect()
            }
        };
        let bounds = if wants_phrase {
            self.phrase_bounds(clause, local)
        } else {
            None
        };
        let Some((start, stop)) = bounds else {
            let words = whole(content_stems(&self.stext[clause.0..clause.1]));
            let n = if wants_phrase { words.len() } else { 0 };
            return (words, 0..u16::try_from(n).unwrap_or(u16::MAX));
        };
        // The clause's words in order, once each: those before the phrase, the phrase's
        // new ones, those after it.
        let mut all = content_stems(&self.stext[clause.0..start]);
        let first = all.len();
        let mut phrase_end = first;
        for (k, w) in content_stems(&self.stext[start..stop])
            .into_iter()
            .map(|w| (0, w))
            .chain(
                content_stems(&self.stext[stop..clause.1])
                    .into_iter()
                    .map(|w| (1, w)),
            )
        {
            if !all.contains(&w) {
                all.push(w);
                if k == 0 {
                    phrase_end = all.len();
                }
            }
        }
        let at = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        (whole(all), at(first)..at(phrase_end))
    }

    /// The byte range of the part of the clause `clause` between the commas (or after a
    /// report's "that") around the figure at `local`; `None` when that is the clause.
    fn phrase_bounds(&self, clause: (usize, usize), local: Span) -> Option<(usize, usize)> {
        let bytes = self.lower.as_bytes();
        let at = local.start.max(clause.0).min(clause.1);
        let end = local.end.max(at).min(clause.1);
        // Back from the figure to the nearest comma or report's "that " ("I can tell the
        // House that we have recruited …"), on to the next comma.
        let start = (clause.0..at)
            .rev()
            .find_map(|k| match bytes[k] {
                b',' => Some(k + 1),
                b't' if k > clause.0
                    && bytes[k - 1] == b' '
                    && bytes[k..at].starts_with(b"that ") =>
                {
                    Some(k + 5)
                }
                _ => None,
            })
            .unwrap_or(clause.0);
        let stop = (end..clause.1)
            .find(|&k| bytes[k] == b',')
            .unwrap_or(clause.1);
        ((start, stop) != clause).then_some((start, stop))
    }

    /// The sentence's sub-scope; a short follow-up with none takes the previous sentence's
    /// of the same utterance.
    fn subscope(&self) -> Vec<&'static str> {
        let (s, si, sents) = (self.s, self.si, self.sents);
        let mut subscope = self.scope.clone();
        if subscope.is_empty() && s.words.len() <= 3 && si > 0 && sents[si - 1].utt == s.utt {
            // "For regional roads, the figure is smaller. It will reach 42 percent": the scope carries over.
            subscope = subscope_words(&self.text[sents[si - 1].span.range()].to_lowercase());
        }
        subscope
    }

    /// The period of figure `q`: a year's own is the period the rest of its sentence
    /// states (none if that is the year itself); any other figure's is its clause's
    /// ([`SentenceFacts::clause_period`]).
    fn period_of(&self, q: &Quantity, all: &[Quantity]) -> Option<Period> {
        if q.kind == Kind::Year {
            let own = sentence_period_except(self.stext, all, self.date, Some(q.span));
            if own == Some(Period::Year(q.value as i32, None)) {
                None
            } else {
                own
            }
        } else {
            self.clause_period(q, all)
        }
    }

    /// The period the figure's own clause states, when the sentence has more than one
    /// ("This year, 4.5 million tourists came, and the figure will grow in 2018": this
    /// year for the 4.5 million); when it states none, the period stated before it in the
    /// sentence ("In 2016 we had 300 schools, and we had 40 hospitals"), not one of a
    /// later clause ("$2.7 million this quarter, …, and we expect it to double by the end
    /// of next year"). The sentence's when the clause is the sentence.
    fn clause_period(&self, q: &Quantity, all: &[Quantity]) -> Option<Period> {
        let start = self.s.span.start;
        let local = Span::new(q.span.start - start, q.span.end - start);
        // A sentence that states no period has no clause that states one.
        self.period.as_ref()?;
        let (from, to) = mode_clause(&self.lower, local);
        if from == 0 && to >= self.stext.len() {
            return self.period.clone();
        }
        // The years inside the clause, or before its end (quantities come in text
        // order: bisection).
        let years = |from: usize| -> Vec<Quantity> {
            let lo = all.partition_point(|x| x.span.start < start + from);
            let hi = all.partition_point(|x| x.span.start < start + to);
            all[lo..hi]
                .iter()
                .filter(|x| x.kind == Kind::Year && x.span.end <= start + to)
                .cloned()
                .collect()
        };
        let own = sentence_period_except(&self.stext[from..to], &years(from), self.date, None);
        if own.is_some() || to >= self.stext.len() {
            return own.or_else(|| self.period.clone());
        }
        // (Within a window before the clause: a sentence of a thousand clauses costs a
        // thousand windows, not a thousand sentences.)
        let lo = super::clause::floor_boundary(
            self.stext,
            from.saturating_sub(super::clause::CLAUSE_WINDOW),
        );
        sentence_period_except(&self.stext[lo..to], &years(lo), self.date, None)
    }
}

/// The period sentence `si` (with quantities `qs`) states; a period stated in the
/// previous sentence of the same utterance carries over to a bare follow-up.
fn period_carried_over(
    text: &str,
    sents: &[Sentence],
    si: usize,
    qs: &[Quantity],
    date: Option<Date>,
) -> Option<Period> {
    let s = &sents[si];
    sentence_period(&text[s.span.range()], qs, date).or_else(|| {
        (si > 0 && sents[si - 1].utt == s.utt).then(|| {
            let p = &sents[si - 1];
            let ptext = &text[p.span.range()];
            sentence_period(ptext, &quantity::find(ptext), date)
        })?
    })
}

/// The counted noun right after a figure, past a compound: in "four-party talks" the
/// figure describes the noun after the compound.
fn head_after(after: &str) -> Words {
    let after = match after.strip_prefix('-') {
        Some(rest) => rest.trim_start_matches(|c: char| c.is_alphabetic()),
        None => after,
    };
    head_words(after)
}

/// A stemmed word of [`lexicon::DISCOURSE_ADVERBS`] ("honestly", "actually").
fn is_discourse_adverb(w: &str) -> bool {
    static STEMS: std::sync::OnceLock<Vec<crate::claim::Word>> = std::sync::OnceLock::new();
    STEMS
        .get_or_init(|| {
            crate::lexicon::DISCOURSE_ADVERBS
                .entries()
                .iter()
                .map(|e| super::stem::stem_word(e))
                .collect()
        })
        .iter()
        .any(|s| s == w)
}

/// Whether a figure has nothing of its own to say what it counts: no head noun, and at
/// most one word of its sentence that is not a weak topic word or a discourse adverb
/// ("No, about 3 million.", "Closer to 35, honestly.").
fn is_bare(s: &Sentence, head: &Words) -> bool {
    let own_words = s
        .words
        .iter()
        .filter(|w| !is_weak_topic(w) && !is_discourse_adverb(w))
        .count();
    own_words <= 1 && head.is_empty()
}

/// Whether the words before a figure (`before`, lower case) open the sentence with a
/// pronoun that points back and a verb that gives it the figure ("It was three hours.",
/// "Well, it's closer to 9 percent.", "With respect, Councillor, it was 14 percent."):
/// after at most short openers, each a reply opener ([`lexicon::REPLY_OPENERS`]) or a
/// part of at most two words set off by a comma (a vocative, "I mean"), a pointing
/// opening ([`lexicon::POINTING_OPENINGS`]).
fn points_back(before: &str) -> bool {
    // Cheap tests first, without allocating: the figure's part opens with a reply opener
    // or a pointing opening, and every part before it is short.
    let mut before = before;
    let mut last = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    // "it is low at the moment, about 1.6 percent": a figure set off after the clause
    // that points, with at most a hedge before it, belongs to that clause.
    // (The hedge may be read as part of the figure: then nothing is left after the comma.)
    if last.len() < before.len()
        && crate::segment::words(last).all(|(_, w)| {
            matches!(
                w,
                "about"
                    | "around"
                    | "roughly"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "approximately"
                    | "something"
                    | "like"
            )
        })
    {
        let clause = &before[..before.len() - last.len() - 1];
        let pointing_part = clause.rsplit([',', ';', ':']).next().unwrap_or(clause);
        // (Not after a figure of its own: "it was 3 hours, 40 minutes".)
        if !pointing_part.bytes().any(|b| b.is_ascii_digit()) {
            before = clause;
            last = pointing_part;
        }
    }
    // The first words of both lists, sorted, read once.
    static FIRSTS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        let mut v: Vec<&'static str> = [&lexicon::POINTING_OPENINGS, &lexicon::REPLY_OPENERS]
            .iter()
            .flat_map(|l| l.entry_words().iter().map(|e| e[0]))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    let first = crate::segment::words(last).next().map_or("", |(_, w)| w);
    // (as written: "it’s" is "it's")
    let known = if first.contains('\u{2019}') {
        firsts
            .binary_search(&first.replace('\u{2019}', "'").as_str())
            .is_ok()
    } else {
        firsts.binary_search(&first).is_ok()
    };
    if !known {
        return false;
    }
    let head = &before[..before.len() - last.len()];
    let short =
        |p: &str| !p.bytes().any(|b| b.is_ascii_digit()) && crate::segment::words(p).count() <= 2;
    if !head.split([',', ';', ':']).all(short) {
        return false;
    }
    let plain = crate::segment::lower_plain(last);
    let words: Vec<&str> = crate::segment::words(&plain).map(|(_, w)| w).collect();
    let mut k = 0;
    while k < words.len() {
        let skip = lexicon::REPLY_OPENERS
            .entry_words()
            .iter()
            .filter(|e| words[k..].starts_with(e))
            .map(|e| e.len())
            .max();
        match skip {
            Some(n) => k += n,
            None => break,
        }
    }
    lexicon::POINTING_OPENINGS.opens(&words[k..])
}

/// Whether figure `q` of a sentence (text `stext`, starting at byte `base`, with
/// quantities `all`) is a claim of its own, in this order: a rank, a relative time
/// (resolved against the transcript's date), a time window, a year that only dates,
/// a date (its year resolved, or placed in a leap year).
fn is_kept(
    q: &mut Quantity,
    all: &[Quantity],
    stext: &str,
    base: usize,
    date: Option<Date>,
) -> bool {
    if is_uncounted_rank(q, stext, base) || is_label(q, all, stext, base) {
        return false;
    }
    // Relative times resolve against the transcript's date.
    if let (Some(r), Some(d)) = (q.relative, date) {
        resolve_relative(q, r, d);
    }
    if is_time_window(q, all, stext, base) {
        return false;
    }
    // A year that is its sentence's only figure (ranks aside) is what the sentence says
    // ("We plan to complete the first stage in 2023."), not the date of another.
    let others = all.iter().filter(|o| o.kind != Kind::Ordinal).count();
    if others > 1 && is_dating_year(q, stext, base) {
        return false;
    }
    if q.kind == Kind::Date {
        // A day said without a year takes the transcript's year (or the one before) only
        // in a sentence about the past: "the events on May 9 will …", "this October there
        // will be …" speak of days to come, and a year guessed wrong makes two dates of
        // one day disagree.
        let date = date.filter(|_| !speaks_of_future_or_habit(stext));
        return place_date(q, date);
    }
    true
}

/// Whether a sentence speaks of what is to come or of what recurs ("will", "next",
/// "every year", "a holiday"), so that a day in it has no year to infer.
fn speaks_of_future_or_habit(stext: &str) -> bool {
    let lower = crate::segment::lower_plain(stext);
    crate::segment::words(&lower).any(|(_, w)| {
        matches!(
            w,
            "will"
                | "won't"
                | "shall"
                | "next"
                | "upcoming"
                | "coming"
                | "every"
                | "annually"
                | "holiday"
                | "possible"
                | "planned"
                | "plan"
                | "scheduled"
        ) || w.ends_with("'ll")
    })
}

/// Skips a rank in words below three unless it ranks an event that is counted: "the first
/// word", "the second one" are no claim; "the first visit", "the second anniversary" are.
fn is_uncounted_rank(q: &Quantity, stext: &str, base: usize) -> bool {
    if q.kind == Kind::Ordinal && q.in_words && q.value < 3.0 {
        let next = stext[q.span.end - base..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .map(str::to_ascii_lowercase);
        return !next
            .is_some_and(|w| matches!(w.as_str(), "anniversary" | "visit" | "place" | "time"));
    }
    false
}

/// Skips a plain number that labels a thing: one right after a noun of
/// [`lexicon::LABEL_NOUNS`] ("page 4", "a category two call"), or after such a noun and
/// another label joined by "and" or "or" ("questions 1 and 4").
fn is_label(q: &Quantity, all: &[Quantity], stext: &str, base: usize) -> bool {
    if q.kind != Kind::Count || q.hedge != quantity::Hedge::Exact {
        return false;
    }
    // The raw words before a figure, last first (no allocation: most figures follow no
    // label noun, and the nouns are short ASCII words).
    let words_before = |q: &Quantity| {
        let end = q.span.start.saturating_sub(base).min(stext.len());
        let from = super::clause::floor_boundary(stext, end.saturating_sub(40));
        stext[from..end].split_whitespace().rev()
    };
    let is_noun = |w: &str| {
        let w = w.trim_end_matches('.');
        w.len() <= 12 && w.is_ascii() && lexicon::LABEL_NOUNS.contains_word(&w.to_ascii_lowercase())
    };
    // (Not after an ordinal: "by the third season 140" counts, "season 3" names.)
    let label_before = |q: &Quantity| {
        let mut words = words_before(q);
        let Some(noun) = words.next() else {
            return false;
        };
        if !is_noun(noun) {
            return false;
        }
        let ordinal = words.next().is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            matches!(
                w.as_str(),
                "first" | "second" | "third" | "last" | "next" | "each" | "every"
            ) || w.len() > 4 && w.ends_with("th")
        });
        !ordinal
    };
    if label_before(q) {
        return true;
    }
    // "questions 1 and 4": the second label takes the noun of the first.
    let joined = words_before(q)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"));
    joined
        && all.iter().any(|o| {
            o.span.end <= q.span.start
                && q.span.start - o.span.end <= 6
                && o.kind == Kind::Count
                && label_before(o)
        })
}

/// Skips a duration that is a time window for another figure of its clause ("over the
/// past five years", "during the next six years", "20 schools in five years" after a
/// preposition of [`lexicon::WINDOW_PREPOSITIONS`]), not a figure of its own.
fn is_time_window(q: &Quantity, all: &[Quantity], stext: &str, base: usize) -> bool {
    if q.kind != Kind::Duration {
        return false;
    }
    // Another figure in the duration's own clause: "The repairs could cost up to
    // $900,000, and the pool has been closed for 14 months" keeps the 14 months.
    let rel = |sp: Span| Span::new(sp.start.saturating_sub(base), sp.end.saturating_sub(base));
    let (cs, ce) = clause_of(stext, rel(q.span));
    let in_clause = |o: &Quantity| {
        let r = rel(o.span);
        r.start >= cs && r.end <= ce
    };
    // … when a preposition of time span puts it there: "20 schools in five years", not
    // "a category two call was 47 minutes".
    let before = just_before(stext, q, base);
    // ("over two years" is read as a bound, "more than two years": its "over" counts too.)
    let own = rel(q.span);
    let opening = stext[own.start.min(stext.len())..]
        .split_whitespace()
        .next()
        .map(str::to_ascii_lowercase);
    // (over an article: "in the 12 months up to July")
    let spans_time = before
        .split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "the" | "a" | "an" | "those" | "these"))
        .is_some_and(|w| lexicon::WINDOW_PREPOSITIONS.contains_word(w))
        || opening.is_some_and(|w| lexicon::WINDOW_PREPOSITIONS.contains_word(&w));
    spans_time
        && all
            .iter()
            .any(|o| !(o.kind.is_calendar() || o.kind == Kind::Duration) && in_clause(o))
        || is_window(&before)
}

/// Skips a year that only dates the figure ("in 2018") unless it is what the sentence
/// asserts ("was signed in 2014").
fn is_dating_year(q: &Quantity, stext: &str, base: usize) -> bool {
    q.kind == Kind::Year && is_period_year(stext, q, base) && !year_is_the_point(stext, q, base)
}

/// Keeps a date with its year, resolving a missing year against the transcript's date;
/// a day of the year said without a year ("12 June") is compared only with other such
/// days (alignment keeps them apart from dated ones): it is placed in a leap year, so
/// that 29 February exists. Anything vaguer is skipped.
fn place_date(q: &mut Quantity, date: Option<Date>) -> bool {
    if let (Some(d), Some(today)) = (q.date, date)
        && d.year.is_none()
    {
        resolve_year(q, d, today);
    }
    match q.date {
        Some(d) if d.year.is_some() => true,
        Some(d) if d.month.is_some() && d.day.is_some() => {
            let Some((a, b)) = Date {
                year: Some(2000),
                ..d
            }
            .day_range() else {
                return false;
            };
            q.value = a as f64;
            q.interval = quantity::Interval::closed(a as f64, b as f64);
            true
        }
        _ => false,
    }
}

/// Turns a negated bound into the opposite bound ("not more than 5" is at most 5, "not
/// less than 5" at least 5) and says whether it did; other figures are left as they are.
fn negate_bound(q: &mut Quantity) -> bool {
    use crate::quantity::{Hedge, Interval};
    let (hedge, interval) = match q.hedge {
        Hedge::MoreThan | Hedge::AtLeast => (
            Hedge::AtMost,
            Interval {
                lo: f64::NEG_INFINITY,
                hi: q.interval.lo,
                lo_open: true,
                hi_open: q.hedge == Hedge::AtLeast,
            },
        ),
        Hedge::LessThan | Hedge::AtMost => (
            Hedge::AtLeast,
            Interval {
                lo: q.interval.hi,
                hi: f64::INFINITY,
                lo_open: q.hedge == Hedge::AtMost,
                hi_open: true,
            },
        ),
        _ => return false,
    };
    q.hedge = hedge;
    q.interval = interval;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Mode, sentences};

    #[test]
    fn a_sentence_that_opens_with_a_pronoun_and_be_points_back() {
        let cases = [
            ("It was three hours.", true),
            ("With respect, Councillor, it was three hours.", true),
            ("Well, it’s closer to 9 percent.", true),
            ("I mean, they were at $123.8 million.", true),
            ("Yes, it is modest at the moment (1.5 percent).", true),
            // The figure set off after the clause that points, with a hedge.
            ("Yes, it is low at the moment, about 1.6 percent.", true),
            ("That's right, it's high, something like 45 percent.", true),
            // An opening with words of its own, or a subject named.
            (
                "And just to add to that, in Poland, it's more like 4 percent.",
                false,
            ),
            ("Unemployment is 6 percent.", false),
            ("The central bank wants it back at 2 percent.", false),
            // Restricted to the speaker's side.
            ("It is seven years for us.", false),
        ];
        for (text, pointing) in cases {
            let t = Transcript::parse(&format!("Anna Petrova: {text}\n")).unwrap();
            let s = sentences(&t);
            let c = claims(&t, &s);
            assert_eq!(c[0].pointing, pointing, "{text}");
        }
    }

    #[test]
    fn a_duration_is_a_window_only_after_a_preposition_of_time_span() {
        let kinds = |text: &str| {
            let t = Transcript::parse(&format!("Anna Petrova: {text}\n")).unwrap();
            let s = sentences(&t);
            claims(&t, &s)
                .iter()
                .map(|c| c.quantity.kind)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds("The average wait of the 300 callers was 47 minutes."),
            [Kind::Count, Kind::Duration]
        );
        // A number that names ("a category two call") is no figure at all.
        assert_eq!(
            kinds("The average wait for a category two call was 47 minutes."),
            [Kind::Duration]
        );
        assert_eq!(
            kinds("I will answer questions 1 and 4 together, on page 12."),
            []
        );
        assert_eq!(kinds("We built 20 schools in five years."), [Kind::Count]);
        assert_eq!(kinds("We hired 300 people over two years."), [Kind::Count]);
    }

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
    fn goals_and_reported_futures_have_their_own_modes() {
        let t = Transcript::parse(
            "Anna Petrova: We plan to complete the first stage in 2023.\n\
             Mark Ellis: It was announced at a meeting that it would be ready in 2020.\n\
             Anna Petrova: If we had the money, it would be ready in 2021.\n\
             Mark Ellis: The line will open in 2029.\n",
        )
        .unwrap();
        let s = sentences(&t);
        let c = claims(&t, &s);
        let modes: Vec<(Mode, bool)> = c.iter().map(|c| (c.mode, c.future)).collect();
        assert_eq!(
            modes,
            [
                (Mode::Target, false),
                (Mode::Assertion, false),
                (Mode::Hypothetical, false),
                (Mode::Assertion, true)
            ],
            "{c:?}"
        );
    }

    #[test]
    fn a_conditional_that_directs_the_listener_supposes_nothing() {
        let t = Transcript::parse(
            "Anna Petrova: If you go to this slide, we shared it at $2.7 million.\n\
             Mark Ellis: If I remember correctly, the hall cost 4 million.\n\
             Anna Petrova: If you cut the grant, 300 jobs go.\n",
        )
        .unwrap();
        let s = sentences(&t);
        let modes: Vec<Mode> = claims(&t, &s).iter().map(|c| c.mode).collect();
        assert_eq!(
            modes,
            [Mode::Assertion, Mode::Assertion, Mode::Hypothetical]
        );
    }

    #[test]
    fn what_changed_is_read_around_a_verb_or_a_noun_of_change() {
        let t = Transcript::parse(
            "Anna Petrova: Crime in the city centre fell by 10 percent.\n\
             Mark Ellis: Staff expect a 32% increase in electricity.\n\
             Anna Petrova: You will have a more realistic increase, around 12%.\n\
             Mark Ellis: Exports saw a sharp drop of 5 percent.\n\
             Anna Petrova: The imports dropped by 4 percent.\n\
             Mark Ellis: We have 300 schools.\n",
        )
        .unwrap();
        let s = sentences(&t);
        let c = claims(&t, &s);
        let changed: Vec<Vec<&str>> = c.iter().map(|c| c.changed.iter().collect()).collect();
        assert_eq!(
            changed,
            [
                vec!["crim", "city", "centr"],
                vec!["electricity"],
                vec![],
                vec!["export", "see"],
                vec!["import"],
                vec![],
            ],
            "{c:?}"
        );
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
