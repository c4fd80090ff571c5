import ObjectLayout

/// The results of the `cmath` functions for arguments with an infinite or NaN part,
/// as CPython 3.11's cmathmodule tabulates them after C99's Annex G (later CPythons
/// changed a few entries).
///
/// Each table has a row for each class of the real part and, in it, an entry for each
/// class of the imaginary part, in `CMath.Kind` order: -inf, negative, -0, +0,
/// positive, +inf, nan. Entries marked `u` are never read: both parts are finite
/// there, or the function computes those cases itself.
enum CMathSpecialValues {
    typealias Table = [[(Double, Double)]]

    private static let inf = Double.infinity, n = Double.nan, u = (Double.nan, Double.nan)
    private static let p = Double.pi, p14 = 0.25 * Double.pi, p12 = 0.5 * Double.pi, p34 = 0.75 * Double.pi

    static let acos: Table = [
        [(p34, inf), (p, inf), (p, inf), (p, -inf), (p, -inf), (p34, -inf), (n, inf)],
        [(p12, inf), u, u, u, u, (p12, -inf), (n, n)],
        [(p12, inf), u, (p12, 0), (p12, -0.0), u, (p12, -inf), (p12, n)],
        [(p12, inf), u, (p12, 0), (p12, -0.0), u, (p12, -inf), (p12, n)],
        [(p12, inf), u, u, u, u, (p12, -inf), (n, n)],
        [(p14, inf), (0, inf), (0, inf), (0, -inf), (0, -inf), (p14, -inf), (n, inf)],
        [(n, inf), (n, n), (n, n), (n, n), (n, n), (n, -inf), (n, n)],
    ]

    static let acosh: Table = [
        [(inf, -p34), (inf, -p), (inf, -p), (inf, p), (inf, p), (inf, p34), (inf, n)],
        [(inf, -p12), u, u, u, u, (inf, p12), (n, n)],
        [(inf, -p12), u, (0, -p12), (0, p12), u, (inf, p12), (n, n)],
        [(inf, -p12), u, (0, -p12), (0, p12), u, (inf, p12), (n, n)],
        [(inf, -p12), u, u, u, u, (inf, p12), (n, n)],
        [(inf, -p14), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, p14), (inf, n)],
        [(inf, n), (n, n), (n, n), (n, n), (n, n), (inf, n), (n, n)],
    ]

    static let asinh: Table = [
        [(-inf, -p14), (-inf, -0.0), (-inf, -0.0), (-inf, 0), (-inf, 0), (-inf, p14), (-inf, n)],
        [(-inf, -p12), u, u, u, u, (-inf, p12), (n, n)],
        [(-inf, -p12), u, (-0.0, -0.0), (-0.0, 0), u, (-inf, p12), (n, n)],
        [(inf, -p12), u, (0, -0.0), (0, 0), u, (inf, p12), (n, n)],
        [(inf, -p12), u, u, u, u, (inf, p12), (n, n)],
        [(inf, -p14), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, p14), (inf, n)],
        [(inf, n), (n, n), (n, -0.0), (n, 0), (n, n), (inf, n), (n, n)],
    ]

    static let atanh: Table = [
        [(-0.0, -p12), (-0.0, -p12), (-0.0, -p12), (-0.0, p12), (-0.0, p12), (-0.0, p12), (-0.0, n)],
        [(-0.0, -p12), u, u, u, u, (-0.0, p12), (n, n)],
        [(-0.0, -p12), u, (-0.0, -0.0), (-0.0, 0), u, (-0.0, p12), (-0.0, n)],
        [(0, -p12), u, (0, -0.0), (0, 0), u, (0, p12), (0, n)],
        [(0, -p12), u, u, u, u, (0, p12), (n, n)],
        [(0, -p12), (0, -p12), (0, -p12), (0, p12), (0, p12), (0, p12), (0, n)],
        [(0, -p12), (n, n), (n, n), (n, n), (n, n), (0, p12), (n, n)],
    ]

    static let cosh: Table = [
        [(inf, n), u, (inf, 0), (inf, -0.0), u, (inf, n), (inf, n)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(n, 0), u, (1, 0), (1, -0.0), u, (n, 0), (n, 0)],
        [(n, 0), u, (1, -0.0), (1, 0), u, (n, 0), (n, 0)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(inf, n), u, (inf, -0.0), (inf, 0), u, (inf, n), (inf, n)],
        [(n, n), (n, n), (n, 0), (n, 0), (n, n), (n, n), (n, n)],
    ]

    static let exp: Table = [
        [(0, 0), u, (0, -0.0), (0, 0), u, (0, 0), (0, 0)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(n, n), u, (1, -0.0), (1, 0), u, (n, n), (n, n)],
        [(n, n), u, (1, -0.0), (1, 0), u, (n, n), (n, n)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(inf, n), u, (inf, -0.0), (inf, 0), u, (inf, n), (inf, n)],
        [(n, n), (n, n), (n, -0.0), (n, 0), (n, n), (n, n), (n, n)],
    ]

    static let log: Table = [
        [(inf, -p34), (inf, -p), (inf, -p), (inf, p), (inf, p), (inf, p34), (inf, n)],
        [(inf, -p12), u, u, u, u, (inf, p12), (n, n)],
        [(inf, -p12), u, (-inf, -p), (-inf, p), u, (inf, p12), (n, n)],
        [(inf, -p12), u, (-inf, -0.0), (-inf, 0), u, (inf, p12), (n, n)],
        [(inf, -p12), u, u, u, u, (inf, p12), (n, n)],
        [(inf, -p14), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, p14), (inf, n)],
        [(inf, n), (n, n), (n, n), (n, n), (n, n), (inf, n), (n, n)],
    ]

    static let sinh: Table = [
        [(inf, n), u, (-inf, -0.0), (-inf, 0), u, (inf, n), (inf, n)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(0, n), u, (-0.0, -0.0), (-0.0, 0), u, (0, n), (0, n)],
        [(0, n), u, (0, -0.0), (0, 0), u, (0, n), (0, n)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(inf, n), u, (inf, -0.0), (inf, 0), u, (inf, n), (inf, n)],
        [(n, n), (n, n), (n, -0.0), (n, 0), (n, n), (n, n), (n, n)],
    ]

    static let sqrt: Table = [
        [(inf, -inf), (0, -inf), (0, -inf), (0, inf), (0, inf), (inf, inf), (n, inf)],
        [(inf, -inf), u, u, u, u, (inf, inf), (n, n)],
        [(inf, -inf), u, (0, -0.0), (0, 0), u, (inf, inf), (n, n)],
        [(inf, -inf), u, (0, -0.0), (0, 0), u, (inf, inf), (n, n)],
        [(inf, -inf), u, u, u, u, (inf, inf), (n, n)],
        [(inf, -inf), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, inf), (inf, n)],
        [(inf, -inf), (n, n), (n, n), (n, n), (n, n), (inf, inf), (n, n)],
    ]

    static let tanh: Table = [
        [(-1, 0), u, (-1, -0.0), (-1, 0), u, (-1, 0), (-1, 0)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(n, n), u, (-0.0, -0.0), (-0.0, 0), u, (n, n), (n, n)],
        [(n, n), u, (0, -0.0), (0, 0), u, (n, n), (n, n)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(1, 0), u, (1, -0.0), (1, 0), u, (1, 0), (1, 0)],
        [(n, n), (n, n), (n, -0.0), (n, 0), (n, n), (n, n), (n, n)],
    ]

    static let rect: Table = [
        [(inf, n), u, (-inf, 0), (-inf, -0.0), u, (inf, n), (inf, n)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(0, 0), u, (-0.0, 0), (-0.0, -0.0), u, (0, 0), (0, 0)],
        [(0, 0), u, (0, -0.0), (0, 0), u, (0, 0), (0, 0)],
        [(n, n), u, u, u, u, (n, n), (n, n)],
        [(inf, n), u, (inf, -0.0), (inf, 0), u, (inf, n), (inf, n)],
        [(n, n), (n, n), (n, 0), (n, 0), (n, n), (n, n), (n, n)],
    ]
}
