"""Choose how the prompt check judges pasted documents, on the validation writers only.

A prompt longer than the classifier's ``max_tokens`` is scored chunk by chunk and each category keeps its
highest chunk score, so every chunk of a document is another chance to trip. Three settings judge
documents apart from other prompts: ``document_margin`` (policy ``[classifiers.embedding]``) lowers the
trained classifier's scores of a text of several chunks by that much before the policy's thresholds;
``document_edge_tokens`` (the same table) scores such a text's first and last that many tokens too, each
alone, among its chunks; and ``document_words`` (``[classifiers.rules]``) leaves the built-in request
patterns off texts of more words than that. This script scores the validation writers' prompts
(safety/data/validation/, never trained on and never the held-out test) with the shipped classifier and
the packaged policy once per edge size, then reads every margin from those scores, with the request
patterns on documents and off them: harmful documents refused and benign documents refused. The setting
chosen is the one with the most harmful documents refused among those refusing at most ``--fpr`` (0.05)
of the benign ones, as thresholds are chosen; a tie goes to the fewer benign ones refused, then to the
first read. Saves bench/results/document_sweep.png (harmful against benign documents refused, per margin).

    .venv/bin/python bench/document_sweep.py
    .venv/bin/python bench/document_sweep.py --margins 0,0.1,0.2,0.3 --edges 0,48 --fpr 0.05

Last line: ``document setting: margin M, edges N tokens, built-in patterns on documents yes|no (harmful
documents refused R, benign documents refused F)``.
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
    patterns and without them), the trained classifier's per edge size, its number of chunks and words."""

    def __init__(self, example: Example, rules: Verdict | None, plain_rules: Verdict | None, chunks: int,
                 words: int) -> None:
        self.example, self.rules, self.plain_rules = example, rules, plain_rules
        self.chunks, self.words = chunks, words
        self.embedding: dict[int, Verdict] = {}

    def refused(self, policy: SafetyPolicy, margin: float, edges: int, patterns_on_documents: bool,
                document_words: int) -> bool:
        scores = self.embedding[edges].scores
        if self.chunks > 1:
            scores = {category: max(0.0, score - margin) for category, score in scores.items()}
        verdicts = {"embedding": Verdict.from_scores(scores)}
        rules = self.rules if patterns_on_documents or self.words <= document_words else self.plain_rules
        if rules is not None:
            verdicts["rules"] = rules
        return policy.decide(PROMPT, verdicts).blocked


def score(examples: list[Example], edge_sizes: list[int]) -> tuple[SafetyPolicy, list[Scored]]:
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
    texts = [checkable_text(example.text) for example in examples]
    scored = [Scored(example, rules.classify(text) if rules else None, plain.classify(text) if plain else None,
                     len(embedding.encoder.chunk_ids(text)), len(text.split()))
              for example, text in zip(examples, texts, strict=True)]
    for edges in edge_sizes:
        embedding.document_edge_tokens = edges
        for item, text in zip(scored, texts, strict=True):
            item.embedding[edges] = embedding.classify(text)
    return policy, scored


def save_chart(curves: dict[str, list[tuple[float, float, float]]], bound: float) -> Path:
    """Harmful against benign documents refused, one point per margin, one line per edge size and
    request patterns on documents or not."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(8, 5.5))
    for label, points in curves.items():
        axis.plot([fpr for _, _, fpr in points], [recall for _, recall, _ in points], marker="o", label=label)
        for margin, recall, fpr in points:
            axis.annotate(f"{margin:g}", (fpr, recall), textcoords="offset points", xytext=(4, -10), fontsize=6)
    axis.axvline(bound, linestyle="--", color="red", linewidth=0.8)
    axis.set_xlabel("benign documents refused")
    axis.set_ylabel("harmful documents refused")
    axis.set_title("validation writers' documents, by document_margin")
    axis.legend(fontsize=7)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "document_sweep.png"
    figure.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(figure)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--margins", default="0,0.1,0.2,0.25,0.29,0.3,0.32",
                        help="comma-separated document margins to read")
    parser.add_argument("--edges", default="0,24,48,64",
                        help="comma-separated document_edge_tokens to score with (0: no edges)")
    parser.add_argument("--fpr", type=float, default=0.05, help="benign documents refused at most (the choice)")
    parser.add_argument("--document-words", type=int, default=100,
                        help="with the request patterns off documents: texts of more words than this")
    args = parser.parse_args()
    margins = [float(m) for m in args.margins.split(",")]
    edge_sizes = [int(n) for n in args.edges.split(",")]

    prompts = [e for e in load_validation_examples() if e.kind == "prompt"]
    if not prompts:
        raise SystemExit("no validation writers under safety/data/validation/")
    policy, scored = score(prompts, edge_sizes)

    def judge(item: Scored, margin: float, edges: int, patterns: bool) -> bool:
        return item.refused(policy, margin, edges, patterns, args.document_words)

    documents = [s for s in scored if s.chunks > 1]
    harmful = [s for s in documents if s.example.harmful]
    benign = [s for s in documents if not s.example.harmful]
    print(f"validation writers {', '.join(sorted({s.example.writer for s in documents}))}: {len(prompts)} "
          f"prompts, {len(documents)} of several chunks ({len(harmful)} harmful), "
          f"{len(scored) - len(documents)} of one chunk (no document setting changes them)")

    if any(s.rules is not None for s in documents):
        print("\nbuilt-in request patterns on documents, no margin or edges: per category, the documents its "
              "patterns trip: harmful ones the classifier alone lets through / benign ones")
        for category in policy.categories:
            tripped = [s for s in documents if category in s.rules.categories
                       and category not in (s.plain_rules.categories if s.plain_rules else ())]
            if tripped:
                caught = sum(s.example.harmful and not judge(s, 0.0, edge_sizes[0], False) for s in tripped)
                print(f"  {category}: {caught} / {sum(not s.example.harmful for s in tripped)}")

    print(f"\nharmful documents refused (of {len(harmful)}) / benign documents refused (of {len(benign)}), "
          "per document_margin")
    print(f"{'edges, request patterns on documents':<38}" + "".join(f"{m:>11.2f}" for m in margins))
    chosen, curves = None, {}
    for edges in edge_sizes:
        for patterns in (True, False):
            label = f"edges {edges} tokens, patterns {'on' if patterns else 'off'}"
            line, curves[label] = f"{label:<38}", []
            for margin in margins:
                caught = sum(judge(s, margin, edges, patterns) for s in harmful)
                refused = sum(judge(s, margin, edges, patterns) for s in benign)
                line += f"{f'{caught}/{refused}':>11}"
                recall, fpr = caught / max(1, len(harmful)), refused / max(1, len(benign))
                curves[label].append((margin, recall, fpr))
                if fpr <= args.fpr and (chosen is None or (recall, -fpr) > (chosen[3], -chosen[4])):
                    chosen = (margin, edges, patterns, recall, fpr)
            print(line)
    print(f"\nchart: {save_chart(curves, args.fpr)}")
    if chosen is None:
        print(f"\nno setting read keeps benign documents refused at or under {args.fpr}")
        return
    margin, edges, patterns, recall, fpr = chosen
    setting = f"margin {margin:.2f}, edges {edges} tokens, built-in patterns on documents {'yes' if patterns else 'no'}"
    missed: dict[str, int] = defaultdict(int)
    for s in harmful:
        if not judge(s, margin, edges, patterns):
            missed[s.example.hazard or "/".join(s.example.labels)] += 1
    print(f"\nharmful documents let through at {setting}, by hazard:")
    print("  " + (", ".join(f"{hazard} {count}" for hazard, count in sorted(missed.items())) or "none"))
    print(f"document setting: {setting} (harmful documents refused {recall:.3f}, "
          f"benign documents refused {fpr:.3f})")


if __name__ == "__main__":
    main()
