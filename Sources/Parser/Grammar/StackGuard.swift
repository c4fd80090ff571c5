import NativeStack

/// Keeps the recursive-descent parser off the end of the native stack: deeply nested
/// source must become an exception, whatever thread parses it and however big its stack.
struct StackGuard {
    /// Lowest stack address the parser may use; 0 when the stack bounds are unknown.
    let limit: UInt

    /// Room left for the frames that run after the last check (error reporting, the
    /// f-string sub-parser's setup, …).
    static let reserve: UInt = 256 * 1024

    init() {
        let low = UInt(krait_stack_low_address())
        limit = low == 0 ? 0 : low + StackGuard.reserve
    }

    /// Whether the current frame is still above the limit.
    @inline(__always)
    func hasRoom() -> Bool {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here > limit
    }
}
