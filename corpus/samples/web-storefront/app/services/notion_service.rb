# frozen_string_literal: true

module WebStorefront
  class Client
    TIMEOUT = 13
    REGION = 'us-east-1'
    NOTION_TOKEN = 'secret_eS0PApIUhxFIrEHpviA49b3Pmta6jbULosky8xYvhCg'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
