//! Reading sources from the file system and standard input, for the
//! binary: the library only ever sees text.
//!
//! A source's identity is its real path: a file reached by two spellings
//! (`wire.txt ./wire.txt .`) or through symbolic links is read once, under
//! the first spelling met. Directories are walked once per real directory,
//! so links to `.` or `..` never loop. Only regular files are opened (a
//! named pipe in a folder would block for ever), and never beyond the size
//! limit. What cannot be read is reported and listed; the others are still
//! checked.

use crosscheck::analysis::Skipped;
use crosscheck::document::Role;
use crosscheck::Input;
use std::collections::HashSet;
use std::ffi::OsStr;
use std::fs::{File, Metadata};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The default size limit of a source (`--max-file-size`, `max-file-size`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 << 20;

/// How standard input is named in reports.
pub struct Stdin {
    pub name: String,
}

/// What reading the sources gave.
#[derive(Default)]
pub struct Collected {
    pub inputs: Vec<Input>,
    pub skipped: Vec<Skipped>,
    /// A path named on the command line could not be read: exit status 2.
    pub failed: bool,
    /// Real paths of every file met, read or not, so that `-o` never overwrites one.
    pub files: HashSet<PathBuf>,
}

/// Reads sources: every path given, directories walked.
pub struct Reader<'a> {
    max_file_size: u64,
    stdin: &'a Stdin,
    published: Option<chrono::NaiveDate>,
    stdin_read: bool,
    out: Collected,
    /// Real directories walked so far.
    dirs: HashSet<PathBuf>,
    /// Real paths of the sources read.
    read: HashSet<PathBuf>,
}

/// Why a file is not read. A file that is not text (binary, a pipe) met
/// while walking a folder keeps the exit status; anything else does not,
/// nor does any refusal of a path named on the command line.
struct Refusal {
    reason: String,
    not_text: bool,
    /// The line the reason applies to.
    line: Option<usize>,
}

impl Refusal {
    fn error(reason: impl Into<String>) -> Self {
        Refusal { reason: reason.into(), not_text: false, line: None }
    }

    fn not_text(reason: impl Into<String>) -> Self {
        Refusal { reason: reason.into(), not_text: true, line: None }
    }
}

impl<'a> Reader<'a> {
    pub fn new(max_file_size: u64, stdin: &'a Stdin, published: Option<chrono::NaiveDate>) -> Self {
        Reader {
            max_file_size,
            stdin,
            published,
            stdin_read: false,
            out: Collected::default(),
            dirs: HashSet::new(),
            read: HashSet::new(),
        }
    }

    /// Reads every path given, in the given role. Drafts first: a reference
    /// that is a draft already read is not read again (a draft is never its
    /// own reference, even inside the folder given with `--against`).
    pub fn read_all(&mut self, paths: &[PathBuf], role: Role) {
        for given in paths {
            if given.as_os_str() == "-" {
                self.read_stdin(role);
            } else {
                self.read_given(given, role);
            }
        }
    }

    /// How many sources were read so far.
    pub fn inputs_so_far(&self) -> usize {
        self.out.inputs.len()
    }

    pub fn finish(self) -> Collected {
        self.out
    }

    fn read_stdin(&mut self, role: Role) {
        if std::mem::replace(&mut self.stdin_read, true) {
            return; // `-` given twice: one source
        }
        let name = self.stdin.name.clone();
        let mut bytes = Vec::new();
        let limit = self.max_file_size;
        match std::io::stdin().lock().take(limit.saturating_add(1)).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() as u64 > limit => self.refuse(&name, Refusal::error(too_large(None, limit)), true),
            Ok(_) => self.accept(&name, bytes, role, true),
            Err(e) => self.refuse(&name, Refusal::error(format!("cannot read standard input: {e}")), true),
        }
    }

    fn read_given(&mut self, given: &Path, role: Role) {
        let name = given.to_string_lossy().into_owned();
        match std::fs::metadata(given) {
            Err(e) => self.refuse(&name, Refusal::error(io_reason(&e)), true),
            Ok(meta) if meta.is_dir() => self.walk(given, &name, role),
            Ok(meta) => self.read_file(given, &name, &meta, role, true),
        }
    }

    /// Walks a directory once per real directory, following links, in name order.
    fn walk(&mut self, root: &Path, name: &str, role: Role) {
        if std::fs::canonicalize(root).is_ok_and(|real| self.dirs.contains(&real)) {
            return; // walked already, given twice or inside a folder given before
        }
        let mut found_any = false;
        let mut entries = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name().into_iter();
        while let Some(entry) = entries.next() {
            let entry = match entry {
                Ok(entry) => entry,
                // A link back to a folder being walked: its files are read already.
                Err(e) if e.loop_ancestor().is_some() => continue,
                // A dangling link that would not be read anyway.
                Err(e) if e.path().is_some_and(|p| p.is_symlink() && !p.exists() && !is_article(p)) => continue,
                Err(e) => {
                    let at = e.path().map_or_else(|| name.to_string(), |p| p.to_string_lossy().into_owned());
                    let reason = e.io_error().map_or_else(|| e.to_string(), io_reason);
                    self.refuse(&at, Refusal::error(reason), false);
                    continue;
                }
            };
            let path = entry.path();
            if entry.file_type().is_dir() {
                let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
                if !self.dirs.insert(real) {
                    entries.skip_current_dir();
                }
                continue;
            }
            if !is_article(path) {
                continue;
            }
            found_any = true;
            let shown = path.to_string_lossy().into_owned();
            match entry.metadata() {
                Ok(meta) => self.read_file(path, &shown, &meta, role, false),
                Err(e) => {
                    let reason = e.io_error().map_or_else(|| e.to_string(), io_reason);
                    self.refuse(&shown, Refusal::error(reason), false);
                }
            }
        }
        if !found_any {
            warn(&format!("{name}: directory holds no .txt or .md file"));
        }
    }

    /// Reads one file, once, if it is a regular file within the size limit.
    fn read_file(&mut self, path: &Path, name: &str, meta: &Metadata, role: Role, named: bool) {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.out.files.insert(real.clone());
        if self.read.contains(&real) {
            return; // the same file by another path: read once, under the first name
        }
        // Checked before opening: opening a named pipe blocks until a writer comes.
        if !meta.is_file() {
            let refusal = Refusal::not_text(format!("not a regular file ({}), skipped", file_kind(meta)));
            return self.refuse(name, refusal, named);
        }
        if meta.len() > self.max_file_size {
            return self.refuse(name, Refusal::error(too_large(Some(meta.len()), self.max_file_size)), named);
        }
        let mut bytes = Vec::new();
        let limit = self.max_file_size;
        let read = File::open(path).and_then(|f| f.take(limit.saturating_add(1)).read_to_end(&mut bytes));
        match read {
            Err(e) => self.refuse(name, Refusal::error(io_reason(&e)), named),
            // It grew since we looked.
            Ok(_) if bytes.len() as u64 > limit => self.refuse(name, Refusal::error(too_large(None, limit)), named),
            Ok(_) => {
                self.read.insert(real);
                self.accept(name, bytes, role, named);
            }
        }
    }

    fn accept(&mut self, name: &str, bytes: Vec<u8>, role: Role, named: bool) {
        match decode(bytes) {
            Ok((text, note)) => {
                if let Some(note) = note {
                    eprint_line("note", &format!("{name}: {note}"));
                }
                self.out.inputs.push(Input { path: name.to_string(), role, text, published: self.published });
            }
            Err(refusal) => self.refuse(name, refusal, named),
        }
    }

    fn refuse(&mut self, name: &str, refusal: Refusal, named: bool) {
        // An empty file is read and has nothing to check; it never fails a run.
        let fatal = !refusal.not_text || (named && !refusal.reason.starts_with("file is empty"));
        let at = refusal.line.map_or_else(|| name.to_string(), |line| format!("{name}:{line}"));
        eprint_line(if fatal { "error" } else { "warning" }, &format!("{at}: {}", refusal.reason));
        self.out.failed |= fatal;
        let reason = match refusal.line {
            Some(line) => format!("line {line}: {}", refusal.reason),
            None => refusal.reason,
        };
        self.out.skipped.push(Skipped { path: name.to_string(), reason });
    }
}

fn too_large(size: Option<u64>, limit: u64) -> String {
    let size = size.map_or_else(|| "larger than".to_string(), |s| format!("{}, above", human(s)));
    format!(
        "{size} the size limit of {} (raise it with --max-file-size or max-file-size in crosscheck.toml)",
        human(limit)
    )
}

/// "700 bytes", "2.0 KiB", "16 MiB".
fn human(bytes: u64) -> String {
    let (value, unit) = match bytes {
        b if b < 1 << 10 => return format!("{b} bytes"),
        b if b < 1 << 20 => (b as f64 / 1024.0, "KiB"),
        b if b < 1 << 30 => (b as f64 / f64::from(1u32 << 20), "MiB"),
        b => (b as f64 / f64::from(1u32 << 30), "GiB"),
    };
    if value >= 10.0 || value.fract() == 0.0 {
        format!("{value:.0} {unit}")
    } else {
        format!("{value:.1} {unit}")
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

fn file_kind(meta: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = meta;
    "not a file"
}

/// `.txt`, `.md` and `.markdown` files, except a folder's README.
pub fn is_article(path: &Path) -> bool {
    let ext = path.extension().and_then(OsStr::to_str).map(str::to_ascii_lowercase);
    let name = path.file_name().map(OsStr::to_string_lossy).unwrap_or_default();
    // A folder's README describes the folder; it is not an article.
    matches!(ext.as_deref(), Some("txt" | "md" | "markdown")) && !name.eq_ignore_ascii_case("readme.md")
}

/// UTF-8 text (a UTF-16 file is decoded, with a note); binary and invalid
/// UTF-8 are refused with the line and byte offset.
fn decode(bytes: Vec<u8>) -> Result<(String, Option<String>), Refusal> {
    if let Some(text) = utf16(&bytes) {
        let text = text.map_err(|()| Refusal::not_text("UTF-16 with an invalid character, skipped"))?;
        let note = "decoded from UTF-16: spans and columns refer to the text as UTF-8".to_string();
        return non_empty(text).map(|t| (t, Some(note)));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(Refusal::not_text("looks like a binary file, skipped"));
    }
    match String::from_utf8(bytes) {
        Ok(text) => non_empty(text).map(|t| (t, None)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Refusal { line: Some(line), ..Refusal::not_text(format!("invalid UTF-8 at byte {at}, skipped")) })
        }
    }
}

fn non_empty(text: String) -> Result<String, Refusal> {
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        Err(Refusal::not_text("file is empty, skipped"))
    } else {
        Ok(text)
    }
}

/// Text with a UTF-16 byte-order mark, decoded; `Err` when it holds an unpaired surrogate.
fn utf16(bytes: &[u8]) -> Option<Result<String, ()>> {
    let big_endian = match bytes {
        [0xFF, 0xFE, ..] => false,
        [0xFE, 0xFF, ..] => true,
        _ => return None,
    };
    let units = bytes[2..].chunks(2).map(|c| {
        let pair = [c[0], c.get(1).copied().unwrap_or(0)];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    Some(char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| ()))
}

/// One line on standard error; a closed standard error is not worth a panic.
pub fn eprint_line(level: &str, message: &str) {
    let mut err = anstream::stderr();
    let _ = writeln!(err, "{level}: {message}");
}

pub fn warn(message: &str) {
    eprint_line("warning", message);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_decoded_both_ways_round() {
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Zoë 5%".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("Zoë 5%".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(le).ok().map(|(t, _)| t), Some("Zoë 5%".to_string()));
        assert_eq!(decode(be).ok().map(|(t, _)| t), Some("Zoë 5%".to_string()));
        assert!(decode(vec![0xFF, 0xFE, 0x00, 0xD8]).is_err(), "an unpaired surrogate");
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(human(16 << 20), "16 MiB");
        assert_eq!(human(3 << 19), "1.5 MiB");
        assert_eq!(human(2080), "2.0 KiB");
        assert_eq!(human(700), "700 bytes");
    }
}
