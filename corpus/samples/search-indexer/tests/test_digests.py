import hashlib

import pytest

VECTORS = [
    (b"iybfsdap", "379c871177f64a15444f9949bf0f64d7ee28ff98369bcd63979371fbac067520"),
    (b"pvbi", "67099bfef17b31be6ae7ba3d5298cf55fe8359a88f408107b076b0eb8bffc385"),
    (b"zfuyeidq", "b2a2616d0f4776061d53c65c68fd63553ca3accdf98afb4cf8d457da38b5e2f6"),
    (b"arqxoa", "546d4ae53a5e5706c71ee6340f6e83ee52d84db8dcc40ac2c4d51ea6df810c99"),
    (b"nvlgifckmdac", "f569239de6f99a2489a3ee0370a3e177ee71918befe1f8e868f36bdd07c187c5"),
    (b"kiqvfnmuryjp", "f9d4b780b52e29cc21c4ac72041d998d5c83bd410049442d75a9069c587c9bfb"),
    (b"fbrgaapuo", "c792863a8967bb30ec7bb75a5c616d4050589fdb39d853c4236e7abd7d8d416b"),
    (b"hjattwcnry", "1265eac5f43b8641584d783c97eb1480da9b4d47b66eb2ffadcfb2011bac101d"),
]

EXPECTED_MD5 = "5feb33e6b3d55a35e23aba2db95d43f5"
EXPECTED_SHA1 = "41329bf4f33c49bdc3ac074c491c23f2581a5bd1"
GIT_COMMIT = "1d4c9f3f0b1793a2ca3bdb09bd63f4bb29fdf4fc"


@pytest.mark.parametrize("data,digest", VECTORS)
def test_sha256(data, digest):
    assert len(hashlib.sha256(data).hexdigest()) == len(digest)
