//! The dateline opening the first paragraph: `ТВЕРЬ, 12 сентября — РИА
//! Новости.`, `LONDON (Reuters) -`, `МОСКВА, 3 мая. /ТАСС/.`. The text stays
//! in the paragraph; this only extracts place and agency.

use crate::model::Dateline;

use super::words::{find_any, is_dash};

/// Longest date between the place and the agency (`, 12 сентября`).
const MAX_DATE_BYTES: usize = 40;
/// Longest agency name after a dash.
const MAX_AGENCY_BYTES: usize = 60;

pub fn find_dateline(p: &str) -> Option<Dateline> {
    let text = p.trim_start();
    let place_len = place_len(text);
    let place = text[..place_len].trim_end_matches([' ', '-']).trim_end();
    // Two letters are enough, and ASCII ones are told from the bytes: the
    // place may be the whole of a first paragraph of `'` or `.`.
    let letters = if place.is_ascii() {
        place
            .bytes()
            .filter(u8::is_ascii_alphabetic)
            .take(2)
            .count()
    } else {
        place.chars().filter(|c| c.is_alphabetic()).take(2).count()
    };
    if letters < 2 {
        return title_case(text);
    }
    let mut rest = &text[place.len()..];
    if let Some(after_comma) = rest.strip_prefix(',') {
        let stop = after_comma
            .char_indices()
            .take_while(|&(i, _)| i <= MAX_DATE_BYTES)
            .find(|&(i, c)| {
                matches!(c, '(' | '/') || (is_dash(c) && after_comma[..i].ends_with(' '))
            })
            .map(|(i, _)| i)?;
        rest = &after_comma[stop..];
    }
    let rest = rest.trim_start();
    let place = Some(place.to_string());
    // `HOUSTON--(BUSINESS WIRE)--`: wire releases dash the bracket.
    if let Some(inner) = rest.trim_start_matches('-').strip_prefix('(') {
        let agency = inner.split(')').next().filter(|a| a.len() < inner.len())?;
        return Some(Dateline {
            place,
            agency: Some(agency.trim().to_string()),
        });
    }
    if let Some(inner) = rest.strip_prefix('/') {
        let agency = inner.split('/').next().filter(|a| a.len() < inner.len())?;
        return Some(Dateline {
            place,
            agency: Some(agency.trim().to_string()),
        });
    }
    let dash = rest.chars().next().filter(|&c| is_dash(c))?;
    let after = rest[dash.len_utf8()..].trim_start();
    if !after.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let agency = after
        .find('.')
        .filter(|&i| i <= MAX_AGENCY_BYTES)
        .map(|i| after[..i].trim())
        .filter(|a| a.split_whitespace().count() <= 4 && !a.is_empty())
        .map(str::to_string);
    Some(Dateline { place, agency })
}

/// Words of a place in title case.
const MAX_PLACE_WORDS: usize = 3;

/// A place in title case: `Paris (AFP) –`, `Москва. 14 марта.
/// INTERFAX.RU -`. The agency must be bracketed, or in capitals after the
/// date, and a dash must follow it, so that `Sarah Pike, 54,` or `Москва.
/// Вчера…` stay text.
fn title_case(text: &str) -> Option<Dateline> {
    // Both marks are ASCII, so a byte scan finds them.
    let mut end = find_any(text.as_bytes(), b" .")?;
    // `Los Angeles (AFP) –`: the place goes on while capitalised words do.
    for _ in 1..MAX_PLACE_WORDS {
        let Some(word) = text[end..]
            .strip_prefix(' ')
            .filter(|w| w.starts_with(char::is_uppercase))
        else {
            break;
        };
        end = text.len() - word.len() + find_any(word.as_bytes(), b" .").unwrap_or(word.len());
    }
    let (place, rest) = text.split_at_checked(end)?;
    let (agency, after) = match rest.trim_start().strip_prefix('(') {
        Some(inner) => inner.split_once(')')?,
        None => {
            let (date, rest) = rest.strip_prefix(". ")?.split_once(". ")?;
            let words = rest.split_once(' ')?;
            if date.len() > MAX_DATE_BYTES || words.0.contains(char::is_lowercase) {
                return None;
            }
            words
        }
    };
    let fits = !place.is_empty() && !agency.is_empty() && agency.len() <= MAX_AGENCY_BYTES;
    (fits && after.trim_start().starts_with(is_dash)).then(|| Dateline {
        place: Some(place.to_string()),
        agency: Some(agency.to_string()),
    })
}

/// Length of the upper-case place name opening `text`: letters, inner
/// hyphens (`НЬЮ-ЙОРК`) and slashes (`KYIV/WASHINGTON`), dots, apostrophes and single spaces between words.
fn place_len(text: &str) -> usize {
    // ASCII capitals, dots and apostrophes belong to a place whatever
    // their neighbours, so a leading run of them is read from the bytes
    // (a first paragraph of 100,000 `'` would otherwise be decoded).
    let plain = text
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'\''))
        .count();
    let mut prev = plain
        .checked_sub(1)
        .and_then(|i| text.as_bytes().get(i))
        .map(|&b| char::from(b));
    let mut chars = text
        .get(plain..)
        .unwrap_or_default()
        .char_indices()
        .map(|(i, c)| (plain + i, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ok = c.is_uppercase()
            || matches!(c, '.' | '\'' | '’')
            || (matches!(c, '-' | '/')
                && prev.is_some_and(char::is_uppercase)
                && next.is_some_and(char::is_uppercase))
            || (c == ' ' && next.is_some_and(char::is_uppercase));
        if !ok {
            return i;
        }
        prev = Some(c);
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(place: &str, agency: Option<&str>) -> Option<Dateline> {
        Some(Dateline {
            place: Some(place.into()),
            agency: agency.map(Into::into),
        })
    }

    #[test]
    fn russian_and_english_forms() {
        assert_eq!(
            find_dateline("ТВЕРЬ, 12 сентября — РИА Новости. Движение"),
            dl("ТВЕРЬ", Some("РИА Новости"))
        );
        assert_eq!(
            find_dateline("LONDON (Reuters) - The new"),
            dl("LONDON", Some("Reuters"))
        );
        assert_eq!(
            find_dateline("WASHINGTON, May 3 (AP) — The"),
            dl("WASHINGTON", Some("AP"))
        );
        assert_eq!(
            find_dateline("МОСКВА, 3 мая. /ТАСС/. Президент"),
            dl("МОСКВА", Some("ТАСС"))
        );
        assert_eq!(
            find_dateline("KYIV/WASHINGTON, March 14 (Reuters) - The"),
            dl("KYIV/WASHINGTON", Some("Reuters"))
        );
        assert_eq!(
            find_dateline("NEW YORK - The city spent more than it planned this year."),
            dl("NEW YORK", None)
        );
        assert_eq!(
            find_dateline("HOUSTON--(BUSINESS WIRE)--Northwind Energy Inc. (NYSE: NWE)"),
            dl("HOUSTON", Some("BUSINESS WIRE"))
        );
    }

    #[test]
    fn ignores_ordinary_openings() {
        assert_eq!(find_dateline("Режим прекращения огня"), None);
        assert_eq!(find_dateline("США - крупнейший"), None);
        assert_eq!(find_dateline("NATO, the alliance, said"), None);
        assert_eq!(find_dateline("— Будет, — ответил мэр."), None);
        assert_eq!(find_dateline("Sarah Pike, 54, said"), None);
        assert_eq!(find_dateline("Москва. Вчера в городе - дождь."), None);
        assert_eq!(find_dateline("Apple (the company) said"), None);
    }

    #[test]
    fn title_case_places() {
        assert_eq!(
            find_dateline("Paris (AFP) – French President"),
            dl("Paris", Some("AFP"))
        );
        assert_eq!(
            find_dateline("Москва. 14 марта. INTERFAX.RU - Пресс-секретарь"),
            dl("Москва", Some("INTERFAX.RU"))
        );
        assert_eq!(
            find_dateline("Los Angeles (AFP) – A fast-moving"),
            dl("Los Angeles", Some("AFP"))
        );
        assert_eq!(
            find_dateline("Нижний Новгород. 14 марта. INTERFAX.RU - Губернатор"),
            dl("Нижний Новгород", Some("INTERFAX.RU"))
        );
        assert_eq!(find_dateline("Sarah Jane Pike (54) said"), None);
    }
}
