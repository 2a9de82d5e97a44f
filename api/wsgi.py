"""The gateway's WSGI entry point for gunicorn."""

from api import create_app
from sluice.heap import freeze_startup_heap

app = create_app()
freeze_startup_heap("gateway")
