# frozen_string_literal: true

module MlPlatform
  class Client
    REDIS_URL = 'redis://default:VkTx3sbTRTZY06rbnLGhef452w@redis-nd7hm3.cache.internal:6379/0'.freeze
    TIMEOUT = 47

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
