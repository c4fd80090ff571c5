/// Checks code given to `_sre.compile` before the engine may run it, as CPython's
/// `_validate` does: every opcode known, every operand and skip within the code,
/// blocks ending where the compiler ends them, groups within the pattern's. Then
/// no code can make the engine read outside the code, the marks or the subject.
/// Skips only go forward and nested blocks end before their parents.
struct SREValidator {
    let code: UnsafePointer<UInt32>
    let groups: Int

    struct Invalid: Error {}

    static func isValid(_ code: UnsafePointer<UInt32>, count: Int, groups: Int) -> Bool {
        guard groups >= 0 && groups <= SREConstants.maxGroups && count > 0
            && code[count - 1] == SREOpcode.success.rawValue else { return false }
        do {
            let validator = SREValidator(code: code, groups: groups)
            guard try !validator.block(0, count - 1) else { return false }
            return validator.prefixSkipIsLiteral(count)
        } catch {
            return false
        }
    }

    /// Searching with a literal prefix starts the engine past the prefix's first
    /// `skip` characters, which must be LITERALs leading the code (the compiler's
    /// prefix comes from them); CPython trusts this.
    private func prefixSkipIsLiteral(_ count: Int) -> Bool {
        guard code[0] == SREOpcode.info.rawValue, code[2] & SREConstants.infoPrefix != 0 else { return true }
        let skip = Int(code[6])
        guard skip <= Int(code[5]) else { return false }
        var i = 1 + Int(code[1])
        for _ in 0..<skip {
            guard i + 1 < count, code[i] == SREOpcode.literal.rawValue else { return false }
            i += 2
        }
        return true
    }

    private func operand(_ i: inout Int, _ end: Int) throws(Invalid) -> UInt32 {
        guard i < end else { throw Invalid() }
        i += 1
        return code[i - 1]
    }

    /// A skip word at `i`, which may reach at most `end + adjust`.
    private func skip(_ i: inout Int, _ end: Int, adjust: Int = 0) throws(Invalid) -> Int {
        guard i < end else { throw Invalid() }
        let skip = Int(code[i])
        guard skip - adjust <= end - i else { throw Invalid() }
        i += 1
        return skip
    }

    /// The items of a set in `i..<end`.
    private func set(_ start: Int, _ end: Int) throws(Invalid) {
        var i = start
        while i < end {
            guard let op = SREOpcode(rawValue: try operand(&i, end)) else { throw Invalid() }
            switch op {
            case .negate:
                break
            case .literal:
                _ = try operand(&i, end)
            case .range, .rangeUniIgnore:
                _ = try operand(&i, end)
                _ = try operand(&i, end)
            case .charset:
                guard 8 <= end - i else { throw Invalid() }
                i += 8
            case .bigCharset:
                let blocks = try operand(&i, end)
                guard 64 <= end - i else { throw Invalid() }
                let numbers = UnsafeRawPointer(code + i)
                for k in 0..<256 where UInt32(numbers.load(fromByteOffset: k, as: UInt8.self)) >= blocks { throw Invalid() }
                i += 64
                guard Int(blocks) * 8 <= end - i else { throw Invalid() }
                i += Int(blocks) * 8
            case .category:
                guard try operand(&i, end) < SRECategory.count else { throw Invalid() }
            default:
                throw Invalid()
            }
        }
    }

    /// The opcodes in `start..<end`; true when the block ends with a JUMP.
    private func block(_ start: Int, _ end: Int) throws(Invalid) -> Bool {
        guard start <= end else { throw Invalid() }
        var i = start
        while i < end {
            guard let op = SREOpcode(rawValue: try operand(&i, end)) else { throw Invalid() }
            switch op {
            case .mark:
                guard Int(try operand(&i, end)) <= 2 * groups + 1 else { throw Invalid() }

            case .literal, .notLiteral, .literalIgnore, .notLiteralIgnore, .literalUniIgnore,
                 .notLiteralUniIgnore, .literalLocIgnore, .notLiteralLocIgnore:
                _ = try operand(&i, end)

            case .success, .failure, .any, .anyAll:
                break

            case .at:
                guard try operand(&i, end) <= SREAt.uniNonBoundary else { throw Invalid() }

            case .in, .inIgnore, .inUniIgnore, .inLocIgnore:
                let n = try skip(&i, end)
                // The set ends with FAILURE, one word before the skip's target.
                guard n >= 2 else { throw Invalid() }
                try set(i, i + n - 2)
                guard code[i + n - 2] == SREOpcode.failure.rawValue else { throw Invalid() }
                i += n - 1

            case .info:
                // <INFO> <skip> <flags> <min> <max> [<length> <skip> prefix overlap | set]
                let n = try skip(&i, end)
                let next = i + n - 1
                let flags = try operand(&i, end)
                _ = try operand(&i, end)
                _ = try operand(&i, end)
                let known = SREConstants.infoPrefix | SREConstants.infoLiteral | SREConstants.infoCharset
                guard flags & ~known == 0,
                      flags & SREConstants.infoPrefix == 0 || flags & SREConstants.infoCharset == 0,
                      flags & SREConstants.infoLiteral == 0 || flags & SREConstants.infoPrefix != 0 else { throw Invalid() }
                if flags & SREConstants.infoPrefix != 0 {
                    let length = Int(try operand(&i, end))
                    _ = try operand(&i, end)
                    guard length <= next - i else { throw Invalid() }
                    i += length
                    guard length <= next - i else { throw Invalid() }
                    for k in 0..<length where Int(code[i + k]) >= length { throw Invalid() }
                    i += length
                }
                if flags & SREConstants.infoCharset != 0 {
                    guard next >= i + 1 else { throw Invalid() }
                    try set(i, next - 1)
                    guard code[next - 1] == SREOpcode.failure.rawValue else { throw Invalid() }
                    i = next
                } else if i != next {
                    throw Invalid()
                }

            case .branch:
                var target = -1
                while true {
                    let n = try skip(&i, end)
                    if n == 0 { break }
                    // Each alternative ends with a JUMP to the same place.
                    guard n >= 3, try !block(i, i + n - 3) else { throw Invalid() }
                    i += n - 3
                    guard try operand(&i, end) == SREOpcode.jump.rawValue else { throw Invalid() }
                    let jump = try skip(&i, end)
                    if target < 0 {
                        target = i + jump - 1
                    } else if i + jump - 1 != target {
                        throw Invalid()
                    }
                }
                guard i == target else { throw Invalid() }

            case .repeatOne, .minRepeatOne, .possessiveRepeatOne:
                let n = try skip(&i, end)
                let minimum = try operand(&i, end), maximum = try operand(&i, end)
                guard minimum <= maximum, n >= 4, try !block(i, i + n - 4) else { throw Invalid() }
                i += n - 4
                guard try operand(&i, end) == SREOpcode.success.rawValue else { throw Invalid() }

            case .repeat, .possessiveRepeat:
                let n = try skip(&i, end)
                let minimum = try operand(&i, end), maximum = try operand(&i, end)
                guard minimum <= maximum, n >= 3, try !block(i, i + n - 3) else { throw Invalid() }
                i += n - 3
                let until = try operand(&i, end)
                if op == .possessiveRepeat {
                    guard until == SREOpcode.success.rawValue else { throw Invalid() }
                } else {
                    guard until == SREOpcode.maxUntil.rawValue || until == SREOpcode.minUntil.rawValue else { throw Invalid() }
                }

            case .atomicGroup:
                let n = try skip(&i, end)
                guard n >= 2, try !block(i, i + n - 2) else { throw Invalid() }
                i += n - 2
                guard try operand(&i, end) == SREOpcode.success.rawValue else { throw Invalid() }

            case .groupref, .grouprefIgnore, .grouprefUniIgnore, .grouprefLocIgnore:
                guard Int(try operand(&i, end)) < groups else { throw Invalid() }

            case .grouprefExists:
                // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]: the skip counts
                // from the group word; a JUMP ending "yes" means there is a "no" part.
                guard Int(try operand(&i, end)) < groups else { throw Invalid() }
                let n = try skip(&i, end, adjust: 1)
                i -= 1
                guard n >= 2 else { throw Invalid() }
                var endsWithJump = try block(i + 1, i + n - 1)
                if endsWithJump {
                    i += n - 2
                    let m = try skip(&i, end)
                    guard m >= 1 else { throw Invalid() }
                    endsWithJump = try block(i, i + m - 1)
                    guard !endsWithJump else { throw Invalid() }
                    i += m - 1
                } else {
                    i += n - 1
                }

            case .assert, .assertNot:
                let n = try skip(&i, end)
                _ = try operand(&i, end)
                i -= 1
                guard n >= 2, try !block(i + 1, i + n - 2) else { throw Invalid() }
                i += n - 2
                guard try operand(&i, end) == SREOpcode.success.rawValue else { throw Invalid() }

            case .jump:
                guard i + 1 == end else { throw Invalid() }
                return true

            default:
                throw Invalid()
            }
        }
        return false
    }
}
