"""The sentence encoder's batched pass: a text embeds the same whatever it is batched with."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def encoder():
    from safety.encoder import SentenceEncoder, int8_available

    if not int8_available():
        pytest.skip("int8 runs only with VNNI and torch's x86 quantized engine")
    return SentenceEncoder(layers=2, weights="int8")


def test_a_batch_of_windows_of_many_lengths_embeds_each_as_it_embeds_alone(encoder):
    words = "the river rises in the hills above the town and runs for forty miles to the sea".split()
    # Lengths from 1 to 60 words, in no order, and more tokens than one tile of the batched pass holds.
    texts = [" ".join(words[i % 7:] * (1 + i % 4))[: 3 + 7 * i] for i in range(24)][::-1]
    texts.append("x " * 300)  # longer than max_tokens: two chunks

    together, owners = encoder.embed_chunks(texts)
    alone = [encoder.embed_chunks([text]) for text in texts]

    assert owners == [index for index, (rows, _) in enumerate(alone) for _ in range(len(rows))]
    assert torch.allclose(together, torch.cat([rows for rows, _ in alone]), atol=1e-6, rtol=0)
    assert torch.allclose(together.norm(dim=1), torch.ones(len(owners)), atol=1e-5)


def test_a_bfloat16_batch_shares_each_product_and_embeds_each_window_as_it_does_alone():
    from safety.encoder import SentenceEncoder, bf16_native

    if not bf16_native():
        pytest.skip("this CPU has no bfloat16 matrix unit")
    encoder = SentenceEncoder(layers=2, weights="bfloat16")
    float32 = SentenceEncoder(layers=2, weights="float32")
    assert encoder.runs_bf16
    words = "the river rises in the hills above the town and runs for forty miles to the sea".split()
    texts = [" ".join(words[i % 7:] * (1 + i % 4))[: 3 + 7 * i] for i in range(24)][::-1]
    texts.append("x " * 300)

    together, owners = encoder.embed_chunks(texts)
    alone = torch.cat([encoder.embed_chunks([text])[0] for text in texts])
    exact = float32.embed_chunks(texts)[0]

    # Not always bit for bit (the matrix unit's blocking can differ with the batch), but far within
    # bfloat16's rounding, and that rounding leaves each embedding next to float32's.
    assert owners == [index for index, text in enumerate(texts) for _ in encoder.chunk_ids(text)]
    assert torch.allclose(together, alone, atol=1e-4, rtol=0)
    assert (together * exact).sum(1).min() > 0.9999
    assert torch.allclose(together.norm(dim=1), torch.ones(len(owners)), atol=1e-5)
