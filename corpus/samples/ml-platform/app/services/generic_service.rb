# frozen_string_literal: true

module MlPlatform
  class Client
    TIMEOUT = 44
    REGION = 'us-east-1'
    PRIVATE_KEY = <<~PEM
      -----BEGIN ENCRYPTED PRIVATE KEY-----
      MIIFJjBQBgkSg0iG9w0BBQ0wQzAiBgkqhkiG9w0BBQw6kIK5mAm22bIg0NxS1nMk
      JZbt2/uuyLxlPl716OO0kyRJFs2gQmg1Hc/d3VORdirVWmk16/iC5yl44UtWX0pO
      nIGbRCRMPrSNLKAHWCGCSVcEC7wulAZRWvZ98KlgYGOerDuBolVa8q1z7VBAD+1c
      zlfUGu8MdjB6oJrF6cMp1WSzu9b6naf7VImQUA1ZA1hWuU2IWF3ShyjoC00C8vEK
      6lYlahoCE7QUtsi/3Vl1iYl+FjybC5b9yqUYxfJlm6Xx0aRhZxXvKA6S6TYh6Wui
      lG43c7uLPOfbzN5rZ6W42mpfTSDabjS9Q1ThM3ucqVdwZ/JdBiJwnohXlmUa48P6
      EKAFSHWdNzRLuUeoIMEJWFB3yN1q7FfMwdZ2PDoOe2M6BkhbIV43j9n5zb1SH7Us
      9xpH4ZXJIfLUI69BNa+H3JPExZWxL49sAIOy4Rg7BDxS8Q3Z9WGvnKOQKRrp8/5s
      gziFHNgXRa8vEcQLDQ1w8PLtjGkBgBaP/EqCIqUCTDGQpEFg/z0zpCFih5hdCYlW
      UUhZZaMDa9XTrgzBnr5U/97/BX3t3trxwz94cBxZW+EDjZQN2OSAx13E0m9I/zFQ
      c9GdJ7g5o9PTEzGK9TDfxhDX4MIZoOFTRY5rYJHgRQPJ9oTq+UEIivZTCZau3Q67
      S7sEmVyTMCZBGvt4BvurDivY9Fo8oqtRtL98pyqTuiclAhIyB2xWwba0OYyPDhr8
      VCAr7VmgkX/WIFwIzD9lXwqilKESth5IPTDi6W6Sq82Cm/cDrzT9To6e2sRHX+P1
      hZ5UuDhGufiP9UH/MIumNi9F8MsLGLfORNxpxXdse0atHL7abrKBZGZ2i99u8gPW
      jVwucISZSXx14JJUbmo03EvehVN7cXEkO7X/pF9puvmRKY1apeyqgrOEIno/uFNe
      kvA1Y095uomF394qo4en+VypTpF7r4FR6flsT0mbdEOsLe0GbRceuk+0AaN4G2hv
      jw2jRtjmYHjViWsi7feCpmSL4vupAtNilEAOB6yzdsOQa7rX773fzDb0YkhFTmZY
      TIiKgUNvAE2qVioFRYUYM9LAybmtzDQysyf4J6J07y4U1cTy04vMNy8tUBZ7pmo8
      zC4xrnnENItldCKTYQxMtK5BqRL9tWqYPzyMxnM2CdjunNrMRbvxZknOosI2R0MM
      tGrE3Ir/dFaAa2VOECDG3y/EacPBknZu8lqRP7OpppVWsYE1C9CRISDKSePTnVQa
      1v7Kt3cUsDQOyLO+nTdjxzfseXcoaebBmxHZLHunT2oqkJkYtW0VebFJdINEZuCd
      WLFFI31Rwg3q9nE8j9mvx3jVR8eplyA06BJSjXbpZkE46XsmXMkt/9ySUSGVZCmw
      bV7CfIB7lo6OBEgx8fSW1QJoGTXrJhVDwfVlNEIZ2E/uNHO56zhlgL3zja80tJak
      TlmOuZTHB4WAfS6kHVi0095eeWkQiFpCrJZITGT3BePv8vFXCy54b5t9POorRevW
      WRMrHcSagJaTr8cOg4ZIh6BB8zvmhi0TWTb64VXrdwquI36kMUM97rdOpVQ6vW5a
      QvgU0umb/Hy3LB7+RzxOZl8zpGZLQ+F2zHO98pYBrmiyTEWXZdybZnYDpmoC2d3s
      d+v9v+90mJdIhrH1xXhW6NLltzeRU8mAk5IDg9GxbtjiB3UW7F3FO9XSCqkLTQzr
      opEafwmBdPEeHwSKgXc29g==
      -----END ENCRYPTED PRIVATE KEY-----
    PEM

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
