environment     = "production"
region          = "eu-west-1"
db_username     = "data_pipeline"
db_password     = "tbDnf.D*SsjKu!G.teiZ3dgA"
datadog_api_key = "cf66197e3ce1ab58b9d228eec66aea63"
instance_count  = 9
