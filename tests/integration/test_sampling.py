"""The CPU engine's sampling: the row-selective top-k and top-p warpers give exactly the scores of
transformers' own warpers, on batches that mix greedy rows, rows without top-k or top-p and rows with them;
and a request's seed fixes its sampled answer whatever else shares the batch."""

from __future__ import annotations

import threading

import pytest
import torch
from transformers.generation.continuous_batching import cb_logits_processors as cb
from transformers.generation.logits_process import TopKLogitsWarper, TopPLogitsWarper

from sluice.settings import Settings
from workers.request import GenerationRequest, SamplingParams
from workers.runtime import create_engine
from workers.sampling import RecordLogprobs, RowSelectiveTopK, RowSelectiveTopP, SeededSampling, ShapeLogits

VOCAB = 1000


def as_int32(values: list[float]) -> torch.Tensor:
    return torch.tensor(values, dtype=torch.float32).view(dtype=torch.int32)


@pytest.mark.parametrize("top_k", [[1, VOCAB, 5, VOCAB], [VOCAB, VOCAB, VOCAB, VOCAB], [1, 1, 1, 1], [3, 7, 40, 2]])
def test_row_selective_top_k_gives_transformers_scores(top_k):
    scores = torch.randn(len(top_k), VOCAB, generator=torch.Generator().manual_seed(1))
    scores[0, :10] = scores[0].max()  # ties at the k-th largest are kept by both
    args = torch.tensor(top_k, dtype=torch.int32)
    reference = cb.ContinuousBatchingTopKLogitsWarper(TopKLogitsWarper(top_k=50))
    selective = RowSelectiveTopK(TopKLogitsWarper(top_k=50))
    assert torch.equal(selective(scores.clone(), args), reference(scores.clone(), args))


@pytest.mark.parametrize("top_p", [[1.0, 0.9, 1.0, 0.5], [1.0, 1.0, 1.0, 1.0], [0.95, 0.8, 0.3, 0.99]])
def test_row_selective_top_p_gives_transformers_scores(top_p):
    scores = torch.randn(len(top_p), VOCAB, generator=torch.Generator().manual_seed(2)) * 3
    args = as_int32(top_p)
    reference = cb.ContinuousBatchingTopPLogitsWarper(TopPLogitsWarper(top_p=0.95))
    selective = RowSelectiveTopP(TopPLogitsWarper(top_p=0.95))
    assert torch.equal(selective(scores.clone(), args), reference(scores.clone(), args))


@pytest.fixture(scope="module")
def engine(model_path):
    engine = create_engine(Settings(model=str(model_path), max_num_seqs=4, device="cpu"), max_model_len=256)
    engine.start()
    yield engine
    engine.shutdown()


def test_the_cpu_engine_runs_the_row_selective_warpers_and_seeded_sampling(engine):
    in_use = [type(p) for p in engine._manager.logit_processor.logits_processor]
    assert {RowSelectiveTopK, RowSelectiveTopP} <= set(in_use)
    assert not set(in_use) & {cb.ContinuousBatchingTopKLogitsWarper, cb.ContinuousBatchingTopPLogitsWarper}
    # Penalties, bias and grammars shape the raw logits first; the seeded draw works on the scores the warpers
    # left, and the logprobs recorder takes the token drawn last.
    assert in_use[0] is ShapeLogits
    assert in_use[-2:] == [SeededSampling, RecordLogprobs]


def sample_together(engine, requests: list[GenerationRequest]) -> list[list[int]]:
    answers: list[list[int]] = [[] for _ in requests]

    def read(index: int) -> None:
        for output in engine.stream(requests[index]):
            answers[index].extend(output.new_token_ids)

    for request in requests:
        engine.submit(request)
    readers = [threading.Thread(target=read, args=(index,)) for index in range(len(requests))]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(timeout=120)
    return answers


def sampled(name: str, prompt: list[int], seed: int | None) -> GenerationRequest:
    return GenerationRequest(name, prompt, SamplingParams(max_tokens=24, temperature=1.0, top_p=0.95, seed=seed))


def test_the_same_seed_gives_the_same_sampled_answer_whatever_shares_the_batch(engine):
    prompt = [504, 3458, 282, 4103, 314, 2114, 30, 378]
    alone = sample_together(engine, [sampled("seed-alone", prompt, 7)])[0]
    crowded = sample_together(engine, [
        sampled("other-1", [1070, 2003, 30], None),
        sampled("seed-crowded", prompt, 7),
        sampled("other-2", prompt, 8),
        sampled("other-3", [4103, 314, 2114, 30, 378, 504], 9),
    ])
    assert len(alone) == 24
    assert crowded[1] == alone
    assert crowded[2] != alone  # another seed, another draw


def test_a_batch_mixes_a_grammar_logprobs_and_min_tokens_with_free_requests_each_getting_its_own(engine,
                                                                                                 model_path):
    import json

    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_path)
    prompt = tokenizer.apply_chat_template([{"role": "user", "content": "Give me a person as JSON."}],
                                           add_generation_prompt=True, tokenize=True, return_dict=False)
    schema = {"type": "object", "properties": {"name": {"type": "string", "maxLength": 20}, "age": {"type": "integer"}},
              "required": ["name", "age"], "additionalProperties": False}
    requests = [
        GenerationRequest("grammar", list(prompt), SamplingParams(max_tokens=60, temperature=0.9, seed=1,
                                                                  structured={"json_schema": schema}, logprobs=2)),
        GenerationRequest("at-least-40", list(prompt), SamplingParams(max_tokens=60, temperature=0, min_tokens=40)),
        GenerationRequest("free", list(prompt), SamplingParams(max_tokens=12, temperature=0)),
    ]
    logprobs = []
    for request in requests:
        engine.submit(request)
    answers = {}
    for request in requests:
        tokens = []
        for output in engine.stream(request):
            tokens.extend(output.new_token_ids)
            if request.request_id == "grammar":
                logprobs.extend(output.logprobs or [])
        answers[request.request_id] = tokens

    document = json.loads(tokenizer.decode(answers["grammar"], skip_special_tokens=True))
    assert set(document) == {"name", "age"} and isinstance(document["age"], int)
    assert [entry.token_id for entry in logprobs] == answers["grammar"]
    assert all(entry.logprob <= 0 and len(entry.top) == 2 for entry in logprobs)
    assert len(answers["at-least-40"]) >= 40
    assert not set(answers["at-least-40"][:39]) & engine.eos_token_ids
    free = GenerationRequest("free-alone", list(prompt), SamplingParams(max_tokens=12, temperature=0))
    engine.submit(free)
    assert [t for output in engine.stream(free) for t in output.new_token_ids] == answers["free"]
