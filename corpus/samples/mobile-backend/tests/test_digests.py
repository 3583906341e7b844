import hashlib

import pytest

VECTORS = [
    (b"fesvezavdtpd", "5264ea14458893d44c56e5d2d26b38ed226bf5064cf3b317bab003d2667d4029"),
    (b"pmg", "c79d6262a8c65fae174933572fd17522f3309cb262d7ced5662c14324c0e4399"),
    (b"zaelkdmvps", "c5bae1c28ea6bcdaedc46c668c0d316f4b9adb9ddfbe59a378801825de311c36"),
    (b"jlcmm", "5b7923779560f88ec708eecf5fb54fbcfd4d1319dfcdf7e1af86c941aed1c481"),
    (b"hsyo", "bba3b31505e4b8acac942f55401919a8da47f3b655059ce25f4860cb485434c6"),
    (b"sjhojy", "08d50ce781559757c38899148a135174108b67836b63291cdd1f1851f61164c5"),
    (b"qdrhdutla", "59d66031718ba57a104fd31d1162ebcb9ef4f011d03ce7f31a5f47f29c5d5912"),
    (b"sbomymptest", "d962b5d2baecba2f849e4796b6f1b4d93fef4447c76856b2338ea50b6aea1bd5"),
]

EXPECTED_MD5 = "39c035970dc79e89551ad5d130b849ac"
EXPECTED_SHA1 = "ed3757aa642fa27a24063fedf5a645f204d8554e"
GIT_COMMIT = "a82ee3f8196ced1d4a81615fe9e0185a693ed5db"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
