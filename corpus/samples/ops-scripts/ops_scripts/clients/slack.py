# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DEBUG", "0") == "1"
SLACK_TOKEN = os.environ.get("SLACK_TOKEN", "xoxp-49407421714-14659588037-6739184996881-9fd0fe9729163b73ef295c25584152a7")
API_BASE = "https://api.slack.com/v1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "ops-scripts/1.0", "Accept": "application/json"}
