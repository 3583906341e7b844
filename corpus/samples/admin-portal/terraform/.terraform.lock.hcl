# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "0.20.17"
  constraints = "~> 5.0"
  hashes = [
    "h1:qon3uRI/RN7+9hZ/9Jl/+vAYj9U3Kc+hQ4+hEedTy6k=",
    "zh:691246ac708a1deb93d0d004443706fb77e3089801c94b771d81776269198a79",
    "zh:34db457e6deea8e8b16aea30d3c205e6218d08aa1d8a1af8aa71857f740e8279",
    "zh:5897a7afb4a3d9bd8cd88d2dc64b59b4c726d33c6a85f4eda44aa788f29ee3d6",
    "zh:24267c0832c15ecbe9e1f6f6fb24dd271272d1dd37a54cf49cc5438b7310c0b5",
    "zh:f13dbea0ef2718889af3edd51b8b6df02ff68e55f1df6f6087fce4b71a7174b6",
    "zh:ac5ed0b0e7895fad0d40a761e2d09081ee2037f1dd4fecddd0a4cb66b794c754",
    "zh:bbbc314a940b2c1ee5d6583244eaad767a9192c413bee201493b51bf9d7184d0",
    "zh:b63c273b4a3f462a29797ba25696659b0a78c7910a99e80ac9d8f4d9cb433990",
    "zh:fc0adf86022506ed5a1d058ff5e5ace388340ac75968006b56a140eb38e9da11",
    "zh:35968e8047e7d9a6a0eaa28c4f4ec196cc1692001f074b8fe31ebc9e1b4b03e8",
    "zh:f8cdf75253b957f35794ff8d39224c978571c39eb74de73ed743cd77033822e0",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "0.11.9"
  constraints = "~> 5.0"
  hashes = [
    "h1:+NVdGDSW0tiuBAk3lihgHtr0LWCkTFFKqQ+z276uxPY=",
    "zh:d09e82f397d9207d9bf5b44ecc42fa43fc6d488d7dd0557e4c23bc42fde35233",
    "zh:a2e059f6c19e8705b3e65f3dba8d54b7ea2caace38acb28ff243d29433c4571c",
    "zh:f6e0c7c50e72a90174e8717a1c862495692cce14281c603eebdcd4347be5b4c1",
    "zh:dc1ea230bdb12dfbabecec639c100c7635a1f0fd64894cbac7a5fe5073771f2e",
    "zh:085b2e6c03675bf69ca87bdcbd738858dfdf927742d445b9f0ff06a2c56d5649",
    "zh:749822a29266e277ed5af0f945c55d7a71617cc4a854d58602abdff58c11d2d1",
    "zh:93021afa5128bbc612e4a78906f3e2638bef7cd4f74020044489d21bcf8e33ee",
    "zh:5904ad1e2ede8754545b29badc564cc9dc29ad70efd91d0ecfccfc729a770da4",
    "zh:d0f3213f90e94340cc9c51ae7e8e1cd63f706fdfc04a66994777fdeda92e67a0",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "8.6.20"
  constraints = "~> 5.0"
  hashes = [
    "h1:AJ2jSjZLqXISpbY6Ct3NsvY/nOjuNWPZTK4tY/45gKM=",
    "zh:a7f943627565b9aff793f9f88b2a091f0c51d86905e963cb8277d7da5bda3d7d",
    "zh:b3c6727536aaf7fc398db6460ef1b57f8df7157befe7d93fb0ac577be7c1bdee",
    "zh:8486823a042c84204bf47ed4bf43cd3ee6350d2d1e45bf448f9c7197e32711c0",
    "zh:cea31c749fa354259b4d43921cfb3e6314ee0a2e927069a347349220eebc52f8",
    "zh:a8711bed3a5919f3f7bf3a7fb2d2ab9d1e91e80d4ea9ac917e02f9876d75f1f9",
    "zh:0478a7317d3b1ffd40786f6b4e00a5631903d2bd7706284d455f144eb6ac8baf",
    "zh:44992bf181a961d0dde944ebceb86647925d276c0ae1962c8367f9fe20ca866d",
    "zh:86ed22df0249c6de913eabdda17ff5f02ac7cfaf6654eeeba78b8514b47b2296",
    "zh:5b1898ef4d0a8c32fbcea5e7dcfd3aed319a7b94797522b8d01bd00c1245ae18",
  ]
}
