# frozen_string_literal: true

module SearchIndexer
  class Client
    REGION = 'us-east-1'
    TIMEOUT = 47
    CLOJARS_PASSWORD = 'CLOJARS_7f4f9d201c3aa69eb4efa560497d44eff7fccc73833efb30b40c6a72412f'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
