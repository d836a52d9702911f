//! Word lists as data: one list per concept, in `src/lexicon/*.txt`.
//!
//! In: the files, compiled in with `include_str!`. Out: [`Lexicon`]s, each the
//! entries of one file in file order (lower case, whole words or phrases). A
//! file opens with `#` lines that say what the list is and where it comes from;
//! blank lines and `#` lines are not entries. The matchers that read a list
//! (an Aho-Corasick automaton, an opener test) are built from it on first use,
//! so a list is edited in one place only.
//!
//! ```
//! use discrepancy::lexicon;
//! assert!(lexicon::CONFIRM_OPENERS.entries().contains(&"that's right"));
//! assert!(lexicon::ALL.iter().all(|l| !l.entries().is_empty()));
//! ```

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

type Hasher = BuildHasherDefault<crate::claim::WordHasher>;

/// One word list, read from its file.
#[derive(Debug)]
pub struct Lexicon {
    name: &'static str,
    source: &'static str,
    entries: OnceLock<Box<[&'static str]>>,
    words: OnceLock<Box<[Box<[&'static str]>]>>,
    set: OnceLock<HashSet<&'static str, Hasher>>,
    /// The entries' lengths and first bytes, as bits (see [`Lexicon::contains_word`]).
    shapes: OnceLock<(u64, [u64; 4])>,
    /// The entries by their first word, as indices into [`entry_words`](Self::entry_words).
    by_first: OnceLock<HashMap<&'static str, Box<[usize]>, Hasher>>,
}

impl Lexicon {
    const fn new(name: &'static str, source: &'static str) -> Lexicon {
        Lexicon {
            name,
            source,
            entries: OnceLock::new(),
            words: OnceLock::new(),
            set: OnceLock::new(),
            shapes: OnceLock::new(),
            by_first: OnceLock::new(),
        }
    }

    /// The list's name: its file's name without `.txt`.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// What the list is and where it comes from: the file's `#` header, without the `#`.
    pub fn about(&self) -> String {
        self.source
            .lines()
            .take_while(|l| l.starts_with('#'))
            .map(|l| l.trim_start_matches('#').trim())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Each entry's words (split at spaces), in file order.
    pub fn entry_words(&self) -> &[Box<[&'static str]>] {
        self.words.get_or_init(|| {
            self.entries()
                .iter()
                .map(|e| e.split(' ').collect())
                .collect()
        })
    }

    /// Whether `s` is one of the entries, for many words in a row: a word whose length
    /// or first byte no entry has is passed over without a lookup.
    pub fn contains_word(&self, s: &str) -> bool {
        let (lengths, firsts) = *self.shapes.get_or_init(|| {
            let mut shapes = (0u64, [0u64; 4]);
            for e in self.entries() {
                shapes.0 |= 1 << e.len().min(63);
                let f = e.as_bytes()[0];
                shapes.1[usize::from(f >> 6)] |= 1 << (f & 63);
            }
            shapes
        });
        let Some(&f) = s.as_bytes().first() else {
            return false;
        };
        lengths & (1 << s.len().min(63)) != 0
            && firsts[usize::from(f >> 6)] & (1 << (f & 63)) != 0
            && self.contains(s)
    }

    /// Whether `s` is one of the entries.
    pub fn contains(&self, s: &str) -> bool {
        self.set
            .get_or_init(|| self.entries().iter().copied().collect())
            .contains(s)
    }

    /// Whether `words` open with one of the entries, as whole words.
    pub fn opens(&self, words: &[&str]) -> bool {
        words.first().is_some_and(|w| self.opens_at(words, w))
    }

    /// Whether one of the entries starts at one of the first `n` of `words` ("Do you
    /// agree, Mr Osborne, that …" after an opening "But").
    pub fn opens_within(&self, words: &[&str], n: usize) -> bool {
        (0..words.len().min(n)).any(|i| self.opens_at(&words[i..], words[i]))
    }

    /// Whether `words` hold one of the entries as consecutive whole words.
    pub fn within(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|i| self.opens_at(&words[i..], words[i]))
    }

    /// Whether `words`, whose first word is `first`, open with one of the entries.
    fn opens_at(&self, words: &[&str], first: &str) -> bool {
        let by_first = self.by_first.get_or_init(|| {
            let mut map: HashMap<&'static str, Vec<usize>, Hasher> = HashMap::default();
            for (i, e) in self.entry_words().iter().enumerate() {
                map.entry(e[0]).or_default().push(i);
            }
            map.into_iter().map(|(w, v)| (w, v.into())).collect()
        });
        let all = self.entry_words();
        by_first
            .get(first)
            .is_some_and(|es| es.iter().any(|&e| words.starts_with(&all[e])))
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[&'static str] {
        self.entries.get_or_init(|| {
            self.source
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
    }
}

macro_rules! lexicons {
    ($( $(#[$doc:meta])* $id:ident = $file:literal; )*) => {
        $( $(#[$doc])* pub static $id: Lexicon =
            Lexicon::new($file, include_str!(concat!("lexicon/", $file, ".txt"))); )*
        /// Every list.
        pub static ALL: &[&Lexicon] = &[$(&$id),*];
    };
}

lexicons! {
    /// Openers that confirm what the other speaker said or asked ("Yes", "That's right").
    CONFIRM_OPENERS = "confirm-openers";
    /// Openers that deny or correct what the other speaker said ("No,", "Actually").
    CORRECT_OPENERS = "correct-openers";
    /// Phrases anywhere in a sentence that mark a correction of the other speaker ("let me clarify", "that is not true").
    CORRECTION_PHRASES = "correction-phrases";
    /// Phrases that refer to the other speaker's words ("as you mentioned", "you are right").
    ATTRIBUTION_PHRASES = "attribution-phrases";
    /// Markers of a hypothetical or conditional figure: what could or would be, not what is.
    HYPOTHETICAL_MARKERS = "hypothetical-markers";
    /// Markers of targets and plans: what should happen, not what is.
    TARGET_MARKERS = "target-markers";
    /// Markers of a part of a larger whole ("including", "of which").
    PART_MARKERS = "part-markers";
    /// Phrases that deny what the other said without content of their own ("That's not true.").
    DENIALS = "denials";
    /// Whole sentences that answer in the negative ("Of course not.").
    NEGATIVE_ANSWERS = "negative-answers";
    /// First-person phrases that reject what was put ("I reject", "I don't accept"), within a sentence's first words.
    REJECTIONS = "rejections";
    /// Openings of a yes/no question that puts a proposition ("Do you agree that …?", "Isn't it the case …?").
    PUTTING_QUESTIONS = "putting-questions";
    /// Words that say a quantity rose (generated from WordNet 3.0).
    CHANGE_UP = "change-up";
    /// Words that say a quantity fell (generated from WordNet 3.0).
    CHANGE_DOWN = "change-down";
    /// Stance and discourse adverbs that leave a figure bare ("Closer to 35, honestly.").
    DISCOURSE_ADVERBS = "discourse-adverbs";
    /// Common nouns for a kind of person ("cosmonaut"; generated from WordNet 3.0).
    PERSON_NOUNS = "person-nouns";
    /// Irregular verb forms, each with its lemma ("lost lose"; generated from WordNet 3.0).
    IRREGULAR_VERBS = "irregular-verbs";
    /// Openers that assent to what the other speaker said or asked ("Yes.", "Exactly.").
    ASSENT_OPENERS = "assent-openers";
    /// Whole utterances that only acknowledge ("Right.", "Thank you.").
    INTERJECTIONS = "interjections";
    /// Replies that put the figure just said too high ("Not quite that long.").
    RELATIVE_BELOW = "relative-below";
    /// Replies that put the figure just said too low ("More than that.").
    RELATIVE_ABOVE = "relative-above";
    /// Whole replies that accept the figure just said as about right ("Nearly.").
    RELATIVE_ABOUT = "relative-about";
    /// Phrases that hand the floor to a speaker to answer ("Governor, your response.").
    FLOOR_PASSING = "floor-passing";
    /// Question tags ("…, wasn't it?", "Is that correct?").
    TAG_QUESTIONS = "tag-questions";
    /// Words of a short question that checks one has the other's point right ("Am I reading that right?"), besides a word of [`CHECK_JUDGEMENTS`].
    CHECK_QUESTIONS = "check-questions";
    /// The words of such a check question that say right or wrong ("right", "correctly", "fair").
    CHECK_JUDGEMENTS = "check-judgements";
    /// Openers of requests and checks, not claims ("Would you like …?", "Can you hear me?").
    REQUESTS = "requests";
    /// Markers of a figure reported from a third party ("the newspaper says", "critics claim").
    REPORTED_MARKERS = "reported-markers";
    /// Markers of a clause about what will be ("will", "going to").
    FUTURE_MARKERS = "future-markers";
    /// Past forms of verbs that relay what someone said ("promised", "told"; irregular forms from WordNet 3.0).
    REPORT_VERBS = "report-verbs";
    /// Phrases by which an assent accepts a proposal or praises an idea ("Yes, a good idea.").
    ACCEPTANCES = "acceptances";
    /// Phrases that put forward a proposal or a wish, not a claim ("I propose", "maybe we").
    PROPOSALS = "proposals";
    /// Phrases that announce a fact after a courtesy ("to tell", "to report": "I am pleased to tell the House that …").
    ANNOUNCEMENTS = "announcements";
    /// Phrases that put an impression or a feeling, not a fact ("sounds like", "looked", "feel").
    IMPRESSIONS = "impressions";
    /// Conditionals that direct the listener or hedge a memory ("if you look at the slide").
    DISCOURSE_CONDITIONALS = "discourse-conditionals";
    /// Words that claim something of every member of a kind ("all", "every").
    UNIVERSALS = "universals";
    /// Phrases holding a universal word that claim nothing of a whole kind ("after all").
    UNIVERSAL_IDIOMS = "universal-idioms";
    /// Openings of a clause whose subject points back at what was just said ("it was", "that's").
    POINTING_OPENINGS = "pointing-openings";
    /// Words that open a reply and say nothing of their own ("and", "well", "I mean").
    REPLY_OPENERS = "reply-openers";
    /// Phrases that restrict a figure to the speaker's own side ("for us", "in our").
    SELF_SCOPES = "self-scopes";
    /// Adjectives of size or pace before a noun of change that name nothing changed ("a sharp drop").
    DEGREE_ADJECTIVES = "degree-adjectives";
    /// Prepositions that make an amount of time after them a window for another figure ("in", "over").
    WINDOW_PREPOSITIONS = "window-prepositions";
    /// Nouns that name a thing by the number after them ("page 4", "question 11").
    LABEL_NOUNS = "label-nouns";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_header_and_entries_in_lower_case() {
        for l in ALL {
            assert!(!l.about().is_empty(), "{} has no header", l.name());
            assert!(!l.entries().is_empty(), "{} is empty", l.name());
            for e in l.entries() {
                assert_eq!(*e, e.to_lowercase(), "{}: {e:?}", l.name());
            }
        }
    }

    #[test]
    fn opens_and_within_agree_with_a_plain_search_of_every_entry() {
        // The plain search: every entry tried at every start.
        fn naive(l: &Lexicon, words: &[&str]) -> (bool, bool) {
            let es = l.entry_words();
            let opens = es.iter().any(|e| words.starts_with(e));
            let within = (0..words.len()).any(|i| es.iter().any(|e| words[i..].starts_with(e)));
            (opens, within)
        }
        let mut checked = 0;
        for l in ALL {
            for e in l.entry_words() {
                let behind: Vec<&str> = std::iter::once("zzz").chain(e.iter().copied()).collect();
                let short = &e[..e.len() - 1];
                for words in [&e[..], &behind[..], short, &behind[..behind.len() - 1]] {
                    assert_eq!(
                        (l.opens(words), l.within(words)),
                        naive(l, words),
                        "{}: {words:?}",
                        l.name()
                    );
                    checked += 1;
                }
                assert!(l.opens(e) && l.within(&behind) && !l.opens(&behind));
            }
        }
        assert!(checked > 1000);
    }
}
