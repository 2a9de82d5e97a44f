"""Celery: the app, thin task definitions, routing and the beat schedule."""
