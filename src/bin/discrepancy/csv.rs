//! `--format csv`: a header, then one row per finding (RFC 4180 quoting).

use discrepancy::{Evidence, Found};

const COLUMNS: &[&str] = &[
    "file",
    "finding",
    "topic",
    "category",
    "rule",
    "confidence",
    "severity",
    "speaker_a",
    "quote_a",
    "value_a",
    "start_a",
    "end_a",
    "speaker_b",
    "quote_b",
    "value_b",
    "start_b",
    "end_b",
    "explanation",
];

/// The header line.
pub fn header() -> String {
    line(COLUMNS.iter().map(|c| c.to_string()))
}

/// One finding's row; `file` is the input's name as given (`-` for standard input).
pub fn row(file: &str, f: &Found) -> String {
    let (which, x) = match f {
        Found::Discrepancy(x) => ("discrepancy", x),
        Found::Agreement(x) => ("agreement", x),
    };
    let side = |e: &Evidence| {
        [
            e.speaker.clone(),
            e.text.clone(),
            e.value.clone().unwrap_or_default(),
            e.start.to_string(),
            e.end.to_string(),
        ]
    };
    let category = serde_json::to_value(x.category)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{:?}", x.category));
    let fields = [
        file.to_string(),
        which.to_string(),
        x.topic.clone(),
        category,
        x.rule.to_string(),
        format!("{:.3}", x.confidence),
        format!("{:.3}", x.severity),
    ]
    .into_iter()
    .chain(side(&x.a))
    .chain(side(&x.b))
    .chain([x.explanation.clone()]);
    line(fields)
}

/// Fields joined by commas, each quoted where it must be, and a newline.
fn line(fields: impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for (n, f) in fields.enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(&quote(&f));
    }
    out.push('\n');
    out
}

/// A field as CSV writes it: in double quotes, inner quotes doubled, when it holds a
/// comma, a quote, a line break or leading or trailing space; else as it is.
fn quote(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) || f.trim() != f {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
    }
}
