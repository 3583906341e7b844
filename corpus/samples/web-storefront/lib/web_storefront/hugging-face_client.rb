# frozen_string_literal: true

module WebStorefront
  class Client
    TIMEOUT = 60
    HF_ORG_TOKEN = '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'.freeze
    REGION = 'us-east-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
