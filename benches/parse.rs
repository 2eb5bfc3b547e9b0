//! Parse throughput: the seed article, generated 1 MB and 10 MB articles,
//! and pathological inputs (100,000 unmatched «, one 1 MB line, 100,000
//! nested quotes). Criterion prints wall-clock throughput; the summary after
//! it gives MB/s by CPU time and each input's cost per byte relative to the
//! seed's. Built with `[profile.bench]` (Cargo.toml): opt-level 3, as a
//! native user builds for speed; the wasm release build uses opt-level "z".

// Criterion and the timing are native only; a wasm32 build (clippy
// --target wasm32-unknown-unknown --all-targets) gets an empty main.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::time::Instant;

    use article_widget::{parse, ParseOptions};
    use criterion::{black_box, criterion_group, BenchmarkId, Criterion, Throughput};

    const SEED: &str = include_str!("../tests/fixtures/ru-lavrov-aleppo.txt");
    const MORE: &[&str] = &[
        include_str!("../tests/fixtures/ru-dash-dialogue.txt"),
        include_str!("../tests/fixtures/en-reuters-rail.txt"),
        include_str!("../tests/fixtures/ru-nested-quotes.txt"),
        include_str!("../tests/fixtures/families/en-ap-council.txt"),
        include_str!("../tests/fixtures/families/ru-tass-multipara.txt"),
    ];

    /// An article of at least `bytes` bytes: a title and timestamp, then the
    /// bodies of the fixtures over and over.
    fn generated(bytes: usize) -> String {
        let bodies: Vec<&str> = std::iter::once(SEED)
            .chain(MORE.iter().copied())
            .map(|t| t.splitn(3, "\n\n").nth(2).unwrap_or(t))
            .collect();
        let mut s = String::from("Заголовок\n\n3 мая 2016, 15:51\n\n");
        for body in bodies.iter().cycle() {
            if s.len() >= bytes {
                break;
            }
            s.push_str(body);
            s.push_str("\n\n");
        }
        s
    }

    fn one_line(bytes: usize) -> String {
        let line = SEED.replace('\n', " ");
        let mut s = String::from("Title\n\n");
        while s.len() < bytes {
            s.push_str(&line);
        }
        s
    }

    fn inputs() -> Vec<(&'static str, String)> {
        vec![
            ("seed", SEED.to_string()),
            ("generated 1 MB", generated(1 << 20)),
            ("generated 10 MB", generated(10 << 20)),
            (
                "100k unmatched «",
                format!("Title\n\n{}", "«слово ".repeat(100_000)),
            ),
            ("one 1 MB line", one_line(1 << 20)),
            (
                "100k nested quotes",
                format!(
                    "Title\n\n{}текст{}",
                    "«".repeat(100_000),
                    "»".repeat(100_000)
                ),
            ),
        ]
    }

    /// Nanoseconds this thread has spent on a CPU (user + system, in 10 ms
    /// ticks) on Linux; `None` elsewhere. The machine is shared, so CPU time
    /// rather than wall time gives figures that do not depend on the load of
    /// other processes.
    fn cpu_ns() -> Option<u64> {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
        let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
        let user: u64 = fields.next()?.parse().ok()?;
        let system: u64 = fields.next()?.parse().ok()?;
        Some((user + system) * 10_000_000)
    }

    /// Nanoseconds per byte of one parse, over at least 1 s of CPU time
    /// (wall time where CPU time is unavailable).
    fn ns_per_byte(text: &str) -> f64 {
        let options = ParseOptions::default();
        let wall = Instant::now();
        let cpu = cpu_ns();
        let mut runs = 0u32;
        let elapsed = || match (cpu, cpu_ns()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => wall.elapsed().as_nanos() as u64,
        };
        while elapsed() < 1_000_000_000 || runs < 3 {
            black_box(parse(black_box(text), &options));
            runs += 1;
        }
        elapsed() as f64 / f64::from(runs) / text.len() as f64
    }

    fn bench(c: &mut Criterion) {
        let options = ParseOptions::default();
        let inputs = inputs();
        let mut group = c.benchmark_group("parse");
        for (name, text) in &inputs {
            group.throughput(Throughput::Bytes(text.len() as u64));
            if text.len() > 4 << 20 {
                group.sample_size(10);
            }
            group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
                b.iter(|| parse(black_box(text), &options))
            });
        }
        group.finish();

        let seed = ns_per_byte(SEED);
        println!(
            "\nsummary by CPU time (MB = 10^6 bytes; native, [profile.bench] opt-level {}):",
            OPT_LEVEL
        );
        for (name, text) in &inputs {
            let ns = ns_per_byte(text);
            println!(
                "  {name:>20}: {:>8} bytes  {:>8.1} MB/s  {:>5.2}x the seed's cost per byte",
                text.len(),
                1e3 / ns,
                ns / seed
            );
        }
    }

    /// The optimisation level of `[profile.bench]` in Cargo.toml, or the
    /// one `CARGO_PROFILE_BENCH_OPT_LEVEL=z` sets to measure the size build.
    const OPT_LEVEL: &str = match option_env!("CARGO_PROFILE_BENCH_OPT_LEVEL") {
        Some(level) => level,
        None => "3",
    };

    criterion_group!(benches, bench);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);
