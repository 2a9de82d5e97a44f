"""The stream cursor's decisions, with a fake clock and no Redis: what reaches the client, when the log is
read, and when a waiting stream ends."""

from __future__ import annotations

from pytest import approx

from sluice.streams import events
from sluice.streams.cursor import StreamCursor
from sluice.streams.events import StreamEvent

RID = "req-test"


def token(seq: int) -> StreamEvent:
    return StreamEvent(RID, seq, events.TOKEN, {"text": f"t{seq}"})


def done(seq: int) -> StreamEvent:
    return StreamEvent(RID, seq, events.DONE, {"finish_reason": "stop"})


def wire(*stream_events: StreamEvent) -> list[bytes]:
    return [event.to_json().encode() for event in stream_events]


def cursor(after_seq: int = 0, now: float = 100.0, **options) -> StreamCursor:
    settings = {"heartbeat_interval": 15.0, "silence_timeout": 30.0, "queue_timeout": 600.0,
                "no_worker_timeout": 120.0, **options}
    return StreamCursor(RID, after_seq, now, **settings)


def deliver(reader: StreamCursor, to_deliver: list[StreamEvent], now: float) -> list[int]:
    for event in to_deliver:
        reader.delivered(event, now)
    return [event.seq for event in to_deliver]


def always_served(model: str) -> bool:
    return True


def never_served(model: str) -> bool:
    return False


def test_a_new_reader_reads_the_log_first_then_follows_live_in_order():
    reader = cursor()
    assert reader.log_read_due(breaks=0, now=100.0)
    assert deliver(reader, reader.replay([token(1), token(2)]), 100.0) == [1, 2]
    assert not reader.log_read_due(breaks=0, now=100.0)
    assert deliver(reader, reader.take_live(wire(token(3), token(4), done(5))), 101.0) == [3, 4, 5]
    assert reader.last_seq == 5


def test_replay_stops_after_the_terminal_event():
    reader = cursor()
    assert [e.seq for e in reader.replay([token(1), done(2), token(3)])] == [1, 2]


def test_live_duplicates_of_what_the_client_has_are_dropped():
    reader = cursor()
    deliver(reader, reader.replay([token(1), token(2), token(3)]), 100.0)
    assert deliver(reader, reader.take_live(wire(token(2), token(3), token(4), token(4))), 101.0) == [4]
    assert not reader.must_read_log


def test_a_live_gap_delivers_what_precedes_it_and_sends_the_reader_back_to_the_log():
    reader = cursor()
    reader.replay([])
    assert deliver(reader, reader.take_live(wire(token(1), token(2), token(5), token(6))), 100.0) == [1, 2]
    assert reader.log_read_due(breaks=0, now=100.0)
    assert deliver(reader, reader.replay([token(3), token(4), token(5), token(6)]), 100.0) == [3, 4, 5, 6]


def test_a_break_in_the_live_feed_sends_the_reader_back_to_the_log():
    reader = cursor()
    reader.replay([])
    assert not reader.log_read_due(breaks=0, now=100.0)
    assert reader.log_read_due(breaks=1, now=100.0)


def test_a_log_that_starts_past_a_gap_ends_the_stream_with_one_lost_events_error():
    reader = cursor(after_seq=1)
    ended = reader.replay([token(4), token(5)])
    assert [(e.seq, e.type) for e in ended] == [(2, events.ERROR)]
    assert "lost events" in ended[0].data["message"] and ended[0].is_terminal


def test_an_unreadable_log_is_retried_after_a_pause():
    reader = cursor()
    reader.log_unavailable(now=100.0)
    assert not reader.log_read_due(breaks=0, now=100.2)
    assert reader.time_to_next_deadline(100.2) < 0.31
    assert reader.log_read_due(breaks=0, now=100.5)


def test_a_started_stream_silent_past_its_silence_timeout_ends_with_an_error():
    reader = cursor(silence_timeout=30.0)
    deliver(reader, reader.replay([token(1)]), 100.0)
    assert reader.timeout_error(130.0, always_served) is None
    ended = reader.timeout_error(130.5, always_served)
    assert (ended.seq, ended.type, ended.is_terminal) == (2, events.ERROR, True)
    assert "no events for 30s" in ended.data["message"]


def test_a_queued_request_waits_for_its_queue_timeout_not_the_silence_timeout():
    reader = cursor(silence_timeout=30.0, queue_timeout=600.0)
    reader.replay([])
    assert reader.timeout_error(650.0, always_served) is None
    ended = reader.timeout_error(700.5, always_served)
    assert (ended.seq, ended.type) == (1, events.ERROR)


def test_a_queued_request_ends_once_no_worker_served_its_model_for_the_no_worker_timeout():
    reader = cursor(no_worker_timeout=8.0, model="m")  # checks every 2 s
    reader.replay([])
    assert reader.timeout_error(101.0, never_served) is None  # not yet time to check
    assert reader.timeout_error(102.0, never_served) is None  # first sight of no worker
    assert reader.timeout_error(108.0, never_served) is None
    ended = reader.timeout_error(110.0, never_served)
    assert (ended.seq, ended.type) == (1, events.ERROR)
    assert "no worker has served the model 'm' for 8s" in ended.data["message"]


def test_a_worker_seen_again_restarts_the_no_worker_clock():
    reader = cursor(no_worker_timeout=8.0, model="m")
    assert reader.timeout_error(102.0, never_served) is None
    assert reader.timeout_error(108.0, always_served) is None
    assert reader.timeout_error(110.0, never_served) is None
    assert reader.timeout_error(116.0, never_served) is None
    assert reader.timeout_error(118.0, never_served) is not None


def test_a_started_stream_no_longer_asks_for_a_worker():
    asked = []
    reader = cursor(after_seq=3, no_worker_timeout=1.0, model="m")
    assert reader.timeout_error(110.0, lambda model: asked.append(model) or False) is None
    assert asked == []


def test_a_heartbeat_is_due_after_an_idle_interval_and_an_event_postpones_it():
    reader = cursor(heartbeat_interval=15.0)
    assert not reader.heartbeat_due(114.0)
    assert reader.heartbeat_due(115.0)
    assert not reader.heartbeat_due(120.0)  # counted as sent at 115
    deliver(reader, reader.replay([token(1)]), 125.0)
    assert not reader.heartbeat_due(139.0)
    assert reader.heartbeat_due(140.0)


def test_the_wait_ends_at_the_earliest_deadline():
    reader = cursor(heartbeat_interval=15.0, silence_timeout=10.0)
    reader.replay([])
    assert reader.time_to_next_deadline(100.0) == approx(15.001)  # the heartbeat (queue timeout is far off)
    deliver(reader, reader.take_live(wire(token(1))), 104.0)
    assert reader.time_to_next_deadline(104.0) == approx(10.001)  # now the silence timeout
    assert reader.time_to_next_deadline(200.0) == approx(0.001)  # overdue: look at once


def test_a_queued_request_wakes_for_its_worker_check():
    reader = cursor(no_worker_timeout=8.0, model="m")
    reader.replay([])
    assert reader.time_to_next_deadline(100.0) == approx(2.001)


def test_tokens_the_direct_writer_wrote_advance_the_cursor_and_count_as_activity():
    reader = cursor(silence_timeout=30.0)
    deliver(reader, reader.replay([token(1)]), 100.0)
    reader.adopt_direct_writes(last_seq=7, written_at=125.0)
    assert reader.last_seq == 7
    assert reader.timeout_error(150.0, always_served) is None
    assert deliver(reader, reader.take_live(wire(token(6), token(7), token(8))), 151.0) == [8]
    reader.adopt_direct_writes(last_seq=2, written_at=152.0)  # older than what the client has: ignored
    assert reader.last_seq == 8
