# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "2.11.9"
  constraints = "~> 5.0"
  hashes = [
    "h1:aLR+zEFBeHIcHfc0DGlgqXwMdNhvMIYFBHfGoYsIG/w=",
    "zh:ca5762caefa0dc70c0f09437d3eb1c03279bb3c9bb77ea780f22231609e0af85",
    "zh:79832593e9ebf509ce2ba258a79c4a3a2380a10490921121f6ec3fe03c80858b",
    "zh:ae6f8a9d57b65efe05c353597b73eb059ff226514218dbd149573f2169903b40",
    "zh:e6adfd98072838432c315dcafad30d07a675f0a785c85624f36bbb55ad7fbb49",
    "zh:8cf616653d669834a8143b8575826425a75b58c9c20c5a40e747092acdba6344",
    "zh:a4b0f9e1d4d6f48a45a998e9e802b822dfcf05a95148bb2250526133b0e25c1c",
    "zh:4b82098fa9b3c904b517047f607f6c83d20269b026af8a07d8a58a2eceb9952f",
    "zh:a9f559a24252d4c3b11b008718c33d1c73d545121fc28c9f4fdd35c92e1d35ee",
    "zh:9355cb226bf6aa6877d658999eedc9b5cfabd8febf9bc2b83484399e61507169",
    "zh:95aad5f53d656a54b402525d96f2a5b8200e9ab530264a8f135ccbab06ffb438",
    "zh:fe16365a9835416e79b03cd7ab0252ebc6a32e50dd4d2ac1b449dcf85cff70ee",
    "zh:04b533fdf9b4c9c0c4d68211ae821028ee450e5186e7f824a978b2d492a3b0ae",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.9.14"
  constraints = "~> 5.0"
  hashes = [
    "h1:groMauao0OhQOpnk4LDEwQ1ORIArJjeyDBg1pdNFsKQ=",
    "zh:e451164e0b4265e524326139eed396f50196e4d5b6ab52693ffd2c1d82d65a64",
    "zh:f46e782d6f5a821888f9803de57c4a93422b35097286b699c4d1a8ddb7272937",
    "zh:9e1b51c41875f158257d89d5e97d83234872c6c64a3314f1ed393c2e7c398da7",
    "zh:27d9594bf14eb7412fe73dc9c6ab2abd4a83eb540c2c07aa39040d5e6259d072",
    "zh:b410b20b6cd4c258f314d6f4ea3fa9c7fdd89bada74b9e9938054b681c62b0e6",
    "zh:c5a5bc07188561681a72a6356f0410e8377fc25dbae1bcbf088f1fe5af8653d8",
    "zh:0f0256bb8ce84a2ff0cb59b739c7f49dce11ec70adcd3b42144b79a1bb656525",
    "zh:afb0c3327f15b1ff943d7c75c7d3f608cf1121247440cd0157a9a010af85339d",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "7.7.13"
  constraints = "~> 5.0"
  hashes = [
    "h1:f8Y9Zyv6sUJwpTJ/M98F4mAY0At9sSXOFV24brUAg6g=",
    "zh:e21664b091c4f105dd8b4957068805e734cde3e01094e9889c181c89afcb74c3",
    "zh:4fda158e1d9b144e7634dfe214a0719e2000d3173f1a588e849c8d8bb175f1b0",
    "zh:3d0a6329fe3ae661451519e1a351eaa65e51ab3eac9a0691ea74cf0d72c0b014",
    "zh:f4eba82f48b08913c7d4da3c4e1365b6796bfbacb5697abe40b09bb094e6065c",
    "zh:1d0a2784a8a6cda6b43ac33bb4b07965372edd8f722d3298499ca1dfa7a568a0",
    "zh:4ebe8787080696b2341ef32b742ab73d8f0b897b26a298f656ed899ed7e99dd4",
    "zh:455cdf6c734f6dc7dd516549b443cc44ad97128f1d3363bec8a0d42a54555f66",
    "zh:2b9626d13022fa5c2f2c1a3437506465d179a41a0e4ee9d104e01942c8410ccc",
  ]
}
