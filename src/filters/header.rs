//! A list's metadata from its `!` header: title and snapshot date (`! Last modified:` or a date-like
//! `! Version:`), and the date formatting shared with the command line's file-time fallback.

/// Title and snapshot date of a list, from the comment lines at its top.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub title: Option<String>,
    /// ISO 8601 (`2026-08-21T12:33:05Z`).
    pub date: Option<String>,
}

/// Reads the header from the comment lines before the first filter (and at most the first 50 lines).
pub fn read_header(text: &str) -> Header {
    let mut h = Header::default();
    let mut version_date = None;
    for line in text.lines().take(50) {
        let line = line.trim();
        if line.is_empty() || line.starts_with('[') {
            continue;
        }
        let Some(comment) = line.strip_prefix('!') else { break };
        let Some((key, value)) = comment.split_once(':') else { continue };
        let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
        match key.as_str() {
            "title" if h.title.is_none() && !value.is_empty() => h.title = Some(value.to_string()),
            "last modified" | "last-modified" | "updated" if h.date.is_none() => h.date = parse_rfc2822(value),
            "version" if version_date.is_none() => version_date = parse_version(value),
            _ => {}
        }
    }
    h.date = h.date.or(version_date);
    h
}

/// `Fri, 21 Aug 2026 12:33:05 +0000` (or `UTC`/`GMT`, or without the weekday or seconds).
fn parse_rfc2822(s: &str) -> Option<String> {
    let s = s.split_once(',').map_or(s, |(_, rest)| rest).trim();
    let parts: Vec<&str> = s.split_ascii_whitespace().collect();
    let (day, month, year) = (parts.first()?.parse::<u32>().ok()?, parts.get(1)?, parts.get(2)?.parse::<i64>().ok()?);
    let month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|m| month.to_ascii_lowercase().starts_with(m))? as u32
        + 1;
    if !(1..=31).contains(&day) {
        return None;
    }
    let Some(time) = parts.get(3) else {
        return Some(format!("{year:04}-{month:02}-{day:02}"));
    };
    let t: Vec<u32> = time.split(':').map(|x| x.parse().ok()).collect::<Option<_>>()?;
    let (hh, mm, ss) = (*t.first()?, *t.get(1)?, t.get(2).copied().unwrap_or(0));
    if hh > 23 || mm > 59 || ss > 60 || t.len() > 3 {
        return None;
    }
    let zone = match parts.get(4).copied() {
        None | Some("UTC" | "GMT" | "Z" | "+0000" | "-0000") => "Z".to_string(),
        Some(z)
            if z.len() == 5
                && (z.starts_with('+') || z.starts_with('-'))
                && z[1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("{}:{}", &z[..3], &z[3..])
        }
        Some(_) => return None,
    };
    Some(format!("{year:04}-{month:02}-{day:02}T{hh:02}:{mm:02}:{ss:02}{zone}"))
}

/// `202608211233` (a date-stamped version, as EasyList and AdGuard write them).
fn parse_version(s: &str) -> Option<String> {
    let d = s.trim();
    if d.len() < 8 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, m, day) = (&d[0..4], d[4..6].parse::<u32>().ok()?, d[6..8].parse::<u32>().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || !y.starts_with('2') {
        return None;
    }
    if d.len() >= 12 {
        let (hh, mm) = (d[8..10].parse::<u32>().ok()?, d[10..12].parse::<u32>().ok()?);
        if hh < 24 && mm < 60 {
            return Some(format!("{y}-{m:02}-{day:02}T{hh:02}:{mm:02}:00Z"));
        }
    }
    Some(format!("{y}-{m:02}-{day:02}"))
}

/// Seconds since the Unix epoch as ISO 8601 UTC (for a file's modification time).
pub fn iso_from_unix(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        let h = read_header("[Adblock Plus 2.0]\n! Title: EasyList – Cookie Notices\n! Last modified: Fri, 21 Aug 2026 13:31:41 +0000\n! Version: 202608211331\n##.x\n! Title: later");
        assert_eq!(h.title.as_deref(), Some("EasyList – Cookie Notices"));
        assert_eq!(h.date.as_deref(), Some("2026-08-21T13:31:41Z"));
        let h = read_header("! Version: 202608201604\n! Last modified: garbage");
        assert_eq!(h.date.as_deref(), Some("2026-08-20T16:04:00Z"));
        assert_eq!(read_header("! Version: 2.0.1\n##.x").date, None);
        assert_eq!(read_header("##.x\n! Title: too late").title, None);
        assert_eq!(parse_rfc2822("21 Aug 2026 12:33 +0200").as_deref(), Some("2026-08-21T12:33:00+02:00"));
    }

    #[test]
    fn unix_dates() {
        assert_eq!(iso_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_from_unix(1_787_319_185), "2026-08-21T13:33:05Z");
        assert_eq!(iso_from_unix(951_782_400), "2000-02-29T00:00:00Z");
    }
}
