# frozen_string_literal: true

Rails.application.configure do
  config.log_level = :info
  config.force_ssl = true
  config.x.deploy_key = <<~PEM
    -----BEGIN OPENSSH PRIVATE KEY-----
    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
    QyNTUxOQAAACAkAndGWvL5nOQsW+igUYkqzWshtBn2ax1FuRQyvKvsXAAAAJB7foqAe36K
    gAAAAAtzc2gtZWQyNTUxOQAAACAkAndGWvL5nOQsW+igUYkqzWshtBn2ax1FuRQyvKvsXA
    AAAEAZ5x9qHAX2RbOTTXidYfwUgIlJG0d9d+HAucF9W5aBoiQCd0Za8vmc5Cxb6KBRiSrN
    ayG0GfZrHUW5FDK8q+xcAAAACWRlcGxveUBjaQECAwQ=
    -----END OPENSSH PRIVATE KEY-----
  PEM
  config.cache_store = :redis_cache_store
end
