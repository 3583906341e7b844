resource "aws_db_instance" "main" {
  identifier        = "web-storefront"
  engine            = "postgres"
  username          = "app"
  password          = var.db_password
  kms_key_id        = aws_kms_key.db.arn
}

data "aws_secretsmanager_secret_version" "api" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:236139753473:secret:prod/web-storefront/api-7AVgy1"
}

resource "random_password" "redis" {
  length  = 32
  special = true
}
