"""The notebook view of a Document (``Document._repr_html_``), drawn like displaCy's entities.

Quotes get a background in their speaker's colour, the mention naming the speaker is underlined
in that colour, numbers are boxed, and numbers that make a claim carry the claim's concept as a
label. Everything from the text is HTML-escaped; nothing runs in the page.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from . import Document

# Light backgrounds that keep black text readable, one per speaker in order of appearance.
PALETTE = (
    "#ffe08a",
    "#a8e6cf",
    "#b5d8ff",
    "#ffc4d6",
    "#d7c4ff",
    "#ffd3a8",
    "#c9f0a0",
    "#a8f0ee",
)
NO_SPEAKER = "#e6e6e6"

STYLE = """<style>
.sayso-doc{font-family:system-ui,-apple-system,sans-serif;line-height:2.1;white-space:pre-wrap;
  max-width:60em;color:#111;background:#fff;padding:.5em}
.sayso-q{border-radius:.3em;padding:.15em 0}
.sayso-sp{font-weight:600;border-bottom:3px solid;}
.sayso-num{border:1px solid #888;border-radius:.25em;padding:0 .2em;background:#fff}
.sayso-claim{border:2px solid #c0392b;border-radius:.3em;padding:0 .25em;background:#fff}
.sayso-label{font-size:.7em;font-weight:700;text-transform:uppercase;margin-left:.4em;
  color:#c0392b;vertical-align:middle}
.sayso-legend{font-family:system-ui,-apple-system,sans-serif;font-size:.85em;margin-bottom:.4em}
.sayso-legend span{border-radius:.3em;padding:.1em .4em;margin-right:.4em}
</style>"""


class _Mark(NamedTuple):
    start: int
    end: int
    html_open: str
    html_close: str


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _colours(doc: Document) -> dict[str | None, str]:
    colours: dict[str | None, str] = {None: NO_SPEAKER}
    for q in doc.quotes:
        if q.speaker not in colours:
            colours[q.speaker] = PALETTE[(len(colours) - 1) % len(PALETTE)]
    return colours


def _non_overlapping(marks: list[_Mark]) -> list[_Mark]:
    out: list[_Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        if m.start < m.end and (not out or m.start >= out[-1].end):
            out.append(m)
    return out


def render(doc: Document) -> str:
    """The document as an HTML fragment: a speaker legend, then the marked-up text."""
    text = doc.text
    colours = _colours(doc)
    quotes = _non_overlapping(
        [
            _Mark(
                q.start,
                q.end,
                f'<span class="sayso-q" style="background:{colours[q.speaker]}" '
                f'title="{_esc(q.kind + " quote: " + (q.speaker or "unattributed"))}">',
                "</span>",
            )
            for q in doc.quotes
        ]
    )
    claims = {(c.number.start, c.number.end): c for c in doc.claims}
    inner: list[_Mark] = []
    for n in doc.numbers:
        claim = claims.get((n.start, n.end))
        if claim is None:
            inner.append(
                _Mark(n.start, n.end, f'<span class="sayso-num" title="{_esc(n.kind)}">', "</span>")
            )
            continue
        label = claim.concept or "claim"
        title = f"{label}: {claim.subject or '?'} ({n.qualifier})"
        if claim.speaker:
            title += f", said by {claim.speaker}"
        inner.append(
            _Mark(
                n.start,
                n.end,
                f'<mark class="sayso-claim" title="{_esc(title)}">',
                f'<span class="sayso-label">{_esc(label)}</span></mark>',
            )
        )
    for q in doc.quotes:
        if q.speaker_start is not None and q.speaker_end is not None:
            inner.append(
                _Mark(
                    q.speaker_start,
                    q.speaker_end,
                    f'<span class="sayso-sp" style="border-color:{colours[q.speaker]}" '
                    f'title="speaker">',
                    "</span>",
                )
            )
    # An inner mark that crosses a quote boundary would break the nesting: leave it out.
    bounds = [(q.start, q.end) for q in quotes]
    inner = [
        m
        for m in _non_overlapping(inner)
        if all(m.end <= s or m.start >= e or (s <= m.start and m.end <= e) for s, e in bounds)
    ]
    out: list[str] = []
    k = 0  # next inner mark

    def run(a: int, b: int) -> None:
        nonlocal k
        pos = a
        while k < len(inner) and inner[k].end <= b:
            m = inner[k]
            out.append(_esc(text[pos : m.start]))
            out.append(m.html_open + _esc(text[m.start : m.end]) + m.html_close)
            pos = m.end
            k += 1
        out.append(_esc(text[pos:b]))

    pos = 0
    for band in quotes:
        run(pos, band.start)
        out.append(band.html_open)
        run(band.start, band.end)
        out.append(band.html_close)
        pos = band.end
    run(pos, len(text))
    legend = "".join(
        f'<span style="background:{colour}">{_esc(speaker)}</span>'
        for speaker, colour in colours.items()
        if speaker is not None
    )
    head = f'<div class="sayso-legend">{legend}</div>' if legend else ""
    return f'{STYLE}{head}<div class="sayso-doc">{"".join(out)}</div>'
