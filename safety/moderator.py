"""The policy together with the classifiers it enables: one text and a stage in, one decision out.
Every check in Sluice (the pre-check, the streaming windows, /v1/moderations) goes through here, and so
every classifier judges texts in their normalized form (safety/normalize.py)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from safety.audit import ModerationLog
from safety.classifier import Classifier, PreparedContext, SafetyError
from safety.judge import GuardModel, GuardModelJudge
from safety.normalize import checkable_text
from safety.policy import MODERATION, OUTPUT, Decision, SafetyPolicy
from safety.rules import RulesClassifier
from safety.verdict import Verdict, highest
from safety.verdict_memo import VerdictMemo
from sluice.settings import Settings

# Starts a guard model from the judge's policy options (``model``, ``max_tokens``, ...).
GuardModelFactory = Callable[[dict], GuardModel]

log = logging.getLogger(__name__)


class Moderator:
    def __init__(self, policy: SafetyPolicy, classifiers: dict[str, Classifier],
                 memos: dict[str, VerdictMemo] | None = None, audit_log: ModerationLog | None = None) -> None:
        self.policy = policy
        self.classifiers = classifiers
        # Per classifier whose verdict depends on the text alone: the verdicts of short texts it gave.
        self.memos = memos or {}
        # Where decisions are recorded under the policy's audit settings (None: not recorded).
        self.audit_log = audit_log

    def check(self, text: str, stage: str, context: str | None = None) -> Decision:
        """Run the classifiers the policy enables for ``stage`` and decide. A classifier that cannot give
        a verdict (a guard model that is down) is left out and logged; the others still decide."""
        # The context (an output's prompt) is not judged here, only read: the prompt check judged it.
        text = checkable_text(text)
        verdicts = {}
        for name, classifier in self.classifiers.items():
            if not self.policy.classifier_enabled(name, stage):
                continue
            memo = self._memo(name, classifier, context)
            try:
                verdicts[name] = (classifier.classify(text, context) if memo is None
                                  else memo.verdict(text, classifier.classify))
            except SafetyError as exc:
                log.warning("%s classifier gave no verdict: %s", name, exc)
        return self.policy.decide(stage, verdicts)

    def check_turns(self, texts: list[str], stage: str) -> Decision:
        """One decision over several texts each judged on its own (a conversation's user turns, then each
        of its other turns): a category's score is the highest any text got. Each classifier gets every
        text in one call (batched with other threads' checks where it batches), texts it remembers excepted;
        one that cannot give a verdict is left out and logged, as in ``check``."""
        windows = [(checkable_text(text), None) for text in texts] or [("", None)]
        verdicts = {}
        for name, classifier in self.classifiers.items():
            if not self.policy.classifier_enabled(name, stage):
                continue
            try:
                verdicts[name] = highest(self._classify_windows(
                    name, classifier, windows, lambda pairs, c=classifier: c.classify_many([t for t, _ in pairs])))
            except SafetyError as exc:
                log.warning("%s classifier gave no verdict: %s", name, exc)
        return self.policy.decide(stage, verdicts)

    def check_windows(self, windows: list[tuple[str, str | None]], stage: str = OUTPUT) -> list[Decision]:
        """Decisions for several (text, context) pairs at once, as ``check`` gives them one by one: each
        classifier gets every text in one call (one forward pass of a batching classifier; the rules still
        search each text alone), texts it remembers excepted. A classifier that cannot give a verdict is
        left out and logged; anything else it raises is raised."""
        windows = [(checkable_text(text), context) for text, context in windows]
        per_classifier: dict[str, list[Verdict]] = {}
        for name, classifier in self.classifiers.items():
            if not self.policy.classifier_enabled(name, stage):
                continue
            try:
                per_classifier[name] = self._classify_windows(name, classifier, windows)
            except SafetyError as exc:
                log.warning("%s classifier gave no verdict: %s", name, exc)
        return [self.policy.decide(stage, {name: verdicts[i] for name, verdicts in per_classifier.items()})
                for i in range(len(windows))]

    def _classify_windows(self, name: str, classifier: Classifier, windows: list[tuple[str, str | None]],
                          run: Callable[[list[tuple[str, str | None]]], list[Verdict]] | None = None
                          ) -> list[Verdict]:
        """``run`` (default: the classifier's ``classify_windows``) over the windows whose verdict the
        classifier's memo does not hold, the memo's verdicts for the others."""
        run = run or classifier.classify_windows
        memo = self.memos.get(name)
        if memo is None or (classifier.reads_context and any(context is not None for _, context in windows)):
            return run(windows)
        verdicts: list[Verdict | None] = [memo.known(text) for text, _ in windows]
        unknown = [i for i, verdict in enumerate(verdicts) if verdict is None]
        if unknown:
            scored = run([windows[i] for i in unknown])
            for i, verdict in zip(unknown, scored, strict=True):
                verdicts[i] = verdict
                memo.keep(windows[i][0], verdict)
        return verdicts

    def prepare_answers(self, prompt: str, prepared: dict[str, dict] | None = None) -> None:
        """Let the classifiers that judge answers by their prompt work out what they need of ``prompt``
        before its answer's first window (the stream loop calls this while the engine reads the prompt), or
        take what the prompt check's classifiers ``prepared`` (``answer_contexts``, by classifier name). A
        classifier that cannot is logged and left to do it at the first window."""
        for name, classifier in self.classifiers.items():
            if classifier.reads_context and self.policy.classifier_enabled(name, OUTPUT):
                try:
                    classifier.prepare_context(prompt, PreparedContext.from_wire((prepared or {}).get(name)))
                except Exception as exc:  # optional work: the first window's check does it, or fails itself
                    log.warning("%s classifier could not prepare for a prompt: %s", name, exc)

    def answer_contexts(self, prompt: str) -> dict[str, dict]:
        """What the classifiers that judge answers by their prompt have already worked out of ``prompt`` (the
        prompt check's), by classifier name, for the generation worker's ``prepare_answers``."""
        contexts = {}
        for name, classifier in self.classifiers.items():
            if classifier.reads_context and self.policy.classifier_enabled(name, OUTPUT):
                prepared = classifier.context_embedding(checkable_text(prompt))
                if prepared is not None:
                    contexts[name] = prepared.to_wire()
        return contexts

    def _memo(self, name: str, classifier: Classifier, context: str | None) -> VerdictMemo | None:
        """The memory of ``name``'s verdicts, where a verdict depends on the text alone."""
        if context is not None and classifier.reads_context:
            return None
        return self.memos.get(name)

    def check_many(self, texts: list[str], stage: str = MODERATION) -> list[Decision]:
        """Decisions for several texts (batched where a classifier can batch)."""
        texts = [checkable_text(text) for text in texts]
        per_classifier = {}
        for name, classifier in self.classifiers.items():
            if not self.policy.classifier_enabled(name, stage):
                continue
            try:
                per_classifier[name] = classifier.classify_many(texts)
            except SafetyError as exc:
                log.warning("%s classifier gave no verdict: %s", name, exc)
        return [self.policy.decide(stage, {name: verdicts[i] for name, verdicts in per_classifier.items()})
                for i in range(len(texts))]


def build_moderator(policy: SafetyPolicy, settings: Settings, *, isolate_trained: bool = False,
                    guard_model: GuardModelFactory | None = None) -> Moderator:
    """The classifiers ``policy`` enables, loaded (and the trained one trained, if not cached yet) for
    ``settings``, recording decisions in ``settings``' database; the trained one remembers its verdicts
    of texts up to ``remember_chars`` long (safety/verdict_memo.py). With ``isolate_trained`` the trained
    classifier runs in a child process of its own (safety/isolated.py), on ``safety_device`` with
    ``safety_cpu_threads`` torch threads; without, in this process on ``prompt_check_device``. The LLM
    judge asks the guard model that ``guard_model`` starts (from the judge's options) on its first check. Raises SafetyError when a classifier cannot be loaded."""
    classifiers: dict[str, Classifier] = {}
    memos: dict[str, VerdictMemo] = {}
    configs = policy.classifiers
    if "rules" in configs and configs["rules"].enabled:
        options = configs["rules"].options
        classifiers["rules"] = RulesClassifier(extra_patterns=options.get("extra_patterns"),
                                               builtin=options.get("builtin_patterns", True),
                                               document_words=int(options.get("document_words", 0)))
    if "embedding" in configs and configs["embedding"].enabled:
        from safety.trained import classifier_options, document_options, load_classifier

        options = configs["embedding"].options
        trained = {"cache_dir": settings.data_dir / "safety", **classifier_options(options),
                   **document_options(options)}
        if isolate_trained:
            from safety.isolated import ProcessClassifier

            classifiers["embedding"] = ProcessClassifier("embedding", load_classifier,
                                                         {**trained, "device": settings.safety_device},
                                                         threads=settings.safety_cpu_threads)
        else:
            classifiers["embedding"] = load_classifier(**trained, device=settings.prompt_check_device)
        remember_chars = int(configs["embedding"].options.get("remember_chars", 32))
        if remember_chars > 0:
            memos["embedding"] = VerdictMemo(max_chars=remember_chars)
    if "judge" in configs and configs["judge"].enabled:
        options = configs["judge"].options
        classifiers["judge"] = StartedOnFirstUse("judge", lambda: _judge(guard_model, options))
    return Moderator(policy, classifiers, memos, ModerationLog(settings.resolved_database_url, policy.audit))


def _judge(guard_model: GuardModelFactory | None, options: dict) -> Classifier:
    if guard_model is None:
        raise SafetyError("this process was given no guard model to run the judge on")
    return GuardModelJudge(guard_model(options))


class StartedOnFirstUse(Classifier):
    """A classifier built when first asked: the guard model's engine starts only in the processes that
    run the judge's stages (with the default stages, the safety worker, not the generation worker)."""

    def __init__(self, name: str, build: Callable[[], Classifier]) -> None:
        self.name = name
        self._build = build
        self._classifier: Classifier | None = None
        self._failure: SafetyError | None = None
        self._lock = threading.Lock()

    def classify(self, text: str, context: str | None = None) -> Verdict:
        """Raises SafetyError if the classifier could not be built (once tried, not tried again)."""
        with self._lock:
            if self._classifier is None and self._failure is None:
                try:
                    self._classifier = self._build()
                except Exception as exc:  # a model that cannot load fails its checks, not the process
                    self._failure = SafetyError(f"the {self.name} classifier could not start: {exc}")
                    log.exception("the %s classifier could not start", self.name)
        if self._failure is not None:
            raise self._failure
        return self._classifier.classify(text, context)


def moderator_from_settings(settings: Settings, *, isolate_trained: bool = False,
                            guard_model: GuardModelFactory | None = None) -> Moderator:
    """``build_moderator`` for the policy that ``settings`` name (SLUICE_SAFETY_POLICY, else the packaged
    one). Raises SafetyError when the policy or a classifier cannot be loaded."""
    return build_moderator(SafetyPolicy.load(settings.safety_policy), settings, isolate_trained=isolate_trained,
                           guard_model=guard_model)
