//! Stage 4: sentences and quantities → [`Claim`]s.
//!
//! In: a [`Transcript`]. Out: every figure a speaker states, as a claim:
//! who said it, the [`Quantity`], what it is about (stemmed content words of
//! its clause and sentence, and the counted noun), its scope (period and
//! sub-scope words), and its [`Mode`] — an assertion, a question waiting for
//! its answer, a projection or counterfactual (not a claim of fact), a
//! negated statement. Bare replies ("No, about 3 million.") are marked so the
//! alignment stage can give them the topic and unit of the turn they answer.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::quantity::{self, Quantity};
use crate::span::Span;
#[cfg(doc)]
use crate::transcript::Transcript;

mod build;
mod clause;
mod mode;
mod period;
mod phrases;
mod scope;
mod sentence;
mod stem;
mod words;

pub use build::claims;
pub(crate) use build::push_kept;
pub(crate) use clause::text_before;
pub use clause::{is_increment, rate_after};
pub(crate) use scope::{contrast_mask, masks_contrast, place_words};
pub use scope::{contrasted, is_subscope};
pub(crate) use sentence::of_sentence;
pub use sentence::{sentences, utterance_speakers};
pub use stem::{change_of, direction};
pub(crate) use stem::{change_of_form, phrasal_change, stem_word};
pub(crate) use words::WordHasher;
pub(crate) use words::{content_stems, is_stopword};

/// How a figure is put forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Stated as fact.
    Assertion,
    /// Asked ("Is it 4.2 percent?"): decided by the reply.
    Question,
    /// A projection or counterfactual ("could lose", "would be", "if ..."): not a claim of fact.
    Hypothetical,
    /// A goal, plan or task ("we plan to finish in 2023", "our target is 5 percent"): no
    /// claim of fact, but comparable with another speaker's goal for the same thing.
    Target,
    /// Another party's figure reported by the speaker ("the newspaper says").
    Reported,
}

/// A sentence of a turn, with the features alignment needs.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Where it is in the transcript's [`analysis_text`](crate::Transcript::analysis_text)
    /// (the input, but for JSON escapes; [`source_span`](crate::Transcript::source_span)
    /// maps it onto the input).
    pub span: Span,
    /// Index of its turn.
    pub turn: usize,
    /// Index of its utterance: a run of consecutive turns by one speaker (subtitle cues, paragraphs
    /// split by a stage direction) — the unit of dialogue.
    pub utt: usize,
    /// Speaker index.
    pub speaker: usize,
    /// Stemmed content words (shared with the claims whose clause is the whole sentence).
    pub words: Words,
    /// Ends with a question mark.
    pub question: bool,
    /// Opens with a confirmation ("Yes", "Right", "Correct").
    pub confirms: bool,
    /// Opens with a denial or correction ("No,", "Actually", "let me clarify").
    pub corrects: bool,
    /// Opens with a denial or correction word ("No,", "Not quite", "Actually"), not
    /// merely holding a correction phrase somewhere ("although", "let me clarify").
    pub opens_correcting: bool,
    /// Refers to the other speaker's words ("as you mentioned", "you are correct that").
    pub attributes: bool,
    /// Holds a negation ("not", "n't", "never").
    pub negated: bool,
    /// Holds a word of [`lexicon::UNIVERSALS`](crate::lexicon::UNIVERSALS) ("all",
    /// "every", "entire"): it may claim something of a whole kind.
    pub universal: bool,
    /// Breaks off unfinished, cut short by the other speaker ("And production on gas —"):
    /// ends with a dash.
    pub interrupted: bool,
    /// Hands the floor to a speaker in at most four content words ("Governor, your
    /// response.", "Senator, your rebuttal."; [`lexicon::FLOOR_PASSING`](crate::lexicon::FLOOR_PASSING)).
    pub passes_floor: bool,
    /// Speaks of the listener ("you", "your").
    pub second_person: bool,
    /// Speaks of the speaker ("I", "my", "we").
    pub first_person: bool,
    /// States the speaker's own figure ("we have", "our region", "I have").
    pub own: bool,
    /// Position of the sentence in its utterance (0 = first).
    pub index_in_turn: usize,
    /// What the sentence does in the conversation, read from its own words (see
    /// [`crate::dialogue`], which also reads the sentences around it).
    pub act: crate::dialogue::Act,
    /// A question that opens with an auxiliary verb ("Has the contractor started?",
    /// "And is it 12 percent?"): a yes or a no answers it, not a fragment such as "But
    /// on the volume itself?".
    pub asks_whether: bool,
}

/// One figure stated by one speaker.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Speaker index into [`Transcript::speakers`].
    pub speaker: usize,
    /// Turn index into [`Transcript::turns`].
    pub turn: usize,
    /// Utterance index (see [`Sentence::utt`]).
    pub utt: usize,
    /// Index into the sentence list returned with the claims.
    pub sentence: usize,
    /// The figure.
    pub quantity: Quantity,
    /// Stemmed content words of the clause around the figure.
    pub clause_words: Words,
    /// Which of [`clause_words`](Self::clause_words) stand in the part of the clause
    /// between the commas around the figure (or after a report's "that"), as a range of
    /// indices: "new depot electric bus" in "Just to set the scene, the new depot has 40
    /// electric buses, and …" (a word said earlier in the clause is not among them); all
    /// of them when the clause has no comma. Empty for a figure not stated plainly
    /// (asked, planned, supposed) and for a year, a date, a weekday or a rank. See
    /// [`Claim::phrase_words`].
    pub phrase: std::ops::Range<u16>,
    /// Stemmed words right after the figure: the thing counted ("schools").
    pub head: Words,
    /// The period the figure is about, when stated: a year, or a relative label.
    pub period: Option<Period>,
    /// Sub-scope words ("federal", "regional").
    pub subscope: Box<[&'static str]>,
    /// Places the sentence puts its figures in ("Azerbaijan", "Khabarovsk Territory"), stemmed.
    pub places: Words,
    /// How it is put forward.
    pub mode: Mode,
    /// Its clause speaks of what will be ("will open in 2029", "is going to cost"): it
    /// may be compared with another speaker's goal or plan.
    pub future: bool,
    /// The figure is negated ("there are not two million").
    pub negated: bool,
    /// A figure with nothing of its own to say what it counts ("No, about 3 million.").
    pub bare: bool,
    /// "... each": a per-item figure (`10 percent each`).
    pub each: bool,
    /// The figure is the level a change ends at ("fell to 43 percent", "rose to $5
    /// billion"), not the size of the change ("fell by 25 percent").
    pub level_after_change: bool,
    /// A part of a larger figure ("this includes 400 billion for ..."): not comparable with the whole.
    pub part: bool,
    /// The time a rate is given per ("300 cars a day": a day), when stated right after it.
    pub per: Option<quantity::TimeUnit>,
    /// What the clause says changed, stemmed: the words before its first word of change
    /// ("crime", "citi", "centr" in "Crime in the city centre fell by 10 percent"); when
    /// that word is a noun, what follows it ("electricity" in "a 32% increase in
    /// electricity") or, with nothing after it, the words before its noun phrase. Empty
    /// when the clause has no word of change.
    pub changed: Words,
    /// The figure's sentence opens, after openers, with a pronoun that points back and a
    /// verb that gives it the figure ("It was three hours.", "Well, that's 4 percent."):
    /// it names nothing of its own and speaks of what was just said.
    pub pointing: bool,
}

impl Claim {
    /// The words of the figure's [`phrase`](Self::phrase), stemmed.
    ///
    /// ```
    /// use discrepancy::{Transcript, claim};
    /// let text = "Anna Petrova: To set the scene, the new depot has 40 electric buses.\n";
    /// let t = Transcript::parse(text).unwrap();
    /// let sents = claim::sentences(&t);
    /// let claims = claim::claims(&t, &sents);
    /// let words: Vec<&str> = claims[0].phrase_words().collect();
    /// assert_eq!(words, ["new", "depot", "electric", "bus"]);
    /// // (The clause's words hold what stands before the comma too.)
    /// assert!(claims[0].clause_words.iter().any(|w| w == "scen"));
    /// ```
    pub fn phrase_words(&self) -> impl Iterator<Item = &str> {
        self.clause_words
            .iter()
            .skip(self.phrase.start as usize)
            .take(self.phrase.len())
    }
}

/// A stemmed word, stored inline (no allocation for words of up to 24 bytes). Kept
/// inside the crate: the public functions give `String`s.
pub(crate) type Word = compact_str::CompactString;

/// Stems an English word: lower case, possessive and common suffixes removed,
/// irregular forms of a few verbs and nouns mapped to one stem.
///
/// ```
/// use discrepancy::claim::stem;
/// assert_eq!(stem("Schools"), "school");
/// assert_eq!(stem("Russia's"), "russia");
/// assert_eq!(stem("grew"), "grow");
/// assert_eq!(stem("increased"), stem("increase"));
/// ```
pub fn stem(word: &str) -> String {
    stem_word(word).into()
}

/// The stemmed content words of `s`, each once, in order: no stop words, no words
/// shorter than three letters or holding a digit; hyphenated words split.
///
/// ```
/// use discrepancy::claim::content_words;
/// assert_eq!(
///     content_words("The Russian-language schools of Azerbaijan"),
///     ["russian", "languag", "school", "azerbaijan"]
/// );
/// ```
pub fn content_words(s: &str) -> Vec<String> {
    content_stems(s).into_iter().map(String::from).collect()
}

/// A list of stemmed words packed into one shared string, a space between words.
///
/// A transcript keeps hundreds of thousands of stemmed words with its sentences and
/// claims. Packed, five words take one allocation of about their letters; as separate
/// strings they took 24 bytes each. Cloning shares the string; an empty list allocates
/// nothing.
///
/// ```
/// use discrepancy::claim::Words;
/// let w: Words = ["russian", "school"].into_iter().collect();
/// assert_eq!(w.len(), 2);
/// assert!(w.contains("school") && w.contains("russian") && !w.contains("schools"));
/// assert!(!w.contains("") && !w.contains("school russian") && !Words::default().contains(""));
/// assert_eq!(w.iter().collect::<Vec<_>>(), ["russian", "school"]);
/// let odd: Words = ["", "two words"].into_iter().collect();
/// assert_eq!(odd.iter().collect::<Vec<_>>(), ["two", "words"]);
/// assert!(Words::default().is_empty() && Words::default().len() == 0);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Words(Option<Arc<str>>);

impl Words {
    /// The words, in order.
    pub fn iter(&self) -> std::str::SplitTerminator<'_, char> {
        self.as_str().split_terminator(' ')
    }

    /// How many words there are.
    pub fn len(&self) -> usize {
        match &self.0 {
            None => 0,
            Some(s) => s.bytes().filter(|&b| b == b' ').count() + 1,
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// Whether `word` is one of them.
    pub fn contains(&self, word: &str) -> bool {
        // Byte by byte, each word compared where it starts: no searcher per call.
        let (all, w) = (self.as_str().as_bytes(), word.as_bytes());
        if w.is_empty() {
            return false;
        }
        let mut at = 0;
        while at <= all.len() {
            let next = all[at..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(all.len(), |p| at + p);
            if &all[at..next] == w {
                return true;
            }
            at = next + 1;
        }
        false
    }

    /// The words as one string, a space between words.
    pub fn as_str(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }
}

/// Empty words are left out, and a word holding spaces counts as the words between them.
impl<S: AsRef<str>> FromIterator<S> for Words {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Words {
        let mut packed = String::new();
        for w in iter {
            for part in w.as_ref().split(' ').filter(|p| !p.is_empty()) {
                if !packed.is_empty() {
                    packed.push(' ');
                }
                packed.push_str(part);
            }
        }
        Words((!packed.is_empty()).then(|| Arc::from(packed)))
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The time a figure refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// A calendar year, with a part of it when stated ("first quarter", "first six months").
    Year(i32, Option<&'static str>),
    /// A period relative to an unknown date ("last year", "this year").
    Relative(&'static str),
}

impl Period {
    /// Whether two periods can be the same period.
    pub fn compatible(&self, other: &Period) -> bool {
        match (self, other) {
            (Period::Year(a, pa), Period::Year(b, pb)) => {
                a == b && (pa.is_none() || pb.is_none() || pa == pb || is_part_of_year(pa, pb))
            }
            (Period::Relative(a), Period::Relative(b)) => a == b,
            _ => true,
        }
    }
}

fn is_part_of_year(a: &Option<&'static str>, b: &Option<&'static str>) -> bool {
    // A half and a quarter inside it can be the same period when one speaker is loose
    // ("in the first half" for a figure of the second quarter); two quarters, or a
    // quarter and the full year, cannot.
    fn half(p: &str) -> &str {
        match p {
            "q1" | "q2" => "h1",
            "q3" | "q4" => "h2",
            x => x,
        }
    }
    match (a, b) {
        (Some(x), Some(y)) if x.starts_with('h') && y.starts_with('q') => *x == half(y),
        (Some(x), Some(y)) if y.starts_with('h') && x.starts_with('q') => *y == half(x),
        (x, y) => x == y,
    }
}
