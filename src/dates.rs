//! Document dates: ISO 8601 strings as the caller gives them, read just far enough to order
//! them and to measure the days between two.

/// The day `date` names, counted from 1970-01-01, read from its first ten characters
/// ("2022-08-05", "2022-08-05T14:30:00Z", "2022-08-05 14:30"); `None` when it is no valid date
/// or something other than a time follows the day.
pub fn day_number(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() < 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b.get(10), None | Some(b'T' | b' '))
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = date.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month[(m - 1) as usize] {
        return None;
    }
    // Days from the civil calendar (Howard Hinnant's days_from_civil).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_of_iso_dates() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2024-02-29T08:00:00Z"), day_number("2024-02-29"));
        assert_eq!(
            day_number("2022-09-04").unwrap() - day_number("2022-08-05").unwrap(),
            30
        );
    }

    #[test]
    fn not_dates() {
        for s in [
            "2023-02-29",
            "2022-13-01",
            "05/08/2022",
            "2022-8-5",
            "2022-08-05x",
            "",
            "２０２２-08-05",
        ] {
            assert_eq!(day_number(s), None, "{s}");
        }
    }
}
