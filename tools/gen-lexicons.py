#!/usr/bin/env python3
"""Generates the word lists of src/lexicon/ that come from WordNet 3.0.

Usage: tools/gen-lexicons.py [WORDNET_DICT_DIR]   (default /usr/share/wordnet,
as Debian's wordnet-base package installs it; `apt-get install wordnet-base`).

The build never runs this: its output is committed, so neither a build nor a
user needs WordNet. Run it again after changing the seeds below, and commit
the files it writes. WordNet 3.0 is Copyright 2006 by Princeton University; its
licence (src/lexicon/WORDNET-LICENSE) asks that its notice go with the data.

What it writes:
- irregular-verbs.txt: irregular verb forms with their lemma ("lost lose"), from
  WordNet's verb.exc, leaving out forms that are themselves a noun or verb used in
  two or more senses of WordNet's tagged corpus ("left", "found", "thought", "ground":
  read as the words they also are).
- change-up.txt, change-down.txt: the word forms that say a quantity rose or
  fell. Seeds (below, chosen by hand: the verbs of change that transcripts use)
  are expanded with every inflection (WordNet's verb.exc for irregular forms,
  regular English suffixes otherwise) and with the nouns WordNet derives from
  them ("grow" -> "growth", "contract" -> "contraction").
- report-verbs.txt: the past forms of the verbs that relay what someone said (seeds
  below), irregular ones from verb.exc.
- person-nouns.txt: the single-word common nouns for a kind of person (WordNet's
  lexicographer file noun.person: "cosmonaut", "academician", "governor") whose
  first sense is a person ("company" is first a firm), leaving out any that WordNet
  also writes capitalised as a noun ("john", "mark", "dean"): a word that may be
  someone's given name.
"""
import os
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WNSEARCHDIR", "/usr/share/wordnet")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "lexicon")

# Verbs only: "rally" (a political rally) and "contract" (a signed contract) are left
# out, as nouns they are too often something else.
UP = ["increase", "rise", "grow", "climb", "gain", "jump", "surge", "soar",
      "go up", "expand", "double", "triple", "accelerate", "boost", "raise",
      "creep up", "edge up", "tick up", "inch up", "shoot up", "push up", "drive up"]
DOWN = ["decrease", "decline", "fall", "drop", "shrink", "plunge", "slump",
        "reduce", "cut", "go down", "diminish", "dwindle", "halve", "slow", "lower", "sag",
        "come down", "edge down", "tick down", "creep down", "drop off", "fall off"]
# Verbs that report what someone said (chosen by hand: those transcripts use to relay a
# promise or an announcement); their past forms make a following "would" reported
# future ("they promised it would open in 2020"), not a supposition.
REPORT = ["say", "tell", "announce", "promise", "state", "declare", "assure", "report",
          "confirm", "inform", "notify", "pledge", "vow", "write", "mention", "explain",
          "warn", "guarantee"]
# Nouns of change with no seed verb of their own here.
UP_NOUNS = ["upturn", "upswing", "uptick"]
DOWN_NOUNS = ["contraction", "downturn", "downswing", "recession"]


def read_exceptions():
    """Irregular verb forms, by lemma (verb.exc lines are "form lemma")."""
    exc = {}
    with open(os.path.join(WN, "verb.exc")) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                exc.setdefault(parts[1], set()).add(parts[0].replace("_", " "))
    return exc  # lemma -> its irregular forms


VOWELS = set("aeiou")


def regular_forms(verb):
    """Third person, past and gerund of a regular verb."""
    out = set()
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        out.add(verb + "es")
    elif verb.endswith("y") and verb[-2] not in VOWELS:
        out.add(verb[:-1] + "ies")
    else:
        out.add(verb + "s")
    if verb.endswith("e"):
        out.update([verb + "d", verb[:-1] + "ing"])
    elif verb.endswith("y") and verb[-2] not in VOWELS:
        out.update([verb[:-1] + "ied", verb + "ing"])
    elif (len(verb) >= 3 and verb[-1] not in VOWELS | {"w", "x", "y"}
          and verb[-2] in VOWELS and verb[-3] not in VOWELS and len(verb) <= 4):
        # Short consonant-vowel-consonant verbs double: drop -> dropped.
        out.update([verb + verb[-1] + "ed", verb + verb[-1] + "ing"])
    else:
        out.update([verb + "ed", verb + "ing"])
    return out


def forms(seed, exc):
    """Every inflection of a seed (a verb or a verb with its particle)."""
    head, _, particle = seed.partition(" ")
    regular = regular_forms(head)
    irregular = exc.get(head, set())
    if irregular:
        # "grew", "grown" instead of "growed"; keep the third person and the gerund.
        regular = {w for w in regular if not w.endswith("ed")}
    if head == "go":
        regular = {"goes", "going"}
    if head == "cut":
        regular, irregular = {"cuts", "cutting"}, set()
    words = {head} | regular | irregular
    return {w + (" " + particle if particle else "") for w in words}


def derived_nouns(seeds):
    """Nouns WordNet links to the seeds' verb senses as derivationally related."""
    nouns = {}
    offsets = {}
    with open(os.path.join(WN, "index.verb")) as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0].replace("_", " ")
            if lemma in seeds:
                n_synsets = int(parts[2])
                offsets[lemma] = parts[-n_synsets:]
    wanted = {o: lemma for lemma, offs in offsets.items() for o in offs}
    with open(os.path.join(WN, "data.verb")) as f:
        for line in f:
            if line.startswith(" ") or line[:8] not in wanted:
                continue
            lemma = wanted[line[:8]]
            parts = line.split()
            w_cnt = int(parts[3], 16)
            words = [parts[4 + 2 * k].lower().replace("_", " ") for k in range(w_cnt)]
            p = 4 + 2 * w_cnt
            p_cnt = int(parts[p])
            for k in range(p_cnt):
                sym, off, pos, st = parts[p + 1 + 4 * k: p + 5 + 4 * k]
                if sym != "+" or pos != "n":
                    continue
                src = int(st[:2], 16)
                if src and words[src - 1] != lemma:
                    continue
                nouns.setdefault(lemma, set()).add((off, int(st[2:], 16)))
    out = {}
    noun_words = {}
    need = {off for pairs in nouns.values() for off, _ in pairs}
    with open(os.path.join(WN, "data.noun")) as f:
        for line in f:
            if line[:8] in need:
                parts = line.split()
                w_cnt = int(parts[3], 16)
                noun_words[line[:8]] = [parts[4 + 2 * k].lower().replace("_", " ")
                                        for k in range(w_cnt)]
    for lemma, pairs in nouns.items():
        for off, target in pairs:
            ws = noun_words.get(off, [])
            if 0 < target <= len(ws):
                noun = ws[target - 1]
                # Keep the event nouns of the verb's own family ("growth" for "grow"),
                # not agents or instruments ("grower", "reducer") nor other senses.
                stem = lemma[: max(4, len(lemma) - 2)]
                agent = noun.endswith(("er", "or", "ant", "ure", "ate", "ing"))
                if noun.startswith(stem) and not agent and " " not in noun:
                    out.setdefault(lemma, set()).add(noun)
    return out


def write_list(name, header, entries):
    """Writes src/lexicon/NAME.txt: the header's lines as `#` comments, then the
    entries, one a line, in the order given."""
    path = os.path.join(OUT, name + ".txt")
    with open(path, "w") as f:
        for line in header:
            f.write(f"# {line}\n")
        for e in entries:
            f.write(f"{e}\n")
    print(f"{path}: {len(entries)} entries")


def write(name, about, seeds, nouns, exc):
    derived = derived_nouns(set(seeds))
    entries = {n for n in nouns} | {n + "s" for n in nouns}
    for s in seeds:
        entries |= forms(s, exc)
        for n in derived.get(s, ()):
            entries.add(n)
            entries.add(n + "s")
    write_list(name, [
        about,
        "Generated by tools/gen-lexicons.py from WordNet 3.0 (Copyright 2006 by",
        "Princeton University; licence in src/lexicon/WORDNET-LICENSE): the seeds",
        ", ".join(seeds),
        "with their inflections and the nouns WordNet derives from them, and the nouns",
        ", ".join(nouns) + ". Do not edit:",
        "change the seeds in the script and run it again.",
    ], sorted(entries))


def lemmas(pos, min_tagged):
    """The single-word lemmas of a part of speech with at least `min_tagged` senses
    tagged in WordNet's sense-tagged corpus (the index's tagsense_cnt): words really
    used so."""
    out = set()
    with open(os.path.join(WN, "index." + pos)) as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            p_cnt = int(parts[3])
            tagged = int(parts[5 + p_cnt])
            if tagged >= min_tagged:
                out.add(parts[0])
    return out


def write_irregular():
    # A noun or verb of its own in two or more tagged senses ("left", "thought",
    # "ground", "found") is left out; "lost" (one tagged noun sense) is kept.
    others = lemmas("noun", 2) | lemmas("verb", 2)
    pairs = set()
    with open(os.path.join(WN, "verb.exc")) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            form, lemma = parts[0], parts[1]
            if "_" in form or "_" in lemma or form == lemma or form in others:
                continue
            if not form.isalpha() or not lemma.isalpha():
                continue
            pairs.add((form, lemma))
    # A form with two lemmas ("bound": bind, bound) is left out: it is not one word's.
    count = {}
    for form, _ in pairs:
        count[form] = count.get(form, 0) + 1
    pairs = sorted(p for p in pairs if count[p[0]] == 1)
    write_list("irregular-verbs", [
        "Irregular verb forms and their lemma, one pair a line: form, then lemma.",
        "Generated by tools/gen-lexicons.py from WordNet 3.0's verb.exc (Copyright 2006",
        "by Princeton University; licence in src/lexicon/WORDNET-LICENSE), leaving out",
        "forms that are also a noun or verb in two or more tagged senses ('left',",
        "'found', 'thought') and forms of two lemmas. Do not edit: run the script again.",
    ], [f"{form} {lemma}" for form, lemma in pairs])


def past_forms(verb, exc):
    """The past forms of a verb: its irregular ones from verb.exc, else the regular."""
    irregular = {w for w in exc.get(verb, set()) if not w.endswith(("ing", "s"))}
    if irregular:
        return irregular
    return {w for w in regular_forms(verb) if w.endswith("ed")}


def write_report_verbs(exc):
    entries = set()
    for v in REPORT:
        entries |= past_forms(v, exc)
    write_list("report-verbs", [
        "Past forms of verbs that relay what someone said; a 'would' after one is",
        "reported future ('they promised it would open in 2020'), not a supposition.",
        "Generated by tools/gen-lexicons.py (irregular forms from WordNet 3.0's",
        "verb.exc, Copyright 2006 by Princeton University; licence in",
        "src/lexicon/WORDNET-LICENSE) from the seeds",
        ", ".join(REPORT) + ". Do not edit: change the seeds and run it again.",
    ], sorted(entries))


def write_person_nouns():
    # data.noun: offset, lexicographer file number (18 is noun.person), type, word
    # count (hex), then word and lex_id pairs.
    # A word whose first (most frequent) sense is not a person is left out: "company"
    # (a firm before a guest), "bank".
    lexfile, capitalised = {}, set()
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lexfile[parts[0]] = parts[1]
            for i in range(int(parts[3], 16)):
                w = parts[4 + 2 * i]
                if w[0].isupper() and "_" not in w:
                    capitalised.add(w.lower())
    people = set()
    with open(os.path.join(WN, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            w, synsets = parts[0], int(parts[2])
            if not w.isalpha():
                continue
            if lexfile.get(parts[-synsets]) == "18":
                people.add(w)
    write_list("person-nouns", [
        "Single-word common nouns for a kind of person ('cosmonaut', 'academician').",
        "Generated by tools/gen-lexicons.py from WordNet 3.0's noun.person (Copyright",
        "2006 by Princeton University; licence in src/lexicon/WORDNET-LICENSE), leaving",
        "out nouns whose first sense is not a person ('company') and nouns WordNet also",
        "writes capitalised ('john', 'mark', 'dean'): they may be a given name. Do not",
        "edit: run the script again.",
    ], sorted(people - capitalised))


def main():
    write_person_nouns()
    write_irregular()
    exc = read_exceptions()
    write("change-up", "Words that say a quantity rose.", UP, UP_NOUNS, exc)
    write("change-down", "Words that say a quantity fell.", DOWN, DOWN_NOUNS, exc)
    write_report_verbs(exc)


if __name__ == "__main__":
    main()
