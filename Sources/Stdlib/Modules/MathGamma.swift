#if canImport(Glibc)
import Glibc
#endif

/// CPython 3.11's own `gamma` and `lgamma` (not libm's): a Lanczos approximation
/// (N = 13, g = 6.024680040776729583740234375, Boost's parameters as a rational
/// function) with the reflection formula for negative arguments. Each returns its value
/// and the errno CPython's code would set.
enum MathGamma {
    enum Failure { case domain, range }

    static let g = 6.024680040776729583740234375
    static let gMinusHalf = 5.524680040776729583740234375
    static let logPi = 1.144729885849400174143427351353058711647

    static let numerator: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// The coefficients of x(x+1)…(x+11).
    static let denominator: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ]

    /// The Lanczos sum for x > 0, evaluated in 1/x above 5 so it cannot overflow.
    static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5 {
            for i in stride(from: 12, through: 0, by: -1) {
                num = num * x + numerator[i]
                den = den * x + denominator[i]
            }
        } else {
            for i in 0..<13 {
                num = num / x + numerator[i]
                den = den / x + denominator[i]
            }
        }
        return num / den
    }

    /// sin(pi * x) for finite x, exact at integers and half-integers.
    static func sinPi(_ x: Double) -> Double {
        let y = fmod(abs(x), 2)
        let r: Double
        switch Int((2 * y).rounded()) {
        case 0: r = sin(Double.pi * y)
        case 1: r = cos(Double.pi * (y - 0.5))
        // Not -sin(pi * (y - 1)), which is -0.0 at y == 1.
        case 2: r = sin(Double.pi * (1 - y))
        case 3: r = -cos(Double.pi * (y - 1.5))
        default: r = sin(Double.pi * (y - 2))
        }
        return copysign(1, x) * r
    }

    static func gamma(_ x: Double) -> (Double, Failure?) {
        if !x.isFinite {
            if x.isNaN || x > 0 { return (x, nil) }
            return (.nan, .domain)
        }
        if x == 0 { return (copysign(.infinity, x), .domain) }
        if x == x.rounded(.down) {
            if x < 0 { return (.nan, .domain) }
            // Exact factorials up to 22!.
            if x <= 23 {
                var r = 1.0
                var i = 2.0
                while i < x { r *= i; i += 1 }
                return (r, nil)
            }
        }
        let absX = abs(x)
        if absX < 1e-20 {
            let r = 1 / x
            return (r, r.isInfinite ? .range : nil)
        }
        // Beyond 200 gamma overflows, or underflows to a signed zero for negative x.
        if absX > 200 {
            if x < 0 { return (0 / sinPi(x), nil) }
            return (.infinity, .range)
        }
        let y = absX + gMinusHalf
        // The rounding error of y, as a correction factor for pow and exp.
        var z: Double
        if absX > gMinusHalf {
            let q = y - absX
            z = q - gMinusHalf
        } else {
            let q = y - gMinusHalf
            z = q - absX
        }
        z = z * g / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absX) / absX * exp(y) / lanczosSum(absX)
            r -= z * r
            if absX < 140 {
                r /= pow(y, absX - 0.5)
            } else {
                let half = pow(y, absX / 2 - 0.25)
                r /= half
                r /= half
            }
        } else {
            r = lanczosSum(absX) / exp(y)
            r += z * r
            if absX < 140 {
                r *= pow(y, absX - 0.5)
            } else {
                let half = pow(y, absX / 2 - 0.25)
                r *= half
                r *= half
            }
        }
        return (r, r.isInfinite ? .range : nil)
    }

    static func lgamma(_ x: Double) -> (Double, Failure?) {
        if !x.isFinite { return (x.isNaN ? x : .infinity, nil) }
        if x == x.rounded(.down) && x <= 2 {
            if x <= 0 { return (.infinity, .domain) }
            return (0, nil)
        }
        let absX = abs(x)
        if absX < 1e-20 { return (-log(absX), nil) }
        var r = log(lanczosSum(absX)) - g
        r += (absX - 0.5) * (log(absX + g - 0.5) - 1)
        if x < 0 {
            // The reflection formula.
            r = logPi - log(abs(sinPi(absX))) - log(absX) - r
        }
        return (r, r.isInfinite ? .range : nil)
    }
}
