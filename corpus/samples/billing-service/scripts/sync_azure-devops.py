# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "azure_devops_pat": "yn2kIX2PXcEqcGn1PFqOV2fQDCLYiwLNp9rTDp87pSfBGKHo7fCpaUrHnNI3nJ0ARnWjMrnP0wemAZDO3aAj",
"retries": 10,
"timeout": 55,
"region": "eu-west-1",
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "billing-service/1.0", "Accept": "application/json"}
