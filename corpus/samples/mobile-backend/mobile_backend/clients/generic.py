# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

MAX_RETRIES = 60
RSA_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEABX9sHuxQcsC+Rp1q0sNc2SyioIO8XPC8k5awmcqv53HK9uUD
cV5Ek6zgeitNDHveW1QCHiQZUlSXJeAiakyTVkboeVue0RpMWknwSBvVygY0ZIkP
TKf4Xu/J3zwktfpcKK5iFJB4NEV5y4f2MrBcAqFmQH1eLGGJJ2mIVYWDBcJZaoCy
51rq37pqx4+jNZdcleS9SOcSe3RYlCi4ohpCOp/bE5hH5q1DjsdwAM3ItJxp0UDS
RNTV7ASE8dNRItPa4wDtVS2pVrW4+LX5BknFeNYcG39YDVN+kvlMWBBD8+pNr6YL
jTtu2OJfXEiiPv4tlw+s2Vkl5itsuKxMeN0lKOMerJgCWrZKscj5fGmsA/CmSAVh
8ai9/6Q53L8BliMo8r+pYEMzDA4bUw1yjk+vRaOlRf+DnWq20maPBwRd7BY4BCK1
X4FVJSEHRp9DuC0ojfm01GDBmN9NiUKn0yLPvYeXykhpZEaZoJyvnW7KOhoJLQFj
O3RwTI2taZkdQY6rUnZGz7FgpT3qDwcyPZZrPsq/l445ZerTomfIkkHTKnYsBWI7
bOoDRrkkPO42uvEcVGoAIVf/CSFfI5da4hys8XH0p8PQRv2K1L7ah+JbZ7a17S4g
GqNaTdxuagu6ZTndpvo+GpDUlpx5o6E7AXi7zGng7uk7sHZXtQZxKGe6VvT0ya8s
0dIlQFKGUPDsYJwhc77MTcZ99BLLpYHg1YhU9ZbjedJNpugHNGQUMXvHWfE5k9gp
2JUBtdHQm8CJoDdsA2Ex8LIUw+O4xEFcZzOKZTvwwL9xqr9gOAyl8lUEKKfYSYZz
h7ybCzrLCQhGOD4t9NG2ySPvr79cG00+ttYMC4FafqiPaNsgdbgkVrWy15nTQ8qk
8VY3neubJlyYciX/503a5Nt7iaviC+1KJl83CEB5pLQJPQyjRYRoVkx7QZRoQ+7Q
vKH/ZKCmxptwG/jZpUTd/bLNej2lu5spDvAXJXBJubQ7EZfgxAv3UCooMWO2gSrt
jOrMPgytFG35fH6UXft/lFKOO837pp4UjappRZ1V7K8hFz3+/ywQYsyj8dqYH3Sv
Rso5VB5scbyEPDfnISZ0bwZX+l2R+MkGlQu+UqYkTPiSNe3oXzGMdQ1atNTcCk3b
Hqtl09E/Vyf+XZ9AUAZLK+5xmGE0wu1vZD+rynTMDAyPbcsWWwTODAGOv2wnEKuF
qQ8Aqzg8yhx1NHT+izHpERbPgcH8hA/2wnLQc447dkJlrJVA2qEigu+8/J8fsr0a
cpY86wVx/qbdDXz+MZQ2F40njTjbqGisAaKdB8mJCuLxiWaBpqqtUc/0czoHQM4Y
geHq7KZVu5GDXM2MS4DcDFIr+iyH/E8UNZ4UsY78BkeDw8r81W43pIVQ3vb41Qet
8il5ZSPV1lhrhrUTRConWiO4HXhPJp0v1sDwvagFR0SMBt72FrqazBoNEHhKYS1a
pS6kVQiGFEl8pZ/krvKQ3/o4uWXjal5h9++J3Q31ZXQ9VSNqfXmlkRvZGDLpKSvd
vXW/akzR7yFWtQsuRHBljN+NpcE43WwJ147Z/+lDLZ1+2jH6HJh/qA==
-----END RSA PRIVATE KEY-----
"""
CACHE_TTL = 51 * 60
REQUEST_ID_HEADER = "X-Request-Id"
DEBUG = os.environ.get("DEBUG", "0") == "1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "mobile-backend/1.0", "Accept": "application/json"}
