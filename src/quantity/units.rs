//! The unit table: every unit the reader knows, its dimension and its conversion.
//!
//! One row per unit ([`Unit`]): its symbol, the words and symbols that denote it after a
//! figure, its [`Dimension`], and the affine map to the dimension's base unit
//! (`base = value × factor + offset`). The offset is zero except for temperatures: the
//! base of temperature is °C, and °F is `factor` 5/9, `offset` −160/9 (so 68 °F is
//! 20 °C), kelvin `offset` −273.15.
//!
//! The table is read three ways:
//! - the parser (`quantity::unit`) looks a unit word up with [`unit_word`] and records
//!   the value in the row's [`Unit::recorded`] unit (metres for "100 kilometres", m³
//!   for "bcm"): the [`Quantity::unit`](super::Quantity::unit) it writes;
//! - alignment ([`crate::align`]) pairs measures only within one dimension
//!   ([`dimension_of`] a recorded unit): square metres never meet cubic metres,
//!   percentage points never meet percent, an angle never meets a temperature;
//! - comparison ([`crate::compare`]) converts both figures to the dimension's base
//!   ([`to_base`]) before it compares their intervals, so °C and °F compare as
//!   temperatures. A bare "degrees" (`°`) is a temperature of unstated scale: it is
//!   compared as written ([`scale_unstated`]).
//!
//! Facts here are public definitions (the international yard and pound, the
//! US customary cup and gallon, the Celsius–Fahrenheit relation).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{Kind, TimeUnit};

/// What a unit measures: figures are compared only within one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dimension {
    /// Base: metre.
    Length,
    /// Base: square metre.
    Area,
    /// Base: litre.
    Volume,
    /// Base: kilogram.
    Mass,
    /// Base: degree Celsius (an affine scale: °F and K have an offset).
    Temperature,
    /// Base: radian.
    Angle,
    /// Base: day ([`Kind::Duration`]).
    Duration,
    /// Base: metre per second.
    Speed,
    /// Base: watt.
    Power,
    /// Base: watt-hour.
    Energy,
    /// Base: byte.
    Information,
    /// A share, in percent ([`Kind::Percent`] with `%`).
    Percent,
    /// A difference of two percentages, in percentage points: not a percent.
    PercentagePoints,
}

impl Dimension {
    /// The dimension's name ("length"), the block alignment pairs claims within.
    pub const fn name(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Mass => "mass",
            Dimension::Temperature => "temperature",
            Dimension::Angle => "angle",
            Dimension::Duration => "duration",
            Dimension::Speed => "speed",
            Dimension::Power => "power",
            Dimension::Energy => "energy",
            Dimension::Information => "information",
            Dimension::Percent => "share",
            Dimension::PercentagePoints => "percentage-points",
        }
    }

    /// The kind of quantity a figure in this dimension is.
    pub const fn kind(self) -> Kind {
        match self {
            Dimension::Duration => Kind::Duration,
            Dimension::Percent | Dimension::PercentagePoints => Kind::Percent,
            _ => Kind::Measure,
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// The unit's symbol ("km", "°F").
    pub symbol: &'static str,
    /// The words and symbols that denote it after a figure, lower case ("kilometres",
    /// "km"). Empty for a unit the parser only builds ("square metres", "km/h") or
    /// reads with its own rules (temperature scales, "percentage points").
    pub names: &'static [&'static str],
    /// What it measures.
    pub dimension: Dimension,
    /// Base units per unit: `base = value × factor + offset`.
    pub factor: f64,
    /// See [`Unit::factor`]; zero but for temperatures.
    pub offset: f64,
    /// The unit the parser records a figure in (the symbol of another row, usually the
    /// dimension's base; its own symbol for an affine scale, which is converted only
    /// when compared).
    pub recorded: &'static str,
}

/// A row: symbol, names, dimension, factor, recorded unit (no offset).
const fn row(
    symbol: &'static str,
    names: &'static [&'static str],
    dimension: Dimension,
    factor: f64,
    recorded: &'static str,
) -> Unit {
    Unit {
        symbol,
        names,
        dimension,
        factor,
        offset: 0.0,
        recorded,
    }
}

use Dimension::{
    Angle, Area, Duration, Energy, Information, Length, Mass, Percent, PercentagePoints, Power,
    Speed, Temperature, Volume,
};

/// The unit table. The names of all rows are distinct.
pub static UNITS: &[Unit] = &[
    // Length (metre).
    row(
        "m",
        &["m", "metre", "metres", "meter", "meters"],
        Length,
        1.0,
        "m",
    ),
    row(
        "km",
        &[
            "km",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
            "kms",
        ],
        Length,
        1000.0,
        "m",
    ),
    row(
        "dm",
        &["dm", "decimetre", "decimetres", "decimeter", "decimeters"],
        Length,
        0.1,
        "m",
    ),
    row(
        "cm",
        &[
            "cm",
            "centimetre",
            "centimetres",
            "centimeter",
            "centimeters",
        ],
        Length,
        0.01,
        "m",
    ),
    row(
        "mm",
        &[
            "mm",
            "millimetre",
            "millimetres",
            "millimeter",
            "millimeters",
        ],
        Length,
        0.001,
        "m",
    ),
    row(
        "pm",
        &["picometre", "picometres", "picometer", "picometers"],
        Length,
        1e-12,
        "m",
    ),
    row("mi", &["mile", "miles", "mi"], Length, 1609.344, "m"),
    row("yd", &["yard", "yards", "yd"], Length, 0.9144, "m"),
    row("ft", &["foot", "feet", "ft"], Length, 0.3048, "m"),
    row("in", &["inch", "inches"], Length, 0.0254, "m"),
    // Area (square metre).
    row("m²", &["m2", "m²"], Area, 1.0, "m²"),
    row("km²", &["km2", "km²"], Area, 1e6, "m²"),
    row("ha", &["hectare", "hectares", "ha"], Area, 10_000.0, "m²"),
    row("acre", &["acre", "acres"], Area, 4_046.856_422_4, "m²"),
    // Volume (litre).
    row(
        "l",
        &["litre", "litres", "liter", "liters"],
        Volume,
        1.0,
        "l",
    ),
    row(
        "ml",
        &[
            "ml",
            "millilitre",
            "millilitres",
            "milliliter",
            "milliliters",
        ],
        Volume,
        0.001,
        "l",
    ),
    row(
        "cl",
        &["cl", "centilitre", "centilitres"],
        Volume,
        0.01,
        "l",
    ),
    row("m³", &[], Volume, 1000.0, "m³"),
    // Billion cubic metres (of gas).
    row("bcm", &["bcm"], Volume, 1e12, "m³"),
    row("cup", &["cup", "cups"], Volume, 0.236_588, "l"),
    row(
        "tbsp",
        &["tablespoon", "tablespoons", "tbsp"],
        Volume,
        0.014_786_8,
        "l",
    ),
    row(
        "tsp",
        &["teaspoon", "teaspoons", "tsp"],
        Volume,
        0.004_928_92,
        "l",
    ),
    row("gal", &["gallon", "gallons"], Volume, 3.785_411_784, "l"),
    row(
        "bbl",
        &["barrel", "barrels", "bbl"],
        Volume,
        158.987_294_928,
        "l",
    ),
    // Mass (kilogram).
    row(
        "kg",
        &["kg", "kilogram", "kilograms", "kilo", "kilos"],
        Mass,
        1.0,
        "kg",
    ),
    row(
        "g",
        &["gram", "grams", "g", "gr", "gramme", "grammes"],
        Mass,
        0.001,
        "kg",
    ),
    row("mg", &["milligram", "milligrams", "mg"], Mass, 1e-6, "kg"),
    row(
        "μg",
        &[
            "microgram",
            "micrograms",
            "microgramme",
            "microgrammes",
            "μg",
            "mcg",
        ],
        Mass,
        1e-9,
        "kg",
    ),
    row(
        "t",
        &["tonne", "tonnes", "ton", "tons", "t"],
        Mass,
        1000.0,
        "kg",
    ),
    row(
        "lb",
        &["lb", "lbs", "pound", "pounds"],
        Mass,
        0.453_592_37,
        "kg",
    ),
    row("oz", &["ounce", "ounces", "oz"], Mass, 0.028_349_5, "kg"),
    // Temperature (degree Celsius). The scale names are read by the parser's own rules
    // ("40 degrees Celsius", `°F`, "deg c"); see [`temperature_scale`].
    row("°C", &[], Temperature, 1.0, "°C"),
    Unit {
        symbol: "°F",
        names: &[],
        dimension: Temperature,
        factor: 5.0 / 9.0,
        offset: -160.0 / 9.0,
        recorded: "°F",
    },
    Unit {
        symbol: "K",
        names: &[],
        dimension: Temperature,
        factor: 1.0,
        offset: -273.15,
        recorded: "K",
    },
    // "20 degrees": a temperature of unstated scale (or an angle, when the words around
    // say so: the parser then records `deg`).
    row("°", &["degree", "degrees"], Temperature, 1.0, "°"),
    // Angle (radian).
    row("rad", &["rad", "radian", "radians"], Angle, 1.0, "rad"),
    row("deg", &[], Angle, std::f64::consts::PI / 180.0, "deg"),
    // Duration (day).
    row(
        "day",
        &["day", "days"],
        Duration,
        TimeUnit::Day.days(),
        "day",
    ),
    row(
        "wk",
        &["week", "weeks"],
        Duration,
        TimeUnit::Week.days(),
        "day",
    ),
    row(
        "mo",
        &["month", "months"],
        Duration,
        TimeUnit::Month.days(),
        "day",
    ),
    row(
        "yr",
        &["year", "years", "yr", "yrs", "yo"],
        Duration,
        TimeUnit::Year.days(),
        "day",
    ),
    row(
        "decade",
        &["decade", "decades"],
        Duration,
        TimeUnit::Decade.days(),
        "day",
    ),
    row(
        "century",
        &["century", "centuries"],
        Duration,
        36525.0,
        "day",
    ),
    row("h", &["hour", "hours", "hrs"], Duration, 1.0 / 24.0, "day"),
    row(
        "min",
        &["minute", "minutes", "mins"],
        Duration,
        1.0 / 1440.0,
        "day",
    ),
    row(
        "s",
        &["second", "seconds", "secs"],
        Duration,
        1.0 / 86400.0,
        "day",
    ),
    // Speed (metre per second); "km/h", "miles an hour" are built by the parser.
    row("m/s", &[], Speed, 1.0, "m/s"),
    row("mph", &["mph"], Speed, 0.447_04, "m/s"),
    row("km/h", &["kph", "kmph"], Speed, 1.0 / 3.6, "m/s"),
    row("kn", &["knot", "knots"], Speed, 0.514_444, "m/s"),
    // Power (watt).
    row("W", &[], Power, 1.0, "W"),
    row("kW", &["kw", "kilowatt", "kilowatts"], Power, 1e3, "W"),
    row("MW", &["mw", "megawatt", "megawatts"], Power, 1e6, "W"),
    row("GW", &["gw", "gigawatt", "gigawatts"], Power, 1e9, "W"),
    // Energy (watt-hour).
    row("Wh", &[], Energy, 1.0, "Wh"),
    row("kWh", &["kwh"], Energy, 1e3, "Wh"),
    row("MWh", &["mwh"], Energy, 1e6, "Wh"),
    row("GWh", &["gwh"], Energy, 1e9, "Wh"),
    row("TWh", &["twh"], Energy, 1e12, "Wh"),
    // Information (byte).
    row("B", &[], Information, 1.0, "B"),
    row("bit", &["bit", "bits"], Information, 0.125, "bit"),
    row(
        "kB",
        &["kb", "kilobyte", "kilobytes"],
        Information,
        1e3,
        "B",
    ),
    row(
        "MB",
        &["mb", "megabyte", "megabytes"],
        Information,
        1e6,
        "B",
    ),
    row(
        "GB",
        &["gb", "gigabyte", "gigabytes"],
        Information,
        1e9,
        "B",
    ),
    row(
        "TB",
        &["tb", "terabyte", "terabytes"],
        Information,
        1e12,
        "B",
    ),
    // Shares. Their names are read by the parser's percent rules, not as unit words.
    row(
        "%",
        &[
            "%",
            "percent",
            "pct",
            "per-cent",
            "percents",
            "percentage",
            "per cent",
        ],
        Percent,
        1.0,
        "%",
    ),
    row(
        "pp",
        &["percentage points", "percentage point"],
        PercentagePoints,
        1.0,
        "pp",
    ),
];

/// Words or symbols → their rows.
type Lookup = HashMap<&'static str, &'static Unit>;

/// Each name and each symbol → its row.
fn index() -> &'static (Lookup, Lookup) {
    static INDEX: OnceLock<(Lookup, Lookup)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut names = HashMap::new();
        let mut symbols = HashMap::new();
        for u in UNITS {
            for n in u.names {
                names.insert(*n, u);
            }
            symbols.insert(u.symbol, u);
        }
        (names, symbols)
    })
}

/// The row a name denotes ("kilometres", "percentage points").
pub fn by_name(name: &str) -> Option<&'static Unit> {
    index().0.get(name).copied()
}

/// The row of a symbol ("km", "°F", "m²").
pub fn by_symbol(symbol: &str) -> Option<&'static Unit> {
    index().1.get(symbol).copied()
}

/// A unit word after a figure → (kind, recorded unit, factor to it): how the parser
/// reads "100 kilometres" (a measure of 100,000 m). Shares and temperature scales have
/// rules of their own and are not unit words; "degrees" is.
pub fn unit_word(w: &str) -> Option<(Kind, &'static str, f64)> {
    let u = by_name(w)?;
    if matches!(u.dimension, Percent | PercentagePoints) {
        return None;
    }
    let rec = by_symbol(u.recorded)?;
    let factor = if rec.symbol == u.symbol {
        1.0
    } else {
        u.factor / rec.factor
    };
    Some((u.dimension.kind(), u.recorded, factor))
}

/// A temperature scale's name ("celsius", "fahrenheit", "kelvin", and the common
/// misspellings) → its symbol.
pub fn temperature_scale(w: &str) -> Option<&'static str> {
    Some(match w {
        "celsius" | "celcius" | "centigrade" | "centigrate" => "°C",
        "fahrenheit" | "farenheit" => "°F",
        "kelvin" => "K",
        _ => return None,
    })
}

/// The dimension of a recorded unit (`"m"`, `"°F"`, `"pp"`); `None` for a unit not in
/// the table (a currency, say).
pub fn dimension_of(unit: &str) -> Option<Dimension> {
    by_symbol(unit).map(|u| u.dimension)
}

/// Whether `unit` is a bare "degrees" (`°`): a temperature whose scale is not said.
pub fn scale_unstated(unit: &str) -> bool {
    unit == "°"
}

/// A value in `unit` in its dimension's base unit (`value × factor + offset`); the value
/// itself for a unit not in the table.
pub fn to_base(value: f64, unit: &str) -> f64 {
    match by_symbol(unit) {
        Some(u) if u.factor != 1.0 || u.offset != 0.0 => value * u.factor + u.offset,
        _ => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct_and_recorded_units_exist() {
        let mut seen = std::collections::HashSet::new();
        for u in UNITS {
            for n in u.names {
                assert!(seen.insert(*n), "{n} names two rows");
            }
            let rec = by_symbol(u.recorded).expect(u.recorded);
            assert_eq!(rec.dimension, u.dimension, "{}", u.symbol);
        }
    }

    #[test]
    fn every_unit_name_parses_to_its_row() {
        for u in UNITS {
            for n in u.names {
                // A one-letter symbol is a unit only glued to its figure (`7t`, `7g`).
                let text = if n.chars().count() == 1 {
                    format!("it is 7{n} long")
                } else {
                    format!("it is 7 {n} long")
                };
                let q = super::super::find(&text);
                assert_eq!(q.len(), 1, "{text}: {q:?}");
                let q = &q[0];
                // "7 pounds" after a figure is money first (sterling), as before the table.
                if matches!(*n, "pound" | "pounds") {
                    assert_eq!(q.kind, Kind::Money, "{text}");
                    continue;
                }
                assert_eq!(q.kind, u.dimension.kind(), "{text}");
                assert_eq!(q.unit.as_deref(), Some(u.recorded), "{text}");
                let want = to_base(7.0, u.symbol);
                let got = to_base(q.value, u.recorded);
                assert!(
                    (got - want).abs() <= 1e-9 * want.abs(),
                    "{text}: {got} != {want}"
                );
            }
        }
    }

    #[test]
    fn scales_and_built_units_parse_to_their_rows() {
        let cases = [
            ("it is 20 °C now", "°C"),
            ("it is 68 degrees Fahrenheit now", "°F"),
            ("it is 300 kelvin now", "K"),
            ("it is 20 degrees now", "°"),
            ("a 20-degree turn", "deg"),
            ("rotate it 90 degrees", "deg"),
            ("it is 3 square metres", "m²"),
            ("it is 3 cubic metres", "m³"),
            ("it is 3 m³ of water", "m³"),
            ("it is 3 m² of floor", "m²"),
            ("it runs at 50 km/h", "m/s"),
            ("it rose 2 percentage points", "pp"),
        ];
        for (text, unit) in cases {
            let q = super::super::find(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].unit.as_deref(), Some(unit), "{text}");
            assert!(by_symbol(unit).is_some(), "{unit}");
        }
    }

    #[test]
    fn conversions() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(to_base(68.0, "°F"), 20.0));
        assert!(close(to_base(32.0, "°F"), 0.0));
        assert!(close(to_base(-40.0, "°F"), -40.0));
        assert!(close(to_base(273.15, "K"), 0.0));
        assert!(close(to_base(20.0, "°C"), 20.0));
        assert!(close(to_base(180.0, "deg"), std::f64::consts::PI));
        assert!(close(to_base(1.0, "m³"), 1000.0));
        assert!(close(to_base(8.0, "bit"), 1.0));
        assert!(close(to_base(1.0, "mi"), 1609.344));
        assert_eq!(to_base(5.0, "USD"), 5.0);
        assert_eq!(unit_word("bcm"), Some((Kind::Measure, "m³", 1e9)));
        assert_eq!(unit_word("kilometres"), Some((Kind::Measure, "m", 1000.0)));
        assert_eq!(unit_word("percent"), None);
        assert_eq!(dimension_of("m²"), Some(Area));
        assert_ne!(dimension_of("m²"), dimension_of("m³"));
        assert_ne!(dimension_of("%"), dimension_of("pp"));
        assert_ne!(dimension_of("deg"), dimension_of("°C"));
        assert_eq!(dimension_of("°"), dimension_of("°F"));
    }
}
