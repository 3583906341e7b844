import hashlib

import pytest

VECTORS = [
    (b"esfq", "9e636e76b1af4cc30d207278a001b8f3c0fb8e7bc498bb23c896964a5bdfa1b4"),
    (b"djkiurdqfh", "f73253a024ee3ec3c0cb579e4bf9c1350635fe2041aba31a876068a42cbbe676"),
    (b"unwkczolbo", "acfc159747fe6f9e44669caa722a15f08a540021b9d690b9364ba869991cd03d"),
    (b"onp", "87afd205e2396534a0c18dfe88753951978c239786770fb8c180a29fb9c73497"),
    (b"ifoei", "6dbbbe36f3bd59a635c46cf394a85b504c58eca80863e85d12243503934c8b39"),
    (b"dkqqfwc", "8a4d66fc711a17026e186e2aeccc2b47a3c150ff05fb23c58030c2ec5af98a16"),
    (b"zooztgdirub", "0e1bf8f95c90df3dcfdde80cc34d9e600bb8d6f885bf78941892913c456efa61"),
    (b"pwfvelr", "496caca4799bdd7bcff3dda2a96a80c124cc9c4918116e479c1d961258901671"),
]

EXPECTED_MD5 = "4664347ed4fffed585e6bad6a85361ff"
EXPECTED_SHA1 = "317bdf932884a9f2baede6205659e110d0d76855"
GIT_COMMIT = "208ce8b9c7e010600a7ca5617fe5303a0444997d"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
