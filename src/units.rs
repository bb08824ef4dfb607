//! Units of measure (`knowledge/units.toml`): how a written unit is
//! spelled, what it measures and how it converts, so that "150 mm" and
//! "more than five inches", or "31 degrees Celsius" and "88 degrees
//! Fahrenheit", are compared as one dimension.

use crate::value::Interval;
use serde::Deserialize;
use std::sync::LazyLock;

/// One unit of the lexicon.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Unit {
    pub symbol: String,
    pub dimension: String,
    /// Base units of the dimension per unit.
    pub factor: f64,
    /// Added after the factor (temperature scales).
    #[serde(default)]
    pub offset: f64,
    pub names: Vec<String>,
    /// Written before the figure: "magnitude 7.1".
    #[serde(default)]
    pub prefix: bool,
    /// Symbols that are also words or other units ("W", "m", "nm") match
    /// only as written.
    #[serde(default)]
    pub case_sensitive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitsFile {
    unit: Vec<Unit>,
}

/// The built-in units, in file order.
pub static UNITS: LazyLock<Vec<Unit>> = LazyLock::new(|| {
    let file: UnitsFile =
        toml::from_str(include_str!("knowledge/units.toml")).unwrap_or_else(|e| panic!("knowledge/units.toml: {e}"));
    file.unit
});

/// The unit with this canonical symbol.
pub fn by_symbol(symbol: &str) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.symbol == symbol)
}

/// A value in `unit` converted to the base unit of its dimension.
pub fn to_base(unit: &Unit, x: f64) -> f64 {
    x * unit.factor + unit.offset
}

/// Whether two intervals in two units of one dimension share a value;
/// `None` when a unit is unknown or the dimensions differ.
pub fn overlap(u: &str, x: &Interval, v: &str, y: &Interval) -> Option<bool> {
    let (a, b) = (by_symbol(u)?, by_symbol(v)?);
    if a.dimension != b.dimension {
        return None;
    }
    let convert = |unit: &Unit, i: &Interval| Interval {
        min: i.min.map(|m| to_base(unit, m)),
        max: i.max.map(|m| to_base(unit, m)),
        ..*i
    };
    Some(convert(a, x).overlaps(&convert(b, y)))
}

/// Whether a figure in one unit and a figure in another can state the same
/// amount, allowing for the rounding of a conversion.
///
/// A writer who converts rounds the result: 1,200 hectares become "3,000
/// acres", 100 km/h "60 mph", 150 mm "5.9 inches". Each written bound is
/// therefore widened by half a unit of its second significant digit (3,000
/// by 50, 60 by 0.5, 5.9 by 0.05) before the intervals are compared, so a
/// restatement agrees while a different amount ("490 acres") does not.
/// Temperatures are rounded to whole degrees (31 °C is "88 °F"), and their
/// scales do not start at zero, so they are widened by half a degree.
/// `None` when a unit is unknown or the dimensions differ.
pub fn agree(u: &str, x: &Interval, v: &str, y: &Interval) -> Option<bool> {
    overlap(u, &widened(by_symbol(u)?, x), v, &widened(by_symbol(v)?, y))
}

fn widened(unit: &Unit, i: &Interval) -> Interval {
    // The figure's magnitude, not each bound's: "100" is [99.5, 100.5], both ends of a three-digit figure.
    let magnitude = i.min.into_iter().chain(i.max).map(f64::abs).fold(0.0, f64::max);
    let slack = if unit.offset == 0.0 { conversion_slack(magnitude) } else { 0.5 };
    Interval { min: i.min.map(|m| m - slack), max: i.max.map(|m| m + slack), ..*i }
}

/// Half a unit of the second significant digit of `x`.
fn conversion_slack(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return 0.0;
    }
    0.5 * 10f64.powf(x.abs().log10().floor() - 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_is_well_formed() {
        for u in UNITS.iter() {
            assert!(u.factor.is_finite() && u.factor > 0.0, "{}", u.symbol);
            assert!(!u.names.is_empty() && u.names.iter().all(|n| !n.trim().is_empty()), "{}", u.symbol);
            // Units that share a symbol are one unit written several ways.
            let first = by_symbol(&u.symbol).unwrap();
            assert_eq!((first.dimension.as_str(), first.factor), (u.dimension.as_str(), u.factor), "{}", u.symbol);
        }
    }

    #[test]
    fn conversions_across_units() {
        // 150 mm is about 5.9 inches: more than five inches.
        assert_eq!(overlap("mm", &Interval::around(150.0, 0.5), "in", &Interval::above(5.0)), Some(true));
        assert_eq!(overlap("mm", &Interval::around(110.0, 0.5), "in", &Interval::above(5.0)), Some(false));
        // 31 °C is 87.8 °F.
        assert_eq!(overlap("°C", &Interval::around(31.0, 0.5), "°F", &Interval::around(88.0, 0.5)), Some(true));
        // 1,200 hectares is about 3,000 acres, not 490.
        let ha = Interval::around(1_200.0, 50.0);
        assert_eq!(overlap("ha", &ha, "acre", &Interval::around(3_000.0, 300.0)), Some(true));
        assert_eq!(overlap("ha", &ha, "acre", &Interval::around(490.0, 49.0)), Some(false));
        assert_eq!(overlap("ha", &ha, "mm", &Interval::exact(1.0)), None);
    }

    #[test]
    fn rounded_restatements_agree_and_other_amounts_do_not() {
        // Figures as written: a whole number is ±0.5, a decimal half its last digit.
        let ha = Interval::around(1_200.0, 0.5);
        assert_eq!(agree("ha", &ha, "acre", &Interval::around(3_000.0, 0.5)), Some(true));
        assert_eq!(agree("ha", &ha, "acre", &Interval::around(490.0, 0.5)), Some(false));
        assert_eq!(agree("°C", &Interval::around(31.0, 0.5), "°F", &Interval::around(88.0, 0.5)), Some(true));
        assert_eq!(agree("°C", &Interval::around(31.0, 0.5), "°F", &Interval::around(94.0, 0.5)), Some(false));
        assert_eq!(agree("mm", &Interval::around(150.0, 0.5), "in", &Interval::around(5.9, 0.05)), Some(true));
        assert_eq!(agree("m", &Interval::around(2.1, 0.05), "ft", &Interval::around(7.0, 0.5)), Some(true));
        assert_eq!(agree("m", &Interval::around(2.1, 0.05), "ft", &Interval::around(9.0, 0.5)), Some(false));
        assert_eq!(agree("km/h", &Interval::around(100.0, 0.5), "mph", &Interval::around(60.0, 0.5)), Some(true));
        assert_eq!(agree("km/h", &Interval::around(100.0, 0.5), "mph", &Interval::around(75.0, 0.5)), Some(false));
        // Half a percentage point is 50 basis points, not 5.
        assert_eq!(agree("pp", &Interval::exact(0.5), "bp", &Interval::around(50.0, 0.5)), Some(true));
        assert_eq!(agree("pp", &Interval::exact(0.5), "bp", &Interval::around(5.0, 0.5)), Some(false));
        // Open ends stay open.
        assert_eq!(agree("mm", &Interval::around(110.0, 0.5), "in", &Interval::above(5.0)), Some(false));
        assert_eq!(agree("km", &Interval::exact(1.0), "acre", &Interval::exact(1.0)), None);
    }
}
