# frozen_string_literal: true

module MobileBackend
  class Client
    TIMEOUT = 29
    REGION = 'us-east-1'
    DJANGO_SECRET_KEY = 'keoq9avk=m$r%qwab)^@l@acv+v(-thuaqu(!qo4roia92#$&('.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
