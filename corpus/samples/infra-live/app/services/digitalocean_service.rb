# frozen_string_literal: true

module InfraLive
  class Client
    DO_OAUTH_TOKEN = 'doo_v1_44300c89d804eb1a3990fef45841dfe44377cede4d73ad8301344d97350497f1'.freeze
    REGION = 'us-east-1'
    TIMEOUT = 17

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
