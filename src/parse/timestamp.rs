//! The publication timestamp line: numeric, named-month (Russian and
//! English) and ISO 8601 / RFC 3339 forms, with an optional zone.
//!
//! The whole line must read as one date-time; a line that merely starts with
//! a date is body text. Impossible calendar dates and clock times are
//! rejected, so `31/02/2016 25:61` stays text.

use crate::model::Published;

use super::inlines::push_number;

/// Longer lines are prose, not a timestamp; the bound also keeps the work
/// per line constant (a Russian line with its update time takes ~90 bytes).
const MAX_LEN: usize = 120;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(u32, usize),
    Word(String),
    Sym(char),
}

struct Date {
    year: u32,
    month: u32,
    day: u32,
}

struct Time {
    hour: u32,
    minute: u32,
}

/// Reads `line` as a publication timestamp.
pub fn parse_timestamp(line: &str, month_first: bool) -> Option<Published> {
    let line = line.trim();
    if line.is_empty() || line.len() > MAX_LEN {
        return None;
    }
    let toks = tokenize(line)?;
    let mut p = Reader { toks: &toks, i: 0 };
    p.skip_label();
    p.skip_weekday();
    let start = p.i;
    let (date, time, offset) = p.date_then_time(month_first).or_else(|| {
        p.i = start;
        p.time_then_date(month_first)
    })?;
    Some(Published {
        text: line.to_string(),
        local: local(&date, &time),
        offset,
    })
}

/// `YYYY-MM-DDTHH:MM`.
fn local(date: &Date, time: &Time) -> String {
    let mut s = String::with_capacity(16);
    push_padded(&mut s, date.year, 4);
    for (sep, n) in [
        ('-', date.month),
        ('-', date.day),
        ('T', time.hour),
        (':', time.minute),
    ] {
        s.push(sep);
        push_padded(&mut s, n, 2);
    }
    s
}

/// `±HH:MM`.
/// The UTC offset of a zone named by its abbreviation, lowercase.
fn zone_offset(name: &[u8]) -> Option<&'static str> {
    Some(match name {
        b"bst" | b"cet" => "+01:00",
        b"cest" | b"eet" => "+02:00",
        b"eest" => "+03:00",
        b"edt" => "-04:00",
        b"est" | b"cdt" => "-05:00",
        b"cst" | b"mdt" => "-06:00",
        b"mst" | b"pdt" => "-07:00",
        b"pst" => "-08:00",
        _ => return None,
    })
}

fn offset(sign: char, hours: u32, minutes: u32) -> String {
    let mut s = String::with_capacity(6);
    s.push(sign);
    push_padded(&mut s, hours, 2);
    s.push(':');
    push_padded(&mut s, minutes, 2);
    s
}

/// Appends `n` with leading zeros to `width` digits, without `core::fmt`.
fn push_padded(s: &mut String, n: u32, width: u32) {
    let digits = n.checked_ilog10().unwrap_or(0) + 1;
    for _ in digits..width {
        s.push('0');
    }
    push_number(s, n as usize);
}

/// The value of a short run of ASCII digits (`str::parse` brings in a
/// general integer parser; these runs have at most four digits).
fn number(digits: &str) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    digits.bytes().try_fold(0, |n: u32, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

fn tokenize(line: &str) -> Option<Vec<Tok>> {
    let mut toks = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let digits = &line[i..end];
            if digits.len() > 4 {
                return None;
            }
            toks.push(Tok::Num(number(digits)?, digits.len()));
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            toks.push(Tok::Word(super::case::lowercase(&line[i..end])));
        } else {
            toks.push(Tok::Sym(c));
        }
    }
    Some(toks)
}

struct Reader<'a> {
    toks: &'a [Tok],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.i)
    }

    fn num(&mut self, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
        match self.peek() {
            Some(Tok::Num(n, d)) if digits.contains(d) => {
                let n = *n;
                self.i += 1;
                Some(n)
            }
            _ => None,
        }
    }

    fn sym(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Sym(c)) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, options: &[&str]) -> bool {
        match self.peek() {
            Some(Tok::Word(w)) if options.contains(&w.as_str()) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    fn at_end(&self) -> bool {
        self.i == self.toks.len()
    }

    /// `Updated`, `Published on:`, `Опубликовано:` before the date-time.
    fn skip_label(&mut self) {
        if self.word(&[
            "updated",
            "published",
            "posted",
            "опубликовано",
            "обновлено",
        ]) {
            self.word(&["on", "at"]);
            self.sym(':');
        }
    }

    fn skip_weekday(&mut self) {
        if let Some(Tok::Word(w)) = self.peek() {
            if is_weekday(w) {
                self.i += 1;
                self.sym(',');
            }
        }
    }

    fn date_then_time(&mut self, month_first: bool) -> Option<(Date, Time, Option<String>)> {
        let date = self.date(month_first)?;
        self.separator();
        let time = self.time()?;
        let offset = self.zone()?;
        Some((date, time, offset))
    }

    fn time_then_date(&mut self, month_first: bool) -> Option<(Date, Time, Option<String>)> {
        let time = self.time()?;
        // `3:05 PM EDT, March 14, 2025`: the zone may come before the date.
        let early = self.named_zone();
        self.separator();
        let date = self.date(month_first)?;
        let offset = self.zone()?;
        Some((date, time, early.map(str::to_string).or(offset)))
    }

    fn separator(&mut self) {
        while self.sym(',')
            || self.sym('|')
            || self.sym('/')
            || self.sym('·')
            || self.sym('•')
            || self.sym('—')
            || self.sym('-')
            || self.word(&["t", "в", "at", "г", "года"])
        {
            self.sym('.');
        }
    }

    fn date(&mut self, month_first: bool) -> Option<Date> {
        let start = self.i;
        if let Some(d) = self.iso_date() {
            return Some(d);
        }
        self.i = start;
        if let Some(d) = self.numeric_date(month_first) {
            return Some(d);
        }
        self.i = start;
        if let Some(d) = self.day_month_year() {
            return Some(d);
        }
        self.i = start;
        let d = self.month_day_year();
        if d.is_none() {
            self.i = start;
        }
        d
    }

    fn iso_date(&mut self) -> Option<Date> {
        let year = self.num(4..=4)?;
        let sep = match self.peek() {
            Some(Tok::Sym(c @ ('-' | '/' | '.'))) => *c,
            _ => return None,
        };
        self.i += 1;
        let month = self.num(1..=2)?;
        if !self.sym(sep) {
            return None;
        }
        let day = self.num(1..=2)?;
        valid_date(year, month, day)
    }

    fn numeric_date(&mut self, month_first: bool) -> Option<Date> {
        let a = self.num(1..=2)?;
        let sep = match self.peek() {
            Some(Tok::Sym(c @ ('-' | '/' | '.'))) => *c,
            _ => return None,
        };
        self.i += 1;
        let b = self.num(1..=2)?;
        if !self.sym(sep) {
            return None;
        }
        let year = self.year()?;
        let (day, month) = if month_first { (b, a) } else { (a, b) };
        valid_date(year, month, day)
    }

    fn year(&mut self) -> Option<u32> {
        match self.peek() {
            Some(Tok::Num(n, 4)) => {
                let n = *n;
                self.i += 1;
                Some(n)
            }
            Some(Tok::Num(n, 2)) => {
                let n = *n;
                self.i += 1;
                Some(2000 + n)
            }
            _ => None,
        }
    }

    fn month_name(&mut self) -> Option<u32> {
        let month = match self.peek() {
            Some(Tok::Word(w)) => month_number(w)?,
            _ => return None,
        };
        self.i += 1;
        self.sym('.');
        Some(month)
    }

    fn day_month_year(&mut self) -> Option<Date> {
        let day = self.num(1..=2)?;
        self.sym('.');
        let month = self.month_name()?;
        self.sym(',');
        let year = self.num(4..=4)?;
        if self.word(&["г", "года"]) {
            self.sym('.');
        }
        valid_date(year, month, day)
    }

    fn month_day_year(&mut self) -> Option<Date> {
        let month = self.month_name()?;
        let day = self.num(1..=2)?;
        self.word(&["st", "nd", "rd", "th"]);
        self.sym(',');
        let year = self.num(4..=4)?;
        valid_date(year, month, day)
    }

    fn time(&mut self) -> Option<Time> {
        let hour = self.num(1..=2)?;
        // `10.05 GMT`, as the Guardian writes it.
        if !(self.sym(':') || self.sym('.')) {
            return None;
        }
        let minute = self.num(2..=2)?;
        if self.sym(':') {
            let second = self.num(2..=2)?;
            if second > 60 {
                return None;
            }
            if self.sym('.') || self.sym(',') {
                self.num(1..=4)?;
                while self.num(1..=4).is_some() {}
            }
        }
        if minute > 59 {
            return None;
        }
        let meridiem = if self.word(&["am"]) || self.dotted_meridiem("a") {
            Some(false)
        } else if self.word(&["pm"]) || self.dotted_meridiem("p") {
            Some(true)
        } else {
            None
        };
        let hour = match meridiem {
            None if hour <= 23 => hour,
            Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
            _ => return None,
        };
        Some(Time { hour, minute })
    }

    /// `a.m.` / `p.m.`
    fn dotted_meridiem(&mut self, first: &str) -> bool {
        let start = self.i;
        if self.word(&[first]) && self.sym('.') && self.word(&["m"]) {
            self.sym('.');
            return true;
        }
        self.i = start;
        false
    }

    /// The rest of the line: nothing, a numeric offset or a zone name.
    /// `None` when something else follows, `Some(None)` for no offset.
    fn zone(&mut self) -> Option<Option<String>> {
        let bracketed = self.sym('(');
        // `ET`: the US zone without its summer or winter offset.
        let offset = if self.at_end() || self.updated() || self.word(&["et", "ct", "mt", "pt"]) {
            None
        } else if self.word(&["z", "utc", "gmt"]) {
            Some(self.numeric_offset().unwrap_or_else(|| "+00:00".into()))
        } else if self.word(&["мск", "msk"]) {
            Some(
                self.numeric_offset()
                    .map_or_else(|| "+03:00".into(), |o| add_to_moscow(&o)),
            )
        } else if let Some(off) = self.named_zone().or_else(|| self.spelled_zone()) {
            Some(off.to_string())
        } else {
            Some(self.numeric_offset()?)
        };
        if bracketed && !self.sym(')') {
            return None;
        }
        (self.at_end() || self.updated()).then_some(offset)
    }

    /// `, обновлено 13:10`, `| Updated 11:00 GMT`: the rest of the line
    /// is a later update's time.
    fn updated(&mut self) -> bool {
        let start = self.i;
        let _ = self.sym(',') || self.sym('|') || self.sym('•');
        if self.word(&["updated", "обновлено"]) {
            self.i = self.toks.len();
            return true;
        }
        self.i = start;
        false
    }

    fn named_zone(&mut self) -> Option<&'static str> {
        let off = match self.peek() {
            Some(Tok::Word(w)) => zone_offset(w.as_bytes())?,
            _ => return None,
        };
        self.i += 1;
        Some(off)
    }

    /// `Eastern Standard Time`: a US zone spelled out, as wire releases
    /// write it; its initials are the zone's name (`EST`).
    fn spelled_zone(&mut self) -> Option<&'static str> {
        let word = |k: usize| match self.toks.get(self.i + k) {
            Some(Tok::Word(w)) => Some(w.as_str()),
            _ => None,
        };
        let region = match word(0)? {
            "eastern" => b'e',
            "central" => b'c',
            "mountain" => b'm',
            "pacific" => b'p',
            _ => return None,
        };
        let season = match word(1)? {
            "standard" => b's',
            "daylight" => b'd',
            _ => return None,
        };
        if word(2)? != "time" {
            return None;
        }
        let off = zone_offset(&[region, season, b't'])?;
        self.i += 3;
        Some(off)
    }

    /// `+03:00`, `+0300`, `+3`, `-05`.
    fn numeric_offset(&mut self) -> Option<String> {
        let sign = if self.sym('+') {
            '+'
        } else if self.sym('-') || self.sym('−') {
            '-'
        } else {
            return None;
        };
        let (hours, minutes) = match self.peek() {
            Some(Tok::Num(n, 4)) => {
                let n = *n;
                self.i += 1;
                (n / 100, n % 100)
            }
            Some(Tok::Num(n, 1..=2)) => {
                let n = *n;
                self.i += 1;
                let m = if self.sym(':') { self.num(2..=2)? } else { 0 };
                (n, m)
            }
            _ => return None,
        };
        if hours > 14 || minutes > 59 {
            return None;
        }
        Some(offset(sign, hours, minutes))
    }
}

/// `МСК+1` style zones are relative to Moscow (+03:00).
fn add_to_moscow(offset: &str) -> String {
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let hours = offset.get(1..3).and_then(number).unwrap_or(0);
    let minutes = offset.get(4..6).and_then(number).unwrap_or(0);
    let total = 3 + sign * hours as i32;
    let sign = if total < 0 { '-' } else { '+' };
    self::offset(sign, total.unsigned_abs(), minutes)
}

fn valid_date(year: u32, month: u32, day: u32) -> Option<Date> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (year >= 1 && (1..=days).contains(&day)).then_some(Date { year, month, day })
}

/// Month names and abbreviations, English and Russian (nominative and
/// genitive), January first.
const MONTHS: [&str; 12] = [
    "january jan января январь янв",
    "february feb февраля февраль фев февр",
    "march mar марта март мар",
    "april apr апреля апрель апр",
    "may мая май",
    "june jun июня июнь июн",
    "july jul июля июль июл",
    "august aug августа август авг",
    "september sep sept сентября сентябрь сен сент",
    "october oct октября октябрь окт",
    "november nov ноября ноябрь ноя нояб",
    "december dec декабря декабрь дек",
];

fn month_number(word: &str) -> Option<u32> {
    let i = MONTHS
        .iter()
        .position(|names| names.split(' ').any(|n| n == word))?;
    u32::try_from(i + 1).ok()
}

const WEEKDAYS: &str = "monday tuesday wednesday thursday friday saturday sunday \
    mon tue tues wed thu thurs fri sat sun \
    понедельник вторник среда четверг пятница суббота воскресенье \
    пн вт ср чт пт сб вс";

fn is_weekday(word: &str) -> bool {
    WEEKDAYS.split(' ').any(|w| w == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(line: &str) -> Option<(String, Option<String>)> {
        parse_timestamp(line, false).map(|p| (p.local, p.offset))
    }

    fn at(l: &str) -> Option<(String, Option<String>)> {
        Some((l.to_string(), None))
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(local("15:51 03/05/2016"), at("2016-05-03T15:51"));
        assert_eq!(local("15:51 03.05.2016"), at("2016-05-03T15:51"));
        assert_eq!(local("03.05.2016 15:51"), at("2016-05-03T15:51"));
        assert_eq!(local("12.09.2024, 09:30"), at("2024-09-12T09:30"));
        assert_eq!(
            parse_timestamp("05/03/2016 15:51", true).map(|p| p.local),
            Some("2016-05-03T15:51".into())
        );
    }

    #[test]
    fn named_months() {
        assert_eq!(local("3 мая 2016, 15:51"), at("2016-05-03T15:51"));
        assert_eq!(local("3 МАЯ 2016 15:51"), at("2016-05-03T15:51"));
        assert_eq!(local("3 май 2016 15:51"), at("2016-05-03T15:51"));
        assert_eq!(local("May 3, 2016 3:51 PM"), at("2016-05-03T15:51"));
        assert_eq!(local("Sep 12, 2024, 9:30 AM"), at("2024-09-12T09:30"));
        assert_eq!(local("3 May 2016 15:51"), at("2016-05-03T15:51"));
        assert_eq!(local("12:00 AM May 3, 2016"), at("2016-05-03T00:00"));
        assert_eq!(
            local("Posted Mar. 14, 2025, 12:05 p.m."),
            at("2025-03-14T12:05")
        );
        assert_eq!(
            local("Published on 14/03/2025 - 12:05"),
            at("2025-03-14T12:05")
        );
        assert_eq!(
            local("Опубликовано: 14.03.2025 12:05"),
            at("2025-03-14T12:05")
        );
    }

    #[test]
    fn outlet_styles_with_zones() {
        let gmt = |l: &str| Some((l.to_string(), Some("+00:00".to_string())));
        assert_eq!(
            local("Updated 3:05 PM EDT, March 14, 2025"),
            Some(("2025-03-14T15:05".into(), Some("-04:00".into())))
        );
        assert_eq!(local("14 March 2025 • 10:05 GMT"), gmt("2025-03-14T10:05"));
        assert_eq!(
            local("November 25, 2026 08:00 AM Eastern Standard Time"),
            Some(("2026-11-25T08:00".into(), Some("-05:00".into())))
        );
        assert_eq!(
            local("June 2, 2026 04:30 PM Pacific Daylight Time"),
            Some(("2026-06-02T16:30".into(), Some("-07:00".into())))
        );
        // Spelled out or abbreviated, one table of US zones.
        for zone in ["Mountain Daylight Time", "MDT"] {
            assert_eq!(
                local(&format!("June 2, 2026 04:30 PM {zone}")),
                Some(("2026-06-02T16:30".into(), Some("-06:00".into())))
            );
        }
        assert_eq!(local("June 2, 2026 04:30 PM Mountain Summer Time"), None);
        assert_eq!(local("Fri 14 Mar 2025 10.05 GMT"), gmt("2025-03-14T10:05"));
        assert_eq!(local("Updated 3:05 PM EDT, the mayor said"), None);
        assert_eq!(local("Mar 14, 2025, 12:05 PM ET"), at("2025-03-14T12:05"));
        assert_eq!(
            local("Опубликовано 14.03.2025 в 12:05, обновлено 14.03.2025 в 13:10"),
            at("2025-03-14T12:05")
        );
        assert_eq!(
            local("14 March 2025, 10:05 GMT | Updated 12:00 GMT"),
            gmt("2025-03-14T10:05")
        );
        assert_eq!(local("Fri 14 Mar 2025 10.65 GMT"), None);
    }

    #[test]
    fn iso_and_zones() {
        let plus3 = Some("+03:00".to_string());
        assert_eq!(
            local("2016-05-03T15:51:00+03:00"),
            Some(("2016-05-03T15:51".into(), plus3.clone()))
        );
        assert_eq!(
            local("2016-05-03T15:51Z"),
            Some(("2016-05-03T15:51".into(), Some("+00:00".into())))
        );
        assert_eq!(local("2016-05-03 15:51"), at("2016-05-03T15:51"));
        assert_eq!(
            local("2016-05-03T15:51:07.123-0500"),
            Some(("2016-05-03T15:51".into(), Some("-05:00".into())))
        );
        assert_eq!(
            local("3 мая 2016, 15:51 МСК"),
            Some(("2016-05-03T15:51".into(), plus3.clone()))
        );
        assert_eq!(
            local("15:51 03/05/2016 MSK"),
            Some(("2016-05-03T15:51".into(), plus3.clone()))
        );
        assert_eq!(
            local("15:51 03/05/2016 GMT+3"),
            Some(("2016-05-03T15:51".into(), plus3))
        );
        assert_eq!(
            local("15:51 03/05/2016 UTC"),
            Some(("2016-05-03T15:51".into(), Some("+00:00".into())))
        );
    }

    #[test]
    fn rejects_impossible_and_prose() {
        assert_eq!(local("15:51 31/02/2016"), None);
        assert_eq!(local("25:61 03/05/2016"), None);
        assert_eq!(local("10:00 29.02.2023"), None);
        assert_eq!(local("10:00 29.02.2024"), at("2024-02-29T10:00"));
        assert_eq!(local("10:00 29.02.1900"), None);
        assert_eq!(local("10:00 29.02.2000"), at("2000-02-29T10:00"));
        assert_eq!(local("13:00 PM May 3, 2016"), None);
        assert_eq!(local("3 May 2016 the minister said"), None);
        assert_eq!(local("3 мая 2016"), None);
        assert_eq!(local("Hello"), None);
    }
}
