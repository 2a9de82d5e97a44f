"""What the views share, built once per gateway process by create_app."""

from __future__ import annotations

from dataclasses import dataclass

import redis

from api.auth import KeyCache
from api.limits import TenantLimiter
from api.relay import StreamRelay
from api.submission import ModelCatalog
from sluice.settings import Settings


@dataclass
class Gateway:
    settings: Settings
    redis: redis.Redis
    catalog: ModelCatalog
    keys: KeyCache
    relay: StreamRelay
    limits: TenantLimiter
