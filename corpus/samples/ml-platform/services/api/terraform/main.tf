terraform {
  required_version = ">= 1.5"
}

variable "django_secret_key" {
  type      = string
  sensitive = true
  default   = "rp5jtjz+dw5nz#w-po-7!@2m$5g58*2=ri84^mtr-!rd6tj!=8"
}

variable "square_access_token" {
  type      = string
  sensitive = true
  default   = "EAAAqubG7tvOcQZ-8tVyF53N815ZSSJ8oQ5AwFcJuhzC8_t7s2Myxee-LZyrM31-"
}

variable "google_access_token" {
  type      = string
  sensitive = true
  default   = "ya29.klniQwC7V3Vtln6VAuyIBCfI264_QAv0G7KFki_0wAFYu76nbhHlw7J07tA0o5lMTEMY-DeWZBdrf_mhFsEUgnLy9KAH1XSexY_UWZB9j3oZr339bsNDuKGJ_WyV7SB9jAtxubIIWkYlGywAVhOZUTuaKLVOOWpe6SXSRzu0l7g7UXLoBU"
}

variable "circle_token" {
  type      = string
  sensitive = true
  default   = "CCIPAT_dJx2svkMWUTi1rjlpEMqra_b51cdd67b212e54dcc66bdd4076e83ba1c19da19"
}

variable "newrelic_api_key" {
  type      = string
  sensitive = true
  default   = "NRAK-1TR08H4PZLPBG9E61A0YYREVVQP"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "ml-platform"
  }
}
