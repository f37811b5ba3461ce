-- wrk script: submits the question form, a new question on every request.
-- FORM=faces (ours: a Faces postback of the stateless form) or FORM=flask (the original).
local form = os.getenv("FORM") or "faces"
local threads = 0
local n = 0

-- Every question differs from all others, across threads and runs (the app answers a question
-- repeated from one address with 429): "id" is a global of each thread, set here, and names the
-- thread and the second the run started.
function setup(thread)
  threads = threads + 1
  thread:set("id", threads .. "-" .. os.time())
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  n = n + 1
  local content = "content=Benchmark+question+" .. id .. "-" .. n .. "&answer=Benchmark+answer"
  local body
  if form == "faces" then
    body = "question-form=question-form&" .. content .. "&submit=Submit&jakarta.faces.ViewState=stateless"
  else
    body = content
  end
  return wrk.format(nil, nil, nil, body)
end
