//! The command line: the edge of the program where files are read, the
//! environment is consulted and reports are printed.
//!
//! Exit status: 0 no finding at or above `--fail-on`, 1 findings, 2 usage,
//! input or configuration error (or nothing could be checked).

use anyhow::{bail, Context as _, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::finding::Severity;
use crosscheck::knowledge::{Knowledge, KnowledgeFile};
use crosscheck::report;
use crosscheck::{analyze, Input, Role};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
    /// Cross-check sources against each other and report contradictions.
    Check(CheckArgs),
    /// List every extracted claim with its subject, attribute and value.
    Claims(ClaimsArgs),
    /// List every recognized value (numbers, dates, money, titles...), claim or not.
    Values(ClaimsArgs),
    /// Export the claim graph (sources, subjects, claims and their edges).
    Graph(GraphArgs),
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
enum GraphFormat {
    Dot,
    Json,
}

#[derive(Args)]
struct SourceArgs {
    /// Files or directories (searched recursively for .txt and .md); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// Publication date (YYYY-MM-DD) for sources that carry none.
    #[arg(long, value_name = "DATE")]
    published: Option<chrono::NaiveDate>,
    /// Extra knowledge files (offices, organisations, places) in the built-in TOML layout.
    #[arg(long = "knowledge", value_name = "FILE")]
    knowledge: Vec<PathBuf>,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    sources: SourceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Exit with status 1 when a finding has at least this severity.
    #[arg(long, value_enum, default_value_t = Severity::Error)]
    fail_on: Severity,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct ClaimsArgs {
    #[command(flatten)]
    sources: SourceArgs,
    /// Output format (`json` is JSON Lines: one claim per line).
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
    format: ClaimsFormat,
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
enum ClaimsFormat {
    Text,
    Json,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    cli.color.write_global();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            let mut err = anstream::stderr();
            let _ = writeln!(err, "error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check(args) => {
            let (inputs, knowledge) = load(&args.sources)?;
            let analysis = analyze_showing_progress(inputs, &knowledge);
            let out = match args.format {
                CheckFormat::Text => report::text::render(&analysis, args.output.is_none() && color_enabled()),
                CheckFormat::Json => report::json::render(&analysis),
                CheckFormat::Markdown => report::markdown::render(&analysis),
                CheckFormat::Html => report::html::render(&analysis),
                CheckFormat::Sarif => report::sarif::render(&analysis),
                CheckFormat::Github => report::github::render(&analysis),
            };
            match &args.output {
                Some(path) => {
                    std::fs::write(path, out).with_context(|| format!("{}: cannot write report", path.display()))?
                }
                None => print(&out)?,
            }
            Ok(u8::from(report::fails(&analysis.findings, args.fail_on)))
        }
        Command::Claims(args) => {
            let (inputs, knowledge) = load(&args.sources)?;
            let analysis = analyze_showing_progress(inputs, &knowledge);
            let out = match args.format {
                ClaimsFormat::Text => report::text::render_claims(&analysis),
                ClaimsFormat::Json => report::json::render_claims(&analysis),
            };
            print(&out)?;
            Ok(0)
        }
        Command::Graph(args) => {
            let (inputs, knowledge) = load(&args.sources)?;
            let analysis = analyze(inputs, &knowledge);
            let out = match args.format {
                GraphFormat::Dot => report::graph::render_dot(&analysis),
                GraphFormat::Json => report::graph::render_json(&analysis),
            };
            print(&out)?;
            Ok(0)
        }
        Command::Values(args) => {
            let (inputs, knowledge) = load(&args.sources)?;
            let documents = crosscheck::analysis::ingest_all(inputs);
            let values: Vec<_> =
                documents.iter().map(|d| (d, crosscheck::extract::document_values(&knowledge, d))).collect();
            let out = match args.format {
                ClaimsFormat::Text => report::text::render_values(&values),
                ClaimsFormat::Json => report::json::render_values(&values),
            };
            print(&out)?;
            Ok(0)
        }
    }
}

/// More sources than this get a progress bar (on a terminal, outside CI).
const PROGRESS_THRESHOLD: usize = 40;

fn analyze_showing_progress(inputs: Vec<Input>, knowledge: &Knowledge) -> crosscheck::Analysis {
    let show = inputs.len() > PROGRESS_THRESHOLD && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !show {
        return analyze(inputs, knowledge);
    }
    let bar = indicatif::ProgressBar::new(inputs.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{spinner} extracting claims {pos}/{len} sources {wide_bar} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let analysis = crosscheck::analysis::analyze_with_progress(inputs, knowledge, &|| bar.inc(1));
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

fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// Reads sources and knowledge files. Unreadable sources are reported on
/// stderr and skipped; it is an error only when none is left.
fn load(args: &SourceArgs) -> Result<(Vec<Input>, Knowledge)> {
    let mut extra = Vec::new();
    for path in &args.knowledge {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("{}: cannot read knowledge file", path.display()))?;
        extra.push(KnowledgeFile::parse(&path.display().to_string(), &text)?);
    }
    let knowledge = Knowledge::with_extensions(extra);

    let mut inputs = Vec::new();
    let mut problems = 0usize;
    let mut stderr = anstream::stderr();
    for (path, text) in collect_sources(&args.paths, &mut |msg| {
        problems += 1;
        let _ = writeln!(stderr, "warning: {msg}");
    }) {
        inputs.push(Input { path, role: Role::Peer, text, published: args.published });
    }
    if inputs.is_empty() {
        bail!("no source could be read{}", if problems > 0 { " (see the warnings above)" } else { "" });
    }
    Ok((inputs, knowledge))
}

/// Expands directories and reads each file; problems go to `warn`.
fn collect_sources(paths: &[String], warn: &mut dyn FnMut(String)) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for given in paths {
        if given == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => {
                    if let Some(text) = decode("-", bytes, warn) {
                        out.push(("-".to_string(), text));
                    }
                }
                Err(e) => warn(format!("-: cannot read standard input: {e}")),
            }
            continue;
        }
        let path = Path::new(given);
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, warn);
            files.sort();
            if files.is_empty() {
                warn(format!("{given}: directory holds no .txt or .md file"));
            }
            for f in files {
                read_source(&f.to_string_lossy(), warn, &mut out);
            }
        } else {
            read_source(given, warn, &mut out);
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, warn: &mut dyn FnMut(String)) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return warn(format!("{}: cannot read directory: {e}", dir.display())),
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, files, warn);
        } else if is_article(&p) {
            files.push(p);
        }
    }
}

fn is_article(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    // A folder's README describes the folder; it is not an article.
    matches!(ext.as_deref(), Some("txt" | "md" | "markdown")) && !name.eq_ignore_ascii_case("readme.md")
}

fn read_source(path: &str, warn: &mut dyn FnMut(String), out: &mut Vec<(String, String)>) {
    match std::fs::read(path) {
        Ok(bytes) => {
            if let Some(text) = decode(path, bytes, warn) {
                out.push((path.to_string(), text));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => warn(format!("{path}: no such file or directory")),
        Err(e) => warn(format!("{path}: cannot read: {e}")),
    }
}

/// UTF-8 text only: binary and invalid UTF-8 are refused with the byte offset.
fn decode(path: &str, bytes: Vec<u8>, warn: &mut dyn FnMut(String)) -> Option<String> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        warn(format!("{path}: looks like a binary file, skipped"));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => {
            warn(format!("{path}: file is empty, skipped"));
            None
        }
        Ok(text) => Some(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            warn(format!("{path}:{line}: invalid UTF-8 at byte {at}, skipped"));
            None
        }
    }
}
