"""The report extractor: a news report of a meeting (text or HTML) → a draft record to check.

`extract_report(text, source=..., html=..., known_people=...)` returns a `Draft`: `record` in the
import shape, `evidence` (each value with its span of `Draft.text` and a confidence) and `flags`
naming what a person must check. Rules and word lists, no model: see the modules for what each
reads (`dates`, `names`, `people`, `documents`, `meeting`, `furniture`).
"""

from store.extract.draft import Draft, Evidence, drafts_json
from store.extract.report import FLAG_TEXT, extract_report

__all__ = ["FLAG_TEXT", "Draft", "Evidence", "drafts_json", "extract_report"]
