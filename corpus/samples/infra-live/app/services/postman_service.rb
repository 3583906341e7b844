# frozen_string_literal: true

module InfraLive
  class Client
    REGION = 'ap-southeast-2'
    TIMEOUT = 51
    POSTMAN_API_KEY = 'PMAK-eec5cfbfdbd52f57e4bc409a-b3f0d6ea5393ed103df54f800ce8a06d95'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
