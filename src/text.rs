//! Character classes on the hot paths of every stage. `char::is_alphabetic` looks non-ASCII
//! characters up in a compressed Unicode table, which profiling showed to be a fifth of
//! `analyze`; here the Basic Multilingual Plane is answered from bitmaps built once from std
//! (16 KB), exactly, and only rarer characters fall back to std.

use std::sync::LazyLock;

const BMP: usize = 0x10000;

struct Bitmaps {
    alphabetic: Box<[u64]>,
    alphanumeric: Box<[u64]>,
}

/// Below this code point (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Vietnamese
/// letters with their marks), lower-casing is answered from a table built once from std.
const LOWER_TABLE: usize = 0x2000;

/// Each character's lower case when std gives exactly one character; 0 otherwise ('İ').
static LOWER: LazyLock<Box<[u16]>> = LazyLock::new(|| {
    (0..LOWER_TABLE as u32)
        .map(|i| {
            let Some(c) = char::from_u32(i) else { return 0 };
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => u16::try_from(u32::from(l)).unwrap_or(0),
                _ => 0,
            }
        })
        .collect()
});

/// Calls `f` with each character of `c`'s lower case, as `char::to_lowercase` gives them; the
/// scripts news is mostly written in need no binary search of std's table.
#[inline]
pub fn for_each_lower(c: char, mut f: impl FnMut(char)) {
    if c.is_ascii() {
        return f(c.to_ascii_lowercase());
    }
    if let Some(&l) = LOWER.get(c as usize)
        && let Some(l) = char::from_u32(u32::from(l)).filter(|&l| l != '\0')
    {
        return f(l);
    }
    c.to_lowercase().for_each(f);
}

static BITMAPS: LazyLock<Bitmaps> = LazyLock::new(|| {
    let mut alphabetic = vec![0u64; BMP / 64].into_boxed_slice();
    let mut alphanumeric = vec![0u64; BMP / 64].into_boxed_slice();
    for c in (0..BMP as u32).filter_map(char::from_u32) {
        let i = c as usize;
        if c.is_alphabetic() {
            alphabetic[i / 64] |= 1 << (i % 64);
        }
        if c.is_alphanumeric() {
            alphanumeric[i / 64] |= 1 << (i % 64);
        }
    }
    Bitmaps {
        alphabetic,
        alphanumeric,
    }
});

#[inline]
fn bit(map: &[u64], c: char) -> Option<bool> {
    let i = c as usize;
    map.get(i / 64).map(|w| w >> (i % 64) & 1 == 1)
}

/// Same answer as `char::is_alphabetic`.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    bit(&BITMAPS.alphabetic, c).unwrap_or_else(|| c.is_alphabetic())
}

/// Same answer as `char::is_alphanumeric`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    bit(&BITMAPS.alphanumeric, c).unwrap_or_else(|| c.is_alphanumeric())
}

/// Appends `s` to `out` lower-cased, a curly apostrophe as a straight one, so that the token
/// layers of quotes and claims compare "l’État" and "l'État" alike. ASCII, most of news text,
/// needs no Unicode table.
#[inline]
pub fn push_lower(out: &mut String, s: &str) {
    for c in s.chars() {
        if c == '’' {
            out.push('\'');
        } else {
            for_each_lower(c, |l| out.push(l));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_on_every_char() {
        for c in (0u32..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(
                is_alphabetic(c),
                c.is_alphabetic(),
                "U+{:04X}",
                u32::from(c)
            );
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                u32::from(c)
            );
            let mut lower = String::new();
            for_each_lower(c, |l| lower.push(l));
            assert_eq!(
                lower,
                c.to_lowercase().to_string(),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }
}
