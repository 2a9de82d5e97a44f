"""The stream loop: one thread per generation worker process does the per-token work of every request in
flight, a tick at a time.

Each tick takes every output the engine made since the last one (all requests' at once), turns each
stream's new tokens into text, feeds the stream's safety window, checks every window that became complete
in one batched call to the classifiers, releases the text those checks cleared, and hands all the tick's
events to the publisher in one call. Several tokens of one stream in a tick travel as one event. In hold
mode a cleared window's text goes out at the pace it was generated, about one window behind it, not as a
burst; once the generation is over, what is cleared goes out at once.

Celery's task threads only hand a job over (``generate``) and wait for its end: one wake-up per request,
not one per token. The task thread then records the usage and publishes the one terminal event.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import redis

from safety.moderator import Moderator
from safety.policy import OUTPUT
from safety.stream_check import StreamWindowCheck
from sluice.job import GenerationJob
from sluice.metrics import GenerationTimer, record_safety_block
from sluice.streams import events
from sluice.streams.events import StreamEvent
from sluice.streams.publisher import StreamPublisher
from workers.detokenizer import IncrementalDetokenizer
from workers.engine import Engine, EngineError, OutputInbox
from workers.request import EngineOutput, GenerationRequest, SamplingParams

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GenerationResult:
    request_id: str
    prompt_tokens: int
    completion_tokens: int
    outcome: str  # completed, cancelled, content_filter, error
    finish_reason: str | None
    time_to_first_token: float | None


@dataclass
class _Stream:
    """One request's state while the loop follows it. Only the loop thread touches it until ``ended`` is
    set; then only the task thread that waits for it."""

    job: GenerationJob
    request: GenerationRequest
    detokenizer: IncrementalDetokenizer
    check: StreamWindowCheck | None
    timer: GenerationTimer
    seq: int = 0
    finishing: str | None = None  # the finish reason once the generation is over (text may still wait)
    error: str | None = None
    # Text cleared for release, with the time each piece is due, and the pieces fed to the window check
    # that wait for it, with the time each was generated.
    releases: deque[tuple[float, str]] = field(default_factory=deque)
    unchecked: deque[tuple[str, float]] = field(default_factory=deque)
    ended: threading.Event = field(default_factory=threading.Event)

    @property
    def request_id(self) -> str:
        return self.request.request_id


class StreamLoop:
    """Follows every request of one engine: ``start`` it once, then ``generate`` from any thread."""

    def __init__(self, engine: Engine, tokenizer, publisher: StreamPublisher, moderator: Moderator | None, *,
                 client: redis.Redis | None = None, tick_seconds: float = 0.005,
                 engine_check_seconds: float = 1.0) -> None:
        self.engine = engine
        self.tokenizer = tokenizer
        self.publisher = publisher
        self.moderator = moderator  # None: the streaming check could not load, every stream ends in error
        self.redis = client
        self.tick_seconds = tick_seconds
        self.engine_check_seconds = engine_check_seconds
        self._inbox = OutputInbox()
        self._streams: dict[str, _Stream] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.ticks = 0
        self.windows_checked = 0
        self.check_calls = 0
        self.cpu_seconds = 0.0  # the loop thread's own CPU time

    # -- the task threads' side -------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="stream-loop", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the loop and write the moderation records still waiting."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self.moderator is not None and self.moderator.audit_log is not None:
            self.moderator.audit_log.flush()

    def generate(self, job: GenerationJob, *,
                 record_usage: Callable[[GenerationResult], None] | None = None) -> GenerationResult:
        """Generate for ``job`` and stream it; returns when its stream has ended. Never raises for a
        failed generation: the stream ends with an ``error`` event and the result says so (so does every
        stream while the streaming check is unavailable: no unchecked text may go out); a window the
        policy blocks aborts the engine request and ends the stream with ``content_filter``.
        ``record_usage`` gets the result just before the terminal event goes out; if it raises, the
        stream still ends and then this raises it."""
        request = GenerationRequest(request_id=job.request_id, prompt_token_ids=list(job.prompt_token_ids),
                                    sampling=SamplingParams.from_dict(job.sampling))
        check = StreamWindowCheck(self.moderator, job.prompt_text) if self.moderator is not None else None
        stream = _Stream(job, request, IncrementalDetokenizer(self.tokenizer, request.sampling.stop), check,
                         GenerationTimer(job.model, job.priority, job.submitted_at))
        if self.redis is not None and self.redis.exists(events.cancel_flag_key(job.request_id)):
            return self._end(stream, "cancelled", "cancelled", events.CANCELLED, record_usage)
        if check is None:
            return self._end(stream, "error", "error", events.ERROR, record_usage,
                             {"message": "the streaming safety check is unavailable"})
        with self._lock:
            self._streams[job.request_id] = stream
        try:
            self.engine.submit(request, inbox=self._inbox)
        except EngineError as exc:
            with self._lock:
                self._streams.pop(job.request_id, None)
            return self._end(stream, "error", "error", events.ERROR, record_usage, {"message": str(exc)})
        while not stream.ended.wait(self.engine_check_seconds):
            if self._thread is None or not self._thread.is_alive():  # never wait on a loop that is gone
                self.engine.abort(job.request_id)
                stream.finishing, stream.error = "error", "the stream loop stopped"
                break
        return self._conclude(stream, record_usage)

    def _conclude(self, stream: _Stream, record_usage) -> GenerationResult:
        request, check = stream.request, stream.check
        request.finished_at = time.monotonic()
        if check is not None and check.cut is not None:
            record_safety_block("stream", check.cut.categories)
            result = self._end(stream, "content_filter", "content_filter", events.CONTENT_FILTER, record_usage,
                               {"stage": "output", "categories": list(check.cut.categories)})
        elif stream.finishing == "abort":
            result = self._end(stream, "cancelled", "cancelled", events.CANCELLED, record_usage)
        elif stream.finishing in ("error", None):
            log.error("generation %s failed: %s", request.request_id, stream.error)
            result = self._end(stream, "error", "error", events.ERROR, record_usage,
                               {"message": stream.error or "generation failed"})
        else:
            result = self._end(stream, "completed", stream.finishing, events.DONE, record_usage)
        # The moderation record is written behind the stream by the audit log's writer (in batches); the
        # usage, which bills, was written above before the terminal event.
        check.record_decision_later(request_id=request.request_id, customer_id=stream.job.customer_id)
        return result

    def _end(self, stream: _Stream, outcome: str, finish_reason: str, type_: str, record_usage,
             extra: dict | None = None) -> GenerationResult:
        request = stream.request
        usage = {
            "prompt_tokens": len(request.prompt_token_ids),
            "completion_tokens": len(request.output_token_ids),
            "total_tokens": len(request.prompt_token_ids) + len(request.output_token_ids),
        }
        stream.timer.finished(outcome, usage["prompt_tokens"], usage["completion_tokens"])
        result = GenerationResult(request.request_id, usage["prompt_tokens"], usage["completion_tokens"], outcome,
                                  finish_reason, request.time_to_first_token)
        failure = None
        if record_usage is not None:
            # Before the terminal event: a client that reads its usage the moment its stream ends finds it.
            try:
                record_usage(result)
            except Exception as exc:  # the stream still ends, then the task fails with this
                failure = exc
        stream.seq += 1
        self.publisher.publish_and_wait(StreamEvent(request.request_id, stream.seq, type_, {
            "finish_reason": finish_reason, "usage": usage, **(extra or {})}))
        if failure is not None:
            raise failure
        return result

    # -- the loop -----------------------------------------------------------------------------------------

    def _run(self) -> None:
        engine_checked = time.monotonic()
        while not self._stopping.is_set():
            outputs = self._inbox.take(self._wait())
            cpu_started = time.thread_time()
            try:
                self._tick(outputs)
            except Exception:  # a fault of the loop itself must not hang every stream: end them all
                log.exception("the stream loop failed a tick; ending its streams with an error")
                self._fail_all("generation failed")
            self.cpu_seconds += time.thread_time() - cpu_started
            now = time.monotonic()
            if now - engine_checked >= self.engine_check_seconds:
                engine_checked = now
                if not self.engine.is_alive():
                    self._fail_all("engine loop stopped")

    def _wait(self) -> float:
        """Until the next output, or the next text due for release (at most a tick's wait for it)."""
        with self._lock:
            due = [stream.releases[0][0] for stream in self._streams.values() if stream.releases]
        if not due:
            return self.engine_check_seconds
        return min(max(0.0, min(due) - time.monotonic()), self.tick_seconds)

    def _tick(self, outputs: list[EngineOutput]) -> None:
        self.ticks += 1
        now = time.monotonic()
        with self._lock:
            streams = dict(self._streams)
        for request_id, (tokens, finish, error) in _merged(outputs).items():
            stream = streams.get(request_id)
            if stream is None or stream.finishing is not None:
                continue  # not ours (any more): an aborted request's last outputs
            try:
                self._take(stream, tokens, finish, error, now)
            except Exception as exc:  # a detokenizer or window fault ends this stream only
                log.exception("generation %s failed unexpectedly", request_id)
                self._fail(stream, f"generation failed: {type(exc).__name__}")
        # A window completed by this tick's tokens, then (for a stream that ended) the last one.
        for _ in range(2):
            waiting = [stream for stream in streams.values() if stream.check.window_ready and not stream.ended.is_set()]
            if not waiting:
                break
            self._check_windows(waiting, now)
        ticked: list[StreamEvent] = []
        ended: list[_Stream] = []
        for stream in streams.values():
            if stream.ended.is_set():
                continue
            text = self._due_text(stream, now)
            if text:
                stream.seq += 1
                ticked.append(StreamEvent(stream.request_id, stream.seq, events.TOKEN, {"text": text}))
            if stream.finishing is not None and not stream.releases and not stream.check.window_ready:
                ended.append(stream)
        self.publisher.publish_many(ticked)
        if ended:
            with self._lock:
                for stream in ended:
                    self._streams.pop(stream.request_id, None)
            for stream in ended:
                stream.ended.set()

    def _take(self, stream: _Stream, tokens: list[int], finish: str | None, error: str | None, now: float) -> None:
        request, check = stream.request, stream.check
        if tokens:
            if request.first_token_at is None:
                request.first_token_at = now
            request.output_token_ids.extend(tokens)
            stream.timer.tokens(len(tokens))
            self._feed(stream, stream.detokenizer.add(tokens), len(tokens), now)
            if stream.detokenizer.stopped:
                self.engine.abort(request.request_id)  # a stop string: nothing more of it is wanted
                finish = "stop"
        if finish is None:
            return
        stream.finishing, stream.error = finish, error
        if check.cut is None and not check.window_ready:
            tail = stream.detokenizer.flush()
            if tail:
                stream.unchecked.append((tail, now))
            check.end(tail)

    def _feed(self, stream: _Stream, text: str, tokens: int, now: float) -> None:
        # Windows are settled within the tick they complete in, so none waits when new text comes.
        self._release_now(stream, stream.check.feed(text, tokens), now)
        if text and stream.check.holds:
            stream.unchecked.append((text, now))

    def _check_windows(self, waiting: list[_Stream], now: float) -> None:
        """One classifier call for every window that is complete; a call that fails is retried window by
        window, so that a fault ends only the stream whose window caused it."""
        windows = [(stream.check.window_text, stream.check.prompt) for stream in waiting]
        self.check_calls += 1
        self.windows_checked += len(waiting)
        try:
            decisions = self.moderator.check_windows(windows, OUTPUT)
        except Exception:
            decisions = None
        for index, stream in enumerate(waiting):
            if decisions is None:
                try:
                    decision = self.moderator.check_windows([windows[index]], OUTPUT)[0]
                except Exception as exc:
                    log.exception("the window check of %s failed", stream.request_id)
                    self._fail(stream, f"generation failed: {type(exc).__name__}")
                    continue
            else:
                decision = decisions[index]
            self._settle(stream, decision, now)

    def _settle(self, stream: _Stream, decision, now: float) -> None:
        check = stream.check
        cleared = check.settle(decision)
        if check.cut is not None:
            stream.unchecked.clear()  # what was cleared before still goes out (at once: see _due_text)
            if stream.finishing is None:
                self.engine.abort(stream.request_id)  # frees the slot at once; nothing more of it is wanted
                stream.finishing = "content_filter"
            return
        if check.holds:
            self._schedule(stream, cleared, now)
        else:
            self._release_now(stream, cleared, now)
        if stream.finishing is not None and check.cut is None and not check.window_ready:
            tail = stream.detokenizer.flush()
            if tail:
                stream.unchecked.append((tail, now))
            check.end(tail)

    def _schedule(self, stream: _Stream, cleared: list[str], now: float) -> None:
        """A cleared window's text goes out spaced as it was generated, starting now: each piece behind its
        generation by the time its window took to fill and be checked (about one window)."""
        # The cleared pieces are the ones fed since the last check, in order.
        timed = [(piece, stream.unchecked.popleft()[1] if stream.unchecked else now) for piece in cleared]
        if not timed:
            return
        delay = now - timed[0][1]
        last_due = stream.releases[-1][0] if stream.releases else now
        for piece, made in timed:
            last_due = max(last_due, made + delay)
            stream.releases.append((last_due, piece))

    @staticmethod
    def _release_now(stream: _Stream, pieces: list[str], now: float) -> None:
        for piece in pieces:
            if piece:
                stream.releases.append((now, piece))

    @staticmethod
    def _due_text(stream: _Stream, now: float) -> str:
        releases = stream.releases
        if stream.finishing is not None:
            due = len(releases)  # the generation is over: what was cleared goes out now
        else:
            due = 0
            while due < len(releases) and releases[due][0] <= now:
                due += 1
        if not due:
            return ""
        return "".join(releases.popleft()[1] for _ in range(due))

    def _fail(self, stream: _Stream, message: str) -> None:
        self.engine.abort(stream.request_id)
        stream.finishing, stream.error = "error", message
        if stream.check is not None:
            stream.check.window_ready = False
        stream.unchecked.clear()

    def _fail_all(self, message: str) -> None:
        with self._lock:
            streams = list(self._streams.values())
            self._streams.clear()
        for stream in streams:
            if not stream.ended.is_set():
                self._fail(stream, message)
                stream.releases.clear()
                stream.ended.set()


def _merged(outputs: list[EngineOutput]) -> dict[str, tuple[list[int], str | None, str | None]]:
    """Each request's tokens of the tick in order, and its finish reason if one came (nothing after it)."""
    merged: dict[str, tuple[list[int], str | None, str | None]] = {}
    for output in outputs:
        known = merged.get(output.request_id)
        if known is None:
            merged[output.request_id] = (list(output.new_token_ids), output.finish_reason, output.error)
        elif known[1] is None:
            known[0].extend(output.new_token_ids)
            if output.finish_reason is not None:
                merged[output.request_id] = (known[0], output.finish_reason, output.error)
    return merged
