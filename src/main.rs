//! The `crosscheck` binary: parse arguments, run, map the outcome to an
//! exit code. All logic lives in the library and `cli.rs`.

use std::process::ExitCode;

mod cli;
mod sources;

/// Extraction makes many small, short-lived allocations (tokens, words,
/// phrases) per sentence; jemalloc serves them markedly faster than the
/// system allocator for little more memory. The benches use it too, so
/// they time what the binary runs.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    cli::main()
}
