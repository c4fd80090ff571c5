"""Warm-up curves as SVG: the time of one loop (y: a value's seconds per loop)
against the number of loops run so far (x: calls of the benchmark), one polyline
per implementation, each point a value. Values of calibration hold 1, 2, 4...
loops, so the first points of a curve are the process's first calls. Either axis
can be logarithmic: y when times span more than ten times, x when the curves'
lengths differ a hundredfold (a fast implementation calibrates to more loops)."""
import math
from xml.sax.saxutils import escape

COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"]
WIDTH, HEIGHT = 760, 420
LEFT, RIGHT, TOP, BOTTOM = 80, 170, 40, 50


def nice_ticks(low, high, count=5):
    """About `count` round numbers from low to high (1, 2 or 5 times a power of ten)."""
    if high <= low:
        return [low]
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = min((m * power for m in (1, 2, 5, 10) if m * power >= raw), default=10 * power)
    start = math.ceil(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 1e-9:
        ticks.append(round(value, 12))
        value += step
    return ticks


def decade_ticks(low, high):
    """Powers of ten covering [low, high], for a log axis."""
    return [10.0 ** e for e in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)]


def _time_label(seconds):
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= scale:
            return "%g %s" % (float("%.3g" % (seconds / scale)), unit)
    return "%g ns" % float("%.3g" % (seconds / 1e-9))


def wants_log(curves):
    """Log scale helps when times span more than a factor of ten."""
    times = [t for _, points in curves for _, t in points if t > 0]
    return bool(times) and max(times) / min(times) > 10


def wants_log_x(curves):
    ends = [points[-1][0] for _, points in curves if points]
    return bool(ends) and max(ends) / max(min(ends), 1) > 100


def _count_label(count):
    for suffix, scale in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if count >= scale:
            return "%g%s" % (float("%.3g" % (count / scale)), suffix)
    return "%g" % count


def warmup_curves(title, curves, log_y=None, log_x=None, x_label="loops run (calls of the benchmark)"):
    """`curves`: [(label, [(loops run, seconds per loop), ...]), ...]. `log_y` and
    `log_x` None pick the scales by wants_log and wants_log_x. Returns the SVG
    document as a string."""
    curves = [(label, [(x, y) for x, y in points if y > 0 and x > 0]) for label, points in curves]
    curves = [(label, points) for label, points in curves if points]
    if log_y is None:
        log_y = wants_log(curves)
    if log_x is None:
        log_x = wants_log_x(curves)
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
             'font-family="sans-serif" font-size="12">' % (WIDTH, HEIGHT),
             '<rect width="100%" height="100%" fill="white"/>',
             '<text x="%d" y="22" font-size="15" font-weight="bold">%s</text>' % (LEFT, escape(title))]
    if not curves:
        parts.append('<text x="%d" y="%d">no values</text>' % (LEFT, HEIGHT // 2))
        return "\n".join(parts + ["</svg>"]) + "\n"
    xs = [x for _, points in curves for x, _ in points]
    ys = [y for _, points in curves for _, y in points]
    if log_x:
        x_ticks = decade_ticks(1, max(max(xs), 10))
        x_low, x_high = x_ticks[0], x_ticks[-1]
        scale_x = lambda x: math.log10(x) / math.log10(x_high)
    else:
        x_low, x_high = 0, max(xs)
        x_ticks = nice_ticks(x_low, x_high)
        scale_x = lambda x: (x - x_low) / ((x_high - x_low) or 1)
    if log_y:
        y_ticks = decade_ticks(min(ys), max(ys))
        y_low, y_high = y_ticks[0], y_ticks[-1]
        if y_low == y_high:
            y_high = y_low * 10
            y_ticks.append(y_high)
        scale_y = lambda y: (math.log10(y) - math.log10(y_low)) / (math.log10(y_high) - math.log10(y_low))
    else:
        y_low, y_high = 0.0, max(ys) * 1.05
        y_ticks = nice_ticks(y_low, y_high)
        scale_y = lambda y: (y - y_low) / (y_high - y_low)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x):
        return LEFT + plot_w * scale_x(x)

    def py(y):
        return TOP + plot_h * (1 - scale_y(y))

    parts.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>'
                 % (LEFT, TOP, plot_w, plot_h))
    for tick in y_ticks:
        y = py(tick)
        parts.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/>' % (LEFT, LEFT + plot_w, y, y))
        parts.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>' % (LEFT - 6, y + 4, _time_label(tick)))
    for tick in x_ticks:
        x = px(tick)
        parts.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>'
                     % (x, TOP + plot_h + 18, _count_label(tick)))
    parts.append('<text x="%d" y="%d" text-anchor="middle">%s%s</text>'
                 % (LEFT + plot_w // 2, HEIGHT - 10, escape(x_label), ", log scale" if log_x else ""))
    parts.append('<text x="16" y="%d" transform="rotate(-90 16 %d)" text-anchor="middle">'
                 'time per loop%s</text>' % (TOP + plot_h // 2, TOP + plot_h // 2,
                                             " (log scale)" if log_y else ""))
    for index, (label, points) in enumerate(curves):
        colour = COLOURS[index % len(COLOURS)]
        coordinates = " ".join("%.1f,%.1f" % (px(x), py(y)) for x, y in points)
        parts.append('<polyline fill="none" stroke="%s" stroke-width="1.5" points="%s"/>' % (colour, coordinates))
        legend_y = TOP + 16 + 18 * index
        parts.append('<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="%s" stroke-width="3"/>'
                     % (LEFT + plot_w + 12, LEFT + plot_w + 32, legend_y - 4, legend_y - 4, colour))
        parts.append('<text x="%d" y="%d">%s</text>' % (LEFT + plot_w + 38, legend_y, escape(label)))
    return "\n".join(parts + ["</svg>"]) + "\n"
