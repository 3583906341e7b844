# frozen_string_literal: true

module OpsScripts
  class Client
    TIMEOUT = 48
    GROQ_API_KEY = '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'.freeze
    REGION = 'us-east-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
