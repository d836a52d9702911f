//! Transcript layouts: speakers, turn spans, times, narration, and typed errors.
//! The fixtures are written for these tests, modelled on published layouts.

use discrepancy::{ErrorKind, Layout, Transcript};

/// (speaker, turn text) of every turn.
fn turns(t: &Transcript) -> Vec<(&str, &str)> {
    t.turns()
        .iter()
        .map(|x| (t.speaker_name(x), t.turn_text(x)))
        .collect()
}

/// When each turn starts, in milliseconds (every turn must have a time).
fn start_times(t: &Transcript) -> Vec<u64> {
    t.turns().iter().map(|x| x.time.unwrap().start_ms).collect()
}

/// Every non-whitespace byte lies in a turn, its label, narration or the unattributed list.
fn assert_covered(t: &Transcript) {
    let text = t.text();
    let mut covered = vec![false; text.len()];
    let mut mark = |s: discrepancy::Span| covered[s.range()].iter_mut().for_each(|c| *c = true);
    for turn in t.turns() {
        mark(turn.span);
        if let Some(l) = turn.label {
            mark(l);
        }
    }
    t.narration().iter().for_each(|s| mark(*s));
    t.unattributed().iter().for_each(|s| mark(*s));
    // Label punctuation (`:`, `said:`, `<v …>` tags, `</v>`) belongs to the layout, not to anyone's words.
    for (i, c) in text.char_indices() {
        if !covered[i]
            && !c.is_whitespace()
            && !matches!(c, ':' | '<' | '>' | '/' | 'v' | '\u{feff}')
        {
            panic!(
                "byte {i} ({c:?}) is in no turn, narration or unattributed span: {:?}",
                &text[i.saturating_sub(20)..(i + 20).min(text.len())]
            );
        }
    }
}

#[test]
fn inline_labels_with_titles_then_short_names() {
    let text = "The two leaders met in the Kremlin.\n\n* * *\n\nPresident of Russia Vladimir Putin: Good afternoon.\n\nWe have much to discuss.\n\nPrime Minister of Armenia Nikol Pashinyan:Thank you, Mr President.\n\n(Applause.)\n\nVladimir Putin: Trade grew by 5 percent.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::Labelled);
    let names: Vec<&str> = t.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Vladimir Putin", "Nikol Pashinyan"]);
    assert_eq!(
        turns(&t),
        [
            (
                "Vladimir Putin",
                "Good afternoon.\n\nWe have much to discuss."
            ),
            ("Nikol Pashinyan", "Thank you, Mr President."),
            ("Vladimir Putin", "Trade grew by 5 percent."),
        ]
    );
    assert_eq!(
        t.speakers()[0].aliases,
        ["President of Russia Vladimir Putin", "Vladimir Putin"]
    );
    let narration: Vec<&str> = t.narration().iter().map(|s| &text[s.range()]).collect();
    assert_eq!(
        narration,
        [
            "The two leaders met in the Kremlin.",
            "* * *",
            "(Applause.)"
        ]
    );
    assert_covered(&t);
}

#[test]
fn said_headers_dialogue_dashes_and_separators() {
    let text = "Meeting with the Governor\n12 March 2019\nPresident Vladimir Putin said:\n- Good morning. How is the harvest?\nIt was a hard year.\nX X X\nGovernor of Tula Region Alexei Dyumin said:\n- Thank you. We gathered 3 million tonnes.\nVladimir Putin: Good.";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            (
                "Vladimir Putin",
                "- Good morning. How is the harvest?\nIt was a hard year."
            ),
            (
                "Alexei Dyumin",
                "- Thank you. We gathered 3 million tonnes."
            ),
            ("Vladimir Putin", "Good."),
        ]
    );
    assert_eq!(t.date().unwrap().to_string(), "2019-03-12");
    assert_covered(&t);
}

#[test]
fn time_codes_before_labels_and_after_names() {
    // `[hh:mm:ss] Name: text`: a time code first (not a JSON array).
    let text = "[00:01:02] Anna Petrova: The budget grew by 12 percent.\n[00:01:09] Mark Ellis: No, by 8 percent.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("Anna Petrova", "The budget grew by 12 percent."),
            ("Mark Ellis", "No, by 8 percent."),
        ]
    );
    assert_eq!(start_times(&t), [62_000, 69_000]);
    assert_covered(&t);
    // A speech-recognition export: the name and a time code on a line of their own.
    let text = "Anna Petrova  00:01\nThe budget grew by 12 percent.\n\nMark Ellis  0:09\nNo, by 8 percent.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("Anna Petrova", "The budget grew by 12 percent."),
            ("Mark Ellis", "No, by 8 percent."),
        ]
    );
    assert_eq!(start_times(&t), [1_000, 9_000]);
    assert_covered(&t);
}

#[test]
fn bold_labels_and_time_codes_inside_labels() {
    let text =
        "**Anna Petrova:** The budget grew by 12 percent.\n\n**Mark Ellis**: No, by 8 percent.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("Anna Petrova", "The budget grew by 12 percent."),
            ("Mark Ellis", "No, by 8 percent."),
        ]
    );
    assert_covered(&t);
    let text = "Speaker 1 (00:00:05):\nThe budget grew by 12 percent.\n\nSpeaker 2 (00:00:09): No, by 8 percent.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("Speaker 1", "The budget grew by 12 percent."),
            ("Speaker 2", "No, by 8 percent."),
        ]
    );
    assert_eq!(start_times(&t), [5_000, 9_000]);
    assert_covered(&t);
}

#[test]
fn congressional_hearing_and_deposition_labels() {
    let text = "The CHAIRMAN. The committee will come to order.\n\nMr. SMITH. The program built 300 schools.\n\nMs. JACKSON LEE. No, it built 240 schools.\n\nThe UK. Likewise, this line is speech of the last speaker.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("The Chairman", "The committee will come to order."),
            ("Smith", "The program built 300 schools."),
            (
                "Jackson Lee",
                "No, it built 240 schools.\n\nThe UK. Likewise, this line is speech of the last speaker."
            ),
        ]
    );
    assert_covered(&t);
    let text = "Q. How many schools were built?\nA. Three hundred.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.turns().len(), 2);
    assert_eq!(t.turn_text(&t.turns()[1]), "Three hundred.");
}

#[test]
fn earnings_call_names_with_affiliations() {
    let text = "Operator\n\nWelcome to the call.\n\nJohn Smith -- Chief Financial Officer\n\nRevenue grew 12 percent.\n\nJane Doe -- Morgan Stanley -- Analyst\n\nWere margins 31 percent?\n\nJohn Smith -- Chief Financial Officer\n\nNo, 28 percent.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("Operator", "Welcome to the call."),
            ("John Smith", "Revenue grew 12 percent."),
            ("Jane Doe", "Were margins 31 percent?"),
            ("John Smith", "No, 28 percent."),
        ]
    );
    // A title with a dash before the name keeps the name at the end.
    let text = "General Director of Aeroflot \u{2013} Russian Airlines Vitaly Savelyev: Thank you.\nVladimir Putin: Good.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.speaker_name(&t.turns()[0]), "Vitaly Savelyev");
}

#[test]
fn title_with_the_holder_in_brackets() {
    let text = "The Prime Minister (Jane Roe): Waiting lists are down.\n\nJohn Doe (Northfield) (Lab): They are up.\n\nThe Prime Minister: They are down.\n";
    let t = Transcript::parse(text).unwrap();
    let names: Vec<&str> = t.turns().iter().map(|x| t.speaker_name(x)).collect();
    assert_eq!(names, ["Jane Roe", "John Doe", "Jane Roe"]);
}

#[test]
fn label_lines_with_time_codes() {
    let text = "Moderator Jane Doe: (00:12)\nWelcome to the debate.\n\nSenator John Roe: (00:20)\nThank you. [crosstalk 00:00:21]\nSecond paragraph.\n\nModerator Jane Doe: (01:05)\nLet us begin.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("Jane Doe", "Welcome to the debate."),
            (
                "John Roe",
                "Thank you. [crosstalk 00:00:21]\nSecond paragraph."
            ),
            ("Jane Doe", "Let us begin."),
        ]
    );
    assert_eq!(start_times(&t), [12_000, 20_000, 65_000]);
    assert_covered(&t);
}

#[test]
fn all_caps_labels_and_one_person_under_two_labels() {
    let text = "SMITH:  Welcome back, President Jones.\n\nTHE PRESIDENT:  Thank you.\n\nSMITH:  How many jobs?\n\nJONES:  Two million.\n";
    let t = Transcript::parse(text).unwrap();
    let names: Vec<&str> = t.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Smith", "Jones"]);
    let mut aliases = t.speakers()[1].aliases.clone();
    aliases.sort();
    assert_eq!(aliases, ["JONES", "THE PRESIDENT"]);
    assert_eq!(turns(&t)[1], ("Jones", "Thank you."));
    assert_covered(&t);
}

#[test]
fn parliamentary_name_lines() {
    let text = "Mr. Alan Price (Northfield)\n\nOn a point of order, Madam Speaker. The figure was wrong.\n\nMadam Speaker\n\nOrder. [Interruption.] I cannot resolve that.\n\nMrs. Jane Hill (Eastbury)\n\nFurther to that point of order.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::NameLines);
    assert_eq!(
        turns(&t),
        [
            (
                "Alan Price",
                "On a point of order, Madam Speaker. The figure was wrong."
            ),
            (
                "Madam Speaker",
                "Order. [Interruption.] I cannot resolve that."
            ),
            ("Jane Hill", "Further to that point of order."),
        ]
    );
    assert_covered(&t);
}

#[test]
fn generic_labels_are_different_people() {
    let text = "Question: How much did exports grow?\n\nVladimir Putin: By 10 percent.\n\nQuestion: And imports?\n\nVladimir Putin: By 4 percent.\n";
    let t = Transcript::parse(text).unwrap();
    let names: Vec<&str> = t.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Question #1", "Vladimir Putin", "Question #2"]);
    assert!(t.speakers()[0].generic && !t.speakers()[1].generic);
}

#[test]
fn colons_inside_speech_are_not_labels() {
    let text = "Vladimir Putin: There are three questions: roads, schools and hospitals.\nThe answer is simple: money.\nIn January: nothing.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.turns().len(), 1);
    assert_eq!(t.speakers().len(), 1);
}

#[test]
fn webvtt_voice_tags_with_times() {
    let text = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\n<v Anna Petrova>Our region has 300 rural schools.</v>\n\n00:00:05.000 --> 00:00:09.000\n<v Mark Ellis>There are about 340.</v>\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::WebVtt);
    assert_eq!(
        turns(&t),
        [
            ("Anna Petrova", "Our region has 300 rural schools."),
            ("Mark Ellis", "There are about 340.")
        ]
    );
    let times: Vec<(u64, Option<u64>)> = t
        .turns()
        .iter()
        .map(|x| (x.time.unwrap().start_ms, x.time.unwrap().end_ms))
        .collect();
    assert_eq!(times, [(1000, Some(4500)), (5000, Some(9000))]);
    assert_covered(&t);
}

#[test]
fn srt_with_anonymous_speakers_and_unlabelled_cues() {
    let text = "1\n00:00:01,000 --> 00:00:04,500\n[SPEAKER_00]: The tunnel opens in 2026.\n\n2\n00:00:05,000 --> 00:00:08,000\n[SPEAKER_01]: No, in 2028.\n\n3\n00:00:08,500 --> 00:00:09,000\nI am sure.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::Srt);
    assert_eq!(
        turns(&t),
        [
            ("SPEAKER_00", "The tunnel opens in 2026."),
            ("SPEAKER_01", "No, in 2028."),
            ("SPEAKER_01", "I am sure.")
        ]
    );
    assert_covered(&t);
}

#[test]
fn json_turns_from_speech_recognition() {
    let text = r#"[{"speaker": "A", "text": "We sold 40 cars.", "start": 0.5, "end": 2.0},
                   {"speaker": "B", "text": "No, \"50\" cars.", "start": 2.5, "end": 3.0},
                   {"speaker": "", "text": "(noise)"}]"#;
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::Json);
    // The words decoded; the span is the string as written.
    assert_eq!(
        turns(&t),
        [("A", "We sold 40 cars."), ("B", r#"No, "50" cars."#)]
    );
    assert_eq!(&text[t.turns()[1].span.range()], r#"No, \"50\" cars."#);
    assert_eq!(t.turns()[1].time.unwrap().start_ms, 2500);
    assert_eq!(t.unattributed().len(), 1);
    let wrapped = r#"{"segments": [{"speaker": "SPEAKER_1", "text": "Hello.", "start": 1}]}"#;
    assert_eq!(Transcript::parse(wrapped).unwrap().turns().len(), 1);
}

/// (speaker, the bytes of the input the turn's span slices) of every turn.
fn raw_turns(t: &Transcript) -> Vec<(&str, &str)> {
    t.turns()
        .iter()
        .map(|x| (t.speaker_name(x), &t.text()[x.span.range()]))
        .collect()
}

#[test]
fn json_turn_without_text_shifts_no_later_turn() {
    let text = r#"[{"speaker": "A", "text": "We sold 40 cars."},
                   {"speaker": "B", "start": 2.0},
                   {"speaker": "C", "text": null},
                   {"speaker": "D", "text": "No, 50 cars."}]"#;
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        raw_turns(&t),
        [("A", "We sold 40 cars."), ("D", "No, 50 cars.")]
    );
}

#[test]
fn json_nested_and_top_level_text_are_not_turns() {
    // AssemblyAI: the whole text at the top, word lists with their own `text` inside
    // each utterance and at the top, times in milliseconds.
    let text = r#"{"id": "x1", "status": "completed",
  "text": "We sold 40 cars. No, 50 cars.",
  "words": [{"text": "We", "start": 250, "end": 400, "speaker": "A"}],
  "utterances": [
    {"speaker": "A", "start": 250, "end": 1900, "confidence": 0.93,
     "words": [{"text": "We", "start": 250, "end": 400, "speaker": "A"},
               {"text": "sold", "start": 410, "end": 700, "speaker": "A"}],
     "text": "We sold 40 cars."},
    {"speaker": "B", "start": 2100, "end": 3050,
     "words": [{"text": "No,", "start": 2100, "end": 2300, "speaker": "B"}],
     "text": "No, 50 cars."}
  ]}"#;
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::Json);
    assert_eq!(
        raw_turns(&t),
        [("A", "We sold 40 cars."), ("B", "No, 50 cars.")]
    );
    // The utterances' own `text`, after their word lists.
    let second = text.rfind("No, 50 cars.").unwrap();
    assert_eq!(t.turns()[1].span.start, second);
    let times: Vec<(u64, Option<u64>)> = t
        .turns()
        .iter()
        .map(|x| (x.time.unwrap().start_ms, x.time.unwrap().end_ms))
        .collect();
    assert_eq!(times, [(250, Some(1900)), (2100, Some(3050))]);
    assert!(t.unattributed().is_empty() && t.narration().is_empty());
    let r = discrepancy::Detector::default().analyze(&t);
    assert_eq!(r.discrepancies.len(), 1);
    assert_eq!(r.discrepancies[0].b.start, second);

    // A top-level `text` alone is text without a speaker.
    let t = Transcript::parse(r#"{"text": "Hello there.", "segments": []}"#).unwrap();
    assert!(t.turns().is_empty());
    let spans: Vec<&str> = t
        .unattributed()
        .iter()
        .map(|s| &t.text()[s.range()])
        .collect();
    assert_eq!(spans, ["Hello there."]);
}

#[test]
fn json_whisper_segments() {
    // Whisper: segments without speakers (unattributed), token lists, the text at the top.
    let text = r#"{"text": " We sold 40 cars. No, 50.", "segments": [
  {"id": 0, "seek": 0, "start": 0.0, "end": 2.5, "text": " We sold 40 cars.", "tokens": [50364, 492, 3012], "temperature": 0.0},
  {"id": 1, "seek": 0, "start": 2.5, "end": 4.0, "text": " No, 50.", "tokens": [50489, 883]}],
  "language": "en"}"#;
    let t = Transcript::parse(text).unwrap();
    assert!(t.turns().is_empty());
    let spans: Vec<&str> = t
        .unattributed()
        .iter()
        .map(|s| &t.text()[s.range()])
        .collect();
    assert_eq!(spans, ["We sold 40 cars.", "No, 50."]);
    // WhisperX: a speaker on each segment, times in seconds.
    let text = r#"{"segments": [
  {"start": 0.5, "end": 2.5, "text": " We sold 40 cars.", "speaker": "SPEAKER_00",
   "words": [{"word": "We", "start": 0.5, "end": 0.7, "score": 0.9, "speaker": "SPEAKER_00"}]},
  {"start": 2.75, "end": 4.0, "text": " No, 50 cars.", "speaker": "SPEAKER_01"}]}"#;
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        raw_turns(&t),
        [
            ("SPEAKER_00", "We sold 40 cars."),
            ("SPEAKER_01", "No, 50 cars.")
        ]
    );
    assert_eq!(start_times(&t), [500, 2750]);
}

#[test]
fn json_turns_lists_and_numbered_speakers() {
    let text = r#"{"turns": [{"speaker": 0, "text": "We sold 40 cars."}, {"speaker": 1, "transcript": "No, 50."}]}"#;
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        raw_turns(&t),
        [("Speaker 0", "We sold 40 cars."), ("Speaker 1", "No, 50.")]
    );
    // Deepgram: utterances inside `results`, times in seconds.
    let text = r#"{"metadata": {"duration": 4.1}, "results": {"channels": [{"alternatives": [{"transcript": "We sold 40 cars. No, 50."}]}],
  "utterances": [{"start": 0.08, "end": 2.0, "speaker": 0, "transcript": "We sold 40 cars."},
                 {"start": 2.2, "end": 4.0, "speaker": 1, "transcript": "No, 50."}]}}"#;
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        raw_turns(&t),
        [("Speaker 0", "We sold 40 cars."), ("Speaker 1", "No, 50.")]
    );
    assert_eq!(start_times(&t), [80, 2200]);
}

#[test]
fn json_escaped_keys_and_text() {
    // Keys are read decoded; the turn's span is the string as written, the words decoded.
    let text = "[{\"spe\\u0061ker\": \"Anna\", \"te\\u0078t\": \"Exports rose 8\\u00a0percent \\u2013 \\\"a record\\\".\\nThanks.\"},\n {\"speaker\": \"Mark\", \"text\": \"No, by 21 percent.\"}]";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        raw_turns(&t),
        [
            (
                "Anna",
                r#"Exports rose 8\u00a0percent \u2013 \"a record\".\nThanks."#
            ),
            ("Mark", "No, by 21 percent."),
        ]
    );
    assert_eq!(
        turns(&t)[0].1,
        "Exports rose 8\u{a0}percent \u{2013} \"a record\".\nThanks."
    );
    // The analysis reads the decoded words; its evidence slices the input.
    let r = discrepancy::Detector::default().analyze(&t);
    assert_eq!(r.discrepancies.len(), 1, "{r}");
    let a = &r.discrepancies[0].a;
    assert_eq!(a.text, "Exports rose 8\u{a0}percent \u{2013} \"a record\".");
    assert_eq!(
        &text[a.start..a.end],
        r#"Exports rose 8\u00a0percent \u2013 \"a record\"."#
    );
    let v = a.value_span.unwrap();
    assert_eq!(&text[v.range()], r"8\u00a0percent");
    let b = &r.discrepancies[0].b;
    assert_eq!(&text[b.start..b.end], "No, by 21 percent.");
}

#[test]
fn json_errors_name_the_place() {
    let bad = |text: &str| match Transcript::parse_as(text, Layout::Json).unwrap_err().kind() {
        ErrorKind::BadJson {
            line,
            column,
            message,
        } => (*line, *column, message.clone()),
        e => panic!("{e:?}"),
    };
    assert_eq!(
        bad("[{\"text\": \"a\"},\n {\"text\": \"b\",}]"),
        (2, 15, "trailing comma".into())
    );
    assert_eq!(
        bad("{\"segments\": 5}"),
        (
            1,
            14,
            "invalid type: integer `5`, expected a list of turns".into()
        )
    );
    assert_eq!(
        bad("{\"id\": 5}"),
        (
            1,
            9,
            "no list of turns (`segments`, `utterances`, `turns` or `results`)".into()
        )
    );
    assert_eq!(
        bad("[{\"text\": \"caf\\u00e\"}]"),
        (1, 17, "invalid escape: `\\u` needs four hex digits".into())
    );
    assert_eq!(
        bad("[{\"text\": \"a\"}] x"),
        (1, 17, "trailing characters".into())
    );
    assert_eq!(
        bad("[{\"text\": \"a"),
        (1, 12, "EOF while parsing a string".into())
    );
    assert_eq!(bad(&"[".repeat(200)).2, "recursion limit exceeded");
    assert_eq!(bad("plain text").2, "expected value");
}

#[test]
fn from_turns_builds_text_and_spans() {
    let t = Transcript::from_turns([("Anna", "It costs 3 euros."), ("Mark", "No.")]).unwrap();
    assert_eq!(turns(&t), [("Anna", "It costs 3 euros."), ("Mark", "No.")]);
    assert_covered(&t);
}

#[test]
fn errors_name_the_place() {
    let e = Transcript::from_bytes(b"Anna: ok\nMark: caf\xff").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::InvalidUtf8 { offset: 18 });
    let e =
        Transcript::parse("WEBVTT\n\n00:00:01.000 --> 00:0x:04.500\n<v A>Hi</v>\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 3: malformed cue timing \"00:00:01.000 --> 00:0x:04.500\" (expected `HH:MM:SS.mmm --> HH:MM:SS.mmm`)"
    );
    let e = Transcript::parse("[{\"speaker\": \"A\", \"text\": }]").unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::BadJson { line: 1, .. }),
        "{e}"
    );
    assert_eq!(
        Transcript::parse(" \n\t").unwrap_err().kind(),
        &ErrorKind::Empty
    );
}

/// Issue 15, item 5: cue times are checked as WebVTT has them, errors name the line
/// at fault (1-based) in the input's terms, and a BOM alone is no transcript.
#[test]
fn validation_names_the_fault() {
    let vtt = |timing: &str| format!("WEBVTT\n\n{timing}\n<v Anna>We have 5 schools.</v>\n");
    // A cue past 99 hours is read.
    let t = Transcript::parse(&vtt("100:00:01.000 --> 100:00:04.500")).unwrap();
    assert_eq!(t.turns()[0].time.unwrap().start_ms, 360_001_000);
    assert_eq!(t.turns()[0].time.unwrap().end_ms, Some(360_004_500));
    // Minutes and seconds of 60 or more are refused, and so is an end before the start.
    for bad in [
        "99:99:99.999 --> 99:99:99.999",
        "00:00:01.000 --> 00:60:00.000",
    ] {
        let e = Transcript::parse(&vtt(bad)).unwrap_err();
        assert_eq!(
            e.kind(),
            &ErrorKind::BadTimestamp {
                line: 3,
                found: bad.into()
            },
            "{bad}"
        );
    }
    let e = Transcript::parse(&vtt("00:00:05.000 --> 00:00:01.000")).unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::CueEndsBeforeStart { line: 3, .. }),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "line 3: the cue ends before it starts: \"00:00:05.000 --> 00:00:01.000\""
    );
    // A mistyped arrow is reported on its own line, not on the payload after it.
    let e = Transcript::parse(&vtt("00:00:01.000 -> 00:00:04.000")).unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::BadTimestamp { line: 3, .. }),
        "{e}"
    );
    let srt = "1\n00:00:01,000 --> 00:00:02,000\nAnna: Hi.\n\n2\n00:00:03,000 -> 00:00:04,000\nMark: No.\n";
    let e = Transcript::parse(srt).unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::BadTimestamp { line: 6, .. }),
        "{e}"
    );
    let srt =
        "1\n00:00:01,000 --> 00:00:02,000\nAnna: Hi.\n\n00:00:03,000 -> 00:00:04,000\nMark: No.\n";
    let e = Transcript::parse(srt).unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::BadTimestamp { line: 5, .. }),
        "{e}"
    );
    // A wrong JSON field type: the 1-based place and a message in the input's terms.
    let e = Transcript::parse("[\n  {\"speaker\": \"A\", \"text\": 5}\n]").unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::BadJson {
            line: 2,
            column: 28,
            message: "invalid type: integer `5`, expected a string".into()
        },
        "{e}"
    );
    let e =
        Transcript::parse("{\"segments\": [{\"text\": \"hi\", \"start\": \"x\"}]}").unwrap_err();
    assert!(
        e.to_string().contains(
            "at line 1, column 41: invalid type: string \"x\", expected a time in seconds"
        ),
        "{e}"
    );
    let e = Transcript::parse("[{\"text\": \"hi\"}, 3]").unwrap_err();
    assert!(
        !e.to_string().contains("JsonDoc") && !e.to_string().contains("untagged"),
        "{e}"
    );
    assert!(e.to_string().contains("at line 1, column 18"), "{e}");
    // A BOM alone, or with whitespace, is the empty input.
    for empty in [
        &b"\xef\xbb\xbf"[..],
        b"\xef\xbb\xbf \n\t",
        b"\xef\xbb\xbf\xe2\x80\x8b",
    ] {
        assert_eq!(
            Transcript::from_bytes(empty).unwrap_err().kind(),
            &ErrorKind::Empty
        );
    }
}

#[test]
fn known_names_with_a_full_stop_or_nothing_open_turns() {
    let text = "Vladimir Putin: Good afternoon.\n\nYekaterina Rogova: Thank you. We have 40 schools.\n\nVladimir Putin. How many teachers?\n\nYekaterina Rogova About 900.\n\nVladimir Putin said that before.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            ("Vladimir Putin", "Good afternoon."),
            ("Yekaterina Rogova", "Thank you. We have 40 schools."),
            ("Vladimir Putin", "How many teachers?"),
            (
                "Yekaterina Rogova",
                "About 900.\n\nVladimir Putin said that before."
            ),
        ]
    );
}

/// Speaker names in order of first appearance.
fn names(t: &Transcript) -> Vec<&str> {
    t.speakers().iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn speech_recognition_ids_are_one_speaker_each() {
    // Anonymous labels told apart by a bracket, numbered ids, and `Label hh:mm:ss` headers.
    let text = "Unknown (Councilmember Ortiz) 01:02:03\nso the pool costs went up to 4 million right\n\nCouncilmember Dana Ortiz 01:02:10\nNo, they went down.\n\nUnknown (B) 01:02:15\nthey went down to 3 million\n\nUnknown (Councilmember Ortiz) 01:02:20\nokay so it came down\n\nUnknown (B) 01:02:24\nyes\n\nUnknown (C) 01:02:30\nand the roof is extra\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        names(&t),
        [
            "Unknown (Councilmember Ortiz)",
            "Dana Ortiz",
            "Unknown (B)",
            "Unknown (C)"
        ]
    );
    assert_eq!(
        turns(&t),
        [
            (
                "Unknown (Councilmember Ortiz)",
                "so the pool costs went up to 4 million right"
            ),
            ("Dana Ortiz", "No, they went down."),
            ("Unknown (B)", "they went down to 3 million"),
            ("Unknown (Councilmember Ortiz)", "okay so it came down"),
            ("Unknown (B)", "yes"),
            ("Unknown (C)", "and the roof is extra"),
        ]
    );
    assert_eq!(start_times(&t)[1], 3_730_000);
    assert_covered(&t);

    let text = "SPEAKER_13: We hired 12 people.\nSPEAKER_02: I count 14.\nSPEAKER_13: Twelve.\nSpeaker 2: And the budget?\nSpeaker 1: Flat.\nSpeaker 2: Thanks.\nQuestion (retranslated): One more?\nQuestion (retranslated): And another?\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        names(&t),
        [
            "SPEAKER_13",
            "SPEAKER_02",
            "Speaker 2",
            "Speaker 1",
            "Question #1",
            "Question #2"
        ]
    );
    assert_eq!(t.turns().len(), 8);
    assert_covered(&t);
}

#[test]
fn kremlin_titles_with_commas_first_deputies_numbers_and_initials() {
    let text = "President of Russia Vladimir Putin: Good afternoon. Mr Orlov, please.\n\nMinister of Transport, Roads and Inland Waterways Pavel Orlov: Thank you. We built 300 bridges.\n\nFirst Deputy Prime Minister Irina Volkova: The figure is 280.\n\nHero of Russia, Colonel Oleg Markin: Comrade Supreme Commander-in-Chief, allow me to thank you.\n\nCommander of the 41st Army of the Central District Ivan Belov: We are ready.\n\nHost of the Volunteer 2019 award ceremony Anna Sokol: Welcome.\n\nPyotr Lagin, Chairman of the Audit Chamber: The audit found 20 violations.\n\nYaroslavl, Maria Kuzina: “Our road has not been repaired.”\n\nVice Premier of the State Council of China Chen Wei (retranslated):Thank you.\n\nV.Putin: Mr President, colleagues, thank you.\n\nYes, Mr President, colleagues: we agree.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        names(&t),
        [
            "Vladimir Putin",
            "Pavel Orlov",
            "Irina Volkova",
            "Oleg Markin",
            "Ivan Belov",
            "Anna Sokol",
            "Pyotr Lagin",
            "Maria Kuzina",
            "Chen Wei"
        ]
    );
    let got = turns(&t);
    assert_eq!(got.len(), 10);
    assert_eq!(got[1], ("Pavel Orlov", "Thank you. We built 300 bridges."));
    assert_eq!(got[8], ("Chen Wei", "Thank you."));
    // "Yes, Mr President, colleagues:" is speech, not a label.
    assert_eq!(
        got[9],
        (
            "Vladimir Putin",
            "Mr President, colleagues, thank you.\n\nYes, Mr President, colleagues: we agree."
        )
    );
    assert_covered(&t);
}

#[test]
fn role_labels_in_a_two_party_interview_are_one_person_each() {
    let text = "Interviewer: How many jobs did the plant add?\n\nAnswer: About 300.\n\nInterviewer: Last year you said 200.\n\nAnswer: That was before the second line.\n\nInterviewer: And wages?\n\nAnswer: Up 5 percent.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(names(&t), ["Interviewer", "Answer"]);
    assert!(t.speakers().iter().all(|s| !s.generic));
    assert_eq!(t.turns().len(), 6);
    assert_eq!(turns(&t)[3], ("Answer", "That was before the second line."));
    assert_covered(&t);

    let t = Transcript::parse("Q: How many?\nA: 300.\nQ: Not 200?\nA: No.\n").unwrap();
    assert_eq!(names(&t), ["Q", "A"]);

    // An interviewer and one named guest: the interviewer is one person.
    let text = "Interviewer: How many?\n\nAnna Petrova: 300.\n\nInterviewer: Not 200?\n\nAnna Petrova: No.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(names(&t), ["Interviewer", "Anna Petrova"]);

    // A news conference: `Question:` is a different journalist each time.
    let text = "Vladimir Putin: Go ahead.\n\nQuestion: Reuters. How many?\n\nVladimir Putin: 300.\n\nQuestion: TASS. And wages?\n\nVladimir Putin: Up 5 percent.\n\nQuestion: One more?\n\nVladimir Putin: Yes.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        names(&t),
        [
            "Vladimir Putin",
            "Question #1",
            "Question #2",
            "Question #3"
        ]
    );
    assert!(t.speakers()[1].generic);
}

#[test]
fn labels_in_scripts_without_capitals_and_after_marks() {
    let cases: [(&str, [&str; 2]); 5] = [
        (
            "Ирина Белова: Мы открыли 12 школ.\n\nОлег Титов: Нет, 10.\n",
            ["Ирина Белова", "Олег Титов"],
        ),
        (
            "陈先生：我们卖了五十辆。\n周女士: 不，四十辆。\n",
            ["陈先生", "周女士"],
        ),
        (
            "\u{200f}كريم: بعنا خمسين.\n\u{200f}ليلى: لا، أربعين.\n",
            ["كريم", "ليلى"],
        ),
        ("अरुण: हमने पचास बेचे।\nमीरा: नहीं, चालीस।\n", ["अरुण", "मीरा"]),
        (
            "\u{1f399}\u{fe0f} Tess: We sold 50.\n\u{1f3a7} Omar: No, 40.\n",
            ["Tess", "Omar"],
        ),
    ];
    for (text, want) in cases {
        let t = Transcript::parse(text).unwrap();
        assert_eq!(names(&t), want, "{text}");
        assert_eq!(t.turns().len(), 2, "{text}");
        assert_eq!(t.speaker_name(&t.turns()[1]), want[1]);
        assert!(!t.turn_text(&t.turns()[1]).contains(':'), "{text}");
        assert_covered(&t);
    }
    // A sentence in such a script is not a label.
    let t = Transcript::parse("王先生：好。\n我们今天讨论三个问题，第一：价格。\n").unwrap();
    assert_eq!(t.turns().len(), 1);
}

#[test]
fn cr_nel_and_unicode_separators_end_lines() {
    for sep in ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\r\n"] {
        let text = ["Anna: We have 20.", "Mark: No, 30.", "Anna: Fine."].join(sep);
        let t = Transcript::parse(&text).unwrap();
        assert_eq!(
            turns(&t),
            [
                ("Anna", "We have 20."),
                ("Mark", "No, 30."),
                ("Anna", "Fine.")
            ],
            "{sep:?}"
        );
        assert_covered(&t);
    }
}

#[test]
fn podcast_and_parliament_labels() {
    let text = "\\[08:13\\] Jane Host: Welcome. We have 20 guests.\n\n\\[08:20\\] Bob Guest: I count 25.\n\n**Jane Host:** Fine.\n\n**Bob Guest**: Thanks.\n\nJane Host (01:10:05):\nOne more thing.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(names(&t), ["Jane Host", "Bob Guest"]);
    assert_eq!(
        turns(&t),
        [
            ("Jane Host", "Welcome. We have 20 guests."),
            ("Bob Guest", "I count 25."),
            ("Jane Host", "Fine."),
            ("Bob Guest", "Thanks."),
            ("Jane Host", "One more thing."),
        ]
    );
    assert_eq!(t.turns()[1].time.unwrap().start_ms, 500_000);
    assert_eq!(t.turns()[4].time.unwrap().start_ms, 4_205_000);
    assert_covered(&t);

    let text = "Mr. David Hale (Northfield) (Lab):\nWe built 40 schools.\n\nThe First Minister (Morag Reid):\nNo, 30.\n\nMr. Hale:\nForty.\n\nThe First Minister:\nThirty.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(names(&t), ["David Hale", "Morag Reid"]);
    assert_eq!(
        turns(&t),
        [
            ("David Hale", "We built 40 schools."),
            ("Morag Reid", "No, 30."),
            ("David Hale", "Forty."),
            ("Morag Reid", "Thirty."),
        ]
    );
    assert_covered(&t);
}

/// Issue 17, item 2: a transcript that reads like a dialogue but gave one speaker, or a
/// layout guessed on little evidence, is reported; a transcript read well is not.
#[test]
fn warnings_say_when_the_reading_is_doubtful() {
    use discrepancy::transcript::Warning;
    use discrepancy::{Detector, Span};
    // Lower-case labels are not labels this crate reads: no speaker.
    let text = "Interview with the mayor\n\nanna: did you build 40 schools?\nmark: no, we built 30.\nanna: only 30?\nmark: yes, 30.\n";
    let t = Transcript::parse(text).unwrap();
    let w = t.warnings();
    assert_eq!(w.len(), 1, "{w:?}");
    let Warning::OneSpeaker {
        unread_labels,
        answered_questions,
        first,
        ..
    } = &w[0]
    else {
        panic!("{w:?}")
    };
    assert!(t.speakers().len() <= 1);
    assert_eq!((*unread_labels, *answered_questions), (4, 2), "{w:?}");
    assert_eq!(&text[first.range()], "anna: did you build 40 schools?");

    // Questions answered paragraph by paragraph, without any label.
    let text = "Did the plant hire 300 people?\n\nYes, about 300.\n\nAnd was it built in 2015?\n\nNo, in 2017.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        t.warnings(),
        [Warning::OneSpeaker {
            speakers: 0,
            unread_labels: 0,
            answered_questions: 2,
            first: Span::new(32, 47),
        }]
    );
    // In the report, and in its JSON, which reads back.
    let r = Detector::default().analyze(&t);
    assert_eq!(r.warnings, t.warnings());
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["warnings"][0]["warning"], "one_speaker");
    assert_eq!(json["warnings"][0]["answered_questions"], 2);
    let back: discrepancy::Report = serde_json::from_str(&json.to_string()).unwrap();
    assert_eq!(back, r);
    let streamed = serde_json::to_value(Detector::default().prepare(&t)).unwrap();
    assert_eq!(streamed, json);
    assert!(
        r.to_string()
            .contains("Warning: read as no speaker's words"),
        "{r}"
    );

    // Name lines chosen on two of them: a guess; forced, no warning.
    let text = "Mr. Alan Price (Northfield)\n\nThe figure was wrong.\n\nMrs. Jane Hill (Eastbury)\n\nIt was right.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::NameLines);
    assert!(
        matches!(
            t.warnings(),
            [Warning::WeakLayout {
                layout: Layout::NameLines,
                labels: 0,
                name_lines: 2,
                ..
            }]
        ),
        "{:?}",
        t.warnings()
    );
    assert!(
        Transcript::parse_as(text, Layout::NameLines)
            .unwrap()
            .warnings()
            .is_empty()
    );

    // Read well: no warning, and no `warnings` key in the JSON.
    for text in [
        "Anna Petrova: Did you build 40 schools?\nMark Ellis: No, 30.\nAnna Petrova: Only 30?\nMark Ellis: Yes.\n",
        "President of Russia Vladimir Putin: Good afternoon. What should we do? We should build.\n\nWe built 40 schools. Did it help? Yes, it did.\n\nThank you.\n",
        "Note: the figures are provisional.\nThe plant opened in 2015.\nNote: see the annex.\n",
    ] {
        let t = Transcript::parse(text).unwrap();
        assert!(t.warnings().is_empty(), "{text}: {:?}", t.warnings());
        let json = serde_json::to_string(&Detector::default().analyze(&t)).unwrap();
        assert!(!json.contains("warnings"), "{json}");
    }
}

/// Issue 17, item 3: PDF-derived Hansards. `HON. J. SMITH.-` labels open turns, also
/// where they run on after a sentence inside a paragraph; page running heads (a page
/// number, a date line) inside a speech are narration, and the speech goes on after.
#[test]
fn hansard_dash_labels_run_on_and_running_heads() {
    let text = "LEGISLATIVE COUNCIL\n\nTuesday, 12 March 2019\n\nHON. J. SMITH.- I move that the bill be read a second time. It provides for 300 new schools\n12\nLEGISLATIVE COUNCIL Tuesday, 12 March 2019\nand for 40 new clinics. HON. A. B. BROWN.\u{2014}The bill provides for 240 schools, not 300. The Hon. J. SMITH.- No, 300.\n\n- 13 -\n\nHON. A. B. BROWN. - Two hundred and forty.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(t.layout(), Layout::Labelled);
    assert_eq!(
        turns(&t),
        [
            (
                "J. Smith",
                "I move that the bill be read a second time. It provides for 300 new schools"
            ),
            ("J. Smith", "and for 40 new clinics."),
            ("A. B. Brown", "The bill provides for 240 schools, not 300."),
            ("J. Smith", "No, 300."),
            ("A. B. Brown", "Two hundred and forty."),
        ]
    );
    let labels: Vec<&str> = t
        .turns()
        .iter()
        .filter_map(|x| x.label.map(|l| &text[l.range()]))
        .collect();
    assert_eq!(
        labels,
        [
            "HON. J. SMITH",
            "HON. A. B. BROWN",
            "The Hon. J. SMITH",
            "HON. A. B. BROWN"
        ]
    );
    let narration: Vec<&str> = t.narration().iter().map(|s| &text[s.range()]).collect();
    for head in [
        "12",
        "LEGISLATIVE COUNCIL Tuesday, 12 March 2019",
        "- 13 -",
        "Tuesday, 12 March 2019",
    ] {
        assert!(narration.contains(&head), "{head:?} not in {narration:?}");
    }
    assert_eq!(t.date().unwrap().to_string(), "2019-03-12");
    assert_covered(&t);
    // The running head's figures are no one's claim; the speakers' are.
    let r = discrepancy::Detector::default().analyze(&t);
    assert_eq!(r.speakers, ["J. Smith", "A. B. Brown"]);
    assert!(
        r.discrepancies
            .iter()
            .all(|f| f.a.value.as_deref() != Some("12") && f.b.value.as_deref() != Some("12"))
    );

    // Not labels: a sentence in capitals, a dash after a word that is no title, a line
    // of speech that ends like a page number's line but says more.
    let text = "Anna Petrova: We met the USA.- delegation. Mr. SMITH. Thank you.\nWe built 12\nMark Ellis: No, 14.\nThe vote was on 12 March 2019.\n";
    let t = Transcript::parse(text).unwrap();
    assert_eq!(
        turns(&t),
        [
            (
                "Anna Petrova",
                "We met the USA.- delegation. Mr. SMITH. Thank you.\nWe built 12"
            ),
            ("Mark Ellis", "No, 14.\nThe vote was on 12 March 2019."),
        ]
    );
}

#[test]
fn a_label_that_runs_on_inside_a_paragraph_opens_a_turn() {
    // (A label is looked for inside a paragraph once it has opened two lines; a colon
    // inside speech that follows no such label is speech.)
    let text = "Question: Will you sell the paper?\n\nVladimir Putin: You have already asked me this question. Question: No, I did not ask you this.\n\nVladimir Putin: Then I will answer. As the note says: Nothing is decided.\n\nQuestion: Thank you.\n";
    let t = Transcript::parse(text).unwrap();
    let got = turns(&t);
    let speakers: Vec<&str> = got
        .iter()
        .map(|(s, _)| s.split(" #").next().unwrap())
        .collect();
    assert_eq!(
        speakers,
        [
            "Question",
            "Vladimir Putin",
            "Question",
            "Vladimir Putin",
            "Question"
        ]
    );
    assert_eq!(
        got[1].1.trim_end(),
        "You have already asked me this question."
    );
    assert_eq!(got[2].1, "No, I did not ask you this.");
    assert_eq!(
        got[3].1,
        "Then I will answer. As the note says: Nothing is decided."
    );
}
