# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "8.25.6"
  constraints = "~> 5.0"
  hashes = [
    "h1:9xEY9IdjYG32aZjDafMxqjsiT2tuCvj6XgXOncnyFuE=",
    "zh:29c81b57f059ab90ccbad34c613d93ebf490a789d7737b39dfd766f803a2392e",
    "zh:1b30cd6dfe7d605be5a851dc6fa6eb3a1d314b776f5c96d8f558a4db7442b88d",
    "zh:9c0d50d462de885b0043536e3bc1b0b9bd6593ce0886ed36c19d7a425af97071",
    "zh:1e965b77051323899de2349f6f68d6844d578f394e867ddf4f520aeee5f939c1",
    "zh:775e3ac683230b75edb7c38652fcbfc60b13a7daad0e801826ddf7a5da22e947",
    "zh:cc959ed99153dea1d4181a7dc04b1c033f01f9dba0f5cf2b7d68b780384320c4",
    "zh:11c9697dfaf2b228f63f2bb24dfa29f8c9338dc8297db9c1e5540ae89a9c6f26",
    "zh:e80d57db8dcb52bfacd157a58b17f63c70faf21e4b15b9d24568ae12c939bc23",
    "zh:a3b82c516c928cf5c204316e92f147cbc4b5766b26adfd72947e00d2dc113be2",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "8.29.6"
  constraints = "~> 5.0"
  hashes = [
    "h1:5MsouCm/5xh784o59MDK4w5azHe8PgskxHrcKf0xkcE=",
    "zh:b368eb0194f053f3b1620ae5685b590b4c8dc9cbff2ce1643c21f49240f5bb17",
    "zh:49baf295f772c127a74316798e8537d1cef6a46973e98d73a4749f7052f63891",
    "zh:b76a2cb15440d8fe0bc355b929a883364648ad77d6ac637e51e9b9bbbdcdb099",
    "zh:0aabc4f9452b7b5c070b828991b50097338c584a431611e36d9ba71113925e27",
    "zh:7b4b43740a86417c3ada098dec78c5327a22d9d196a523529ef5259bf66cb55d",
    "zh:05ff9023447ef674a89e7686bb8cd0ca53de6d55499f20ea953030602df3c233",
    "zh:73570e565e0921351982b57f3a4919dfa8f341c745a05e0cc0531c88fdece616",
    "zh:7e7f305d20c0e39d8daeb434bcc1df25da94f40d913065763426284e4db746c9",
    "zh:140948de8c23a7af9620d6cdeeeb73761c637b2d60ca53d56ffad82f46fe2401",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "1.11.16"
  constraints = "~> 5.0"
  hashes = [
    "h1:JkOV+VQIAwRRcKku74uTEDpbsgIdZhw7ya0RQJBSO7g=",
    "zh:aa9c1258064e8e424e31f4a19d8780a30a595e6f53f9677c137fc902d498bcd1",
    "zh:9f1b3818327fbed66064e9fc99f5ee9276df4a3fa1e2a79e9335141618f01dfb",
    "zh:239e642beebcebae0fb14b9ea6df665c1022b95139d0bb4b47020cfb6770d6ac",
    "zh:e44ce032388e292e878ed82357b37433d3f597b46e076d1b338b5933073dfdc1",
    "zh:8f43d0a752c8c2093275c9e7b14316f00d32f97fe90de95db6b702b36f508690",
    "zh:83b38ca40c323bc0eaf9f9db6e41fef7e06a1f3f1f1a93dbb5789c97b5c2b3d6",
    "zh:64d2782c29eb2896008689d3a7c755fb12665057258e989afb0ab30a5ac91f16",
    "zh:ceed4d3f96e58bfbc48a192fdaeaa7c82f400ca9a7c2aa8252d6144cd5abb9eb",
    "zh:add639308b51f88a3e7aab00519df60f4fbbe7affcb4d20cc92b9076766941ee",
    "zh:6af91a900c5c90ddce8d3a9b5e7a5bb589d7175ca46abbb7f8a14164d2701e6a",
  ]
}
