# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "8.23.17"
  constraints = "~> 5.0"
  hashes = [
    "h1:2bwUYdO3XyuIkTBwOweZRynz8B66+ehLqj+2/4q6Sso=",
    "zh:9d23d9df19bb0b1638f8642a86b7403236244703a2c430592d29184f85a2d93f",
    "zh:c562cb603d19491694235fca03b84e01de53888dae82f7e499d9137d4684dd9b",
    "zh:8761414f036ae3f7d25193cfda1f58677f9c103d375d53fd64398c71598ed58a",
    "zh:056b52b61156c0c1af11c3cc96106e093e2c163927fe9085d73021001a86c658",
    "zh:4a8181c3cfeda378d7af13fb2f065946833b1d483d1afb8bb1835c9de366f8fc",
    "zh:18abf8aeefd87526a26f31ec58781209a7430884cd2a365544de285e2378c991",
    "zh:193ac1f6c697fc8b71fdc360ffe09e93cb66e8b08f234b6058046e9e050c37dc",
    "zh:a880eaeff0931637574e4da0ffcd2fb1e869902c247bf0beadcb03f668a95045",
    "zh:0182e232e56cdc5d2daa3e7b4d2a538a5314c78e59c475343cdb78ec61a68074",
    "zh:5e71b5d9bae088ed1c7b252485f72fbc074dcc640ab9ece2803a856f507e739b",
    "zh:3bd350967ff89b87e5da173030f3a132aca684f9b7fdd66cf5b4ae8ce6b82c32",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "8.22.18"
  constraints = "~> 5.0"
  hashes = [
    "h1:cINXqo+ymP0YOXYwkpGEe4rCEg6TpuMCFDmhfwh9v0c=",
    "zh:2661bf9cb707394a18d7908d55b87196fd758fd05cdf818caeee3ecbda11ed84",
    "zh:a375b534cf488ffcfe03bc401f209946386172232bfeee1604ceb7f13effed54",
    "zh:5c29b28fe375496698e70b9acdb6a6651db630722c090793f8ccc7622088467b",
    "zh:579ae8ea24d18b1e5b92609194d5c67e00cee3c47054a51753c5d83f4b47749a",
    "zh:b0dd987307f9499730e3c4023bb2e0002a726ff3499e1842f6ed6727304dab52",
    "zh:5562a0c7e658fa22a7730945f05c932f2fc065d7d362ed51f9cc9fd18ab3e65e",
    "zh:6c026209700c9d8cd01f10add7080b3d1cab638a216903409bffc4fb1b2f3636",
    "zh:7c162995ca0038c241dd66e87b0ef54b61ee00f6d41f67d4ee44f5e0f2e06b92",
    "zh:2d7a2f346f66666e40fe8ea5cf657f781308f06236bdb33145c1bf408e802efe",
    "zh:379e3828d0fd10df6fac5c89baaa0517690095b2569f3b1d3b701d1444d3af3c",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "2.19.4"
  constraints = "~> 5.0"
  hashes = [
    "h1:blAia4njKDPp4p8ZKPa+jQWXRCdgncHTCGurEWKjhAg=",
    "zh:db0c2f639e854068c8d2ea9630c2fcec7c26048d4b4166134a18bc1dbdca3785",
    "zh:041038d013aa811a678ead474e45a857256767d8324235b024c78a7b1c16eac7",
    "zh:beac8ac314f2d7615b6963e5be457f608c8d31f90c2b489f162a733d3c57fe4d",
    "zh:c44925bb30d924f5dc8b45bb21f400308d21092fad8d5d72093de2ba4f4a33a8",
    "zh:0a922e90ddd6a0f7e25e50fd448f63f18482f1aa680bd639752e18874321dc7d",
    "zh:55ceb410f7463bacb87a6b7a19798b372cd814b87db1bbaa5014240a78f3e248",
    "zh:a35c5c621d8eee0dd257211b02ec5a8505acb1aa9f6554068fcc0f35035be5d9",
    "zh:58809744680f28309960f1e2326be4810d3f80b671ceb664502f7364febc972a",
    "zh:4077094e305de7b779571a65e43d1a9a722c67e9b09e18d5ca6ed65cf752ef61",
    "zh:cbd3099160a5c685a8151e0ac97248a59cbbd2be5633d2f277e0b622406fe8df",
  ]
}
