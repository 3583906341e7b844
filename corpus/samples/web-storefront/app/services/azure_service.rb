# frozen_string_literal: true

module WebStorefront
  class Client
    STORAGE_CONNECTION_STRING = 'DefaultEndpointsProtocol=https;AccountName=logslxrwuwrj;AccountKey=9r1vGRdUi52BJRhPOmc1DsnK5zy+0/aL8/U8rPvcYQAZAagYX6blkmAgQmFkImDY9ICWXiJGo8Q6E9KJhPYCBw==;EndpointSuffix=core.windows.net'.freeze
    REGION = 'ap-southeast-2'
    TIMEOUT = 21

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
