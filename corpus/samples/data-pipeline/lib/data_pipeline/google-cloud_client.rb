# frozen_string_literal: true

module DataPipeline
  class Client
    REGION = 'us-east-1'
    GOOGLE_ACCESS_TOKEN = 'ya29.naBTfEdh3si9LcNdbISjo0HyMhHI_FXLtY27aKMXZiXbtHo6qbsyigvSD8GeO40ngdZMAyvI9Vibi4wJWIe48vHU-OsE_oLoihsNk1qt7KJX-NO3SK8eWNe5WM6u3UtAy0NPtcGCPQiVPXKMhdKrl2Yx2Oqo1J7KE82ejEubOrX7LDQK7fVX8PyW'.freeze
    TIMEOUT = 48

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
