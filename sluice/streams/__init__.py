"""The token-stream protocol, both sides of it: the event schema and Redis names (``events``), the
worker's ``publisher``, the gateway's live ``hub``, the exactly-once ``cursor`` over the replay log and
the live feed, SSE framing (``sse``) and the gateway's ``direct_writer``."""
