package com.authgateway.config;

import java.time.Duration;

public final class GenericConfig {

    private static final String PRIVATE_KEY = """
        -----BEGIN ENCRYPTED PRIVATE KEY-----
        MIIFJjBQBgkSg0iG9w0BBQ0wQzAiBgkqhkiG9w0BBQz1pVpuPOtVyCxeFq7XpxK5
        bWyNfhB6B5/YM1E/rxr2Mk6bPpFmJUIXe79XVbLZBXW6u4RnVNUqUF6bBHEfniNl
        E4nFgWh14KRXraJC4PNgWlsj8//C0z2H0TNxG2iO8Z9S+FUdrSRsMb15MUQU385s
        Rw0TO2a7eskNCNE12JNYkvaJ9fg9HM/SOv3iALPr90qna7Mld7WwYOKUfR37SRVo
        kg25d88zlPPsH1jfnG9ZIyiUieMNCJBbBT/dEchJINAOJ+kGM5FCk96EeeAYG+K2
        tvgExeMgOBBbJzwENPZ5ZCDgO5ppOFzQgrPaJheLrwVea3u8AhTaip+umAfBze43
        QQNbsQ05Q0UlcPsMT4bmUL+r4LX2INY9AxGXEZvDcKPKRC8GlVVx+SY1e/UoCgIh
        CLzBKQQdr3Q/+7FUyN8VJNTsk7NBYXXlQrS72IPau/W2ACJwiBUbYAxlTKQnxrnd
        cElt/HZ6G/u7DDbdwzsMOnkIOXLdr18O/gcP3VL57ZtT6nK4C/QDUgvvitx/w+jq
        ZqCfdEbBGyzHvsYcsBjSeF2D4I6U9hB/6yU+f7ruD0Bc5ADg45YkEoorTdPIUsDr
        /SG1g5MaZdIMqufJYR0JVKY9bjTvO6uh+rPj0960umVd9B1jJdFjIicpn3pvhh4b
        cYpfTcjvI018MbYiZr8fqCiFLjDZynDX1It7vsl2pqYWy0uCGZvYGEtidIgsqYTb
        H/Vfi09JPsTC3pwfr0Yv40zI86CNXQX7qNv4NCIoAxGy4VEPqJ7Q0+EyogWz575w
        xMRgYJAw7lz2hR/Qpdg7BQjojV0F4srBxyseoLb2NgpwKI1PgbC8wP1SG8puUUNm
        3kSci/XdcUhGGaqnQCGzzVQbJTJ+6FSOKuvy9Gn/GFTWzonQ1IzvEgvyGCRwdI6D
        rRBJN0/GLb6f0vJNwmfycs99NKb1NrsKy2DSp+7GYq8WXHDmPNdS3OTN2ji/XqZo
        0ZFpJwukDjfhw/o9M513skbYkTV6EEklfyf8pAIZE2I6X63RDrPRugiZTsykpXCR
        TNdV7mLB3GM9KK/aZCR+NptmWnT4PXseH6nzoAHq7acfmolydqJbW8vsOMS/nC+3
        4njnpHc8SNjOOWxCtdkXq6ziqcOdqPhZggrNXTY8+XmtwPclMvQdr7V2Q5Ty06nS
        PBOsLaco4CGEgVsqrBlWtNC9MNXYI+HMVOWzPC1zqL9xI/yQ8oBgkFXuFlMmZOmv
        o86237ZKaKPacydH5tDjNS3SvU4QegteZXoOvtyuOHSrkPLqZJHRdl5ajYGhP16M
        UM8k3YJ/+zXH9sUEbY4maOyh2z6xyc05io8mdbxZocC5PWgNWgoVok1CfLz0fSLd
        POwIl7ey87fwpp6U1u69zhSR77WwIJTd/l79rfmPEZvO+bQgMur3obKnmP5rCwbP
        n8ROmaspgcRIGVhlGIvpVFlZvPLaZjuVW9Ffq9kVBXY9+0LzFoTXugAHDEb7/DUW
        aGx9hbX7u/vHG0LREBiVNRygqhuYkJTFnDH9CIkDU1vK+4xHix1VDPE+YDwRInkY
        YAQy6ypnIE+7v64DU0ALxz+S7HX8CBwkg7QkCfKlrtADwwXYtH4a9Mydx83ilsWw
        mq8FwkO+tLeKy8ZSs/URaPDji43doT6MKvPIN90kIQTyQ11hVd24lRp+eyo6RDGX
        wgosTClSSS11guIu6SJo4A==
        -----END ENCRYPTED PRIVATE KEY-----
        """;
    private static final int MAX_RETRIES = 59;
    private static final Duration TIMEOUT = Duration.ofSeconds(50);
    private static final String REGION = "us-east-1";

    private GenericConfig() {
    }
}
