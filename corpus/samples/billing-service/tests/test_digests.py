import hashlib

import pytest

VECTORS = [
    (b"znbt", "97b4bbdc1f805f3f2382847c07cf74324ecfebb01bdd0b234d4004a934d7d74c"),
    (b"kly", "2945a8f74275b8d126882de638f256399c0eeb53436af48c560e216099bbc984"),
    (b"srtqaopn", "00464e64a174b828485917c96ffc8bf6229270293c2282029b7022e724583fa1"),
    (b"hccvgzlnpsc", "89cf79673939d9e5a5df7c84dd212e87fcdfa48aa829eaaf08dc112492cab626"),
    (b"wxjknelykmto", "4e0f7c7c39b17a179c447e6c3219946c06d92a05b9171f11ed9333466312db44"),
    (b"uhi", "a3104a1ad71fe2c6f36e948ae7911e18e56e04e063be813dfb0ec0a72591aca5"),
    (b"nave", "636baf067ea36c54db02427a1bf6863715bc4f1c1302d23ec09aeb49b580abee"),
    (b"eyyxjlxkydgi", "688a60c37029c5301ed28962906a07d8a15553d44588b87d39ba0b123e7d9de9"),
]

EXPECTED_MD5 = "e2c2d10efb64db633767bbc1f4c1afdc"
EXPECTED_SHA1 = "dbc2aa9971deca09917b8e42787071ec37679403"
GIT_COMMIT = "8b807e656bff6941b3ed8bf40a7df0e5120610df"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
