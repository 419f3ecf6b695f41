"""Small inline-SVG charts for the HTML report: no JavaScript, no CDN, no plotting library.

Each function returns one ``<svg>`` element as a string; every label is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

FONT = 'font-family="system-ui,-apple-system,Segoe UI,Hiragino Sans,Meiryo,sans-serif"'
GOOD, MID, BAD, INK, GRID = "#2f855a", "#b7791f", "#c53030", "#1a202c", "#e2e8f0"


def _color(value: float, good: float = 0.9, ok: float = 0.75) -> str:
    return GOOD if value >= good else MID if value >= ok else BAD


def hbar_chart(
    items: Sequence[tuple[str, float, str]],
    *,
    title: str,
    max_value: float = 1.0,
    width: int = 560,
    css_id: str = "",
) -> str:
    """Horizontal bars, one per ``(label, value, note)``, coloured by value (0–1 scale)."""
    label_w, row_h, top = 190, 22, 30
    plot_w = width - label_w - 70
    height = top + row_h * max(len(items), 1) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(css_id)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" {FONT} font-size="12">',
        f'<text x="0" y="16" font-weight="600" font-size="13" fill="{INK}">{escape(title)}</text>',
    ]
    for tick in (0.0, 0.5, 1.0):
        x = label_w + plot_w * tick
        out.append(
            f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 8}" stroke="{GRID}"/>'
        )
    for i, (label, value, note) in enumerate(items):
        y = top + i * row_h
        w = plot_w * max(0.0, min(value / max_value if max_value else 0.0, 1.0))
        out.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" fill="{INK}">{escape(label)}</text>'
        )
        out.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{_color(value / max_value if max_value else 0)}">'
            f"<title>{escape(label)}: {value:.3f} {escape(note)}</title></rect>"
        )
        out.append(
            f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" fill="{INK}">{value:.2f} {escape(note)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def heatmap(
    rows: Sequence[str],
    cols: Sequence[str],
    cells: dict[str, dict[str, int]],
    *,
    title: str,
    css_id: str = "",
) -> str:
    """A confusion matrix: ``cells[row][col]`` counts; the diagonal in green, the rest in red."""
    cell, left, top = 34, 180, 150
    width = left + cell * len(cols) + 10
    height = top + cell * len(rows) + 10
    peak = max([v for r in cells.values() for v in r.values()] + [1])
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(css_id)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" {FONT} font-size="11">',
        f'<text x="0" y="16" font-weight="600" font-size="13" fill="{INK}">{escape(title)}</text>',
        f'<text x="{left}" y="34" fill="#4a5568">predicted →</text>',
        f'<text x="0" y="{top - 6}" fill="#4a5568">expected ↓</text>',
    ]
    for j, c in enumerate(cols):
        x = left + j * cell + cell / 2
        out.append(
            f'<text transform="translate({x:.1f},{top - 6}) rotate(-55)" fill="{INK}">{escape(c)}</text>'
        )
    for i, r in enumerate(rows):
        y = top + i * cell
        out.append(
            f'<text x="{left - 6}" y="{y + cell / 2 + 4:.1f}" text-anchor="end" fill="{INK}">{escape(r)}</text>'
        )
        for j, c in enumerate(cols):
            n = cells.get(r, {}).get(c, 0)
            x = left + j * cell
            if n:
                alpha = 0.15 + 0.85 * math.sqrt(n / peak)
                hue = GOOD if r == c else BAD
                fill = f'fill="{hue}" fill-opacity="{alpha:.2f}"'
            else:
                fill = 'fill="#f7fafc"'
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" {fill}>'
                f"<title>expected {escape(r)}, predicted {escape(c)}: {n}</title></rect>"
            )
            if n:
                out.append(
                    f'<text x="{x + cell / 2 - 1:.1f}" y="{y + cell / 2 + 3:.1f}" text-anchor="middle" fill="{INK}">{n}</text>'
                )
    out.append("</svg>")
    return "".join(out)


def histogram(
    values: Sequence[float],
    *,
    title: str,
    bins: int = 10,
    lo: float | None = None,
    hi: float | None = None,
    unit: str = "",
    width: int = 420,
    css_id: str = "",
    marks: Sequence[tuple[str, float]] = (),
) -> str:
    """A histogram of ``values`` with optional vertical marks (e.g. p50, p95)."""
    height, left, bottom, top = 190, 36, 30, 28
    lo = min(values, default=0.0) if lo is None else lo
    hi = max(values, default=1.0) if hi is None else hi
    if hi <= lo:
        hi = lo + 1.0
    counts = [0] * bins
    for v in values:
        k = min(int((v - lo) / (hi - lo) * bins), bins - 1)
        counts[max(k, 0)] += 1
    peak = max([*counts, 1])
    plot_w, plot_h = width - left - 10, height - top - bottom
    bw = plot_w / bins
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(css_id)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" {FONT} font-size="11">',
        f'<text x="0" y="16" font-weight="600" font-size="13" fill="{INK}">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#a0aec0"/>',
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" fill="#4a5568">{peak}</text>',
    ]
    for i, n in enumerate(counts):
        h = plot_h * n / peak
        x = left + i * bw
        a, b = lo + (hi - lo) * i / bins, lo + (hi - lo) * (i + 1) / bins
        out.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" fill="#4a6fa5">'
            f"<title>{a:.3g}–{b:.3g}{escape(unit)}: {n}</title></rect>"
        )
    for frac in (0.0, 0.5, 1.0):
        x = left + plot_w * frac
        out.append(
            f'<text x="{x:.1f}" y="{height - 12}" text-anchor="middle" fill="#4a5568">{lo + (hi - lo) * frac:.3g}{escape(unit)}</text>'
        )
    for name, v in marks:
        x = left + plot_w * (v - lo) / (hi - lo)
        out.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="{BAD}" stroke-dasharray="4 3"/>'
        )
        out.append(f'<text x="{x + 3:.1f}" y="{top + 10}" fill="{BAD}">{escape(name)}</text>')
    out.append("</svg>")
    return "".join(out)
