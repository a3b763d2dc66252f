"""The notebook view (Document._repr_html_) and flat rows (sayso.to_rows)."""

from __future__ import annotations

import shutil
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import sayso

TEXT = (
    '"Some 100,000 North Korean volunteers stand ready to go," Igor Korotchenko '
    "said on Rossiya 1 <script>alert('x')</script> & more.\n\n"
    "« Nous avons évacué 12 500 habitants », a déclaré Elena Vasquez. 😀 Six people died."
)


class _DocText(HTMLParser):
    """The text inside the .sayso-doc div, labels left out, and the tags met."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside the document div
        self.label = 0
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = dict(attrs).get("class") or ""
        self.tags.append(tag)
        if self.depth:
            self.depth += 1
            if "sayso-label" in cls:
                self.label = self.depth
        elif "sayso-doc" in cls:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            if self.label == self.depth:
                self.label = 0
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.label:
            self.text.append(data)


def test_html_keeps_the_text_and_escapes_it():
    doc = sayso.analyze(TEXT, lang="en")
    page = doc._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    parser = _DocText()
    parser.feed(page)
    assert "".join(parser.text) == TEXT
    assert "script" not in parser.tags
    # Every claim is marked with its concept, every quote coloured.
    assert page.count('<mark class="sayso-claim"') == len(doc.claims) > 0
    assert page.count('class="sayso-q"') == len(doc.quotes) > 0
    assert "Igor Korotchenko</span>" in page


def test_html_of_documents_without_results():
    for text in ["", "plain words", "<b>5</b> & <i>"]:
        parser = _DocText()
        parser.feed(sayso.analyze(text)._repr_html_())
        assert "".join(parser.text) == text


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed (still filtered) scanlines of a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def test_html_renders_in_headless_chromium(tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    doc = sayso.analyze(TEXT, lang="en")
    page = tmp_path / "doc.html"
    page.write_text(f"<!doctype html><meta charset=utf-8>{doc._repr_html_()}", encoding="utf-8")
    shot = tmp_path / "doc.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    # The browser parsed what we wrote: the same marks, no script element.
    assert dom.stdout.count('class="sayso-claim"') == len(doc.claims)
    assert "<script>" not in dom.stdout
    result = subprocess.run(
        [browser, *flags, f"--screenshot={shot}", "--window-size=900,500", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    width, height, pixels = _png_pixels(shot)
    assert (width, height) == (900, 500)
    # Not a blank page: text and coloured highlights give many distinct byte values.
    assert len(set(pixels)) > 50


def test_to_rows():
    docs = sayso.analyze_batch([TEXT, "Le budget atteint 40 millions d'euros."], ids=["a", "b"])
    claims = sayso.to_rows(docs, "claims")
    assert {r["document"] for r in claims} == {"a", "b"}
    for row in claims:
        doc = docs[0] if row["document"] == "a" else docs[1]
        assert doc.text[row["number_start"] : row["number_end"]] == row["number_text"]
        assert row["sentence"] == doc.text[row["sentence_start"] : row["sentence_end"]]
        assert all(isinstance(v, (str, int, float, type(None))) for v in row.values())
    quotes = sayso.to_rows(docs, "quotes")
    assert quotes[0]["speaker"] == "Igor Korotchenko"
    numbers = sayso.to_rows(docs, "numbers")
    assert len(numbers) == sum(len(d.numbers) for d in docs)
    assert sayso.to_rows([], "numbers") == []
    with pytest.raises(ValueError, match="kind"):
        sayso.to_rows(docs, "people")  # type: ignore[arg-type]
