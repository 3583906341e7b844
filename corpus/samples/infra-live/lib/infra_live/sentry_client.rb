# frozen_string_literal: true

module InfraLive
  class Client
    TIMEOUT = 20
    REGION = 'us-east-1'
    SENTRY_AUTH_TOKEN = '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'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
