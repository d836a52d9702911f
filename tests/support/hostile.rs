//! Generators of hostile transcripts, at any size: shared by `tests/robust.rs` (scaled
//! down) and `examples/hostile.rs` (full size).

/// Two turns, the first one line of `repeats` sentences with two figures each.
pub fn long_line(repeats: usize) -> String {
    format!(
        "Anna Petrova: {}\nMark Ellis: No.\n",
        "We built 12 schools and 40 roads. ".repeat(repeats)
    )
}

/// One turn listing `n` numbers, answered by a turn of the first `reply` of them.
pub fn many_numbers(n: usize, reply: usize) -> String {
    let nums: Vec<String> = (0..n).map(|i| i.to_string()).collect();
    format!(
        "Anna Petrova: {}.\nMark Ellis: {}.\n",
        nums.join(", "),
        nums[..reply.min(n)].join(" and ")
    )
}

/// A name that shares no spelling with its neighbours: letters from a multiplicative hash.
fn name(i: u64, salt: u64) -> String {
    let mut h = (i + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt;
    (0..7)
        .map(|k| {
            let c = (b'a' + (h % 26) as u8) as char;
            h /= 26;
            if k == 0 { c.to_ascii_uppercase() } else { c }
        })
        .collect()
}

/// `n` turns, each by a different person.
pub fn distinct_speakers(n: u64) -> String {
    (0..n)
        .map(|i| format!("{} {}: We opened {i} clinics.\n", name(i, 7), name(i, 99)))
        .collect()
}

/// `n` turns of two speakers, each with a different figure for the same thing.
pub fn alternating_turns(n: usize) -> String {
    (0..n)
        .map(|i| {
            let who = if i % 2 == 0 {
                "Anna Petrova"
            } else {
                "Mark Ellis"
            };
            format!("{who}: The plant employs {} people.\n", 1000 + i * 10)
        })
        .collect()
}

/// A figure inside `depth` nested brackets, lines ended by `eol`.
pub fn nested_brackets(depth: usize, eol: &str) -> String {
    format!(
        "Anna Petrova: {}300 schools{}{eol}Mark Ellis: about 340 schools{eol}",
        "(".repeat(depth),
        ")".repeat(depth)
    )
}

/// Two turns with a BOM, a NUL byte and CRLF line ends.
pub const ODD_BYTES: &str = "\u{feff}Anna Petrova: We have 200 branches.\0\r\nMark Ellis: Actually, we have 260 branches.\r\n";

/// One turn of `bytes` bytes repeating `unit` (`"1-"` a digit chain, `"1 "` figures in
/// one unpunctuated sentence), answered by a short turn.
pub fn repeated_unit(unit: &str, bytes: usize) -> String {
    format!(
        "Anna Petrova: {}1\nMark Ellis: No.\n",
        unit.repeat(bytes / unit.len())
    )
}
