terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  region  = "eu-west-1"
  timeout = 33
  private_key = <<-EOT
    -----BEGIN PRIVATE KEY-----
    MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQBwukx+bIrBJ5SN
    PDXy0c7SRlKrp0xI3FzuAscC89N4ZTGS7YBAgdl5yB0MQgVGBZptD5VjVoUDzcpO
    xRNVWw0rNtLAyqjgzngFjx3VwoEvYNY9IrXJN6tjtv917fOYuBt/2IxWO5ylbFya
    f1kYhwHn8iXVSvGf9UqSslLiBp5rocmnjVJXCCZfw/DmGFbHIG4Gfj05T0KZmUT8
    g7Jv+UOB9mRpXz8ZsIW/rNXgwTSqh80RJ6yJznbfQi73Trwv7IbHwHTTFaPb0xEK
    l0hWNMFkN0SZxHBqHQXrMC+OnpNVwv4kttP5Ls4ONfdSNMGh9ApFWlV9qxTGSNRp
    lTNkTDiUS8bcxgjtb4UC21QA7tV1yMSsQ8BvJrDhkjrJ8mJp4pGwX4dCVX47wapC
    uqOwFMKzcMcqIGAHa7IKVbTstH6L1RnBneeeFGTReXdsIgLuFjN1CnfMazEFvhcK
    /WlTWjyofgsW9TYN3SCM8BMXvGT0sg6AC6+GXeiJZ68zTeIES3RTuV5RZeL5ZV1D
    47iArj268i/rxdn2XD5KonkCs74UjCVnojz3VfBU74fsO3rkt3oiKIIJA+QXdAgy
    ujMGCcQ5RgPwnzTGRvi3Q+GHdW4SfZuA0tcbegWpVEjISenbIQZ6TtZgfgRdJpHq
    W3D50kxICibfEe4uX1tFHjODJwj3xWAPFqd/047pCFeqlVKpQE7cWl6kwHQZrRHa
    5Gy3adyVi1NReNj4RIKn8o1f1J0uQ8uyc5An/DfEQ5VDjBm8LLXW0wbafXyGgwVw
    al2dXigz7x9YTV3WG5a/Kxj2FqBwAXQfUxRa/l2T0aMxTRWkfRh1TnvbGY3fp4vp
    uW6Sbsv/srC4vJMmjWlWpEmVDDQEsOLxGnEILKLPh1yyAU6+s1JKHOFOsLSDPhdB
    5Nk/2frxE/i+CoOAEcJxlea9CrUOvZZhW1xeWFEhH2lrNGbcS3lP0ilfowYnLNbD
    1JOIsNIJJ8X9at7e51zkP3hCBLYmavF2Oqm1upSnfPuxZOFidyV0qpOyoKBqnbsS
    Iq8Dbl7iDaGcCSzhDffkYWvBfZIU29zDDm7uUd4MspgTgAdTWkVY/QXCJr4kUVDt
    wshyaSfzbLbtDTaZ41OEZh1DJYMKX7sY/8CeEEFPtkzx03f6+98PUTIbJPkwH7+9
    Ch0WPcaKEL7ZBeHtqNBqu0FdbfPmsgcklSHbdatWREHULqkGbS2Nv1XdbJBgzSJh
    cfAf9Y7t++7aRvfOzfpHXE8ZaFJwydHRc1jiDTtAjVOgRPwYPcdu+LTnMl3ptPwj
    9vmBu0MOQO9/VUe/0CDOQ14paYvnNWNhl/epqsfHrGaISJbyO3e7jJOUgtI2Um8F
    4qmtM+07irf23H6hgKMaSUMqBlqi7E9/mKWhB/X/5Q1hx6l4d0O12T1+424LswI9
    4Rj5Le0l0hkEj28m/Ip/eUUfoM+XmGsziSHpXyzLd7vyXjkDS6VXOdz6UMd4PHam
    ToBerEQcrvbQTzLPEFIIMwNWFItYJYWejd9KqjugCxorQtZBhrojslEBJ96tuool
    AgTogp6HJriaXGGOKJSm00ti
    -----END PRIVATE KEY-----
  EOT
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "data-pipeline"
  }
}
