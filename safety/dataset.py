"""The labelled set kept in the repository (safety/data/*.jsonl, one file per writer) and its split by writer.

Each file's first line is its provenance: the ``writer`` id, the ``brief`` the writer worked to, and the
``script`` that writes the file (safety/data/writers/), if any. Every other line is one example: ``id``,
``writer``, ``kind`` (prompt or output), ``labels`` (categories; empty = benign), ``group`` (harmful,
ordinary, refusal, or the kind of benign look-alike), ``hazard`` (the MLCommons code of a harmful example,
safety/taxonomy.py), ``form`` (direct, indirect, jailbreak, misspelled, obfuscated, multi-turn, ...),
``text``, and for outputs the ``prompt`` that produced them. A multi-turn prompt's text is its user turns
joined by newlines, as the gateway joins a conversation for the prompt check.

The split is by writer, never at random: every example of a held-out writer is held out, so no evaluated
example shares a writer and phrasing with the training data. The default model's answers to ordinary
prompts are two writers split by topic (o1 trained on, o2 held out), so no held-out answer shares a topic
with a trained one.

Validation writers (safety/data/validation/*.jsonl) are apart from both: never trained on (their files are
not in ``data_digest``, so adding one leaves the shipped weights valid) and never the held-out test. Only
settings of the shipped classifier are chosen on them (bench/document_sweep.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
VALIDATION_DIR = DATA_DIR / "validation"
# Writers whose examples are only ever evaluated on, never trained on.
HELD_OUT_WRITERS = ("w2", "w4", "w10", "w17", "o2")
# Ordinary prompts and the default model's own answers to them, by topic (safety/data/writers/
# o_model_answers.py): o1's topics are trained on, o2's held out. Evaluations report them apart from the
# hand-written writers: they measure how often ordinary use is refused or cut, not telling harm from its
# look-alikes.
ORDINARY_WRITERS = ("o1", "o2")


@dataclass(frozen=True)
class Example:
    id: str
    kind: str  # prompt or output
    labels: tuple[str, ...]
    group: str
    text: str
    prompt: str | None = None
    writer: str = ""
    hazard: str | None = None
    form: str = "direct"

    @property
    def harmful(self) -> bool:
        return bool(self.labels)


def data_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """Every writer's file, in name order."""
    return sorted(data_dir.glob("*.jsonl"))


def data_digest(data_dir: Path = DATA_DIR) -> str:
    """A SHA-256 over every writer's file (names and contents)."""
    digest = hashlib.sha256()
    for path in data_files(data_dir):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    """Every example of every writer's file under ``data_dir``. Raises ValueError naming the file and line
    of a malformed one."""
    examples = []
    for path in data_files(data_dir):
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                    if "brief" in raw:
                        continue  # the file's provenance
                    examples.append(Example(raw["id"], raw["kind"], tuple(raw["labels"]), raw["group"], raw["text"],
                                            raw.get("prompt"), raw["writer"], raw.get("hazard"),
                                            raw.get("form", "direct")))
                except (KeyError, TypeError, json.JSONDecodeError) as exc:
                    raise ValueError(f"{path}:{number}: not a labelled example ({exc})") from None
    return examples


def load_validation_examples(validation_dir: Path = VALIDATION_DIR) -> list[Example]:
    """Every example of the validation writers: for choosing settings, never for training or the test."""
    return load_examples(validation_dir) if validation_dir.is_dir() else []


def writers(data_dir: Path = DATA_DIR) -> dict[str, dict]:
    """Each writer's provenance line (``writer``, ``brief``, ``script``), by writer id."""
    found = {}
    for path in data_files(data_dir):
        with open(path, encoding="utf-8") as lines:
            first = json.loads(lines.readline())
        found[first["writer"]] = first
    return found


def split(examples: list[Example], held_out_writers: tuple[str, ...] = HELD_OUT_WRITERS
          ) -> tuple[list[Example], list[Example]]:
    """(train, held out): the examples of ``held_out_writers`` are held out, everyone else's trained on."""
    train = [e for e in examples if e.writer not in held_out_writers]
    held_out = [e for e in examples if e.writer in held_out_writers]
    return train, held_out
