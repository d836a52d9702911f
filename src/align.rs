//! Stage 5: claims → cross-speaker [`Pair`]s about the same topic.
//!
//! In: the claims and sentences of one transcript. Out: pairs of claims by
//! *different* speakers that speak of the same thing, each with a score and
//! the reasons for it. Candidates are blocked by kind of quantity and unit
//! family first; a pair is then scored on topic overlap (stemmed content words
//! weighted by their rarity in the transcript, the counted noun), on the
//! dialogue (a reply to the turn before, a question and its answer), and on
//! attribution and correction phrases. Different periods or different
//! sub-scopes rule a pair out. Each claim is paired with at most one claim of
//! each other speaker: the best-scoring one.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

type WordMap<'a, V> = HashMap<&'a str, V, BuildHasherDefault<crate::claim::WordHasher>>;

use crate::claim::{Claim, Mode, Sentence};
use crate::dialogue::Act;
use crate::quantity::{Hedge, Kind, Quantity, units};
use crate::rule::Rule;

/// Settings for alignment (see [`crate::DetectorBuilder`]), checked when made.
///
/// ```
/// use discrepancy::align::AlignConfig;
/// let cfg = AlignConfig::new(0.6, 64)?;
/// assert_eq!((cfg.min_similarity(), cfg.max_candidates()), (0.6, 64));
/// assert_eq!(AlignConfig::default().min_similarity(), 0.45);
/// assert!(AlignConfig::new(f64::NAN, 64).is_err());
/// # Ok::<(), discrepancy::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignConfig {
    min_similarity: f64,
    max_candidates: usize,
}

impl AlignConfig {
    /// Alignment pairing claims whose topic score is at least `min_similarity` (0–2),
    /// each compared with at most `max_candidates` earlier claims, the nearest first.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Config`](crate::ErrorKind::Config) when `min_similarity` is not
    /// within 0..=2 (NaN included) or `max_candidates` is 0.
    pub fn new(min_similarity: f64, max_candidates: usize) -> crate::Result<AlignConfig> {
        if !(0.0..=2.0).contains(&min_similarity) {
            return Err(crate::ErrorKind::Config {
                name: "min_similarity",
                reason: format!("{min_similarity} is not within 0..=2"),
            }
            .into());
        }
        if max_candidates == 0 {
            return Err(crate::ErrorKind::Config {
                name: "max_candidates",
                reason: "must be at least 1".to_string(),
            }
            .into());
        }
        Ok(AlignConfig {
            min_similarity,
            max_candidates,
        })
    }

    /// Minimum score for two claims to count as the same topic (default 0.45).
    pub fn min_similarity(&self) -> f64 {
        self.min_similarity
    }

    /// Each claim is compared with at most this many earlier claims (default 256).
    pub fn max_candidates(&self) -> usize {
        self.max_candidates
    }
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig {
            min_similarity: 0.45,
            max_candidates: 256,
        }
    }
}

/// Two claims of different speakers about the same topic.
#[derive(Debug, Clone)]
pub struct Pair {
    /// Index of the earlier claim.
    pub a: usize,
    /// Index of the later claim.
    pub b: usize,
    /// Topic score (higher is surer).
    pub score: f64,
    /// Whether `b` answers `a`'s turn directly.
    pub reply: bool,
    /// Whether `b` takes its topic from `a` (a bare reply).
    pub inherited: bool,
    /// Whether a correction marker ("No,", "let me clarify") is in `b`'s sentence.
    pub correction: bool,
    /// Whether an attribution phrase ("as you mentioned") links them.
    pub attribution: bool,
}

impl Pair {
    /// The stemmed words the two claims' topics share (see [`align`]), in the order of
    /// the first claim's topic.
    ///
    /// # Panics
    ///
    /// If the claims, sentences (and pairs or utterance speakers) given are not those of
    /// one transcript, as the earlier stages made them: they index each other.
    pub fn shared_words<'s>(&self, claims: &'s [Claim], sents: &'s [Sentence]) -> Vec<&'s str> {
        let (mut x, mut y) = (Vec::new(), Vec::new());
        topic_words(&claims[self.a], sents, &mut x);
        topic_words(&claims[self.b], sents, &mut y);
        let mut y: Vec<&str> = y.into_iter().map(|(w, _)| w).collect();
        y.sort_unstable();
        x.into_iter()
            .filter(|(w, _)| y.binary_search(w).is_ok())
            .map(|(w, _)| w)
            .collect()
    }
}

/// The words a claim is about, each with its place (see [`PLACE_WEIGHT`]), into `v`
/// (cleared first): the words of its sentence, or in a long sentence only those of the
/// figure's clause; for a bare or short sentence also the words of the sentence before
/// it in the same utterance, and for a bare reply those of the question it answers.
fn topic_words<'s>(c: &'s Claim, sents: &'s [Sentence], v: &mut Vec<(&'s str, u8)>) {
    v.clear();
    let s = &sents[c.sentence];
    // A long sentence speaks of many things: then only the clause around the figure counts.
    let own = if s.words.len() <= 60 {
        &s.words
    } else {
        &c.clause_words
    };
    for w in own.iter() {
        let place = if c.clause_words.contains(w) { 0 } else { 1 };
        v.push((w, place));
    }
    // Words of change stand for their direction too: "grew" and "increased", "decline"
    // and "contraction" speak of the same thing.
    for w in own.iter() {
        let token = match crate::claim::change_of(w) {
            1 => CHANGE_UP,
            -1 => CHANGE_DOWN,
            _ => continue,
        };
        let place = if c.clause_words.contains(w) { 0 } else { 1 };
        match v.iter_mut().find(|(x, _)| *x == token) {
            Some(e) => e.1 = e.1.min(place),
            None => v.push((token, place)),
        }
    }
    if c.sentence == 0 {
        return;
    }
    let before = &sents[c.sentence - 1];
    // A short sentence goes on from the one before it; a bare figure that opens a reply
    // answers the question before it ("How many students are enrolled?" — "About 4,000.").
    let goes_on = (c.bare || s.words.len() <= 3) && before.utt == s.utt;
    let answers = c.bare && s.index_in_turn == 0 && before.utt != s.utt && before.question;
    if goes_on || answers {
        for w in before.words.iter() {
            if !v.iter().any(|&(x, _)| x == w) {
                v.push((w, 2));
            }
        }
    }
}

/// The topic word that stands for any word of a rise (see [`crate::claim::change_of`]).
const CHANGE_UP: &str = "+up";
/// The topic word that stands for any word of a fall.
const CHANGE_DOWN: &str = "+down";

/// Whether a stemmed word is a verb that says what happened to a figure, not what it
/// is about ("cost", "took", "reach").
fn is_generic_verb(w: &str) -> bool {
    matches!(
        w,
        "cost"
            | "tak"
            | "take"
            | "took"
            | "mak"
            | "make"
            | "get"
            | "give"
            | "gav"
            | "put"
            | "keep"
            | "kept"
            | "need"
            | "reach"
            | "total"
            | "amount"
            | "exceed"
            | "show"
            | "request"
            | "receiv"
            | "work"
            | "organis"
            | "organiz"
            | "ask"
            | "start"
            | "end"
            | "remain"
            | "stand"
            | "stood"
            | "account"
            | "minus"
            | "plus"
    )
}

/// What a precise figure said again adds to the topic score of its pair.
const RESTATED_BONUS: f64 = 0.3;

/// The topic score a statement said again far from the other's, with another figure,
/// needs (see [`Scorer::restated_far`]): near word for word. (At 0.3 the pairs added on
/// the corpus were other regions, complexes and people.)
const RESTATED_FAR_SCORE: f64 = 0.5;

/// The most plain statements a word may stand around for the word to find a statement
/// said again far away (see [`Scorer::restated_far`]).
const FAR_THING_MAX: usize = 24;

/// How many candidate partners of one claim are kept for the final matching.
const KEEP_PER_CLAIM: usize = 8;

/// Whether a stemmed counted noun is too general to say two figures are about the same
/// thing ("person", "case", "time").
fn is_generic_head(w: &str) -> bool {
    matches!(
        w,
        "person"
            | "man"
            | "woman"
            | "child"
            | "case"
            | "time"
            | "country"
            | "thing"
            | "place"
            | "way"
            | "part"
            | "citizen"
    )
}

/// Whether a word of a claim's phrase says what the claim is about: not a general verb
/// ("costs", "took") and not a number.
fn phrase_word(w: &str) -> bool {
    !is_generic_verb(w) && !w.starts_with(|c: char| c.is_ascii_digit())
}

/// For each claim, the words it is found by when said again far away (see
/// [`Scorer::restated_far`]), read once: its phrase's content words (see
/// [`phrase_word`]) when it has the three a phrase needs to be said again, else what it
/// counts (a statement of fewer words is found only by the thing it counts). Only plain
/// statements of amounts have any.
struct Things<'s> {
    words: Vec<&'s str>,
    /// Per claim: the end of its words in `words`, and whether they are its phrase's.
    ends: Vec<(u32, bool)>,
}

impl<'s> Things<'s> {
    fn of(claims: &'s [Claim]) -> Things<'s> {
        let mut words = Vec::new();
        let mut ends = Vec::with_capacity(claims.len());
        for c in claims {
            let start = words.len();
            let mut phrase = false;
            if c.mode == Mode::Assertion && !time_or_rank(c.quantity.kind) && block(c).is_some() {
                words.extend(c.phrase_words().filter(|w| phrase_word(w)));
                phrase = words.len() - start >= 3;
                if !phrase {
                    words.truncate(start);
                    words.extend(c.head.iter().filter(|h| !is_generic_head(h)));
                }
            }
            ends.push((words.len() as u32, phrase));
        }
        Things { words, ends }
    }

    /// The words of claim `i`, and whether they are its phrase's.
    fn get(&self, i: usize) -> (&[&'s str], bool) {
        let start = if i == 0 {
            0
        } else {
            self.ends[i - 1].0 as usize
        };
        let (end, phrase) = self.ends[i];
        (&self.words[start..end as usize], phrase)
    }
}

/// Whether a kind of figure places or ranks rather than measures (a year, a date, a
/// weekday, a rank): such figures recur for other things and say little on their own.
fn time_or_rank(k: Kind) -> bool {
    k.is_calendar() || k == Kind::Ordinal
}

/// Families of quantities that can be compared with each other.
fn block(c: &Claim) -> Option<&'static str> {
    let q = &c.quantity;
    Some(match q.kind {
        Kind::Count => "count",
        // Percentage points are a dimension of their own, not a share.
        Kind::Percent if q.unit.as_deref() == Some("pp") => "percentage-points",
        Kind::Percent | Kind::Fraction => "share",
        Kind::Money => "money",
        // Measures meet only within one dimension of the unit table.
        Kind::Measure => match q.unit.as_deref() {
            Some(u) => units::dimension_of(u).map_or("measure-other", units::Dimension::name),
            None => return None,
        },
        Kind::Duration => "duration",
        Kind::Ordinal => "ordinal",
        Kind::Year => "year",
        Kind::Date if q.date.is_some_and(|d| d.year.is_none()) => "day-of-year",
        Kind::Date => "date",
        Kind::Weekday => "weekday",
    })
}

/// The weight of a topic word before idf, by its place: in the figure's clause, elsewhere
/// in its sentence, in the sentence before.
const PLACE_WEIGHT: [f64; 3] = [1.5, 1.0, 0.8];

/// A topic word's weight: its place's weight times its idf.
fn weight(place: u8, idf: f64) -> f64 {
    PLACE_WEIGHT[place as usize] * idf
}

/// The topic of each claim: word ids sorted, each with the place it comes from, all
/// claims' topics end to end. A word's weight is its place's weight times its idf.
struct Topics {
    ids: Vec<u32>,
    places: Vec<u8>,
    /// The idf of each word id.
    idf: Vec<f64>,
    /// Where each claim's topic ends in `ids` and `places`.
    ends: Vec<u32>,
    /// Each topic's norm: the sum of its weights.
    norms: Vec<f64>,
}

impl Topics {
    /// The topics of the claims (see [`topic_words`]), and the words by id.
    fn of<'s>(claims: &'s [Claim], sents: &'s [Sentence]) -> (Topics, Vec<&'s str>) {
        let idf = idf(sents);
        // Words as numbers, so that topics compare by merging two sorted lists.
        // (Topic words are sentence words: the table of their weights bounds their number.)
        let mut ids: WordMap<'_, u32> =
            WordMap::with_capacity_and_hasher(idf.len(), Default::default());
        let mut vocab: Vec<&str> = Vec::new();
        let mut id_of = |w: &'s str| -> u32 {
            *ids.entry(w).or_insert_with(|| {
                vocab.push(w);
                (vocab.len() - 1) as u32
            })
        };
        // The words each claim is about: its sentence, and for short or bare sentences the one before.
        // All topics lie end to end in one list (a transcript can have tens of thousands of claims).
        let mut topics = Topics {
            ids: Vec::new(),
            places: Vec::new(),
            idf: Vec::new(),
            ends: Vec::with_capacity(claims.len()),
            norms: Vec::with_capacity(claims.len()),
        };
        let idf_of = |w: &str| idf.get(w).copied().unwrap_or(1.0);
        let mut v: Vec<(&str, u8)> = Vec::new();
        let mut t: Vec<(u32, u8)> = Vec::new();
        for c in claims {
            topic_words(c, sents, &mut v);
            let norm = v
                .iter()
                .map(|&(w, place)| weight(place, idf_of(w)))
                .sum::<f64>();
            t.clear();
            t.extend(v.iter().map(|&(w, place)| (id_of(w), place)));
            t.sort_unstable_by_key(|e| e.0);
            topics.ids.extend(t.iter().map(|e| e.0));
            topics.places.extend(t.iter().map(|e| e.1));
            topics.ends.push(topics.ids.len() as u32);
            topics.norms.push(norm);
        }
        topics.idf = vocab.iter().map(|w| idf_of(w)).collect();
        topics.ids.shrink_to_fit();
        topics.places.shrink_to_fit();
        drop((idf, ids, v, t));
        (topics, vocab)
    }

    fn range(&self, i: usize) -> std::ops::Range<usize> {
        (if i == 0 { 0 } else { self.ends[i - 1] as usize })..self.ends[i] as usize
    }

    /// The weighted overlap of two topics (the smaller weight of each shared word);
    /// `shared` sees each shared word.
    fn overlap(&self, i: usize, j: usize, mut shared: impl FnMut(u32)) -> f64 {
        let (ra, rb) = (self.range(i), self.range(j));
        let (ta, tb) = (&self.ids[ra.clone()], &self.ids[rb.clone()]);
        let (pa, pb) = (&self.places[ra], &self.places[rb]);
        let mut w = 0.0f64;
        let (mut x, mut y) = (0, 0);
        while x < ta.len() && y < tb.len() {
            match ta[x].cmp(&tb[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    let idf = self.idf[ta[x] as usize];
                    w += weight(pa[x], idf).min(weight(pb[y], idf));
                    shared(ta[x]);
                    x += 1;
                    y += 1;
                }
            }
        }
        w
    }
}

/// The other speakers each claim has been paired with, as the earlier claim and as the
/// later one. A claim seldom meets more than one other speaker: the first is kept in a
/// list by claim, any further one in a set.
struct Used {
    first: Vec<[u32; 2]>,
    more: std::collections::HashSet<(usize, usize, bool)>,
}

impl Used {
    fn has(&self, claim: usize, speaker: usize, earlier: bool) -> bool {
        self.first[claim][usize::from(earlier)] as usize == speaker
            || self.more.contains(&(claim, speaker, earlier))
    }

    fn take(&mut self, claim: usize, speaker: usize, earlier: bool) {
        let slot = &mut self.first[claim][usize::from(earlier)];
        if *slot == u32::MAX {
            *slot = speaker as u32;
        } else {
            self.more.insert((claim, speaker, earlier));
        }
    }
}

/// Inverse document frequency of each word over the transcript's sentences.
fn idf(sents: &[Sentence]) -> WordMap<'_, f64> {
    // Counts first, turned into weights in place (one table, grown once).
    let mut df: WordMap<'_, f64> = WordMap::default();
    for s in sents {
        let (mut up, mut down) = (false, false);
        for w in s.words.iter() {
            *df.entry(w).or_default() += 1.0;
            match crate::claim::change_of(w) {
                1 => up = true,
                -1 => down = true,
                _ => {}
            }
        }
        // The direction tokens count like words (see `topic_words`).
        for (seen, token) in [(up, CHANGE_UP), (down, CHANGE_DOWN)] {
            if seen {
                *df.entry(token).or_default() += 1.0;
            }
        }
    }
    let n = sents.len() as f64;
    for d in df.values_mut() {
        *d = (1.0 + n / *d).ln();
    }
    df
}

/// For each of `n` utterances, in one pass, whether it asks without a figure of its own
/// ("follow-ups" and "relays", the same shape read two ways):
/// - a follow-up that asks again: at most two sentences, the last a question that is
///   no yes/no question of its own ("But on the volume itself?", not "Has the contractor
///   started on site?");
/// - a relay that passes the floor on with a question about what was just said: at most
///   three sentences, the last a question of at most two content words ("Thank you. Ms
///   Lund, you were on duty. Does that match your recollection?", "Mayor, your
///   response?", "Do you agree?"); the reply that follows answers the turn before it.
fn asking_turns(claims: &[Claim], sents: &[Sentence], n: usize) -> (Vec<bool>, Vec<bool>) {
    let mut len = vec![0usize; n];
    let mut last: Vec<Option<&Sentence>> = vec![None; n];
    for s in sents {
        len[s.utt] += 1;
        last[s.utt] = Some(s);
    }
    let asks = |u: usize, most: usize, shape: fn(&Sentence) -> bool| {
        len[u] <= most && last[u].is_some_and(|s| s.question && shape(s))
    };
    let mut follow_up: Vec<bool> = (0..n).map(|u| asks(u, 2, |s| !s.asks_whether)).collect();
    let mut relay: Vec<bool> = (0..n).map(|u| asks(u, 3, |s| s.words.len() <= 2)).collect();
    for c in claims {
        follow_up[c.utt] = false;
        relay[c.utt] = false;
    }
    // A chair's "Governor, your response. Ninety seconds." passes the floor on too, its
    // speaking time no figure of the debate.
    for (u, floor) in crate::dialogue::floor_passing(sents)
        .into_iter()
        .enumerate()
    {
        relay[u] |= floor;
    }
    (follow_up, relay)
}

/// The utterance an utterance answers: the one just before it (consecutive utterances
/// always have different speakers).
pub(crate) fn answered_turn(utt: usize, utt_speakers: &[usize]) -> Option<usize> {
    let me = utt_speakers[utt];
    (0..utt).rev().find(|&t| utt_speakers[t] != me)
}

/// For each claim, whether it is a year that is the period of another figure of its
/// sentence ("In 2016 the district had 300 schools"), found in one pass per sentence:
/// a sentence can hold tens of thousands of figures.
fn dating_years(claims: &[Claim]) -> Vec<bool> {
    let mut out = vec![false; claims.len()];
    let mut start = 0;
    while start < claims.len() {
        let end = start + claims[start..].partition_point(|c| c.sentence == claims[start].sentence);
        let years: std::collections::HashSet<i32> = claims[start..end]
            .iter()
            .filter(|o| o.quantity.kind.is_amount())
            .filter_map(|o| match o.period {
                Some(crate::claim::Period::Year(y, _)) => Some(y),
                _ => None,
            })
            .collect();
        for (k, c) in claims[start..end].iter().enumerate() {
            out[start + k] = c.quantity.kind == Kind::Year
                && years.iter().any(|&y| f64::from(y) == c.quantity.value);
        }
        start = end;
    }
    out
}

/// What [`Scorer::consider`] reads: the transcript's claims and sentences, and the
/// topics and contrasts of its claims, computed once.
struct Scorer<'s, 'v> {
    claims: &'s [Claim],
    sents: &'s [Sentence],
    utt_speakers: &'v [usize],
    /// Sentences in each utterance.
    utt_len: Vec<usize>,
    /// The contrast words of each claim's clause.
    contrasts: Vec<u32>,
    topics: Topics,
    vocab: Vec<&'s str>,
    cfg: &'v AlignConfig,
    /// See [`dating_years`].
    dating: Vec<bool>,
    /// See [`series_partners`], sorted by the reading.
    series: Vec<(u32, u32)>,
    /// The negated claims, in order.
    negated: Vec<u32>,
    /// For each utterance, whether it is a follow-up that asks again (see
    /// [`asking_turns`]).
    follow_up: Vec<bool>,
    /// For each utterance, whether it passes the floor on about the turn before it (see
    /// [`asking_turns`]).
    relay: Vec<bool>,
    /// See [`Things`].
    things: Things<'s>,
}

/// The series read back after a correction ("… 700+ people, almost 750, the first
/// year. … year two was right around 1,200 … then right around 1,500." — "Because you're
/// getting them wrong. So in 2014 - 778. Then up to 1015, 1100."), as (figure, reading)
/// pairs of claim indices: in each reply, the counts that may read back ([`Scorer::reads_back`])
/// are matched in order with the figures of the turn answered and that speaker's turn
/// before it, each near its partner in value ([`Scorer::nearness`]), so that the sum of
/// their nearness is greatest: the k-th figure read answers a figure after the one the
/// (k-1)-th answered.
fn series_partners(scorer: &Scorer<'_, '_>) -> Vec<(u32, u32)> {
    let claims = scorer.claims;
    let mut out = Vec::new();
    let mut j = 0;
    while j < claims.len() {
        let utt = claims[j].utt;
        let end = j + claims[j..].iter().take_while(|c| c.utt == utt).count();
        let answered = answered_turn(utt, scorer.utt_speakers);
        if let (true, Some(u)) = ((j..end).any(|k| scorer.reads_back(k)), answered) {
            let reading: Vec<usize> = (j..end).filter(|&k| scorer.reads_back(k)).collect();
            let speaker = scorer.utt_speakers[u];
            let mut figures: Vec<usize> = (0..j)
                .rev()
                .take_while(|&k| claims[k].utt + 2 >= u)
                .filter(|&k| claims[k].speaker == speaker && claims[k].utt <= u)
                .collect();
            figures.reverse();
            // "700+ people, almost 750": a bound the next figure of its sentence refines
            // is one item of the series, not two.
            let refined = |k: usize| {
                let (c, n) = (&claims[k], claims.get(k + 1));
                matches!(c.quantity.hedge, Hedge::MoreThan | Hedge::AtLeast)
                    && n.is_some_and(|n| {
                        n.sentence == c.sentence
                            && n.quantity.kind == c.quantity.kind
                            && close_correction(c.quantity.value, n.quantity.value)
                            && (c.quantity.value - n.quantity.value).abs()
                                <= 0.1 * c.quantity.value.abs().max(n.quantity.value.abs())
                    })
            };
            figures.retain(|&k| !refined(k));
            // One figure read back is no series: it answers the last figure of the turn
            // answered when near it ("1,200. And a year ago it was 2,000?" — "No, it was
            // never more than 1,500."), not the one nearest in value.
            if let ([y], Some(&x)) = (
                reading.as_slice(),
                figures.iter().rev().find(|&&k| claims[k].utt == u),
            ) && scorer.nearness(&claims[x], &claims[*y]).is_some()
            {
                out.push((x as u32, *y as u32));
                j = end;
                continue;
            }
            out.extend(monotone_matching(&figures, &reading, |x, y| {
                scorer.nearness(&claims[x], &claims[y])
            }));
        }
        j = end;
    }
    out
}

/// The order-keeping matching of `xs` with `ys` (each used at most once, the k-th `y`
/// matched after the `x` of the (k-1)-th) whose weights sum highest; `weight` is `None`
/// for a pair that may not be matched.
fn monotone_matching(
    xs: &[usize],
    ys: &[usize],
    weight: impl Fn(usize, usize) -> Option<f64>,
) -> Vec<(u32, u32)> {
    let (n, m) = (xs.len(), ys.len());
    // best[k][l]: the best sum over xs[..k] and ys[..l].
    let mut best = vec![vec![0.0f64; m + 1]; n + 1];
    for k in 1..=n {
        for l in 1..=m {
            let pair =
                weight(xs[k - 1], ys[l - 1]).map_or(f64::NEG_INFINITY, |w| best[k - 1][l - 1] + w);
            best[k][l] = best[k - 1][l].max(best[k][l - 1]).max(pair);
        }
    }
    let mut out = Vec::new();
    let (mut k, mut l) = (n, m);
    while k > 0 && l > 0 {
        let w = weight(xs[k - 1], ys[l - 1]);
        if w.is_some_and(|w| best[k][l] == best[k - 1][l - 1] + w) {
            out.push((xs[k - 1] as u32, ys[l - 1] as u32));
            k -= 1;
            l -= 1;
        } else if best[k][l] == best[k - 1][l] {
            k -= 1;
        } else {
            l -= 1;
        }
    }
    out.reverse();
    out
}

/// Whether `echo` says the figure `q` again: the same value, and the same kind and unit
/// or none of its own ("2 million pounds" — "2 million").
fn same_figure(q: &Quantity, echo: &Quantity) -> bool {
    q.value == echo.value
        && (q.kind == echo.kind && q.unit == echo.unit
            || echo.kind == Kind::Count && echo.unit.is_none())
}

/// Whether `b` gives `a`'s figure again in a way that links them however far apart: the
/// same value, kind and unit; for a count, the same thing counted and at least ten of
/// them ("16 medical centres" — "16 multipurpose medical centres"; not "three
/// monuments"); a measure in its unit; an amount of money or time of two or more
/// significant digits as written ("1.12 billion rubles"), a percentage so written and
/// said without a hedge ("4.1 percent"); a day or month as said ("on February 8"). Not
/// a year, a rank, a fraction or a time relative to now: those recur for other things
/// ("in 2015", "a third", "two years ago").
fn said_again_far(a: &Claim, b: &Claim) -> bool {
    let (qa, qb) = (&a.quantity, &b.quantity);
    // (A figure put as a question again is asked, not stated: "were there really
    // twenty-three?")
    if qa.value != qb.value
        || qa.kind != qb.kind
        || qa.unit != qb.unit
        || a.mode == Mode::Question
        || b.mode == Mode::Question
    {
        return false;
    }
    match qa.kind {
        Kind::Count => {
            qa.value >= 10.0
                && a.head
                    .iter()
                    .any(|h| b.head.contains(h) && !is_generic_head(h))
        }
        Kind::Measure => true,
        Kind::Money => crate::quantity::significant_digits(qa.value) >= 2,
        // A share recurs for other things unless precise and said alike ("4.1 percent";
        // not "65 to 85 percent" against "65 percent").
        Kind::Percent => {
            crate::quantity::significant_digits(qa.value) >= 2
                && qa.hedge == Hedge::Exact
                && qb.hedge == Hedge::Exact
        }
        // A day or a month as said, not a time relative to the moment of speaking.
        Kind::Date => qa.relative.is_none() && qb.relative.is_none(),
        // (In the unit said: "six-year" is 2191.5 days.)
        Kind::Duration => crate::quantity::significant_digits(qa.stated) >= 2,
        _ => false,
    }
}

/// A figure's size as said: a length or an amount of time in the unit said ("20
/// minutes" is 20), anything else its value. A bare number answering it is of that size.
fn as_said(q: &Quantity) -> f64 {
    match q.kind {
        Kind::Measure | Kind::Duration => q.stated,
        _ => q.value,
    }
}

/// Whether the count `b` says figure `a` again, as written, with its unit or scale left
/// unsaid ("$2.7 million" — "2.7"; "3.8 percent" — "3.8"; see
/// [`crate::quantity::dropped_scale`]).
fn said_again(a: &Quantity, b: &Quantity) -> bool {
    let said_a = as_said(a);
    let scale = crate::quantity::dropped_scale(a, b);
    b.kind == Kind::Count
        && (a.kind != Kind::Count || scale != 1.0)
        && !time_or_rank(a.kind)
        && crate::quantity::significant_digits(b.stated) >= 2
        && b.value * scale == said_a
}

/// The date `b` names when it is a bare day of the month ("the 16th") said in reply to
/// `a`, a date with a day: `a`'s month and year, `b`'s day.
pub(crate) fn day_of(a: &Quantity, b: &Quantity) -> Option<crate::quantity::Date> {
    let date = a
        .date
        .filter(|d| a.kind == Kind::Date && a.relative.is_none() && d.day.is_some())?;
    let day = b.value;
    (b.kind == Kind::Ordinal
        && b.unit.is_none()
        && day.fract() == 0.0
        && (1.0..=31.0).contains(&day))
    .then_some(crate::quantity::Date {
        day: Some(day as u8),
        ..date
    })
}

/// Whether a sentence that opens a reply only reacts, with no content of its own: a
/// question back ("Forty-six?"), an assent, a denial, an interjection, a marker of
/// correction or confirmation, or a word or none ("Well."): the reply's next sentence is
/// still its first word on the matter.
fn opens_only(s: &Sentence) -> bool {
    s.words.len() <= 1
        || s.words.len() <= 3
            && (s.question
                || s.corrects
                || s.confirms
                || matches!(
                    s.act,
                    Act::Assent | Act::Denial | Act::NegativeAnswer | Act::Interjection
                ))
}

/// How far into its sentence, in bytes, a reply's figure without a unit may stand to
/// take the unit of the figure it answers (about eight words: "I think you'll find it
/// was nearer 5 million").
const UNITLESS_REACH: usize = 48;

/// Whether a bare figure is close enough to the one before it to correct it: the same
/// sign, within 35% of the larger.
fn close_correction(x: f64, y: f64) -> bool {
    x * y > 0.0 && (x - y).abs() <= 0.35 * x.abs().max(y.abs())
}

/// The words of a claim's clause before its first word of change: what changed
/// ("crime", "citi", "centr" in "Crime in the city centre fell by 10 percent").
fn changed_subject(c: &Claim) -> Vec<&str> {
    c.changed
        .iter()
        .filter(|w| !is_generic_verb(w) && !is_report_word(w))
        .collect()
}

/// Words that report or forecast a figure rather than name what it is of ("figures
/// show", "you mentioned the projected growth").
fn is_report_word(w: &str) -> bool {
    matches!(
        w,
        "figur"
            | "show"
            | "data"
            | "statist"
            | "number"
            | "say"
            | "said"
            | "own"
            | "mention"
            | "project"
            | "forecast"
            | "expect"
            | "predict"
            | "estimat"
            | "plan"
            | "rate"
    )
}

/// Whether a share or percentage states a change ("grew by 9 percent", "a 5 percent
/// drop") rather than a level ("a third of all freight", "9 percent of GDP").
fn states_change(c: &Claim) -> bool {
    !c.level_after_change
        && (crate::claim::direction(c.clause_words.iter()) != 0
            || c.clause_words
                .iter()
                .any(|w| crate::claim::change_of(w) != 0))
}

/// [`Rule::SameSpeaker`], [`Rule::OtherPeriod`], [`Rule::OtherSubScope`],
/// [`Rule::Excluding`], [`Rule::OtherPlace`]: vetoes of what the two claims are about.
fn scope_veto(a: &Claim, b: &Claim) -> Option<Rule> {
    if a.speaker == b.speaker {
        return Some(Rule::SameSpeaker);
    }
    if let (Some(pa), Some(pb)) = (&a.period, &b.period)
        && !pa.compatible(pb)
    {
        return Some(Rule::OtherPeriod);
    }
    if !a.subscope.is_empty()
        && !b.subscope.is_empty()
        && !a.subscope.iter().any(|s| b.subscope.contains(s))
    {
        return Some(Rule::OtherSubScope);
    }
    // "4 percent, excluding energy" measures less than the whole: not the same figure
    // as one that leaves nothing out.
    let excludes = |c: &Claim| c.subscope.contains(&"excluding");
    if excludes(a) != excludes(b) {
        return Some(Rule::Excluding);
    }
    // Figures located in different places ("in the Republic", "in the Khabarovsk Territory").
    if !a.places.is_empty()
        && !b.places.is_empty()
        && !a.places.iter().any(|p| b.places.contains(p))
    {
        return Some(Rule::OtherPlace);
    }
    None
}

/// How a later claim is linked to an earlier one in the dialogue.
#[derive(Clone, Copy)]
struct Link {
    /// The later claim's utterance answers the earlier's.
    answers: bool,
    /// … in its first four sentences.
    reply: bool,
    /// A correction marker in the later sentence, the one before or the one after.
    corrects: bool,
    /// An attribution phrase links them.
    attribution: bool,
    /// No turn of either speaker between them.
    near: bool,
    /// Not near, the later states again what the earlier stated, with another figure
    /// ([`Scorer::restated_far`]).
    restated_far: bool,
}

impl Scorer<'_, '_> {
    /// Whether a figure deep in a long answer may still answer one of the turn it
    /// replies to: the same kind of figure, not a year, date or rank (a long answer
    /// names many), within 3x, a change answering a change and a level a level, and
    /// for counts the same thing counted.
    fn far_link(&self, a: &Claim, b: &Claim) -> bool {
        let (qa, qb) = (&a.quantity, &b.quantity);
        let (x, y) = (qa.value.abs(), qb.value.abs());
        let within = x > 0.0 && y > 0.0 && (x / y).max(y / x) <= 3.0;
        let kinds = qa.kind == qb.kind && !time_or_rank(qa.kind);
        let roles = !matches!(qa.kind, Kind::Percent | Kind::Fraction)
            || states_change(a) == states_change(b);
        let counted = qa.kind != Kind::Count || a.head.iter().any(|h| b.head.contains(h));
        within && kinds && roles && counted
    }

    /// Scores claims `i` and `j` as a pair, or names the rule that rules them out: the
    /// vetoes of scope first ([`Scorer::scope_veto`]), then how the two are linked in
    /// the dialogue ([`Scorer::link`], [`Scorer::link_veto`]), whether the second takes
    /// its topic from the first ([`Scorer::inherits`]), the vetoes of content
    /// ([`Scorer::content_veto`]), and the topic score ([`Scorer::score`]).
    fn consider(&self, i: usize, j: usize) -> Result<Pair, Rule> {
        let (i, j) = if self.claims[i].quantity.span.start <= self.claims[j].quantity.span.start {
            (i, j)
        } else {
            (j, i)
        };
        let (a, b) = (&self.claims[i], &self.claims[j]);
        if let Some(rule) = scope_veto(a, b) {
            return Err(rule);
        }
        // "Then up to 1015, 1100." read back after a correction: the 1100 answers the
        // figure at its place in the other's series.
        let read_back = |x: usize| self.series_partner(x).is_some();
        if (read_back(i) || read_back(j)) && !self.reads_series_back(i, j) {
            return Err(Rule::OtherInSeries);
        }
        let mut link = self.link(a, b);
        link.restated_far = !link.near && self.restated_far(i, j);
        if let Some(rule) = self.link_veto(i, j, &link) {
            return Err(rule);
        }
        // "2013, wasn't it?" — "No, so 2013 is when we started planning.": the figure
        // said again after the denial is put to another use, not agreed with.
        let sb = &self.sents[b.sentence];
        if link.reply
            && sb.opens_correcting
            && !sb.confirms
            && sb.index_in_turn == 0
            && same_figure(&a.quantity, &b.quantity)
        {
            return Err(Rule::DeniedEcho);
        }
        // "46 complaints" — "Forty-six? My records show sixty-four.": the figure asked
        // back is checked, and the reply's own figure answers it.
        if link.reply
            && b.bare
            && b.mode == Mode::Question
            && same_figure(&a.quantity, &b.quantity)
            && self.claims.get(j + 1).is_some_and(|n| {
                n.utt == b.utt
                    && n.sentence == b.sentence + 1
                    && n.quantity.kind == Kind::Count
                    && n.quantity.unit.is_none()
                    && n.head.is_empty()
                    && n.quantity.value != b.quantity.value
            })
        {
            return Err(Rule::AskedBack);
        }
        let inherited = self.inherits(i, j, &link);
        // "… 47 minutes last month." — "You're right that it was 47 minutes.": the
        // other's figure said again and credited to them, however round.
        let restated = match restatement(a, b, link.reply) {
            Restatement::None
                if link.attribution
                    && a.quantity.kind == b.quantity.kind
                    // (a month or day: "as you know, … in January" credits nothing dated)
                    && a.quantity.kind != Kind::Date
                    && same_figure(&a.quantity, &b.quantity) =>
            {
                Restatement::Specific
            }
            r => r,
        };
        if let Some(rule) = self.content_veto(i, j, inherited, restated) {
            return Err(rule);
        }
        let (score, correction) = self.score(i, j, &link, inherited, restated)?;
        // A series read back after a correction marker corrects, figure by figure (its
        // pairs are ranked as bare replies, nearest in value first).
        let correction = correction || self.reads_series_back(i, j);
        Ok(Pair {
            a: i,
            b: j,
            score,
            reply: link.reply,
            inherited,
            correction,
            attribution: link.attribution,
        })
    }

    /// Whether claim `j` states again, far from it, what claim `i` stated, with another
    /// figure ("We've got eleven games left." — many turns later, another speaker — "We've
    /// got twelve games left."): two plain statements of one kind and unit by two
    /// speakers, neither a question, a plan against a fact, a part against a whole or a
    /// figure each, a change against a change or a level against a level, not two
    /// different things counted; and either the words around one figure (its
    /// [`Claim::phrase`], at least three of them) all stand around the other, or the two
    /// count or say changed the same thing with a topic score of at least
    /// [`RESTATED_FAR_SCORE`]. Not a year, a date or a rank: those recur for other things.
    fn restated_far(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let (qa, qb) = (&a.quantity, &b.quantity);
        if qa.value == qb.value
            || qa.kind != qb.kind
            || qa.unit != qb.unit
            || time_or_rank(qa.kind)
            || a.mode != Mode::Assertion
            || b.mode != Mode::Assertion
            || self.sents[a.sentence].question
            || self.sents[b.sentence].question
            || a.future != b.future
            || a.part != b.part
            || a.each != b.each
            || a.speaker == b.speaker
        {
            return false;
        }
        let counted = a
            .head
            .iter()
            .any(|h| b.head.contains(h) && !is_generic_head(h));
        // Two things counted, neither named by the other: other things.
        if !counted && !a.head.is_empty() && !b.head.is_empty() {
            return false;
        }
        // The words between the commas around one figure all stand around the other ("the
        // depot has 44 electric buses" — "the new depot has 40 electric buses"; not
        // "Northgate depot has 40" — "Riverside depot has 44"), however long the sentences.
        let restated = match (self.things.get(i), self.things.get(j)) {
            ((x, true), (y, true)) => {
                let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
                short.iter().all(|w| long.contains(w))
            }
            _ => false,
        };
        // (Without that, only the same thing counted or changed can link them.)
        if !restated && !counted && (a.changed.is_empty() || b.changed.is_empty()) {
            return false;
        }
        let change = states_change(a);
        if change != states_change(b) {
            return false;
        }
        if restated {
            return true;
        }
        let changed = change && {
            let (ua, ub) = (changed_subject(a), changed_subject(b));
            ua.iter().any(|w| ub.contains(w))
        };
        let (na, nb) = (self.topics.norms[i], self.topics.norms[j]);
        (counted || changed)
            && na > 0.0
            && nb > 0.0
            && self.topics.overlap(i, j, |_| ()) / (na * nb).sqrt() >= RESTATED_FAR_SCORE
    }

    /// How claim `b` is linked to the earlier claim `a` in the dialogue.
    fn link(&self, a: &Claim, b: &Claim) -> Link {
        let (sa, sb) = (&self.sents[a.sentence], &self.sents[b.sentence]);
        // `b`'s utterance answers `a`'s; a reply proper is in its first four sentences.
        let answered = answered_turn(b.utt, self.utt_speakers);
        // … or the one before a follow-up of the same speaker that asks for the figure
        // again without one ("2 million units, is that right?" — "Let me put that in
        // context." — "But on the volume itself?" — "No, the group shipped 1.5 million.").
        let answers = answered == Some(a.utt)
            || answered.is_some_and(|x| {
                x == a.utt + 2 && self.utt_speakers[x] == a.speaker && self.follow_up[x]
                    // … or the turn before a third speaker's question that passes the
                    // floor on about it ("Does that match your recollection?").
                    || x == a.utt + 1 && self.relay[x] && self.utt_speakers[x] != a.speaker
            });
        let reply = answers && sb.index_in_turn <= 3;
        // A correction can open the turn in a sentence of its own ("I would like to clarify a bit.").
        let prev_corrects = b.sentence > 0
            && self.sents[b.sentence - 1].utt == sb.utt
            && self.sents[b.sentence - 1].corrects;
        // … or right after the opening figure ("I said $1.5 trillion. Get your facts right.").
        let next_corrects = sb.index_in_turn == 0
            && self
                .sents
                .get(b.sentence + 1)
                .is_some_and(|n| n.utt == sb.utt && n.corrects);
        let corrects = sb.corrects || prev_corrects || next_corrects;
        let attribution = sb.attributes || (reply && sa.attributes);
        // Speakers answer what was just said: the claims must be in nearby turns
        // (no turn of either speaker between them), unless a phrase links them.
        let near = b.utt <= a.utt + 2
            && (a.utt + 1..b.utt)
                .all(|t| self.utt_speakers[t] != a.speaker && self.utt_speakers[t] != b.speaker);
        Link {
            answers,
            reply,
            corrects,
            attribution,
            near,
            restated_far: false,
        }
    }

    /// [`Rule::NotNearby`] and [`Rule::OwnFigures`]: vetoes of the dialogue link.
    fn link_veto(&self, i: usize, j: usize, link: &Link) -> Option<Rule> {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let (sa, sb) = (&self.sents[a.sentence], &self.sents[b.sentence]);
        let Link {
            corrects,
            attribution,
            near,
            restated_far,
            ..
        } = *link;
        if !near && !attribution && !corrects && !said_again_far(a, b) && !restated_far {
            return Some(Rule::NotNearby);
        }
        // Two speakers each stating their own figure ("we have 14", "our region has 27")
        // speak of different things unless one answers, corrects or cites the other.
        if sa.own
            && sb.own
            && !corrects
            // (… unless the one says again what the other said, nearly word for word)
            && !restated_far
            && !attribution
            && !sb.confirms
            && a.mode != Mode::Question
            && !sa.question
        {
            return Some(Rule::OwnFigures);
        }
        None
    }

    /// Whether claim `j` takes its topic and unit from claim `i`: a bare reply, a direct
    /// answer, a multiple ("nearly twice that").
    fn inherits(&self, i: usize, j: usize, link: &Link) -> bool {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let (sa, sb) = (&self.sents[a.sentence], &self.sents[b.sentence]);
        let reply = link.reply;
        // A bare reply takes its topic and unit from a figure of comparable size.
        // Sizes as said: a bare "35" answers "20 minutes" in minutes, not in days.
        // "We were at $2.7 million." — "So it started at 2.7.": a scale left unsaid.
        // (A question back, "Was it 950?", may be of another figure.)
        let scale = if b.mode == Mode::Question || sb.question {
            1.0
        } else {
            crate::quantity::dropped_scale(&a.quantity, &b.quantity)
        };
        let (said_a, said_b) = (as_said(&a.quantity), as_said(&b.quantity) * scale);
        let first_in_sentence = j == 0 || self.claims[j - 1].sentence != b.sentence;
        let comparable_size = {
            let (x, y) = (said_a.abs(), said_b.abs());
            x > 0.0 && y > 0.0 && (x / y).max(y / x) <= 30.0
        };
        let multiple = |c: &Claim| c.quantity.is_multiple();
        // "Nearly twice that.": a multiple of the figure answered takes its topic and unit.
        // A direct answer: the first figure of a reply that opens with "Yes" / "That's
        // right" / "No", to the figure of the question it answers ("400,000?" — "Yes,
        // 400,000 schoolchildren.").
        let direct_answer = reply
            && sa.act != Act::OpenQuestion
            && ((a.mode == Mode::Question || sa.question) && (sb.confirms || sb.corrects)
                // "No, …", "Let me clarify, …" after a statement corrects it.
                || sb.corrects)
            && self.utt_len[a.utt] - sa.index_in_turn <= 2
            && sb.index_in_turn == 0
            && first_in_sentence
            && comparable_size;
        // "… but it does say 2013." — "I don't think so, mate. It was 2014 the first one.":
        // the first figure of a reply, right after an opening that denies and holds no
        // figure, answers the figure that closed the turn replied to, if of its kind.
        // So too after an opening that denies and gives the answered figure another
        // role: "No, so 2013 is when we started planning. 2014 was the very first event."
        // (The denial and the echo may open the figure's own sentence.)
        let opening = &self.sents[b.sentence.saturating_sub(1)];
        let before_in_reply = self.claims[..j]
            .iter()
            .rev()
            .take_while(|c| c.utt == b.utt)
            .collect::<Vec<_>>();
        let echo_sentence = before_in_reply.first().map(|c| c.sentence);
        let denier = match echo_sentence {
            Some(e) if e == b.sentence && sb.index_in_turn == 0 => Some(sb),
            Some(e) if e + 1 == b.sentence && sb.index_in_turn == 1 => Some(opening),
            _ => None,
        };
        let denied_then_echoed = denier.is_some_and(|d| d.opens_correcting && !d.confirms)
            && before_in_reply.iter().all(|c| {
                Some(c.sentence) == echo_sentence && same_figure(&a.quantity, &c.quantity)
            });
        let after_denial = reply
            && (sb.index_in_turn == 1
                && matches!(opening.act, Act::Denial | Act::NegativeAnswer)
                && before_in_reply.is_empty()
                || denied_then_echoed)
            && self.utt_len[a.utt] - sa.index_in_turn <= 1
            && self.claims.get(i + 1).is_none_or(|n| n.utt != a.utt)
            && a.quantity.kind == b.quantity.kind
            && comparable_size;
        // "Just under 600,000." — "600,000 dollars?", "We shipped 45,000." — "45,000
        // units?": a bare count that ends its turn takes the unit or the counted noun the
        // reply adds to it, when it says about the same figure again.
        let unit_added = reply
            && a.bare
            && a.quantity.kind == Kind::Count
            && (b.quantity.kind != Kind::Count || a.head.is_empty() && !b.head.is_empty())
            && sb.index_in_turn == 0
            && self.utt_len[a.utt] - sa.index_in_turn <= 1
            // (in a unit not converted: the bare figure is compared as it was said)
            && b.quantity.stated == b.quantity.value
            && close_correction(said_a, said_b);
        // "The development adds around 500 homes?" — "Around 500, yes, built in three
        // phases.": the figure asked, said again first in the answer.
        let echo_answer = reply
            && (a.mode == Mode::Question || sa.question)
            && !sb.question
            && sb.index_in_turn == 0
            && first_in_sentence
            && a.quantity.kind == b.quantity.kind
            && a.quantity.value == b.quantity.value;
        // "… without power for an hour and a half." — "With respect, it was three hours.":
        // the first figure of a reply whose sentence points back ("it was", "that's") at
        // the last figure of its kind in the turn answered, right after it or after an
        // opening without content ("Perhaps.", "Correct.").
        let opening_only = sb.index_in_turn == 0
            || sb.index_in_turn == 1
                && before_in_reply.is_empty()
                && (opening.words.len() <= 1
                    || opening.corrects
                    || opening.confirms
                    || matches!(
                        opening.act,
                        Act::Assent | Act::Denial | Act::NegativeAnswer | Act::Interjection
                    ));
        // Deeper in a long answer, a sentence that opens with an assent takes up a point
        // of the turn answered: "… growth has remained rather weak, under two percent.
        // …" — "… Yes, it is modest at the moment (1.5 percent) …".
        let assent_deep = link.answers && sb.act == Act::Assent && sb.index_in_turn > 1;
        let pointing = (reply || assent_deep)
            && b.pointing
            && !sb.question
            // ("In 1998." — "You see, it is already 2018.": the time of speaking.)
            && !time_or_rank(a.quantity.kind)
            && (opening_only || assent_deep)
            && first_in_sentence
            && a.quantity.kind == b.quantity.kind
            && (self.utt_len[a.utt] - sa.index_in_turn <= 2 || assent_deep)
            && self.claims[i + 1..]
                .iter()
                .take_while(|c| c.utt == a.utt)
                .all(|c| c.quantity.kind != a.quantity.kind)
            && comparable_size;
        // "… $4.3 million a quarter last year, and $3.1 million now." — "Right, so 4.3 a
        // year ago, down to 3.1 now.": a figure of the turn answered said again, as
        // written, without its unit or scale, early in the reply and not asked.
        let unit_dropped = reply && b.head.is_empty() && said_again(&a.quantity, &b.quantity);
        // "… 700+ people, almost 750, the first year. … year two was right around 1,200
        // … then right around 1,500." — "Because you're getting them wrong. So in 2014 -
        // 778. Then up to 1015, 1100.": bare counts in a reply that corrects, within two
        // sentences of its marker, each answer a count near it in value of the turn
        // answered or of that speaker's turn before it.
        let series = self.reads_series_back(i, j);
        // "$3.1 million in charges" — "it was about 2.4, not 3": a count put in the place
        // of the figure it rejects takes that figure's unit and scale.
        let replaces = link.answers
            && b.quantity.kind == Kind::Count
            && b.head.is_empty()
            && self.rejects_figure(i, j);
        // "The scheme cost 4.2 million pounds last year." — "I think you'll find it was
        // nearer 5 million.": the first figure of a reply, a count that names no unit and
        // nothing counted, answers the figure that closed the turn replied to when close
        // to it in size (within 35%, the scale left unsaid taken from it). Early in its
        // sentence (within its first [`UNITLESS_REACH`] bytes), after a sentence that
        // states or puts that one figure (an open question asks for another: "41.5
        // percent — how much of that is sustainable?").
        // (After an opening that only asks the figure back, "Forty-six? My records show
        // sixty-four.", the reply's figure is still its first word on it.)
        let asked_back = sb.index_in_turn == 1
            && !before_in_reply.is_empty()
            && before_in_reply.iter().all(|c| {
                c.sentence + 1 == b.sentence
                    && c.bare
                    && c.mode == Mode::Question
                    && same_figure(&a.quantity, &c.quantity)
            });
        let unitless = reply
            && (opening_only || asked_back)
            && b.quantity.span.start - sb.span.start <= UNITLESS_REACH
            && sa.act != Act::OpenQuestion
            && !self.claims[..i]
                .iter()
                .rev()
                .take_while(|c| c.sentence == a.sentence)
                .chain(self.claims[i + 1..].iter().take_while(|c| c.sentence == a.sentence))
                .any(|c| !time_or_rank(c.quantity.kind))
            && b.quantity.kind == Kind::Count
            && b.quantity.unit.is_none()
            && b.head.is_empty()
            && !b.quantity.is_multiple()
            && !time_or_rank(a.quantity.kind)
            && first_in_sentence
            && self.utt_len[a.utt] - sa.index_in_turn <= 1
            && self.claims.get(i + 1).is_none_or(|n| n.utt != a.utt)
            // (Any size, within reason, answers a figure asked or denied: "72 reports?" —
            // "My records show twenty-seven."; "40 million?" — "Oh, nowhere near. Twelve.")
            && (close_correction(said_a, said_b)
                || comparable_size
                    && (a.mode == Mode::Question
                        || sa.question
                        || sb.corrects
                        || sb.index_in_turn == 1
                            && matches!(opening.act, Act::Denial | Act::NegativeAnswer)));
        // "The meeting was on 14 March, wasn't it?" — "I believe it was the 16th.": a bare
        // day of the month, first in the reply, answers the date with a day that closed
        // the turn replied to: it is that month's day.
        let day_of_month = reply
            && (b.bare || b.pointing)
            && b.head.is_empty()
            && day_of(&a.quantity, &b.quantity).is_some()
            && opening_only
            && first_in_sentence
            && self.utt_len[a.utt] - sa.index_in_turn <= 1
            && self.claims[i + 1..]
                .iter()
                .take_while(|c| c.utt == a.utt)
                .all(|c| c.quantity.kind != Kind::Date);
        direct_answer
            || echo_answer
            || unitless
            || day_of_month
            || pointing
            || unit_dropped
            || series
            || replaces
            || after_denial
            || unit_added
            || reply
                && (b.bare
                && comparable_size
                && (a.mode == Mode::Question
                    || sa.question
                    || sb.corrects
                    || sb.confirms
                    // A bare figure that opens the reply, after a figure that closes the
                    // turn it answers: "Net debt stands at 2.37 billion." — "2.38 billion."
                    // Such a correction is close to the figure it corrects (within 35%,
                    // the same sign): further off, the bare figure is about something else.
                    || sb.index_in_turn == 0
                        && self.utt_len[a.utt] - sa.index_in_turn <= 1
                        && self.claims.get(i + 1).is_none_or(|n| n.sentence != a.sentence)
                        && close_correction(said_a, said_b))
                // "that" points back to the other speaker only when nothing in the
                // reply comes before it ("… 800 square metres, while others have almost
                // double this" points at the 800).
                || multiple(b)
                    && !multiple(a)
                    && sb.index_in_turn <= 1
                    && first_in_sentence)
    }

    /// Whether the sentence of claim `j` also rejects a figure within 15% of claim `i`'s,
    /// of its kind or a bare count at the scale left unsaid ("10 or 12%, not 35" after
    /// "a 32% increase"): then `j` is what the reply puts in the place of `i`. Not a
    /// year, date or rank, and not "not only".
    fn rejects_figure(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        if time_or_rank(a.quantity.kind) {
            return false;
        }
        // The negated figures of `b`'s sentence (a few at most are read: a sentence of
        // thousands of figures costs no more per pair).
        let from = self
            .negated
            .partition_point(|&k| self.claims[k as usize].sentence < b.sentence);
        self.negated[from..]
            .iter()
            .map(|&k| k as usize)
            .take_while(|&k| self.claims[k].sentence == b.sentence)
            .filter(|&k| k != j)
            .take(8)
            .map(|k| &self.claims[k])
            .any(|c| {
                let q = &c.quantity;
                let kind = q.kind == a.quantity.kind || q.kind == Kind::Count && q.unit.is_none();
                let said_a = if q.kind == Kind::Count {
                    as_said(&a.quantity)
                } else {
                    a.quantity.value
                };
                let v = q.value * crate::quantity::dropped_scale(&a.quantity, q);
                c.negated
                    && kind
                    && said_a * v > 0.0
                    && (said_a - v).abs() <= 0.15 * said_a.abs().max(v.abs())
            })
    }

    /// Whether sentence `s` or one of the three before it in its utterance marks a
    /// correction ("Because you're getting them wrong.").
    fn in_correction(&self, s: usize) -> bool {
        let utt = self.sents[s].utt;
        (s.saturating_sub(3)..=s).any(|k| self.sents[k].utt == utt && self.sents[k].corrects)
    }

    /// Whether claim `j` reads back figure `i` in a series (see [`series_partners`]).
    fn reads_series_back(&self, i: usize, j: usize) -> bool {
        self.series_partner(j) == Some(i)
    }

    /// The figure claim `j` reads back in a series, if it reads one back.
    fn series_partner(&self, j: usize) -> Option<usize> {
        self.series
            .binary_search_by_key(&(j as u32), |&(_, y)| y)
            .ok()
            .map(|k| self.series[k].0 as usize)
    }

    /// Whether claim `j` may read back a series: a count that names nothing, early in a
    /// reply (deep in a long answer a bare number is of its own), within three
    /// sentences of a correction marker (see [`Scorer::in_correction`]).
    fn reads_back(&self, j: usize) -> bool {
        let b = &self.claims[j];
        let sb = &self.sents[b.sentence];
        b.quantity.kind == Kind::Count
            && b.quantity.unit.is_none()
            && b.mode == Mode::Assertion
            && sb.index_in_turn <= 4
            && (b.bare || b.head.is_empty() && sb.words.len() <= 4)
            && self.in_correction(b.sentence)
    }

    /// How near claim `b`'s figure is to claim `a`'s as read back (the smaller over the
    /// larger), at the scale left unsaid and within 35%; `None` when not near.
    fn nearness(&self, a: &Claim, b: &Claim) -> Option<f64> {
        if time_or_rank(a.quantity.kind) {
            return None;
        }
        // (Of any kind but a day or rank: "88 percent … 91 percent" — "84. 87.", at the
        // scale left unsaid: "45 million in the second" — "then 39".)
        let said_a = as_said(&a.quantity);
        let said_b = b.quantity.value * crate::quantity::dropped_scale(&a.quantity, &b.quantity);
        close_correction(said_a, said_b)
            .then(|| said_a.abs().min(said_b.abs()) / said_a.abs().max(said_b.abs()))
    }

    /// Whether claim `i` is a year that is the period of another claim of its sentence.
    fn dates_a_figure(&self, i: usize) -> bool {
        self.dating[i]
    }

    /// [`Rule::OtherCountedNoun`], [`Rule::OneSidedSubScope`], [`Rule::LevelAgainstChange`],
    /// [`Rule::ContrastedThings`]:
    /// vetoes of what the two figures count or describe.
    fn content_veto(
        &self,
        i: usize,
        j: usize,
        inherited: bool,
        restated: Restatement,
    ) -> Option<Rule> {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let (sa, sb) = (&self.sents[a.sentence], &self.sents[b.sentence]);
        // "In 2016 the district had 300 schools." — "In 2019 it had 340.": a year that
        // dates another figure of its sentence is that figure's period, not a claim.
        if self.dates_a_figure(i) || self.dates_a_figure(j) {
            return Some(Rule::YearDatesFigure);
        }
        // Counted nouns must agree when both are given.
        let head_clash = !a.head.is_empty()
            && !b.head.is_empty()
            && !a.head.iter().any(|h| b.head.contains(h))
            && a.quantity.kind == Kind::Count
            && b.quantity.kind == Kind::Count;
        // … unless the figure is said again: other words for the same thing ("27
        // witnesses" — "twenty-seven people have testified").
        if head_clash && !inherited && restated == Restatement::None {
            return Some(Rule::OtherCountedNoun);
        }
        // A sub-scope word on one counted noun that the other sentence never uses
        // ("308,000 military people" against "200,000 people"): different things.
        let one_sided = |x: &Claim, y: &Sentence| {
            x.head
                .iter()
                .any(|h| crate::claim::is_subscope(h) && !y.words.contains(h))
        };
        // (A bare reply has no words of its own to leave the sub-scope out of.)
        if (one_sided(a, sb) || one_sided(b, sa)) && restated != Restatement::Precise && !inherited
        {
            return Some(Rule::OneSidedSubScope);
        }
        let shares = matches!(a.quantity.kind, Kind::Percent | Kind::Fraction)
            && matches!(b.quantity.kind, Kind::Percent | Kind::Fraction);
        if shares && !inherited {
            let (change_a, change_b) = (states_change(a), states_change(b));
            // "The share dropped to 43 percent." — "… a drop of 25 percent.": a level and
            // a change.
            if a.level_after_change && change_b || b.level_after_change && change_a {
                return Some(Rule::LevelAgainstChange);
            }
            // "Crime fell by 10 percent." — "Arrests fell by 25 percent.": changes of two
            // different things, each named before its word of change.
            if change_a && change_b {
                let (ua, ub) = (changed_subject(a), changed_subject(b));
                if !ua.is_empty() && !ub.is_empty() && !ua.iter().any(|w| ub.contains(w)) {
                    return Some(Rule::OtherSubject);
                }
            }
        }
        // "The new hospital has 300 beds." — "And the old one had 200.": contrasted things.
        if crate::claim::masks_contrast(self.contrasts[i], self.contrasts[j]) {
            return Some(Rule::ContrastedThings);
        }
        None
    }

    /// The topic score of the pair and whether the second corrects the first, or
    /// [`Rule::NoSharedTopic`] / [`Rule::BelowSimilarity`].
    fn score(
        &self,
        i: usize,
        j: usize,
        link: &Link,
        inherited: bool,
        restated: Restatement,
    ) -> Result<(f64, bool), Rule> {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let (sa, sb) = (&self.sents[a.sentence], &self.sents[b.sentence]);
        let Link {
            answers,
            reply,
            corrects,
            attribution,
            ..
        } = *link;
        // Only general verbs in common ("costs", "took") do not make a topic.
        let mut topical = false;
        let shared_w = self.topics.overlap(i, j, |w| {
            topical |= !is_generic_verb(self.vocab[w as usize]);
        });
        let (na, nb) = (self.topics.norms[i], self.topics.norms[j]);
        let mut score = if na > 0.0 && nb > 0.0 {
            shared_w / (na * nb).sqrt()
        } else {
            0.0
        };
        if a.head
            .iter()
            .any(|h| b.head.contains(h) && !is_generic_head(h))
        {
            score += 0.25;
        }
        // Deep in a long answer, only a marker in the figure's own sentence corrects.
        // "… a 32% increase in electricity." — "… probably around 10 or 12%, not 35.": a
        // reply that rejects about the other's figure puts its own in that one's place.
        let rejects = answers && self.rejects_figure(i, j);
        let correction = rejects || corrects && (reply || answers && sb.corrects);
        if answers && !reply && self.far_link(a, b) {
            // Further into a long answer, the link fades.
            score += if sb.index_in_turn <= 12 { 0.1 } else { 0.05 };
        }
        if reply {
            score += 0.15;
            // The figure right before the other speaker takes the floor, and the first figures of the answer.
            if self.utt_len[a.utt] - sa.index_in_turn <= 3 && sb.index_in_turn <= 2 {
                score += 0.1;
            }
            if a.mode == Mode::Question || sa.question {
                score += 0.2;
            }
        }
        if inherited || rejects {
            score = score.max(self.cfg.min_similarity + 0.1);
            // Of two figures a bare reply may answer, the nearer in value ("700+ people,
            // almost 750" — "778"): a tie-break, too small to change a verdict's confidence.
            let (x, y) = (a.quantity.value.abs(), b.quantity.value.abs());
            if x > 0.0 && y > 0.0 {
                score += 0.004 * (x.min(y) / x.max(y));
            }
        }
        // "You have led the company for 20 years." — "I have been chief executive for 14 years.":
        // a statement about the listener answered by the listener about themself.
        let you_i = reply
            && a.quantity.kind == b.quantity.kind
            && a.quantity.kind != Kind::Count
            && (sa.second_person && sb.first_person || sa.first_person && sb.second_person);
        if you_i {
            score = score.max(self.cfg.min_similarity);
        }
        // Without a word in common, only a bare reply, a you/I exchange or the figure
        // itself said again in reply links two figures.
        let echoed = reply && restated != Restatement::None;
        if !topical && !inherited && !you_i && !echoed && !rejects {
            return Err(Rule::NoSharedTopic);
        }
        if attribution {
            score += 0.15;
        }
        if correction {
            score += 0.1;
        }
        // Years, dates and ordinals say little on their own: ask for more.
        let needs = if time_or_rank(a.quantity.kind) {
            self.cfg.min_similarity + 0.1
        } else {
            self.cfg.min_similarity
        };
        // "Unfortunately, 64 people died." — "Sixty-four people.": the other speaker's
        // figure said again, too specific to meet by chance, is about the same thing,
        // and more surely so than another figure of the reply ("129 people were helped").
        if restated != Restatement::None {
            score = (score + RESTATED_BONUS).max(needs);
        }
        // (A statement said again far away is as close as it gets.)
        if link.restated_far {
            score = score.max(needs);
        }
        if score < needs {
            return Err(Rule::BelowSimilarity);
        }
        Ok((score, correction))
    }
}

/// Whether and how surely `b` says the very value of `a` again (see [`restatement`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Restatement {
    /// Another value, or one two speakers meet on by chance.
    None,
    /// A value of two significant digits, or a day of the year.
    Specific,
    /// A value of three or more significant digits ("457,000", "1,095").
    Precise,
}

/// Whether `b` states the very value of `a`, and the value is specific enough that two
/// speakers do not meet on it by chance: a day of the year, or a figure of two or more
/// significant digits as written ("64", "4.7 million", "1,095"; not "20", "7,000", a
/// year or a rank), of the same kind and unit, a level for a level and a change for a
/// change. A count of two digits names the same thing counted as the other or neither
/// names one; in reply, each may name it in other words.
fn restatement(a: &Claim, b: &Claim, reply: bool) -> Restatement {
    let (qa, qb) = (&a.quantity, &b.quantity);
    if qa.kind != qb.kind || qa.unit != qb.unit {
        return Restatement::None;
    }
    let of_digits = |digits: usize| match digits {
        0 | 1 => Restatement::None,
        2 => Restatement::Specific,
        _ => Restatement::Precise,
    };
    match qa.kind {
        Kind::Year | Kind::Weekday | Kind::Ordinal => Restatement::None,
        // A day as said, not one counted back from the day of speaking ("five years ago").
        Kind::Date if qa.relative.is_some() || qb.relative.is_some() => Restatement::None,
        Kind::Date => match (qa.date, qb.date) {
            (Some(x), Some(y))
                if x.day.is_some()
                    && (x.month, x.day) == (y.month, y.day)
                    && (x.year == y.year || x.year.is_none() || y.year.is_none()) =>
            {
                Restatement::Specific
            }
            _ => Restatement::None,
        },
        _ if qa.value != qb.value => Restatement::None,
        // "64 people" — "sixty-four people"; "4.7 million" — "4.7 million"; "64 beds" —
        // "sixty-four places" in reply; not "15 million people" — "a price of 15 million".
        Kind::Count => match of_digits(crate::quantity::significant_digits(qa.stated)) {
            Restatement::Specific => match (a.head.is_empty(), b.head.is_empty()) {
                (true, true) => Restatement::Specific,
                // "The 620 is right.": a bare echo in reply names nothing of its own.
                (false, true) if reply && b.bare => Restatement::Specific,
                (false, false) if reply || a.head.iter().any(|h| b.head.contains(h)) => {
                    Restatement::Specific
                }
                _ => Restatement::None,
            },
            r => r,
        },
        // A level is not a change: "inflation stands at 3.4 percent" — "pay rose 3.4 percent".
        Kind::Percent | Kind::Fraction if states_change(a) != states_change(b) => Restatement::None,
        _ => of_digits(crate::quantity::significant_digits(qa.stated)),
    }
}

/// Pairs claims of different speakers that speak of the same thing.
///
/// # Panics
///
/// If the claims, sentences (and pairs or utterance speakers) given are not those of
/// one transcript, as the earlier stages made them: they index each other.
pub fn align(
    claims: &[Claim],
    sents: &[Sentence],
    utt_speakers: &[usize],
    cfg: &AlignConfig,
) -> Vec<Pair> {
    align_traced(claims, sents, utt_speakers, cfg, None)
}

/// A candidate pair of claims `(a, b)` that alignment ruled out, and the rule that did.
pub type Veto = (usize, usize, Rule);

/// [`align`], also listing into `vetoes`, when given, every candidate pair of claims
/// of different speakers that was ruled out and the rule that ruled it out (for
/// [`crate::Analysis::trace`]).
///
/// # Panics
///
/// If the claims, sentences (and pairs or utterance speakers) given are not those of
/// one transcript, as the earlier stages made them: they index each other.
pub fn align_traced(
    claims: &[Claim],
    sents: &[Sentence],
    utt_speakers: &[usize],
    cfg: &AlignConfig,
    vetoes: Option<&mut Vec<Veto>>,
) -> Vec<Pair> {
    align_with(claims, sents, utt_speakers, cfg, vetoes, &mut |_| None)
}

/// [`align_traced`], where the one-to-one matching asks `judge` about each pair it
/// would take: a pair `judge` rules out (returning the rule) does not use up its
/// claims, so a better partner of either can still be taken. The detector judges by
/// comparing the figures, so a pair that comparison leaves quiet ("far-apart") does
/// not hide a pair that it would report.
///
/// # Panics
///
/// If the claims, sentences (and pairs or utterance speakers) given are not those of
/// one transcript, as the earlier stages made them: they index each other.
pub fn align_with<'s>(
    claims: &'s [Claim],
    sents: &'s [Sentence],
    utt_speakers: &[usize],
    cfg: &AlignConfig,
    mut vetoes: Option<&mut Vec<Veto>>,
    judge: &mut dyn FnMut(&Pair) -> Option<Rule>,
) -> Vec<Pair> {
    let mut utt_len = vec![0usize; utt_speakers.len()];
    for s in sents {
        utt_len[s.utt] += 1;
    }
    // The contrast words of each claim's clause ("new", "old"), read once.
    let contrasts: Vec<u32> = claims
        .iter()
        .map(|c| crate::claim::contrast_mask(&c.clause_words))
        .collect();
    let (topics, vocab) = Topics::of(claims, sents);
    let (follow_up, relay) = asking_turns(claims, sents, utt_speakers.len());

    let mut scorer = Scorer {
        claims,
        sents,
        utt_speakers,
        utt_len,
        contrasts,
        topics,
        vocab,
        cfg,
        dating: dating_years(claims),
        series: Vec::new(),
        negated: (0..claims.len() as u32)
            .filter(|&k| claims[k as usize].negated)
            .collect(),
        follow_up,
        relay,
        things: Things::of(claims),
    };
    scorer.series = series_partners(&scorer);
    scorer.series.sort_unstable_by_key(|&(_, y)| y);
    let scorer = scorer;
    let mut cands: Vec<Pair> = Vec::new();
    let mut consider = |i: usize, j: usize, cands: &mut Vec<Pair>| match scorer.consider(i, j) {
        Ok(p) => crate::claim::push_kept(cands, p),
        Err(r) => {
            if let Some(sink) = vetoes.as_deref_mut()
                && r != Rule::SameSpeaker
            {
                sink.push((i.min(j), i.max(j), r));
            }
        }
    };
    // Candidates come from the nearby utterances (a reply, or the turn before it), and, for a
    // sentence that cites or corrects the other speaker, from further back: at most
    // `max_candidates` earlier claims per claim, so the cost stays linear in the transcript.
    // The claims that can be paired, utterance by utterance, in one list (claims come in
    // utterance order): those of utterance `u` are `eligible[starts[u]..starts[u + 1]]`.
    let mut eligible: Vec<u32> = Vec::new();
    let mut starts: Vec<u32> = Vec::with_capacity(utt_speakers.len() + 1);
    for (i, c) in claims.iter().enumerate() {
        debug_assert!(c.utt + 1 >= starts.len());
        while starts.len() <= c.utt {
            starts.push(eligible.len() as u32);
        }
        if block(c).is_some() && !matches!(c.mode, Mode::Hypothetical | Mode::Reported) {
            eligible.push(i as u32);
        }
    }
    while starts.len() <= utt_speakers.len() {
        starts.push(eligible.len() as u32);
    }
    let by_utt = |u: usize| &eligible[starts[u] as usize..starts[u + 1] as usize];
    // The eligible claims by value (the bits of the value, then the index): a figure said
    // again far from where the other speaker gave it ("16 medical centres" — many turns
    // later — "16 multipurpose medical centres") is a candidate however far back.
    let mut by_value: Vec<(u64, u32)> = eligible
        .iter()
        .map(|&i| (claims[i as usize].quantity.value.to_bits(), i))
        .collect();
    by_value.sort_unstable();
    // The plain statements by the thing they count or say changed (see
    // [`Scorer::restated_far`]), in claim order.
    let mut by_thing: WordMap<'_, Vec<u32>> =
        WordMap::with_capacity_and_hasher(scorer.things.words.len(), Default::default());
    for &i in &eligible {
        for &w in scorer.things.get(i as usize).0 {
            let list = by_thing.entry(w).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut far: Vec<u32> = Vec::new();
    for (j, b) in claims.iter().enumerate() {
        let Some(bk) = block(b) else { continue };
        if matches!(b.mode, Mode::Hypothetical | Mode::Reported) {
            continue;
        }
        let sb = &sents[b.sentence];
        let linked = sb.attributes
            || sb.corrects
            || (b.sentence > 0
                && sents[b.sentence - 1].utt == sb.utt
                && sents[b.sentence - 1].corrects);
        let answered = answered_turn(b.utt, utt_speakers);
        // The utterance replied to, or the one before a turn that passes the floor on.
        let replied = |u: usize| {
            Some(u) == answered || answered.is_some_and(|x| x == u + 1 && scorer.relay[x])
        };
        let mut budget = cfg.max_candidates;
        let first = cands.len();
        for u in (0..b.utt).rev() {
            if budget == 0 || (u + 2 < b.utt && !linked) {
                break;
            }
            for i in by_utt(u).iter().rev().map(|&i| i as usize) {
                if budget == 0 {
                    break;
                }
                // A goal is compared with a goal, a question or what will be, never with
                // a fact: "we plan to finish in 2023" agrees with "our task: by 2023"
                // but says nothing against "we finished 430 km last year".
                let fact = |c: &Claim| c.mode == Mode::Assertion && !c.future;
                if claims[i].mode == Mode::Target && fact(b)
                    || b.mode == Mode::Target && fact(&claims[i])
                {
                    continue;
                }
                let same_block = block(&claims[i]) == Some(bk);
                // A bare count may take the unit of the figure it answers.
                // So may a count that points back, or one that names nothing and says a
                // figure of the turn answered again without its scale ("So it started at 2.7.").
                let bare_link = (b.bare
                    || b.quantity.is_multiple()
                    || b.pointing
                    || b.head.is_empty()
                        && b.quantity.unit.is_none()
                        && (sb.index_in_turn == 0
                            || sb.index_in_turn == 1 && opens_only(&sents[b.sentence - 1]))
                    || b.head.is_empty()
                        && (sb.index_in_turn <= 1 && said_again(&claims[i].quantity, &b.quantity)
                            || scorer.rejects_figure(i, j)))
                    && bk == "count"
                    && replied(u);
                // … and a bare count the unit the reply adds ("Just under 600,000." —
                // "600,000 dollars?").
                let bare_back = claims[i].bare
                    && block(&claims[i]) == Some("count")
                    && replied(u)
                    && sb.index_in_turn == 0;
                // … and a bare day of the month the date it answers ("the 16th").
                let day_link = (b.bare || b.pointing)
                    && b.head.is_empty()
                    && replied(u)
                    && day_of(&claims[i].quantity, &b.quantity).is_some();
                if same_block || bare_link || bare_back || day_link {
                    budget -= 1;
                    consider(i, j, &mut cands);
                }
            }
        }
        // Further back, only the same figure of the same family (nearer ones were read above).
        if !linked && budget > 0 && b.utt >= 3 {
            let key = b.quantity.value.to_bits();
            let lo = by_value.partition_point(|&(v, _)| v < key);
            let hi = lo + by_value[lo..].partition_point(|&(v, _)| v == key);
            let far = by_value[lo..hi]
                .iter()
                .map(|&(_, i)| i as usize)
                .filter(|&i| claims[i].utt + 2 < b.utt && said_again_far(&claims[i], b));
            for i in far.rev().take(budget) {
                let fact = |c: &Claim| c.mode == Mode::Assertion && !c.future;
                // (Far from a reply, a pair with no word in common is never kept.)
                if claims[i].mode == Mode::Target && fact(b)
                    || b.mode == Mode::Target && fact(&claims[i])
                    || scorer.topics.overlap(i, j, |_| ()) == 0.0
                {
                    continue;
                }
                consider(i, j, &mut cands);
            }
        }
        // … and the same thing counted or changed, stated again with another figure.
        if !linked && budget > 0 && b.utt >= 3 && b.mode == Mode::Assertion {
            far.clear();
            far.extend(
                scorer
                    .things
                    .get(j)
                    .0
                    .iter()
                    .filter_map(|w| by_thing.get(w))
                    // (A word said of many figures singles none out.)
                    .filter(|is| is.len() <= FAR_THING_MAX)
                    // (Each list is in claim order: the far ones come first.)
                    .flat_map(|is| {
                        is.iter()
                            .copied()
                            .take_while(|&i| claims[i as usize].utt + 2 < b.utt)
                    }),
            );
            far.sort_unstable();
            far.dedup();
            for &i in far.iter().rev().take(budget) {
                let i = i as usize;
                if block(&claims[i]) == Some(bk) && scorer.restated_far(i, j) {
                    consider(i, j, &mut cands);
                }
            }
        }
        // Only the best few candidates of each claim can win: keep memory linear too.
        if cands.len() - first > KEEP_PER_CLAIM {
            // Each earlier claim is a candidate once: the order is total, so no stable sort
            // (and its buffer) is needed.
            cands[first..].sort_unstable_by(|x, y| y.score.total_cmp(&x.score).then(x.a.cmp(&y.a)));
            cands.truncate(first + KEEP_PER_CLAIM);
        }
    }
    // Best first. Each claim answers at most one earlier claim of each other speaker,
    // and is answered by at most one later claim of each other speaker.
    cands.sort_unstable_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    let mut used = Used {
        first: vec![[u32::MAX; 2]; claims.len()],
        more: std::collections::HashSet::new(),
    };
    // The pairs taken stay in `cands`, in place.
    cands.retain(|p| {
        let (sa, sb) = (claims[p.a].speaker, claims[p.b].speaker);
        if used.has(p.a, sb, true) || used.has(p.b, sa, false) {
            if let Some(sink) = vetoes.as_deref_mut() {
                sink.push((p.a, p.b, Rule::AlreadyPaired));
            }
            return false;
        }
        if let Some(rule) = judge(p) {
            if let Some(sink) = vetoes.as_deref_mut() {
                sink.push((p.a, p.b, rule));
            }
            return false;
        }
        used.take(p.a, sb, true);
        used.take(p.b, sa, false);
        true
    });
    cands.sort_unstable_by_key(|p| (p.a, p.b));
    cands.shrink_to_fit();
    cands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Transcript;

    /// Aligns a transcript, returning its pairs and the vetoed candidates.
    fn aligned(text: &str) -> (Vec<Pair>, Vec<Veto>) {
        let t = Transcript::parse(text).unwrap();
        let sents = crate::claim::sentences(&t);
        let claims = crate::claim::claims(&t, &sents);
        let utts = crate::claim::utterance_speakers(&sents);
        let mut vetoes = Vec::new();
        let pairs = align_traced(
            &claims,
            &sents,
            &utts,
            &AlignConfig::default(),
            Some(&mut vetoes),
        );
        (pairs, vetoes)
    }

    #[test]
    fn a_series_is_matched_in_order_nearest_in_sum() {
        // Figures 88, 91, 86 read back as 84, 87, 86: in order, not each to its nearest.
        let (xs, ys) = ([0, 1, 2], [10, 11, 12]);
        let values = [
            88.0, 91.0, 86.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 84.0, 87.0, 86.0,
        ];
        let near = |x: usize, y: usize| {
            let (a, b): (f64, f64) = (values[x], values[y]);
            close_correction(a, b).then(|| a.min(b) / a.max(b))
        };
        assert_eq!(
            monotone_matching(&xs, &ys, near),
            [(0, 10), (1, 11), (2, 12)]
        );
        // A pair that may not be matched is left out; the others keep their order.
        let none_for_first = |x: usize, y: usize| if x == 0 { None } else { near(x, y) };
        assert_eq!(
            monotone_matching(&xs, &ys, none_for_first),
            [(1, 11), (2, 12)]
        );
    }

    #[test]
    fn a_reply_about_the_same_thing_is_paired() {
        let (pairs, _) = aligned(
            "Anna Petrova: The district has 300 schools.\nMark Ellis: No, it has 340 schools.\n",
        );
        assert_eq!(pairs.len(), 1);
        assert!(pairs[0].reply && pairs[0].correction);
    }

    #[test]
    fn other_periods_are_vetoed_by_name() {
        let (pairs, vetoes) = aligned(
            "Anna Petrova: In 2016 the district had 300 schools.\nMark Ellis: In 2019 it had 340 schools.\n",
        );
        assert!(pairs.is_empty());
        assert!(
            vetoes.iter().any(|v| v.2 == Rule::OtherPeriod),
            "{vetoes:?}"
        );
    }

    #[test]
    fn different_counted_nouns_are_vetoed() {
        let (pairs, vetoes) = aligned(
            "Anna Petrova: The district has 300 schools.\nMark Ellis: The district has 340 hospitals.\n",
        );
        assert!(pairs.is_empty());
        assert!(
            vetoes.iter().any(|v| v.2 == Rule::OtherCountedNoun),
            "{vetoes:?}"
        );
    }

    #[test]
    fn a_far_link_needs_the_same_kind_and_role() {
        let up = "Trade between our countries rose by 25 percent last year.";
        let level = "The share of solved cases dropped to almost 43 percent.";
        for (a, linked) in [(up, true), (level, false)] {
            let text = format!(
                "Elena Varga: {a}\nTomas Lind: Thank you. We met for hours. We signed six agreements. The talks were long. Last year, trade between our countries increased by 9 percent.\n"
            );
            let t = Transcript::parse(&text).unwrap();
            let sents = crate::claim::sentences(&t);
            let claims = crate::claim::claims(&t, &sents);
            let pct: Vec<&Claim> = claims
                .iter()
                .filter(|c| c.quantity.kind == Kind::Percent)
                .collect();
            assert_eq!(pct.len(), 2);
            assert_eq!(states_change(pct[0]), linked, "{a}");
            assert!(states_change(pct[1]));
        }
    }

    #[test]
    fn significant_digits_are_those_written() {
        use crate::quantity::significant_digits;
        for (x, n) in [
            (64.0, 2),
            (7000.0, 1),
            (4.7e6, 2),
            (457_000.0, 3),
            (1.095, 4),
            (20.0, 1),
        ] {
            assert_eq!(significant_digits(x), n, "{x}");
        }
        assert_eq!(significant_digits(f64::INFINITY), 0);
    }

    #[test]
    fn the_same_figure_far_back_is_paired_only_when_it_names_the_same_thing() {
        let talk = |a: &str, b: &str| {
            format!(
                "Anna Petrova: {a}\nMark Ellis: Thank you.\nAnna Petrova: Next item.\n\
                 Mark Ellis: The agenda is long.\nAnna Petrova: Indeed.\nMark Ellis: {b}\n"
            )
        };
        let paired = |a: &str, b: &str| !aligned(&talk(a, b)).0.is_empty();
        // Many turns apart, the same count of the same thing, money or measure.
        assert!(paired(
            "The ministry is building 16 medical centres.",
            "So 16 new medical centres will open."
        ));
        assert!(paired(
            "The extra funding for the university is 1.12 billion rubles.",
            "The university needs extra funding of 1.12 billion rubles."
        ));
        // Not a small count, another thing counted, or a figure put as a question.
        assert!(!paired(
            "We opened three schools.",
            "Three schools still have asbestos."
        ));
        assert!(!paired(
            "We run 85 distribution centres.",
            "We signed 85 franchise agreements."
        ));
        assert!(!paired(
            "The ministry is building 16 medical centres.",
            "Are there really 16 medical centres?"
        ));
    }

    #[test]
    fn a_precise_figure_said_again_in_other_words_is_paired() {
        let dialogue = |n: &str, w: &str| {
            format!(
                "Ivan Petrov: Mr President, help was given to 129 people during the operation. \
                 Unfortunately, {n} people died. The search goes on around the clock.\n\
                 Anna Sokolova: Thank you. This is a terrible tragedy. The people are dead. {w} people.\n"
            )
        };
        let values = |text: &str| {
            let t = Transcript::parse(text).unwrap();
            let sents = crate::claim::sentences(&t);
            let claims = crate::claim::claims(&t, &sents);
            let (pairs, vetoes) = aligned(text);
            let values: Vec<(f64, f64)> = pairs
                .iter()
                .map(|p| (claims[p.a].quantity.value, claims[p.b].quantity.value))
                .collect();
            (values, vetoes)
        };
        // The 64 answers the 64, not the 129 said before it.
        let (pairs, _) = values(&dialogue("64", "Sixty-four"));
        assert_eq!(pairs, [(64.0, 64.0)]);
        // A round figure in other words is not paired with its like: "20" meets "20"
        // by chance too often.
        let (pairs, vetoes) = values(&dialogue("20", "Twenty"));
        assert!(!pairs.contains(&(20.0, 20.0)), "{pairs:?}");
        assert!(vetoes.iter().any(|v| v.2 == Rule::BelowSimilarity));
    }
}
