//! The Day-0 timeline's arithmetic, pure: where a day sits on the axis, and in what unit
//! it is said (the words, plurals included, are the content's: `describe::when`). Day 0 is
//! the day the cells or the vector are given.

/// The furthest day the axis reaches (about 15 years): follow-up bars end here.
pub const MAX_DAY: i32 = 5475;

/// Up to this many days either side of Day 0 (about 8 months) the axis is one straight
/// scale, so that the lengths of bars compare truly: a 5-week stay in hospital is drawn
/// shorter than 5 months of making cells. Past `SPAN` after Day 0 comes a marked break,
/// and the years to `MAX_DAY` squeezed into the rest.
pub const SPAN: i32 = 240;

/// Where the axis is, in thousandths of its width: Day 0, the end of the straight scale,
/// and the start of the squeezed years (the break mark sits between the two).
pub const DAY0_AT: i32 = 400;
pub const BREAK_AT: i32 = 800;
pub const YEARS_AT: i32 = 840;

/// Where `day` sits on the axis, in thousandths of its width.
pub fn x(day: i32) -> i32 {
    let day = day.clamp(-SPAN, MAX_DAY);
    if day <= SPAN {
        DAY0_AT + day * (BREAK_AT - DAY0_AT) / SPAN
    } else {
        YEARS_AT + (day - SPAN) * (1000 - YEARS_AT) / (MAX_DAY - SPAN)
    }
}

/// The pieces a bar from `from` to `to` is drawn as, each `(start, end)` in thousandths:
/// one, or two where the bar crosses the break. A piece too short to see is `MIN_WIDTH`
/// wide, on its own side of Day 0 (so a day before never reaches past it), centred on Day
/// 0 itself.
pub fn pieces(from: i32, to: i32) -> Vec<(i32, i32)> {
    let piece = |a: i32, z: i32| {
        if z - a >= MIN_WIDTH {
            (a, z)
        } else if to < 0 {
            (z - MIN_WIDTH, z)
        } else if from > 0 {
            (a, a + MIN_WIDTH)
        } else {
            ((a + z) / 2 - MIN_WIDTH / 2, (a + z) / 2 + MIN_WIDTH / 2)
        }
    };
    let (a, z) = (x(from), x(to));
    if from <= SPAN && to > SPAN {
        // The part past the break starts at the break's far side, and shows too.
        let far = piece(YEARS_AT, z);
        vec![piece(a, BREAK_AT), (YEARS_AT, far.1.max(YEARS_AT + MIN_WIDTH))]
    } else {
        vec![piece(a, z)]
    }
}

/// The narrowest bar, in thousandths: a single day still shows.
pub const MIN_WIDTH: i32 = 10;

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
    fn one_straight_scale_either_side_of_day_zero() {
        assert_eq!(x(0), DAY0_AT);
        assert_eq!(x(-SPAN), 0);
        assert_eq!(x(SPAN), BREAK_AT);
        assert_eq!(x(MAX_DAY), 1000);
        assert_eq!(x(99_999), 1000, "clamped");
        // Equal spans of days are equal lengths, before and after Day 0.
        assert_eq!(x(30) - x(0), x(0) - x(-30));
        assert_eq!(x(120) - x(90), x(-60) - x(-90));
        // Past the break, further still is further right.
        assert!(x(SPAN + 1) >= YEARS_AT && x(365) < x(1825) && x(1825) < x(MAX_DAY));
    }

    #[test]
    fn a_bar_across_the_break_is_drawn_in_two_pieces() {
        assert_eq!(pieces(0, MAX_DAY), vec![(DAY0_AT, BREAK_AT), (YEARS_AT, 1000)]);
        assert_eq!(pieces(0, SPAN), vec![(DAY0_AT, BREAK_AT)]);
        // Just past the break, the far piece still shows.
        assert_eq!(pieces(200, 250), vec![(x(200), BREAK_AT), (YEARS_AT, YEARS_AT + MIN_WIDTH)]);
    }

    #[test]
    fn a_short_bar_stays_on_its_side_of_day_zero() {
        // A week before Day 0 ends before it; a day before too, however wide it is drawn.
        assert!(pieces(-7, -1)[0].1 <= DAY0_AT);
        assert_eq!(pieces(-1, -1), vec![(x(-1) - MIN_WIDTH, x(-1))]);
        assert_eq!(pieces(6, 6), vec![(x(6), x(6) + MIN_WIDTH)]);
        assert_eq!(pieces(0, 0), vec![(DAY0_AT - MIN_WIDTH / 2, DAY0_AT + MIN_WIDTH / 2)]);
        for (from, to) in [(-SPAN, -SPAN), (-1, -1), (0, 0), (6, 6), (0, MAX_DAY)] {
            assert!(pieces(from, to).iter().all(|&(a, z)| z - a >= MIN_WIDTH), "{from}..{to}");
        }
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
