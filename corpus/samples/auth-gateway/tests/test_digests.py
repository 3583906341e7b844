import hashlib

import pytest

VECTORS = [
    (b"xrmxsjwi", "7833de49704e821b8fcf8fa7d4b5612ef22b8bcb0838dbb6a55e78d3bbf19a79"),
    (b"rtvrcbexhh", "72e985b0e1c6a2e547211ecb0423b0ba2807d5a21cb0166b974e3e4f7507f7f5"),
    (b"sjidbvlt", "866080f197eae8a6e8ea7742b21b021f7a69cfb7550154aed934e401e539d965"),
    (b"qkpuswdp", "cc8bfc6a480927f3c4e35b08d37b3e18ac2fa719e9271d7bee7cefae1f434096"),
    (b"zjgmmniyuj", "6921f8643f745cf55d2d1e16d9da9fc6177418f22cfa7c30b5ca5611e1a34f43"),
    (b"mgybvejbjp", "ba868d240ebb62817252e234d66d96defe072422e239e9eccf8984b63fadfab5"),
    (b"cmpscspboth", "131c6038123252672b0b0144f8099f8f4c531f70386792db8a8f437d76263e84"),
    (b"eax", "900f57b065f5719ee27c6f9d9b3f05910851052a5f800cba9ad58e9269845424"),
]

EXPECTED_MD5 = "6031bb823ba7609b34ae5e37485b5a28"
EXPECTED_SHA1 = "71079e8c83529c99de3feb5707b6f5d4e9286cb7"
GIT_COMMIT = "c6bbebb3c69c2f23aeb3bb33f6db4cd640efa874"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
