//! The rules: every decision that makes, or withholds, a finding, by name.
//!
//! In: nothing; this module is a registry. Out: [`Rule`], one variant per
//! decision, with the name the report writes (`"disjoint-intervals"`), a
//! one-line description, and the stage that applies it. [`Rule::ALL`] lists
//! them in the order the stages try them.
//!
//! A rule either *fires* (it makes an agreement or a discrepancy) or keeps a
//! pair *quiet* (it decides that two claims are not to be compared, and says
//! why). Both kinds are named, so "why was this pair not reported?" has an
//! answer: see [`crate::Analysis::trace`].
//!
//! ```
//! use discrepancy::rule::{Rule, Stage};
//! assert_eq!(Rule::DisjointIntervals.name(), "disjoint-intervals");
//! assert_eq!(Rule::from_name("far-apart"), Some(Rule::FarApart));
//! assert!(Rule::FarApart.is_quiet());
//! assert_eq!(Rule::QuestionDenied.stage(), Stage::Dialogue);
//! ```

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The stage of the pipeline a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Alignment of claims into pairs ([`crate::align::align`]).
    Align,
    /// Comparison of two aligned figures ([`crate::compare::compare`]).
    Compare,
    /// Dialogue rules over sentences ([`crate::compare::dialogue`]).
    Dialogue,
    /// The detector's gates between verdicts and the report.
    Report,
}

impl Stage {
    /// The stage's name, as `--rules` prints it.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Align => "align",
            Stage::Compare => "compare",
            Stage::Dialogue => "dialogue",
            Stage::Report => "report",
        }
    }
}

macro_rules! rules {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $stage:ident, $quiet:literal, $desc:literal; )*) => {
        /// A named decision of the detector (see the [module](self) doc).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $variant, )*
        }

        impl Rule {
            /// Every rule, in the order the stages try them.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The name the report writes.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            /// One line: what the rule decides.
            pub fn description(self) -> &'static str {
                match self { $(Rule::$variant => $desc,)* }
            }

            /// The stage that applies it.
            pub fn stage(self) -> Stage {
                match self { $(Rule::$variant => Stage::$stage,)* }
            }

            /// Whether the rule withholds a finding rather than making one.
            pub fn is_quiet(self) -> bool {
                match self { $(Rule::$variant => $quiet,)* }
            }
        }
    };
}

rules! {
    // Alignment of two claims, in the order `align` tries them.
    /// Two claims of one speaker are never paired.
    SameSpeaker = "same-speaker", Align, true,
        "two claims of one speaker are never paired";
    /// Claims about different periods are not paired.
    OtherPeriod = "other-period", Align, true,
        "claims about periods that cannot be the same (\"in 2016\" / \"last year\" in 2019) are not paired";
    /// Claims about different sub-scopes are not paired.
    OtherSubScope = "other-sub-scope", Align, true,
        "claims about different sub-scopes (\"rural schools\" / \"urban schools\") are not paired";
    /// A figure that excludes a part is not paired with one that leaves nothing out.
    Excluding = "excluding", Align, true,
        "a figure that excludes a part (\"4 percent, excluding energy\") is not paired with one that leaves nothing out";
    /// Figures located in different places are not paired.
    OtherPlace = "other-place", Align, true,
        "figures located in different places are not paired";
    /// Claims in turns far apart are paired only when a phrase links them.
    NotNearby = "not-nearby", Align, true,
        "claims with a turn of either speaker between them are paired only when a phrase cites or corrects the other";
    /// Two speakers each stating their own figure speak of different things.
    OwnFigures = "own-figures", Align, true,
        "two speakers each stating their own figure (\"we have 14\", \"our region has 27\") speak of different things unless one answers, corrects or cites the other";
    /// A year that dates another figure of its sentence is not a claim of its own.
    YearDatesFigure = "year-dates-figure", Align, true,
        "a year that is the period of another figure in its sentence (\"In 2016 the district had 300 schools\") is not paired as a date";
    /// Counts of different counted nouns are not paired.
    OtherCountedNoun = "other-counted-noun", Align, true,
        "counts of different nouns (\"12 schools\" / \"12 hospitals\") are not paired, unless one is a bare reply";
    /// A sub-scope word on one counted noun that the other sentence never uses.
    OneSidedSubScope = "one-sided-sub-scope", Align, true,
        "a sub-scope word on one counted noun that the other sentence never uses (\"military people\" / \"people\")";
    /// Contrasted things ("the new hospital", "the old one") are not paired.
    ContrastedThings = "contrasted-things", Align, true,
        "claims about contrasted things (\"the new hospital\" / \"the old one\") are not paired";
    /// The level a share rose or fell to is not the size of another's change.
    LevelAgainstChange = "level-against-change", Align, true,
        "a share stated as the level it reached (\"dropped to 43 percent\") is not paired with a change (\"a drop of 25 percent\"), unless one is a bare reply";
    /// Changes of two different things named before their words of change.
    OtherSubject = "other-subject", Align, true,
        "two changes of shares whose subjects share no word (\"crime fell 10 percent\" / \"arrests fell 25 percent\") are not paired, unless one is a bare reply";
    /// The other speaker's figure said again right after "No" is given another role.
    DeniedEcho = "denied-echo", Align, true,
        "the figure answered, said again in a reply that opens with \"No\" (\"No, 2013 is when we started planning\"), is given another role: no agreement";
    /// The other speaker's figure asked back right before a figure of the reply's own.
    AskedBack = "asked-back", Align, true,
        "the figure answered, asked back (\"Forty-six?\") right before the reply gives its own figure for it (\"My records show sixty-four.\"), is a check: no agreement";
    /// Without a topic word in common, two figures are not paired.
    NoSharedTopic = "no-shared-topic", Align, true,
        "two figures with no topic word in common (general verbs aside) are not paired, unless one is a bare reply or a you/I exchange";
    /// A pair whose topic score is below the minimum similarity.
    BelowSimilarity = "below-similarity", Align, true,
        "a pair whose topic score is below the minimum similarity (higher for years, dates and ranks)";
    /// A figure read back in a series answers the figure at its place in the other's series.
    OtherInSeries = "other-in-series", Align, true,
        "a figure read back in a series after a correction (\"You're getting them wrong. 778. Then 1015, 1100.\") answers the figure at its place in the other's series, not another";
    /// Each claim is paired with at most one claim of each other speaker.
    AlreadyPaired = "already-paired", Align, true,
        "each claim is paired with at most one claim of each other speaker: a better-scoring pair took one of these";

    // Comparison of two figures, in the order `compare` tries them.
    /// A multiple ("twice that") is compared only as a reply to the figure it multiplies.
    MultipleWithoutBase = "multiple-without-base", Compare, true,
        "a multiple (\"twice that\") is compared only as a reply to the figure it multiplies";
    /// Money in two currencies disagrees when one speaker names the other's currency as wrong.
    CurrencyCorrection = "currency-correction", Compare, false,
        "money in two currencies disagrees when one speaker names the other's currency as wrong (\"dollars, not rubles\")";
    /// Money in two currencies, with no correction of the currency, is not compared.
    OtherCurrency = "other-currency", Compare, true,
        "money in two currencies, with no correction of the currency, is not compared";
    /// A figure that, multiplied out, converted or widened to be compared, lies beyond
    /// the range of numbers ("nearly twice that" of 1e308) is not compared.
    BeyondRange = "beyond-range", Compare, true,
        "a figure that, multiplied out, converted or widened to be compared, lies beyond the range of numbers (\"twice that\" of 1e308) is not compared";
    /// The same figure asserted by one speaker and denied by the other.
    NegatedFigure = "negated-figure", Compare, false,
        "the same figure asserted by one speaker and denied by the other";
    /// The same change stated in opposite directions, or changes far apart that go opposite ways.
    OppositeDirection = "opposite-direction", Compare, false,
        "the same change in opposite directions (\"rose 5 percent\" / \"fell 5 percent\"), or changes of any size that go opposite ways";
    /// A correction that restates an exact figure more than 3% away, or a correction with disjoint figures.
    CorrectedFigure = "corrected-figure", Compare, false,
        "a reply that corrects (a marker such as \"no\" or \"actually\") with a figure that the other's does not allow, or an exact one more than 3% away";
    /// In a direct reply, a different exact figure for the one put is a correction.
    RestatedFigure = "restated-figure", Compare, false,
        "in a direct reply, a different exact figure for the one the other speaker put (asked, restated as theirs, or answered bare) is a correction even within rounding";
    /// Two figures whose intervals meet, one of them hedged.
    IntervalsOverlapWithHedge = "intervals-overlap-with-hedge", Compare, false,
        "two figures whose intervals meet, one of them hedged (\"more than 16 percent\" / \"16 percent\")";
    /// Two figures whose intervals meet, hedged alike.
    SameValue = "same-value", Compare, false,
        "two figures whose intervals meet, hedged alike";
    /// A total and a per-item figure times the number of items.
    TotalOfParts = "total-of-parts", Compare, false,
        "a total agrees with a per-item figure times the number of items (\"two companies, 10 percent each\")";
    /// A total and the parts another speaker listed.
    SumOfParts = "sum-of-parts", Compare, false,
        "a total agrees with the figures of its kind the other speaker listed, added up";
    /// A figure about a part is not compared with the whole.
    PartOfWhole = "part-of-whole", Compare, true,
        "a figure about a part (\"one of them\", \"half of it\") is not compared with the whole";
    /// The other speaker also states a figure that agrees, beside this one.
    OtherFigureAlsoStated = "other-figure-also-stated", Compare, true,
        "the other speaker's sentence also states a figure that agrees, so the two compared belong to different things";
    /// A figure put as the name of one said before is not a new figure.
    NamedFigure = "named-figure", Compare, true,
        "a bare figure put as the name of one said before (\"the 1.7\", \"that 4.33 at the bottom\") points at that figure's thing: it is not compared with a different figure";
    /// A sector named around one figure only.
    SectorOnly = "sector-only", Compare, true,
        "a sector of the economy named around one figure only: a part, not the whole";
    /// Two figures within 3%, one of them round.
    LooseRounding = "loose-rounding", Compare, false,
        "two figures within 3% of each other, one of them a round figure (\"2,700\" / \"2,777\")";
    /// Two vague magnitudes agree on nothing a reader can check.
    BothVague = "both-vague", Compare, true,
        "two vague magnitudes (\"millions of parents\" / \"millions of people\") that meet are no agreement: neither gives a figure";
    /// Figures more than 3x apart, outside a reply, are about different things.
    FarApart = "far-apart", Compare, true,
        "figures more than 3x apart are taken to be about different things unless one speaker answers or corrects the other";
    /// Two dates or years for the same thing.
    DifferentDate = "different-date", Compare, false,
        "two dates or years for the same thing that do not meet";
    /// Two ranks for the same thing.
    DifferentRank = "different-rank", Compare, false,
        "two ranks (\"third\" / \"fifth\") for the same thing";
    /// Two figures whose intervals do not meet.
    DisjointIntervals = "disjoint-intervals", Compare, false,
        "two figures for the same thing whose intervals, hedges and rounding included, do not meet";

    // Dialogue rules over sentences, in the order `dialogue` tries them.
    /// A yes/no question with a figure, answered yes.
    QuestionConfirmed = "question-confirmed", Dialogue, false,
        "a yes/no question with a figure, answered yes without another figure of its kind";
    /// A yes/no question with a figure, answered no.
    QuestionDenied = "question-denied", Dialogue, false,
        "a yes/no question with a figure, answered with a bare no";
    /// A yes/no question about a place, answered no with another place.
    PlaceQuestionDenied = "place-question-denied", Dialogue, false,
        "a yes/no question about a place, answered no with another place";
    /// A yes/no question about a time, answered no with another time.
    TimeQuestionDenied = "time-question-denied", Dialogue, false,
        "a yes/no question about a time, answered no with another time";
    /// "X, not Y", where Y is a word of the answered turn.
    XNotY = "x-not-y", Dialogue, false,
        "\"X, not Y\" (or \"X rather than Y\"), where Y is a name or kind the other speaker used";
    /// A reply that negates the other speaker's statement.
    NegatedStatement = "negated-statement", Dialogue, false,
        "a reply whose negated clause shares most of its words with the other speaker's statement";
    /// A reply that affirms what the other speaker denied.
    AffirmedDenial = "affirmed-denial", Dialogue, false,
        "a reply that affirms, in most of the same words, what the other speaker denied";
    /// A reply that puts the figure just said too high or too low, by a phrase alone.
    RelativeCorrection = "relative-correction", Dialogue, false,
        "a short reply that puts the figure just said lower or higher without a figure of its own (\"Not quite that long.\", \"Less than that.\", \"More than that.\")";
    /// A reply that takes the figure just said as about right, by a phrase alone.
    RelativeAssent = "relative-assent", Dialogue, false,
        "a whole reply that takes the figure just said as about right (\"Nearly.\", \"Something like that.\")";
    /// An elliptical affirmation against a negated statement about the listener.
    ContraryYes = "contrary-yes", Dialogue, false,
        "a reply that affirms elliptically (\"But I do.\", \"Oh, but it is.\") what a negated statement about the replier denied (\"But you have no plan.\")";
    /// A reply that denies, without content of its own, the statement it answers.
    DeniedStatement = "denied-statement", Dialogue, false,
        "a reply that denies without content of its own (\"That's not true.\", \"No, we did not.\") the statement or tag question it answers";
    /// A denial right after the speaker reports what the other said.
    DeniedReport = "denied-report", Dialogue, false,
        "a denial right after the speaker reports what another speaker said (\"Mr Smith says that patients had nowhere to go. That is not true.\"): that speaker's sentence sharing most of the reported words is denied";
    /// A reply that assents to the statement or yes/no question it answers.
    AssentedClaim = "assented-claim", Dialogue, false,
        "a reply that opens with an assent (\"Yes.\", \"Exactly.\", \"I agree.\") to the statement or yes/no question it answers";
    /// A reply whose negated clause negates, in other words, what the other stated.
    DeniedByParaphrase = "denied-by-paraphrase", Dialogue, false,
        "a reply whose negated clause negates what the statement it answers asserts, in other words (\"You want to close the depot.\" / \"Nobody is closing the depot.\")";
    /// A reply that says what the other speaker's sentence takes for granted does not exist.
    DeniedPresupposition = "denied-presupposition", Dialogue, false,
        "a reply that says the thing the sentence it answers names, question or statement, does not exist (\"What about the planned closure of the ward?\" / \"There is no planned closure.\")";
    /// A fragment reply that keeps the head of what was put and replaces its qualifier.
    ReplacedFiller = "replaced-filler", Dialogue, false,
        "a short reply that keeps a word of the statement or yes/no question it answers and replaces the word beside it (\"You were head of communications?\" / \"Head of broadcast.\")";
    /// A reply that puts another name where the sentence it answers named one.
    ReplacedName = "replaced-name", Dialogue, false,
        "a reply that names another person, firm or place in the role the sentence it answers gave a name (\"… the Tarnów plant, right?\" / \"Rzeszów, actually.\"; \"Was the audit done by Stannard Dray?\" / \"No, the audit was Ledgard Cole.\")";
    /// A claim about a whole kind that the other speaker restricts.
    RestrictedUniversal = "restricted-universal", Dialogue, false,
        "a claim about a whole kind (\"All seniors are covered.\") that another speaker, soon after, denies of a part of it (\"Middle class seniors are not covered.\") or restricts with \"only\" (\"It applies only to those who work in the north.\")";
    /// The same subject said to rise by one speaker and to fall by the other.
    OppositeTrend = "opposite-trend", Dialogue, false,
        "the same subject said to rise by one speaker and to fall by the other, without figures (\"Waiting lists kept shrinking.\" / \"Waiting lists are up.\")";
    /// A reply that assents or cites the other and says the same subject moves the same way.
    SameTrend = "same-trend", Dialogue, false,
        "a reply that assents or refers to the other speaker's words and says the same subject moves the way they said, without figures (\"Exports are growing.\" / \"Indeed, exports have grown.\")";
    /// Two speakers date the same statement alike.
    SameDatedStatement = "same-dated-statement", Dialogue, false,
        "two speakers in neighbouring turns open the same statement with the same time word (\"Today we will sign ...\")";

    // Gates between verdicts and the report.
    /// A verdict below the detector's minimum confidence.
    BelowMinConfidence = "below-min-confidence", Report, true,
        "a verdict below the detector's minimum confidence is not reported";
    /// The same two speakers disagreeing over the same two values again.
    SameDispute = "same-dispute", Report, true,
        "a disagreement of the same two speakers over the same two values as one already reported is that dispute said again, reported once";
    /// A dialogue verdict about sentences whose figures already have a finding.
    AlreadyFound = "already-found", Report, true,
        "a dialogue verdict about two sentences whose figures already have a finding is not reported twice";
    /// A question (or a turn a bare denial opens the answer to) whose figure a figure of the reply already answers.
    QuestionAlreadyAnswered = "question-already-answered", Report, true,
        "a question already paired with a figure of the reply, or a turn whose figure the sentence after a bare denial answers, needs no second finding";
}

impl Rule {
    /// The rule with this report name.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.name() == name)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rule, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Rule::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown rule {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_read_back() {
        for (i, r) in Rule::ALL.iter().enumerate() {
            assert_eq!(Rule::from_name(r.name()), Some(*r));
            assert!(Rule::ALL[..i].iter().all(|o| o.name() != r.name()));
            assert!(!r.description().is_empty());
        }
        assert_eq!(Rule::from_name("no-such-rule"), None);
    }

    #[test]
    fn serializes_as_its_name() {
        let json = serde_json::to_string(&Rule::LooseRounding).unwrap();
        assert_eq!(json, "\"loose-rounding\"");
        let back: Rule = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Rule::LooseRounding);
        assert!(serde_json::from_str::<Rule>("\"nonsense\"").is_err());
    }
}
