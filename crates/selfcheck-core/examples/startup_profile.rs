//! Where start-up time goes in the core (run natively; `cargo xtask bench` measures the browser).
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let set = selfcheck_core::catalog::CatalogSet::from_files(selfcheck_core::catalog::BUILTIN_FILES).unwrap();
    println!("catalogs parse+validate+digest: {:?}", t.elapsed());
    let t = Instant::now();
    for (_, text) in selfcheck_core::catalog::BUILTIN_FILES {
        std::hint::black_box(selfcheck_core::catalog::content_sha256(text));
    }
    println!("digests alone: {:?}", t.elapsed());
    let t = Instant::now();
    let cats = set.for_audience(selfcheck_core::catalog::Audience::Provider);
    std::hint::black_box(selfcheck_core::scoring::summarize(&cats, &Default::default(), &Default::default()));
    println!("summarize: {:?}", t.elapsed());
    let t = Instant::now();
    std::hint::black_box(selfcheck_core::agency::rule_texts("state_secret"));
    std::hint::black_box(selfcheck_core::sources::all());
    println!("rule texts + sources: {:?}", t.elapsed());
}
