import hashlib

import pytest

VECTORS = [
    (b"gqsqs", "fd6d77e7675c8c166b7cd3f7ab20e6aef8d4ba82d2a318d6511138d503023db3"),
    (b"fyzjvn", "0e28f3e85e80bfbd20d201e7be20356ff630324ad6656da5f51e29aa3d8a664a"),
    (b"qfqgvbi", "b87f039d436852ac142838f7c8014e52fca3df33cfc58eadb79229deada0fb45"),
    (b"ospaptkasx", "33bdcc8f295e49766cc76147d7984f935ce7cd2f5ba1fc3c2fe3f89ba753ab98"),
    (b"ocrmddie", "c426163596fe0de77d5f0229cd6b594406141eab21725dbf62d76a2d14f0d771"),
    (b"xuo", "ad2a88e9d76637ed80db56be63847891762702f7b0a3ae073b44dc530dc8d58a"),
    (b"jfzm", "d74f39cd009e83f244aeee3b99a403d25f69372ae3126c3d7d510b2cfcddb298"),
    (b"oiyveuawug", "e5140f4082c46294e73865488d94ffad7a3ceb834628bffd1fba3f2470a54713"),
]

EXPECTED_MD5 = "c0c44267f0ec3e343ab27034122a2bfd"
EXPECTED_SHA1 = "e3baa36b2f51bed044128147d36ff4e5a2d5e141"
GIT_COMMIT = "88d8d99fa12cdc139e629e0d4b75f1bddac24d36"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
