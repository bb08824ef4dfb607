//! The command line: the edge of the program where files are read, the
//! environment is consulted and reports are printed.
//!
//! Exit status: 0 no finding at or above `--fail-on`, 1 findings, 2 usage,
//! input or configuration error (or nothing could be checked).

use anyhow::{bail, Context as _, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::analysis::analyze_documents;
use crosscheck::config::Config;
use crosscheck::facts::Facts;
use crosscheck::finding::Severity;
use crosscheck::ingest::Format;
use crosscheck::knowledge::{Knowledge, KnowledgeFile};
use crosscheck::report;
use crosscheck::{Input, Options, Role};
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::sources::{self, Reader, Stdin};

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-reference factual claims across news articles and report where sources contradict each other."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    color: colorchoice_clap::Color,
}

#[derive(Subcommand)]
enum Command {
    /// Cross-check sources against each other, or a draft against references.
    Check(CheckArgs),
    /// Write a suppression file that accepts every current finding.
    Baseline(BaselineArgs),
    /// List every extracted claim with its subject, attribute and value.
    Claims(ClaimsArgs),
    /// List every recognized value (numbers, dates, money, titles...), claim or not.
    Values(ClaimsArgs),
    /// Export the claim graph (sources, subjects, claims and their edges).
    Graph(GraphArgs),
}

#[derive(Args)]
struct SourceArgs {
    /// Files or directories (searched recursively for .txt and .md); `-` reads standard input.
    /// With --against, these are the drafts.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Reference articles to fact-check the draft(s) against (files or directories).
    #[arg(long, value_name = "PATH", num_args = 1..)]
    against: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for sources that carry none.
    #[arg(long, value_name = "DATE", value_parser = parse_published)]
    published: Option<chrono::NaiveDate>,
    /// Refuse sources larger than this: bytes, or 512K, 16M, 1G (default: the config's max-file-size, else 16M).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_file_size: Option<u64>,
    /// How to read standard input (`-`) [default: by the extension of --stdin-filename, else text].
    #[arg(long, value_enum, value_name = "FORMAT")]
    stdin_format: Option<StdinFormat>,
    /// The name standard input goes by in reports; its extension tells Markdown from text.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Extra knowledge files (offices, organisations, places) in the built-in TOML layout.
    #[arg(long = "knowledge", value_name = "FILE")]
    knowledge: Vec<PathBuf>,
    /// Trusted facts (TOML): offices with periods, founding dates, event dates. Repeatable.
    #[arg(long = "facts", value_name = "FILE")]
    facts: Vec<PathBuf>,
    /// Project configuration; by default `crosscheck.toml` in this folder or the nearest parent.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Extra suppression files (`[[suppress]]` entries, as `crosscheck baseline` writes them).
    #[arg(long = "suppressions", value_name = "FILE")]
    suppressions: Vec<PathBuf>,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    sources: SourceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Exit with status 1 when a finding has at least this severity (default: the config's, else error).
    #[arg(long, value_enum)]
    fail_on: Option<Severity>,
    /// Draft mode: report only the disagreements among the references.
    #[arg(long, requires = "against")]
    references_only: bool,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct BaselineArgs {
    #[command(flatten)]
    sources: SourceArgs,
    /// Who accepts the findings (default: $USER).
    #[arg(long, value_name = "NAME")]
    by: Option<String>,
    /// Write the suppressions to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct ClaimsArgs {
    #[command(flatten)]
    sources: SourceArgs,
    /// Output format (`json` is JSON Lines for `claims`, one JSON document for `values`).
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    format: ListFormat,
}

#[derive(Args)]
struct GraphArgs {
    #[command(flatten)]
    sources: SourceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    format: GraphFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// rustc-style diagnostics
    Text,
    /// the JSON report contract
    Json,
    /// a table and quotes, for pull requests and mail
    Markdown,
    /// one self-contained review page
    Html,
    /// SARIF 2.1.0 for code scanning
    Sarif,
    /// GitHub Actions workflow commands
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum StdinFormat {
    Text,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    Dot,
    Json,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Help and version go to standard output: a failed write is an error too.
        Err(e) if !e.use_stderr() => {
            let styled = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let text = if styled { e.render().ansi().to_string() } else { e.render().to_string() };
            return match write_stdout(&text) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => report_error(&err),
            };
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    cli.color.write_global();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => report_error(&e),
    }
}

fn report_error(e: &anyhow::Error) -> ExitCode {
    sources::eprint_line("error", &format!("{e:#}"));
    ExitCode::from(2)
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check(args) => {
            let mut run = load(&args.sources)?;
            run.refuse_to_overwrite(args.output.as_deref())?;
            let mut analysis = run.analyze();
            if args.references_only {
                analysis.findings.retain(|f| f.references_only);
            }
            let out = match args.format {
                CheckFormat::Text => report::text::render(&analysis, args.output.is_none() && color_enabled()),
                CheckFormat::Json => report::json::render(&analysis),
                CheckFormat::Markdown => report::markdown::render(&analysis),
                CheckFormat::Html => report::html::render(&analysis),
                CheckFormat::Sarif => report::sarif::render(&analysis),
                CheckFormat::Github => report::github::render(&analysis),
            };
            write_out(args.output.as_deref(), &out)?;
            let threshold = args.fail_on.or(run.config.fail_on).unwrap_or(Severity::Error);
            Ok(run.status(u8::from(report::fails(&analysis.findings, threshold))))
        }
        Command::Baseline(args) => {
            let mut run = load(&args.sources)?;
            run.refuse_to_overwrite(args.output.as_deref())?;
            let analysis = run.analyze();
            let by = args.by.or_else(|| std::env::var("USER").ok());
            // The clock is read here, at the edge; the library takes the date as given.
            let today = chrono::Local::now().date_naive();
            let mut accepted = analysis.findings.clone();
            accepted.extend(analysis.suppressed.iter().cloned());
            accepted.sort_by(|a, b| a.id.cmp(&b.id));
            write_out(args.output.as_deref(), &crosscheck::config::baseline(&accepted, by.as_deref(), Some(today)))?;
            Ok(run.status(0))
        }
        Command::Claims(args) => {
            let mut run = load(&args.sources)?;
            let analysis = run.analyze();
            let out = match args.format {
                ListFormat::Text => report::text::render_claims(&analysis),
                ListFormat::Json => report::json::render_claims(&analysis),
            };
            write_stdout(&out)?;
            Ok(run.status(0))
        }
        Command::Graph(args) => {
            let mut run = load(&args.sources)?;
            let analysis = run.analyze();
            let out = match args.format {
                GraphFormat::Dot => report::graph::render_dot(&analysis),
                GraphFormat::Json => report::graph::render_json(&analysis),
            };
            write_stdout(&out)?;
            Ok(run.status(0))
        }
        Command::Values(args) => {
            let mut run = load(&args.sources)?;
            let documents = run.ingest();
            let values: Vec<_> =
                documents.iter().map(|d| (d, crosscheck::extract::document_values(&run.knowledge, d))).collect();
            let out = match args.format {
                ListFormat::Text => report::text::render_values(&values),
                ListFormat::Json => report::json::render_values(&values),
            };
            write_stdout(&out)?;
            Ok(run.status(0))
        }
    }
}

/// Writes a report to `path` atomically (a temporary file in the same
/// folder, then renamed over it: a full disk never leaves half a report
/// over the old one), or to standard output. A link is followed; a device
/// or a pipe (`-o /dev/null`) is written to, never replaced.
fn write_out(path: Option<&Path>, text: &str) -> Result<()> {
    let Some(path) = path else { return write_stdout(text) };
    let context = || format!("{}: cannot write", path.display());
    let target = match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => bail!("{}: is a directory", path.display()),
        Ok(meta) if !meta.is_file() => {
            let mut file = std::fs::OpenOptions::new().write(true).open(path).with_context(context)?;
            return file.write_all(text.as_bytes()).and_then(|()| file.flush()).with_context(context);
        }
        Ok(_) => std::fs::canonicalize(path).with_context(context)?,
        Err(_) => path.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".crosscheck-").suffix(".tmp");
    #[cfg(unix)]
    {
        // As a plain create would: read-write for all, less the umask.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(dir).with_context(context)?;
    file.write_all(text.as_bytes()).and_then(|()| file.as_file().sync_all()).with_context(context)?;
    file.persist(&target).map_err(|e| e.error).with_context(context)?;
    Ok(())
}

/// Sources and everything the run knows besides them.
struct Run {
    inputs: Vec<Input>,
    knowledge: Knowledge,
    facts: Facts,
    config: Config,
    stdin: Stdin,
    stdin_format: Option<Format>,
    skipped: Vec<crosscheck::analysis::Skipped>,
    /// A path named on the command line could not be read.
    failed: bool,
    /// Real paths of every file the run reads (sources, configuration, facts, knowledge).
    files: HashSet<PathBuf>,
}

impl Run {
    /// The documents, each in its format (standard input as told).
    fn ingest(&mut self) -> Vec<crosscheck::document::Document> {
        let (stdin, stdin_format) = (self.stdin.name.as_str(), self.stdin_format);
        let format_of = |path: &str| match stdin_format {
            Some(format) if path == stdin => format,
            _ => Format::from_path(path),
        };
        crosscheck::analysis::ingest_all_as(std::mem::take(&mut self.inputs), &format_of)
    }

    /// Runs the analysis; the sources move into it (no second copy of the corpus).
    fn analyze(&mut self) -> crosscheck::Analysis {
        let documents = self.ingest();
        let options = Options { knowledge: &self.knowledge, facts: &self.facts, config: &self.config };
        let mut analysis = analyze_showing_progress(documents, options);
        analysis.skipped = std::mem::take(&mut self.skipped);
        analysis
    }

    /// The exit status: 2 when a path named on the command line could not be read.
    fn status(&self, code: u8) -> u8 {
        if self.failed {
            2
        } else {
            code
        }
    }

    /// `-o` must not name a file the run reads.
    fn refuse_to_overwrite(&self, output: Option<&Path>) -> Result<()> {
        if let Some(out) = output {
            if std::fs::canonicalize(out).is_ok_and(|real| self.files.contains(&real)) {
                bail!("{}: is an input of this run; refusing to overwrite it with the report", out.display());
            }
        }
        Ok(())
    }
}

/// More sources than this get a progress bar (on a terminal, outside CI).
const PROGRESS_THRESHOLD: usize = 40;

fn analyze_showing_progress(documents: Vec<crosscheck::document::Document>, options: Options) -> crosscheck::Analysis {
    let show =
        documents.len() > PROGRESS_THRESHOLD && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !show {
        return analyze_documents(documents, options, &|| {});
    }
    let bar = indicatif::ProgressBar::new(documents.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{spinner} extracting claims {pos}/{len} sources {wide_bar} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let analysis = analyze_documents(documents, options, &|| bar.inc(1));
    bar.finish_and_clear();
    analysis
}

fn color_enabled() -> bool {
    match anstream::ColorChoice::global() {
        anstream::ColorChoice::Always | anstream::ColorChoice::AlwaysAnsi => true,
        anstream::ColorChoice::Never => false,
        anstream::ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// Writes to standard output. A closed pipe (`| head`) is not an error worth
/// a message; a full disk or a closed standard output is.
fn write_stdout(text: &str) -> Result<()> {
    if stdout_was_closed() {
        bail!("cannot write to standard output: it is closed");
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// Whether standard output was closed when the program started. The Rust
/// runtime then opens the null device read-write in its place, so writes
/// would vanish without an error; a shell's `>/dev/null` opens it write-only.
#[cfg(unix)]
fn stdout_was_closed() -> bool {
    use rustix::fs::{fcntl_getfl, fstat, stat, OFlags};
    let stdout = std::io::stdout();
    let (Ok(out), Ok(null)) = (fstat(&stdout), stat("/dev/null")) else { return false };
    let is_null = out.st_rdev == null.st_rdev && (out.st_mode & 0o170000) == 0o020000;
    is_null && fcntl_getfl(&stdout).is_ok_and(|flags| flags & OFlags::RWMODE == OFlags::RDWR)
}

#[cfg(not(unix))]
fn stdout_was_closed() -> bool {
    false
}

/// Reads configuration, knowledge, facts and sources. Unreadable sources
/// are reported on stderr and skipped; it is an error only when none is left.
fn load(args: &SourceArgs) -> Result<Run> {
    let config_path = match &args.config {
        Some(p) => Some(p.clone()),
        None => find_config(&std::env::current_dir().context("cannot read the working directory")?),
    };
    let mut files = HashSet::new();
    let mut read_text = |path: &Path, what: &str| -> Result<String> {
        files.extend(std::fs::canonicalize(path));
        std::fs::read_to_string(path).with_context(|| format!("{}: cannot read {what}", path.display()))
    };
    let mut config = match &config_path {
        Some(path) => Config::parse(&path.display().to_string(), &read_text(path, "config file")?, &rule_ids())?,
        None => Config::default(),
    };
    let base = config_path.as_deref().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();

    let mut extra = Vec::new();
    extra.extend(config.knowledge.take());
    for path in &args.knowledge {
        extra.push(KnowledgeFile::parse(&path.display().to_string(), &read_text(path, "knowledge file")?)?);
    }
    let knowledge = Knowledge::with_extensions(extra);

    let mut facts = Facts::default();
    let fact_paths = config.fact_files.iter().map(|f| base.join(f)).chain(args.facts.iter().cloned());
    for path in fact_paths {
        facts.merge(Facts::parse(&path.display().to_string(), &read_text(&path, "facts file")?)?);
    }
    for warning in facts.check_meaning(&knowledge)? {
        sources::warn(&warning.to_string());
    }
    let suppression_paths: Vec<PathBuf> =
        config.suppression_files.iter().map(|f| base.join(f)).chain(args.suppressions.iter().cloned()).collect();
    for path in suppression_paths {
        // Not an input `-o` must spare: `baseline -o` rewrites the baseline.
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read suppression file", path.display()))?;
        config.suppressions.extend(Config::parse_suppressions(&path.display().to_string(), &text)?);
    }

    let stdin_name = args.stdin_filename.clone().unwrap_or_else(|| "-".to_string());
    let stdin_format = args.stdin_format.map(|f| match f {
        StdinFormat::Text => Format::Text,
        StdinFormat::Markdown => Format::Markdown,
    });
    let stdin = Stdin { name: stdin_name };
    let max_file_size = args.max_file_size.or(config.max_file_size).unwrap_or(sources::DEFAULT_MAX_FILE_SIZE);
    let mut reader = Reader::new(max_file_size, &stdin, args.published);
    let drafting = !args.against.is_empty();
    reader.read_all(&args.paths, if drafting { Role::Draft } else { Role::Peer });
    let drafts = reader.inputs_so_far();
    reader.read_all(&args.against, Role::Reference);
    let read = reader.finish();
    files.extend(read.files);
    if read.inputs.is_empty() {
        bail!("no source could be read{}", if read.skipped.is_empty() { "" } else { " (see above)" });
    }
    if drafting && (drafts == 0 || drafts == read.inputs.len()) {
        bail!("draft mode needs a readable draft and at least one readable reference");
    }
    Ok(Run {
        inputs: read.inputs,
        knowledge,
        facts,
        config,
        stdin,
        stdin_format,
        skipped: read.skipped,
        failed: read.failed,
        files,
    })
}

fn rule_ids() -> Vec<&'static str> {
    crosscheck::rules::RULES.iter().map(|r| r.id()).collect()
}

/// `crosscheck.toml` in `dir` or the nearest parent that has one.
fn find_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join("crosscheck.toml")).find(|p| p.is_file())
}

/// `--published`: a calendar day with a four-digit year (`25-04-03` is not the year 25).
fn parse_published(text: &str) -> Result<chrono::NaiveDate, String> {
    let shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !shape {
        return Err(format!("'{text}' is not a date like 2025-04-03 (four-digit year, month, day)"));
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("'{text}' is not a calendar date"))
}

fn parse_size(text: &str) -> Result<u64, String> {
    crosscheck::config::parse_size(text).and_then(|n| {
        if n == 0 {
            Err("the size limit must be above 0".into())
        } else {
            Ok(n)
        }
    })
}
