//! Byte offsets (what Rust slicing, regex and aho-corasick report) to code-point offsets (what
//! Python `str` indexing uses), and back. Conversion happens once, at the Python boundary.

/// Converts sorted byte offsets into code-point offsets in one forward pass over `text`.
///
/// An offset that falls inside a multi-byte character maps to the index of that character, so
/// the conversion never fails; offsets past the end map to the text's length in code points.
///
/// # Panics
/// Never; unsorted input gives unspecified (but in-bounds) results, checked in debug builds.
pub fn byte_to_char(text: &str, sorted_byte_offsets: &[usize]) -> Vec<usize> {
    debug_assert!(sorted_byte_offsets.windows(2).all(|w| w[0] <= w[1]));
    if text.is_ascii() {
        return sorted_byte_offsets
            .iter()
            .map(|&b| b.min(text.len()))
            .collect();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(sorted_byte_offsets.len());
    let (mut pos, mut chars) = (0usize, 0usize);
    for &target in sorted_byte_offsets {
        let target = target.min(bytes.len());
        while pos < target {
            // A code point starts at every byte that is not a UTF-8 continuation byte.
            chars += usize::from(bytes[pos] & 0xC0 != 0x80);
            pos += 1;
        }
        // Inside a character: `chars` already counts it; report its index instead.
        let inside = target < bytes.len() && bytes[target] & 0xC0 == 0x80;
        out.push(chars - usize::from(inside));
    }
    out
}

/// Converts sorted code-point offsets into byte offsets in one forward pass over `text`.
/// Offsets past the end map to `text.len()`.
pub fn char_to_byte(text: &str, sorted_char_offsets: &[usize]) -> Vec<usize> {
    debug_assert!(sorted_char_offsets.windows(2).all(|w| w[0] <= w[1]));
    if text.is_ascii() {
        return sorted_char_offsets
            .iter()
            .map(|&c| c.min(text.len()))
            .collect();
    }
    let mut out = Vec::with_capacity(sorted_char_offsets.len());
    let mut iter = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let (mut chars, mut byte) = (0usize, iter.next().unwrap_or(0));
    for &target in sorted_char_offsets {
        while chars < target {
            match iter.next() {
                Some(b) => {
                    byte = b;
                    chars += 1;
                }
                None => break,
            }
        }
        out.push(byte);
    }
    out
}

/// A byte → code-point lookup for a fixed set of offsets of one text, built in one pass.
///
/// Collect every offset a result needs, build the map once, then look each one up; this keeps
/// the conversion linear however many spans a document has.
#[derive(Debug, Clone)]
pub struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str, offsets: impl IntoIterator<Item = usize>) -> Self {
        if text.is_ascii() {
            return CharOffsets {
                text,
                ascii: true,
                bytes: Vec::new(),
                chars: Vec::new(),
            };
        }
        let mut bytes: Vec<usize> = offsets.into_iter().collect();
        bytes.sort_unstable();
        bytes.dedup();
        let chars = byte_to_char(text, &bytes);
        CharOffsets {
            text,
            ascii: false,
            bytes,
            chars,
        }
    }

    /// The code-point offset of `byte`, which should have been given to [`CharOffsets::new`].
    pub fn get(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.chars[i],
            // Not registered: a programming error; stay correct with a slower exact count.
            Err(_) => {
                debug_assert!(false, "byte offset {byte} was not registered");
                byte_to_char(self.text, &[byte])[0]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_is_identity() {
        assert_eq!(byte_to_char("hello", &[0, 2, 5, 9]), vec![0, 2, 5, 5]);
        assert_eq!(char_to_byte("hello", &[0, 2, 5, 9]), vec![0, 2, 5, 5]);
    }

    #[test]
    fn multibyte_scripts() {
        // é = 2 bytes, 中 = 3 bytes, 😀 = 4 bytes, ש = 2 bytes.
        let t = "é中😀ש!";
        assert_eq!(
            byte_to_char(t, &[0, 2, 5, 9, 11, 12]),
            vec![0, 1, 2, 3, 4, 5]
        );
        assert_eq!(
            char_to_byte(t, &[0, 1, 2, 3, 4, 5, 6]),
            vec![0, 2, 5, 9, 11, 12, 12]
        );
        // Inside a character: the character's own index.
        assert_eq!(byte_to_char(t, &[1, 3, 4, 6]), vec![0, 1, 1, 2]);
    }

    #[test]
    fn char_offsets_lookup() {
        let t = "« Nous avons 100 000 volontaires », a déclaré M. Dupont.";
        let start = t.find("100").unwrap();
        let end = t.find(" volontaires").unwrap();
        let map = CharOffsets::new(t, [end, start]);
        let chars: Vec<char> = t.chars().collect();
        let s: String = chars[map.get(start)..map.get(end)].iter().collect();
        assert_eq!(s, "100 000");
    }

    proptest! {
        #[test]
        fn roundtrip_on_boundaries(s in "\\PC{0,40}", picks in proptest::collection::vec(0usize..64, 0..8)) {
            let boundaries: Vec<usize> = s.char_indices().map(|(b, _)| b).chain([s.len()]).collect();
            let mut bytes: Vec<usize> = picks.iter().map(|&p| boundaries[p % boundaries.len()]).collect();
            bytes.sort_unstable();
            let chars = byte_to_char(&s, &bytes);
            // Reference: count the characters before each offset.
            for (b, c) in bytes.iter().zip(&chars) {
                prop_assert_eq!(*c, s[..*b].chars().count());
            }
            prop_assert_eq!(char_to_byte(&s, &chars), bytes);
        }

        #[test]
        fn any_byte_offset_is_in_bounds(s in "\\PC{0,20}", mut picks in proptest::collection::vec(0usize..100, 0..8)) {
            picks.sort_unstable();
            let n = s.chars().count();
            for c in byte_to_char(&s, &picks) {
                prop_assert!(c <= n);
            }
        }
    }
}
