# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "0.12.6"
  constraints = "~> 5.0"
  hashes = [
    "h1:JgJe5iZ6Z6rOEbwD+nAIvECeaoJBaSCnzsb1ZSqUT48=",
    "zh:1cd140bdd46b4e3e7da65d00472b9a33ac8631c9eb6d9bf8aa532050ed437fb1",
    "zh:db32675ace09f3910f395583dd0f1cc06b1c480e008e9dbdb0fbaed21a74418b",
    "zh:f0d3b34e675e150f88aac16eebaab1a186b2bc5ef73ec321dbe8e7c425817e79",
    "zh:e719323306c36598ee69da64992f1a43434d3a9647d8ff7494b200ba82424db5",
    "zh:fd583e715e5e58a73cd566df1d04c571a7a30ca090c03bb02bad23587da7cc8b",
    "zh:6c5ef5b9d4d0b310f4bf9d0c261fdce119d7b346c31b5947fc998631f64b1520",
    "zh:0a49efd1a6ef8bc4483224e6036ff6a15445239e8f39daafed34356ff59fd516",
    "zh:b2e370e8e22fd1a6db8553d291811c82ddec51a63d944977d2296998e288eb5f",
    "zh:85761c03887415ae6c65a9c0239b1cfd7e83af1174dbfae892f968aa1a08a327",
    "zh:6380b8d0c43c2dad71041b22865cd427f4fed5049f78641893a3fd30f2c55c86",
    "zh:10aa25951f30ac32636e9285f464fb89c547753899f6009b7c3d8585a6b9567a",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "6.21.5"
  constraints = "~> 5.0"
  hashes = [
    "h1:sIG++5bnPbNiDTXY4tilvPqyunLhTxOEj0JCdhgd+kQ=",
    "zh:4a31d7f521df1c4314fa7b28ff743a7dc60d7917327fa0a07b18e57172044851",
    "zh:aef0adb2f285900ed5dcdc10803bd9ea128d6a465871543ec5ba616bcb34da8b",
    "zh:3242c7c3ddc87f7215f71005c914b7aa24d5dceb35614706b195ee2415876e97",
    "zh:32e4ed79a0b38cf0455e6eab7bd21ca6f965f720e61150c55015af4e37484293",
    "zh:d2812f440386b0f28be0dca7b788925495909cb6513ba2ba0384d0c43131ffee",
    "zh:6fef9608f347c8494332d983a2b9b4bee8892db810f4166da1b84611eb3f807c",
    "zh:6d2f11e2d013b07cc7d0ab6cf67dd34c313ac9416d9b0f794c3db4097d43018b",
    "zh:1079957ea86689ec61e025ee1cdd6b975895f47f4ea36801b513963211f16a66",
    "zh:50dfb5528f16caf97f9f11f7da062fb0a297165855ea11fe3808e1906e40e259",
    "zh:1abb64c74aa92057177f8230b40e4d7231fbaa19d99440dd0f2115ae6c178e79",
    "zh:7f3c1baca56d5e2b60094c3ec991728975aae2e7dc2cee7afb217df53d5d3aae",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "6.3.12"
  constraints = "~> 5.0"
  hashes = [
    "h1:zmpix2I1YwG1kMf+38eG9F/YG2KhM2z+qCwECj51xhQ=",
    "zh:9b3a5e058db988aa9e3b6afa578998b242eb2b55eaad339f15df0e5a5851a9e8",
    "zh:3104011c52ca3332f7c0fa69ba8bb14a4bdf5dba2ad8c9b6bfedf9435e228e59",
    "zh:e1ba5c7c2f8c35a9e3ea8d66a9730e3bc8b7589e48b4e8f07e6b2337009eb102",
    "zh:0b7769048daa333eb22592172ac807611fd30de56424a48fbbc8d33dae0d5a40",
    "zh:219632b6d754feea9cecee380d425694034c088708f0d12c00018dde1c6d3fd7",
    "zh:52cece4a31eea6fab3aef871f52a353f63d66ba15a66a72a510cd6a97601c27d",
    "zh:a9373ddcca7b8c8fb487c56de60426748315dedc238ea8871b6a02498153a44b",
    "zh:031b03e62db8d0a6cf6cb495f9a0876ffcd550fd284a2171c7f5eafa0965c70b",
    "zh:44e69e3a6e7005cd86c6eb6efe2e0e46596438a2f52c61a5b03672640a5ea6c3",
    "zh:24f31b0a4d184965319933ca97e814c7eccd66ed59188ee3bb46262bc59db1ca",
  ]
}
