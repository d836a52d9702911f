//! Money: currency signs, codes and names around a figure.
//!
//! In: the tokens before or after a figure. Out: the ISO 4217 code of the currency
//! written there (`$`, `US$`, `USD`, `MAUD`, "dollars", "Canadian dollars", `[rubles]`)
//! and where it ends, with the scale a code may carry ("75 USD million", "30 MUSD");
//! and the currency lexicons the other rules consult.

use super::Kind;
use super::number::tidy;
use super::parse::{Figure, Measure, Parser};
use super::tokenize::T;
use super::words::scale_word;

/// Currency names and codes → ISO code. Multi-word names are matched by the caller.
pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" | "bucks" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" | "rur" => "RUB",
        "pound" | "pounds" | "gbp" | "sterling" => "GBP",
        "yuan" | "renminbi" | "cny" | "rmb" => "CNY",
        "yen" | "jpy" => "JPY",
        "rupee" | "rupees" | "inr" => "INR",
        "franc" | "francs" | "chf" => "CHF",
        "tenge" | "kzt" => "KZT",
        "hryvnia" | "hryvnias" | "hryvnas" | "uah" => "UAH",
        "manat" | "manats" | "azn" => "AZN",
        "lira" | "liras" | "lire" | "try" => "TRY",
        "won" | "krw" => "KRW",
        "dram" | "drams" | "amd" => "AMD",
        "peso" | "pesos" | "mxn" => "MXN",
        "real" | "reais" | "brl" => "BRL",
        "rand" | "zar" => "ZAR",
        "krona" | "kronor" | "sek" => "SEK",
        "krone" | "kroner" | "nok" | "dkk" => "NOK",
        "zloty" | "zlotys" | "pln" => "PLN",
        "cad" => "CAD",
        "元" => "CNY",
        "markka" | "markkaa" => "FIM",
        "peseta" | "pesetas" => "ESP",
        "guilder" | "guilders" => "NLG",
        "bitcoin" | "bitcoins" | "btc" => "BTC",
        "aud" => "AUD",
        "cent" | "cents" => "USD¢",
        "kopeck" | "kopecks" | "kopeks" | "kopek" => "RUB¢",
        "pence" | "penny" | "p" => "GBP¢",
        _ => return None,
    })
}

/// A currency sign (`$`, `€`, `₽`) → its ISO code (`¢` for a minor unit).
pub(super) fn currency_symbol(c: &str) -> Option<&'static str> {
    Some(match c {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₽" => "RUB",
        "₹" => "INR",
        "₴" => "UAH",
        "₩" => "KRW",
        "₺" => "TRY",
        "₸" => "KZT",
        "¢" => "USD¢",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₿" => "BTC",
        "₦" => "NGN",
        "₱" => "PHP",
        "₪" => "ILS",
        "₫" => "VND",
        _ => return None,
    })
}

/// ISO codes accepted before a figure (`USD 5 million`).
pub(super) const CODES: &[&str] = &[
    "USD", "EUR", "RUB", "GBP", "CNY", "JPY", "CHF", "CAD", "AUD", "INR", "KZT", "UAH", "AZN",
    "TRY", "KRW", "AMD", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN", "ZAR", "HKD", "SGD", "NZD",
];

/// Words that make "pounds" a weight.
const WEIGHT_WORDS: &[&str] = &[
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "weight",
    "weighted",
    "heavy",
    "heavier",
    "lighter",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "baby",
    "overweight",
    "kilos",
    "kilograms",
];

/// Words that make "pounds" money even near a word of weight ("every tonne costs us
/// over a hundred pounds"): the nearer of the two before the unit decides.
const PRICE_WORDS: &[&str] = &[
    "cost", "costs", "costing", "paid", "pay", "pays", "paying", "price", "priced", "worth",
    "spend", "spent", "spends", "fine", "fined", "charge", "charged", "charges", "fee", "earn",
    "earns", "earned", "saved", "save", "saves",
];

impl Parser<'_> {
    /// Whether the nearest word before token `k` (at most `n` back) that speaks of weight
    /// or of price speaks of weight.
    fn weight_before(&self, k: usize, n: usize) -> bool {
        (k.saturating_sub(n)..k)
            .rev()
            .filter_map(|i| self.word(i))
            .find(|w| WEIGHT_WORDS.contains(w) || PRICE_WORDS.contains(w))
            .is_some_and(|w| WEIGHT_WORDS.contains(&w))
    }

    /// A currency before the figure at `j`: a sign or a code (see [`Self::currency_prefix`]),
    /// or else a code with an M for millions ("MAUD 60"): the code, where the figure
    /// starts, and the scale the M gives (1 without one).
    pub(super) fn currency_before(&self, j: usize) -> (Option<&'static str>, usize, f64) {
        let (mut cur_pre, mut k) = self.currency_prefix(j);
        // "MAUD 60": millions of a currency, by its code with an M.
        let mut pre_scale = 1.0;
        let r = self.raw(j);
        if cur_pre.is_none()
            && r.len() == 4
            && r.starts_with('M')
            && r.chars().all(|c| c.is_ascii_uppercase())
            && self.toks.get(j + 1).is_some_and(|t| t.kind == T::Num)
            && let Some(c) = CODES.iter().find(|c| **c == &r[1..])
        {
            cur_pre = Some(c);
            k = j + 1;
            pre_scale = 1e6;
        }
        (cur_pre, k, pre_scale)
    }

    /// Money in the currency `c`: its code, a factor of a hundredth for a minor unit
    /// (`¢`), and then whether a minor unit follows a whole amount (see
    /// [`Self::minor_unit_after`]).
    pub(super) fn money(&self, c: &'static str, fig: &mut Figure, m: &mut Measure) {
        m.kind = Kind::Money;
        let (code, f) = match c.strip_suffix('¢') {
            Some(code) => (code, 0.01),
            None => (c, 1.0),
        };
        m.unit = Some(code.into());
        m.factor = f;
        if f == 1.0 && fig.hi.is_none() && fig.lo.value.fract() == 0.0 && !fig.lo.scaled {
            self.minor_unit_after(fig);
        }
    }

    /// Whether the minor unit follows a whole amount ("3 dollars 50 cents", "thirteen
    /// dollars and forty-five", "15 USD 25"): if so it is added to the figure.
    fn minor_unit_after(&self, fig: &mut Figure) {
        let k = fig.k;
        // "3 dollars 50 cents", "thirteen dollars and forty-five", "15 USD 25": the
        // minor unit after a whole amount.
        let m = if self.word(k) == Some("and") {
            k + 1
        } else {
            k
        };
        if let Some(n) = self.number_at(m)
            && n.value.fract() == 0.0
            && n.value < 100.0
            && !n.fraction
            && !n.ordinal
        {
            let cents_word = self
                .word(n.end)
                .and_then(currency_word)
                .is_some_and(|c| c.ends_with('¢'));
            let bare = self.word(n.end).is_none_or(|w| w == "and")
                && self
                    .toks
                    .get(n.end)
                    .is_none_or(|t| t.kind != T::Num && currency_symbol(self.raw(n.end)).is_none());
            if cents_word || bare {
                fig.lo.value = tidy(fig.lo.value + n.value / 100.0);
                fig.lo.half_unit = 0.005;
                fig.k = n.end + usize::from(cents_word);
            }
        }
    }

    /// A currency before a figure at `j` (`$`, `US$`, `USD 5`, "u.s $"): its code and
    /// where the figure starts (`j` when there is none).
    pub(super) fn currency_prefix(&self, j: usize) -> (Option<&'static str>, usize) {
        let r = self.raw(j);
        let Some(t) = self.toks.get(j) else {
            return (None, j);
        };
        if t.kind == T::Punct
            && let Some(c) = currency_symbol(r)
        {
            return (Some(c), j + 1);
        }
        if t.kind == T::Word {
            let w = self.word(j).unwrap_or_default();
            // `US$`, `C$`, `A$`, `R$`.
            if self.is_punct(j + 1, "$")
                && (self.glued(j + 1) || matches!(w, "us" | "c" | "hk" | "nz" | "au" | "can"))
            {
                let code = match w {
                    "us" | "usd" => "USD",
                    "c" | "ca" | "can" | "cad" => "CAD",
                    // "A$5" (glued); "a $5 fee" is an article.
                    "a" if self.raw(j) == "A" => "AUD",
                    "au" | "aud" => "AUD",
                    "mex" | "mxn" => "MXN",
                    "nzd" => "NZD",
                    "r" => "BRL",
                    "hk" => "HKD",
                    "nz" => "NZD",
                    "s" => "SGD",
                    _ => "",
                };
                if !code.is_empty() {
                    return (Some(code), j + 2);
                }
            }
            if r.len() == 3
                && self.toks.get(j + 1).is_some_and(|n| n.kind == T::Num)
                && let Some(c) = CODES.iter().find(|c| **c == r)
            {
                return (Some(c), j + 1);
            }
            // "u.s $ 100"
            if w == "u"
                && self.is_punct(j + 1, ".")
                && self.word(j + 2) == Some("s")
                && self.is_punct(j + 3, "$")
            {
                return (Some("USD"), j + 4);
            }
        }
        (None, j)
    }

    /// A currency after a figure, with a scale that may follow or lead it ("75 USD
    /// million", "30 MUSD"), or a sign written after the figure ("10 €").
    pub(super) fn currency_suffix_scaled(&self, k: usize) -> Option<(&'static str, usize, f64)> {
        if let Some(t) = self.toks.get(k)
            && t.kind == T::Punct
            && let Some(c) = currency_symbol(self.raw(k))
        {
            // A sign before another figure belongs to it ("10 $ 30 $" is two amounts), unless
            // that figure is in cents ("10 $ 30 cent").
            let next_is_figure = self.toks.get(k + 1).is_some_and(|n| n.kind == T::Num);
            // "1 $10": the sign is glued to the figure after it.
            if next_is_figure && self.glued(k + 1) && !self.glued(k) {
                return None;
            }
            let next_is_own = next_is_figure
                && self.digits_at(k + 1).is_some_and(|n| {
                    self.currency_suffix(n.end).is_some()
                        || self.toks.get(n.end).is_some_and(|t| {
                            t.kind == T::Punct && currency_symbol(self.raw(n.end)).is_some()
                        })
                });
            if !next_is_figure || next_is_own {
                return Some((c, k + 1, 1.0));
            }
            return None;
        }
        let raw = self.raw(k);
        if raw.len() == 4
            && raw.starts_with('M')
            && raw.chars().all(|c| c.is_ascii_uppercase())
            && let Some(c) = CODES.iter().find(|c| **c == &raw[1..])
        {
            return Some((c, k + 1, 1e6));
        }
        let (c, end) = self.currency_suffix(k)?;
        // "3 USD50 cards": the code belongs to the digits it is glued to.
        if end == k + 1 && self.toks.get(end).is_some_and(|t| t.kind == T::Num) && self.glued(end) {
            return None;
        }
        if let Some(w) = self.word(end)
            && let Some(s) = scale_word(w).filter(|s| *s >= 1e3 && w.len() > 2)
        {
            return Some((c, end + 1, s));
        }
        Some((c, end, 1.0))
    }

    /// A currency named after a figure at `k` ("dollars", "US dollars", `[rubles]`): its
    /// code and where the name ends.
    pub(super) fn currency_suffix(&self, k: usize) -> Option<(&'static str, usize)> {
        // `[rubles]` insertions, `US dollars`, `Canadian dollars`.
        let (k0, bracket) = if self.is_punct(k, "[") {
            (k + 1, true)
        } else {
            (k, false)
        };
        let w = self.word(k0)?;
        let (code, mut end) = match w {
            "us" | "u.s" | "american"
                if self.word(k0 + 1).is_some_and(|x| x.starts_with("dollar")) =>
            {
                ("USD", k0 + 2)
            }
            "canadian" if self.word(k0 + 1).is_some_and(|x| x.starts_with("dollar")) => {
                ("CAD", k0 + 2)
            }
            "australian" if self.word(k0 + 1).is_some_and(|x| x.starts_with("dollar")) => {
                ("AUD", k0 + 2)
            }
            "hong"
                if self.words_match(k0 + 1, &["kong"])
                    && self.word(k0 + 2).is_some_and(|x| x.starts_with("dollar")) =>
            {
                ("HKD", k0 + 3)
            }
            "swiss" if self.word(k0 + 1).is_some_and(|x| x.starts_with("franc")) => ("CHF", k0 + 2),
            "turkish" if self.word(k0 + 1).is_some_and(|x| x.starts_with("lira")) => {
                ("TRY", k0 + 2)
            }
            "dutch" if self.word(k0 + 1).is_some_and(|x| x.starts_with("guilder")) => {
                ("NLG", k0 + 2)
            }
            "finnish" if self.word(k0 + 1).is_some_and(|x| x.starts_with("markka")) => {
                ("FIM", k0 + 2)
            }
            "chinese" if self.word(k0 + 1).is_some_and(|x| x == "yuan") => ("CNY", k0 + 2),
            "british" if self.word(k0 + 1).is_some_and(|x| x.starts_with("pound")) => {
                ("GBP", k0 + 2)
            }
            "russian"
                if self
                    .word(k0 + 1)
                    .is_some_and(|x| x.starts_with("ruble") || x.starts_with("rouble")) =>
            {
                ("RUB", k0 + 2)
            }
            _ => {
                let c = currency_word(w)?;
                // Ordinary words that are also currency names need a code-like spelling.
                let raw = self.raw(k0);
                if matches!(w, "p" | "try" | "won" | "real" | "rand" | "lira" | "min")
                    && !(raw.len() == 3 && raw.chars().all(|c| c.is_ascii_uppercase()))
                    && !(w == "p" && self.glued(k0))
                {
                    return None;
                }
                if w == "pounds" && self.word(k0 + 1) == Some("of") {
                    return None;
                }
                // "the baby is over two pounds", "a metric ton is 2,204.62 pounds": weight.
                if w.starts_with("pound") && self.weight_before(k0, 8) {
                    return None;
                }
                (c, k0 + 1)
            }
        };
        if bracket {
            if !self.is_punct(end, "]") {
                return None;
            }
            end += 1;
        }
        Some((code, end))
    }
}
