//! The command line: the edge of the program where files are read, the
//! environment is consulted and reports are printed.
//!
//! Exit status: 0 no finding at or above `--fail-on`, 1 findings, 2 usage,
//! input or configuration error (or nothing could be checked).

use anyhow::{bail, Context as _, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::config::Config;
use crosscheck::facts::Facts;
use crosscheck::finding::Severity;
use crosscheck::knowledge::{Knowledge, KnowledgeFile};
use crosscheck::report;
use crosscheck::{analyze_with, Input, Options, Role};
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
    paths: Vec<String>,
    /// Reference articles to fact-check the draft(s) against (files or directories).
    #[arg(long, value_name = "PATH", num_args = 1..)]
    against: Vec<String>,
    /// Publication date (YYYY-MM-DD) for sources that carry none.
    #[arg(long, value_name = "DATE")]
    published: Option<chrono::NaiveDate>,
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
            let mut run = load(&args.sources)?;
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
            Ok(u8::from(report::fails(&analysis.findings, threshold)))
        }
        Command::Baseline(args) => {
            let mut run = load(&args.sources)?;
            let analysis = run.analyze();
            let by = args.by.or_else(|| std::env::var("USER").ok());
            // The clock is read here, at the edge; the library takes the date as given.
            let today = chrono::Local::now().date_naive();
            let mut accepted = analysis.findings.clone();
            accepted.extend(analysis.suppressed.iter().cloned());
            accepted.sort_by(|a, b| a.id.cmp(&b.id));
            write_out(args.output.as_deref(), &crosscheck::config::baseline(&accepted, by.as_deref(), Some(today)))?;
            Ok(0)
        }
        Command::Claims(args) => {
            let analysis = load(&args.sources)?.analyze();
            let out = match args.format {
                ListFormat::Text => report::text::render_claims(&analysis),
                ListFormat::Json => report::json::render_claims(&analysis),
            };
            print(&out)?;
            Ok(0)
        }
        Command::Graph(args) => {
            let analysis = load(&args.sources)?.analyze();
            let out = match args.format {
                GraphFormat::Dot => report::graph::render_dot(&analysis),
                GraphFormat::Json => report::graph::render_json(&analysis),
            };
            print(&out)?;
            Ok(0)
        }
        Command::Values(args) => {
            let run = load(&args.sources)?;
            let documents = crosscheck::analysis::ingest_all(run.inputs);
            let values: Vec<_> =
                documents.iter().map(|d| (d, crosscheck::extract::document_values(&run.knowledge, d))).collect();
            let out = match args.format {
                ListFormat::Text => report::text::render_values(&values),
                ListFormat::Json => report::json::render_values(&values),
            };
            print(&out)?;
            Ok(0)
        }
    }
}

fn write_out(path: Option<&Path>, text: &str) -> Result<()> {
    match path {
        Some(path) => std::fs::write(path, text).with_context(|| format!("{}: cannot write", path.display())),
        None => print(text),
    }
}

/// Sources and everything the run knows besides them.
struct Run {
    inputs: Vec<Input>,
    knowledge: Knowledge,
    facts: Facts,
    config: Config,
}

impl Run {
    /// Runs the analysis; the sources move into it (no second copy of the corpus).
    fn analyze(&mut self) -> crosscheck::Analysis {
        let options = Options { knowledge: &self.knowledge, facts: &self.facts, config: &self.config };
        analyze_showing_progress(std::mem::take(&mut self.inputs), options)
    }
}

/// More sources than this get a progress bar (on a terminal, outside CI).
const PROGRESS_THRESHOLD: usize = 40;

fn analyze_showing_progress(inputs: Vec<Input>, options: Options) -> crosscheck::Analysis {
    let show = inputs.len() > PROGRESS_THRESHOLD && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !show {
        return analyze_with(inputs, options, &|| {});
    }
    let bar = indicatif::ProgressBar::new(inputs.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{spinner} extracting claims {pos}/{len} sources {wide_bar} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let analysis = analyze_with(inputs, options, &|| bar.inc(1));
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

/// Reads configuration, knowledge, facts and sources. Unreadable sources
/// are reported on stderr and skipped; it is an error only when none is left.
fn load(args: &SourceArgs) -> Result<Run> {
    let config_path = match &args.config {
        Some(p) => Some(p.clone()),
        None => find_config(&std::env::current_dir().context("cannot read the working directory")?),
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
    let suppression_paths: Vec<PathBuf> =
        config.suppression_files.iter().map(|f| base.join(f)).chain(args.suppressions.iter().cloned()).collect();
    for path in suppression_paths {
        let file = Config::parse(&path.display().to_string(), &read_text(&path, "suppression file")?, &rule_ids())?;
        config.suppressions.extend(file.suppressions);
    }

    let mut inputs = Vec::new();
    let mut problems = 0usize;
    let mut stderr = anstream::stderr();
    let mut warn = |msg: String| {
        problems += 1;
        let _ = writeln!(stderr, "warning: {msg}");
    };
    let role = if args.against.is_empty() { Role::Peer } else { Role::Draft };
    for (path, text) in collect_sources(&args.paths, &mut warn) {
        inputs.push(Input { path, role, text, published: args.published });
    }
    let drafts = inputs.len();
    for (path, text) in collect_sources(&args.against, &mut warn) {
        inputs.push(Input { path, role: Role::Reference, text, published: args.published });
    }
    if inputs.is_empty() {
        bail!("no source could be read{}", if problems > 0 { " (see the warnings above)" } else { "" });
    }
    if !args.against.is_empty() && (drafts == 0 || drafts == inputs.len()) {
        bail!("draft mode needs a readable draft and at least one readable reference");
    }
    Ok(Run { inputs, knowledge, facts, config })
}

fn rule_ids() -> Vec<&'static str> {
    crosscheck::rules::RULES.iter().map(|r| r.id()).collect()
}

fn read_text(path: &Path, what: &str) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}: cannot read {what}", path.display()))
}

/// `crosscheck.toml` in `dir` or the nearest parent that has one.
fn find_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join("crosscheck.toml")).find(|p| p.is_file())
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
