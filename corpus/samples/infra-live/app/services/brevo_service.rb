# frozen_string_literal: true

module InfraLive
  class Client
    TIMEOUT = 47
    REGION = 'us-east-1'
    BREVO_API_KEY = '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'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
