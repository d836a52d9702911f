//! Stage 1: text → [`Transcript`] (speakers and their turns).
//!
//! In: the transcript as published — `Name: text` lines, `Name said:` headers,
//! label-only lines (`Name: (mm:ss)`), ALL-CAPS labels, parliamentary name
//! lines, WebVTT, SRT or JSON turns. The layout is detected, or chosen with
//! [`Transcript::parse_as`].
//!
//! Out: a [`Transcript`] that owns the text and lists its [`Speaker`]s (one per
//! person, with every label that named them) and its [`Turn`]s as byte spans.
//! Every non-whitespace byte of the input lies in a turn (or its label), in
//! narrator text (editorial paragraphs, headings, stage directions,
//! separators), or in the list of unattributed spans.
//!
//! Inside: `detect` chooses the layout; `labelled`, `cues` and `json` read the
//! labelled (and name-line), subtitle and JSON layouts, helped by `lines` (what
//! kind of line this is), `label` (whether text reads as a speaker label) and
//! `time` (time codes); `build` gathers what they find into the [`Transcript`],
//! resolving each label to a speaker with `speakers` (names and aliases).

use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, Result};
use crate::quantity::Date;
use crate::span::Span;

mod build;
mod cues;
mod detect;
mod json;
mod label;
mod labelled;
mod lines;
mod speakers;
mod time;
mod warn;

pub use detect::detect_layout;
pub use warn::Warning;

use build::Builder;
use cues::parse_cues;
use json::parse_json;
use labelled::parse_labelled;

/// How the transcript is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Layout {
    /// Speaker labels in the text: `Name: text`, `Name said:`, `Name:` on its own line.
    Labelled,
    /// A speaker's name alone on a line, without a colon, the speech below (Hansard).
    NameLines,
    /// WebVTT subtitles, speakers in `<v Name>` tags or `Name:` prefixes.
    WebVtt,
    /// SRT subtitles, speakers as `Name:` or `[SPEAKER_00]:` prefixes.
    Srt,
    /// JSON turns: an array of `{"speaker", "text", "start", "end"}` objects, or an
    /// object with them under `utterances` (AssemblyAI, Deepgram), `segments` (Whisper,
    /// WhisperX), `turns` or `results`.
    Json,
}

/// One person (or one anonymous voice) who speaks in the transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name: the shortest full label, or the person's name taken from it.
    pub name: String,
    /// Every label that named this speaker, as written.
    pub aliases: Vec<String>,
    /// A generic label (`Question`, `Remark`): a different person at each turn. In a
    /// two-party interview (an asking and an answering role alternating, or an
    /// `Interviewer` and one named guest) each role label is one person, not generic;
    /// `Question:` answered by a named speaker (a news conference) stays generic.
    pub generic: bool,
}

/// Start and end time of a turn, in milliseconds, where the layout gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    /// Start, in milliseconds from the beginning of the recording.
    pub start_ms: u64,
    /// End, when known.
    pub end_ms: Option<u64>,
}

impl std::fmt::Display for TimeRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.start_ms / 1000;
        write!(f, "{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    }
}

/// One stretch of speech by one speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// Index into [`Transcript::speakers`].
    pub speaker: usize,
    /// The label that introduced the turn, if any.
    pub label: Option<Span>,
    /// The words spoken (without the label).
    pub span: Span,
    /// When it was said, if the layout gives times.
    pub time: Option<TimeRange>,
}

/// A parsed transcript: the text, its speakers and their turns.
#[derive(Debug, Clone)]
pub struct Transcript {
    text: String,
    layout: Layout,
    speakers: Vec<Speaker>,
    turns: Vec<Turn>,
    narration: Vec<Span>,
    unattributed: Vec<Span>,
    date: Option<Date>,
    /// The text the analysis reads, when it differs from the input.
    decoded: Option<Box<json::Decoded>>,
    warnings: Vec<Warning>,
}

impl Transcript {
    /// Parses a transcript, detecting its layout.
    ///
    /// ```
    /// use discrepancy::Transcript;
    /// let t = Transcript::parse("Anna Petrova: We have 200 branches.\nMark Ellis: No, 260.\n")?;
    /// assert_eq!(t.speakers().len(), 2);
    /// assert_eq!(t.turn_text(&t.turns()[1]), "No, 260.");
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Transcript> {
        let (layout, evidence, classified) = detect::detect(text);
        let mut t = Self::parse_classified(text, layout, classified)?;
        // A layout chosen by the caller is no guess.
        if let Some(w) = warn::weak_layout(text, layout, evidence) {
            t.warnings.insert(0, w);
        }
        Ok(t)
    }

    /// Parses raw bytes, which must be UTF-8 (a leading BOM is kept as text and ignored).
    pub fn from_bytes(bytes: &[u8]) -> Result<Transcript> {
        let text = std::str::from_utf8(bytes).map_err(|e| ErrorKind::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        Self::parse(text)
    }

    /// Parses a transcript in the given layout.
    pub fn parse_as(text: &str, layout: Layout) -> Result<Transcript> {
        Self::parse_classified(text, layout, None)
    }

    /// Parses in `layout`, with the lines already classified if detection did it.
    fn parse_classified<'a>(
        text: &'a str,
        layout: Layout,
        classified: Option<detect::Classified<'a>>,
    ) -> Result<Transcript> {
        // A BOM or a zero-width space alone is no text either.
        if text
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{ad}'))
        {
            return Err(ErrorKind::Empty.into());
        }
        let mut b = Builder::new(text, layout);
        match layout {
            Layout::Labelled => parse_labelled(&mut b, false, classified),
            Layout::NameLines => parse_labelled(&mut b, true, classified),
            Layout::WebVtt => parse_cues(&mut b, true)?,
            Layout::Srt => parse_cues(&mut b, false)?,
            Layout::Json => parse_json(&mut b)?,
        }
        Ok(b.finish())
    }

    /// Builds a transcript from `(speaker, text)` turns: the text becomes
    /// `speaker: text` lines, one per turn, and spans point into it.
    ///
    /// ```
    /// use discrepancy::Transcript;
    /// let t = Transcript::from_turns([("Anna", "It costs $3 billion."), ("Mark", "No, $4 billion.")])?;
    /// assert_eq!(t.text(), "Anna: It costs $3 billion.\nMark: No, $4 billion.\n");
    /// assert_eq!(t.speakers()[1].name, "Mark");
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    pub fn from_turns<S, T, I>(turns: I) -> Result<Transcript>
    where
        S: AsRef<str>,
        T: AsRef<str>,
        I: IntoIterator<Item = (S, T)>,
    {
        let mut text = String::new();
        let mut raw = Vec::new();
        for (speaker, words) in turns {
            let speaker = speaker.as_ref().trim();
            let words = words.as_ref().replace(['\n', '\r'], " ");
            let label_start = text.len();
            text.push_str(speaker);
            let label = Span::new(label_start, text.len());
            text.push_str(": ");
            let start = text.len();
            text.push_str(words.trim());
            raw.push((speaker.to_string(), label, Span::new(start, text.len())));
            text.push('\n');
        }
        if text.trim().is_empty() {
            return Err(ErrorKind::Empty.into());
        }
        let mut b = Builder::new(&text, Layout::Labelled);
        for (name, label, span) in raw {
            let sp = b.speaker_for(&name);
            b.push_turn(sp, Some(label), span, None);
        }
        Ok(b.finish())
    }

    /// Sets the date of the event, used to resolve "last year", "two months ago".
    ///
    /// A [`Date`] built by hand that covers no day ([`Date::day_range`] is `None`: a
    /// month of 13, a year beyond [`Date::MAX_YEAR`]) is kept, but resolves nothing: the
    /// analysis reads the transcript as if it had no date. [`Date::new`] checks one first.
    pub fn with_date(mut self, date: Date) -> Transcript {
        self.date = Some(date);
        self
    }

    /// The whole input text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The layout the text was read in.
    pub fn layout(&self) -> Layout {
        self.layout
    }

    /// The speakers, in order of first appearance.
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    /// The turns, in text order.
    pub fn turns(&self) -> &[Turn] {
        &self.turns
    }

    /// Narrator text: editorial paragraphs, headings, stage directions, separators.
    pub fn narration(&self) -> &[Span] {
        &self.narration
    }

    /// Text that could be given to no speaker (for instance subtitle cues without a voice).
    pub fn unattributed(&self) -> &[Span] {
        &self.unattributed
    }

    /// Signs that the transcript may have been read wrong: one speaker read in what
    /// looks like a dialogue, a layout guessed on little evidence. Empty for most.
    ///
    /// ```
    /// use discrepancy::{Transcript, transcript::Warning};
    /// let t = Transcript::parse("anna: did you sell 40 cars?\nmark: no, 50.\nanna: are you sure?\nmark: yes.\n")?;
    /// assert!(matches!(t.warnings(), [Warning::OneSpeaker { unread_labels: 4, .. }]));
    /// assert!(Transcript::parse("Anna: We sold 40.\nMark: No, 50.\n")?.warnings().is_empty());
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The date of the event, if the transcript states it (or it was set).
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// The text the later stages read: the input itself, except in the JSON layout,
    /// where the strings of the speech are decoded in place (`\"` → `"`, `\u2013` →
    /// `–`, `\n` → a line break). Sentence and figure spans index this text;
    /// [`source_span`](Self::source_span) maps them back onto the input.
    ///
    /// ```
    /// use discrepancy::Transcript;
    /// let t = Transcript::parse(r#"[{"speaker": "A", "text": "It is \"40\" cars."}]"#)?;
    /// assert_eq!(t.turn_text(&t.turns()[0]), "It is \"40\" cars.");
    /// let span = t.analysis_span(&t.turns()[0]);
    /// assert_eq!(&t.text()[t.source_span(span).range()], r#"It is \"40\" cars."#);
    /// # Ok::<(), discrepancy::Error>(())
    /// ```
    pub fn analysis_text(&self) -> &str {
        self.decoded.as_ref().map_or(&self.text, |d| &d.text)
    }

    /// Where a turn's words are in [`analysis_text`](Self::analysis_text) (its
    /// [`Turn::span`] is where they are written in the input).
    pub fn analysis_span(&self, turn: &Turn) -> Span {
        self.decoded
            .as_ref()
            .map_or(turn.span, |d| d.to_decoded(turn.span))
    }

    /// The bytes of the input that a span of [`analysis_text`](Self::analysis_text)
    /// was read from (the same span, outside JSON strings with escapes).
    pub fn source_span(&self, span: Span) -> Span {
        self.decoded.as_ref().map_or(span, |d| d.to_source(span))
    }

    /// The words of a turn, as the analysis reads them (JSON escapes decoded): `""`
    /// for a turn of another transcript whose span does not slice this text.
    pub fn turn_text(&self, turn: &Turn) -> &str {
        self.analysis_text()
            .get(self.analysis_span(turn).range())
            .unwrap_or_default()
    }

    /// The canonical name of a turn's speaker: `""` for a turn of another transcript
    /// whose speaker this one does not have.
    pub fn speaker_name(&self, turn: &Turn) -> &str {
        self.speakers
            .get(turn.speaker)
            .map_or("", |s| s.name.as_str())
    }
}
