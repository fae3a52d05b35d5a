//! The Daitch–Mokotoff baseline of `examples/names_eval` codes names as the published chart
//! does: these are the worked examples of Mokotoff's description of the system (JewishGen,
//! "Soundexing and Genealogy") and codes derived by hand from its chart.

#[path = "../examples/support/daitch_mokotoff.rs"]
mod dm;

fn codes(chart: &dm::Chart, w: &str) -> Vec<String> {
    chart.codes(w).into_iter().collect()
}

#[test]
fn published_examples() {
    let chart = dm::Chart::load();
    assert_eq!(codes(&chart, "Moskowitz"), ["645740"]);
    assert_eq!(codes(&chart, "Moskovitz"), ["645740"]);
    assert_eq!(codes(&chart, "Auerbach"), ["097400", "097500"]);
    assert_eq!(codes(&chart, "Ohrbach"), ["097400", "097500"]);
    assert_eq!(codes(&chart, "Lipshitz"), ["874400"]);
    assert_eq!(codes(&chart, "Lewinsky"), ["876450"]);
    assert_eq!(codes(&chart, "Levinski"), ["876450"]);
    assert_eq!(codes(&chart, "Szlamawicz"), ["486740"]);
    assert_eq!(codes(&chart, "Shlamovitz"), ["486740"]);
    assert_eq!(codes(&chart, "Peters"), ["734000", "739400"]);
}

#[test]
fn names_across_scripts() {
    let chart = dm::Chart::load();
    // Case is kept for Latin letters; the chart codes either case.
    assert_eq!(dm::to_ascii("Лукашенко"), "lukasenko");
    assert_eq!(dm::to_ascii("Łukašenka"), "lukasenka");
    // Daitch–Mokotoff's own strength: sh/sz/s and final vowels.
    assert!(dm::same(&chart, "Lukashenko", "Лукашенко"));
    assert!(dm::same(&chart, "Łukašenka", "Lukashenko"));
    // Its known false match (the example): t and d both 3.
    assert!(dm::same(&chart, "MURADOV", "MURATOV"));
    // Word order free, initials left out.
    assert!(dm::same(&chart, "Царукян, Гагик", "Gagik Tsarukyan"));
    assert!(!dm::same(&chart, "Tokayev", "Tokarev"));
    assert!(!dm::same(&chart, "", "Tokarev"));
}
