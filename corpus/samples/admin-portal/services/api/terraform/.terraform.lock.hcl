# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "1.16.20"
  constraints = "~> 5.0"
  hashes = [
    "h1:zdt9TPNXFayL9oIiERoJ9flmyrZoYjHarOQuWE1H+cc=",
    "zh:1be641b1ff1d402ba8aa7800850104d5134c9fc804a5f342a8c1f49a95223c86",
    "zh:dafe4857c7991ceb9c208738f73442d76a9add3395bd4a95d5d17406058eee5c",
    "zh:de2ce0bfcb316a3ab5687c4828678f81fda798e25473f21baf132a299c0d4b56",
    "zh:9136158f9812ec2c518f35d2dd5c17bc1fa6b77865ae2aec6b8706ae4ef0c0a6",
    "zh:ed233fc05a184d5d222328ea81e88908e622b79bdfdcbf98d97cee18d6348beb",
    "zh:4c23407234917e54403ccaf4801885999769bb0cc2b192d6e68e7b9555542186",
    "zh:d6b3abcef6d77b2971d85aefc92989521db61d49b0ea2c94eae2e4ab71108bf1",
    "zh:21a6c4a35e2d620d997e61b77e556445fdc884581a7f9b1b59d96ac8555545e7",
    "zh:9e54658e09a26a9852b962982fea2db6d533d285d2f0beface3f9c5ab0b0ecbf",
    "zh:8fdd8a36b597ebbaecb22784d874ef46557037724f5da92e5cbc69bd17efa7a6",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "5.9.19"
  constraints = "~> 5.0"
  hashes = [
    "h1:GZojBOixfbJ7oXMFNMiEODEizbMQ2uiBEsKhPiSEpjk=",
    "zh:d271c231c7c05a1a65d3e4dc59df4c98deb5960c0ce5a954c17a4270a964da76",
    "zh:6562302e4a612ae16e6bf1705558f0831d945e13cf28e010344f0e4318d78140",
    "zh:108c306c6a398d84b4aa6e6d91ec5bf60b29ea755b6dcf17db006a565daf1941",
    "zh:aea3175786a69080bf98feb477ce4ca29bafa0b1c08f08866a53b7f2dd26096a",
    "zh:5e6e652fc0a3d752b757da6f276ac4ce3c8565d63d820a3725f7c69ebb60cdbc",
    "zh:acabce57d7407608f4c51125ad4036e1fa59f1040b28b8f0c3dacc32800e3214",
    "zh:fef2471d98c675b5dfc63b32c3aabb6e57543f631ba26346fcd808b43d69bea7",
    "zh:51bda3f21412925282814207f67cccea4580717498e373a5fbd8a7da11371ec9",
    "zh:3a0d07935d28f1911a10c5c01479350e1b608a6a0d6cb7a09044eac44f3efaff",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "6.7.12"
  constraints = "~> 5.0"
  hashes = [
    "h1:u4+Xjlms7o3W/NSS43NSKX030NDLPlxeYjuDUk89m00=",
    "zh:4e2ee2a5cfd13726420d35e07ce9fee206ce27bc6abb4cf9aea953462728a8ea",
    "zh:cf9caea89074908f2e6e9d6fb3465653e50c151611a135b98ff436def0980693",
    "zh:44357787ca83e63c94ff83c0ed0e80f84fb9e9d21cfb6adf43517d2d3f3f87f1",
    "zh:af5f0c0809ab6b8037f0d96f2e3894b8fae06645fae15dd7b2ae2afcdae70257",
    "zh:b787f27524a1992fd1fc569039014efc28088dbe3ce2092387cd796e484937db",
    "zh:5e74ae74e665a9ccd3226f5eca97ebcc54c481ee7cde91f1c971734458402690",
    "zh:c844c9cfaac6e1c982f108aafd97cf53603cc71d45aaef7bda90228e1292ac06",
    "zh:4c5ac5444972ecb17432de1f7159dcda3f6522828cdadf30851f653a19e5d0c4",
    "zh:c3a2a890b637dea716db198d384ef07af96c49b61cbce60a9894d6a000ce77b4",
    "zh:5cd84a86450432099f81c1efd50e8c58ee917df36f8340963a4469a64b46e8c4",
    "zh:27e62f16e74f469a0903041a82a6ca421b3e78fb8f5be402d6a3c5869094859a",
  ]
}
