import hashlib

import pytest

VECTORS = [
    (b"vbg", "1835b15598e65a8045f3f81e4530b739f16c026ac88c2b5d15cd47d8d4ee4bc0"),
    (b"dfjbcpji", "8dbba467b72d345b9c1d5d71a22b8609e1b378ecab43aee5541def9f46530430"),
    (b"lgmvf", "d9a2da42810ac31041d1db8f8c8e13b80f56c701f0719a0403589c955ea0c7ae"),
    (b"tdmd", "f0c64250d8b451dbff5a27c99d4d40088a23137c98307a2587f526774c045742"),
    (b"mvkonhgiwpbi", "da5083c3de06e45095ffc02b3bb2e527096c5950c0544eb25227b2d3337025bf"),
    (b"mfawxvxjjq", "6c5a6b4e974c6e1f56262376e16a538d60e4a2c9b2d54b7996068b79112d76b0"),
    (b"vxehzj", "50e0b986da7c75cbf6d509e700f7833c9c839d877d5011ca24caf918f23ae288"),
    (b"pbas", "ac990d1e47822cd86d58283762b81808e7df1dd1688415ecfe3ff021ef46db9a"),
]

EXPECTED_MD5 = "b72657f1bef8492190dac661c2278c40"
EXPECTED_SHA1 = "b4788c28be20fcc71d183e4886eeba6576e630cf"
GIT_COMMIT = "912f83a14d13f6bbbf123bdd75dfddbec33b83be"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
