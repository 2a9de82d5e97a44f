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
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

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
from workers.request import EngineOutput, GenerationRequest, SamplingParams, TokenLogprob

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
class _Channel:
    """The job's event channel: every choice of a job (``n`` > 1) publishes on it, numbered in one sequence."""

    request_id: str
    seq: int = 0

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


# Arrivals of a stream's tokens kept for pacing its release: more than the longest lag in outputs of a token.
ARRIVALS_KEPT = 64


@dataclass
class _Stream:
    """One engine request's state while the loop follows it: a job's only one, or one of its ``n`` choices.
    Only the loop thread touches it until ``ended`` is set; then only the task thread that waits for it."""

    job: GenerationJob
    request: GenerationRequest
    detokenizer: IncrementalDetokenizer
    check: StreamWindowCheck | None
    timer: GenerationTimer  # the job's: its choices' tokens all count
    channel: _Channel
    index: int = 0  # the choice's index
    choices: list[_Stream] = field(default_factory=list)  # every choice of the job, this one included
    # Logprobs of generated tokens not streamed yet: [entry, characters of its text still to stream].
    logprobs: deque[list] = field(default_factory=deque)
    finishing: str | None = None  # the finish reason once the generation is over (text may still wait)
    error: str | None = None
    # Text cleared for release: each piece's due time (``math.inf`` until the token it waits for has come),
    # text and pacing (tokens, when they came, how many tokens' time it may wait, the stream's tokens up to
    # it: ``paced_release_times``); and the pacing of each piece fed to the window check that waits for it.
    releases: deque[tuple[float, str, tuple[int, float, float, int]]] = field(default_factory=deque)
    unchecked: deque[tuple[int, float, float, int]] = field(default_factory=deque)
    # When the stream's latest tokens came: (its tokens so far, the time), one entry per output with tokens.
    arrivals: deque[tuple[int, float]] = field(default_factory=lambda: deque(maxlen=ARRIVALS_KEPT))
    fed_at: float | None = None  # when the last tokens came
    token_gap: float | None = None  # the time between two of the stream's tokens (a moving average)
    released_at: float | None = None  # when text last went out
    # How long its window checks have taken (the first one's, then the longest so far up to a step): cleared
    # text goes out this much later still, so a check slower than the last does not show as a gap.
    check_allowance: float = 0.0
    ended: threading.Event = field(default_factory=threading.Event)
    # Why the loop did not admit the job (its first choice only): "cancelled", an engine error's message,
    # or the exception the cancel-flag lookup raised.
    refused: str | Exception | None = None
    # What reached the stream, in tokens: each token event carries the running count, the record by which
    # a dead worker's request is billed (billing/orphans.py). Text goes out in the order it was generated,
    # so the generated pieces' running (characters, tokens) map released characters to tokens.
    generated: deque[tuple[int, int]] = field(default_factory=deque)
    generated_chars: int = 0
    generated_tokens: int = 0
    released_chars: int = 0
    released_tokens: int = 0

    @property
    def request_id(self) -> str:
        return self.request.request_id

    def generated_text(self, text: str, tokens: int, now: float) -> None:
        if tokens:
            if self.fed_at is not None:
                gap = (now - self.fed_at) / tokens
                self.token_gap = gap if self.token_gap is None else self.token_gap + 0.25 * (gap - self.token_gap)
            self.fed_at = now
        self.generated_tokens += tokens
        if tokens:
            self.arrivals.append((self.generated_tokens, now))
        if text:
            self.generated_chars += len(text)
            self.generated.append((self.generated_chars, self.generated_tokens))

    def arrival(self, position: float) -> float | None:
        """When the stream's token at ``position`` (1 for the first) came, a fraction of a position being that
        share of a token's time after it; None while it has not come. Positions older than the arrivals
        kept give the oldest kept (text that late goes out at once anyway)."""
        whole = int(position)
        if whole > self.generated_tokens:
            return None
        came = None
        for tokens, at in reversed(self.arrivals):
            if tokens < whole:
                break
            came = at
        if came is None:
            came = self.fed_at if self.fed_at is not None else time.monotonic()
        return came + (position - whole) * (self.token_gap or 0.0)

    def released(self, text: str) -> int:
        """Count ``text`` as streamed; returns the completion tokens streamed so far."""
        self.released_chars += len(text)
        while self.generated and self.generated[0][0] <= self.released_chars:
            self.released_tokens = self.generated.popleft()[1]
        return self.released_tokens


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
        self._admitting: list[list[_Stream]] = []  # jobs handed over, each its choices, not yet admitted
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
        streams = self._choices(job)
        stream = streams[0]
        if stream.check is None:
            return self._end(streams, "error", "error", events.ERROR, record_usage,
                             {"message": "the streaming safety check is unavailable"})
        # The loop admits it (``_admit``): the cancel flags of every job handed over since its last tick
        # in one Redis round trip, then the engine requests, so a task thread wakes once per request.
        with self._lock:
            self._admitting.append(streams)
        self._inbox.wake()
        # While the engine reads the prompt, the answer's classifier reads it too (its first window then
        # costs no extra forward pass).
        self.moderator.prepare_answers(job.prompt_text, job.answer_contexts)
        for choice in streams:
            while not choice.ended.wait(self.engine_check_seconds):
                if self._thread is None or not self._thread.is_alive():  # never wait on a loop that is gone
                    for each in streams:
                        self.engine.abort(each.request_id)
                        each.finishing, each.error = "error", "the stream loop stopped"
                    break
        if stream.refused is not None:
            if isinstance(stream.refused, Exception):
                raise stream.refused
            if stream.refused == "cancelled":
                return self._end(streams, "cancelled", "cancelled", events.CANCELLED, record_usage)
            return self._end(streams, "error", "error", events.ERROR, record_usage, {"message": stream.refused})
        return self._conclude(streams, record_usage)

    def _choices(self, job: GenerationJob) -> list[_Stream]:
        """The job's ``n`` engine requests: the first under the job's request id (which a cancel or a drain
        aborts), the others under ``<id>/<index>``; a seeded job's choice ``i`` draws with seed + i."""
        sampling = SamplingParams.from_dict(job.sampling)
        channel = _Channel(job.request_id)
        timer = GenerationTimer(job.model, job.priority, job.submitted_at)
        streams: list[_Stream] = []
        for index in range(max(1, job.n)):
            own = sampling if index == 0 or sampling.seed is None else replace(sampling, seed=sampling.seed + index)
            request = GenerationRequest(request_id=job.request_id if index == 0 else f"{job.request_id}/{index}",
                                        prompt_token_ids=list(job.prompt_token_ids), sampling=own)
            check = StreamWindowCheck(self.moderator, job.prompt_text) if self.moderator is not None else None
            streams.append(_Stream(job, request, IncrementalDetokenizer(self.tokenizer, own.stop), check, timer,
                                   channel, index, streams))
        return streams

    def _conclude(self, streams: list[_Stream], record_usage) -> GenerationResult:
        """The job's one terminal event: an error or a cancellation of any choice is the job's; otherwise
        ``content_filter`` when every choice was cut, else ``done`` (a job of several choices lists each
        one's finish reason, ``content_filter`` for one that was cut)."""
        finished_at = time.monotonic()
        for stream in streams:
            stream.request.finished_at = finished_at
        cut = [stream.check.cut for stream in streams if stream.check is not None and stream.check.cut is not None]
        failed = next((stream for stream in streams if stream.finishing in ("error", None) and not (
            stream.check is not None and stream.check.cut is not None)), None)
        for decision in cut:
            record_safety_block("stream", decision.categories)
        if failed is not None:
            log.error("generation %s failed: %s", failed.request_id, failed.error)
            result = self._end(streams, "error", "error", events.ERROR, record_usage,
                               {"message": failed.error or "generation failed"})
        elif any(stream.finishing == "abort" for stream in streams):
            result = self._end(streams, "cancelled", "cancelled", events.CANCELLED, record_usage)
        elif len(cut) == len(streams):
            categories = list(dict.fromkeys(c for decision in cut for c in decision.categories))
            result = self._end(streams, "content_filter", "content_filter", events.CONTENT_FILTER, record_usage,
                               {"stage": "output", "categories": categories})
        else:
            finishes = ["content_filter" if stream.check.cut is not None else stream.finishing for stream in streams]
            extra = {"choices": [{"index": i, "finish_reason": f} for i, f in enumerate(finishes)]} \
                if len(streams) > 1 else None
            result = self._end(streams, "completed", finishes[0], events.DONE, record_usage, extra)
        # The moderation records are written behind the stream by the audit log's writer (in batches); the
        # usage, which bills, was written above before the terminal event.
        for stream in streams:
            stream.check.record_decision_later(request_id=stream.request_id, customer_id=stream.job.customer_id)
        return result

    def _end(self, streams: list[_Stream], outcome: str, finish_reason: str, type_: str, record_usage,
             extra: dict | None = None) -> GenerationResult:
        """Record the usage (the prompt once, every choice's tokens) and publish the terminal event."""
        stream = streams[0]
        request = stream.request
        completion = sum(len(choice.request.output_token_ids) for choice in streams)
        usage = {
            "prompt_tokens": len(request.prompt_token_ids),
            "completion_tokens": completion,
            "total_tokens": len(request.prompt_token_ids) + completion,
        }
        stream.timer.finished(outcome, usage["prompt_tokens"], usage["completion_tokens"])
        result = GenerationResult(stream.channel.request_id, usage["prompt_tokens"], usage["completion_tokens"],
                                  outcome, finish_reason, request.time_to_first_token)
        failure = None
        if record_usage is not None:
            # Before the terminal event: a client that reads its usage the moment its stream ends finds it.
            try:
                record_usage(result)
            except Exception as exc:  # the stream still ends, then the task fails with this
                failure = exc
        self.publisher.publish_and_wait(StreamEvent(stream.channel.request_id, stream.channel.next_seq(), type_, {
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
                self._admit()
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

    def _admit(self) -> None:
        """Start the jobs handed over since the last tick: one pipelined lookup of their cancel flags (a
        job cancelled while it was queued never reaches the engine), then their engine requests."""
        with self._lock:
            jobs, self._admitting = self._admitting, []
        if not jobs:
            return
        cancelled = [False] * len(jobs)
        if self.redis is not None:
            try:
                with self.redis.pipeline(transaction=False) as pipe:
                    for streams in jobs:
                        pipe.exists(events.cancel_flag_key(streams[0].channel.request_id))
                    cancelled = [bool(found) for found in pipe.execute()]
            except Exception as exc:  # the task threads raise it, as a lookup of their own would have
                for streams in jobs:
                    self._refuse(streams, exc)
                return
        for streams, flagged in zip(jobs, cancelled, strict=True):
            if flagged:
                self._refuse(streams, "cancelled")
                continue
            with self._lock:
                self._streams.update((choice.request_id, choice) for choice in streams)
            for submitted, choice in enumerate(streams):
                try:
                    self.engine.submit(choice.request, inbox=self._inbox)
                except Exception as exc:  # the engine refused it: this job fails, the others go on
                    if not isinstance(exc, EngineError):
                        log.exception("submitting %s to the engine failed", choice.request_id)
                    for earlier in streams[:submitted]:
                        self.engine.abort(earlier.request_id)
                    with self._lock:
                        for each in streams:
                            self._streams.pop(each.request_id, None)
                    self._refuse(streams, str(exc) if isinstance(exc, EngineError) else
                                 f"generation failed: {type(exc).__name__}")
                    break
            else:
                streams[0].timer.submitted()

    @staticmethod
    def _refuse(streams: list[_Stream], reason: str | Exception) -> None:
        streams[0].refused = reason
        for choice in streams:
            choice.ended.set()

    def _wait(self) -> float:
        """Until the next output, or the next text due for release (at most a tick's wait for it). A release
        waits a little past its time, so that the texts of many streams due about together go in one tick."""
        with self._lock:
            if self._admitting:
                return 0.0
            due = [stream.releases[0][0] for stream in self._streams.values() if stream.releases]
        if not due:
            return self.engine_check_seconds
        return min(max(0.0, min(due) - time.monotonic()) + self.tick_seconds / 5, self.tick_seconds)

    def _tick(self, outputs: list[EngineOutput]) -> None:
        self.ticks += 1
        now = time.monotonic()
        with self._lock:
            streams = dict(self._streams)
        for request_id, (tokens, finish, error, logprobs) in _merged(outputs).items():
            stream = streams.get(request_id)
            if stream is None or stream.finishing is not None:
                continue  # not ours (any more): an aborted request's last outputs
            try:
                self._take(stream, tokens, finish, error, now, logprobs)
            except Exception as exc:  # a detokenizer or window fault ends this stream only
                log.exception("generation %s failed unexpectedly", request_id)
                self._fail(stream, f"generation failed: {type(exc).__name__}")
        # A window completed by this tick's tokens, then (for a stream that ended) the last one. Text that
        # earlier checks cleared and that is due now goes out first: a classifier call never delays it.
        checked = False
        for _ in range(2):
            waiting = [stream for stream in streams.values() if stream.check.window_ready and not stream.ended.is_set()]
            if not waiting:
                break
            if not checked:
                checked = True
                self.publisher.publish_many(self._due_events(streams.values(), now, ended=None))
            self._check_windows(waiting, now)
        ended: list[_Stream] = []
        # After a check, text due by now (the check took time) goes out in this tick.
        self.publisher.publish_many(self._due_events(streams.values(), time.monotonic() if checked else now,
                                                     ended=ended))
        if ended:
            with self._lock:
                for stream in ended:
                    self._streams.pop(stream.request_id, None)
            for stream in ended:
                stream.ended.set()

    def _due_events(self, streams, now: float, ended: list[_Stream] | None) -> list[StreamEvent]:
        """The token events of the text due by ``now``, a stream's text in one event. With ``ended`` (a list)
        the streams whose generation is over and whose text all went out are added to it; without, streams
        whose generation is over are left for that call (their last text takes every logprob left)."""
        ticked: list[StreamEvent] = []
        for stream in streams:
            if stream.ended.is_set() or (ended is None and stream.finishing is not None):
                continue
            text = self._due_text(stream, now)
            over = stream.finishing is not None and not stream.releases and not stream.check.window_ready
            if text:
                stream.released(text)
                stream.released_at = now
                data = {"text": text, "tokens": sum(choice.released_tokens for choice in stream.choices)}
                if len(stream.choices) > 1:
                    data["index"] = stream.index
                if stream.request.sampling.logprobs is not None:
                    data["logprobs"] = _released_logprobs(stream, text, over)
                ticked.append(StreamEvent(stream.channel.request_id, stream.channel.next_seq(), events.TOKEN, data))
            if over and ended is not None:
                ended.append(stream)
        return ticked

    def _take(self, stream: _Stream, tokens: list[int], finish: str | None, error: str | None, now: float,
              logprobs: list[TokenLogprob] | None = None) -> None:
        request, check = stream.request, stream.check
        if tokens:
            if request.first_token_at is None:
                request.first_token_at = now
            if request.sampling.logprobs is None:
                # Several tokens come at once (vLLM's stream interval, or steps that came between ticks): a stop
                # string inside them ends the output there, and the tokens generated past it are not billed.
                text, used = stream.detokenizer.add_until_stop(tokens)
                tokens = tokens[:used]
            else:
                text, used = self._text_with_logprobs(stream, tokens, logprobs or [])
                tokens = tokens[:used]
            request.output_token_ids.extend(tokens)
            stream.timer.tokens(len(tokens))
            self._feed(stream, text, len(tokens), now)
            if stream.detokenizer.stopped:
                self.engine.abort(request.request_id)  # a stop string: nothing more of it is wanted
                finish = "stop"
        if finish is None:
            return
        if finish == "abort":
            # Cancelled or drained (the loop's own aborts set the finish first): every choice stops.
            for choice in stream.choices:
                if choice is not stream and choice.finishing is None:
                    self.engine.abort(choice.request_id)
        stream.finishing, stream.error = finish, error
        if check.cut is None and not check.window_ready:
            tail = stream.detokenizer.flush()
            if tail and check.holds:
                stream.unchecked.append((0, now, 0.0, stream.generated_tokens))
            self._release_now(stream, check.end(tail), now)

    def _text_with_logprobs(self, stream: _Stream, tokens: list[int],
                            logprobs: list[TokenLogprob]) -> tuple[str, int]:
        """The tokens' text, detokenized one token at a time so that each token's logprobs entry carries the
        text it released (the entries' texts join to the stream's text), and how many of the tokens count:
        none after the one that completed a stop string. End-of-sequence tokens have no entry."""
        by_token = dict(zip(range(len(tokens)), logprobs, strict=False))
        eos = self.engine.eos_token_ids
        pieces = []
        for position, token in enumerate(tokens):
            piece = stream.detokenizer.add([token])
            pieces.append(piece)
            recorded = by_token.get(position)
            if token not in eos and recorded is not None:
                entry = {"token": piece, "logprob": recorded.logprob, "bytes": list(piece.encode()),
                         "top_logprobs": [self._top_entry(token_id, value) for token_id, value in recorded.top]}
                stream.logprobs.append([entry, len(piece)])
            if stream.detokenizer.stopped:
                return "".join(pieces), position + 1
        return "".join(pieces), len(tokens)

    def _top_entry(self, token_id: int, logprob: float) -> dict:
        text = self.tokenizer.decode([token_id])
        return {"token": text, "logprob": logprob, "bytes": list(text.encode())}

    def _feed(self, stream: _Stream, text: str, tokens: int, now: float) -> None:
        stream.generated_text(text, tokens, now)
        # Windows are settled within the tick they complete in, so none waits when new text comes.
        self._release_now(stream, stream.check.feed(text, tokens), now)
        if text and stream.check.holds:
            stream.unchecked.append((tokens, now, stream.check.release_lag(stream.generated_tokens),
                                     stream.generated_tokens))

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
        checked_at = time.monotonic()
        for index, stream in enumerate(waiting):
            if decisions is None:
                try:
                    decision = self.moderator.check_windows([windows[index]], OUTPUT)[0]
                except Exception as exc:
                    log.exception("the window check of %s failed", stream.request_id)
                    self._fail(stream, f"generation failed: {type(exc).__name__}")
                    continue
                checked_at = time.monotonic()
            else:
                decision = decisions[index]
            self._settle(stream, decision, now, checked_at)

    def _settle(self, stream: _Stream, decision, now: float, checked_at: float) -> None:
        check = stream.check
        cleared = check.settle(decision)
        if check.cut is not None:
            stream.unchecked.clear()  # what was cleared before still goes out (at once: see _due_text)
            if stream.finishing is None:
                self.engine.abort(stream.request_id)  # frees the slot at once; nothing more of it is wanted
                stream.finishing = "content_filter"
            return
        if check.holds:
            # The first check sets it (its time is in the first token's anyway), later ones raise it up to a step.
            took = checked_at - now
            stream.check_allowance = max(stream.check_allowance,
                                         took if stream.token_gap is None else min(took, stream.token_gap))
            self._schedule(stream, cleared, now)
        else:
            self._release_now(stream, cleared, now)
        if stream.finishing is not None and check.cut is None and not check.window_ready:
            tail = stream.detokenizer.flush()
            if tail and check.holds:
                stream.unchecked.append((0, now, 0.0, stream.generated_tokens))
            self._release_now(stream, check.end(tail), now)

    def _schedule(self, stream: _Stream, cleared: list[str], now: float) -> None:
        """A cleared window's text goes out at the pace it was generated, not as a burst: each piece a
        fixed wait behind its generation that grows by at most a sixth of a step per token while the
        windows grow (``paced_release_times``). Released as soon as cleared, the client would wait a
        step longer each time a window one token longer than the last waits for its check."""
        for piece in cleared:  # the pieces fed since the last check, in order
            pacing = stream.unchecked.popleft() if stream.unchecked else (0, now, 0.0, stream.generated_tokens)
            stream.releases.append((now, piece, pacing))
        if not stream.releases:
            return
        dues = paced_release_times([pacing for _, _, pacing in stream.releases], now, stream.released_at,
                                   stream.token_gap, stream.check.window_size, stream.check_allowance,
                                   stream.arrival)
        stream.releases = deque((due, piece, pacing) for due, (_, piece, pacing) in zip(dues, stream.releases,
                                                                                       strict=True))

    @staticmethod
    def _resolve(stream: _Stream, now: float) -> None:
        """Give the cleared pieces that wait for a token still to come (due ``math.inf``, always the last
        ones: a later token waits as long or longer) their time once that token has come, one piece at a
        time from the first: each goes out as its token comes, at the engine's pace."""
        releases = stream.releases
        first = len(releases)
        while first and releases[first - 1][0] == math.inf:
            first -= 1
        for index in range(first, len(releases)):
            _, piece, pacing = releases[index]
            if stream.arrival(pacing[3] + pacing[2]) is None:
                return
            previous = releases[index - 1][0] if index else stream.released_at
            due = paced_release_times([pacing], now, previous, stream.token_gap, stream.check.window_size,
                                      stream.check_allowance, stream.arrival)[0]
            releases[index] = (due, piece, pacing)

    @staticmethod
    def _release_now(stream: _Stream, pieces: list[str], now: float) -> None:
        for piece in pieces:
            if piece:
                stream.releases.append((now, piece, (0, now, 0.0, stream.generated_tokens)))

    @classmethod
    def _due_text(cls, stream: _Stream, now: float) -> str:
        releases = stream.releases
        if releases and releases[-1][0] == math.inf and stream.finishing is None:
            cls._resolve(stream, now)
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
        for choice in stream.choices:  # the job fails as a whole: its other choices are not wanted
            if choice is not stream and choice.finishing is None:
                self.engine.abort(choice.request_id)
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


def paced_release_times(pieces: list[tuple], now: float, released_at: float | None,
                        token_gap: float | None, next_window: int, allowance: float = 0.0,
                        arrival: Callable[[float], float | None] | None = None) -> list[float]:
    """When each of a stream's cleared pieces is due, in order. A piece is ``(tokens, fed_at, lag)`` or
    ``(tokens, fed_at, lag, position)``: its tokens, when they came from the engine, how many tokens' time
    it may wait behind them (``StreamWindowCheck.release_lag``) and the stream's tokens up to it. Each is
    due that long after it came, so text leaves at the pace it was generated and the wait behind generation
    grows smoothly while the windows grow; never before ``now`` (when its window was cleared). With
    ``arrival`` (the stream's ``_Stream.arrival``) and positions, "that long" is counted in the stream's own
    tokens: a piece is due when the token ``lag`` positions after it came, and ``math.inf`` (it and every
    later one) while that token has not come, so a lag of many tokens follows the engine's steps as they
    come instead of a guess of their length made a window earlier. Text that has backed up (cleared later
    than that) goes out spread until the next window (``next_window`` tokens) is expected to be cleared:
    faster than it was generated, but not as one burst, and never held back more than that. ``allowance``
    (seconds) delays every piece alike: the time the stream's window checks take, which would otherwise
    show as a longer gap whenever a check is slower than the wait its window's tokens had to spare."""
    if token_gap is None:
        return [now] * len(pieces)
    weights = [max(1, pacing[0]) for pacing in pieces]
    share = min(token_gap, next_window * token_gap / sum(weights))
    dues: list[float] = []
    previous, spacing = released_at, share
    for weight, pacing in zip(weights, pieces, strict=True):
        fed_at, lag = pacing[1], pacing[2]
        if arrival is not None and len(pacing) > 3:
            came = arrival(pacing[3] + lag)
            if came is None:
                dues.extend([math.inf] * (len(pieces) - len(dues)))
                break
            due = max(now, came + allowance)
        else:
            due = max(now, fed_at + lag * token_gap + allowance)
        if previous is not None:
            due = max(due, previous + spacing)
        dues.append(due)
        previous, spacing = due, weight * share
    return dues


def _merged(outputs: list[EngineOutput]) -> dict[str, tuple[list[int], str | None, str | None, list | None]]:
    """Each request's tokens of the tick in order (with their logprobs, if it asked for them), and its finish
    reason if one came (nothing after it)."""
    merged: dict[str, tuple[list[int], str | None, str | None, list | None]] = {}
    for output in outputs:
        known = merged.get(output.request_id)
        if known is None:
            merged[output.request_id] = (list(output.new_token_ids), output.finish_reason, output.error,
                                         None if output.logprobs is None else list(output.logprobs))
        elif known[1] is None:
            known[0].extend(output.new_token_ids)
            if output.logprobs is not None:
                known = (known[0], known[1], known[2], (known[3] or []) + list(output.logprobs))
                merged[output.request_id] = known
            if output.finish_reason is not None:
                merged[output.request_id] = (known[0], output.finish_reason, output.error, known[3])
    return merged


def _released_logprobs(stream: _Stream, text: str, last: bool) -> list[dict]:
    """The logprobs entries whose text ``text`` completes (all that are left, for the stream's last text)."""
    released, left = [], len(text)
    pending = stream.logprobs
    while pending and (last or pending[0][1] <= left):
        entry, chars = pending.popleft()
        left -= chars
        released.append(entry)
    if pending and left > 0:
        pending[0][1] -= left  # a token whose text is only partly out goes with the rest of it
    return released
