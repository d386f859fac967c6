//! Reading a site's text files, with a finding at the right place when one cannot be read.

use crate::diagnostics::{self, Diagnostic, Position, SourceText};

/// Reads a text file of the site as UTF-8. A file that cannot be read is reported under `code`
/// at its start; one that is not UTF-8 as `invalid-utf8` at the first bad byte.
pub fn read_text_file(
    path: &std::path::Path,
    display_path: &str,
    code: &'static str,
) -> Result<SourceText, Diagnostic> {
    let bytes = read_regular_file(path).map_err(|e| {
        Diagnostic::error_at(
            display_path,
            Position::START,
            code,
            format!("cannot read the file: {e}"),
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        Diagnostic::error_at(
            display_path,
            diagnostics::invalid_utf8_position(bytes, at),
            "invalid-utf8",
            format!(
                "the file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8",
                bytes[at]
            ),
        )
    })?;
    Ok(SourceText::new(display_path.to_string(), text))
}

/// Reads a file's bytes, refusing anything but a regular file (or a link to one): reading a
/// named pipe or a device would wait forever or never end.
pub fn read_regular_file(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "it is not a regular file (a folder, a named pipe or a device)",
        ));
    }
    std::fs::read(path)
}

/// [`read_regular_file`], as UTF-8 text (anything else is an `InvalidData` error, as
/// [`std::fs::read_to_string`] gives).
pub fn read_regular_text(path: &std::path::Path) -> std::io::Result<String> {
    String::from_utf8(read_regular_file(path)?)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}
