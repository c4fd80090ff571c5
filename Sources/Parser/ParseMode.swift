/// What a piece of source is parsed as, like the `mode` argument of `compile()`.
public enum ParseMode: Sendable {
    /// A module (`'exec'`).
    case exec
    /// A single expression (`'eval'`).
    case eval
    /// One interactive statement (`'single'`).
    case single
    /// A function type comment (`'func_type'`).
    case funcType
}
