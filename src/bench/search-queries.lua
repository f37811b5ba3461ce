-- wrk script: GET /search/ with a query drawn at random from the kinds people type, in words of
-- the vocabulary that Seed.java "searchable" writes (the same made-up words, by rank: 1 is the
-- most common): one common word, two words, a rare word, a phrase, a prefix, a word left out,
-- one section only, and a word found nowhere.

local consonants = "bdfgklmnprtvz"
local vowels = "aiou"

local function word(n)
  local w = ""
  local k = n
  while k > 0 or #w < 4 do
    local c = (k % 13) + 1
    local v = (math.floor(k / 13) % 4) + 1
    w = w .. consonants:sub(c, c) .. vowels:sub(v, v)
    k = math.floor(k / 52)
  end
  return w
end

local function rank(from, to)
  return math.random(from, to)
end

local function encode(s)
  return (s:gsub("[^%w%-%*]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local kinds = {
  function() return "q=" .. encode(word(rank(1, 20))) end,
  function() return "q=" .. encode(word(rank(1, 200)) .. " " .. word(rank(1, 200))) end,
  function() return "q=" .. encode(word(rank(1000, 5000))) end,
  function() return "q=" .. encode('"' .. word(rank(1, 50)) .. " " .. word(rank(1, 50)) .. '"') end,
  function() return "q=" .. encode(word(rank(1, 500)):sub(1, 3) .. "*") end,
  function() return "q=" .. encode(word(rank(1, 50)) .. " -" .. word(rank(1, 50))) end,
  function() return "q=" .. encode(word(rank(1, 100))) .. "&in=questions" end,
  function() return "q=nothingmatchesthis" end,
}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local query = kinds[math.random(#kinds)]()
  return wrk.format("GET", wrk.path .. "?" .. query)
end
