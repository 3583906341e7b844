# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "2.19.20"
  constraints = "~> 5.0"
  hashes = [
    "h1:x/EnMQ3upnl2Fb2RfD46WMgFGsHRYR1X76s1vjDSQmw=",
    "zh:f2c6c496c493600a4587ddda85ee49a1d607782616ad976d8a8d0befa25656c0",
    "zh:4e90dbce3ba45e8c37a186b809253aad4892900aa879598a18bff78e0e9c45da",
    "zh:55eda194c55aa8405a90f967404255068774364def4c0f79c36beb1275e15952",
    "zh:4654d56ed4798765018f8fc808d4a8cbf5c73726a9441100aab5867c46f3e2fa",
    "zh:1b46d98d482ce0cf2f21d9cb36f65661e243cde6f29a908803905bd6fa4ef1b7",
    "zh:426d28d2f9991a9a06ee213e6922f9f23e775f0b71e529ac1b5840cc1c5c1e6f",
    "zh:29396fb4fe56f3d2b8b310896383de91c3c59dca9f5e752b36f04b0d20ae14da",
    "zh:82b49188dc43813fff2e267c756bf2396b689493b8ddcedc561d785e833cbf2f",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.4.16"
  constraints = "~> 5.0"
  hashes = [
    "h1:ILZIJX6ILRRx20DTzbu8zARmvvSpgW8fCLCU1jsy67Y=",
    "zh:762f5c16c0fbeff718395ecd602b0a7912634779596dd79f4a7e44208cdfa818",
    "zh:9e2e82e6e4745f942d96b1ec9d3f3469622d8c76430418117e85ff89d56f5d56",
    "zh:5b2e09b4c94b70f3f43fc68238d1269ddf4374e305c938e4069fadfe55a58963",
    "zh:2613fcc69a45399369c12f564bee672f0c1dd16fbd3d30ea91552d9734159b94",
    "zh:7020f63ec6b2519034ec3ced2cf8e6517f5f6dbf23efba7a87c95fa0310e8d94",
    "zh:e0f8f33c0e6ccea57f67b5187c9ed71f21127c518bd391b63074319219e4b4aa",
    "zh:8765a0f3f9603c1dfa590b6619a69542d997e6b33cba237bc4f7ba1b51407149",
    "zh:d336933e18c5215cbdd89b7c7b9f6a89d4b07a980cb0c9d1c9dcefe300273aa0",
    "zh:673160aacb91f688a478d7bb884c929ebbffe61074b40ad3f7330f1d204d6d92",
    "zh:da19fe7273f93e91f50eb8917fdd41dd23923c43d2a38740e53b90bb6598109e",
    "zh:d7bbfe1b0ec45ede9d1bc4d4b280fdfb11dc716dac5f13b6b38e3b9fbb12a025",
    "zh:a767ccea2b337d028cc74448e311f1aaca91d2f53bae939bb42eb517f557248f",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "0.3.12"
  constraints = "~> 5.0"
  hashes = [
    "h1:BjlzxGw4S/kutW6in02ICqpSzpdedAbLjPoHOUeYAXc=",
    "zh:425fb4378985e4a9b83d33fcba9a9709d18d4cff2fc8cfc957008996e5e580ac",
    "zh:6a48efe3c2bedf5490d8379c607fe1ad7f141d07f878fd7060c040abd22ee0bc",
    "zh:1374e031fe73740a1b79570d186bf01692abf058cd133e51fcc2cdc744c49140",
    "zh:98e98e5708fcef8171bdbc0399330382d6449d8214f6790acdd8d84460e8e806",
    "zh:8c278726af15b75d31cf049788add03d3045f8d5c648d70728029a1c44b79021",
    "zh:1cf6c9a6ed558e89ce2199a344eab979c487a6e77c636e728f331bc8e40b6c89",
    "zh:1f2a71c8a7413a054b876df243d5680d1b5b5f42d322b9d739c92569a7c69306",
    "zh:ac77d9202eb14216f9c339cd78857c79206b4a05be60568c5021ad9e9c5880bd",
    "zh:07b4593e12a276feb6951a91fd802707f34d7f9627278aa1c9c8dac0ca4ba0af",
  ]
}
