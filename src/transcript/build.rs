//! Building a [`Transcript`]: what a layout's parser found → the transcript.
//!
//! In: the text and, from a parser, speaker labels, turns, narration and
//! unattributed spans, in text order.
//!
//! Out: a [`Transcript`]. Labels are resolved to speakers as they come (a label
//! seen before, the same surname, a fuzzy match while there are few speakers; a
//! generic label is a new speaker each time); at the end a title-only speaker is
//! merged with the named one the text identifies, and the date is read from the
//! first narration.

use std::collections::HashMap;

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
        }
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
        let mut remap: Vec<usize> = (0..self.speakers.len()).collect();
        for &(t, n) in &merges {
            remap[t] = n;
            let aliases = std::mem::take(&mut self.speakers[t].aliases);
            self.speakers[n].aliases.extend(aliases);
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

    pub(super) fn finish(mut self) -> Transcript {
        self.merge_title_labels();
        let date = self
            .narration
            .iter()
            .take(6)
            .find_map(|s| quantity::find_date(&self.text[s.range()]));
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
