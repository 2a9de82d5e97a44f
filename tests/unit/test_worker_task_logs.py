"""A generation worker leaves out Celery's two log lines per task unless asked; failures are logged."""

from __future__ import annotations

import logging

from cli.main import CELERY_TASK_LOGGERS, _generation_task_logs
from sluice.settings import Settings


def test_a_generation_worker_logs_celerys_per_task_lines_only_when_asked():
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.INFO)
    try:
        _generation_task_logs(Settings().generation_task_logs)
        for name in CELERY_TASK_LOGGERS:
            logger = logging.getLogger(name)
            assert not logger.isEnabledFor(logging.INFO) and logger.isEnabledFor(logging.ERROR)
        _generation_task_logs(Settings(generation_task_logs=True).generation_task_logs)
        assert all(logging.getLogger(name).isEnabledFor(logging.INFO) for name in CELERY_TASK_LOGGERS)
    finally:
        root.setLevel(level)
        for name in CELERY_TASK_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)
