//! Reading an input file with its size checked first, so an oversized file is refused
//! before it is read whole.

pub enum ReadError {
    TooLarge { bytes: usize },
    Io(String),
}

pub fn read_limited(path: &str, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    let size = std::fs::metadata(path).map_err(|e| ReadError::Io(e.to_string()))?.len();
    if size > max_bytes as u64 {
        return Err(ReadError::TooLarge { bytes: usize::try_from(size).unwrap_or(usize::MAX) });
    }
    std::fs::read(path).map_err(|e| ReadError::Io(e.to_string()))
}
