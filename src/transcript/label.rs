//! Speaker labels: whether a piece of a line reads as the name of a speaker.
//!
//! In: the text before a colon (`President of Russia Vladimir Putin`, `In
//! January`, a title in parts with commas, `First Deputy …`, up to 40 words when
//! it ends with a name), or a whole line that may be a name alone (Hansard name lines).
//!
//! Out: yes or no — [`is_label`] for the text before a colon, and
//! [`looks_like_name_line`] for a line that is only a speaker's name.

use super::speakers::{is_bare_name, is_title_word, strip_notes};

/// Function words allowed in lower case inside a label.
const LABEL_FUNCTION_WORDS: &[&str] = &[
    "of", "the", "for", "and", "de", "da", "van", "von", "der", "la", "le", "du", "on", "in", "at",
    "to", "bin", "al", "el", "y", "di", "del", "des", "dos", "&", "–", "—", "-", "ibn",
];

/// First words that begin sentences, not labels.
const NOT_LABEL_START: &[&str] = &[
    "yes",
    "no",
    "well",
    "so",
    "thank",
    "thanks",
    "here",
    "there",
    "this",
    "that",
    "these",
    "those",
    "it",
    "we",
    "i",
    "you",
    "they",
    "he",
    "she",
    "now",
    "then",
    "but",
    "and",
    "or",
    "also",
    "first",
    "second",
    "third",
    "firstly",
    "secondly",
    "finally",
    "example",
    "note",
    "look",
    "listen",
    "please",
    "in",
    "on",
    "at",
    "for",
    "by",
    "from",
    "with",
    "as",
    "after",
    "before",
    "during",
    "since",
    "of",
    "to",
    "under",
    "over",
    "about",
    "what",
    "why",
    "how",
    "when",
    "where",
    "who",
    "which",
    "if",
    "because",
    "one",
    "two",
    "my",
    "our",
    "your",
    "their",
    "his",
    "her",
    "its",
    "today",
    "tomorrow",
    "yesterday",
    "okay",
    "ok",
    "oh",
    "result",
    "results",
    "conclusion",
    "summary",
    "subject",
    "topic",
    "re",
    "ps",
    "p.s",
    "attention",
    "warning",
    "source",
    "sources",
    "quote",
    "update",
    "agenda",
    "is",
    "are",
    "let",
    "let's",
    "all",
    "some",
    "every",
    "each",
    "not",
    "only",
    "just",
    "again",
    "besides",
    "moreover",
    "however",
    "therefore",
    "meanwhile",
    "otherwise",
    "incidentally",
    "indeed",
];

/// Whether `s` (the text before a colon) reads as a speaker label.
pub(super) fn is_label(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 260 {
        return false;
    }
    let first = s.chars().next().unwrap();
    if first == '[' {
        // `[SPEAKER_00]`
        return s.ends_with(']') && s.len() <= 40 && !s[1..s.len() - 1].contains(['[', ']']);
    }
    if is_uncased_letter(first) {
        return uncased_label(&strip_notes(s));
    }
    if !first.is_uppercase() {
        return false;
    }
    let core = strip_notes(s);
    if core.is_empty() || core.contains([';', '?', '!', '"', '“', '”', '«', '»']) {
        return false;
    }
    if core.contains(',') {
        return comma_label(&core);
    }
    // An unclosed note such as `Name (retranslated: ...` is stripped to the name.
    let words: Vec<&str> = core.split_whitespace().collect();
    plain_label(&words, s.len())
}

/// A letter of a script without capitals (Chinese, Japanese, Arabic, Hebrew, Devanagari).
fn is_uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// A label in a script without capitals (`王先生`, `أحمد`, `राम`): with no capital to go
/// by, a short name — at most four words and 30 characters, no digits, no sentence
/// punctuation.
fn uncased_label(core: &str) -> bool {
    let words = core.split_whitespace().count();
    (1..=4).contains(&words)
        && core.chars().count() <= 30
        && !core.chars().any(|c| {
            c.is_numeric()
                || matches!(
                    c,
                    ',' | '.'
                        | ';'
                        | '?'
                        | '!'
                        | '"'
                        | '，'
                        | '。'
                        | '、'
                        | '！'
                        | '？'
                        | '；'
                        | '،'
                        | '؛'
                        | '؟'
                        | '।'
                        | '«'
                        | '»'
                        | '“'
                        | '”'
                )
        })
}

/// A label without commas, as words: a name, a title and a name, a role, an id.
fn plain_label(words: &[&str], len: usize) -> bool {
    if words.is_empty() {
        return false;
    }
    // Long titles (`Head of the Federal Service for … Alexei Aleshin`) end with a name.
    let long_ok = ends_with_name(words);
    if (words.len() > 25 || len > 160) && !(long_ok && words.len() <= 40) {
        return false;
    }
    if !opens_label(words) {
        return false;
    }
    let Some((caps, lower)) = label_word_counts(words) else {
        return false;
    };
    // "The same applies to ...": an article and a lower-case word open a sentence, not a title.
    if words.len() > 1
        && words[0].eq_ignore_ascii_case("the")
        && words[1].starts_with(char::is_lowercase)
    {
        return false;
    }
    if lower > 0 {
        // Lower-case words only inside titles that end with a name
        // (`Central Bank chairman Sergei Ignatyev`) or with a role (`Call centre operator`).
        let n = words.len();
        let is_cap = |w: &str| w.starts_with(char::is_uppercase);
        let ends_capitalised = n >= 2 && is_cap(words[n - 1]) && is_cap(words[n - 2]);
        return lower <= 3 && (ends_capitalised || ends_with_role(words));
    }
    caps >= 1
}

/// Whether the first word may open a label: not a word that opens sentences
/// ("Yes", "In", "First"), except "First" or "Second" before a title ("First Deputy …").
fn opens_label(words: &[&str]) -> bool {
    let first_word = words[0].trim_end_matches('.').to_lowercase();
    if !NOT_LABEL_START.contains(&first_word.as_str()) {
        return true;
    }
    matches!(first_word.as_str(), "first" | "second")
        && words.get(1).is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && is_title_word(&w.split('-').next().unwrap_or(w).to_lowercase())
        })
}

/// Counts the capitalised and the lower-case words of a label; `None` when a word
/// belongs to a sentence (a verb or pronoun, a number, a full stop after a long word).
fn label_word_counts(words: &[&str]) -> Option<(usize, usize)> {
    let mut caps = 0;
    let mut lower = 0;
    for w in words {
        let c = w.chars().next().unwrap();
        if w.chars().any(|c| c.is_ascii_digit()) {
            // `SPEAKER_01`, `Speaker 2`: digits only in short speaker ids; in long titles,
            // ordinals and years (`Commander of the 58th Army`, `Host of the 2018 award`).
            let id = words.len() <= 2 && w.chars().all(|c| c.is_alphanumeric() || c == '_');
            let in_title = words.len() >= 4 && ends_with_name(words) && is_ordinal_or_year(w);
            if !(id || in_title) {
                return None;
            }
            caps += 1;
            continue;
        }
        if w.ends_with('.') && w.len() > 4 && !w[..w.len() - 1].contains('.') {
            // A full stop after a long word ends a sentence; initials and `Dr.` are fine.
            if !matches!(
                w.to_lowercase().as_str(),
                "prof."
                    | "hon."
                    | "sen."
                    | "gov."
                    | "rep."
                    | "capt."
                    | "col."
                    | "gen."
                    | "lieut."
                    | "dept."
            ) {
                return None;
            }
        }
        let lw = w.to_lowercase();
        // `al-Assad`, `el-Sisi`: a lower-case particle joined to a capitalised name.
        let particle_name = c.is_lowercase()
            && w.split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase));
        if c.is_uppercase() || particle_name {
            caps += 1;
        } else if LABEL_FUNCTION_WORDS.contains(&lw.as_str()) {
        } else if c.is_lowercase() {
            if SPEECH_WORDS.contains(&lw.as_str()) {
                return None;
            }
            lower += 1;
        } else if !w
            .chars()
            .all(|c| c.is_alphanumeric() || "-–—&'’.".contains(c))
        {
            return None;
        }
    }
    Some((caps, lower))
}

/// `58th`, `2nd`, `2018`, `2012–2017`: numbers that occur in titles.
fn is_ordinal_or_year(w: &str) -> bool {
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    let rest = &w[digits..];
    (digits > 0 && matches!(rest, "st" | "nd" | "rd" | "th"))
        || (digits == 4 && (rest.is_empty() || rest.starts_with(['–', '-'])))
}

/// Whether the words end with a name: two capitalised words, the last no title word
/// (`… Alexei Aleshin`, `… Pope Tawadros II`).
fn ends_with_name(words: &[&str]) -> bool {
    let n = words.len();
    let is_cap = |w: &str| w.starts_with(char::is_uppercase);
    n >= 2
        && is_cap(words[n - 1])
        && is_cap(words[n - 2])
        && !is_title_word(&words[n - 1].trim_end_matches('.').to_lowercase())
}

/// Whether the last word is a role noun (`Call centre operator`).
fn ends_with_role(words: &[&str]) -> bool {
    words
        .last()
        .is_some_and(|w| ROLE_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// First words that, before a comma, begin an address or a sentence ("Sorry, Mr Smith:",
/// "Dear friends, colleagues:"), not a label.
const COMMA_NOT_LABEL_START: &[&str] = &[
    "sorry",
    "excuse",
    "right",
    "good",
    "great",
    "dear",
    "ladies",
    "gentlemen",
    "colleagues",
    "friends",
    "comrades",
    "hello",
    "hi",
    "welcome",
    "anyway",
    "true",
    "fine",
    "sure",
    "exactly",
    "absolutely",
    "madam",
    "sir",
];

/// A label with commas: a title in parts and a name (`Minister of Civil Defence,
/// Emergencies and Disaster Relief Vladimir Puchkov`, `Hero of Russia, Colonel Viktor
/// Romanov`), a name and its title (`Alexei Kudrin, Chairman of the Accounts Chamber`),
/// a place and a name (`Lipetsk, Yevgeny Zaitsev`), or a title alone in parts
/// (`Minister of Digital Development, Communications and Mass Media`). An address
/// ("Mr President, colleagues") or a sentence is not.
fn comma_label(core: &str) -> bool {
    let segments: Vec<Vec<&str>> = core
        .split(',')
        .map(|seg| seg.split_whitespace().collect())
        .collect();
    if !(2..=4).contains(&segments.len()) || segments.iter().any(Vec::is_empty) {
        return false;
    }
    let all: Vec<&str> = segments.iter().flatten().copied().collect();
    if all.len() > 40 || !opens_label(&all) {
        return false;
    }
    let first = &segments[0];
    let lower_first = first[0].to_lowercase();
    if COMMA_NOT_LABEL_START.contains(&lower_first.as_str()) {
        return false;
    }
    // "Mr President, …", "Mr Putin, …": an address.
    if first.len() <= 2 && matches!(lower_first.trim_end_matches('.'), "mr" | "ms" | "mrs") {
        return false;
    }
    let mut lower_total = 0;
    for (k, seg) in segments.iter().enumerate() {
        let Some((_, lower)) = label_word_counts(seg) else {
            return false;
        };
        lower_total += lower;
        // A later part may open with a lower-case role (`moderator Fyodor Lukyanov`).
        if k == 0 && !seg[0].starts_with(char::is_uppercase) {
            return false;
        }
        if seg[0].starts_with(char::is_lowercase)
            && (SPEECH_WORDS.contains(&seg[0].to_lowercase().as_str())
                || LABEL_FUNCTION_WORDS.contains(&seg[0]))
        {
            return false;
        }
    }
    if lower_total > 6 {
        return false;
    }
    let has_title = all.iter().any(|w| {
        let lw = w.trim_end_matches('.').to_lowercase();
        is_title_word(lw.split('-').next().unwrap_or(&lw)) || ROLE_NOUNS.contains(&lw.as_str())
    });
    let last = segments.last().unwrap();
    let bare_name = |seg: &[&str]| is_bare_name(&seg.join(" "));
    // A title in parts, ending with the name.
    if ends_with_name(last) && has_title {
        return true;
    }
    // A name, then what the person is ("Alexei Kudrin, Chairman of the Accounts
    // Chamber"), or one capitalised word for the role or the place ("CLAIRE MADDOX, HOST",
    // "Caller Bernie, Wolverton").
    if bare_name(first)
        && (segments[1..].iter().any(|s| s.len() >= 2)
            || segments.len() == 2 && last[0].starts_with(char::is_uppercase))
    {
        return true;
    }
    // A place, then a name (callers in a phone-in).
    if segments.len() == 2
        && first.len() <= 2
        && first.iter().all(|w| w.starts_with(char::is_uppercase))
        && bare_name(last)
    {
        return true;
    }
    // A title alone, in parts: an office word first, every word capitalised or a function word.
    is_title_word(&lower_first)
        && segments
            .iter()
            .all(|seg| label_word_counts(seg).is_some_and(|(_, lower)| lower == 0))
}

/// Lower-case words that belong to sentences, never to speaker labels.
const SPEECH_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did", "get",
    "gets", "applies", "apply", "say", "says", "said", "repeat", "mean", "means", "think", "note",
    "know", "want", "would", "will", "can", "could", "should", "must", "may", "need", "let", "we",
    "you", "i", "they", "it", "he", "she", "our", "your", "their", "his", "her", "its", "this",
    "that", "these", "those", "me", "us", "them", "not", "no", "there", "here", "what", "which",
    "who", "how", "why", "when", "where", "more", "most", "very", "all", "such", "so", "just",
    "also", "only", "thing", "things", "example", "question", "issue", "problem", "point",
];

/// Role nouns that may end a lower-case label (`Call centre operator`).
const ROLE_NOUNS: &[&str] = &[
    "operator",
    "participant",
    "correspondent",
    "member",
    "journalist",
    "student",
    "teacher",
    "worker",
    "resident",
    "representative",
    "moderator",
    "host",
    "reporter",
    "volunteer",
    "doctor",
    "officer",
    "pupil",
    "spectator",
    "guest",
];

pub(super) fn looks_like_name_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty()
        || t.len() > 120
        || t.ends_with(['.', '?', '!', ',', ';', ':']) && !t.ends_with("Dr.")
    {
        return false;
    }
    // A name line is a name, with a title at most: not a title in parts with commas,
    // but a name and what the person is may be ("Kate Lim, media adviser").
    let core = strip_notes(t);
    let name_first = || {
        core.split_once(',')
            .is_some_and(|(first, rest)| is_bare_name(first) && !rest.contains(','))
    };
    core.split_whitespace().count() <= 10
        && !t.contains(':')
        && (!core.contains(',') || name_first())
        && is_label(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        // A name and one capitalised word for the role or the place.
        assert!(is_label("CLAIRE MADDOX, HOST"));
        assert!(is_label("Caller Bernie, Wolverton"));
        assert!(!is_label("Sorry Mark, Hello"));
        assert!(looks_like_name_line("Kate Lim, media adviser"));
        assert!(looks_like_name_line("Tom Buckley, Courier-Post"));
        assert!(!looks_like_name_line(
            "Minister of Finance, Economy and Trade"
        ));
        assert!(is_label("Q100 Owen Tremlett"));
        assert!(is_label("President of Russia Vladimir Putin"));
        assert!(is_label(
            "State Corporation for Space Activities Roscosmos Head Igor Komarov"
        ));
        assert!(is_label("WALLACE"));
        assert!(is_label("THE PRESIDENT"));
        assert!(is_label("Question (retranslated)"));
        assert!(is_label("[SPEAKER_00]"));
        assert!(is_label("President Donald J. Trump"));
        assert!(!is_label("The figures are as follows"));
        assert!(!is_label("In January"));
        assert!(!is_label("22 February 2022, 15"));
        assert!(!is_label("Yes, Mr President"));
        assert!(!is_label("there are three questions"));
    }
}
