-- wrk script: each request asks for the next program of bench/programs.txt, so one run covers every
-- program (the monthly plan "for all programs"). PATH_TEMPLATE holds {id}; the token comes from TOKEN.
local ids = {}
local i = 0
local template = os.getenv("PATH_TEMPLATE")
local token = os.getenv("TOKEN")

for line in io.lines("bench/programs.txt") do
    ids[#ids + 1] = line
end

request = function()
    i = i % #ids + 1
    local path = template:gsub("{id}", ids[i])
    return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
