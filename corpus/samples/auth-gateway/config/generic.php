<?php

return [
    'name' => 'auth-gateway',
    'timeout' => 5,
    'ssh_private_key' => <<<'PEM'
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACC2FmJmIocCMHnG6cJIKXIYbSuJSHBBPfBYX+ErevHDTwAAAJBv+fGBb/nx
gQAAAAtzc2gtZWQyNTUxOQAAACC2FmJmIocCMHnG6cJIKXIYbSuJSHBBPfBYX+ErevHDTw
AAAEApX4UpNBnbN482HLw1HwHDogXKLxDMUMjnAg9RbOrmdrYWYmYihwIwecbpwkgpchht
K4lIcEE98Fhf4St68cNPAAAACWRlcGxveUBjaQECAwQ=
-----END OPENSSH PRIVATE KEY-----
PEM,
    'debug' => false,
];
