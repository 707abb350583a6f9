//! Reading an input file with its size checked first, so an oversized file is refused
//! before it is read whole.

pub enum ReadError {
    TooLarge { bytes: usize },
    Io(String),
}

pub fn read_limited(path: &str, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let size = std::fs::metadata(path).map_err(|e| ReadError::Io(e.to_string()))?.len();
    if size > max_bytes as u64 {
        return Err(ReadError::TooLarge { bytes: usize::try_from(size).unwrap_or(usize::MAX) });
    }
    // The size on disk can lie (devices, pipes): never read more than the limit + 1.
    let file = std::fs::File::open(path).map_err(|e| ReadError::Io(e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(max_bytes as u64 + 1).read_to_end(&mut bytes).map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() > max_bytes {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    Ok(bytes)
}
