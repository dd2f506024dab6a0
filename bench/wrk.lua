-- wrk script of bench/run.sh. Asks for URL_PATH, or for each line of PATHS_FILE in turn (one run then
-- covers every program, or every page); sends COOKIE (a browser session) or TOKEN (an API token). Counts
-- every answer that is not 2xx — a redirect to the login page is an error here, although wrk's own
-- summary counts 3xx as success — and prints one machine-readable RESULT line for run.sh.
local paths = {}
local headers = {}
local i = 0
local threads = {}

setup = function(thread)
    table.insert(threads, thread)
end

init = function(args)
    local file = os.getenv("PATHS_FILE")
    if file and file ~= "" then
        for line in io.lines(file) do
            if line ~= "" then
                paths[#paths + 1] = line
            end
        end
    else
        paths[1] = os.getenv("URL_PATH")
    end
    local cookie = os.getenv("COOKIE")
    if cookie and cookie ~= "" then
        headers["Cookie"] = cookie
    end
    local token = os.getenv("TOKEN")
    if token and token ~= "" then
        headers["Authorization"] = "Bearer " .. token
    end
    non2xx = 0
end

request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i], headers)
end

response = function(status, hdrs, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
end

done = function(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("non2xx")
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format("RESULT requests=%d seconds=%.2f req_s=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket=%d\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
