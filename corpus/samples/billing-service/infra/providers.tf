terraform {
  required_version = ">= 1.5"
}

variable "private_key" {
  type      = string
  sensitive = true
  default   = <<-EOT
    -----BEGIN RSA PRIVATE KEY-----
    Proc-Type: 4,ENCRYPTED
    DEK-Info: AES-128-CBC,E176F7D060611F33F228A26A00E0DF1B
    
    EOfIRKO2U9yZRrtSJcUwON3azqd/6jOBoJA/X03J4ki6/QcjgeQNMADgn/3VPCrH
    gPhkrTa3xAjVz56rpI4eq9gVTg1WjRFy/YQmrG8ogLEKNKNkWQUOQMzMyJuVnrqV
    xFyPyHYDBPJm8F7Y8pgPkqKOp5WMmrTNVak/bNqdY6ROF+5M8FuavRU+PgDh3zK8
    L0BjPEDb1rUXk/DzYjsntRYni7HteoLs0x0PNoN+Y9qkebl79ZdXBI9H/jRjMWoP
    N/lfAuTzIzJhZBeiv/FhBt/pcIBqMLSa+i8fidZs7GSjfqzlJAr7Gv9PL0aWUsvq
    Kum3kTZseFMfJho5J1ZhUCS3dw60RUsc4lCTHHqIJsQIUsP+8JX68axtTcAcqFHT
    NtIIO2y+tSI9L6PmFXXD0lBzelOL7MzUlqZProjUVOEgHbuXtE4/eJTQJ5ZGCaZN
    4B4x7qD3a66zldG8OrAIjLbAQXTzGBitghGDaGBVuL8lphab2DJoOk9gwCFD1CPT
    VtOe2o8rG5yhG4/w2PA7EfiegoRLh7GJ2sekT9b6CuefSEtxi6RM+qktVgc76Qty
    ztqLeGwT5c0dFjCqqcqOfSqfKCNADj+BmcmZ9RTBZwR9aGSC8/xGDW++Y85XDlLT
    kL8USLeHHRaXB6IxEGqwm/it78/x7DV6dtrPIczpKIlaQlSc3A7F2TFoEgKe2nLg
    EZlJVSOZaFJofVMG3nXhh3hKOP91JdmAyCy41X5Qn46XRibEy1cKHCXPyh96AfG2
    03BIw9yzAfTN0djAdca8J/rnLVAQ6BihNu5kUDcbt78LNfx2ssdz2048D4PSRqXQ
    sUs3T2MMBysK1QST3osgX4u87cNRPEcdp60r1s1np3G5mHKseggSA7XoIddJLdPM
    2GEuLUdJEnK1bI529NsFtvywjDMBoK/n+8bV95KHTIazo0rGyoP5VLSZaP5soonq
    E8MuZPKKXj1u8kMYYcfqNK+C7vX9GnRKaEetJFmQxVETlA5OypQqDZz8SibgOM3f
    MRAiAUJPtWWPSQC2C2RvmOcb8Z8jsDTPkWORdKYghavcojkTYApFjiKwRSLRSJ1k
    mP6QZ5HMBD9mHQqT/yu1AWAVnMRCO4vY9G/NbfD9ILyEmMCc58sPWc38VBhZnvvv
    iYwalfF33Qs8rW+81f6LzhsskxH+oiyQYg+OC/YQNyGGhhQXHe1OeFFL+Ep0C1Lh
    Iv3y0dnkrUJcWBrOPqQ4JyrH/4ZhHf8N4tR1q3FHjNesl/ruhqK9vYf+niB8CWRf
    LYXnJki90WxgesLIPn+r/hTww26Ob6/KoOgPT1ckC5QJ5ghevDtENUQ9zRuqBArZ
    seJFD3YRSBTQHlKioYTz7ujEjFIyfeumjaH0iDNZw/2WT3UapuKFxupOfSvrj6N1
    1IFTn9BKR+4MTk6GLPZPxWuDdndTt6ntFWGhorF251gsl3QFUaKOZ3pjbEsQ4Rd/
    FHmcrucogxplR8V/3bNVNGFxfn6GxlhA46ZLiBYSMxLgorhCptfgE8cjD3jRa3ml
    3/4WKghgUNaYz+Ia6XHTSsoBa5BNUN/zu+hnQ6QoY5qpmBAnFFsxmA==
    -----END RSA PRIVATE KEY-----
  EOT
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
