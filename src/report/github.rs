//! `--format github`.
use crate::analysis::Analysis;

pub fn render(_analysis: &Analysis) -> String {
    String::new()
}
