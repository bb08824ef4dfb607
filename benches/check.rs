//! Checker scaling over N = 10, 100 and 1000 synthetic sources:
//!
//! - `analyze/stories/N`: `crosscheck::analyze`, the whole library run
//!   (ingest, extraction, claim graph, rules); throughput in sources.
//! - `rules/<shape>/N`: the checker alone, the claim graph and the rules over
//!   claims extracted beforehand; throughput in claims.
//!
//! The sources are the four bundled example articles with their names,
//! places, dates and figures varied by a tiny deterministic LCG, so every
//! run sees the same bytes. Two shapes of corpus:
//!
//! - `stories`: a news corpus. Four sources per story (one per bundled
//!   article), N/4 stories drawn from fixed pools of names and cities, so
//!   subjects start to collide (the same city, the same surname) as N grows.
//! - `same_event`: the worst case for the rules, which compare the claims of
//!   one subject pairwise: all N sources report the same meeting, each with
//!   its own deviations, so every subject holds claims from every source.
//!
//! The run is pinned to one rayon thread and timed in CPU time
//! (`common/cpu.rs`), so that the figures are per core, hold on a busy
//! machine, and the scaling is not blurred by the parallel part; the CLI
//! measurement (`scripts/bench-cli.sh`) shows the parallel run.
//!
//! `cargo bench --bench check`; the target is near-linear scaling:
//! 10× the sources, at most 12× the time.

#[path = "common/alloc.rs"]
mod allocator;
#[path = "common/cpu.rs"]
mod cpu;

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};
use cpu::ProcessCpu;
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use crosscheck::analysis::{ingest_all, reference_dates};
use crosscheck::claim::Claim;
use crosscheck::config::Config;
use crosscheck::extract::extract_document;
use crosscheck::facts::Facts;
use crosscheck::graph::ClaimGraph;
use crosscheck::rules::{self, RuleContext};
use crosscheck::{analyze, Input, Knowledge, Role};
use std::hint::black_box;
use std::time::Duration;

const ARTICLES: [(&str, &str); 4] = [
    ("brief.txt", include_str!("../examples/nato-2025/brief.txt")),
    ("overview.md", include_str!("../examples/nato-2025/overview.md")),
    ("roundup.txt", include_str!("../examples/nato-2025/roundup.txt")),
    ("wire.txt", include_str!("../examples/nato-2025/wire.txt")),
];

/// Literal text of the bundled articles and the slot it becomes, longest
/// (most specific) first so that "Mark Rutte" is replaced before "Rutte".
const SLOTS: &[(&str, &str)] = &[
    ("2025-04-03", "{PUB_BRIEF}"),
    ("2025-04-04", "{PUB_WIRE}"),
    ("2025-04-05", "{PUB_ROUNDUP}"),
    ("2025-12-03", "{PUB_OVERVIEW}"),
    ("December 3, 2025", "{UPDATED}"),
    ("April 3-4, 2025", "{MEET_MDY}"),
    ("3–4 April 2025", "{MEET_DMY}"),
    ("4 April 2025", "{MEET_END}"),
    ("June 2025", "{SUMMIT_A}"),
    ("July 2025", "{SUMMIT_B}"),
    ("July summit", "{SUMMIT_B_MONTH} summit"),
    ("U.S. Senator", "{ENVOY_TITLE}"),
    ("Mark Rutte", "{CHIEF}"),
    ("Rutte", "{CHIEF_LAST}"),
    ("Marco Rubio", "{ENVOY}"),
    ("Rubio", "{ENVOY_LAST}"),
    ("Annalena Baerbock", "{MIN_DE}"),
    ("Kaja Kallas", "{HR}"),
    ("Kallas", "{HR_LAST}"),
    ("Andrii Sybiha", "{MIN_UA}"),
    ("The Hague", "{SUMMIT_CITY}"),
    ("the Netherlands", "{SUMMIT_COUNTRY}"),
    ("Brussels", "{HOST}"),
    ("3.7%", "{CHIEF_PCT}%"),
    ("north of 3%", "north of {CHIEF_FLOOR}%"),
    ("5% of GDP", "{US_PCT}% of GDP"),
    ("5 percent", "{US_PCT} percent"),
    ("2% of GDP", "{GUIDE_PCT}% of GDP"),
    ("2 percent", "{GUIDE_PCT} percent"),
    ("20 billion", "{AID_BN} billion"),
    ("€130 million ($140 million)", "€{EUR_M} million (${USD_M} million)"),
    ("5,000 soldiers", "{TROOPS} soldiers"),
    ("32 member", "{MEMBERS} member"),
    ("75th", "{ANNIVERSARY}"),
    ("2025", "{YEAR}"),
];

const FIRST: &[&str] = &[
    "Anna", "Piotr", "Elena", "Jonas", "Sofia", "Mateus", "Ingrid", "Tomas", "Laura", "Henrik", "Marta", "Viktor",
    "Claire", "Dmytro", "Ines", "Karel", "Nadia", "Oskar", "Paula", "Rafael", "Sanna", "Teodor", "Ursula", "Pavel",
    "Greta", "Lukas", "Mirela", "Ansgar", "Beatriz", "Emil",
];
const LAST: &[&str] = &[
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Varga",
    "Petrescu",
    "Haugland",
    "Novotny",
    "Castellano",
    "Oberhauser",
    "Dimitrov",
    "Kask",
    "Bergstrom",
    "Laine",
    "Jankauskas",
    "Ferreira",
    "Halvorsen",
    "Zielinski",
    "Marchetti",
    "Vermeulen",
    "Szabo",
    "Andersen",
    "Kovac",
    "Papadakis",
    "Rasmussen",
    "Ozturk",
    "Lambert",
    "Nieminen",
    "Horvat",
    "Brennan",
    "Sorensen",
    "Valdes",
    "Keller",
    "Mazur",
    "Ionescu",
    "Eriksen",
    "Delacroix",
    "Wojcik",
    "Strand",
    "Aalto",
    "Ferrante",
];
const CITIES: &[(&str, &str)] = &[
    ("Lisbon", "Portugal"),
    ("Madrid", "Spain"),
    ("Vilnius", "Lithuania"),
    ("Warsaw", "Poland"),
    ("Rome", "Italy"),
    ("Paris", "France"),
    ("Oslo", "Norway"),
    ("Helsinki", "Finland"),
    ("Prague", "Czechia"),
    ("Vienna", "Austria"),
    ("Copenhagen", "Denmark"),
    ("Stockholm", "Sweden"),
    ("Athens", "Greece"),
    ("Ankara", "Turkey"),
    ("Riga", "Latvia"),
    ("Tallinn", "Estonia"),
    ("Bucharest", "Romania"),
    ("Sofia", "Bulgaria"),
    ("Budapest", "Hungary"),
    ("Bratislava", "Slovakia"),
    ("Ljubljana", "Slovenia"),
    ("Zagreb", "Croatia"),
    ("Dublin", "Ireland"),
    ("Ottawa", "Canada"),
    ("London", "the United Kingdom"),
    ("Brussels", "Belgium"),
    ("The Hague", "the Netherlands"),
    ("Luxembourg", "Luxembourg"),
    ("Reykjavik", "Iceland"),
    ("Tirana", "Albania"),
];

/// Knuth's MMIX LCG: deterministic, no dependency.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Self {
        let mut lcg = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
        lcg.next();
        lcg
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS[(month - 1) as usize]
}

fn thousands(n: u64) -> String {
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

/// Everything one story fixes: who, where, when and the agreed figures.
struct Story {
    slots: Vec<(&'static str, String)>,
    summit: (u32, i32),
}

fn person(lcg: &mut Lcg) -> (String, String) {
    let last = lcg.pick(LAST);
    (format!("{} {last}", lcg.pick(FIRST)), last.to_string())
}

fn story(seed: u64) -> Story {
    let mut lcg = Lcg::new(seed);
    let year = lcg.range(2019, 2030) as i32;
    let month = lcg.range(1, 8) as u32;
    let mut start = NaiveDate::from_ymd_opt(year, month, lcg.range(1, 18) as u32).expect("valid day");
    while start.weekday() != Weekday::Thu {
        start += Days::days(1);
    }
    let end = start + Days::days(1);
    let host = lcg.pick(CITIES);
    let mut summit_city = lcg.pick(CITIES);
    while summit_city.0 == host.0 {
        summit_city = lcg.pick(CITIES);
    }
    let summit_month = month + lcg.range(1, 3) as u32;
    let updated = start + Days::days(lcg.range(150, 260) as i64);
    let chief = person(&mut lcg);
    let envoy = person(&mut lcg);
    let hr = person(&mut lcg);
    let guide = lcg.pick(&["1.5", "2", "2.5"]);
    let us = lcg.pick(&["3.5", "4", "5"]);
    let chief_pct = lcg.range(26, 34);
    let eur = lcg.range(2, 50) * 10;
    let slots = vec![
        ("PUB_BRIEF", start.to_string()),
        ("PUB_WIRE", end.to_string()),
        ("PUB_ROUNDUP", (end + Days::days(1)).to_string()),
        ("PUB_OVERVIEW", updated.to_string()),
        ("UPDATED", updated.format("%B %-d, %Y").to_string()),
        ("MEET_MDY", format!("{} {}-{}, {year}", month_name(month), start.day(), end.day())),
        ("MEET_DMY", format!("{}–{} {} {year}", start.day(), end.day(), month_name(month))),
        ("MEET_END", format!("{} {} {year}", end.day(), month_name(month))),
        ("ENVOY_TITLE", "U.S. Secretary of State".to_string()),
        ("CHIEF", chief.0),
        ("CHIEF_LAST", chief.1),
        ("ENVOY", envoy.0),
        ("ENVOY_LAST", envoy.1),
        ("MIN_DE", person(&mut lcg).0),
        ("HR", hr.0),
        ("HR_LAST", hr.1),
        ("MIN_UA", person(&mut lcg).0),
        ("SUMMIT_CITY", summit_city.0.to_string()),
        ("SUMMIT_COUNTRY", summit_city.1.to_string()),
        ("HOST", host.0.to_string()),
        ("CHIEF_PCT", format!("{}.{}", chief_pct / 10 + 1, chief_pct % 10)),
        ("CHIEF_FLOOR", (chief_pct / 10 + 1).to_string()),
        ("US_PCT", us.to_string()),
        ("GUIDE_PCT", guide.to_string()),
        ("AID_BN", lcg.range(5, 60).to_string()),
        ("EUR_M", eur.to_string()),
        ("USD_M", (eur * 108 / 100).to_string()),
        ("TROOPS", thousands(lcg.range(2, 18) * 500)),
        ("MEMBERS", lcg.range(28, 36).to_string()),
        ("ANNIVERSARY", crosscheck::value::ordinal_suffix(lcg.range(40, 90) as u32)),
        ("YEAR", year.to_string()),
    ];
    Story { slots, summit: (summit_month, year) }
}

/// One source: a bundled article filled in with the story's values and
/// this source's own deviations (the contradictions the checker should find).
fn source(template: &str, story: &Story, lcg: &mut Lcg) -> String {
    let mut text = template.to_string();
    let (mut month, year) = story.summit;
    if lcg.chance(5) {
        month += 1;
    }
    let summit = format!("{} {year}", month_name(month));
    text = text.replace("{SUMMIT_A}", &summit).replace("{SUMMIT_B}", &summit);
    text = text.replace("{SUMMIT_B_MONTH}", month_name(month));
    for (slot, value) in &story.slots {
        let mut value = value.clone();
        if *slot == "ENVOY_TITLE" && lcg.chance(4) {
            value = "U.S. Senator".to_string();
        }
        if *slot == "AID_BN" && lcg.chance(6) {
            value = (value.parse::<u64>().unwrap_or(20) + 5).to_string();
        }
        text = text.replace(&format!("{{{slot}}}"), &value);
    }
    text
}

fn templates() -> Vec<(&'static str, String)> {
    ARTICLES
        .iter()
        .map(|(name, text)| {
            let mut t = text.to_string();
            for (from, to) in SLOTS {
                t = t.replace(from, to);
            }
            (*name, t)
        })
        .collect()
}

/// N sources, four per story (one of each bundled article).
fn stories_corpus(n: usize) -> Vec<Input> {
    let templates = templates();
    let mut lcg = Lcg::new(n as u64);
    (0..n)
        .map(|i| {
            let (name, template) = &templates[i % templates.len()];
            let story = story((i / templates.len()) as u64);
            Input {
                path: format!("story{:05}-{name}", i / templates.len()),
                role: Role::Peer,
                text: source(template, &story, &mut lcg),
                published: None,
            }
        })
        .collect()
}

/// N sources about one and the same meeting.
fn same_event_corpus(n: usize) -> Vec<Input> {
    let templates = templates();
    let story = story(7);
    let mut lcg = Lcg::new(n as u64);
    (0..n)
        .map(|i| {
            let (name, template) = &templates[i % templates.len()];
            Input {
                path: format!("source{i:05}-{name}"),
                role: Role::Peer,
                text: source(template, &story, &mut lcg),
                published: None,
            }
        })
        .collect()
}

type Corpus = fn(usize) -> Vec<Input>;
const SHAPES: [(&str, Corpus); 2] = [("stories", stories_corpus), ("same_event", same_event_corpus)];
const SIZES: [usize; 3] = [10, 100, 1000];

fn one_thread() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a one-thread pool")
}

/// The whole library run: ingest, extract, graph, rules, on the news-corpus shape.
fn bench_analyze(c: &mut Criterion<ProcessCpu>) {
    let knowledge = Knowledge::builtin();
    let pool = one_thread();
    let mut group = c.benchmark_group("analyze/stories");
    group.sample_size(10);
    for n in SIZES {
        let inputs = stories_corpus(n);
        let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
        let probe = pool.install(|| analyze(inputs.clone(), &knowledge));
        eprintln!(
            "stories/{n}: {n} sources, {bytes} bytes, {} claims, {} subjects, {} findings",
            probe.claims().len(),
            probe.graph.subject_count(),
            probe.findings.len()
        );
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &inputs, |b, inputs| {
            b.iter_batched(
                || inputs.clone(),
                |inputs| pool.install(|| black_box(analyze(inputs, &knowledge))),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

/// The checker alone: claim graph and rules over claims extracted beforehand.
fn bench_rules(c: &mut Criterion<ProcessCpu>) {
    let knowledge = Knowledge::builtin();
    let (facts, config) = (Facts::default(), Config::default());
    let pool = one_thread();
    for (shape, make) in SHAPES {
        let mut group = c.benchmark_group(format!("rules/{shape}"));
        group.sample_size(10);
        for n in SIZES {
            let documents = pool.install(|| ingest_all(make(n)));
            let claims: Vec<Claim> =
                documents.iter().enumerate().flat_map(|(i, d)| extract_document(&knowledge, d, i)).collect();
            let graph = ClaimGraph::build(documents.len(), claims.clone());
            let largest = graph.subjects().iter().map(|(_, c)| c.len()).max().unwrap_or(0);
            eprintln!(
                "{shape}/{n}: {} claims on {} subjects, the largest subject has {largest} claims",
                claims.len(),
                graph.subject_count()
            );
            group.throughput(Throughput::Elements(claims.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &claims, |b, claims| {
                b.iter_batched(
                    || claims.clone(),
                    |claims| {
                        pool.install(|| {
                            let graph = ClaimGraph::build(documents.len(), claims);
                            let reference_dates = reference_dates(&documents, &graph.claims);
                            let cx = RuleContext {
                                knowledge: &knowledge,
                                documents: &documents,
                                facts: &facts,
                                config: &config,
                                reference_dates: &reference_dates,
                            };
                            black_box(rules::check(&cx, &graph))
                        })
                    },
                    BatchSize::LargeInput,
                )
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .with_measurement(ProcessCpu)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10);
    targets = bench_analyze, bench_rules
}
criterion_main!(benches);
