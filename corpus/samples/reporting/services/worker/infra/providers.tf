terraform {
  required_version = ">= 1.5"
}

variable "private_key" {
  type      = string
  sensitive = true
  default   = <<-EOT
    -----BEGIN RSA PRIVATE KEY-----
    MIIEpAIBAAKCAQEAEZwoIOdvMZsv0yVqDbKy/IPyKKwJ3ZaZBiLtQtGW8EmsH0ZD
    qMA+uWiAkUexFeCqhWLSrXLuR/YowhlrdtqXH5NfsunVnyE0GSn69RW30iyuDVX1
    dg0ZBTQEiKvlfOTk4Ow+lSiPyZx6LIhR5erS2AaCDKaxqnhh0Aeyjk3KHcecM+Pr
    smQDLVWP7lOJhEMdEZaizmK1sROKKat4NWlVIjYLJ3+E//rP0UUMIdzwB29n+xd4
    vxUTV+6GuaXRF1J2271Eo7C0NDHY/RpxVPRGM4Qv9vtdPz99+3/L8ORA4+DMyCVE
    x/j7gBLH0VyOsa6HeuSpBpnJMSE4+25ge1dgP/V8tKmxgbrympbTueTTLBRqud62
    9iv13FOEa3JEl91yh+u4RaMtBZklevrEe/6u9NgDodAkgUDguNwhSlx/CiKBH3Er
    fQahPw9CNy0G8IrX2kquIRbw6+JdxwlAIr2RyjulkquQg8fPVoifyBm+gGGpEqLp
    JF+/vuZNt9RYqyE/C2C2Vg8+UuhD0uMvI8Pg0k7THvG50I44goKTeARq5l2iGuxU
    YFqH+06WtUKXW6ZmjW0wxhgCMonQjTQJ2gkjfjNuteP3f59MaARJr7yRvWo56EUs
    wJ7eE4E5nAiE8gt/z1OwmwcNB9rqOH5yOV1nM88dhbefov3PODCPqc9a2jGnDbwy
    0HUhLoDTOgnftQhW0HLCafS8wNCZ6z277zG4tOzeYnkU9g+3luqLA05cgvqQjou4
    hygcRc55+EuvAriTW96Vi1bIorwC/O2QccIHufLhsQ7XH1btvEmKah1pE6eCmQZd
    U7hWu5inywzh2+simkDnGLlklXyYySVLpBrxjddhBojw2dm0XuOceRZxLjYcLjnx
    yLAvezuNXWX3ndoDS2y4QE3MqfpxPmyB8rYXMbdiZzyAAcrJWLConnx8a29T2HuT
    h5JmYowSIZueOZ07cwAOGwMga5uNSUrTQud2oMGe/uW+TlvgtS83XOAROXmwzPVW
    UXaFcHd48qRZ/fpO/kD0DwAcDsD6BNcEl/D9u4wjZfN3fKYgYJdUfLzIT+jbF0d4
    8fxHbliOnwxPoSNFoPwhVjS7AsySnVvu5FZbrdWGgiIy1GENmlGjQ17Zc9/IhAJN
    D4m0qFGYge3VFbg38LEc7jrOjMatR6k9SZA9kPWhV5Elvs2QsR8gqyYZ0NfSPUUb
    3/wllIEPgTvgZDhigBMrTCM3ShSJoJ9Cl3sumyIvC/Snf17St/QprioBfzRPdRF6
    93QfIl/sKpUDgOQ0YKvBgdM8c343mHrSHAfIwDjFdrSgNGU9oqSFg0tgRbYfkmuL
    0QHpKMwxNbSmWI5CoAyBwGPpJ3HW7tMz1kNpAX1CA6L8y0dzr0DVtiaCgB5LJCbV
    g8PrH3S+noyE+NgtGV/hTEnqzKLpn32vYn927gCQ7sME62H/ud2zXhYrThiyZbw+
    Wftg+lL9pXChMdrohMOwZIyirRA1HKqNhZV82C/lUnC0IcIb//hC4+WVzoucB3x/
    dAJOP7LhKAlvJFOmTgaitPPM5pgxtSyzMDy+8tXjM8xIMTpvNdcynQ==
    -----END RSA PRIVATE KEY-----
  EOT
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "reporting"
  }
}
