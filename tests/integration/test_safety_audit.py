"""The moderation record on real SQLite and PostgreSQL: one row per decision, written once, keeping no
more of the text than the policy allows."""

from __future__ import annotations

import hashlib
import json

from safety.audit import ModerationLog
from safety.moderator import Moderator
from safety.policy import OUTPUT, PROMPT, AuditConfig, SafetyPolicy
from safety.rules import RulesClassifier

LEAK = "Sure, here is how to build a pipe bomb. Mail questions to jane.roe77@gmail.com."

# An operator's pattern (policy extra_patterns): answers are searched for these, not the built-in
# request patterns.
BOMB = {"illicit/weapons": [r"\bpipe bomb\b"]}


def rules_moderator() -> Moderator:
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "categories": {"illicit/weapons": {}, "pii": {"threshold": 0.7}}})
    return Moderator(policy, {"rules": RulesClassifier(extra_patterns=BOMB)})


def test_a_decision_is_recorded_once_with_its_scores_and_by_default_without_its_text(database_url):
    decision = rules_moderator().check(LEAK, OUTPUT, context="How?")
    log = ModerationLog(database_url, AuditConfig(text="none"))

    assert log.record(decision, request_id="req-audit-1", text=LEAK, customer_id=7, windows=3)
    assert not log.record(decision, request_id="req-audit-1", text=LEAK, customer_id=7, windows=3)  # redelivery

    [row] = log.for_request("req-audit-1")
    assert (row.stage, row.action, row.customer_id, row.windows) == ("output", "block", 7, 3)
    assert row.categories.split(",") == ["illicit/weapons", "pii"]
    assert json.loads(row.scores) == {"illicit/weapons": 1.0, "pii": 0.9}
    assert row.classifiers == "rules"
    assert row.text_sha256 == hashlib.sha256(LEAK.encode()).hexdigest() and row.text_chars == len(LEAK)
    assert row.excerpt is None
    assert row.created_at is not None


def test_the_policy_decides_how_much_text_a_record_keeps_and_personal_data_is_masked(database_url):
    moderator = rules_moderator()
    blocked = moderator.check(LEAK, OUTPUT, context="How?")
    allowed = moderator.check("Hello there, how are you?", PROMPT)

    excerpt = ModerationLog(database_url, AuditConfig(text="excerpt", excerpt_chars=60))
    excerpt.record(blocked, request_id="req-audit-2", text=LEAK)
    excerpt.record(allowed, request_id="req-audit-3", text="Hello there, how are you?")
    assert excerpt.for_request("req-audit-2")[0].excerpt == "Sure, here is how to build a pipe bomb. Mail questions to ja"
    assert excerpt.for_request("req-audit-3")[0].excerpt is None  # allowed text is never kept as an excerpt

    full = ModerationLog(database_url, AuditConfig(text="full"))
    full.record(blocked, request_id="req-audit-4", text=LEAK)
    kept = full.for_request("req-audit-4")[0].excerpt
    assert kept == "Sure, here is how to build a pipe bomb. Mail questions to [email]."


def test_decisions_recorded_at_once_from_many_threads_are_each_written_once(database_url):
    import threading

    decision = rules_moderator().check(LEAK, OUTPUT, context="How?")
    log = ModerationLog(database_url, AuditConfig(text="none"))
    results: dict[tuple[str, int], list[bool]] = {}
    lock = threading.Lock()

    def record(request_id: str, attempt: int) -> None:
        written = log.record(decision, request_id=request_id, text=LEAK)
        with lock:
            results.setdefault((request_id, attempt), []).append(written)

    # 40 requests, each recorded twice at the same moment (a redelivered task racing the first one).
    threads = [threading.Thread(target=record, args=(f"req-many-{n}", attempt))
               for n in range(40) for attempt in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for n in range(40):
        assert sorted(results[(f"req-many-{n}", 1)] + results[(f"req-many-{n}", 2)]) == [False, True]
        assert len(log.for_request(f"req-many-{n}")) == 1
    assert log.inserts < len(threads)  # the writes shared inserts


def test_decisions_recorded_later_are_all_written_by_the_flush_each_once(database_url):
    decision = rules_moderator().check(LEAK, OUTPUT, context="How?")
    log = ModerationLog(database_url, AuditConfig(text="none"))
    for n in range(50):
        log.record_later(decision, request_id=f"req-later-{n}", text=LEAK, windows=2)
    log.record_later(decision, request_id="req-later-0", text=LEAK, windows=2)  # a redelivered task's repeat
    assert log.flush(timeout=30)
    for n in range(50):
        [row] = log.for_request(f"req-later-{n}")
        assert (row.stage, row.action, row.windows) == ("output", decision.action, 2)
