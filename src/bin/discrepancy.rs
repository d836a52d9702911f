//! `discrepancy`: finds where the speakers of a transcript disagree on numbers or facts.
//!
//! The command-line face of the library: reads one or more transcripts (or JSON
//! lines with `--batch`), runs the [`Detector`] with the settings given, and
//! writes the findings as text, JSON, JSON lines, CSV or a self-contained HTML page.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, ValueEnum};
use discrepancy::quantity::Date;
use discrepancy::{DEFAULT_MAX_INPUT_BYTES, Detector, Found, Layout, Transcript};

// The submodules live in src/bin/discrepancy/, where Cargo does not take them for binaries.
#[path = "discrepancy/batch.rs"]
mod batch;
#[path = "discrepancy/csv.rs"]
mod csv;
#[path = "discrepancy/html.rs"]
mod html;

/// Exit status of a run whose inputs could not all be read, or whose arguments are wrong.
const INPUT_ERROR: u8 = 2;

const AFTER_HELP: &str = "\
Exit status:
  0  success (whether or not discrepancies were found)
  1  the output could not be written
  2  a usage error (unknown option, bad value), or an input that could not be
     read: a missing or unreadable file, not UTF-8, empty, above
     --max-input-bytes, malformed cues or JSON; with --batch, any record that
     could not be analysed (its line says why; the others are still written)

Examples:
  discrepancy --date 2017-03-15 meeting.txt
  discrepancy --format html meeting.txt > report.html
  discrepancy --format csv hearing-*.txt > findings.csv
  discrepancy --batch --threads 4 < transcripts.jsonl > reports.jsonl";

/// Finds where the speakers of a transcript disagree on numbers or facts.
///
/// Reads a meeting, debate, interview, hearing or earnings call (speaker labels,
/// WebVTT, SRT or JSON turns; the layout is detected), aligns what different
/// speakers say about the same topic and reports where their figures or facts
/// disagree, with both quotes and their byte spans in the input.
#[derive(Debug, Parser)]
#[command(name = "discrepancy", version, about, long_about, after_help = AFTER_HELP)]
struct Cli {
    /// Transcripts to read; `-` reads standard input. With --batch: files of JSON
    /// lines (none: standard input).
    #[arg(value_name = "FILE")]
    files: Vec<String>,

    /// What to write [default: text; with --batch: jsonl].
    #[arg(short, long, value_enum)]
    format: Option<Format>,

    /// The date of the event, YYYY-MM-DD (or "17 March 2021"): "last year" and
    /// "two months ago" resolve against it. Default: the date the transcript states.
    /// With --batch: the date of the records that carry no "date".
    #[arg(short, long, value_name = "DATE")]
    date: Option<Date>,

    /// The transcript layout, instead of detecting it.
    #[arg(long, value_enum, default_value_t = LayoutArg::Auto)]
    layout: LayoutArg,

    /// Extra relative tolerance when comparing figures, on top of hedges and
    /// rounding (0..=1; 0.05 lets 100 and 104 agree).
    #[arg(long, value_name = "REL", default_value_t = 0.0)]
    tolerance: f64,

    /// Minimum topic similarity for two claims to be compared (0..=2).
    #[arg(long, value_name = "SCORE", default_value_t = 0.45)]
    min_similarity: f64,

    /// Leave out findings below this confidence (0..=1).
    #[arg(long, value_name = "C", default_value_t = 0.0)]
    min_confidence: f64,

    /// Refuse an input (a file, or a --batch record's text) larger than this many bytes.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: usize,

    /// JSON lines in, JSON lines out: each input line `{"id", "text", "date"?}`,
    /// each output line `{"id", "report"}` or `{"id", "error"}`, in input order.
    #[arg(long)]
    batch: bool,

    /// Threads for --batch (default: one per core).
    #[arg(short = 'j', long, value_name = "N", requires = "batch")]
    threads: Option<usize>,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A readable report.
    Text,
    /// The report as JSON (an array of `{"file", "report"}` for several files).
    Json,
    /// One finding a line, as JSON.
    Jsonl,
    /// A header, then one finding a row.
    Csv,
    /// A self-contained page: the transcript with both quotes of each finding marked.
    Html,
    /// Speakers and turns as byte spans, for checking attribution.
    Turns,
    /// Every figure found, with its speaker, mode, counted noun and scope.
    Claims,
    /// Every sentence with what it does in the conversation (statement, question,
    /// assent, denial, …) and the sentence it answers.
    Moves,
    /// Every candidate pair and the rule that decided it, reported or not.
    Trace,
    /// The rules the detector applies, with their descriptions (no FILE needed).
    Rules,
}

/// `--layout` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LayoutArg {
    /// Detect it.
    Auto,
    /// `Name: text` labels (also `Name said:`, `Q.`/`A.`, `Mr. SMITH.` and the like).
    Labelled,
    /// A speaker's name alone on a line, the speech below (Hansard).
    NameLines,
    /// WebVTT subtitles.
    Webvtt,
    /// SRT subtitles.
    Srt,
    /// A JSON array of `{"speaker", "text", "start", "end"}` turns.
    Json,
}

impl LayoutArg {
    fn layout(self) -> Option<Layout> {
        Some(match self {
            LayoutArg::Auto => return None,
            LayoutArg::Labelled => Layout::Labelled,
            LayoutArg::NameLines => Layout::NameLines,
            LayoutArg::Webvtt => Layout::WebVtt,
            LayoutArg::Srt => Layout::Srt,
            LayoutArg::Json => Layout::Json,
        })
    }
}

/// Settings shared by every input of a run.
struct Settings {
    detector: Detector,
    date: Option<Date>,
    layout: Option<Layout>,
    max_input_bytes: usize,
}

impl Settings {
    /// Reads `text` as a transcript, as the settings say: the size limit, the layout, the date.
    fn transcript(&self, text: &str) -> discrepancy::Result<Transcript> {
        if text.len() > self.max_input_bytes {
            return Err(discrepancy::ErrorKind::TooLarge {
                size: text.len(),
                limit: self.max_input_bytes,
            }
            .into());
        }
        let t = match self.layout {
            Some(l) => Transcript::parse_as(text, l)?,
            None => Transcript::parse(text)?,
        };
        Ok(match self.date {
            Some(d) => t.with_date(d),
            None => t,
        })
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let detector = match Detector::builder()
        .tolerance(cli.tolerance)
        .min_similarity(cli.min_similarity)
        .min_confidence(cli.min_confidence)
        .max_input_bytes(cli.max_input_bytes)
        .build()
    {
        Ok(d) => d,
        Err(e) => usage_error(&e.to_string()),
    };
    let settings = Settings {
        detector,
        date: cli.date,
        layout: cli.layout.layout(),
        max_input_bytes: cli.max_input_bytes,
    };
    if cli.batch {
        if cli.format.is_some_and(|f| f != Format::Jsonl) {
            usage_error("--batch writes JSON lines (--format jsonl), no other format");
        }
        return batch::run(&settings, &cli.files, cli.threads);
    }
    let format = cli.format.unwrap_or(Format::Text);
    if format == Format::Rules {
        return finish(write_out(&discrepancy::dump::rules()));
    }
    if cli.files.is_empty() {
        usage_error("no FILE given (use - to read standard input)");
    }
    run(&cli.files, format, &settings)
}

/// A transcript read from its file.
struct Input {
    /// The name as given (`-` for standard input).
    name: String,
    transcript: Transcript,
}

/// Reads every file, reporting those that cannot be read; then writes the output.
fn run(files: &[String], format: Format, settings: &Settings) -> ExitCode {
    let mut inputs = Vec::new();
    let mut failed = false;
    for name in files {
        match read_input(name, settings) {
            Ok(transcript) => inputs.push(Input {
                name: name.clone(),
                transcript,
            }),
            Err(msg) => {
                eprintln!("discrepancy: {msg}");
                failed = true;
            }
        }
    }
    let several = files.len() > 1;
    let d = &settings.detector;
    let written = match format {
        Format::Text => {
            let mut out = String::new();
            for (n, i) in inputs.iter().enumerate() {
                if several {
                    if n > 0 {
                        out.push('\n');
                    }
                    out.push_str(&format!("==> {} <==\n", display_name(&i.name)));
                }
                out.push_str(&d.analyze(&i.transcript).to_string());
            }
            write_out(&out)
        }
        Format::Json => write_json(d, &inputs, several),
        Format::Jsonl => {
            let mut out = String::new();
            for i in &inputs {
                for f in findings(d, &i.transcript) {
                    out.push_str(&finding_json(several.then_some(i.name.as_str()), &f));
                    out.push('\n');
                }
            }
            write_out(&out)
        }
        Format::Csv => {
            let mut out = csv::header();
            for i in &inputs {
                for f in findings(d, &i.transcript) {
                    out.push_str(&csv::row(&i.name, &f));
                }
            }
            write_out(&out)
        }
        Format::Html => {
            let docs: Vec<html::Doc> = inputs
                .iter()
                .map(|i| html::Doc::new(&i.name, &i.transcript, d))
                .collect();
            write_out(&html::page(&docs))
        }
        Format::Turns => write_out(
            &inputs
                .iter()
                .map(|i| discrepancy::dump::turns(&i.transcript) + "\n")
                .collect::<String>(),
        ),
        Format::Claims => write_out(
            &inputs
                .iter()
                .map(|i| discrepancy::dump::claims(&i.transcript))
                .collect::<String>(),
        ),
        Format::Moves => write_out(
            &inputs
                .iter()
                .map(|i| discrepancy::dump::moves(&i.transcript))
                .collect::<String>(),
        ),
        Format::Trace => write_out(
            &inputs
                .iter()
                .map(|i| discrepancy::dump::trace(d, &i.transcript))
                .collect::<String>(),
        ),
        Format::Rules => write_out(&discrepancy::dump::rules()),
    };
    if failed {
        return ExitCode::from(INPUT_ERROR);
    }
    finish(written)
}

/// The findings of `t`, as the report lists them: the discrepancies, then the agreements.
fn findings(d: &Detector, t: &Transcript) -> Vec<Found> {
    let r = d.analyze(t);
    let disc = r.discrepancies.into_iter().map(Found::Discrepancy);
    disc.chain(r.agreements.into_iter().map(Found::Agreement))
        .collect()
}

/// A finding as one line of JSON: the file (when several are read), `"finding"`
/// (`discrepancy` or `agreement`), then the finding's fields.
fn finding_json(file: Option<&str>, f: &Found) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        file: Option<&'a str>,
        finding: &'a str,
        #[serde(flatten)]
        fields: &'a discrepancy::Finding,
    }
    let (finding, fields) = match f {
        Found::Discrepancy(x) => ("discrepancy", x),
        Found::Agreement(x) => ("agreement", x),
    };
    let line = Line {
        file,
        finding,
        fields,
    };
    serde_json::to_string(&line).unwrap_or_default()
}

/// The report as JSON, streamed: each finding written as it is made.
fn write_json(d: &Detector, inputs: &[Input], several: bool) -> std::io::Result<()> {
    #[derive(serde::Serialize)]
    struct Entry<'a> {
        file: &'a str,
        report: &'a discrepancy::Analysis<'a>,
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if several {
        let analyses: Vec<_> = inputs.iter().map(|i| d.prepare(&i.transcript)).collect();
        let entries: Vec<Entry> = inputs
            .iter()
            .zip(&analyses)
            .map(|(i, a)| Entry {
                file: &i.name,
                report: a,
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &entries)?;
    } else if let Some(i) = inputs.first() {
        serde_json::to_writer_pretty(&mut out, &d.prepare(&i.transcript))?;
    } else {
        return Ok(());
    }
    writeln!(out)?;
    out.flush()
}

/// Reads one input: its bytes (up to the limit), then the transcript.
fn read_input(name: &str, settings: &Settings) -> Result<Transcript, String> {
    let shown = display_name(name);
    let limit = settings.max_input_bytes;
    let mut bytes = Vec::new();
    let read = if name == "-" {
        std::io::stdin()
            .lock()
            .take(limit as u64 + 1)
            .read_to_end(&mut bytes)
    } else {
        match std::fs::File::open(name) {
            Ok(f) => {
                if f.metadata().is_ok_and(|m| m.is_dir()) {
                    return Err(format!("{shown}: is a directory"));
                }
                f.take(limit as u64 + 1).read_to_end(&mut bytes)
            }
            Err(e) => return Err(format!("cannot read {shown}: {e}")),
        }
    };
    if let Err(e) = read {
        return Err(format!("cannot read {shown}: {e}"));
    }
    if bytes.len() > limit {
        return Err(format!(
            "{shown}: input is larger than the limit of {limit} bytes (see --max-input-bytes)"
        ));
    }
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        format!(
            "{shown}: {}",
            discrepancy::Error::from(discrepancy::ErrorKind::InvalidUtf8 {
                offset: e.valid_up_to()
            })
        )
    })?;
    settings
        .transcript(text)
        .map_err(|e| format!("{shown}: {e}"))
}

/// A file name as messages show it.
fn display_name(name: &str) -> String {
    if name == "-" {
        "standard input".to_string()
    } else {
        name.to_string()
    }
}

/// Writes `s` to standard output.
fn write_out(s: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes())?;
    if !s.is_empty() && !s.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// The exit status for a run whose output was `written` (or not).
fn finish(written: std::io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("discrepancy: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reports a usage error as clap does (with the usage line) and exits with status 2.
fn usage_error(msg: &str) -> ! {
    Cli::command()
        .error(clap::error::ErrorKind::ValueValidation, msg)
        .exit()
}

/// Whether standard error is a terminal (a progress bar is drawn only then).
fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
