# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "3.19.6"
  constraints = "~> 5.0"
  hashes = [
    "h1:uP6HRsW5G2OHIdIcV0aMq0w610Al48PQ8OR+2R/rT6U=",
    "zh:9b51aad53b577e3374ef56b78d307f0e1dff3d638b8b8a581da3d70961fdb183",
    "zh:425220917f28b2d8c6cea490788e7214b94bc4b222e37306edcfa858bc409ffb",
    "zh:4c1cf3f2b2a754e20d2d6765e3788cdfaf54f18d81972d942ec4976c52829b73",
    "zh:ac3e584db13897bf1685fad70191d22e50d76b9f11b52d0208617784cc8177ac",
    "zh:d69e52cd14f2c625fee816582f3ebb68a4daf69184c086e64a304da27be2f644",
    "zh:5028c5d7fd8eabb1fb4c7389902b4d7181dcac935f8af0026e0dd6d16a140128",
    "zh:7f1c30b812a58152b7b70af479bb1cb92080ef5eca3809ca05c3216461986f79",
    "zh:33298cecceeafa4996b5ac3bdd22ab4c55c9fbe931e38208dc71757e180c8f8e",
    "zh:f152d9eaaf86fca64d7a60e423b7f1c718e4e76ee8f835fab1b2c47d52987105",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "1.13.14"
  constraints = "~> 5.0"
  hashes = [
    "h1:f0fBzwjAo2R9Da48mqNpy3gpD3pZYejXFR253hn7cy4=",
    "zh:1716a1a296dc7b50f17dfe925d4b591437bc732e86194f552ee70d4f68937e65",
    "zh:b18f3a14f140192559966759dc2d83f0f46b8a9ea0d24f7e3ccff69b4fbd552b",
    "zh:a99038c78320b37e588b01d5e64091a07c487013bb5fa94a354ec4dbc0335ebb",
    "zh:87b96618581008e97d8d2031f050526c0a42984defd86f6e44b06525451bac39",
    "zh:f07fb024c4d91b8e81d4c11ef6a33d03de04f8c49c2b806531015c0b61a98d6b",
    "zh:e328a99cdb95ba915512062c7a4d2fb543941f9cf51286e90a6249f03f8772e2",
    "zh:342c47d70d2703150de06e2900d8177d222d1ab455316f8acec4219dea27b4ad",
    "zh:6f2760db4942eae776d77e5380ba243b5cd1eba8c5df25b1f55eea73b9850426",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "7.28.3"
  constraints = "~> 5.0"
  hashes = [
    "h1:S1M32gTYcJIAU+L/IzK4CrBahNpuO4nXP0pxPsiuE/Y=",
    "zh:0841d93243162bffc10b2d6ea92551e1b742f55e000de21f33815c88b50a9ff1",
    "zh:d75a70e5a0aa3fd97fc7490febbf6e39fe963d4ab53b3ba7b107bcfdb72480b5",
    "zh:4a3fd215392943c439bdffaf9c811c55977f693950281c64c11a494740db23e4",
    "zh:771246ff205e2c4449badbf9950208d5693be59810151f9aa60ee3cc027bfd22",
    "zh:80a91b92e5efaebc27e19dc8ce0a0d7afea0dcbf5a3aaf598223cb431ad959ff",
    "zh:e1d5a071dd8a4afc0c29f4699e1c30b4a76dd27d26f6e88e31c8ba6b54f69a85",
    "zh:e2f1336b80491e927d2875e9cac5f7c8cb652103d9457bd47dea8c59b8c26792",
    "zh:9d763e02b68925c85ba145f77832d199c5f6809a9ad2965ad3d5319c320cf20b",
    "zh:652e2bd26666cc297dcf985982c043a7f69add96befef9bde1cd78d90c86a234",
  ]
}
