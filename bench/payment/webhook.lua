-- SPDX-License-Identifier: MIT
-- wrk script: POSTs pre-signed webhook deliveries, each thread walking its own slice of the file
-- so no event id repeats across threads. Arguments: FILE PATH THREADS.
local events = {}
local next_index = 0
local stride = 1
local path = "/"
local thread_counter = 0

function setup(thread)
  thread:set("thread_id", thread_counter)
  thread_counter = thread_counter + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local tab = line:find("\t", 1, true)
    events[#events + 1] = { line:sub(1, tab - 1), line:sub(tab + 1) }
  end
  path = args[2]
  stride = tonumber(args[3])
  next_index = thread_id
end

function request()
  local e = events[(next_index % #events) + 1]
  next_index = next_index + stride
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Stripe-Signature"] = e[1] }, e[2])
end
