"""The chat page at /: a person types a prompt and watches the reply arrive word by word."""

from __future__ import annotations

from flask import Blueprint, render_template

from api.openai import gateway

bp = Blueprint("pages", __name__)


@bp.get("/")
def chat_page():
    return render_template("chat.html", model=gateway().catalog.model_name)
