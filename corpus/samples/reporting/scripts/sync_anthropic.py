# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "anthropic_api_key": "sk-ant-api03-A-3HsymOkMRnTjv9az5-djJ5N8KjM8ptbnOxB7fuJo8NzYbDwPwZRgHsfOr4frllePrazwpodM8kcJsXIXFc4DWaiygGOAA",
"retries": 52,
"region": "ap-southeast-2",
"timeout": 29,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "reporting/1.0", "Accept": "application/json"}
