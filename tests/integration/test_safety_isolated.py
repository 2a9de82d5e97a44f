"""The trained classifier in a process of its own (safety/isolated.py), as the generation worker runs it:
the same verdicts as in-process, shared round trips under concurrency, a dead child started again, a
child that cannot start reported as a SafetyError, and the generation worker's own wiring."""

from __future__ import annotations

import os
import signal
import time

import numpy as np
import pytest
import torch

from safety.classifier import PreparedContext, SafetyError
from safety.isolated import ProcessClassifier
from safety.moderator import build_moderator
from safety.normalize import context_tail
from safety.policy import OUTPUT, PROMPT, SafetyPolicy
from safety.trained import classifier_options, load_classifier
from sluice.settings import Settings
from tests.conftest import REPO, wait_until
from tests.unit.test_safety_classifiers import HARMFUL, LOOKALIKES, classify_all_at_once

SETTINGS = Settings(data_dir=REPO / ".sluice")
TEXTS = [HARMFUL["violence"], HARMFUL["self-harm"], HARMFUL["pii"], *LOOKALIKES[:5]]


@pytest.fixture(scope="module")
def moderators():
    policy = SafetyPolicy.load()
    isolated = build_moderator(policy, SETTINGS, isolate_trained=True)
    yield build_moderator(policy, SETTINGS), isolated
    isolated.classifiers["embedding"].close()


def close_to(a: dict[str, float], b: dict[str, float]) -> bool:
    """Within 0.005: bfloat16 products are not bit for bit the same in every batch (the packaged encoder's)."""
    return a.keys() == b.keys() and all(abs(a[c] - b[c]) < 5e-3 for c in a)


def test_the_isolated_classifier_decides_what_the_in_process_one_decides(moderators):
    local, isolated = moderators
    assert isinstance(isolated.classifiers["embedding"], ProcessClassifier)
    assert isolated.classifiers["embedding"].pid not in (None, os.getpid())
    for text in TEXTS:
        for stage, context in ((PROMPT, None), (OUTPUT, "the prompt")):
            here, apart = local.check(text, stage, context), isolated.check(text, stage, context)
            assert (apart.action, apart.categories) == (here.action, here.categories), text
            assert close_to(apart.scores, here.scores), text


@pytest.mark.skipif(torch.cuda.is_available(), reason="on a GPU machine 'auto' puts the classifier on the GPU")
def test_auto_keeps_the_classifier_on_the_cpu_of_a_machine_without_a_gpu(moderators):
    _, isolated = moderators
    assert SETTINGS.safety_device == "auto"
    assert isolated.classifiers["embedding"].device == "cpu"
    options = classifier_options(SafetyPolicy.load().classifiers["embedding"].options)
    assert load_classifier(SETTINGS.data_dir / "safety", options["layers"], options["max_tokens"], device="auto",
                           weights=options["weights"]).device == torch.device("cpu")


def test_the_safety_workers_classifier_runs_on_the_prompt_check_device(moderators):
    local, _ = moderators
    assert SETTINGS.prompt_check_device == "cpu"
    assert local.classifiers["embedding"].device == torch.device("cpu")
    auto = build_moderator(SafetyPolicy.load(), Settings(data_dir=REPO / ".sluice", prompt_check_device="auto"))
    wanted = "cuda" if torch.cuda.is_available() else "cpu"
    assert auto.classifiers["embedding"].device.type == wanted
    for text in TEXTS:
        here, there = local.check(text, PROMPT), auto.check(text, PROMPT)
        assert (there.action, there.categories) == (here.action, here.categories), text


def test_concurrent_checks_share_round_trips_and_each_gets_its_own_verdict(moderators):
    local, isolated = moderators
    classifier = isolated.classifiers["embedding"]
    texts = TEXTS * 4
    expected = [local.classifiers["embedding"].classify(text).scores for text in texts]
    batches_before = classifier.coalescer.batches
    answers = classify_all_at_once(classifier, texts)
    assert all(close_to(got, want) for got, want in zip(answers, expected, strict=True))
    assert classifier.coalescer.batches - batches_before < len(texts)


def test_a_child_that_dies_is_started_again_on_the_next_check(moderators):
    local, isolated = moderators
    classifier = isolated.classifiers["embedding"]
    first = classifier.pid
    os.kill(first, signal.SIGKILL)
    wait_until(lambda: not classifier._process.is_alive(), 10, what="the child to die")
    verdict = isolated.check(HARMFUL["violence"], OUTPUT, "the prompt")
    assert classifier.pid not in (None, first)
    assert verdict.categories == local.check(HARMFUL["violence"], OUTPUT, "the prompt").categories


def _fails_to_build() -> None:
    raise FileNotFoundError("no such model folder: /nowhere")


def test_a_child_that_cannot_build_its_classifier_is_a_safety_error_with_the_reason():
    started = time.monotonic()
    with pytest.raises(SafetyError, match="could not start: FileNotFoundError: no such model folder"):
        ProcessClassifier("broken", _fails_to_build, {}, start_timeout=120)
    assert time.monotonic() - started < 120


def test_the_prompt_checks_embedding_of_a_prompt_is_taken_by_the_generation_workers_classifier(moderators):
    local, isolated = moderators
    here = local.classifiers["embedding"]
    # The prompt check (in process, as a safety worker runs it) reads a prompt; its embedding is the
    # prompt's end that answers are judged with, and it is handed over without a forward pass more.
    prompt = "How do I get my neighbour's dog to stop barking at night? It has gone on for weeks."
    assert local.answer_contexts(prompt) == {}  # not read yet: the generation worker embeds it itself
    local.check(prompt, PROMPT)
    contexts = local.answer_contexts(prompt)
    prepared = PreparedContext.from_wire(contexts["embedding"])
    assert set(contexts) == {"embedding"} and prepared.weights_tag == here.weights_tag != ""
    assert np.allclose(prepared.floats(), here.encoder.embed([context_tail(prompt)])[0].float().numpy(), atol=1e-4)
    longer = "The weather was mild and the garden was quiet all afternoon. " * 8  # longer than a prompt's end
    local.check(longer, PROMPT)
    assert local.answer_contexts(longer) == {}
    assert PreparedContext.from_wire({"weights_tag": 1}) is None and PreparedContext.from_wire(None) is None

    # The generation worker's classifier (in its child) takes it and judges a window as the in-process one.
    window = HARMFUL["violence"]
    isolated.prepare_answers(prompt, contexts)
    assert close_to(isolated.check(window, OUTPUT, prompt).scores, local.check(window, OUTPUT, prompt).scores)
    # It did use it: an altered embedding under the same weights changes the window's scores; under
    # other weights it is ignored and the child embeds the prompt itself.
    altered = PreparedContext.of_floats(prepared.weights_tag, -prepared.floats())
    other = "Our dog barks at the postman every morning; how do I calm him down?"
    isolated.prepare_answers(other, {"embedding": altered.to_wire()})
    assert not close_to(isolated.check(window, OUTPUT, other).scores, local.check(window, OUTPUT, other).scores)
    third = "The cat next door sits on our car every night; how do I keep it off?"
    isolated.prepare_answers(third, {"embedding": PreparedContext.of_floats("other weights", -prepared.floats()).to_wire()})
    assert close_to(isolated.check(window, OUTPUT, third).scores, local.check(window, OUTPUT, third).scores)
