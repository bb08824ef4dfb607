//! crosscheck: cross-references factual claims across news articles and
//! finds where sources contradict each other.
//!
//! The library is a pure core: text in, claims and findings out. Reading
//! files, the clock and printing belong to the binary (`main.rs`, `cli.rs`).
//!
//! ```
//! use crosscheck::{analyze, Input, Knowledge, Role};
//! let inputs = vec![
//!     Input { path: "a.txt".into(), role: Role::Peer, published: None,
//!             text: "The leaders' summit in Lisbon in June 2026 will be short.".into() },
//!     Input { path: "b.txt".into(), role: Role::Peer, published: None,
//!             text: "The Lisbon summit planned for July 2026 was announced.".into() },
//! ];
//! let analysis = analyze(inputs, &Knowledge::builtin());
//! assert_eq!(analysis.findings.len(), 1);
//! assert_eq!(analysis.findings[0].attribute, "month");
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod claim;
pub mod config;
pub mod document;
pub mod draft;
pub mod extract;
pub mod facts;
pub mod finding;
pub mod graph;
pub mod ingest;
pub mod knowledge;
pub mod recognize;
pub mod report;
pub mod resolve;
pub mod rules;
pub mod span;
pub mod stories;
pub mod units;
pub mod value;

pub use analysis::{analyze, analyze_with, Analysis, Input, Options};
pub use document::Role;
pub use knowledge::Knowledge;
