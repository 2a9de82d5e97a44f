"""Replay the answers a serving benchmark saw cut through the streaming check, window by window.

``bench/serve.py`` keeps, for every request that did not finish, the engine alone's text for the same
request. This feeds that text, token by token in the served model's tokens, through the configured
policy's streaming check (one window at a time, on ``SLUICE_PROMPT_CHECK_DEVICE``) and prints each
window's highest category scores and where, if anywhere, the check cuts it: whether a cut comes from the
text itself or from how the worker checked it.

    python bench/replay_cut.py bench/results/serve-<label>.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv: list[str]) -> int:
    from transformers import AutoTokenizer

    from api.protocol import ChatMessage
    from api.submission import checked_texts
    from bench.serve import PROMPT_LINES
    from cli.assembly import build_moderator_for
    from safety.stream_check import StreamWindowCheck
    from sluice.settings import Settings

    result = json.loads(Path(argv[0]).read_text())
    settings = Settings()
    tokenizer = AutoTokenizer.from_pretrained(settings.model_path)
    moderator = build_moderator_for(settings)
    cut_requests = [u for row in result["rows"] for u in row["unfinished"] if u.get("engine_text")]
    if not cut_requests:
        print("no unfinished request with the engine alone's text")
        return 0
    for unfinished in cut_requests:
        messages = json.loads(PROMPT_LINES[unfinished["prompt"]])["messages"]
        prompt, _ = checked_texts([ChatMessage(**m) for m in messages])  # what the gateway hands on
        print(f"request {unfinished['request']} (prompt line {unfinished['prompt'] + 1}), cut in the run after "
              f"{unfinished['output_tokens']} tokens")
        check = StreamWindowCheck(moderator, prompt)
        ids = tokenizer(unfinished["engine_text"], add_special_tokens=False)["input_ids"]
        shown = ""
        for index in range(len(ids)):
            text = tokenizer.decode(ids[: index + 1])
            new, shown = text[len(shown):], text
            windows = check.windows
            check.add(new, 1)
            if check.windows > windows:
                top = sorted(check.decision().scores.items(), key=lambda kv: -kv[1])[:2]
                print(f"  token {index + 1:>3}: {check.window_text[-48:]!r} "
                      + " ".join(f"{name} {score:.3f}" for name, score in top))
            if check.cut is not None:
                print(f"  CUT after token {index + 1}: {check.cut.categories}")
                break
        else:
            print(f"  not cut in {check.windows} windows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
