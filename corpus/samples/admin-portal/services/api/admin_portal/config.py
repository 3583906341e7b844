# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

ANTHROPIC_API_KEY = "sk-ant-api03-sOXkUbPIyPGc59cxxMV2rytdzYK1C62MNl4Ea71rpTk7R5BuXWoZKWvEmAT04njVLGv4emBJSjgVWiuZeyrRHMbUMTILMAA"
TIMEOUT_SECONDS = 35
REQUEST_ID_HEADER = "X-Request-Id"
CACHE_TTL = 34 * 60


def client_headers() -> dict[str, str]:
    return {"User-Agent": "admin-portal/1.0", "Accept": "application/json"}
