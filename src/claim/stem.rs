//! Stemming, and the direction of change a word names.
//!
//! In: an English word (any case), or stemmed words. Out: its stem ([`stem`](super::stem): lower
//! case, possessive and common suffixes removed, irregular verb forms mapped to their
//! lemma by [`lexicon::IRREGULAR_VERBS`], a few word families and irregular nouns to
//! one stem), and the direction of change stemmed words state
//! ([`direction`] for a clause, [`change_of`] for one word from the change lexicons).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Word;
use crate::lexicon;

/// The direction of change a clause states: +1 for a rise ("rose", "increased", "grew"),
/// -1 for a fall ("fell", "declined", "dropped"), 0 for none or both. Takes stemmed
/// content words, as in [`Claim::clause_words`](super::Claim::clause_words).
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
        let stems = |ws: &[&str]| ws.iter().map(|w| stem_word(w)).collect::<Vec<_>>();
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
    type Map = HashMap<Word, i8, std::hash::BuildHasherDefault<super::words::WordHasher>>;
    static STEMS: OnceLock<Map> = OnceLock::new();
    let map = STEMS.get_or_init(|| {
        change_entries()
            .filter(|(e, _)| !e.contains(' '))
            .map(|(e, d)| (stem_word(e), d))
            .collect()
    });
    map.get(stemmed).copied().unwrap_or(0)
}

/// The entries of [`lexicon::CHANGE_UP`] and [`lexicon::CHANGE_DOWN`], each with its
/// direction (`1`, `-1`).
fn change_entries() -> impl Iterator<Item = (&'static str, i8)> {
    [(&lexicon::CHANGE_UP, 1), (&lexicon::CHANGE_DOWN, -1)]
        .into_iter()
        .flat_map(|(lex, d)| lex.entries().iter().map(move |e| (*e, d)))
}

/// The direction of change a lower-case word names as said, not stemmed: `1` for
/// "grew", "growth", `-1` for "declined", from the word forms of [`lexicon::CHANGE_UP`]
/// and [`lexicon::CHANGE_DOWN`] (which list every inflection); `0` for any other word.
pub(crate) fn change_of_form(word: &str) -> i8 {
    type Map = HashMap<&'static str, i8, std::hash::BuildHasherDefault<super::words::WordHasher>>;
    static FORMS: OnceLock<Map> = OnceLock::new();
    let map = FORMS.get_or_init(|| change_entries().filter(|(e, _)| !e.contains(' ')).collect());
    map.get(word).copied().unwrap_or(0)
}

/// The direction of change a verb and its particle name together, lower case as said:
/// `1` for "went up", "crept up", `-1` for "has come down", "dropped off", from the
/// two-word entries of [`lexicon::CHANGE_UP`] and [`lexicon::CHANGE_DOWN`]; `0` for any
/// other pair.
pub(crate) fn phrasal_change(verb: &str, particle: &str) -> i8 {
    static PHRASES: OnceLock<Vec<(&'static str, i8)>> = OnceLock::new();
    if !matches!(particle, "up" | "down" | "off") {
        return 0;
    }
    let phrases =
        PHRASES.get_or_init(|| change_entries().filter(|(e, _)| e.contains(' ')).collect());
    phrases
        .iter()
        .find(|(e, _)| {
            e.len() == verb.len() + 1 + particle.len()
                && e.starts_with(verb)
                && e.as_bytes()[verb.len()] == b' '
                && e.ends_with(particle)
        })
        .map_or(0, |&(_, d)| d)
}

/// Stems an English word: lower case, possessive and common suffixes removed.
pub(crate) fn stem_word(word: &str) -> Word {
    // Words from the sentence pass are already lower case with plain apostrophes: no copy then.
    let owned;
    let w: &str = if word.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        word
    } else {
        owned = crate::segment::lower_plain(word);
        &owned
    };
    // (`strip_suffix`, not `trim_end_matches("'s")`: a string pattern sets up a searcher per word.)
    let mut w = w;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    let w = w.trim_end_matches('\'');
    // Word families beyond a verb's irregular forms (those come from WordNet below).
    let irregular = match w {
        "grew" | "grown" | "growth" | "grows" | "growing" => Some("grow"),
        "rose" | "risen" | "rising" | "rises" => Some("rise"),
        "fell" | "fallen" | "falling" | "falls" => Some("fall"),
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
    // "lost" → "lose" → "los", as "losing" and "loses" stem.
    let w = irregular_lemma(w).unwrap_or(w);
    // Only the suffixes that end as the word does are tried (in this order): most words
    // end in a letter that none ends in.
    let last = w.as_bytes().last().copied();
    for &(suf, rep) in [
        ("ational", "ate"),
        ("ations", "ate"),
        ("ation", "ate"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("e", ""),
    ]
    .iter()
    .filter(|(suf, _)| suf.as_bytes().last().copied() == last)
    {
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

/// The irregular forms, and their shapes: most words are no irregular form, and the
/// shape (length, first letter, last letter) says so before any lookup.
struct Forms {
    lemmas: HashMap<
        &'static str,
        &'static str,
        std::hash::BuildHasherDefault<super::words::WordHasher>,
    >,
    /// `shapes[len][first]` has bit `last` set when a form of that shape exists.
    shapes: [[u32; 26]; 16],
}

/// The (length, first letter, last letter) cell of a lower-case ASCII word.
fn shape(w: &str) -> Option<(usize, usize, u32)> {
    let b = w.as_bytes();
    let (&first, &last) = (b.first()?, b.last()?);
    (first.is_ascii_lowercase() && last.is_ascii_lowercase()).then(|| {
        (
            b.len().min(15),
            (first - b'a') as usize,
            u32::from(last - b'a'),
        )
    })
}

/// The lemma of an irregular verb form, from [`lexicon::IRREGULAR_VERBS`].
fn irregular_lemma(form: &str) -> Option<&'static str> {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut f = Forms {
            lemmas: HashMap::default(),
            shapes: [[0; 26]; 16],
        };
        for e in lexicon::IRREGULAR_VERBS.entry_words() {
            if let [form, lemma] = e[..]
                && let Some((len, first, last)) = shape(form)
            {
                f.lemmas.insert(form, lemma);
                f.shapes[len][first] |= 1 << last;
            }
        }
        f
    });
    let (len, first, last) = shape(form)?;
    if forms.shapes[len][first] & (1 << last) == 0 {
        return None;
    }
    forms.lemmas.get(form).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert_eq!(stem_word("schools"), "school");
        assert_eq!(stem_word("increased"), stem_word("increase"));
        assert_eq!(stem_word("grew"), "grow");
        assert_eq!(stem_word("Russia's"), "russia");
        // Irregular forms from WordNet's exceptions meet their lemma's other forms.
        assert_eq!(stem_word("lost"), stem_word("lose"));
        assert_eq!(stem_word("lost"), stem_word("losing"));
        assert_eq!(stem_word("won"), stem_word("wins"));
        // A form that is a word of its own keeps its own stem ("left", not "leave").
        assert_ne!(stem_word("left"), stem_word("leave"));
    }
}
