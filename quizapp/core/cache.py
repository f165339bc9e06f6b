"""A cache of validated banks, so that the app's start skips parsing.

Keyed by the file's path and a digest of its bytes: any change to the file,
whatever its timestamp says, misses the cache. The cache holds plain data in
`marshal` form (no pickle: a cache file someone swapped in must never run
code); anything unexpected in it is ignored and the entry rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

from quizapp.core.bank import (
    Bank,
    Choice,
    Kind,
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    Question,
    Scenario,
    ScenarioStyle,
    SingleChoiceQuestion,
    SpotPart,
    SpotQuestion,
    TrueFalseQuestion,
)

MAGIC = "quizapp-bank-cache"
CACHE_VERSION = 1


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


class BankCache:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _entry(self, path: Path) -> Path:
        name = hashlib.blake2b(str(path.resolve()).encode(), digest_size=12).hexdigest()
        return self.folder / f"{name}.bank"

    def get(self, path: Path, data_digest: str) -> Bank | None:
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new objects, none cyclic: skip the GC passes
        try:
            raw = self._entry(path).read_bytes()
            header, payload = marshal.loads(raw)
            if header != (MAGIC, CACHE_VERSION, str(path.resolve()), data_digest):
                return None
            return _bank_from_plain(payload, path)
        except Exception:  # any corrupt or foreign cache is a miss, never an error
            return None
        finally:
            if collecting:
                gc.enable()

    def put(self, path: Path, data_digest: str, bank: Bank) -> None:
        header = (MAGIC, CACHE_VERSION, str(path.resolve()), data_digest)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            blob = marshal.dumps((header, _bank_to_plain(bank)))
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, self._entry(path))
        except (OSError, ValueError):
            pass  # a cache that cannot be written only costs time


_KINDS = {k.value: k for k in Kind}


def _bank_to_plain(bank: Bank) -> tuple:
    questions = []
    for q in bank.questions:
        scenario = (
            (q.scenario.style.value, q.scenario.sender, q.scenario.lines) if q.scenario else None
        )
        common = (
            q.kind.value,
            q.id,
            q.prompt,
            q.explanation,
            q.difficulty,
            q.tags,
            q.source,
            str(q.image) if q.image else None,
            scenario,
            q.line,
        )
        if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
            extra: object = tuple((c.text, c.correct, c.feedback) for c in q.choices)
        elif isinstance(q, TrueFalseQuestion):
            extra = q.answer
        elif isinstance(q, OrderQuestion):
            extra = q.steps
        elif isinstance(q, MatchQuestion):
            extra = q.pairs
        elif isinstance(q, SpotQuestion):
            extra = (q.sender, tuple((p.text, p.flag, p.why) for p in q.parts))
        else:  # pragma: no cover
            raise ValueError(q)
        questions.append((common, extra))
    return (
        bank.id,
        bank.language,
        bank.title,
        bank.description,
        bank.version,
        bank.license,
        bank.authors,
        bank.sources,
        tuple(questions),
    )


def _make(cls: type, fields: dict) -> object:
    # The data was validated when the cache was written; skipping the frozen
    # dataclass __init__ (one object.__setattr__ per field) makes this 3x faster.
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


def _question_from_plain(common: tuple, extra: Any) -> Question:
    kind_name, qid, prompt, explanation, difficulty, tags, source, image, scenario, line = common
    fields = {
        "id": qid,
        "prompt": prompt,
        "explanation": explanation,
        "difficulty": difficulty,
        "tags": tags,
        "source": source,
        "image": Path(image) if image else None,
        "scenario": _make(
            Scenario,
            {"style": ScenarioStyle(scenario[0]), "sender": scenario[1], "lines": scenario[2]},
        )
        if scenario
        else None,
        "line": line,
    }
    kind = _KINDS[kind_name]
    if kind is Kind.SINGLE or kind is Kind.MULTIPLE:
        fields["choices"] = tuple(
            _make(Choice, {"text": t, "correct": c, "feedback": f}) for t, c, f in extra
        )
        cls: type = SingleChoiceQuestion if kind is Kind.SINGLE else MultipleChoiceQuestion
    elif kind is Kind.TRUEFALSE:
        fields["answer"] = bool(extra)
        cls = TrueFalseQuestion
    elif kind is Kind.ORDER:
        fields["steps"] = tuple(extra)
        cls = OrderQuestion
    elif kind is Kind.MATCH:
        fields["pairs"] = tuple(tuple(p) for p in extra)
        cls = MatchQuestion
    else:
        sender, parts = extra
        fields["sender"] = sender
        fields["parts"] = tuple(
            _make(SpotPart, {"text": t, "flag": f, "why": w}) for t, f, w in parts
        )
        cls = SpotQuestion
    return _make(cls, fields)  # type: ignore[return-value]


def _bank_from_plain(payload: tuple, path: Path) -> Bank:
    bank_id, language, title, description, version, license_text, authors, sources, qs = payload
    return Bank(
        id=bank_id,
        language=language,
        title=title,
        questions=tuple(_question_from_plain(c, e) for c, e in qs),
        description=description,
        version=version,
        license=license_text,
        authors=tuple(authors),
        sources=dict(sources),
        path=path,
    )
