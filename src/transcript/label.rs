//! Speaker labels: whether a piece of a line reads as the name of a speaker.
//!
//! In: the text before a colon (`President of Russia Vladimir Putin`, `In
//! January`), or a whole line that may be a name alone (Hansard name lines).
//!
//! Out: yes or no — [`is_label`] for the text before a colon, and
//! [`looks_like_name_line`] for a line that is only a speaker's name.

use super::speakers::strip_notes;

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
    if s.is_empty() || s.len() > 160 {
        return false;
    }
    let first = s.chars().next().unwrap();
    if first == '[' {
        // `[SPEAKER_00]`
        return s.ends_with(']') && s.len() <= 40 && !s[1..s.len() - 1].contains(['[', ']']);
    }
    if !first.is_uppercase() {
        return false;
    }
    let core = strip_notes(s);
    if core.is_empty() || core.contains([',', ';', '?', '!', '"', '“', '”', '«', '»']) {
        return false;
    }
    // An unclosed note such as `Name (retranslated: ...` is stripped to the name.
    let words: Vec<&str> = core.split_whitespace().collect();
    if words.is_empty() || words.len() > 25 {
        return false;
    }
    let first_word = words[0].trim_end_matches('.').to_lowercase();
    if NOT_LABEL_START.contains(&first_word.as_str()) && words.len() > 1 {
        return false;
    }
    if words.len() == 1 && NOT_LABEL_START.contains(&first_word.as_str()) {
        return false;
    }
    let mut caps = 0;
    let mut lower = 0;
    for w in &words {
        let c = w.chars().next().unwrap();
        if w.chars().any(|c| c.is_ascii_digit()) {
            // `SPEAKER_01`, `Speaker 2`: digits only in short speaker ids.
            if !(words.len() <= 2 && w.chars().all(|c| c.is_alphanumeric() || c == '_')) {
                return false;
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
                return false;
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
                return false;
            }
            lower += 1;
        } else if !w
            .chars()
            .all(|c| c.is_alphanumeric() || "-–—&'’.".contains(c))
        {
            return false;
        }
    }
    // "The same applies to ...": an article and a lower-case word open a sentence, not a title.
    if words.len() > 1 && first_word == "the" && words[1].starts_with(char::is_lowercase) {
        return false;
    }
    if lower > 0 {
        // Lower-case words only inside titles that end with a name
        // (`Central Bank chairman Sergei Ignatyev`) or with a role (`Call centre operator`).
        let is_cap = |w: &str| w.starts_with(char::is_uppercase);
        let n = words.len();
        let ends_with_name = n >= 2 && is_cap(words[n - 1]) && is_cap(words[n - 2]);
        let ends_with_role = ROLE_NOUNS.contains(&words[n - 1].to_lowercase().as_str());
        return lower <= 3 && (ends_with_name || ends_with_role);
    }
    caps >= 1
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
    let words = strip_notes(t).split_whitespace().count();
    words <= 10 && !t.contains(':') && is_label(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
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
