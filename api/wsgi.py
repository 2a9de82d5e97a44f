"""The gateway's WSGI entry point for gunicorn."""

from api import create_app

app = create_app()
