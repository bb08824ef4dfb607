//! Extraction throughput over the bundled example articles, in bytes of
//! article text per second on one core (criterion's `Throughput::Bytes`).
//!
//! - `recognize_values`: the value recognizers alone (`recognize::values`),
//!   sentence by sentence as the extractors call them.
//! - `extract_document`: full claim extraction of ingested documents
//!   (recognizers, subjects, scopes, titles) with the built-in knowledge.
//! - `ingest_and_extract`: the same from the raw text: prose view, sentence
//!   splitting and publication date first.
//!
//! Everything compiled once (knowledge, documents) is built outside the
//! timing loop. Each runs twice: `extract/*` in wall-clock time, and
//! `extract-cpu/*` in CPU time (`common/cpu.rs`), which is the per-core
//! figure even when other programs share the machine.
//! `cargo bench --bench extract`; the target is ≥ 50 MB/s per core.

#[path = "common/alloc.rs"]
mod allocator;
#[path = "common/cpu.rs"]
mod cpu;

use criterion::measurement::Measurement;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crosscheck::analysis::ingest_all;
use crosscheck::extract::extract_document;
use crosscheck::ingest::{self, Format};
use crosscheck::recognize;
use crosscheck::{Input, Knowledge, Role};
use std::hint::black_box;
use std::time::Duration;

const ARTICLES: [(&str, &str); 4] = [
    ("brief.txt", include_str!("../examples/nato-2025/brief.txt")),
    ("overview.md", include_str!("../examples/nato-2025/overview.md")),
    ("roundup.txt", include_str!("../examples/nato-2025/roundup.txt")),
    ("wire.txt", include_str!("../examples/nato-2025/wire.txt")),
];

fn inputs() -> Vec<Input> {
    ARTICLES
        .iter()
        .map(|(name, text)| Input {
            path: format!("examples/nato-2025/{name}"),
            role: Role::Peer,
            text: text.to_string(),
            published: None,
        })
        .collect()
}

/// The benchmarks under one measurement; `name` is the criterion group.
fn bench_extract<M: Measurement>(c: &mut Criterion<M>, name: &str) {
    let knowledge = Knowledge::builtin();
    let inputs = inputs();
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    let documents = ingest_all(inputs.clone());
    let sentences: Vec<(&str, Option<chrono::NaiveDate>)> =
        documents.iter().flat_map(|d| d.sentences.iter().map(move |s| (s.slice(&d.prose), d.published))).collect();
    // Warm every lazily compiled pattern before the clock starts.
    let claims: usize = documents.iter().enumerate().map(|(i, d)| extract_document(&knowledge, d, i).len()).sum();
    let values: usize = sentences.iter().map(|(s, anchor)| recognize::values(s, *anchor).len()).sum();
    eprintln!(
        "{name}: {} articles, {bytes} bytes, {} sentences, {values} values, {claims} claims",
        documents.len(),
        sentences.len()
    );

    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("recognize_values", |b| {
        b.iter(|| {
            for (sentence, anchor) in &sentences {
                black_box(recognize::values(black_box(sentence), *anchor));
            }
        })
    });
    group.bench_function("extract_document", |b| {
        b.iter(|| {
            for (i, d) in documents.iter().enumerate() {
                black_box(extract_document(&knowledge, black_box(d), i));
            }
        })
    });
    group.bench_function("ingest_and_extract", |b| {
        b.iter_batched(
            || inputs.clone(),
            |inputs| {
                for (i, input) in inputs.into_iter().enumerate() {
                    let format = Format::from_path(&input.path);
                    let d = ingest::document(&input.path, input.role, format, input.text, input.published);
                    black_box(extract_document(&knowledge, &d, i));
                }
            },
            criterion::BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn extract_wall(c: &mut Criterion) {
    bench_extract(c, "extract");
}

fn extract_cpu(c: &mut Criterion<cpu::ProcessCpu>) {
    bench_extract(c, "extract-cpu");
}

criterion_group! {
    name = wall;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = extract_wall
}
criterion_group! {
    name = cpu_time;
    config = Criterion::default()
        .with_measurement(cpu::ProcessCpu)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = extract_cpu
}
criterion_main!(wall, cpu_time);
