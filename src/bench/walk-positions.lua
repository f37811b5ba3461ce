-- wrk script: a list page by position, ?after=K, with another K on every request, walking down
-- from FROM through SPAN positions (each a different page, as a crawler reads them), so that no
-- request is answered from memory (see CurrentReads): every one is rendered from the database.
local from = tonumber(os.getenv("FROM"))
local span = tonumber(os.getenv("SPAN") or "5000")
local threads = 0
local id = 0
local n = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function request()
  n = n + 1
  -- two threads (id 1 and 2) take the odd and the even steps
  return wrk.format("GET", wrk.path .. "?after=" .. (from - (n * 2 + id) % span))
end
