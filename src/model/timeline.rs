//! The Day-0 timeline's arithmetic, pure: where a day sits on the axis, and how a day is
//! said in words. Day 0 is the day the cells or the vector are given.
use crate::content::{msg, Msg};

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

/// A day said in words: a content key and the number to fill in.
/// Under 100 days: days; under a year: about so many months; beyond: about so many years.
pub fn phrase(day: i32) -> (Msg, u32) {
    let n = day.unsigned_abs();
    let before = day < 0;
    let pick = |b: Msg, a: Msg| if before { b } else { a };
    match n {
        0 => (msg::TIMELINE_DAY_ZERO, 0),
        1 => (pick(msg::TIMELINE_ONE_DAY_BEFORE, msg::TIMELINE_ONE_DAY_AFTER), 1),
        2..=99 => (pick(msg::TIMELINE_DAYS_BEFORE, msg::TIMELINE_DAYS_AFTER), n),
        100..=364 => {
            let months = (n * 10 + 152) / 304; // n / 30.4, rounded
            (pick(msg::TIMELINE_MONTHS_BEFORE, msg::TIMELINE_MONTHS_AFTER), months)
        }
        365..=547 => (pick(msg::TIMELINE_ONE_YEAR_BEFORE, msg::TIMELINE_ONE_YEAR_AFTER), 1),
        _ => {
            let years = (n + 182) / 365;
            (pick(msg::TIMELINE_YEARS_BEFORE, msg::TIMELINE_YEARS_AFTER), years)
        }
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
        assert_eq!(phrase(0), (msg::TIMELINE_DAY_ZERO, 0));
        assert_eq!(phrase(1), (msg::TIMELINE_ONE_DAY_AFTER, 1));
        assert_eq!(phrase(-1), (msg::TIMELINE_ONE_DAY_BEFORE, 1));
        assert_eq!(phrase(40), (msg::TIMELINE_DAYS_AFTER, 40));
        assert_eq!(phrase(-60), (msg::TIMELINE_DAYS_BEFORE, 60));
        assert_eq!(phrase(100), (msg::TIMELINE_MONTHS_AFTER, 3));
        assert_eq!(phrase(182), (msg::TIMELINE_MONTHS_AFTER, 6));
        assert_eq!(phrase(364), (msg::TIMELINE_MONTHS_AFTER, 12));
        assert_eq!(phrase(-365), (msg::TIMELINE_ONE_YEAR_BEFORE, 1));
        assert_eq!(phrase(730), (msg::TIMELINE_YEARS_AFTER, 2));
        assert_eq!(phrase(MAX_DAY), (msg::TIMELINE_YEARS_AFTER, 15));
    }
}
