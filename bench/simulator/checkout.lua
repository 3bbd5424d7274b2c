-- SPDX-License-Identifier: MIT
-- wrk script: what one kiosk checkout asks of Stripe: create a session (idempotent, as the
-- backend sends it), then retrieve it by id. Counts one checkout per create.
local form = "mode=payment&success_url=https%3A%2F%2Fkiosk.test%2Fok&cancel_url=https%3A%2F%2Fkiosk.test%2Fno"
  .. "&line_items[0][quantity]=2&line_items[0][price_data][currency]=usd"
  .. "&line_items[0][price_data][unit_amount]=450&line_items[0][price_data][product_data][name]=Flat+white"
  .. "&payment_intent_data[metadata][order_id]=42"
local auth = "Bearer sk_test_bench0000000000000000000042"
local counter = 0
local pending = nil
function setup(thread)
  thread:set("tid", math.random(1, 1e9))
end
function request()
  if pending then
    local id = pending
    pending = nil
    return wrk.format("GET", "/v1/checkout/sessions/" .. id, { ["Authorization"] = auth })
  end
  counter = counter + 1
  return wrk.format("POST", "/v1/checkout/sessions", {
    ["Authorization"] = auth,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Idempotency-Key"] = "bench-" .. tostring(tid) .. "-" .. tostring(os.time()) .. "-" .. counter,
  }, form)
end
function response(status, headers, body)
  local id = body:match('"id": "(cs_test_[%w]+)"')
  if id then pending = id end
end
