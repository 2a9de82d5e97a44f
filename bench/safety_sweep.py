"""Choose the trained classifier's settings without looking at the held-out writers.

For each candidate setting (a JSON object of ``safety.trained.TRAINING`` overrides), train the classifier on
the training writers minus the validation writers (``--validation``, default w11 and w12), then score the
validation writers' prompts (whole, as the prompt check sees them) and outputs (streamed through the real
window check, split by the served model's tokenizer when ``--tokenizer`` names one, by words otherwise).
Each example's highest score over the categories that count at its stage is recorded once, so every
threshold is read from one pass: recall and FPR at the policy's thresholds, and the recall at a 5 % (and
3 %) false-positive rate, for the classifier alone and together with the rules.

Training runs on ``--device`` (a GPU takes seconds per setting, a 2-core CPU ten minutes or more).

    python bench/safety_sweep.py --device cuda --configs '[{}, {"epochs": 8}]' --out sweep.json

Last line: the best setting by validation answer recall at 5 % FPR plus prompt recall at 5 % FPR.
``--read FILE`` prints, from a saved ``--per-example`` pass, the packaged policy's figures at each threshold.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402

from safety import trained  # noqa: E402
from safety.dataset import load_examples, split  # noqa: E402
from safety.encoder import SentenceEncoder  # noqa: E402
from safety.evaluation import token_pieces, word_pieces  # noqa: E402
from safety.moderator import Moderator  # noqa: E402
from safety.policy import OUTPUT, PROMPT, SafetyPolicy  # noqa: E402
from safety.rules import RulesClassifier  # noqa: E402
from safety.stream_check import StreamWindowCheck  # noqa: E402

POLICY = Path(__file__).resolve().parent.parent / "safety" / "policy.toml"


class HighestScore(Moderator):
    """A moderator whose every threshold is 1.0 (only a score of 1.0 trips it, and that is then the
    highest) that remembers the highest category score it decided since ``reset``, overall and per
    category: the score at which the real policy would first have blocked the text."""

    def __init__(self, policy: SafetyPolicy, classifiers: dict) -> None:
        never = {name: replace(rule, threshold=1.0, output_threshold=1.0) for name, rule in policy.categories.items()}
        super().__init__(replace(policy, categories=never), classifiers)
        self.by_category: dict[str, float] = {}

    @property
    def highest(self) -> float:
        return max(self.by_category.values(), default=0.0)

    def reset(self) -> None:
        self.by_category = {}

    def check(self, text, stage, context=None):
        decision = super().check(text, stage, context)
        for category, score in decision.scores.items():
            self.by_category[category] = max(self.by_category.get(category, 0.0), score)
        return decision


def highest_scores(moderator: HighestScore, examples: list, pieces, by_category: list | None = None) -> list[float]:
    """Each example's highest score; with ``by_category``, each one's highest per category appended to it."""
    scores = []
    for example in examples:
        moderator.reset()
        if example.kind == "prompt":
            moderator.check(example.text, PROMPT)
        else:
            check = StreamWindowCheck(moderator, example.prompt or "")
            for piece in pieces(example.text):
                check.add(piece, 1)
            check.finish()
        scores.append(moderator.highest)
        if by_category is not None:
            by_category.append({c: round(v, 4) for c, v in moderator.by_category.items()})
    return scores


def rates(harmful: list[bool], scores: list[float], threshold: float, also: list[bool] | None = None) -> tuple[float, float]:
    """(recall, FPR) blocking at ``threshold``, or where ``also`` (the rules) blocks."""
    blocked = [s >= threshold or (also is not None and a) for s, a in zip(scores, also or [False] * len(scores), strict=True)]
    positives = sum(harmful) or 1
    negatives = (len(harmful) - sum(harmful)) or 1
    recall = sum(b for b, h in zip(blocked, harmful, strict=True) if h) / positives
    fpr = sum(b for b, h in zip(blocked, harmful, strict=True) if not h) / negatives
    return recall, fpr


def recall_at_fpr(harmful: list[bool], scores: list[float], limit: float, also: list[bool] | None = None
                  ) -> tuple[float, float]:
    """The best recall whose FPR is at most ``limit``, and the threshold that gives it."""
    best = (0.0, 1.0)
    for threshold in sorted(set(scores)):
        recall, fpr = rates(harmful, scores, threshold, also)
        if fpr <= limit and recall > best[0]:
            best = (recall, threshold)
    return best


def summary(harmful: list[bool], scores: list[float], rules: list[bool], thresholds: list[float]) -> dict:
    row = {}
    for name, also in (("alone", None), ("with_rules", rules)):
        row[name] = {f"at_{t}": rates(harmful, scores, t, also) for t in thresholds}
        for limit in (0.03, 0.05):
            row[name][f"recall_at_fpr_{limit}"] = recall_at_fpr(harmful, scores, limit, also)
    return row


def stream_variants(policy: SafetyPolicy, classifiers: dict, outputs: list, pieces, rules: list[bool], threshold: float,
                    variants: list[dict]) -> list[dict]:
    """The answers' recall and false-positive rate at ``threshold`` (with the rules) when streamed under each
    ``[stream]`` variant, and what the variant's windows read: their number, and the characters of every
    window checked over the characters generated. The answers stream side by side, a token each a round,
    and each round's complete windows are scored in one call, as the stream loop checks them."""
    rows = []
    generated = sum(len(e.text) for e in outputs)
    tokens = [pieces(e.text) for e in outputs]
    for variant in variants:
        moderator = HighestScore(replace(policy, stream=replace(policy.stream, **variant)), classifiers)
        checks = [StreamWindowCheck(moderator, e.prompt or "") for e in outputs]
        read = 0
        for step in range(max(map(len, tokens), default=0) + 1):
            ready = []
            for index, check in enumerate(checks):
                if step < len(tokens[index]):
                    check.feed(tokens[index][step], 1)
                elif step == len(tokens[index]):
                    check.end()
                if check.window_ready:
                    ready.append(check)
            if not ready:
                continue
            windows = [(check.window_text, check.prompt) for check in ready]
            read += sum(len(text) for text, _ in windows)
            for check, decision in zip(ready, moderator.check_windows(windows, OUTPUT), strict=True):
                check.settle(decision)
        # Every threshold is 1.0 here, so no window cuts a stream and its decision holds its highest scores.
        highest = [max(check.decision().scores.values(), default=0.0) for check in checks]
        recall, fpr = rates([e.harmful for e in outputs], highest, threshold, rules)
        rows.append({"stream": variant, "recall": recall, "fpr": fpr, "windows": sum(c.windows for c in checks),
                     "read_per_generated": read / max(1, generated)})
        print(f"  answers streamed with {json.dumps(variant):<52} R/FPR at {threshold} with the rules "
              f"{recall:.3f} / {fpr:.3f}, windows {rows[-1]['windows']}, text read per text generated "
              f"{rows[-1]['read_per_generated']:.2f}", flush=True)
    return rows


def _counting_every_category(policy: SafetyPolicy) -> SafetyPolicy:
    """``policy`` with no category ignored for any classifier at any stage."""
    classifiers = {name: replace(config, options={k: v for k, v in config.options.items() if k != "ignore_at_output"})
                   for name, config in policy.classifiers.items()}
    return replace(policy, classifiers=classifiers)


def policy_table(path: Path, thresholds: list[float]) -> list[str]:
    """Lines of a table read from a ``--per-example`` pass saved at ``path``: for one threshold in every
    category at a time (the policy's other settings as packaged: its built-in request patterns on prompts,
    a category's own lower prompt threshold, categories ignored in answers), the recall and false-positive
    rate of prompts with the look-alikes refused, and of answers with the supportive answers (the
    ``lookalike-self-harm`` answers) cut."""
    policy = SafetyPolicy.load(POLICY)
    builtin = set(policy.classifiers["rules"].options.get("builtin_patterns") or ())
    ignored = set(policy.classifiers["embedding"].options.get("ignore_at_output") or ())
    usual = statistics.mode(rule.threshold for rule in policy.categories.values())
    lower = {name: rule.threshold for name, rule in policy.categories.items() if rule.threshold < usual}
    row = json.loads(path.read_text())[0]["per_example"]
    lines = ["| threshold | prompts: recall / FPR, look-alikes refused | answers: recall / FPR, supportive cut |",
             "| --- | --- | --- |"]
    for threshold in thresholds:
        cells = []
        for kind in ("prompts", "outputs"):
            seen = row[kind]
            blocked = []
            for scores, rules in zip(seen["scores"], seen["rules"], strict=True):
                if kind == "prompts":
                    tripped = any(v >= min(threshold, lower.get(c, threshold)) for c, v in scores.items()) or any(
                        v >= threshold for c, v in rules.items() if c in builtin)
                else:
                    tripped = any(v >= threshold for c, v in scores.items() if c not in ignored) or any(
                        v >= threshold for v in rules.values())
                blocked.append(tripped)
            harmful, groups = seen["harmful"], seen["groups"]
            recall = sum(b for b, h in zip(blocked, harmful, strict=True) if h) / max(1, sum(harmful))
            fpr = sum(b for b, h in zip(blocked, harmful, strict=True) if not h) / max(1, len(harmful) - sum(harmful))
            if kind == "prompts":
                counted = [b for b, g in zip(blocked, groups, strict=True) if g.startswith("lookalike-")]
            else:
                counted = [b for b, g, h in zip(blocked, groups, harmful, strict=True) if g == "lookalike-self-harm" and not h]
            cells.append(f"{recall:.3f} / {fpr:.3f}, {sum(counted)} of {len(counted)}")
        lines.append(f"| {threshold} | {cells[0]} | {cells[1]} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--configs", default="[{}]", help="JSON list of TRAINING overrides, one per candidate")
    parser.add_argument("--validation", default="w11,w12", help="writers to score (left out of training)")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--tokenizer", help="folder of the served model's tokenizer (outputs are streamed in its tokens)")
    parser.add_argument("--limit", type=int, default=0, help="train on and score about N examples each (a quick trial)")
    parser.add_argument("--per-example", action="store_true",
                        help="also save each validation example's highest score per category")
    parser.add_argument("--streams", default="[]", metavar="JSON",
                        help="JSON list of [stream] overrides (e.g. quiet windows): each trained classifier also scores "
                             "the validation answers streamed under each, at the policy's answer threshold")
    parser.add_argument("--out", type=Path, default=Path("bench/results/safety-sweep.json"))
    parser.add_argument("--read", type=Path, metavar="FILE",
                        help="print the packaged policy's figures per threshold from a saved --per-example pass")
    args = parser.parse_args()
    if args.read:
        print("\n".join(policy_table(args.read, [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75])))
        return 0

    validation = tuple(args.validation.split(","))
    train, held_out = split(load_examples())
    del held_out  # never read here
    fit_on = [e for e in train if e.writer not in validation]
    scored = [e for e in train if e.writer in validation]
    if args.limit:  # a quick trial: every k-th example, to train on and to score
        fit_on = fit_on[:: max(1, len(fit_on) // args.limit)]
        scored = scored[:: max(1, len(scored) // args.limit)]
    prompts = [e for e in scored if e.kind == "prompt"]
    outputs = [e for e in scored if e.kind == "output"]
    pieces = word_pieces
    if args.tokenizer:
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)

        def pieces(text: str) -> list[str]:
            return token_pieces(tokenizer, text)

    policy = SafetyPolicy.load(POLICY)
    options = trained.classifier_options(policy.classifiers["embedding"].options)
    prompt_threshold = policy.categories["violence"].threshold_for(PROMPT)
    output_threshold = policy.categories["violence"].threshold_for(OUTPUT)
    # Every built-in pattern (whatever the policy's builtin_patterns): per category, any subset reads from it.
    rules = HighestScore(policy, {"rules": RulesClassifier(extra_patterns=policy.classifiers["rules"].options.get(
        "extra_patterns"))})
    rules_prompt_categories: list[dict] = []
    rules_output_categories: list[dict] = []
    rules_prompts = [s >= prompt_threshold for s in highest_scores(rules, prompts, pieces, rules_prompt_categories)]
    rules_outputs = [s >= output_threshold for s in highest_scores(rules, outputs, pieces, rules_output_categories)]
    print(f"trained on {len(fit_on)} examples; validation {','.join(validation)}: {len(prompts)} prompts "
          f"({sum(e.harmful for e in prompts)} harmful), {len(outputs)} outputs ({sum(e.harmful for e in outputs)} "
          f"harmful); device {args.device}; policy thresholds {prompt_threshold} / {output_threshold}", flush=True)

    defaults = dict(trained.TRAINING)
    results = []
    for overrides in json.loads(args.configs):
        trained.TRAINING.clear()
        trained.TRAINING.update({**defaults, **overrides})
        started = time.monotonic()
        encoder = SentenceEncoder(layers=options["layers"], max_tokens=options["max_tokens"], weights="float32")
        encoder.to(args.device)
        classifier = trained.train_embedding_classifier(encoder, fit_on)
        seconds = time.monotonic() - started
        moderator = HighestScore(policy, {"embedding": classifier})
        row = {"overrides": overrides, "train_seconds": round(seconds, 1),
               "prompts": summary([e.harmful for e in prompts], highest_scores(moderator, prompts, pieces),
                                  rules_prompts, [0.5, 0.6, 0.7, 0.8]),
               "outputs": summary([e.harmful for e in outputs], highest_scores(moderator, outputs, pieces),
                                  rules_outputs, [0.5, 0.6, 0.7, 0.8])}
        if args.per_example:
            # Every category's highest score per example, none ignored at output, for reading other policies
            # (per-category thresholds, categories ignored or not) from this one pass.
            counted = HighestScore(_counting_every_category(policy), {"embedding": classifier})
            row["per_example"] = {}
            for kind, chosen, rules_by in (("prompts", prompts, rules_prompt_categories),
                                           ("outputs", outputs, rules_output_categories)):
                found: list[dict] = []
                highest_scores(counted, chosen, pieces, found)
                row["per_example"][kind] = {"ids": [e.id for e in chosen], "harmful": [e.harmful for e in chosen],
                                            "groups": [e.group for e in chosen], "rules": rules_by, "scores": found}
        row["streams"] = stream_variants(policy, {"embedding": classifier}, outputs, pieces, rules_outputs, output_threshold,
                                         [{}, *json.loads(args.streams)])
        results.append(row)
        p, o = row["prompts"]["alone"], row["outputs"]["alone"]
        print(f"{json.dumps(overrides):<60} train {seconds:6.1f}s  prompts R@5%={p['recall_at_fpr_0.05'][0]:.3f} "
              f"(t {p['recall_at_fpr_0.05'][1]:.2f}) R/FPR@.7={p['at_0.7'][0]:.3f}/{p['at_0.7'][1]:.3f}  "
              f"outputs R@5%={o['recall_at_fpr_0.05'][0]:.3f} (t {o['recall_at_fpr_0.05'][1]:.2f}) "
              f"R/FPR@.7={o['at_0.7'][0]:.3f}/{o['at_0.7'][1]:.3f}", flush=True)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=1))
    trained.TRAINING.clear()
    trained.TRAINING.update(defaults)
    best = max(results, key=lambda r: r["prompts"]["alone"]["recall_at_fpr_0.05"][0]
               + r["outputs"]["alone"]["recall_at_fpr_0.05"][0])
    print(f"best on validation: {json.dumps(best['overrides'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
