"""Every span returned to Python obeys text[x.start:x.end] == x.text (code-point offsets)."""

from hypothesis import given, settings
from hypothesis import strategies as st

import sayso

MIXED = (
    "Le président a salué « une décision historique » à Genève.\n\n"
    "政府周四宣布了一项新的农业援助计划，金额达到十亿元。\n\n"
    "The crowd cheered 🎉🎉 as the minister arrived in the square.\n\n"
    "הממשלה הודיעה ביום חמישי על תוכנית סיוע חדשה לחקלאים.\n\n"
    "أعلنت الحكومة يوم الخميس عن خطة مساعدات جديدة للمزارعين.\n\n"
    "Ông Nguyễn Văn An cho biết tỉnh đã chuẩn bị đủ lương thực."
)


def assert_contract(text, items):
    for x in items:
        assert 0 <= x.start <= x.end <= len(text)
        assert text[x.start : x.end] == x.text


def test_spans_on_accents_cjk_emoji_rtl():
    spans = sayso.language_spans(MIXED)
    assert_contract(MIXED, spans)
    assert [s.language.code for s in spans] == ["fr", "zh", "en", "he", "ar", "vi"]
    assert spans[2].text.startswith("The crowd cheered 🎉🎉")
    assert spans[3].language.script == "Hebrew"


def test_document_spans_obey_the_contract():
    doc = sayso.analyze(MIXED)
    assert_contract(doc.text, doc.spans)
    assert doc.text == MIXED


def test_combining_marks():
    # "é" written as e + U+0301: two code points in Python, and offsets count both.
    text = "Le ministre a précisé sa pensée devant l'assemblée.\n\nThe mayor said he was pleased."
    text = text.replace("é", "e\u0301")
    assert_contract(text, sayso.language_spans(text))


@settings(deadline=None)
@given(st.lists(st.text(min_size=0, max_size=60), max_size=6))
def test_spans_contract_on_any_text(lines):
    text = "\n".join(lines)
    spans = sayso.language_spans(text)
    assert_contract(text, spans)
    # Runs are in order and do not overlap.
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
