//! Stage 4: sentences and quantities → [`Claim`]s.
//!
//! In: a [`Transcript`]. Out: every figure a speaker states, as a claim:
//! who said it, the [`Quantity`], what it is about (stemmed content words of
//! its clause and sentence, and the counted noun), its scope (period and
//! sub-scope words), and its [`Mode`] — an assertion, a question waiting for
//! its answer, a projection or counterfactual (not a claim of fact), a
//! negated statement. Bare replies ("No, about 3 million.") are marked so the
//! alignment stage can give them the topic and unit of the turn they answer.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;
use serde::{Deserialize, Serialize};

use crate::lexicon;
use crate::quantity::{self, Date, Hedge, Kind, Quantity};
use crate::segment;
use crate::span::Span;
use crate::transcript::Transcript;

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
    /// Another party's figure reported by the speaker ("the newspaper says").
    Reported,
}

/// A sentence of a turn, with the features alignment needs.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Where it is.
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
    /// Refers to the other speaker's words ("as you mentioned", "you are correct that").
    pub attributes: bool,
    /// Holds a negation ("not", "n't", "never").
    pub negated: bool,
    /// Speaks of the listener ("you", "your").
    pub second_person: bool,
    /// Speaks of the speaker ("I", "my", "we").
    pub first_person: bool,
    /// States the speaker's own figure ("we have", "our region", "I have").
    pub own: bool,
    /// Position of the sentence in its utterance (0 = first).
    pub index_in_turn: usize,
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
}

/// A stemmed word, stored inline (no allocation for words of up to 24 bytes).
pub type Word = compact_str::CompactString;

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
/// assert!(w.contains("school") && !w.contains("schools"));
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
        self.iter().any(|w| w == word)
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

/// Words that carry no topic.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "actually",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyway",
    "approximately",
    "are",
    "aren't",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "course",
    "did",
    "do",
    "does",
    "doing",
    "don't",
    "down",
    "during",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "exactly",
    "fact",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "into",
    "is",
    "isn't",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "know",
    "least",
    "less",
    "let",
    "like",
    "many",
    "may",
    "me",
    "more",
    "most",
    "much",
    "must",
    "my",
    "nearly",
    "need",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "percent",
    "cent",
    "please",
    "quite",
    "rather",
    "really",
    "roughly",
    "right",
    "said",
    "same",
    "say",
    "see",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "thank",
    "thanks",
    "that",
    "that's",
    "the",
    "their",
    "them",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "they're",
    "thing",
    "things",
    "think",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "we're",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yes",
    "yet",
    "you",
    "you're",
    "your",
    "yours",
    "mr",
    "mrs",
    "ms",
    "president",
    "colleagues",
    "figure",
    "figures",
    "number",
    "total",
    "already",
    "ok",
    "okay",
    "sure",
    "want",
    "would",
    "get",
    "got",
    "go",
    "going",
    "make",
    "made",
    "way",
    "lot",
    "lots",
    "also",
    "mention",
    "mentioned",
    "correct",
    "clarify",
    "bit",
    "little",
    "year",
    "years",
    "month",
    "months",
    "today",
    "last",
    "next",
    "first",
    "second",
    "day",
    "days",
    "time",
    "times",
    "half",
    "quarter",
    "billion",
    "million",
    "thousand",
    "hundred",
    "trillion",
    "dollars",
    "rubles",
    "roubles",
    "euros",
    "bn",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "dozen",
    "reach",
    "come",
    "amount",
    "amounts",
    "equal",
    "around",
    "some",
    "over",
    "nearly",
    "almost",
    "approximately",
    "present",
    "currently",
    "period",
    "end",
    "beginning",
    "far",
    "forecast",
    "expect",
    "expected",
    "only",
    "another",
    "per",
    "cent",
    "end",
    "least",
    "already",
    "certainly",
    "probably",
    "perhaps",
    "maybe",
    "believe",
    "say",
    "says",
    "told",
    "tell",
    "think",
    "know",
    "knew",
    "see",
    "look",
    "mean",
    "means",
    "given",
    "include",
    "including",
    "level",
    "rate",
    "share",
    "part",
];

/// A small multiplicative hasher for word keys: the stop-word set is fixed, and the
/// alignment's maps are rebuilt for every transcript and never see untrusted keys in
/// numbers that matter, so SipHash's protection is not worth its cost.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

/// Whether a lower-case word carries no topic.
fn is_stopword(w: &str) -> bool {
    type Set = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<WordHasher>>;
    static SET: OnceLock<Set> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(w)
}

/// Sub-scope words: figures under different ones are about different things.
const SUBSCOPES: &[&str] = &[
    "federal",
    "regional",
    "municipal",
    "local",
    "national",
    "global",
    "domestic",
    "foreign",
    "urban",
    "rural",
    "public",
    "private",
    "state",
    "international",
    "internal",
    "external",
    "military",
    "civilian",
    "primary",
    "secondary",
    "gross",
    "net",
    "nominal",
    "real",
    "annual",
    "monthly",
    "daily",
    "weekly",
    "excluding",
    "including",
    "import",
    "export",
    "imports",
    "exports",
];

/// The direction of change a clause states: +1 for a rise ("rose", "increased", "grew"),
/// -1 for a fall ("fell", "declined", "dropped"), 0 for none or both. Takes stemmed
/// content words, as in [`Claim::clause_words`].
///
/// ```
/// use discrepancy::claim::{content_words, direction};
/// assert_eq!(direction(&content_words("exports rose by 5 percent")), 1);
/// assert_eq!(direction(&content_words("exports fell by 5 percent")), -1);
/// assert_eq!(direction(&content_words("exports are 5 percent of GDP")), 0);
/// ```
pub fn direction<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> i8 {
    static STEMS: std::sync::OnceLock<(Vec<Word>, Vec<Word>)> = std::sync::OnceLock::new();
    let (up, down) = STEMS.get_or_init(|| {
        let stems = |ws: &[&str]| ws.iter().map(|w| stem(w)).collect::<Vec<_>>();
        (
            stems(&[
                "rose",
                "increased",
                "grew",
                "gained",
                "climbed",
                "jumped",
                "rallied",
                "surged",
                "soared",
                "went up",
                "higher",
            ]),
            stems(&[
                "fell",
                "decreased",
                "declined",
                "dropped",
                "shrank",
                "shrunk",
                "slumped",
                "plunged",
                "contracted",
                "lower",
                "reduced",
            ]),
        )
    });
    let (mut rise, mut fall) = (false, false);
    for w in words {
        let w = w.as_ref();
        rise |= up.iter().any(|u| u == w);
        fall |= down.iter().any(|d| d == w);
    }
    match (rise, fall) {
        (true, false) => 1,
        (false, true) => -1,
        _ => 0,
    }
}

/// The direction of change a stemmed word names: `1` for a rise ("grew", "growth",
/// "increase"), `-1` for a fall ("declined", "contraction"), from the generated
/// lists [`lexicon::CHANGE_UP`] and [`lexicon::CHANGE_DOWN`].
///
/// ```
/// use discrepancy::claim::{change_of, stem};
/// assert_eq!(change_of(&stem("growth")), 1);
/// assert_eq!(change_of(&stem("contraction")), -1);
/// assert_eq!(change_of(&stem("schools")), 0);
/// ```
pub fn change_of(stemmed: &str) -> i8 {
    static STEMS: OnceLock<HashMap<Word, i8>> = OnceLock::new();
    let map = STEMS.get_or_init(|| {
        let mut m = HashMap::new();
        for (lex, d) in [(&lexicon::CHANGE_UP, 1), (&lexicon::CHANGE_DOWN, -1)] {
            for e in lex.entries().iter().filter(|e| !e.contains(' ')) {
                m.insert(stem(e), d);
            }
        }
        m
    });
    map.get(stemmed).copied().unwrap_or(0)
}

/// Stems an English word: lower case, possessive and common suffixes removed.
pub fn stem(word: &str) -> Word {
    // Words from the sentence pass are already lower case with plain apostrophes: no copy then.
    let owned;
    let w: &str = if word.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        word
    } else {
        owned = word.to_lowercase().replace('\u{2019}', "'");
        &owned
    };
    // (`strip_suffix`, not `trim_end_matches("'s")`: a string pattern sets up a searcher per word.)
    let mut w = w;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    let w = w.trim_end_matches('\'');
    let irregular = match w {
        "grew" | "grown" | "growth" | "grows" | "growing" => Some("grow"),
        "rose" | "risen" | "rising" | "rises" => Some("rise"),
        "fell" | "fallen" | "falling" | "falls" => Some("fall"),
        "spent" => Some("spend"),
        "built" => Some("build"),
        "paid" => Some("pay"),
        "sold" => Some("sell"),
        "bought" => Some("buy"),
        "met" => Some("meet"),
        "led" => Some("lead"),
        "owed" | "owes" | "owing" => Some("owe"),
        "children" => Some("child"),
        "people" | "persons" => Some("person"),
        "women" => Some("woman"),
        "men" => Some("man"),
        _ => None,
    };
    if let Some(s) = irregular {
        return Word::from(s);
    }
    for (suf, rep) in [
        ("ational", "ate"),
        ("ations", "ate"),
        ("ation", "ate"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("e", ""),
    ] {
        if let Some(base) = w.strip_suffix(suf)
            && base.chars().count() >= 3
            && !(suf == "s" && base.ends_with('s'))
        {
            let mut out = Word::with_capacity(base.len() + rep.len());
            out.push_str(base);
            out.push_str(rep);
            // "increases" → "increas", "increased" → "increas", "increase" → "increas".
            if suf != "e" && out.ends_with('e') && out.chars().count() > 3 {
                out.pop();
            }
            return out;
        }
    }
    Word::from(w)
}

/// Stemmed content words of `s`.
pub fn content_words(s: &str) -> Vec<Word> {
    let lower = s.to_lowercase().replace('\u{2019}', "'");
    content_words_of(segment::words(&lower).map(|(_, w)| w))
}

/// Stemmed content words of lower-cased words.
fn content_words_of<'a>(words: impl Iterator<Item = &'a str>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut seen: std::collections::HashSet<Word> = std::collections::HashSet::new();
    for lw in words {
        if lw.chars().any(|c| c.is_ascii_digit()) || is_stopword(lw) || lw.chars().count() < 3 {
            continue;
        }
        // "Russian-language" → "russian", "language".
        for part in lw.split('-') {
            if part.chars().count() < 3 || is_stopword(part) {
                continue;
            }
            let st = stem(part);
            // A short list is searched; a long one (a sentence of thousands of words) is hashed.
            let new = if out.len() < 48 {
                !out.contains(&st)
            } else {
                seen.insert(st.clone())
            };
            if new {
                if out.len() == 47 {
                    seen.extend(out.iter().cloned());
                    seen.insert(st.clone());
                }
                out.push(st);
            }
        }
    }
    // Kept for every sentence and claim: no spare capacity.
    out.shrink_to_fit();
    out
}

fn starts_with_phrase(s: &str, phrases: &[&str]) -> bool {
    // Only the opening words matter: lower-case a short prefix, not the sentence.
    let head = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut cut = head.len().min(48);
    while !head.is_char_boundary(cut) {
        cut -= 1;
    }
    let l = head[..cut].to_lowercase().replace('\u{2019}', "'");
    phrases.iter().any(|p| {
        l.starts_with(p)
            && l[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn contains_phrase(l: &str, phrases: &[&str]) -> bool {
    contains_phrase_where(l, phrases, |_| true)
}

/// Whether `l` holds one of `phrases` as whole words at a start that `keep` accepts.
fn contains_phrase_where(l: &str, phrases: &[&str], keep: impl Fn(usize) -> bool) -> bool {
    phrases.iter().any(|p| {
        let mut from = 0;
        while let Some(pos) = l[from..].find(p) {
            let at = from + pos;
            if at_word_bounds(l, at, at + p.len(), p) && keep(at) {
                return true;
            }
            from = at + p.len();
        }
        false
    })
}

fn at_word_bounds(l: &str, start: usize, end: usize, p: &str) -> bool {
    let before_ok = !l[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let after_ok = !l[end..].chars().next().is_some_and(char::is_alphanumeric) || p.ends_with(',');
    before_ok && after_ok
}

/// A phrase list searched in one pass (Aho-Corasick), built on first use.
struct Phrases {
    list: &'static crate::lexicon::Lexicon,
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl Phrases {
    const fn new(list: &'static crate::lexicon::Lexicon) -> Phrases {
        Phrases {
            list,
            automaton: OnceLock::new(),
        }
    }

    /// Whether `l` (lower case) holds one of the phrases as whole words.
    fn in_text(&self, l: &str) -> bool {
        self.in_text_where(l, |_| true)
    }

    /// Whether `l` (lower case) holds one of the phrases as whole words at a start that
    /// `keep` accepts.
    fn in_text_where(&self, l: &str, keep: impl Fn(usize) -> bool) -> bool {
        match self
            .automaton
            .get_or_init(|| AhoCorasick::new(self.list.entries()).ok())
        {
            Some(ac) => ac.find_overlapping_iter(l).any(|m| {
                at_word_bounds(
                    l,
                    m.start(),
                    m.end(),
                    self.list.entries()[m.pattern().as_usize()],
                ) && keep(m.start())
            }),
            None => contains_phrase_where(l, self.list.entries(), keep),
        }
    }
}

static CORRECTIONS: Phrases = Phrases::new(&lexicon::CORRECTION_PHRASES);
static ATTRIBUTIONS: Phrases = Phrases::new(&lexicon::ATTRIBUTION_PHRASES);
static HYPOTHETICALS: Phrases = Phrases::new(&lexicon::HYPOTHETICAL_MARKERS);
static TARGETS: Phrases = Phrases::new(&lexicon::TARGET_MARKERS);
static PARTS: Phrases = Phrases::new(&lexicon::PART_MARKERS);
static REPORTED: Phrases = Phrases::new(&lexicon::REPORTED_MARKERS);

/// Whether a sentence states the speaker's own holdings ("we have", "our region", "my company"),
/// as opposed to the speaker's view of a shared matter ("we expect", "our estimate").
fn speaks_of_own(words: &[&str]) -> bool {
    words
        .windows(2)
        .enumerate()
        .any(|(k, w)| match (w[0], w[1]) {
            // "our 25th meeting": the noun after the figure says whose it is.
            ("our" | "my", x) if x.starts_with(|c: char| c.is_ascii_digit()) => {
                !words.get(k + 2).is_some_and(|n| is_shared_noun(n))
            }
            (
                "we" | "i",
                "have" | "had" | "built" | "opened" | "employ" | "run" | "own" | "operate"
                | "produce" | "produced",
            ) => true,
            ("we've" | "i've", _) => true,
            ("our" | "my", noun) => {
                !matches!(
                    noun,
                    "own"
                        | "estimate"
                        | "estimates"
                        | "forecast"
                        | "forecasts"
                        | "view"
                        | "opinion"
                        | "records"
                        | "data"
                        | "calculations"
                        | "figures"
                        | "information"
                        | "experts"
                        | "assessment"
                        | "understanding"
                        | "countries"
                        | "relations"
                        | "cooperation"
                        | "colleagues"
                        | "partners"
                        | "trade"
                        | "bilateral"
                        | "two"
                ) && !is_shared_noun(noun)
            }
            _ => false,
        })
}

/// Nouns that "our" shares between the speakers rather than claims for one of them
/// ("our meeting", "our talks").
fn is_shared_noun(w: &str) -> bool {
    matches!(
        w,
        "meeting"
            | "meetings"
            | "talks"
            | "negotiations"
            | "summit"
            | "conversation"
            | "discussion"
            | "partnership"
            | "dialogue"
    )
}

fn has_negation(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(*w, "not" | "never" | "no" | "nor" | "cannot")
            || w.ends_with("n't")
            || w.ends_with("n’t")
    })
}

/// Whether the text before a figure ends with a preposition of the level reached
/// ("to", "at", after optional hedge words): "dropped to almost 43 percent".
fn ends_with_level_preposition(before: &str) -> bool {
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut w = words.next();
    // Hedges between the preposition and the figure: "to almost", "at about".
    while let Some(x) = w
        && matches!(
            x,
            "almost"
                | "nearly"
                | "about"
                | "around"
                | "roughly"
                | "some"
                | "over"
                | "under"
                | "just"
                | "approximately"
                | "only"
                | "more"
                | "less"
                | "than"
        )
    {
        w = words.next();
    }
    matches!(w, Some("to" | "at"))
}

/// The sentences of every turn, with their features.
pub fn sentences(t: &Transcript) -> Vec<Sentence> {
    let text = t.text();
    let mut out = Vec::new();
    let mut utt = 0;
    let mut k = 0;
    for (ti, turn) in t.turns().iter().enumerate() {
        if ti > 0 && t.turns()[ti - 1].speaker != turn.speaker {
            utt += 1;
            k = 0;
        }
        for span in segment::sentences(text, turn.span) {
            let s = &text[span.range()];
            let l = s.to_lowercase().replace('’', "'");
            // One word pass serves every feature below.
            let lw: Vec<&str> = segment::words(&l).map(|(_, w)| w).collect();
            out.push(Sentence {
                span,
                turn: ti,
                utt,
                speaker: turn.speaker,
                words: content_words_of(lw.iter().copied()).into_iter().collect(),
                question: s
                    .trim_end()
                    .trim_end_matches(['"', '”', '\'', ')'])
                    .ends_with('?'),
                confirms: k == 0 && starts_with_phrase(s, lexicon::CONFIRM_OPENERS.entries()),
                corrects: starts_with_phrase(s, lexicon::CORRECT_OPENERS.entries())
                    || CORRECTIONS.in_text(&l),
                attributes: ATTRIBUTIONS.in_text(&l),
                negated: has_negation(&lw),
                second_person: lw
                    .iter()
                    .any(|w| matches!(*w, "you" | "your" | "you've" | "you're")),
                first_person: lw
                    .iter()
                    .any(|w| matches!(*w, "i" | "my" | "i've" | "i'm" | "me")),
                own: speaks_of_own(&lw),
                index_in_turn: k,
            });
            k += 1;
        }
    }
    out.shrink_to_fit();
    out
}

/// The indices of the claims of sentence `s`: claims come in sentence order (as
/// [`claims`] makes them), so they are one run, found by bisection.
pub(crate) fn of_sentence(claims: &[Claim], s: usize) -> std::ops::Range<usize> {
    claims.partition_point(|c| c.sentence < s)..claims.partition_point(|c| c.sentence <= s)
}

/// Pushes onto a list kept for the whole analysis, growing it by a quarter instead of
/// doubling it: doubling leaves a long transcript's claims up to twice their size in
/// memory just before the list is trimmed, and that moment is the analysis's peak.
pub(crate) fn push_kept<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve_exact(v.capacity() / 4 + 16);
    }
    v.push(x);
}

/// The speaker of each utterance, indexed by [`Sentence::utt`].
pub fn utterance_speakers(sents: &[Sentence]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(sents.last().map_or(0, |s| s.utt + 1));
    for s in sents {
        if out.len() <= s.utt {
            out.resize(s.utt + 1, s.speaker);
        }
    }
    out
}

/// The claims of a transcript, given its sentences (from [`sentences`]).
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

fn is_weak_topic(w: &str) -> bool {
    matches!(
        w,
        "grow"
            | "increas"
            | "rise"
            | "fall"
            | "decreas"
            | "smaller"
            | "bigger"
            | "larger"
            | "higher"
            | "lower"
    )
}

/// Whether the words before a duration make it a time window ("over the past", "within").
fn is_window(before: &str) -> bool {
    let b = before.trim_end();
    [
        "past",
        "next",
        "last",
        "coming",
        "within",
        "first",
        "previous",
        "recent",
        "following",
    ]
    .iter()
    .any(|w| b.ends_with(w))
}

/// "January 17" said on 17 March 2021 is 17 January 2021: the latest such date not after the event.
fn resolve_year(q: &mut Quantity, d: Date, today: Date) {
    let (Some(y), Some(tm)) = (today.year, today.month) else {
        return;
    };
    let Some(m) = d.month else { return };
    let later = m > tm || (m == tm && d.day.unwrap_or(1) > today.day.unwrap_or(31));
    let full = Date {
        year: Some(if later { y - 1 } else { y }),
        ..d
    };
    if let Some((a, b)) = full.day_range() {
        q.date = Some(full);
        q.value = a as f64;
        q.interval = quantity::Interval::closed(a as f64, b as f64);
    }
}

fn resolve_relative(q: &mut Quantity, r: quantity::Relative, today: Date) {
    use quantity::TimeUnit;
    let months = match r.unit {
        TimeUnit::Year => 12.0 * r.amount,
        TimeUnit::Decade => 120.0 * r.amount,
        TimeUnit::Month => r.amount,
        TimeUnit::Week | TimeUnit::Day => {
            if let Some((d, _)) = today.day_range() {
                let days = if r.unit == TimeUnit::Week {
                    7.0 * r.amount
                } else {
                    r.amount
                };
                let n = d as f64 - days;
                q.interval = quantity::Interval::closed(n - 1.0, n + 1.0);
                q.value = n;
                q.date = None;
                q.kind = Kind::Date;
            }
            return;
        }
    };
    let back = today.minus_months(months.round() as i32);
    if let Some((a, b)) = back.day_range() {
        // A relative date is as loose as its unit: "two months ago" is give or take a couple of weeks.
        let slack = if r.unit == TimeUnit::Month {
            15.0
        } else {
            60.0
        };
        q.interval = quantity::Interval::closed(a as f64 - slack, b as f64 + slack);
        q.value = a as f64;
        q.date = Some(back);
        q.kind = Kind::Date;
    }
}

/// A year that only dates the figure ("in the first six months of 2018") rather than being the point.
fn is_period_year(stext: &str, q: &Quantity, base: usize) -> bool {
    let before = just_before(stext, q, base);
    let b = before.trim_end();
    b.ends_with(" of")
        || b.ends_with(" for")
        || b.ends_with(" in")
        || b.ends_with(" since")
        || b.ends_with(" by")
        || b.ends_with(" until")
        || b.ends_with(" from")
        || b.ends_with(" to")
        || b.ends_with(" during")
        || b.is_empty()
}

/// A year that is what the sentence asserts ("was signed in 2014", "will open in 2026").
fn year_is_the_point(stext: &str, q: &Quantity, base: usize) -> bool {
    let before = just_before(stext, q, base);
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let verbs = [
        "signed",
        "open",
        "opened",
        "built",
        "founded",
        "established",
        "started",
        "began",
        "held",
        "adopted",
        "launched",
        "completed",
        "finished",
        "created",
        "elected",
        "appointed",
        "born",
        "died",
        "happened",
        "took",
        "introduced",
        "ratified",
        "concluded",
        "closed",
        "come",
        "came",
        "ended",
    ];
    let rest = stext[q.span.end - base..].trim_start();
    let ends = rest.is_empty() || rest.starts_with(['.', '?', '!', ',', ';']);
    words
        .iter()
        .skip(1)
        .take(3)
        .any(|w| verbs.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        && ends
}

/// The period a sentence speaks of: a year, "last year", "this year", a quarter or half.
fn sentence_period(stext: &str, qs: &[Quantity], date: Option<Date>) -> Option<Period> {
    sentence_period_except(stext, qs, date, None)
}

/// Like [`sentence_period`], ignoring the quantity at `except` (a year that is itself the claim).
fn sentence_period_except(
    stext: &str,
    qs: &[Quantity],
    date: Option<Date>,
    except: Option<Span>,
) -> Option<Period> {
    let l = stext.to_lowercase();
    // Each test below builds a substring searcher: one word first rules most sentences out.
    let (quarter, half, months) = (
        l.contains("quarter"),
        l.contains("half"),
        l.contains("months"),
    );
    let part = if quarter && l.contains("first quarter") {
        Some("q1")
    } else if quarter && l.contains("second quarter") {
        Some("q2")
    } else if quarter && l.contains("third quarter") {
        Some("q3")
    } else if quarter && l.contains("fourth quarter") {
        Some("q4")
    } else if months && l.contains("first six months") || half && l.contains("first half") {
        Some("h1")
    } else if half && l.contains("second half") {
        Some("h2")
    } else if (l.contains("year") || l.contains("annual"))
        && contains_phrase(
            &l,
            &[
                "full year",
                "full-year",
                "for the year",
                "whole year",
                "annual",
                "the entire year",
            ],
        )
    {
        Some("fy")
    } else {
        None
    };
    let this_year = date.and_then(|d| d.year);
    let rel = if !l.contains("year") {
        None
    } else if contains_phrase(
        &l,
        &[
            "last year",
            "past year",
            "previous year",
            "over the past year",
        ],
    ) {
        Some(("last year", -1))
    } else if contains_phrase(
        &l,
        &[
            "this year",
            "so far this year",
            "the current year",
            "by the end of this year",
            "by the end of the year",
            "this year's",
        ],
    ) {
        Some(("this year", 0))
    } else if contains_phrase(&l, &["next year"]) {
        Some(("next year", 1))
    } else {
        None
    };
    if let Some(y) = qs
        .iter()
        .find(|q| q.kind == Kind::Year && q.hedge != Hedge::Range && Some(q.span) != except)
    {
        return Some(Period::Year(y.value as i32, part));
    }
    match (rel, this_year) {
        (Some((_, off)), Some(y)) => Some(Period::Year(y + off, part)),
        (Some((name, _)), None) => Some(Period::Relative(name)),
        (None, _) => part.map(Period::Relative),
    }
}

/// Byte range (in the sentence) of the clause around `q`: bounded by `;`, `:`, `–`, ` — `, and `, while`/`, and`/`but`.
/// How far around a figure its clause is looked for, in bytes.
const CLAUSE_WINDOW: usize = 300;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The text right before a figure (at most 80 bytes), lower-cased.
fn just_before(stext: &str, q: &Quantity, base: usize) -> String {
    text_before(stext, q, base, 80)
}

/// The last `bytes` bytes (or fewer, at a char boundary) of a sentence before a figure,
/// lower-cased. `stext` is the sentence and starts at byte `base` of the input.
pub(crate) fn text_before(stext: &str, q: &Quantity, base: usize, bytes: usize) -> String {
    let end = q.span.start.saturating_sub(base).min(stext.len());
    stext[floor_boundary(stext, end.saturating_sub(bytes))..end].to_lowercase()
}

fn clause_of(s: &str, q: Span) -> (usize, usize) {
    let bounds = [
        "; ",
        ": ",
        " – ",
        " — ",
        ", while ",
        ", whereas ",
        " but ",
        ", and ",
        " and, ",
    ];
    // Within a window around the figure, so that a sentence of a thousand figures costs
    // a thousand windows, not a thousand sentences.
    let mut start = floor_boundary(s, q.start.saturating_sub(CLAUSE_WINDOW));
    let mut end = ceil_boundary(s, (q.end + CLAUSE_WINDOW).min(s.len()));
    let (lo, hi) = (start, end);
    for b in bounds {
        if let Some(p) = s[lo..q.start].rfind(b) {
            start = start.max(lo + p + b.len());
        }
        if let Some(p) = s[q.end..hi].find(b) {
            end = end.min(q.end + p);
        }
    }
    (start, end)
}

/// The counted noun right after a figure: up to two content words before a function word.
fn head_words(after: &str) -> Words {
    const STOP: &[&str] = &[
        "of", "in", "for", "to", "and", "on", "at", "by", "from", "with", "who", "that", "which",
        "are", "is", "were", "was", "have", "has", "had", "will", "would", "each", "this", "last",
        "next", "a", "the", "or", "than", "per", "into", "over", "under", "out", "up", "down",
        "be", "been",
    ];
    let mut out = Vec::new();
    let mut prev_end = 0;
    for (off, w) in segment::words(after).take(3) {
        // A comma, full stop or dash ends the noun phrase.
        if after[prev_end..off].contains([
            ',', '.', ';', ':', '\u{2013}', '\u{2014}', '(', ')', '?', '!',
        ]) {
            break;
        }
        prev_end = off + w.len();
        let lw = w.to_lowercase();
        if STOP.contains(&lw.as_str()) {
            break;
        }
        if is_stopword(&lw) || lw.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        for part in lw.split('-') {
            if part.len() >= 3 && !is_stopword(part) {
                out.push(stem(part));
            }
        }
    }
    out.into_iter().collect()
}

/// Whether a figure is an increment, not a total ("nine more cities", "another 300
/// schools", "an additional 5 billion"), from the lower-case text before and after it.
///
/// ```
/// use discrepancy::claim::is_increment;
/// assert!(is_increment("we will open another ", " schools"));
/// assert!(is_increment("we opened ", " more schools"));
/// assert!(!is_increment("we opened ", " more than before"));
/// ```
pub fn is_increment(before: &str, after: &str) -> bool {
    let (before, after) = (before.trim_end(), after.trim_start());
    (after.starts_with("more ") && !after.starts_with("more than"))
        || after.starts_with("additional ")
        || ["another", "an additional", "a further"]
            .iter()
            .any(|m| before.ends_with(m))
}

/// The time a rate is given per, from the words right after a figure ("cars a day",
/// "tonnes per year", "daily"): up to six words, within the clause.
///
/// ```
/// use discrepancy::claim::rate_after;
/// use discrepancy::quantity::TimeUnit;
/// assert_eq!(rate_after(" cars a day, not a week"), Some(TimeUnit::Day));
/// assert_eq!(rate_after(" million tonnes per year"), Some(TimeUnit::Year));
/// assert_eq!(rate_after(" cars. a day later"), None);
/// assert_eq!(rate_after(" schools a year ago"), None);
/// ```
pub fn rate_after(after: &str) -> Option<quantity::TimeUnit> {
    use quantity::TimeUnit;
    // Only the first six words count: the clause is looked for within them, not in the
    // whole rest of the sentence (a sentence of a million figures is read in linear time).
    let clause = segment::through_words(after, 6)
        .split([
            ',', '.', ';', ':', '?', '!', '(', ')', '\u{2013}', '\u{2014}',
        ])
        .next()
        .unwrap_or("");
    let words: Vec<String> = segment::words(clause)
        .take(6)
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let unit = |w: &str| match w.trim_end_matches('s') {
        "day" => Some(TimeUnit::Day),
        "week" => Some(TimeUnit::Week),
        "month" => Some(TimeUnit::Month),
        "year" => Some(TimeUnit::Year),
        _ => None,
    };
    // "a year ago", "a week later": a time, not a rate.
    let time_not_rate = |k: usize| {
        words.get(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "ago" | "earlier" | "later" | "before" | "after" | "from" | "since"
            )
        })
    };
    for (k, w) in words.iter().enumerate() {
        let found = match w.as_str() {
            "a" | "an" | "per" | "each" | "every" => {
                words.get(k + 1).and_then(|n| unit(n)).map(|u| (u, k + 2))
            }
            "daily" => Some((TimeUnit::Day, k + 1)),
            "weekly" => Some((TimeUnit::Week, k + 1)),
            "monthly" => Some((TimeUnit::Month, k + 1)),
            "annually" | "yearly" => Some((TimeUnit::Year, k + 1)),
            _ => None,
        };
        if let Some((u, next)) = found {
            return (!time_not_rate(next)).then_some(u);
        }
    }
    None
}

/// Pairs of words that set two things apart: a figure about one and a figure about the
/// other are about different things.
const CONTRASTS: &[(&str, &str)] = &[
    ("new", "old"),
    ("men", "women"),
    ("boys", "girls"),
    ("male", "female"),
    ("north", "south"),
    ("east", "west"),
    ("upper", "lower"),
    ("minimum", "maximum"),
    ("adults", "children"),
    ("current", "previous"),
    ("current", "former"),
];

/// Whether one list of stemmed words holds one side of a contrast ("new") and the other
/// list its other side ("old"), each without the other's.
///
/// ```
/// use discrepancy::claim::{content_words, contrasted, Words};
/// let words = |s: &str| content_words(s).into_iter().collect::<Words>();
/// assert!(contrasted(&words("the new hospital has 300 beds"), &words("the old one had 200 beds")));
/// assert!(!contrasted(&words("the new hospital has 300 beds"), &words("it has 200 beds")));
/// ```
pub fn contrasted(a: &Words, b: &Words) -> bool {
    masks_contrast(contrast_mask(a), contrast_mask(b))
}

/// Which sides of the contrasts a list of stemmed words holds: bit `2k` for the first
/// word of contrast `k`, bit `2k + 1` for the second.
pub(crate) fn contrast_mask(words: &Words) -> u32 {
    static STEMS: OnceLock<Vec<(Word, Word)>> = OnceLock::new();
    let stems = STEMS.get_or_init(|| CONTRASTS.iter().map(|(x, y)| (stem(x), stem(y))).collect());
    let mut mask = 0;
    for w in words.iter() {
        for (k, (x, y)) in stems.iter().enumerate() {
            if w == x {
                mask |= 1 << (2 * k);
            } else if w == y {
                mask |= 1 << (2 * k + 1);
            }
        }
    }
    mask
}

/// Whether two masks of [`contrast_mask`] hold the two sides of one contrast, each
/// without the other's.
pub(crate) fn masks_contrast(a: u32, b: u32) -> bool {
    const FIRST: u32 = 0x5555_5555;
    let (ax, ay) = (a & FIRST, (a >> 1) & FIRST);
    let (bx, by) = (b & FIRST, (b >> 1) & FIRST);
    (ax & !ay & by & !bx) != 0 || (ay & !ax & bx & !by) != 0
}

/// Whether a (stemmed) word is a sub-scope word such as "federal" or "military".
pub fn is_subscope(w: &str) -> bool {
    type Set = std::collections::HashSet<Word, std::hash::BuildHasherDefault<WordHasher>>;
    static SET: OnceLock<Set> = OnceLock::new();
    SET.get_or_init(|| {
        SUBSCOPES
            .iter()
            .flat_map(|s| [Word::from(*s), stem(s)])
            .collect()
    })
    .contains(w)
}

fn subscope_words(lower: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let words: Vec<&str> = segment::words(lower).map(|(_, w)| w).collect();
    for (k, w) in words.iter().enumerate() {
        if let Some(s) = SUBSCOPES.iter().find(|s| *s == w)
            && !out.contains(s)
        {
            out.push(*s);
        }
        // "the first stage", "the second phase": parts of a whole.
        if let Some(next) = words.get(k + 1)
            && matches!(
                *next,
                "stage"
                    | "phase"
                    | "line"
                    | "unit"
                    | "round"
                    | "tranche"
                    | "block"
                    | "reactor"
                    | "section"
            )
        {
            let tag = match *w {
                "first" => Some("part-1"),
                "second" => Some("part-2"),
                "third" => Some("part-3"),
                "fourth" => Some("part-4"),
                "fifth" => Some("part-5"),
                _ => None,
            };
            if let Some(t) = tag
                && !out.contains(&t)
            {
                out.push(t);
            }
        }
    }
    out
}

/// Places a sentence locates its figures in: capitalised words after "in" ("in the Khabarovsk Territory").
pub(crate) fn place_words(s: &str) -> Vec<Word> {
    let words: Vec<&str> = segment::words(s).map(|(_, w)| w).collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !matches!(*w, "in" | "In") {
            continue;
        }
        let mut j = k + 1;
        if words.get(j).is_some_and(|x| *x == "the") {
            j += 1;
        }
        while let Some(x) = words.get(j) {
            if !x.starts_with(char::is_uppercase)
                || matches!(
                    *x,
                    "January"
                        | "February"
                        | "March"
                        | "April"
                        | "May"
                        | "June"
                        | "July"
                        | "August"
                        | "September"
                        | "October"
                        | "November"
                        | "December"
                )
            {
                break;
            }
            out.push(stem(x));
            j += 1;
        }
    }
    out
}

/// Whether a negation governs the figure at `pos` ("there are not two million", "aren't a hundred million").
fn negated_near(lower: &str, pos: usize) -> bool {
    let end = pos.min(lower.len());
    let before = &lower[floor_boundary(lower, end.saturating_sub(80))..end];
    // Only inside the same clause, and only right before the figure: "there are not two million".
    let clause = before
        .rsplit([';', ',', '\u{2013}', '\u{2014}', ':'])
        .next()
        .unwrap_or(before);
    let words: Vec<&str> = segment::words(clause).map(|(_, w)| w).collect();
    let near: Vec<&&str> = words
        .iter()
        .rev()
        .filter(|w| {
            !matches!(
                **w,
                "a" | "an" | "the" | "even" | "quite" | "exactly" | "really"
            )
        })
        .take(2)
        .collect();
    near.iter()
        .any(|w| matches!(**w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert_eq!(stem("schools"), "school");
        assert_eq!(stem("increased"), stem("increase"));
        assert_eq!(stem("grew"), "grow");
        assert_eq!(stem("Russia's"), "russia");
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
