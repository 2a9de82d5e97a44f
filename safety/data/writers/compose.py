"""What every writer's script shares: the line format of the labelled set and the character-level tricks
(misspellings, leetspeak, spaced or dotted letters, invisible characters, fullwidth letters). The wording
(requests, look-alikes, framings, wrappers, answers) is each writer's own and lives in its script.

A writer's script is run from the repository root (``.venv/bin/python safety/data/writers/w1_plain.py``)
and rewrites its own file, ``safety/data/<writer>.jsonl``; the same script gives the same file, byte for
byte, whatever Python's hash seed (the cache key of the trained classifier is a digest of these files).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from safety.taxonomy import category_of  # noqa: E402

DATA_DIR = Path(__file__).resolve().parent.parent
# Validation writers: never trained on and never the held-out test; only settings are chosen on them.
VALIDATION_DIR = DATA_DIR / "validation"


def misspell(text: str, rng: random.Random, share: float = 0.3) -> str:
    """``text`` with about ``share`` of its longer words typed wrong: two letters swapped, one dropped or
    one doubled."""
    words = text.split(" ")
    for index, word in enumerate(words):
        if len(word) > 4 and word.isalpha() and rng.random() < share:
            at = rng.randrange(1, len(word) - 2)
            kind = rng.randrange(3)
            if kind == 0:
                word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
            elif kind == 1:
                word = word[:at] + word[at + 1:]
            else:
                word = word[:at] + word[at] + word[at:]
            words[index] = word
    return " ".join(words)


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def leet(text: str, rng: random.Random, share: float = 0.5) -> str:
    """``text`` with about ``share`` of its longer words in leetspeak."""
    return " ".join(w.translate(_LEET) if len(w) > 3 and rng.random() < share else w for w in text.split(" "))


def _longest_words(text: str, count: int) -> list[str]:
    return sorted({w.strip(".,?!:;'\"") for w in text.split()}, key=lambda w: (-len(w), w))[:count]


def spaced(text: str, count: int = 2, joiner: str = " ") -> str:
    """``text`` with its ``count`` longest words spelled out letter by letter (``b o m b``, ``b.o.m.b``)."""
    for word in _longest_words(text, count):
        text = text.replace(word, joiner.join(word))
    return text


def invisible(text: str, rng: random.Random) -> str:
    """``text`` with zero-width spaces, joiners or soft hyphens inside its longer words (the checks remove
    them; a reader never sees them)."""
    marks = ("\u200b", "\u200c", "\u200d", "\u00ad", "\u2060")
    out = []
    for word in text.split(" "):
        if len(word) > 4:
            at = rng.randrange(1, len(word) - 1)
            word = word[:at] + rng.choice(marks) + word[at:]
        out.append(word)
    return " ".join(out)


def fullwidth(text: str) -> str:
    """``text`` in fullwidth forms (NFKC folds them back)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def as_steps(text: str) -> str:
    """``text`` as numbered steps, one per clause (split at commas and at "then")."""
    clauses = [c.strip() for c in text.replace(" then ", ", ").split(",") if c.strip()]
    return "\n".join(f"{n}. {clause}" for n, clause in enumerate(clauses, 1))


def labelled_answers(harmful: list[tuple], benign: list[tuple]):
    """A writer's answers in order, harmful then benign, as (index in its own list, prompt, answer, the
    label arguments of ``Writer.output``, topic): a harmful answer ``(code, prompt, answer[, topic])`` is
    labelled by its hazard (a code ``S1``...) or its category, with its topic ("" without one); a benign
    answer ``(group, prompt, answer)`` by its group, with no topic (None)."""
    for n, (code, prompt, answer, *topic) in enumerate(harmful):
        hazard, labels = (code, ()) if code.startswith("S") else (None, (code,))
        yield n, prompt, answer, {"hazard": hazard, "labels": labels}, topic[0] if topic else ""
    for n, (group, prompt, answer) in enumerate(benign):
        yield n, prompt, answer, {"group": group}, None


class Writer:
    """One writer's lines, numbered in the order written."""

    def __init__(self, writer: str, brief: str, seed: int) -> None:
        self.writer = writer
        self.brief = brief
        self.rng = random.Random(seed)
        self.lines: list[dict] = []

    def prompt(self, text: str, *, hazard: str | None = None, group: str = "harmful", form: str = "direct",
               labels: tuple[str, ...] = ()) -> None:
        """A prompt: harmful when it names a ``hazard`` or carries ``labels``, else benign of ``group``."""
        self._add("prompt", text, hazard, group, form, labels, None)

    def output(self, text: str, prompt: str, *, hazard: str | None = None, group: str = "harmful",
               form: str = "direct", labels: tuple[str, ...] = ()) -> None:
        """A model's answer to ``prompt``: harmful when it names a ``hazard`` or carries ``labels``."""
        self._add("output", text, hazard, group, form, labels, prompt)

    def _add(self, kind: str, text: str, hazard: str | None, group: str, form: str, labels: tuple[str, ...],
             prompt: str | None) -> None:
        full = tuple(dict.fromkeys(((category_of(hazard),) if hazard else ()) + tuple(labels)))
        line = {"id": f"{self.writer}-{kind[0]}-{sum(x['kind'] == kind for x in self.lines) + 1:04d}",
                "writer": self.writer, "kind": kind, "labels": list(full),
                "group": "harmful" if full else group, "hazard": hazard, "form": form, "text": text}
        if prompt is not None:
            line["prompt"] = prompt
        self.lines.append(line)

    def save(self, folder: Path = DATA_DIR) -> Path:
        """Write the lines to ``<folder>/<writer>.jsonl`` (``folder``: ``safety/data``, ``VALIDATION_DIR`` for
        a validation writer, or the folder the script's first argument names), its first line the writer's
        provenance."""
        path = (Path(sys.argv[1]) if len(sys.argv) > 1 else folder) / f"{self.writer}.jsonl"
        seen: set[tuple[str, str]] = set()
        with open(path, "w", encoding="utf-8") as out:
            out.write(json.dumps({"writer": self.writer, "brief": self.brief,
                                  "script": f"safety/data/writers/{Path(sys.argv[0]).name}"}) + "\n")
            for line in self.lines:
                key = (line["kind"], line["text"])
                if key not in seen:  # a variant that came out the same as another is kept once
                    seen.add(key)
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
        prompts = sum(line["kind"] == "prompt" for line in self.lines)
        print(f"{path}: {prompts} prompts, {len(self.lines) - prompts} outputs")
        return path
