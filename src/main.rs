//! The `crosscheck` binary: parse arguments, run, map the outcome to an
//! exit code. All logic lives in the library and `cli.rs`.

use std::process::ExitCode;

mod cli;
mod sources;

fn main() -> ExitCode {
    cli::main()
}
