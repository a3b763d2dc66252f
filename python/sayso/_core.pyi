"""Type stubs of the native module; see the docstrings at runtime for details."""

from collections.abc import Iterable, Sequence
from datetime import date as _date
from typing import Any, Literal, final

__version__: str
__all__ = [
    "_analyze_batch_json",
    "_analyze_batch_reports",
    "_arm_test_panic",
    "Claim",
    "ClaimCluster",
    "Document",
    "DocumentError",
    "InvalidArgumentError",
    "Language",
    "LanguageSpan",
    "Number",
    "Quote",
    "SaysoError",
    "SaysoWarning",
    "UnsupportedLanguageError",
    "__version__",
    "analyze",
    "analyze_batch",
    "detect_language",
    "detect_language_batch",
    "extract_claims",
    "extract_quotes",
    "language_spans",
    "link_claims",
    "parse_number",
    "parse_numbers",
]

_Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "change"]
_Stance = Literal["asserted", "reported", "denied", "doubted"]
_NumberKind = Literal["cardinal", "decimal", "percent", "currency", "ordinal", "year", "date"]
_QuoteKind = Literal["direct", "indirect"]
_Errors = Literal["raise", "replace", "skip"]

class SaysoError(ValueError): ...
class UnsupportedLanguageError(SaysoError): ...
class InvalidArgumentError(SaysoError): ...
class DocumentError(SaysoError): ...
class SaysoWarning(UserWarning): ...

@final
class Language:
    @property
    def code(self) -> str: ...
    @property
    def iso639_3(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def script(self) -> str: ...
    @property
    def confidence(self) -> float: ...
    @property
    def reliable(self) -> bool: ...
    def __new__(
        cls, code: str, iso639_3: str, name: str, script: str, confidence: float, reliable: bool
    ) -> Language: ...
    def __getnewargs__(self) -> tuple[str, str, str, str, float, bool]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

@final
class LanguageSpan:
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def language(self) -> Language: ...
    def __new__(cls, text: str, start: int, end: int, language: Language) -> LanguageSpan: ...
    def __getnewargs__(self) -> tuple[str, int, int, Language]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

@final
class Number:
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> float | None: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def qualifier(self) -> _Qualifier: ...
    @property
    def kind(self) -> _NumberKind: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def previous(self) -> float | None: ...
    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        value: float | None,
        low: float | None,
        high: float | None,
        qualifier: str,
        kind: str,
        unit: str | None,
        previous: float | None,
    ) -> Number: ...
    def __getnewargs__(
        self,
    ) -> tuple[
        str, int, int, float | None, float | None, float | None, str, str, str | None, float | None
    ]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

@final
class Quote:
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def speaker_start(self) -> int | None: ...
    @property
    def speaker_end(self) -> int | None: ...
    @property
    def speaker_role(self) -> str | None: ...
    @property
    def cue(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def kind(self) -> _QuoteKind: ...
    @property
    def denial(self) -> bool: ...
    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        speaker: str | None,
        speaker_start: int | None,
        speaker_end: int | None,
        speaker_role: str | None,
        cue: str | None,
        source: str | None,
        kind: str,
        denial: bool,
    ) -> Quote: ...
    def __getnewargs__(
        self,
    ) -> tuple[
        str,
        int,
        int,
        str | None,
        int | None,
        int | None,
        str | None,
        str | None,
        str | None,
        str,
        bool,
    ]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

@final
class Claim:
    @property
    def number(self) -> Number: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def concept(self) -> str | None: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def stance(self) -> _Stance: ...
    @property
    def sentence_start(self) -> int: ...
    @property
    def sentence_end(self) -> int: ...
    def __new__(
        cls,
        number: Number,
        subject: str | None,
        concept: str | None,
        speaker: str | None,
        source: str | None,
        stance: _Stance,
        sentence_start: int,
        sentence_end: int,
    ) -> Claim: ...
    def __getnewargs__(
        self,
    ) -> tuple[Number, str | None, str | None, str | None, str | None, _Stance, int, int]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

@final
class ClaimCluster:
    @property
    def concept(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def members(self) -> list[tuple[str | None, Claim]]: ...
    @property
    def languages(self) -> list[str]: ...
    @property
    def speakers(self) -> list[str]: ...
    @property
    def conflicts(self) -> list[tuple[str | None, Claim]]: ...
    @property
    def sources(self) -> list[str]: ...
    @property
    def group(self) -> str: ...
    def __new__(
        cls,
        concept: str,
        value: float | None,
        low: float | None,
        high: float | None,
        members: Sequence[tuple[str | None, Claim]],
        languages: Sequence[str],
        speakers: Sequence[str],
        conflicts: Sequence[tuple[str | None, Claim]],
        sources: Sequence[str],
        group: str,
    ) -> ClaimCluster: ...
    def __getnewargs__(
        self,
    ) -> tuple[
        str,
        float | None,
        float | None,
        float | None,
        list[tuple[str | None, Claim]],
        list[str],
        list[str],
        list[tuple[str | None, Claim]],
        list[str],
        str,
    ]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

@final
class Document:
    @property
    def id(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def language(self) -> Language | None: ...
    @property
    def spans(self) -> list[LanguageSpan]: ...
    @property
    def numbers(self) -> list[Number]: ...
    @property
    def quotes(self) -> list[Quote]: ...
    @property
    def claims(self) -> list[Claim]: ...
    def __new__(
        cls,
        id: str | None,
        text: str,
        language: Language | None,
        spans: Sequence[LanguageSpan],
        numbers: Sequence[Number],
        quotes: Sequence[Quote],
        claims: Sequence[Claim],
        date: str | _date | None = None,
    ) -> Document: ...
    def __getnewargs__(
        self,
    ) -> tuple[
        str | None,
        str,
        Language | None,
        list[LanguageSpan],
        list[Number],
        list[Quote],
        list[Claim],
        str | None,
    ]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...
    def _repr_html_(self) -> str: ...

def detect_language(text: str, *, allow: Iterable[str] | None = None) -> Language | None: ...
def detect_language_batch(
    texts: Iterable[str],
    *,
    allow: Iterable[str] | None = None,
    threads: int | None = None,
    errors: _Errors = "raise",
) -> list[Language | None]: ...
def language_spans(text: str, *, allow: Iterable[str] | None = None) -> list[LanguageSpan]: ...
def parse_numbers(text: str, *, lang: str | None = None) -> list[Number]: ...
def parse_number(s: str, *, lang: str | None = None) -> float | None: ...
def extract_quotes(text: str, *, lang: str | None = None) -> list[Quote]: ...
def extract_claims(text: str, *, lang: str | None = None) -> list[Claim]: ...
def analyze(
    text: str, *, id: str | None = None, lang: str | None = None, date: str | _date | None = None
) -> Document: ...
def analyze_batch(
    texts: Iterable[str],
    *,
    ids: Iterable[str | None] | None = None,
    dates: Iterable[str | _date | None] | None = None,
    lang: str | None = None,
    threads: int | None = None,
    errors: _Errors = "raise",
) -> list[Document]: ...
def _analyze_batch_json(
    texts: Iterable[str],
    *,
    ids: Iterable[str | None] | None = None,
    dates: Iterable[str | _date | None] | None = None,
    lang: str | None = None,
    threads: int | None = None,
) -> list[tuple[str | None, str | None]]: ...
def _analyze_batch_reports(
    texts: Iterable[str],
    *,
    ids: Iterable[str | None] | None = None,
    dates: Iterable[str | _date | None] | None = None,
    lang: str | None = None,
    threads: int | None = None,
) -> list[tuple[Document | None, str | None]]: ...
def _arm_test_panic(armed: bool) -> str: ...
def link_claims(documents: Sequence[Document]) -> list[ClaimCluster]: ...
