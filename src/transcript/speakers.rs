//! Speaker names: a label as written → the person it names.
//!
//! In: one speaker label (`President of Russia Vladimir Putin`, `Mr. SMITH`,
//! `THE PRESIDENT`, `Question (retranslated)`, `[SPEAKER_00]`).
//!
//! Out: a [`NameKey`] — the lower-case name words (or the title, for a
//! title-only label), the name to show, and whether the label is generic (a
//! different person at each turn) — and [`NameKey::same_person`], which says
//! whether two labels name one person. Also [`strip_notes`], the label without
//! its bracketed notes and affiliations.

/// Words that make up titles and offices rather than names.
const TITLE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "deputy",
    "first",
    "vice",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "head",
    "governor",
    "mayor",
    "director",
    "general",
    "secretary",
    "ambassador",
    "speaker",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "madam",
    "sir",
    "the",
    "of",
    "and",
    "for",
    "to",
    "on",
    "in",
    "at",
    "ceo",
    "chief",
    "executive",
    "officer",
    "senator",
    "representative",
    "rep",
    "sen",
    "gov",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "his",
    "her",
    "majesty",
    "excellency",
    "lord",
    "lady",
    "hon",
    "honourable",
    "honorable",
    "member",
    "commissioner",
    "moderator",
    "host",
    "anchor",
    "correspondent",
    "reporter",
    "journalist",
    "professor",
    "prof",
    "rector",
    "founder",
    "russian",
    "federation",
    "state",
    "federal",
    "national",
    "council",
    "assembly",
    "duma",
    "board",
    "management",
    "company",
    "corporation",
    "bank",
    "agency",
    "service",
    "committee",
    "republic",
    "region",
    "territory",
    "city",
    "government",
    "office",
    "administration",
    "department",
    "ministry",
    "affairs",
    "foreign",
    "defence",
    "defense",
    "finance",
    "economic",
    "development",
    "transport",
    "health",
    "education",
    "science",
    "industry",
    "trade",
    "energy",
    "agriculture",
    "interior",
    "justice",
    "culture",
    "sport",
    "labour",
    "social",
    "protection",
    "natural",
    "resources",
    "ecology",
    "construction",
    "housing",
    "digital",
    "communications",
    "mass",
    "media",
    "emergencies",
    "presidential",
    "envoy",
    "aide",
    "adviser",
    "advisor",
    "press",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "acting",
    "interim",
    "former",
    "senior",
    "executive",
    "managing",
    "partner",
    "chancellor",
    "premier",
    "leader",
    "patriarch",
    "metropolitan",
    "bishop",
    "commander",
    "colonel",
    "major",
    "captain",
    "lieutenant",
    "admiral",
    "marshal",
    "army",
    "navy",
    "staff",
    "the",
    // Words of ministries' names, never surnames ("… Emergencies and Disaster Relief").
    "relief",
    "disaster",
    "disasters",
    "utilities",
    "opportunities",
    "councillor",
    "councilor",
    "councilmember",
    "councilman",
    "councilwoman",
    "alderman",
    "alderwoman",
    "treasurer",
    "clerk",
    "commissioner",
    "premier",
    "superintendent",
    "trustee",
    "caller",
    "professor",
    "prof",
    "lord",
    "baroness",
    "dame",
    "inspector",
    "sergeant",
    "constable",
    "detective",
    "supervision",
    "relations",
    "cooperation",
    "technology",
    "technologies",
];

/// Whether a lower-case word is an office or a title (`minister`, `head`, `colonel`),
/// not a function word such as "of" or "the".
pub(super) fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(&w)
        && !matches!(
            w,
            "the" | "of" | "and" | "for" | "to" | "on" | "in" | "at" | "his" | "her"
        )
}

/// Labels that stand for a different person at each turn.
const GENERIC_LABELS: &[&str] = &[
    "question",
    "questions",
    "reply",
    "answer",
    "remark",
    "remarks",
    "comment",
    "response",
    "voice",
    "voices",
    "audience",
    "audience member",
    "participant",
    "participants",
    "unidentified",
    "unidentified speaker",
    "unknown",
    "unknown speaker",
    "speaker",
    "male",
    "female",
    "man",
    "woman",
    "journalist",
    "reporter",
    "q",
    "a",
    "interviewer",
    "crowd",
    "inaudible",
    "member",
    "members",
    "hon members",
    "hon. members",
    "several hon members",
];

/// The identity part of a label: the person's name, or the title when there is no name.
#[derive(Debug, Clone)]
pub(super) struct NameKey {
    /// Lower-case name words (first names and surname), empty for title-only labels.
    pub(super) name: Vec<String>,
    /// Lower-case title words, for title-only labels.
    pub(super) title: Vec<String>,
    /// Name to show.
    pub(super) display: String,
    pub(super) generic: bool,
}

impl NameKey {
    /// Reads the identity in a label: its name, title, name to show, and whether generic.
    pub(super) fn of(label: &str) -> NameKey {
        let core = strip_notes(label);
        // `Alexei Kudrin, Chairman of the Accounts Chamber`: the name, then the title.
        if let Some((first, _)) = core.split_once(',')
            && (is_bare_name(first) || titled_name(first))
        {
            return NameKey::of(first);
        }
        // `Lipetsk, Yevgeny Zaitsev`: a place or an office, then the name.
        if let Some((first, last)) = core.rsplit_once(',')
            && is_bare_name(last)
            && !is_bare_name(first)
        {
            let mut key = NameKey::of(last);
            key.title = title_words(&label_words(first).1);
            return key;
        }
        let (words, lower) = label_words(&core);
        let generic = is_generic(&lower);
        // `Unknown (Councilmember Smith)`, `Unknown (B)`: an anonymous voice that the
        // export tells apart by the bracket is one speaker, named by the whole label.
        if generic
            && ANONYMOUS_LABELS.contains(&lower.join(" ").as_str())
            && voice_id(label).is_some()
        {
            let display = label.split_whitespace().collect::<Vec<_>>().join(" ");
            return NameKey {
                name: vec![display.to_lowercase()],
                title: Vec::new(),
                display,
                generic: false,
            };
        }
        let start = name_run_start(&words, &lower);
        if let Some((name, display)) = name_before_place(&words, &lower, start) {
            return NameKey {
                name,
                title: title_words(&lower),
                display,
                generic,
            };
        }
        let name_start = short_name_start(&words, start);
        let mut name: Vec<String> = lower[name_start..]
            .iter()
            .filter(|w| w.len() > 1 || w.chars().all(char::is_alphabetic))
            .cloned()
            .collect();
        let mut display = display_name(label, &core, &words[name_start..], &name, generic);
        // "The Minister for Transport (Mr Alan Creasy)", "The Leader of the Opposition
        // (Mr Owen Farrant)": the holder named in brackets after an office is the person
        // ("Mr Creasy:" later); the title still finds them.
        let office = lower.first().is_some_and(|w| w == "the");
        if (name.is_empty() || office)
            && !generic
            && let Some(holder) = bracketed_name(label)
        {
            display = holder.to_string();
            name = holder
                .split_whitespace()
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .collect();
        }
        NameKey {
            name,
            title: title_words(&lower),
            display,
            generic,
        }
    }

    /// The surname, or the title of a title-only label: where to look this person up.
    pub(super) fn index_key(&self) -> String {
        match self.name.last() {
            Some(s) => s.clone(),
            None => self.title.join(" "),
        }
    }

    pub(super) fn same_person(&self, other: &NameKey) -> bool {
        if self.name.is_empty() || other.name.is_empty() {
            // A title alone names the holder a bracket named with it before.
            return !self.title.is_empty() && self.title == other.title;
        }
        let (a, b) = (&self.name, &other.name);
        let (sa, sb) = (a.last().unwrap(), b.last().unwrap());
        // Speaker ids (`SPEAKER_12`, `Unknown (B)`) are one speaker only when equal.
        let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit() || c == '(');
        let surname_close = sa == sb
            || (sa.len() > 4
                && !has_digit(sa)
                && !has_digit(sb)
                && strsim::jaro_winkler(sa, sb) > 0.93);
        if !surname_close {
            return false;
        }
        // Given names must not conflict when both are given: one of each side's must
        // match ("Tayyip Erdogan" is "Recep Tayyip Erdogan").
        let (ga, gb) = (&a[..a.len() - 1], &b[..b.len() - 1]);
        let compatible = |fa: &String, fb: &String| {
            fa == fb
                || fa.starts_with(fb.trim_end_matches('.'))
                || fb.starts_with(fa.trim_end_matches('.'))
                || strsim::jaro_winkler(fa, fb) > 0.9
        };
        ga.is_empty() || gb.is_empty() || ga.iter().any(|fa| gb.iter().any(|fb| compatible(fa, fb)))
    }
}

/// Generic labels for a voice nobody named (as opposed to a role such as `Question`).
const ANONYMOUS_LABELS: &[&str] = &[
    "unknown",
    "unknown speaker",
    "unidentified",
    "unidentified speaker",
    "speaker",
    "voice",
    "male",
    "female",
    "man",
    "woman",
    "participant",
    "audience member",
];

/// Bracketed notes that say how something was said, not who said it.
const MANNER_NOTES: &[&str] = &[
    "retranslated",
    "translated",
    "interpreted",
    "interpreter",
    "via interpreter",
    "through interpreter",
    "through an interpreter",
    "in english",
    "in russian",
    "off mic",
    "off-mic",
    "continued",
    "cont'd",
    "contd",
    "inaudible",
    "crosstalk",
    "voice-over",
    "v.o.",
    "o.s.",
];

/// The identifier in a bracket after an anonymous label (`B` in `Unknown (B)`,
/// `Councilmember Smith` in `Unknown (Councilmember Smith)`), not a note on manner.
fn voice_id(label: &str) -> Option<&str> {
    let (_, rest) = label.split_once('(')?;
    let (inner, _) = rest.split_once(')')?;
    let inner = inner.trim();
    let opens = inner
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    (opens && !MANNER_NOTES.contains(&inner.to_lowercase().as_str())).then_some(inner)
}

/// A name alone: two or three capitalised words, none a title (`Alexei Kudrin`).
pub(super) fn is_bare_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && !TITLE_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str())
        })
}

/// Whether `s` is titles, then a name of one to three words, every word capitalised
/// ("Caller Bernie" in "Caller Bernie, Wolverton"; not "Minister of Civil Defence").
fn titled_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let is_title = |w: &str| TITLE_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str());
    let titles = words.iter().take_while(|w| is_title(w)).count();
    titles >= 1
        && (1..=3).contains(&(words.len() - titles))
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !words[titles..].iter().any(|w| is_title(w))
}

/// The label split into words, as written and lower-case, glued names pulled apart.
fn label_words(core: &str) -> (Vec<String>, Vec<String>) {
    // `V.Putin`: an initial glued to the surname.
    let spaced = core.replace('.', ". ").replace(".  ", ". ");
    let words: Vec<String> = split_glued(&spaced)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == ':'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    (words, lower)
}

/// Whether the label stands for a different person at each turn (`Question`).
fn is_generic(lower: &[String]) -> bool {
    let joined = lower.join(" ");
    GENERIC_LABELS.contains(&joined.as_str())
        || (lower.len() <= 2 && lower.first().is_some_and(|w| w == "speaker") && lower.len() == 1)
}

/// Where the name starts: after the last title word; nowhere if it ends in a role.
fn name_run_start(words: &[String], lower: &[String]) -> usize {
    // The name: the trailing run of words that are not title words.
    let mut start = words.len();
    while start > 0 {
        let w = &lower[start - 1];
        let is_initial = words[start - 1].len() <= 2 && words[start - 1].ends_with('.');
        if TITLE_WORDS.contains(&w.as_str()) && !is_initial {
            break;
        }
        start -= 1;
    }
    // A label that ends in a lower-case role (`Call centre operator`) names no person.
    if words
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
    {
        start = words.len();
    }
    start
}

/// A name before "of" and a lone place (`King Abdullah II of Jordan`), and its display.
fn name_before_place(
    words: &[String],
    lower: &[String],
    start: usize,
) -> Option<(Vec<String>, String)> {
    // `King Abdullah II of Jordan`: a lone place after "of"; the name is before it.
    if words.len() - start == 1
        && start >= 2
        && lower[start - 1] == "of"
        && !TITLE_WORDS.contains(&lower[start - 2].as_str())
    {
        let end = start - 1;
        let mut s2 = end;
        while s2 > 0
            && !TITLE_WORDS.contains(&lower[s2 - 1].as_str())
            && !matches!(
                lower[s2 - 1].as_str(),
                "king" | "queen" | "emir" | "sultan" | "sheikh" | "crown"
            )
        {
            s2 -= 1;
        }
        if s2 < end {
            let name: Vec<String> = lower[s2..end].to_vec();
            let display = words[s2..end]
                .iter()
                .map(|w| title_case(w))
                .collect::<Vec<_>>()
                .join(" ");
            return Some((name, display));
        }
    }
    None
}

/// Short forms of address before a name ("Mr", "Dr"), besides the nouns for a kind of person.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "rev",
];

/// Particles written in lower case before a surname ("de Vries", "van der Berg").
const SURNAME_PARTICLES: &[&str] = &[
    "de", "da", "van", "von", "der", "den", "la", "le", "du", "di", "del", "della", "dos", "das",
    "bin", "ibn", "al", "el", "ter", "ten",
];

/// Where the kept name starts: at most a first name, an initial and a surname.
fn short_name_start(words: &[String], start: usize) -> usize {
    let mut name_start = start;
    // Keep at most a first name, an initial and a surname.
    let run = words.len() - start;
    if run > 2 {
        let has_initial =
            words[words.len() - 2].ends_with('.') && words[words.len() - 2].len() <= 2;
        // "Anouk de Vries", "Ludwig van der Berg": a surname with its particles.
        let particles = words[start..words.len() - 1]
            .iter()
            .rev()
            .take_while(|w| SURNAME_PARTICLES.contains(&w.to_lowercase().as_str()))
            .count();
        // "Ana Lucía Ferreira" is a name of three words; "Cosmonaut Pavel Vinogradov"
        // a kind of person, then a name.
        // The run must open the label or follow a form of address ("Mr", "Governor"):
        // after "of" or "the" the first word is a place ("President of Russia
        // Vladimir Putin", "Envoy to the Siberian Federal District Sergei Menyailo").
        let addressed = start == 0 || {
            let before = words[start - 1].trim_end_matches('.').to_lowercase();
            HONORIFICS.contains(&before.as_str()) || crate::lexicon::PERSON_NOUNS.contains(&before)
        };
        let three_names = run == 3
            && addressed
            && !crate::lexicon::PERSON_NOUNS.contains(&words[start].to_lowercase());
        name_start = if particles > 0 {
            (words.len() - 2 - particles).max(start)
        } else if has_initial || three_names {
            words.len() - 3
        } else {
            words.len() - 2
        };
    }
    name_start
}

/// The name to show: a title's bracketed holder, the title, or the name title-cased.
fn display_name(
    label: &str,
    core: &str,
    name_words: &[String],
    name: &[String],
    generic: bool,
) -> String {
    // "The Prime Minister (Boris Johnson)": a title whose holder is named in brackets
    // is shown by that name (and still found by the title).
    let bracketed = bracketed_name(label);
    if name.is_empty()
        && !generic
        && let Some(n) = bracketed
    {
        n.to_string()
    } else if name.is_empty() || generic {
        // A title in capitals reads as a title: "The CHAIRMAN" → "The Chairman".
        core.split(' ')
            .map(|w| {
                if w.chars().count() > 1
                    && w.chars().all(|c| !c.is_lowercase())
                    && w.chars().any(char::is_alphabetic)
                {
                    title_case(w)
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        name_words
            .iter()
            .map(|w| title_case(w))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The name in brackets after a title (`(Boris Johnson)`), if it reads as a name.
fn bracketed_name(label: &str) -> Option<&str> {
    label
        .split_once('(')
        .and_then(|(_, r)| r.split_once(')'))
        .map(|(inner, _)| inner.trim())
        // "The Minister for Transport (Mr Alan Creasy)": the holder with an honorific.
        .map(|inner| {
            inner
                .split_once(' ')
                .filter(|(h, _)| {
                    matches!(
                        h.trim_end_matches('.').to_lowercase().as_str(),
                        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady"
                    )
                })
                .map_or(inner, |(_, rest)| rest.trim())
        })
        .filter(|inner| {
            let ws: Vec<&str> = inner.split_whitespace().collect();
            (2..=4).contains(&ws.len())
                && ws.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
                        && !TITLE_WORDS.contains(&w.to_lowercase().trim_end_matches('.'))
                })
        })
}

/// The title words: the lower-case words without "the", "mr", "mrs" and "ms".
fn title_words(lower: &[String]) -> Vec<String> {
    lower
        .iter()
        .filter(|w| !matches!(w.as_str(), "the" | "mr" | "mrs" | "ms"))
        .cloned()
        .collect()
}

fn title_case(w: &str) -> String {
    let roman = w.len() <= 4 && w.chars().all(|c| "IVXLC".contains(c));
    if !roman
        && w.len() > 1
        && !w.contains(|c: char| c.is_ascii_digit() || c == '_')
        && w.chars().all(|c| !c.is_lowercase())
        && w.chars().any(char::is_alphabetic)
    {
        let mut out = String::new();
        for (i, c) in w.chars().enumerate() {
            if i == 0 {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
        }
        out
    } else {
        w.to_string()
    }
}

/// Removes parenthetical notes such as `(retranslated)` and `[SPEAKER_00]` brackets.
pub(super) fn strip_notes(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut depth = 0usize;
    for c in label.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '[' | ']' => {}
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    // "John Smith -- Chief Financial Officer", "Jane Doe - Morgan Stanley - Analyst": the
    // name, then affiliations after a spaced dash (earnings calls).
    // Only when what comes first is a bare name of one to three words: in "General
    // Director of Aeroflot – Russian Airlines Vitaly Savelyev" the name comes last.
    let out = (out.contains(" -") || out.contains(['\u{2013}', '\u{2014}']))
        .then(|| {
            [" -- ", " - ", " \u{2013} ", " \u{2014} "]
                .iter()
                .filter_map(|d| out.find(d))
                .min()
        })
        .flatten()
        .filter(|&p| {
            let words: Vec<&str> = out[..p].split_whitespace().collect();
            (1..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && !TITLE_WORDS.contains(&w.to_lowercase().trim_end_matches('.'))
                })
        })
        .map_or(out.as_str(), |p| &out[..p]);
    // "Q98 Chair", "Q100 Owen Tremlett": the number of the question in committee
    // evidence, not part of the name.
    let mut words = out.split_whitespace().peekable();
    if let Some(w) = words.peek()
        && w.len() >= 2
        && w.starts_with('Q')
        && w[1..].bytes().all(|b| b.is_ascii_digit())
        && out.split_whitespace().count() >= 2
    {
        words.next();
    }
    words.collect::<Vec<_>>().join(" ")
}

/// Surname particles written with a capital inside the name (`MacLeod`, `VanDyke`,
/// `FitzGerald`, `DelPiero`): a capital after one of them does not start a new word.
const INNER_CAPITAL_PARTICLES: &[&str] = &[
    "mac", "van", "von", "fitz", "del", "der", "den", "dos", "das", "ter", "ten",
];

/// Splits names glued by markup: `VladimirPutin` → `Vladimir Putin`, but not `MacLeod`.
fn split_glued(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut prev_lower = false;
    let mut run = 0usize;
    for c in s.chars() {
        if c.is_uppercase() && prev_lower && run >= 3 {
            let word_start = out
                .char_indices()
                .rev()
                .find(|(_, w)| !w.is_alphabetic())
                .map_or(0, |(i, w)| i + w.len_utf8());
            let word = out[word_start..].to_lowercase();
            if !INNER_CAPITAL_PARTICLES.contains(&word.as_str()) {
                out.push(' ');
                run = 0;
            }
        }
        out.push(c);
        prev_lower = c.is_lowercase();
        run = if c.is_alphabetic() { run + 1 } else { 0 };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_three_words_keep_their_first_word() {
        let show = |x: &str| NameKey::of(x).display;
        let same = |x: &str, y: &str| NameKey::of(x).same_person(&NameKey::of(y));
        assert_eq!(show("Ana Lucía Ferreira"), "Ana Lucía Ferreira");
        assert_eq!(show("Mr Asif Ali Zardari"), "Asif Ali Zardari");
        // A kind of person before a name of two words is no part of it.
        assert_eq!(show("Cosmonaut Pavel Vinogradov"), "Pavel Vinogradov");
        // After "of", or a title that is not a form of address, the word is a place.
        assert_eq!(show("President of Russia Vladimir Putin"), "Vladimir Putin");
        assert_eq!(
            show("Envoy to the Siberian Federal District Sergei Menyailo"),
            "Sergei Menyailo"
        );
        assert_eq!(
            show("President of Interstate Television and Radio Company Mir Radik Batyrshin"),
            "Radik Batyrshin"
        );
        // A place, a comma, then the name.
        assert_eq!(show("Lipetsk, Yevgeny Zaitsev"), "Yevgeny Zaitsev");
        // One given name in common is enough; two different ones are not.
        assert!(same("Recep Tayyip Erdogan", "Tayyip Erdogan"));
        assert!(same("Ana Lucía Ferreira", "Ana Ferreira"));
        assert!(!same("Ana Lucía Ferreira", "Marta Ferreira"));
    }

    #[test]
    fn offices_committee_numbers_and_local_titles_name_the_person() {
        let same = |x: &str, y: &str| NameKey::of(x).same_person(&NameKey::of(y));
        // The holder in brackets after an office, with an honorific.
        let minister = NameKey::of("The Minister for Transport (Mr Alan Creasy)");
        assert_eq!(minister.display, "Alan Creasy");
        assert!(same(
            "The Minister for Transport (Mr Alan Creasy)",
            "Mr Creasy"
        ));
        assert!(same(
            "The Leader of the Opposition (Mr Owen Farrant)",
            "Mr Farrant"
        ));
        // … and the office alone still finds them.
        assert!(same(
            "The Minister for Transport (Mr Alan Creasy)",
            "The Minister for Transport"
        ));
        assert!(!same(
            "The Minister for Transport (Mr Alan Creasy)",
            "The Minister for Health"
        ));
        // A constituency in brackets is no name.
        assert_eq!(
            NameKey::of("Ms Joanna Pell (Eastmoor)").display,
            "Joanna Pell"
        );
        // The number of the question in committee evidence.
        assert_eq!(NameKey::of("Q100 Owen Tremlett").display, "Owen Tremlett");
        assert!(same("Q98 Chair", "Q99 Chair"));
        // Titles of councils and offices before a surname.
        assert!(same(
            "Councillor Tomasz Wierzbicki",
            "Councillor Wierzbicki"
        ));
        assert!(same(
            "City Treasurer Samuel Oyelaran",
            "City Treasurer Oyelaran"
        ));
        assert!(!same(
            "Councillor Anita Ramdeen",
            "Councillor Greg Halvorsen"
        ));
        // A name, then a role or a place after a comma.
        assert_eq!(NameKey::of("Caller Bernie, Wolverton").display, "Bernie");
        assert_eq!(NameKey::of("CLAIRE MADDOX, HOST").display, "Claire Maddox");
        // A surname with particles keeps its first name.
        assert_eq!(NameKey::of("Anouk de Vries").display, "Anouk de Vries");
        assert_eq!(
            NameKey::of("President of Austria Alexander Van der Bellen").display,
            "Alexander Van der Bellen"
        );
        assert_eq!(
            NameKey::of("Ludwig van der Berg").display,
            "Ludwig van der Berg"
        );
        assert_eq!(
            NameKey::of("Minister Anouk de Vries").display,
            "Anouk de Vries"
        );
    }

    #[test]
    fn name_keys_merge_titles() {
        let a = NameKey::of("President of Russia Vladimir Putin");
        let b = NameKey::of("Vladimir Putin");
        let c = NameKey::of("President Putin");
        let d = NameKey::of("President of Azerbaijan Ilham Aliyev");
        assert_eq!(a.display, "Vladimir Putin");
        assert!(a.same_person(&b) && b.same_person(&c));
        assert!(!a.same_person(&d));
        assert_eq!(NameKey::of("Dr. Liam Fox (Woodspring)").display, "Liam Fox");
        assert_eq!(NameKey::of("VladimirPutin").display, "Vladimir Putin");
        assert_eq!(NameKey::of("Isla MacLeod").display, "Isla MacLeod");
        assert_eq!(NameKey::of("Anna FitzGerald").display, "Anna FitzGerald");
        assert_eq!(NameKey::of("V.Putin").name, ["v", "putin"]);
        assert_eq!(
            NameKey::of("King Abdullah II of Jordan").display,
            "Abdullah II"
        );
        assert!(NameKey::of("Call centre operator").name.is_empty());
        assert!(NameKey::of("Question").generic);
        assert!(NameKey::of("THE PRESIDENT").same_person(&NameKey::of("The President")));
    }
}
