//! The Day-0 timeline's arithmetic, pure: where a day sits on the axis, and how a day is
//! said in words. Day 0 is the day the cells or the vector are given.

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
pub fn phrase(day: i32) -> (&'static str, u32) {
    let n = day.unsigned_abs();
    let before = day < 0;
    match n {
        0 => ("timeline-day-zero", 0),
        1 => (if before { "timeline-one-day-before" } else { "timeline-one-day-after" }, 1),
        2..=99 => (if before { "timeline-days-before" } else { "timeline-days-after" }, n),
        100..=729 => {
            let months = (n * 10 + 152) / 304; // n / 30.4, rounded
            (if before { "timeline-months-before" } else { "timeline-months-after" }, months)
        }
        _ => {
            let years = (n + 182) / 365;
            (if before { "timeline-years-before" } else { "timeline-years-after" }, years)
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
        assert_eq!(phrase(0), ("timeline-day-zero", 0));
        assert_eq!(phrase(1), ("timeline-one-day-after", 1));
        assert_eq!(phrase(-1), ("timeline-one-day-before", 1));
        assert_eq!(phrase(40), ("timeline-days-after", 40));
        assert_eq!(phrase(-60), ("timeline-days-before", 60));
        assert_eq!(phrase(100), ("timeline-months-after", 3));
        assert_eq!(phrase(182), ("timeline-months-after", 6));
        assert_eq!(phrase(-365), ("timeline-months-before", 12));
        assert_eq!(phrase(MAX_DAY), ("timeline-years-after", 15));
    }
}
