//! The Day-0 timeline's arithmetic, pure: where a day sits on the axis, and in what unit
//! it is said (the words, plurals included, are the content's: `describe::when`). Day 0 is
//! the day the cells or the vector are given.

/// The furthest day the axis reaches (about 15 years): follow-up bars end here.
pub const MAX_DAY: i32 = 5475;

/// Ticks on the axis, in days. Neighbours alternate between two label rows.
/// (Six, so that no two labels on one row meet, even at the long right end.)
pub const TICKS: [i32; 6] = [-180, -30, 0, 30, 365, MAX_DAY];

/// Where a day sits on each side of Day 0, in thousandths of that side: a log-like scale
/// (weeks, months and years all stay readable), as straight segments between these
/// anchors, so the wasm needs no floating-point logarithm.
const ANCHORS: [(i32, i32); 13] = [
    (0, 0),
    (1, 81),
    (3, 161),
    (7, 242),
    (14, 315),
    (30, 399),
    (60, 478),
    (100, 536),
    (200, 616),
    (365, 686),
    (1000, 803),
    (1825, 872),
    (MAX_DAY, 1000),
];

/// The x position of `day` on an axis from `x0` to `x1`; Day 0 is the middle.
pub fn x(day: i32, x0: i32, x1: i32) -> i32 {
    let half = (x1 - x0) / 2;
    let d = day.clamp(-MAX_DAY, MAX_DAY).abs();
    let i = ANCHORS.iter().position(|&(a, _)| a >= d).unwrap_or(ANCHORS.len() - 1).max(1);
    let ((d0, p0), (d1, p1)) = (ANCHORS[i - 1], ANCHORS[i]);
    let permille = p0 + (p1 - p0) * (d - d0) / (d1 - d0);
    let offset = half * permille / 1000;
    x0 + half + if day < 0 { -offset } else { offset }
}

/// The unit a day is said in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Days,
    /// About so many months.
    Months,
    /// About so many years.
    Years,
}

/// How far a day is from Day 0, in a unit a reader grasps (the words are the describer's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    DayZero,
    Before(Unit, u32),
    After(Unit, u32),
}

/// Under 100 days: days; under a year: about so many months; beyond: about so many years
/// (a year and a half and less is about 1 year).
pub fn when(day: i32) -> When {
    let n = day.unsigned_abs();
    let (unit, count) = match n {
        0 => return When::DayZero,
        1..=99 => (Unit::Days, n),
        100..=364 => (Unit::Months, (n * 10 + 152) / 304), // n / 30.4, rounded
        365..=547 => (Unit::Years, 1),
        _ => (Unit::Years, (n + 182) / 365),
    };
    if day < 0 {
        When::Before(unit, count)
    } else {
        When::After(unit, count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_zero_is_the_middle_and_sides_are_symmetric() {
        assert_eq!(x(0, 0, 1000), 500);
        assert_eq!(x(MAX_DAY, 0, 1000), 1000);
        assert_eq!(x(-MAX_DAY, 0, 1000), 0);
        assert_eq!(x(30, 0, 1000) - 500, 500 - x(-30, 0, 1000));
        assert_eq!(x(99_999, 0, 1000), 1000, "clamped");
    }

    #[test]
    fn the_scale_follows_a_logarithm_closely() {
        // The anchors approximate ln(1 + d) / ln(1 + MAX_DAY); in between, within 4%.
        for d in [1, 3, 7, 14, 30, 60, 100, 200, 365, 1000, 1825, 3000, MAX_DAY] {
            let exact = (1.0 + f64::from(d)).ln() / (1.0 + f64::from(MAX_DAY)).ln();
            let got = f64::from(x(d, 0, 2000) - 1000) / 1000.0;
            assert!((got - exact).abs() < 0.04, "day {d}: {got} vs {exact}");
        }
    }

    #[test]
    fn later_days_are_further_right() {
        let xs: Vec<i32> = TICKS.iter().map(|&d| x(d, 300, 980)).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
    }

    #[test]
    fn days_are_said_in_sensible_units() {
        use Unit::*;
        assert_eq!(when(0), When::DayZero);
        assert_eq!(when(1), When::After(Days, 1));
        assert_eq!(when(-1), When::Before(Days, 1));
        assert_eq!(when(40), When::After(Days, 40));
        assert_eq!(when(-60), When::Before(Days, 60));
        assert_eq!(when(100), When::After(Months, 3));
        assert_eq!(when(182), When::After(Months, 6));
        assert_eq!(when(364), When::After(Months, 12));
        assert_eq!(when(-365), When::Before(Years, 1));
        assert_eq!(when(547), When::After(Years, 1));
        assert_eq!(when(730), When::After(Years, 2));
        assert_eq!(when(MAX_DAY), When::After(Years, 15));
    }
}
