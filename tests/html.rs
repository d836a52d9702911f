//! `discrepancy --format html`, read back with an HTML parser (html5ever, through
//! scraper) and checked against the JSON report and the turns of the same input:
//! the page parses without errors, needs nothing from outside, sets the speakers
//! apart, lists every finding beside the transcript with its values and
//! explanation, and marks both quotes of each finding, linked both ways.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_discrepancy");

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/putin-aliyev-2022-02-22.txt"
);

fn output(args: &[&str], file: &Path) -> String {
    let o = Command::new(BIN).args(args).arg(file).output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    e.text().collect()
}

fn has_class(e: ElementRef, class: &str) -> bool {
    e.value().classes().any(|c| c == class)
}

fn parent(e: ElementRef) -> ElementRef {
    ElementRef::wrap(e.parent().unwrap()).unwrap()
}

/// What a page was found to hold, for the tests to compare with what they expect.
#[derive(Debug, Default)]
struct Seen {
    turns: usize,
    discrepancies: usize,
    agreements: usize,
    marks: usize,
    /// Links from marks back to findings.
    back_links: usize,
}

/// Renders `file` as HTML and checks the page against the JSON report and the turns.
fn check(file: &Path) -> Seen {
    let page = output(&["--format", "html"], file);
    let report: Value = serde_json::from_str(&output(&["--format", "json"], file)).unwrap();
    let turns: Value = serde_json::from_str(&output(&["--format", "turns"], file)).unwrap();
    let doc = Html::parse_document(&page);
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
    let mut seen = Seen::default();

    // Self-contained: nothing loaded from anywhere, no script; links only within the page.
    for tag in [
        "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base",
        "form",
    ] {
        assert_eq!(doc.select(&sel(tag)).count(), 0, "<{tag}> in the page");
    }
    for e in doc.root_element().descendent_elements() {
        for (name, value) in e.value().attrs() {
            assert!(
                name != "src" && !name.starts_with("on") && name != "http-equiv",
                "{name}={value:?} on <{}>",
                e.value().name()
            );
            if name == "href" {
                assert!(value.starts_with('#'), "href={value:?} leaves the page");
            }
            assert!(!value.contains("url("), "{name}={value:?}");
        }
    }
    let styles: Vec<String> = doc.select(&sel("style")).map(text).collect();
    assert_eq!(styles.len(), 1);
    let style = &styles[0];
    for bad in ["url(", "@import", "@font-face", "http:", "https:"] {
        assert!(!style.contains(bad), "{bad} in the style");
    }
    // Readable on a phone, printable.
    assert!(
        doc.select(&sel(r#"meta[name="viewport"]"#))
            .any(|m| m.attr("content").unwrap().contains("width=device-width"))
    );
    assert!(style.contains("@media print") && style.contains("@media (min-width"));

    // Every id once, and every link's target there.
    let mut ids: HashMap<&str, ElementRef> = HashMap::new();
    for e in doc.select(&sel("[id]")) {
        let id = e.attr("id").unwrap();
        assert!(ids.insert(id, e).is_none(), "id {id} twice");
    }
    for a in doc.select(&sel("a[href]")) {
        let target = &a.attr("href").unwrap()[1..];
        assert!(ids.contains_key(target), "#{target} has no target");
    }

    // The speakers set apart: one block per turn, headed by its speaker, in order.
    let blocks: Vec<ElementRef> = doc.select(&sel("section.text div.turn")).collect();
    let expected: Vec<&str> = turns["turns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(blocks.len(), expected.len());
    for (b, speaker) in blocks.iter().zip(&expected) {
        let who: Vec<ElementRef> = b.select(&sel("h3.who")).collect();
        assert_eq!(who.len(), 1);
        let name: String = who[0]
            .children()
            .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
            .collect();
        assert_eq!(name, *speaker);
        assert_eq!(b.select(&sel("p.said")).count(), 1);
    }
    seen.turns = blocks.len();
    let meta = text(doc.select(&sel("article > header p.meta")).next().unwrap());
    for s in report["speakers"].as_array().unwrap() {
        assert!(meta.contains(s.as_str().unwrap()), "{s} not in {meta:?}");
    }

    // Findings in the side list, in the report's order, beside the transcript.
    let side = doc.select(&sel("section.side")).next().unwrap();
    let mut found_marks: HashSet<&str> = HashSet::new();
    for (what, class, id) in [("discrepancies", "disc", "d"), ("agreements", "agree", "a")] {
        let expected = report[what].as_array().unwrap();
        let items: Vec<ElementRef> = side.select(&sel(&format!("li.finding.{class}"))).collect();
        assert_eq!(items.len(), expected.len(), "{what}");
        for (n, (li, f)) in items.iter().zip(expected).enumerate() {
            let li_id = format!("t0-{id}{}", n + 1);
            assert_eq!(li.attr("id"), Some(li_id.as_str()));
            let title = text(li.select(&sel("h3")).next().unwrap());
            assert!(title.ends_with(f["topic"].as_str().unwrap()), "{title}");
            let why = text(li.select(&sel("p.why")).next().unwrap());
            assert_eq!(why, f["explanation"].as_str().unwrap());
            let rule = text(li.select(&sel("p.rule")).next().unwrap());
            assert_eq!(rule, format!("rule: {}", f["rule"].as_str().unwrap()));
            let quotes: Vec<ElementRef> = li.select(&sel("p.quote")).collect();
            assert_eq!(quotes.len(), 2);
            let mut marks_of_finding = Vec::new();
            for (q, e) in quotes.iter().zip([&f["a"], &f["b"]]) {
                let who = text(q.select(&sel(".who")).next().unwrap());
                assert_eq!(who, e["speaker"].as_str().unwrap());
                let quote = text(q.select(&sel("q")).next().unwrap());
                assert_eq!(quote, e["text"].as_str().unwrap());
                // The value beside the quote, when the evidence has one.
                let values: Vec<String> = q.select(&sel(".value")).map(text).collect();
                match e["value"].as_str() {
                    Some(v) => assert_eq!(values, [v]),
                    None => assert!(values.is_empty()),
                }
                // The quote links to its mark in the transcript ...
                let links: Vec<ElementRef> = q.select(&sel("a[href]")).collect();
                assert_eq!(links.len(), 1);
                let target = &links[0].attr("href").unwrap()[1..];
                let mark = ids[target];
                assert_eq!(mark.value().name(), "mark");
                assert!(text(mark).contains(e["text"].as_str().unwrap()));
                assert!(has_class(mark, class) || has_class(mark, "disc"));
                // ... in a turn of the quote's speaker ...
                let said = parent(mark);
                assert!(has_class(said, "said"));
                let turn = parent(said);
                let heading = turn.select(&sel("h3.who")).next().unwrap();
                assert!(text(heading).starts_with(e["speaker"].as_str().unwrap()));
                // ... and the mark links back to the finding.
                let refs = mark
                    .next_siblings()
                    .find_map(ElementRef::wrap)
                    .filter(|s| s.value().name() == "sup" && has_class(*s, "refs"))
                    .expect("no links after a mark");
                let back: Vec<&str> = refs
                    .select(&sel("a[href]"))
                    .map(|a| a.attr("href").unwrap())
                    .collect();
                assert!(back.contains(&format!("#{li_id}").as_str()), "{back:?}");
                marks_of_finding.push(target);
                found_marks.insert(target);
            }
            // Two speakers, two turns: two marks.
            assert_ne!(marks_of_finding[0], marks_of_finding[1]);
        }
        match class {
            "disc" => seen.discrepancies = items.len(),
            _ => seen.agreements = items.len(),
        }
    }

    // Every mark belongs to a finding, and its links back are the findings that quote it.
    let marks: Vec<ElementRef> = doc.select(&sel("section.text mark")).collect();
    seen.marks = marks.len();
    for m in &marks {
        assert!(found_marks.contains(m.attr("id").unwrap()));
    }
    seen.back_links = doc.select(&sel("section.text sup.refs a")).count();
    assert_eq!(
        seen.back_links,
        2 * (seen.discrepancies + seen.agreements),
        "each finding is linked from its two marks"
    );
    seen
}

#[test]
fn seed_page() {
    let seen = check(Path::new(SEED));
    assert_eq!(seen.turns, 3);
    assert_eq!((seen.discrepancies, seen.agreements), (1, 3));
    assert_eq!(seen.marks, 8);
    // The heading of Putin's turn is his name; the rest of the label line ("said:")
    // is not shown as narration.
    let page = output(&["--format", "html"], Path::new(SEED));
    let doc = Html::parse_document(&page);
    let narration: Vec<String> = doc.select(&sel("p.narration")).map(text).collect();
    assert!(
        narration.iter().all(|n| n.trim() != "said:"),
        "{narration:?}"
    );
    assert!(narration.iter().any(|n| n.starts_with("22 February 2022")));
}

/// A long council meeting: four speakers, many items, each item's figure confirmed,
/// corrected or answered with a bare figure, and markup to escape.
fn long_meeting() -> String {
    let speakers = ["Maria Lopez", "Tom Becker", "Aisha Rahman", "Paul Novak"];
    let items = [
        ("clinics", "opened"),
        ("schools", "built"),
        ("bridges", "repaired"),
        ("buses", "bought"),
        ("nurses", "hired"),
        ("parks", "renovated"),
        ("libraries", "opened"),
        ("wells", "drilled"),
        ("kindergartens", "built"),
        ("shelters", "opened"),
        ("tram cars", "ordered"),
        ("fire stations", "built"),
    ];
    let places = [
        "the northern district",
        "the river quarter",
        "Eastfield",
        "the old town",
    ];
    let mut out = String::from("Council meeting, 14 March 2021\n\n");
    for i in 0..120 {
        let (noun, verb) = items[i % items.len()];
        let place = places[(i / items.len()) % places.len()];
        let (a, b, c) = (
            speakers[i % 4],
            speakers[(i + 1) % 4],
            speakers[(i + 2) % 4],
        );
        let n = 12 + i * 7;
        out += &format!(
            "{a}: Let me turn to {noun} in {place}. In 2019 the city {verb} {n} {noun} in \
             {place}, which cost us a great deal of effort & money.\n"
        );
        out += &match i % 3 {
            0 => format!("{b}: That is right, {n} {noun} in {place} in 2019.\n"),
            1 => format!(
                "{b}: No, the city {verb} {} {noun} in {place} in 2019, not {n}.\n",
                2 * n + 5
            ),
            _ => format!("{b}: No, it was {} {noun}.\n", n + 9),
        };
        out += &format!(
            "{c}: Thank you. Let us move on to item <{}> on the agenda.\n",
            i + 2
        );
    }
    out
}

#[test]
fn long_page() {
    let dir = std::env::temp_dir().join(format!("discrepancy-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file: PathBuf = dir.join("council.txt");
    let text = long_meeting();
    assert!(text.len() > 30_000);
    std::fs::write(&file, &text).unwrap();
    let seen = check(&file);
    assert_eq!(seen.turns, 360);
    // Enough of each kind for the checks above to mean something.
    assert!(seen.discrepancies >= 40, "{seen:?}");
    assert!(seen.agreements >= 20, "{seen:?}");
    // Findings share quotes: fewer marks than quotes.
    assert!(seen.marks < seen.back_links, "{seen:?}");
    let page = output(&["--format", "html"], &file);
    assert!(page.contains("item &lt;2&gt; on the agenda") && !page.contains("<2>"));
    std::fs::remove_dir_all(&dir).ok();
}
