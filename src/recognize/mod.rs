//! Value recognizers: find every number, quantity, ordinal and date in a
//! piece of text, normalized, with its span. They know nothing of subjects;
//! the claim extractors in `extract/` decide what a value is *about*.
//!
//! Spans returned here are relative to the text passed in; callers shift
//! them with [`Span::offset`](crate::span::Span::offset).

pub mod date;
pub mod number;
pub mod ordinal;
pub mod quantity;
