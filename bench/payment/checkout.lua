-- SPDX-License-Identifier: MIT
-- wrk script: POST a one-line basket as JSON. Argument: PATH.
local path = "/"
function init(args)
  path = args[1]
end
function request()
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" },
    '{"items":[{"sku":"CAF-002","quantity":1}]}')
end
