//! Building a [`Transcript`]: what a layout's parser found → the transcript.
//!
//! In: the text and, from a parser, speaker labels, turns, narration and
//! unattributed spans, in text order.
//!
//! Out: a [`Transcript`]. Labels are resolved to speakers as they come (a label
//! seen before, the same surname, a fuzzy match while there are few speakers; a
//! generic label is a new speaker each time); at the end the role labels of a
//! two-party interview (`Interviewer`/`Answer`, `Q`/`A`) become one person each (the
//! rule is on `merge_interview_roles`), a title-only speaker is
//! merged with the named one the text identifies, and the date is read from the
//! first narration.

use std::collections::HashMap;

use super::json::Decoded;
use super::speakers::{NameKey, strip_notes};
use super::{Layout, Speaker, TimeRange, Transcript, Turn};
use crate::quantity;
use crate::span::Span;

pub(super) struct Builder<'a> {
    pub(super) text: &'a str,
    layout: Layout,
    speakers: Vec<Speaker>,
    keys: Vec<NameKey>,
    turns: Vec<Turn>,
    narration: Vec<Span>,
    unattributed: Vec<Span>,
    generic_count: usize,
    /// Labels already resolved, for the common case of a label seen again.
    by_label: HashMap<String, usize>,
    /// Speakers by surname (or by title, for title-only labels).
    by_surname: HashMap<String, Vec<usize>>,
    /// The decoded text of JSON speech with escapes.
    decoded: Option<Decoded>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(text: &'a str, layout: Layout) -> Self {
        Builder {
            text,
            layout,
            speakers: Vec::new(),
            keys: Vec::new(),
            turns: Vec::new(),
            narration: Vec::new(),
            unattributed: Vec::new(),
            generic_count: 0,
            by_label: HashMap::new(),
            by_surname: HashMap::new(),
            decoded: None,
        }
    }

    /// The text the analysis reads, when it is not the input (JSON strings with escapes).
    pub(super) fn decoded(&mut self, decoded: Decoded) {
        self.decoded = Some(decoded);
    }

    /// The speaker a label names, added if new.
    pub(super) fn speaker_for(&mut self, label: &str) -> usize {
        let label = label.trim();
        let mut key = NameKey::of(label);
        // Speaker ids from speech recognition and subtitles are never generic.
        key.generic &= matches!(self.layout, Layout::Labelled | Layout::NameLines);
        if key.generic {
            self.generic_count += 1;
            let base = strip_notes(label);
            self.speakers.push(Speaker {
                name: format!("{base} #{}", self.generic_count),
                aliases: vec![label.to_string()],
                generic: true,
            });
            self.keys.push(key);
            return self.speakers.len() - 1;
        }
        if let Some(&i) = self.by_label.get(label) {
            return i;
        }
        // Exact surname (or title) first; a fuzzy scan of every speaker only while there are few.
        let index_key = key.index_key();
        let exact = self
            .by_surname
            .get(&index_key)
            .and_then(|c| c.iter().copied().find(|&i| self.keys[i].same_person(&key)));
        let found = exact.or_else(|| {
            (self.keys.len() <= 300)
                .then(|| {
                    self.keys
                        .iter()
                        .position(|k| !k.generic && k.same_person(&key))
                })
                .flatten()
        });
        if let Some(i) = found {
            self.by_label.insert(label.to_string(), i);
            let sp = &mut self.speakers[i];
            if !sp.aliases.iter().any(|a| a == label) {
                sp.aliases.push(label.to_string());
            }
            // Prefer the fuller name as the key (first name + surname).
            if key.name.len() > self.keys[i].name.len() {
                self.keys[i].name = key.name.clone();
            }
            if !key.name.is_empty() {
                sp.name = fuller_name(key.display.clone(), &sp.name);
            }
            return i;
        }
        self.speakers.push(Speaker {
            name: key.display.clone(),
            aliases: vec![label.to_string()],
            generic: false,
        });
        let i = self.speakers.len() - 1;
        self.by_surname.entry(index_key).or_default().push(i);
        self.by_label.insert(label.to_string(), i);
        self.keys.push(key);
        i
    }

    pub(super) fn push_turn(
        &mut self,
        speaker: usize,
        label: Option<Span>,
        span: Span,
        time: Option<TimeRange>,
    ) {
        let span = span.trim(self.text);
        self.turns.push(Turn {
            speaker,
            label,
            span,
            time,
        });
    }

    /// Extends the last turn to `end` (a continuation paragraph).
    pub(super) fn extend_turn(&mut self, end: usize) {
        if let Some(t) = self.turns.last_mut() {
            t.span.end = end;
            t.span = t.span.trim(self.text);
        }
    }

    pub(super) fn narrate(&mut self, span: Span) {
        let span = span.trim(self.text);
        if !span.is_empty() {
            self.narration.push(span);
        }
    }

    pub(super) fn unattributed(&mut self, span: Span) {
        let span = span.trim(self.text);
        if !span.is_empty() {
            self.unattributed.push(span);
        }
    }

    /// One person under a title and under a name (`THE PRESIDENT:` and `TRUMP:`): merged when the
    /// text joins them ("President Trump") and the two labels never answer each other.
    fn merge_title_labels(&mut self) {
        // A handful of labels at most: the search below reads the text once per pair.
        if self.speakers.len() > 40 {
            return;
        }
        // Only a title-only label (`THE PRESIDENT`) can be merged: most transcripts have none.
        if !self.keys.iter().any(|k| !k.generic && k.name.is_empty()) {
            return;
        }
        let lower_text = self.text.to_lowercase();
        let mut merges: Vec<(usize, usize)> = Vec::new();
        for t in 0..self.speakers.len() {
            let key = &self.keys[t];
            if key.generic || !key.name.is_empty() {
                continue;
            }
            let title: Vec<&str> = key
                .title
                .iter()
                .map(String::as_str)
                .filter(|w| *w != "the")
                .collect();
            if title.is_empty() {
                continue;
            }
            let title = title.join(" ");
            let candidates: Vec<usize> = (0..self.speakers.len())
                .filter(|&n| n != t && !self.keys[n].generic && !self.keys[n].name.is_empty())
                .filter(|&n| {
                    let surname = self.keys[n].name.last().map(String::as_str).unwrap_or("");
                    lower_text.contains(&format!("{title} {surname}"))
                })
                .collect();
            let [n] = candidates[..] else { continue };
            let adjacent = self.turns.windows(2).any(|w| {
                (w[0].speaker == t && w[1].speaker == n) || (w[0].speaker == n && w[1].speaker == t)
            });
            if !adjacent {
                merges.push((t, n));
            }
        }
        if merges.is_empty() {
            return;
        }
        self.merge_speakers(&merges);
    }

    /// Merges each `(from, into)` pair of speakers (aliases joined), drops the merged
    /// speakers and renumbers the rest in order.
    fn merge_speakers(&mut self, merges: &[(usize, usize)]) {
        let mut remap: Vec<usize> = (0..self.speakers.len()).collect();
        for &(t, n) in merges {
            remap[t] = n;
            let aliases = std::mem::take(&mut self.speakers[t].aliases);
            for a in aliases {
                if !self.speakers[n].aliases.contains(&a) {
                    self.speakers[n].aliases.push(a);
                }
            }
        }
        // Drop the merged speakers and renumber the rest.
        let mut new_index = vec![0; self.speakers.len()];
        let mut kept = Vec::new();
        let mut kept_keys = Vec::new();
        for (i, (sp, key)) in self.speakers.drain(..).zip(self.keys.drain(..)).enumerate() {
            if remap[i] == i {
                new_index[i] = kept.len();
                kept.push(sp);
                kept_keys.push(key);
            }
        }
        for turn in &mut self.turns {
            turn.speaker = new_index[remap[turn.speaker]];
        }
        self.speakers = kept;
        self.keys = kept_keys;
    }

    /// Role labels in a two-party interview are one person each.
    ///
    /// The rule, from the transcript's shape: the asking roles (`Question`, `Q`,
    /// `Interviewer`) and the answering side — the answering roles (`Answer`, `A`,
    /// `Reply`, `Response`, `Interviewee`) or else one named speaker — make up at least
    /// 80% of the turns, and at least 80% of the turns next to an asking turn are the
    /// answering side. Then every answering role is one person (`Answer`), and so is
    /// every asking role when the answers are roles too (a Q/A interview) or the asker
    /// is an `Interviewer`. `Question:` answered by a named speaker (a news conference,
    /// a press briefing) stays a different journalist each time, and so does every
    /// role label in a transcript of another shape.
    fn merge_interview_roles(&mut self) {
        #[derive(Clone, Copy, PartialEq)]
        enum Side {
            Ask,
            AnswerRole,
            Other(usize),
        }
        let role = |sp: &Speaker| -> Option<Side> {
            if !sp.generic {
                return None;
            }
            let base = strip_notes(sp.aliases.first()?).to_lowercase();
            match base.trim_end_matches(['.', ':']) {
                "question" | "q" | "interviewer" => Some(Side::Ask),
                "answer" | "a" | "reply" | "response" | "interviewee" => Some(Side::AnswerRole),
                _ => None,
            }
        };
        let sides: Vec<Side> = self
            .turns
            .iter()
            .map(|t| role(&self.speakers[t.speaker]).unwrap_or(Side::Other(t.speaker)))
            .collect();
        let asks = sides.iter().filter(|&&s| s == Side::Ask).count();
        let answer_roles = sides.iter().filter(|&&s| s == Side::AnswerRole).count();
        if asks < 2 {
            return;
        }
        // The answering side: the answering roles, or else the one named speaker who answers.
        let answer_side: Vec<Side> = if answer_roles > 0 {
            vec![Side::AnswerRole]
        } else {
            let mut others: Vec<usize> = sides
                .iter()
                .filter_map(|s| match s {
                    Side::Other(i) => Some(*i),
                    _ => None,
                })
                .collect();
            others.sort_unstable();
            others.dedup();
            match others[..] {
                [one] => vec![Side::Other(one)],
                _ => return,
            }
        };
        let on_side = |s: &Side| *s == Side::Ask || answer_side.contains(s);
        let in_shape = sides.iter().filter(|s| on_side(s)).count();
        let mut next_to_ask = 0;
        let mut answered = 0;
        for w in sides.windows(2) {
            if w[0] == Side::Ask || w[1] == Side::Ask {
                next_to_ask += 1;
                let other = if w[0] == Side::Ask { w[1] } else { w[0] };
                answered += usize::from(answer_side.contains(&other));
            }
        }
        if in_shape * 5 < sides.len() * 4 || answered * 5 < next_to_ask * 4 {
            return;
        }
        let interviewer = self.speakers.iter().any(|sp| {
            role(sp) == Some(Side::Ask)
                && strip_notes(&sp.aliases[0])
                    .to_lowercase()
                    .starts_with("interviewer")
        });
        let merge_asks = answer_roles > 0 || interviewer;
        // Each role label (as written, without notes) becomes one speaker: its first speaker.
        let mut first_of: HashMap<String, usize> = HashMap::new();
        let mut merges = Vec::new();
        for i in 0..self.speakers.len() {
            let Some(side) = role(&self.speakers[i]) else {
                continue;
            };
            if side == Side::Ask && !merge_asks {
                continue;
            }
            let base = strip_notes(&self.speakers[i].aliases[0]);
            let into = *first_of.entry(base.to_lowercase()).or_insert(i);
            let sp = &mut self.speakers[i];
            if into == i {
                sp.name = base;
                sp.generic = false;
                self.keys[i].generic = false;
            } else {
                merges.push((i, into));
            }
        }
        self.merge_speakers(&merges);
    }

    pub(super) fn finish(mut self) -> Transcript {
        self.merge_interview_roles();
        self.merge_title_labels();
        let date = self
            .narration
            .iter()
            .take(6)
            .find_map(|s| quantity::find_date(&self.text[s.range()]));
        let labels: Vec<Span> = self.turns.iter().filter_map(|t| t.label).collect();
        let warnings = super::warn::one_speaker(self.text, self.speakers.len(), &labels)
            .into_iter()
            .collect();
        // Kept as long as the transcript: no spare capacity.
        self.turns.shrink_to_fit();
        self.narration.shrink_to_fit();
        self.unattributed.shrink_to_fit();
        Transcript {
            text: self.text.to_string(),
            layout: self.layout,
            speakers: self.speakers,
            turns: self.turns,
            narration: self.narration,
            unattributed: self.unattributed,
            date,
            decoded: self.decoded.map(Box::new),
            warnings,
        }
    }
}

/// Of two display names for one person, the one with more name words (a first name and
/// surname over a surname); the current one on a tie.
fn fuller_name(new: String, current: &str) -> String {
    if current.split_whitespace().count() >= new.split_whitespace().count() {
        current.to_string()
    } else {
        new
    }
}
