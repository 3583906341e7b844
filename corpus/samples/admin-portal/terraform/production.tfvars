environment     = "production"
region          = "eu-west-1"
db_username     = "admin_portal"
db_password     = "~9ltNdyU+5EY.!VJBq"
datadog_api_key = "b94eea73b5aa524a0307c12445b9235b"
instance_count  = 8
