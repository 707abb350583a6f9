//! SHA-256 as lower-case hex: catalog fingerprints and report digests.

use sha2::{Digest, Sha256};

pub fn hex(bytes: &[u8]) -> String {
    hex_of_parts([bytes])
}

/// The digest of the parts one after the other, without joining them first.
pub fn hex_of_parts<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    to_hex(&hasher.finalize())
}

/// Bytes (a finished digest) as lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut text, b| {
        let _ = write!(text, "{b:02x}");
        text
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn matches_the_standard_vector() {
        assert_eq!(super::hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
