#!/usr/bin/env python3.11
"""Writes Sources/Stdlib/Modules/Unicodedata/UnicodeDataTables.swift, the tables of
Krait's unicodedata module, from python3.11's own unicodedata (Unicode 14.0.0 and its
ucd_3_2_0), and the name aliases and named sequences, which python3.11 cannot list,
from Perl 5.36's copies of the 14.0.0 files (Name.pl and NamedSequences.txt in
/usr/share/perl/5.36.0/unicore, or the folder given as the first argument), each
checked against unicodedata.lookup. Run it
again only to change the tables' layout: the data is CPython 3.11's.

    python3.11 scripts/generate-unicodedata.py
"""
import base64
import os
import sys
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/Stdlib/Modules/Unicodedata/UnicodeDataTables.swift")
UNICORE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/perl/5.36.0/unicore"
SEQUENCES = os.path.join(UNICORE, "NamedSequences.txt")
SHIFT = 7
old = unicodedata.ucd_3_2_0

def names(values):
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out

chars = [chr(c) for c in range(0x110000)]
categories = names(["Cn"] + sorted({unicodedata.category(ch) for ch in chars}))
bidis = names([""] + sorted({unicodedata.bidirectional(ch) for ch in chars}))
widths = ["F", "H", "W", "Na", "A", "N"]

def record(ch):
    return (categories.index(unicodedata.category(ch))
            | bidis.index(unicodedata.bidirectional(ch)) << 5
            | unicodedata.combining(ch) << 10
            | widths.index(unicodedata.east_asian_width(ch)) << 18
            | unicodedata.mirrored(ch) << 21)

records, record_of = [], {}
per_char = []
for ch in chars:
    r = record(ch)
    if r not in record_of:
        record_of[r] = len(records)
        records.append(r)
    per_char.append(record_of[r])
assert len(records) < 65536

blocks, block_of, index1 = [], {}, []
for start in range(0, 0x110000, 1 << SHIFT):
    block = tuple(per_char[start:start + (1 << SHIFT)])
    if block not in block_of:
        block_of[block] = len(blocks)
        blocks.append(block)
    index1.append(block_of[block])
wide = len(records) > 255
index2 = [r for block in blocks for r in block]

def packed(values, width):
    return base64.b64encode(b"".join(v.to_bytes(width, "little") for v in values)).decode()

def numeric_fields(u, ch):
    return (str(u.decimal(ch, "")), str(u.digit(ch, "")), repr(u.numeric(ch)) if u.numeric(ch, None) is not None else "")

decompositions, numerics = [], []
for c, ch in enumerate(chars):
    d = unicodedata.decomposition(ch)
    if d:
        # "*": a primary composite, which NFC composes from its two characters.
        primary = (not d.startswith("<") and len(d.split()) == 2
                   and unicodedata.normalize("NFC", ch) == ch)
        decompositions.append("%s%X:%s" % ("*" if primary else "", c, d))
    fields = numeric_fields(unicodedata, ch)
    if fields != ("", "", ""):
        numerics.append("%X;%s" % (c, ";".join(fields)))

def properties(u, ch):
    return ";".join([u.category(ch), u.bidirectional(ch), str(u.combining(ch)), u.east_asian_width(ch),
                     str(u.mirrored(ch)), *numeric_fields(u, ch), u.decomposition(ch)])

# Unicode 3.2.0: runs of code points whose properties differ from 14.0.0 and are the
# same along the run, each with its 3.2.0 properties.
old_tuples, old_runs = [], []
run = None
for c, ch in enumerate(chars):
    now, then = properties(unicodedata, ch), properties(old, ch)
    if now == then:
        run = None
        continue
    if then not in old_tuples:
        old_tuples.append(then)
    t = old_tuples.index(then)
    if run is not None and run[2] == t and run[1] == c - 1:
        run[1] = c
    else:
        run = [c, c, t]
        old_runs.append(run)

# NormalizationCorrections.txt for 3.2.0: a character that NFD maps to another
# single character there, which 14.0.0's decomposition no longer gives.
corrections = []
for c, ch in enumerate(chars):
    if old.category(ch) == "Cn":
        continue
    then = old.normalize("NFD", ch)
    if then != unicodedata.normalize("NFD", ch) and len(then) == 1:
        corrections.append("%X:%X" % (c, ord(then)))

sequences = []
with open(SEQUENCES, encoding="utf-8") as f:
    assert "NamedSequences-14.0.0" in f.readline()
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            name, points = line.split(";")
            text = "".join(chr(int(p, 16)) for p in points.split())
            assert unicodedata.lookup(name) == text, name
            sequences.append("%s;%s" % (name, points.strip()))

# Name.pl: "code\nname\n\n" entries: names, NameAliases.txt's aliases, and Perl's
# own extra names, which unicodedata.lookup refuses. An alias is a name that is not
# the character's own and that lookup accepts.
aliases = []
with open(os.path.join(UNICORE, "Name.pl"), encoding="utf-8") as f:
    text = f.read()
    assert "Version 14.0.0" in text
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.split("\n\n"):
        code, name = entry.strip().split("\n")
        if " " in code:
            continue
        ch = chr(int(code, 16))
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue
        if unicodedata.name(ch, None) != name:
            assert found == ch, name
            aliases.append("%s;%s" % (name, code.lstrip("0") or "0"))

def lines(items, per_line):
    return "\n".join(" ".join(items[i:i + per_line]) for i in range(0, len(items), per_line))

def text_block(text):
    return '"""\n' + text + '\n"""'

def chunked(data, width=120):
    return "\n".join(data[i:i + width] for i in range(0, len(data), width))

def swift_strings(values):
    return "[" + ", ".join('"%s"' % v for v in values) + "]"

out = []
out.append("// Generated by scripts/generate-unicodedata.py from python3.11's unicodedata\n"
           "// (Unicode 14.0.0, and 3.2.0 for ucd_3_2_0) and NamedSequences.txt 14.0.0. Do not edit.\n")
out.append("enum UnicodeDataTables {")
out.append("    static let categories: [String] = " + swift_strings(categories))
out.append("    static let bidirectionals: [String] = " + swift_strings(bidis))
out.append("    static let eastAsianWidths: [String] = " + swift_strings(widths))
out.append("    /// Property records: category | bidirectional << 5 | combining << 10 |")
out.append("    /// east asian width << 18 | mirrored << 21.")
out.append("    static let records: [UInt32] = [\n" + lines(["0x%X," % r for r in records], 10) + "\n    ]")
out.append("    static let blockShift = %d" % SHIFT)
out.append("    static let recordWidth = %d" % (2 if wide else 1))
out.append("    /// Base64 of a UInt16 (little-endian) block number per block of code points.")
out.append("    static let blockIndex = " + text_block(chunked(packed(index1, 2))))
out.append("    /// Base64 of the blocks: a record number per code point (recordWidth bytes).")
out.append("    static let blockRecords = " + text_block(chunked(packed(index2, 2 if wide else 1))))
out.append("    /// `code:decomposition` lines; `*` marks a primary composite.")
out.append("    static let decompositions = " + text_block("\n".join(decompositions)))
out.append("    /// `code;decimal;digit;numeric` lines.")
out.append("    static let numerics = " + text_block("\n".join(numerics)))
out.append("    /// `name;code points` lines: NamedSequences.txt.")
out.append("    static let namedSequences = " + text_block("\n".join(sequences)))
out.append("    /// `alias;code` lines: NameAliases.txt.")
out.append("    static let aliases = " + text_block("\n".join(aliases)))
out.append("    /// Unicode 3.2.0's properties where they differ, as `category;bidirectional;")
out.append("    /// combining;east asian width;mirrored;decimal;digit;numeric;decomposition`.")
out.append("    static let oldProperties = " + text_block("\n".join(old_tuples)))
out.append("    /// `first last property-line` runs (hexadecimal code points) for 3.2.0.")
out.append("    static let oldRuns = " + text_block("\n".join("%X %X %d" % tuple(r) for r in old_runs)))
out.append("    /// 3.2.0's NormalizationCorrections: `code:replacement`.")
out.append("    static let oldCorrections = " + text_block(" ".join(corrections)))
out.append("}\n")
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print(OUT, len(records), "records", len(blocks), "blocks", len(decompositions), "decompositions",
      len(numerics), "numerics", len(old_tuples), "old tuples", len(old_runs), "old runs",
      len(corrections), "corrections", len(sequences), "sequences", len(aliases), "aliases")
