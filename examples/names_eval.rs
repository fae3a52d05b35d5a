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
                        "miss: {:?} [{}] ~ {:?} [{}]",
                        variants[i], keys[i], variants[j], keys[j]
                    );
                }
            }
        }
        if n > 0 {
            let r = ok as f64 / n as f64;
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
