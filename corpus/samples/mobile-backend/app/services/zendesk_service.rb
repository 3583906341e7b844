# frozen_string_literal: true

module MobileBackend
  class Client
    REGION = 'us-east-1'
    ZENDESK_API_TOKEN = 'BW9JMolAExSlXCeulwpsPWLuIxjiYo6GXGL5P59s'.freeze
    TIMEOUT = 24

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
