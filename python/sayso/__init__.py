"""sayso: which language a news article is in, who said what, and which numbers it claims.

Everything runs in Rust (``sayso._core``) with no model to download; this package re-exports it.
All offsets are Python string indices: ``text[x.start:x.end] == x.text``.
"""

from ._core import (
    Claim,
    ClaimCluster,
    Document,
    DocumentError,
    InvalidArgumentError,
    Language,
    LanguageSpan,
    Number,
    Quote,
    SaysoError,
    SaysoWarning,
    UnsupportedLanguageError,
    __version__,
    analyze,
    analyze_batch,
    detect_language,
    detect_language_batch,
    extract_claims,
    extract_quotes,
    language_spans,
    link_claims,
    parse_number,
    parse_numbers,
)
from ._rows import to_arrow, to_rows

__all__ = [
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
    "to_arrow",
    "to_rows",
]
