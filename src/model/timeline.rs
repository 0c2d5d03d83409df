//! The Day-0 timeline's arithmetic, pure: where a day sits on the axis, and how a day is
//! said in words. Day 0 is the day the cells or the vector are given.
use crate::content::{msg, Msg};

/// The furthest day the axis reaches (about 15 years): follow-up bars end here.
pub const MAX_DAY: i32 = 5475;

/// Ticks on the axis, in days.
pub const TICKS: [i32; 9] = [-180, -30, -7, 0, 7, 30, 100, 365, MAX_DAY];

/// The x position of `day` on an axis from `x0` to `x1`. The scale is logarithmic on
/// each side of Day 0 (weeks, months and years all stay readable); Day 0 is the middle.
pub fn x(day: i32, x0: i32, x1: i32) -> i32 {
    let half = f64::from(x1 - x0) / 2.0;
    let d = day.clamp(-MAX_DAY, MAX_DAY);
    let reach = (1.0 + f64::from(d.abs())).ln() / (1.0 + f64::from(MAX_DAY)).ln();
    let offset = (half * reach).round() as i32;
    x0 + half as i32 + if d < 0 { -offset } else { offset }
}

/// A day said in words: a content key and the number to fill in.
/// Under 100 days: days; under two years: about so many months; beyond: about so many years.
pub fn phrase(day: i32) -> (Msg, u32) {
    let n = day.unsigned_abs();
    let before = day < 0;
    match n {
        0 => (msg::TIMELINE_DAY_ZERO, 0),
        1 => (if before { msg::TIMELINE_ONE_DAY_BEFORE } else { msg::TIMELINE_ONE_DAY_AFTER }, 1),
        2..=99 => (if before { msg::TIMELINE_DAYS_BEFORE } else { msg::TIMELINE_DAYS_AFTER }, n),
        100..=729 => {
            let months = (n * 10 + 152) / 304; // n / 30.4, rounded
            (if before { msg::TIMELINE_MONTHS_BEFORE } else { msg::TIMELINE_MONTHS_AFTER }, months)
        }
        _ => {
            let years = (n + 182) / 365;
            (if before { msg::TIMELINE_YEARS_BEFORE } else { msg::TIMELINE_YEARS_AFTER }, years)
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
        assert_eq!(phrase(-365), (msg::TIMELINE_MONTHS_BEFORE, 12));
        assert_eq!(phrase(MAX_DAY), (msg::TIMELINE_YEARS_AFTER, 15));
    }
}
