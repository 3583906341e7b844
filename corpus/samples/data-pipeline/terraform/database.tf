resource "aws_db_instance" "main" {
  identifier        = "data-pipeline"
  engine            = "postgres"
  username          = "app"
  password          = var.db_password
  kms_key_id        = aws_kms_key.db.arn
}

data "aws_secretsmanager_secret_version" "api" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:607623760631:secret:prod/data-pipeline/api-FfGvUE"
}

resource "random_password" "redis" {
  length  = 32
  special = true
}
