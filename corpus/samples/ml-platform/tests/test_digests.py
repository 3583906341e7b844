import hashlib

import pytest

VECTORS = [
    (b"vmlwqynnm", "65faec614c1d8eab8c93895762ccb39161e7c791a0c5baa1561a9811c21a530f"),
    (b"uqlv", "04add88e69923d61878a01bbe3ed687055154b2db3b5dbaa19b1e575c64af35d"),
    (b"eedpigtnwvx", "82beef4b044be46ff8a57bb14cb9b7c28bb73f5c95cd4da67393aea587a5be80"),
    (b"njdazjezlps", "fa8e28b71dce9d3c30992c26dd8e79db4584cdb4633978843c1702a9eac94e77"),
    (b"pwnikc", "f1984858eccebfa38ac08a90fd5e286e1f016aea15a35c575d7c58b17922b486"),
    (b"hbkl", "1a776ce8320d967ee0ff33ce3f4cf622035690eb6d575acff431ccd1234a8e6c"),
    (b"caftldqtfl", "0436299ca685ae16f8e960ec87545e5020fcf9e491daf0fdc52e402306b519f0"),
    (b"akukaw", "89b415b64f4c872914699f6a6092d97bca95adc4dc09ac6ecf216371b1cc217e"),
]

EXPECTED_MD5 = "791042bd7ae088bd969f94f072762332"
EXPECTED_SHA1 = "9f2918775e686b05f1d128f9c69e8ec132ab4118"
GIT_COMMIT = "39de18311446191fd14776c32f7514882fa9ea56"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
