//! Growth of a whole run (`crosscheck::analyze`) with the size of its input,
//! the cases a newsroom meets at scale:
//!
//! - `sources/N`: N short sources about one event (N = 1,000 and 10,000),
//!   every subject holding a claim of every source: the rules compare
//!   classes of equal claims, not pairs of claims, and the stories are
//!   grouped in one pass, so 10× the sources should cost about 10× the time;
//! - `one_file/N MB`: one file of N MB (10 and 50), every paragraph the
//!   same story: extraction reads each sentence once.
//!
//! The target is near-linear: the 10× step within 15× the time (1.5× of
//! linear), the 5× step within 7.5×. `cargo bench --bench growth`.

#[path = "common/alloc.rs"]
mod allocator;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::{analyze, Input, Knowledge, Role};
use std::hint::black_box;
use std::time::Duration;

/// A tiny deterministic generator, so that every run sees the same bytes.
struct Lcg(u64);

impl Lcg {
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        items[((self.0 >> 33) % items.len() as u64) as usize]
    }
}

/// N sources on one storm, most agreeing, some giving another figure.
fn same_event(n: usize) -> Vec<Input> {
    let mut rng = Lcg(7);
    (0..n)
        .map(|i| {
            let text = format!(
                "Published: 2026-06-{:02}\n\nStorm hits Arlow as summit opens\n\nThe summit in Arlow opened on {}, \
                 June {}, 2026, as a storm killed {} people, officials said. Interior Minister Dana Pike, {}, \
                 announced an emergency fund of €{} million. About {} residents were evacuated and turnout at \
                 the vote was {}%.\n",
                14 + i % 3,
                rng.pick(&["Friday", "Friday", "Saturday"]),
                rng.pick(&[12, 12, 12, 13]),
                rng.pick(&[47, 47, 47, 48, 52]),
                50 + i % 2,
                rng.pick(&[120, 120, 210]),
                rng.pick(&[3000, 3000, 3100]),
                rng.pick(&["61.4", "61.4", "64.1"]),
            );
            Input { path: format!("s{i:05}.txt"), role: Role::Peer, text, published: None }
        })
        .collect()
}

/// One file of about `mb` MB: the bundled example articles over and over.
fn one_file(mb: usize) -> Vec<Input> {
    let body = [
        include_str!("../examples/nato-2025/brief.txt"),
        include_str!("../examples/nato-2025/roundup.txt"),
        include_str!("../examples/nato-2025/wire.txt"),
    ]
    .join("\n\n");
    let mut text = String::from("Published: 2025-04-04\n\n");
    while text.len() < mb << 20 {
        text.push_str(&body);
        text.push_str("\n\n");
    }
    vec![Input { path: "one.txt".into(), role: Role::Peer, text, published: None }]
}

fn bench(c: &mut Criterion) {
    let knowledge = Knowledge::builtin();
    let mut group = c.benchmark_group("growth");
    group.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(2));
    for n in [1_000, 10_000] {
        let inputs = same_event(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("sources", n), &inputs, |b, inputs| {
            b.iter(|| black_box(analyze(inputs.clone(), &knowledge).findings.len()))
        });
    }
    for mb in [10, 50] {
        let inputs = one_file(mb);
        group.throughput(Throughput::Bytes(inputs[0].text.len() as u64));
        group.bench_with_input(BenchmarkId::new("one_file_mb", mb), &inputs, |b, inputs| {
            b.iter(|| black_box(analyze(inputs.clone(), &knowledge).findings.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
