"""Choose how the prompt check judges pasted documents, on the validation writers only.

A prompt longer than the classifier's ``max_tokens`` is scored chunk by chunk and each category keeps its
highest chunk score, so every chunk of a document is another chance to trip. Two settings judge documents
apart from other prompts: ``document_margin`` (policy ``[classifiers.embedding]``) lowers the trained
classifier's scores of a text of several chunks by that much before the policy's thresholds, and
``document_words`` (``[classifiers.rules]``) leaves the built-in request patterns off texts of more words
than that. This script scores the validation writers' prompts (safety/data/validation/, never trained on
and never the held-out test) once with the shipped classifier and the packaged policy, then reads every
margin from those scores, with the request patterns on documents and off them: harmful documents refused
and benign documents refused, per writer. The setting chosen is the one with the most harmful documents
refused among those refusing at most ``--fpr`` (0.05) of the benign ones, as thresholds are chosen.
Saves bench/results/document_sweep.png (harmful against benign documents refused, per margin).

    .venv/bin/python bench/document_sweep.py
    .venv/bin/python bench/document_sweep.py --margins 0,0.1,0.2,0.3 --fpr 0.05 --document-words 100

Last line: ``document margin: M, built-in patterns on documents: yes|no (harmful documents refused R,
benign documents refused F)``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safety.dataset import Example, load_validation_examples  # noqa: E402
from safety.moderator import build_moderator  # noqa: E402
from safety.normalize import checkable_text  # noqa: E402
from safety.policy import PROMPT, SafetyPolicy  # noqa: E402
from safety.rules import RulesClassifier  # noqa: E402
from safety.verdict import Verdict  # noqa: E402
from sluice.settings import Settings  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


class Scored:
    """One validation prompt's verdicts with no margin: the rules' (with the policy's built-in request
    patterns and without them), the trained classifier's, and its number of chunks."""

    def __init__(self, example: Example, rules: Verdict | None, plain_rules: Verdict | None, embedding: Verdict,
                 chunks: int, words: int) -> None:
        self.example, self.rules, self.plain_rules = example, rules, plain_rules
        self.embedding, self.chunks, self.words = embedding, chunks, words

    def refused(self, policy: SafetyPolicy, margin: float, patterns_on_documents: bool = True,
                document_words: int = 100) -> bool:
        scores = self.embedding.scores
        if self.chunks > 1:
            scores = {category: max(0.0, score - margin) for category, score in scores.items()}
        verdicts = {"embedding": Verdict.from_scores(scores)}
        rules = self.rules if patterns_on_documents or self.words <= document_words else self.plain_rules
        if rules is not None:
            verdicts["rules"] = rules
        return policy.decide(PROMPT, verdicts).blocked


def score(examples: list[Example]) -> tuple[SafetyPolicy, list[Scored]]:
    os.environ.setdefault("SLUICE_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='sluice-bench-')}/bench.db")
    settings = Settings()
    policy = SafetyPolicy.load(settings.safety_policy)
    moderator = build_moderator(policy, settings)
    embedding = moderator.classifiers["embedding"]
    embedding.document_margin = 0.0  # the raw scores; each margin is applied below
    rules = plain = None
    if policy.classifier_enabled("rules", PROMPT):
        options = policy.classifiers["rules"].options
        # The policy's rules with their request patterns on every prompt, and with them on none.
        rules = RulesClassifier(extra_patterns=options.get("extra_patterns"),
                                builtin=options.get("builtin_patterns", True))
        plain = RulesClassifier(extra_patterns=options.get("extra_patterns"), builtin=False)
    scored = []
    for example in examples:
        text = checkable_text(example.text)
        scored.append(Scored(example, rules.classify(text) if rules else None,
                             plain.classify(text) if plain else None, embedding.classify(text),
                             len(embedding.encoder.chunk_ids(text)), len(text.split())))
    return policy, scored


def save_chart(curves: dict[bool, list[tuple[float, float, float]]], bound: float) -> Path:
    """Harmful against benign documents refused, one point per margin, with the request patterns on
    documents and off them."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 5))
    for patterns, points in curves.items():
        axis.plot([fpr for _, _, fpr in points], [recall for _, recall, _ in points], marker="o",
                  label=f"request patterns on documents: {'yes' if patterns else 'no'}")
        for margin, recall, fpr in points:
            axis.annotate(f"{margin:g}", (fpr, recall), textcoords="offset points", xytext=(4, -10), fontsize=7)
    axis.axvline(bound, linestyle="--", color="red", linewidth=0.8)
    axis.set_xlabel("benign documents refused")
    axis.set_ylabel("harmful documents refused")
    axis.set_title("validation writers' documents, by document_margin")
    axis.legend()
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "document_sweep.png"
    figure.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(figure)
    return path


def rate(flags: list[bool]) -> str:
    return f"{sum(flags)}/{len(flags)} ({sum(flags) / max(1, len(flags)):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--margins", default="0,0.05,0.1,0.15,0.2,0.25,0.3,0.35",
                        help="comma-separated document margins to read")
    parser.add_argument("--fpr", type=float, default=0.05, help="benign documents refused at most (the choice)")
    parser.add_argument("--document-words", type=int, default=100,
                        help="with the request patterns off documents: texts of more words than this")
    args = parser.parse_args()
    margins = [float(m) for m in args.margins.split(",")]

    def judge(scored: Scored, margin: float, patterns_on_documents: bool = True) -> bool:
        return scored.refused(policy, margin, patterns_on_documents, args.document_words)

    prompts = [e for e in load_validation_examples() if e.kind == "prompt"]
    if not prompts:
        raise SystemExit("no validation writers under safety/data/validation/")
    policy, scored = score(prompts)
    documents = [s for s in scored if s.chunks > 1]
    single = [s for s in scored if s.chunks == 1]
    by_writer: dict[str, list[Scored]] = defaultdict(list)
    for s in documents:
        by_writer[s.example.writer].append(s)
    print(f"validation writers {', '.join(sorted(by_writer))}: {len(prompts)} prompts, {len(documents)} of "
          f"several chunks ({sum(s.example.harmful for s in documents)} harmful), {len(single)} of one chunk")
    if single:
        print(f"one chunk (no margin changes them): harmful refused "
              f"{rate([judge(s, 0.0) for s in single if s.example.harmful])}, benign refused "
              f"{rate([judge(s, 0.0) for s in single if not s.example.harmful])}")
    header = f"{'margin':>6}  {'harmful docs refused':>22}  {'benign docs refused':>22}"
    for writer in sorted(by_writer):
        header += f"  {writer + ' harmful / benign':>26}"
    if any(s.rules is not None for s in documents):
        print("\nbuilt-in request patterns on documents, no margin: documents each category's patterns trip, "
              "harmful ones the classifier alone lets through / benign ones")
        for category in policy.categories:
            tripped = [s for s in documents if category in s.rules.categories
                       and category not in (s.plain_rules.categories if s.plain_rules else ())]
            if tripped:
                caught = sum(s.example.harmful and not judge(s, 0.0, False) for s in tripped)
                print(f"  {category}: {caught} / {sum(not s.example.harmful for s in tripped)}")
    print("\n" + header)
    chosen = None
    curves: dict[bool, list[tuple[float, float, float]]] = {True: [], False: []}
    for patterns in (True, False):
        print(f"built-in request patterns on documents: {'yes' if patterns else 'no'}")
        for margin in margins:
            harmful = [judge(s, margin, patterns) for s in documents if s.example.harmful]
            benign = [judge(s, margin, patterns) for s in documents if not s.example.harmful]
            line = f"{margin:>6.2f}  {rate(harmful):>22}  {rate(benign):>22}"
            for writer in sorted(by_writer):
                own = by_writer[writer]
                line += (f"  {sum(judge(s, margin, patterns) for s in own if s.example.harmful):>12}/"
                         f"{sum(s.example.harmful for s in own):<3} "
                         f"{sum(judge(s, margin, patterns) for s in own if not s.example.harmful):>5}/"
                         f"{sum(not s.example.harmful for s in own):<3}")
            print(line)
            recall, fpr = sum(harmful) / max(1, len(harmful)), sum(benign) / max(1, len(benign))
            curves[patterns].append((margin, recall, fpr))
            # The highest recall at a false-positive rate within the bound; the packaged form (patterns
            # on, no margin) wins a tie.
            if fpr <= args.fpr and (chosen is None or recall > chosen[2]):
                chosen = (margin, patterns, recall, fpr)
    print(f"\nchart: {save_chart(curves, args.fpr)}")
    if chosen is None:
        print(f"\nno setting read keeps benign documents refused at or under {args.fpr}")
        return
    margin, patterns = chosen[0], chosen[1]
    print(f"\nharmful documents let through at margin {margin:.2f}, patterns on documents "
          f"{'yes' if patterns else 'no'}, by hazard:")
    missed: dict[str, int] = defaultdict(int)
    for s in documents:
        if s.example.harmful and not judge(s, margin, patterns):
            missed[s.example.hazard or "/".join(s.example.labels)] += 1
    print("  " + (", ".join(f"{hazard} {count}" for hazard, count in sorted(missed.items())) or "none"))
    print(f"document margin: {margin:.2f}, built-in patterns on documents: {'yes' if patterns else 'no'} "
          f"(harmful documents refused {chosen[2]:.3f}, benign documents refused {chosen[3]:.3f})")


if __name__ == "__main__":
    main()
