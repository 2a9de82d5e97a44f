"""The chain every generation request runs: the prompt check on a ``safety`` queue, then generation."""

from __future__ import annotations

from celery import chain
from celery.canvas import Signature

from sluice.job import GenerationJob
from tasks.check_prompt import check_prompt
from tasks.generate import generate


def generation_chain(job: GenerationJob) -> Signature:
    """The chain for ``job``, ready for ``apply_async``. Celery shows a task's arguments in its message
    headers, `celery inspect` and failure logs; here they read as the request id, never the prompt (the
    moderation record's text policy holds for logs too), and no repr of the job is built per publish."""
    shown = f"(<job {job.request_id}>,)"
    return chain(check_prompt.s(job.to_wire()).set(argsrepr=shown, kwargsrepr="{}"),
                 generate.s().set(argsrepr=shown, kwargsrepr="{}"))
