# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "3.15.13"
  constraints = "~> 5.0"
  hashes = [
    "h1:5UIn27FByhxp3tEZs/0OJsoq8Ns1SkRdF7hO5ZDY6jo=",
    "zh:f1895ce6c6bbe0650e0b60beebdf2db3a598b13021491a19fedb3a310db00c0b",
    "zh:4c2dd3ff10f2473eeba01ddb9042c001b416a7f513c817312710c31fdbe87ae6",
    "zh:e854cc2baf271d260f8ae2ac8afe96373b5e1c506ee96bc0617a808657c9f75d",
    "zh:ba2338ad15bcebec0b704db4c628b672c5656b6a52f6b86de565378e9f9b5c9f",
    "zh:fa96627d326e0243c8ca56f7f4a767e1e235066f8f4098b505fcd14ccddc5e83",
    "zh:769a67d64b1923f4224a722f53344b6e3395e4e8b430b8589a283253a7591c98",
    "zh:063e6f0da7a3a89b3b0cbae5eff6a72e3046b1ce20f40d60c95bd6856033259c",
    "zh:763f5ee331fd88f18804f5c2cfed3fa38900022d32a5f2f5f8f446b31d603aa4",
    "zh:8b782b978f1eb0deac3b2c0bc77036857f15fc4e3e027265fcbbda8ba097c28e",
    "zh:5dce93ee163a81ef8353088ed46c004cef41ea87be11a958570f089a6bb3f348",
    "zh:1dcbe8fd1b62715dabe5a2193192eb1f604e930bce446da3bb4cec4cba97d40f",
    "zh:4ab6954f5eada49d73b824f2de3d006d56be303fc379992229b1664ddd49d024",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "7.22.11"
  constraints = "~> 5.0"
  hashes = [
    "h1:/p26auIXS8wO2D74KNjTBgE7UEJd9/wA9ZGjKz0HGnE=",
    "zh:b7e5861894beb5f75b00b5ce6c78c72be6280db5972324135090c1215becdd6a",
    "zh:ccf0dfe21764fe9c77864c21cbe11a69ce736570dccc561ac2532e03f9c58915",
    "zh:f90a92feca2b8c34128c295a34865ba9571ca82b7cd64d91c88d8ba51d5eeeb6",
    "zh:c3ae2cc02ede85e88426c2f0b913440ed444fd6930dc98f78289a73a77a5cb57",
    "zh:af49357a2c2be4df5fcf1e0539defead94ce59b76788b69ba6e11118ce445a62",
    "zh:065b3cfe81fb632551d61168217ed6be839cd699aaadfbb292bba4725971911d",
    "zh:14c2689c714bf626d2c8eb932ccc7037415afb877fc27cbe1337e9083defe5ab",
    "zh:649d258884dfde7e40081e14afe13c2b451972cc241990754bdfbbda9c3dbafa",
    "zh:b6ab30d4ad3e8ffb80ec65eb42774cbe2c2a047c04de80b598f0fc7d5be1000e",
    "zh:83685292e129b820f47f33e832dac6bffd59ddc39ad0f3a4cac2b90f059ca662",
    "zh:82e471dee9a76c88d6efa82f4a51f2618b94a73bd05ef8f10c6bc4161bbe5190",
    "zh:739db071805b76d0d0c55440d19abc6bb1559f3e755c80944d7ce1b12b2461d3",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "5.21.8"
  constraints = "~> 5.0"
  hashes = [
    "h1:xcWpgllidONtXAYmzobVJgyqEyFobByWr5Iyw7/P2pM=",
    "zh:41f9e600ce9da3667b696efb7f4959b53c4f6ce2790df075c47b461de3fddcbc",
    "zh:dc49118fccf813dfccef821a00fad35a76a2a6397756ea3a13079e5dc9a9ab2a",
    "zh:e79adb3be52648c8d1345f87b81ed62f70d46f3d5ad5bdffb6f67b49a43929fc",
    "zh:6cdb6ac9e2e914ee85c471715aca33c1c642ba9ba74ca2cc8def079c53a46992",
    "zh:766487ded85307054928c6a96e5b1dbef3308e10b7658f97c56f14a9b01c9d09",
    "zh:c62a833a8b0cbbf3179269b614a4542bbe39576bc7dde10c184dbf74421fc36a",
    "zh:70377a9d732ae0e9610e3287037c19a153c01dbcd9814ed4915dc004afb08736",
    "zh:84ad5232931c3b5ed38c6c8931738cd5423cd78f2d2bad69326bcb1f899cafe5",
    "zh:a3f37e62bf245354b752fd0d509ceb774e33c1131a32b5e018d23ab381274ec9",
    "zh:507455072d291a598344d084f0ec23a7f79874995a6a0a1ab6c8583b8f307929",
  ]
}
