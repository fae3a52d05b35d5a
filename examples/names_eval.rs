//! Name matching evaluation: pairwise recall (share of spelling pairs of a group whose keys
//! match, averaged over groups), also for Cyrillic↔Latin pairs, and the false-match rate on pairs
//! of different people with similar names.
//!
//!     cargo run --release --example names_eval -- names.tsv negatives.tsv
//!     cargo run --release --example names_eval -- tests/fixtures/names/cldr-cities.tsv
//!
//! `names.tsv`: `group_id  variant  lang  source` (header); `negatives.tsv`: `a  b  source`.
//! Without a negatives file, every pair of spellings from two different groups is a negative
//! (different places).
//! Set NAMES_EVAL_ERRORS=1 to print missed pairs and false matches.

use std::collections::BTreeMap;

#[path = "support/daitch_mokotoff.rs"]
mod dm;

/// Recall and false matches of one way of matching names.
#[derive(Default)]
struct Stats {
    recall_sum: f64,
    groups: usize,
    persons: (f64, usize),
    places: (f64, usize),
    cross: (usize, usize),
    false_matches: (usize, usize),
}

fn measure(
    groups: &BTreeMap<String, Vec<String>>,
    negatives: &[(String, String)],
    same: &dyn Fn(&str, &str) -> bool,
) -> Stats {
    let mut st = Stats::default();
    for (id, variants) in groups {
        let (mut ok, mut n) = (0, 0);
        for i in 0..variants.len() {
            for j in i + 1..variants.len() {
                let m = same(&variants[i], &variants[j]);
                n += 1;
                ok += usize::from(m);
                if is_cyrillic(&variants[i]) != is_cyrillic(&variants[j]) {
                    st.cross.1 += 1;
                    st.cross.0 += usize::from(m);
                }
            }
        }
        if n > 0 {
            let r = ok as f64 / n as f64;
            st.recall_sum += r;
            st.groups += 1;
            let bucket = if id.starts_with("per:") {
                &mut st.persons
            } else {
                &mut st.places
            };
            bucket.0 += r;
            bucket.1 += 1;
        }
    }
    for (a, b) in negatives {
        st.false_matches.1 += 1;
        st.false_matches.0 += usize::from(same(a, b));
    }
    st
}

fn is_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{400}'..='\u{52F}').contains(&c))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (groups_path, negatives_path) = match &args[..] {
        [g, n] => (g, Some(n)),
        [g] => (g, None),
        _ => {
            eprintln!("usage: names_eval names.tsv [negatives.tsv]");
            std::process::exit(2);
        }
    };
    let show = std::env::var_os("NAMES_EVAL_ERRORS").is_some();
    let chart = dm::Chart::load();
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in std::fs::read_to_string(groups_path)
        .unwrap()
        .lines()
        .skip(1)
    {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 2 {
            groups
                .entry(c[0].to_string())
                .or_default()
                .push(c[1].to_string());
        }
    }
    let (mut recall_sum, mut n_groups) = (0.0, 0);
    let (mut cross_ok, mut cross_n) = (0, 0);
    let (mut persons, mut places) = ((0.0, 0), (0.0, 0));
    // name_similarity of every positive pair (group, cross-script) and every negative pair.
    let mut scored: Vec<(String, bool, f32)> = Vec::new();
    for (id, variants) in &groups {
        let keys: Vec<String> = variants.iter().map(|v| pagenorm::name_key(v)).collect();
        let (mut ok, mut n) = (0, 0);
        for i in 0..variants.len() {
            for j in i + 1..variants.len() {
                n += 1;
                let same = pagenorm::same_name(&variants[i], &variants[j]);
                ok += usize::from(same);
                scored.push((
                    id.clone(),
                    is_cyrillic(&variants[i]) != is_cyrillic(&variants[j]),
                    pagenorm::name_similarity(&variants[i], &variants[j]),
                ));
                if is_cyrillic(&variants[i]) != is_cyrillic(&variants[j]) {
                    cross_n += 1;
                    cross_ok += usize::from(same);
                }
                if show && !same {
                    println!(
                        "miss: {:?} [{}] ~ {:?} [{}]{}",
                        variants[i],
                        keys[i],
                        variants[j],
                        keys[j],
                        if dm::same(&chart, &variants[i], &variants[j]) {
                            " (Daitch–Mokotoff matches)"
                        } else {
                            ""
                        }
                    );
                }
            }
        }
        if n > 0 {
            let r = ok as f64 / n as f64;
            if show && ok < n {
                println!("group {id}: {ok}/{n} pairs ({:.1} %)", 100.0 * r);
            }
            recall_sum += r;
            n_groups += 1;
            let bucket = if id.starts_with("per:") {
                &mut persons
            } else {
                &mut places
            };
            bucket.0 += r;
            bucket.1 += 1;
        }
    }
    let (mut fm, mut neg) = (0, 0);
    let mut negatives: Vec<f32> = Vec::new();
    let negative_pairs: Vec<(String, String)> = match negatives_path {
        Some(path) => std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .skip(1)
            .filter_map(|line| {
                let c: Vec<&str> = line.split('\t').collect();
                (c.len() >= 2).then(|| (c[0].to_string(), c[1].to_string()))
            })
            .collect(),
        None => {
            let all: Vec<(&String, &String)> = groups
                .iter()
                .flat_map(|(g, vs)| vs.iter().map(move |v| (g, v)))
                .collect();
            let mut pairs = Vec::new();
            for (i, (ga, a)) in all.iter().enumerate() {
                for (gb, b) in &all[i + 1..] {
                    if ga != gb {
                        pairs.push(((*a).clone(), (*b).clone()));
                    }
                }
            }
            pairs
        }
    };
    for (a, b) in &negative_pairs {
        let c = [a.as_str(), b.as_str()];
        {
            neg += 1;
            let same = pagenorm::same_name(c[0], c[1]);
            fm += usize::from(same);
            negatives.push(pagenorm::name_similarity(c[0], c[1]));
            if show && same {
                println!(
                    "false match: {:?} ~ {:?} [{}]",
                    c[0],
                    c[1],
                    pagenorm::name_key(c[0])
                );
            }
        }
    }
    let pct = |a: f64| format!("{:.1}%", 100.0 * a);
    println!(
        "pairwise recall, averaged over {n_groups} groups: {}",
        pct(recall_sum / n_groups.max(1) as f64)
    );
    if persons.1 > 0 {
        println!(
            "  persons ({} groups): {}",
            persons.1,
            pct(persons.0 / persons.1 as f64)
        );
    }
    if places.1 > 0 {
        println!(
            "  places ({} groups): {}",
            places.1,
            pct(places.0 / places.1 as f64)
        );
    }
    println!(
        "  Cyrillic↔Latin pairs: {} of {cross_n}",
        pct(cross_ok as f64 / cross_n.max(1) as f64)
    );
    println!(
        "false matches on different people or places: {} of {neg} pairs ({})",
        fm,
        pct(fm as f64 / neg.max(1) as f64)
    );
    // Beside the Daitch–Mokotoff baseline, computed on the same pairs in this run.
    let ours = measure(&groups, &negative_pairs, &|a, b| pagenorm::same_name(a, b));
    let base = measure(&groups, &negative_pairs, &|a, b| dm::same(&chart, a, b));
    let ratio = |(a, n): (f64, usize)| {
        if n == 0 {
            "–".to_string()
        } else {
            pct(a / n as f64)
        }
    };
    let count = |(a, n): (usize, usize)| format!("{} ({a}/{n})", pct(a as f64 / n.max(1) as f64));
    println!("| | pagenorm same_name | Daitch–Mokotoff (after ASCII folding) |");
    println!("|---|---|---|");
    for (label, f) in [
        (
            "recall, averaged over groups",
            &(|s: &Stats| ratio((s.recall_sum, s.groups))) as &dyn Fn(&Stats) -> String,
        ),
        ("  persons", &|s: &Stats| ratio(s.persons)),
        ("  places", &|s: &Stats| ratio(s.places)),
        ("  Cyrillic↔Latin pairs", &|s: &Stats| count(s.cross)),
        ("false matches", &|s: &Stats| count(s.false_matches)),
    ] {
        println!("| {label} | {} | {} |", f(&ours), f(&base));
    }
    // The similarity score at each threshold: recall (averaged over groups), Cyrillic↔Latin
    // recall, false matches.
    println!("name_similarity ≥ t | recall | Cyrillic↔Latin | false matches");
    for t in [0.7f32, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0] {
        let mut per_group: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        let (mut cross_ok, mut cross_n) = (0, 0);
        for (g, cross, sim) in &scored {
            let e = per_group.entry(g.as_str()).or_default();
            e.1 += 1;
            e.0 += usize::from(*sim >= t);
            if *cross {
                cross_n += 1;
                cross_ok += usize::from(*sim >= t);
            }
        }
        let recall = per_group
            .values()
            .map(|(a, n)| *a as f64 / *n as f64)
            .sum::<f64>()
            / per_group.len().max(1) as f64;
        let fm = negatives.iter().filter(|&&s| s >= t).count();
        let marker = if t == pagenorm::names::SAME_NAME_THRESHOLD {
            " (sameName's threshold)"
        } else {
            ""
        };
        println!(
            "  {t:.2}{marker} | {} | {} | {} ({})",
            pct(recall),
            pct(cross_ok as f64 / cross_n.max(1) as f64),
            fm,
            pct(fm as f64 / negatives.len().max(1) as f64)
        );
    }
    let names: Vec<&String> = groups.values().flatten().collect();
    let t0 = std::time::Instant::now();
    let mut reps = 0;
    while t0.elapsed().as_millis() < 1000 {
        for n in &names {
            std::hint::black_box(pagenorm::name_key(n));
        }
        reps += 1;
    }
    println!(
        "name_key: {:.0} names/s",
        (names.len() * reps) as f64 / t0.elapsed().as_secs_f64()
    );
}
