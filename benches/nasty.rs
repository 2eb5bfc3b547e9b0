//! Superlinear-time check: parse + render_html of generated nasty inputs
//! (deep nesting, runs of quote marks and dashes, huge lines, many blank,
//! related and timestamp-like lines, many quotes and speakers). For each,
//! the cost per byte is printed relative to the seed article's, at 64 KB
//! and at 1 MB (a cost that grows with size is superlinear), with the
//! parse-only ratio and how much HTML each input byte becomes (markup-heavy
//! inputs cost more to render per byte, linearly). Anything above 2x the
//! seed is FLAGGED.

// Criterion and the timing are native only; a wasm32 build (clippy
// --all-targets) gets an empty main.
#[cfg(not(target_arch = "wasm32"))]
mod nasty {
    use std::time::Instant;

    use article_widget::render::{render_html, RenderOptions};
    use article_widget::{parse, ParseOptions};
    use criterion::{black_box, criterion_group, BenchmarkId, Criterion, Throughput};

    const SEED: &str = include_str!("../tests/fixtures/ru-lavrov-aleppo.txt");
    /// Cost per byte allowed relative to the seed.
    const LIMIT: f64 = 2.0;
    const SMALL: usize = 64 << 10;
    const LARGE: usize = 1 << 20;

    /// `head` then `unit` repeated (numbered where `unit` has `{n}`) up to `bytes`.
    fn repeated(head: &str, unit: &str, bytes: usize) -> String {
        let mut s = String::with_capacity(bytes + unit.len() * 2);
        s.push_str(head);
        let mut n = 0u32;
        while s.len() < bytes {
            s.push_str(&unit.replace("{n}", &n.to_string()));
            n += 1;
        }
        s
    }

    /// `open` repeated, a word, then `close` repeated: nesting as deep as fits.
    fn nested(open: &str, close: &str, bytes: usize) -> String {
        let depth = bytes / (open.len() + close.len()).max(1);
        [
            "Заголовок\n\n",
            &open.repeat(depth),
            "текст",
            &close.repeat(depth),
        ]
        .concat()
    }

    type Generator = fn(usize) -> String;

    const NASTY: &[(&str, Generator)] = &[
        ("nesting «„…“»", |b| nested("«„", "“»", b)),
        ("nesting “‘…’”", |b| nested("“‘", "’”", b)),
        ("nesting unclosed «„", |b| nested("«„", "", b)),
        ("run of «", |b| repeated("Заголовок\n\n", "«", b)),
        ("run of \"", |b| repeated("Title\n\n", "\"", b)),
        ("run of '", |b| repeated("Title\n\n", "'", b)),
        ("run of »", |b| repeated("Заголовок\n\n", "»", b)),
        ("run of —", |b| repeated("Заголовок\n\n", "—", b)),
        ("run of - ", |b| repeated("Заголовок\n\n", "- ", b)),
        ("alternating «—»—", |b| {
            repeated("Заголовок\n\n", "«—»— ", b)
        }),
        ("alternating \"-", |b| repeated("Title\n\n", "\" - ", b)),
        ("dash dialogue lines", |b| {
            repeated("Заголовок\n\n", "— Да, — сказал он.\n", b)
        }),
        ("huge line", |b| {
            repeated("Заголовок\n\n", &SEED.replace('\n', " "), b)
        }),
        ("huge title", |b| repeated("", "Заголовок ", b)),
        ("blank lines", |b| {
            repeated("Заголовок\n\n", "\n \n\t\nслово", b)
        }),
        ("related lines", |b| {
            repeated(
                "Заголовок\n\nТекст.\n\n",
                "ЧИТАЙТЕ ТАКЖЕ: Новость {n} https://example.org/{n}\n",
                b,
            )
        }),
        ("timestamp-like lines", |b| {
            repeated(
                "Заголовок\n\n",
                "15:51 03/05/2016\n3 мая 2016, 15:51 МСК\n\n",
                b,
            )
        }),
        ("quotes in one paragraph", |b| {
            repeated("Заголовок\n\n", "«Да», - сказал Лавров. ", b)
        }),
        ("many speakers", |b| {
            repeated(
                "Заголовок\n\n",
                "«Да», - сказал министр Иван Петров{n}. «Нет», - ответил он.\n\n",
                b,
            )
        }),
        ("capitalised words", |b| {
            repeated("Заголовок\n\n", "Сергей Лавров Стаффан Мистура ", b)
        }),
        ("unclosed quote per paragraph", |b| {
            repeated("Заголовок\n\n", "«Слово и слово\n\n", b)
        }),
        ("seed repeated", |b| {
            repeated("", &[SEED, "\n\n"].concat(), b)
        }),
    ];

    fn parse_render(text: &str) -> usize {
        let article = parse(text, &ParseOptions::default());
        render_html(&article, &RenderOptions::default()).len()
    }

    fn parse_only(text: &str) -> usize {
        parse(text, &ParseOptions::default()).body.len()
    }

    /// What is timed: parse + render, or parse alone; returns a size so
    /// that the work is not optimised away.
    type Work = fn(&str) -> usize;

    /// Rounds per measurement, and the least time of each.
    const ROUNDS: usize = 7;
    const ROUND_MS: u128 = 40;

    /// Nanoseconds per input byte of each `(text, work)` job: the fastest
    /// of `ROUNDS` rounds of at least `ROUND_MS` each. The jobs take turns
    /// round by round, so the seed is timed under the same load from other
    /// processes as the inputs it is compared with.
    fn ns_per_byte(jobs: &[(&str, Work)]) -> Vec<f64> {
        let mut best = vec![f64::INFINITY; jobs.len()];
        for _ in 0..ROUNDS {
            for (&(text, work), best) in jobs.iter().zip(&mut best) {
                let start = Instant::now();
                let mut runs = 0u32;
                while start.elapsed().as_millis() < ROUND_MS || runs < 2 {
                    black_box(work(black_box(text)));
                    runs += 1;
                }
                let ns = start.elapsed().as_nanos() as f64 / f64::from(runs);
                *best = best.min(ns / text.len() as f64);
            }
        }
        best
    }

    fn bench(c: &mut Criterion) {
        let mut group = c.benchmark_group("nasty");
        group.sample_size(10);
        for (name, generate) in NASTY {
            let text = generate(SMALL);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
                b.iter(|| parse_render(black_box(text)))
            });
        }
        group.finish();

        let seed_times = ns_per_byte(&[(SEED, parse_render), (SEED, parse_only)]);
        let (seed, seed_parse) = (seed_times[0], seed_times[1]);
        let seed_out = parse_render(SEED) as f64 / SEED.len() as f64;
        println!(
            "\nCost per input byte relative to the seed (parse+render {seed:.1} ns/byte, \
             parse {seed_parse:.1} ns/byte, {seed_out:.1} bytes of HTML per byte), limit {LIMIT}x;\n\
             each ratio against the seed timed in the same rounds:"
        );
        println!(
            "  {:>30}  {:>9}  {:>9}  {:>11}  {:>14}",
            "input", "64 KB", "1 MB", "parse, 1 MB", "HTML per byte"
        );
        let mut flagged = Vec::new();
        for (name, generate) in NASTY {
            let (small, large) = (generate(SMALL), generate(LARGE));
            let t = ns_per_byte(&[
                (SEED, parse_render),
                (&small, parse_render),
                (&large, parse_render),
                (SEED, parse_only),
                (&large, parse_only),
            ]);
            let small_ratio = t[1] / t[0];
            let large_ratio = t[2] / t[0];
            let parse_ratio = t[4] / t[3];
            let out = parse_render(&large) as f64 / large.len() as f64 / seed_out;
            let bad = small_ratio > LIMIT || large_ratio > LIMIT;
            if bad {
                flagged.push(*name);
            }
            println!(
                "  {name:>30}  {small_ratio:>8.2}x  {large_ratio:>8.2}x  {parse_ratio:>10.2}x  {out:>13.2}x{}",
                if bad { "  <-- FLAG: above the limit" } else { "" }
            );
        }
        if flagged.is_empty() {
            println!("nasty: every input within {LIMIT}x of the seed's cost per byte");
        } else {
            println!(
                "nasty: FLAGGED {} input(s) above {LIMIT}x: {}",
                flagged.len(),
                flagged.join(", ")
            );
        }
    }

    criterion_group!(benches, bench);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(nasty::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
