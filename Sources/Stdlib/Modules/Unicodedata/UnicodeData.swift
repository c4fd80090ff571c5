/// The Unicode Character Database of CPython 3.11's unicodedata, read from the
/// generated `UnicodeDataTables` on first use. Swift's own Unicode data is a later
/// version and lacks bidirectional classes, east asian widths and decomposition
/// mappings, so these come from python3.11 (scripts/generate-unicodedata.py); names
/// are `CharacterNames`' (Swift's, limited to Unicode 14.0).
enum UnicodeData {
    /// A character's properties in one version of the database.
    struct Properties {
        var category: String
        var bidirectional: String
        var combining: Int
        var eastAsianWidth: String
        var mirrored: Int
        var decimal: Int?
        var digit: Int?
        var numeric: Double?
        var decomposition: String
    }

    /// A decomposition mapping: its text, whether it is a compatibility one (tagged),
    /// and its code points.
    struct Decomposition {
        let text: Substring
        let compatibility: Bool
        let points: [UInt32]
    }

    static let blockIndex: [UInt8] = base64(UnicodeDataTables.blockIndex)
    static let blockRecords: [UInt8] = base64(UnicodeDataTables.blockRecords)

    /// The packed property record of `c` (see `UnicodeDataTables.records`).
    @inline(__always)
    static func record(_ c: UInt32) -> UInt32 {
        let shift = UnicodeDataTables.blockShift
        let b = Int(c) >> shift
        let block = Int(blockIndex[2 * b]) | Int(blockIndex[2 * b + 1]) << 8
        let at = block << shift + Int(c) & ((1 << shift) - 1)
        let r = UnicodeDataTables.recordWidth == 1 ? Int(blockRecords[at]) : Int(blockRecords[2 * at]) | Int(blockRecords[2 * at + 1]) << 8
        return UnicodeDataTables.records[r]
    }

    /// The canonical combining class (Unicode 14.0), as normalization uses it.
    @inline(__always)
    static func combining(_ c: UInt32) -> Int { Int(record(c) >> 10 & 0xFF) }

    static let decompositions: [UInt32: Decomposition] = {
        var table: [UInt32: Decomposition] = [:]
        for line in UnicodeDataTables.decompositions.split(separator: "\n") {
            let body = line.first == "*" ? line.dropFirst() : line
            let colon = body.firstIndex(of: ":")!
            let text = body[body.index(after: colon)...]
            let fields = text.split(separator: " ")
            let compatibility = fields.first?.first == "<"
            table[UInt32(body[..<colon], radix: 16)!] = Decomposition(
                text: text, compatibility: compatibility,
                points: fields.dropFirst(compatibility ? 1 : 0).map { UInt32($0, radix: 16)! })
        }
        return table
    }()

    /// NFC's pairs: the primary composite of two characters, keyed by `first << 21 | last`.
    static let compositions: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        for line in UnicodeDataTables.decompositions.split(separator: "\n") where line.first == "*" {
            let colon = line.firstIndex(of: ":")!
            let points = line[line.index(after: colon)...].split(separator: " ").map { UInt64($0, radix: 16)! }
            table[points[0] << 21 | points[1]] = UInt32(line.dropFirst()[..<colon], radix: 16)!
        }
        return table
    }()

    /// The characters that begin, and those that end, a pair of `compositions`.
    static let compositionFirsts: Set<UInt32> = Set(compositions.keys.map { UInt32($0 >> 21) })
    static let compositionLasts: Set<UInt32> = Set(compositions.keys.map { UInt32($0 & 0x1F_FFFF) })

    static let numerics: [UInt32: (Int?, Int?, Double?)] = {
        var table: [UInt32: (Int?, Int?, Double?)] = [:]
        for line in UnicodeDataTables.numerics.split(separator: "\n") {
            let f = line.split(separator: ";", omittingEmptySubsequences: false)
            table[UInt32(f[0], radix: 16)!] = (Int(f[1]), Int(f[2]), Double(f[3]))
        }
        return table
    }()

    static let namedSequences: [String: [UInt32]] = {
        var table: [String: [UInt32]] = [:]
        for line in UnicodeDataTables.namedSequences.split(separator: "\n") {
            let f = line.split(separator: ";")
            table[String(f[0])] = f[1].split(separator: " ").map { UInt32($0, radix: 16)! }
        }
        return table
    }()

    static let aliases: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        for line in UnicodeDataTables.aliases.split(separator: "\n") {
            let f = line.split(separator: ";")
            table[String(f[0])] = UInt32(f[1], radix: 16)!
        }
        return table
    }()

    /// The properties of `c` in Unicode 14.0.0.
    static func properties(_ c: UInt32) -> Properties {
        let r = record(c)
        let numeric = numerics[c]
        return Properties(
            category: UnicodeDataTables.categories[Int(r & 0x1F)],
            bidirectional: UnicodeDataTables.bidirectionals[Int(r >> 5 & 0x1F)],
            combining: Int(r >> 10 & 0xFF),
            eastAsianWidth: UnicodeDataTables.eastAsianWidths[Int(r >> 18 & 7)],
            mirrored: Int(r >> 21 & 1),
            decimal: numeric?.0, digit: numeric?.1, numeric: numeric?.2,
            decomposition: decompositions[c].map { String($0.text) } ?? "")
    }

    // MARK: Unicode 3.2.0

    static let oldProperties: [Properties] = UnicodeDataTables.oldProperties.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        let f = line.split(separator: ";", omittingEmptySubsequences: false)
        return Properties(category: String(f[0]), bidirectional: String(f[1]), combining: Int(f[2])!,
                          eastAsianWidth: String(f[3]), mirrored: Int(f[4])!, decimal: Int(f[5]), digit: Int(f[6]),
                          numeric: Double(f[7]), decomposition: String(f[8]))
    }

    /// Runs of code points with 3.2.0 properties of their own: first, last, properties.
    static let oldRuns: [(UInt32, UInt32, Int)] = UnicodeDataTables.oldRuns.split(separator: "\n").map { line in
        let f = line.split(separator: " ")
        return (UInt32(f[0], radix: 16)!, UInt32(f[1], radix: 16)!, Int(f[2])!)
    }

    static let oldCorrections: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for pair in UnicodeDataTables.oldCorrections.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let f = pair.split(separator: ":")
            table[UInt32(f[0], radix: 16)!] = UInt32(f[1], radix: 16)!
        }
        return table
    }()

    /// The 3.2.0 properties of `c` where they differ from 14.0.0's.
    static func oldOverride(_ c: UInt32) -> Properties? {
        var low = 0, high = oldRuns.count
        while low < high {
            let mid = (low + high) / 2
            if oldRuns[mid].1 < c { low = mid + 1 } else { high = mid }
        }
        guard low < oldRuns.count, oldRuns[low].0 <= c else { return nil }
        return oldProperties[oldRuns[low].2]
    }

    /// The properties of `c` in Unicode 3.2.0 (`legacy`) or 14.0.0.
    static func properties(_ c: UInt32, legacy: Bool) -> Properties {
        if legacy, let old = oldOverride(c) { return old }
        return properties(c)
    }

    /// Whether `c` was unassigned in Unicode 3.2.0 though it is assigned now
    /// (CPython's `category_changed == 0`).
    static func unassignedInOld(_ c: UInt32) -> Bool { oldOverride(c)?.category == "Cn" }

    /// Decodes base64 text (newlines ignored).
    static func base64(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var accumulator: UInt32 = 0, bits = 0
        for byte in text.utf8 {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): value = 62
            case UInt8(ascii: "/"): value = 63
            default: continue
            }
            accumulator = accumulator << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return out
    }
}
