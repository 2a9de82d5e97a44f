"""The labelled set kept in the repository (safety/data/labelled.jsonl) and its fixed train/eval split.

Each line is one example: ``id``, ``kind`` (prompt or output), ``labels`` (categories; empty = benign),
``group`` (harmful, ordinary, or the kind of benign look-alike), ``text``, and for outputs the ``prompt``
that produced them. The split is stratified by kind and label set and fixed by file order, so the trained
classifier never sees an evaluation example and every run evaluates the same ones.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "labelled.jsonl"
EVAL_SHARE = (1, 3)  # positions (mod 5) within each stratum that go to evaluation: 40 %


@dataclass(frozen=True)
class Example:
    id: str
    kind: str  # prompt or output
    labels: tuple[str, ...]
    group: str
    text: str
    prompt: str | None = None

    @property
    def harmful(self) -> bool:
        return bool(self.labels)


def load_examples(path: Path = DATA_FILE) -> list[Example]:
    """Every example in ``path``. Raises ValueError naming the line of a malformed one."""
    examples = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                examples.append(Example(raw["id"], raw["kind"], tuple(raw["labels"]), raw["group"], raw["text"],
                                        raw.get("prompt")))
            except (KeyError, TypeError, json.JSONDecodeError) as exc:
                raise ValueError(f"{path}:{number}: not a labelled example ({exc})") from None
    return examples


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    """(train, eval): 40 % of every (kind, labels) stratum is held out for evaluation."""
    strata: dict[tuple, list[Example]] = defaultdict(list)
    for example in examples:
        strata[(example.kind, example.labels, example.group if not example.labels else "")].append(example)
    train, held_out = [], []
    for members in strata.values():
        for position, example in enumerate(members):
            (held_out if position % 5 in EVAL_SHARE else train).append(example)
    return train, held_out
