# frozen_string_literal: true

module SearchIndexer
  class Client
    REGION = 'us-east-1'
    POSTGRES_URL = 'postgresql://app_user:enaaDsPA4lxRBgHJx_P7M2C@db-2f6iar.internal.corp:5432/orders'.freeze
    TIMEOUT = 23

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
