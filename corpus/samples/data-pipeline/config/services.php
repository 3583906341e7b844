<?php

return [
    'name' => 'data-pipeline',
    'debug' => false,
    'region' => 'us-east-1',
    'aws_access_key_id' => 'ASIAXXQMPVUJEHVIH5SO',
    'aws_session_token' => 'IQoJb3JpZ2luX2VjJuYlqZfbZRfPfG3AC5voXXjwYR136LOY7qDUJ5BPcdyQo/M8MpQRX2X8zGaeQ0Z6luc+/RZnfL4hWXBGm1bYMfUcmMZEaOjHpqmBYyWwTu8wHnxIPopHTsDmmgvxpZVZQJutQUgtcAE5Ar9CF5wUbY+Il/sc8ufbM4xVSyBDA9nU/txXQYC64Ez3zgLBdHefr/My8E7NGqXKMvWHq+K28xzoEn3fttUIvBYVQYUEOyZFCQfVX36wc5TZqoPMIaakRG31ByFNlDh0E1CU4Ixp3MWhaqd1YdKs/U3VX/ju9r+DFxKZ5Qwb6yGeNqKdozHvnDX8LkvI29rtGfMJ0rpi7Q3BX/LZdXDVM2o12d9KXzBOL5pN2oDzpxAtbuJNx2HIuedjY+yWbDk2NZGgogIV6KaFXidUkyjlhvzsaCRHvJZqmt90i12rpvY7q3BRLeHN+Zog7Eb8wLKnor8S1iRyc4QFMe87fG7+DXI4MJkMm7aBpDBUuZEHV0JsfmSDNPl+vbTWu27BSG+z8XOoXQatdZxu7TopUrc0OEDLpha43sqLWrAeQlLf/ZvAijP==',
    'timeout' => 46,
    'aws_secret_access_key' => 'fnX7UQcwb52LhzeeaQwdEzFFlmJl4CYXARuI4rGN',
];
