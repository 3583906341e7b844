import hashlib

import pytest

VECTORS = [
    (b"rmacqmheh", "eb20c75bcad32dfe65a82dab1401388b28fda98f98664e62f732eb1dfb51a624"),
    (b"gsdg", "fae15aaee427fb7ef797a625813953e733cae1acc9e79bbfad08375406eb0c61"),
    (b"iagpbfbbw", "a333e10194d951f14ab5c51c6c0b80b3e9377cbe74c4221bd084d9b45c321cd7"),
    (b"grnthes", "2014fd830c7af563bd5c198f246c7b8b2f6d47edb04ce12aeec40f3faf091f11"),
    (b"mhrfyiuqxf", "35946f33a407e0767a55471639902b6bbdb092dab558cd55f10a61341c9bcecc"),
    (b"vnefrm", "56f236320ef5d92582e78c96eec080214829f036f011a21166fd513b9146f7e5"),
    (b"utxftdmpvqgi", "e098a78cc7d3bb950a6ec90867eb64e27176f8d3ae005ddc74a5b6f74fa933e3"),
    (b"dxs", "3a03878be54cc48b39707711e2632396dd0894af5ac606e5c5571e7b70a99b29"),
]

EXPECTED_MD5 = "4d86d066d3e10bdd3ff7b298eda0895a"
EXPECTED_SHA1 = "ddf6670efd62f0df67a9edd4eb2b0ef655b241fa"
GIT_COMMIT = "11b612fed67f95a90296268719baf01d4b30186b"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
