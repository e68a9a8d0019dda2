#!/usr/bin/env bash
# Two builds compared page by page in one sitting: each page is measured on A, then at once on B, so that the
# machine's drift during the run (a shared VM varies by ±20 %) falls on both alike. Run each build on its own copy
# of the same dataset, both started before this script (see docs/benchmarks.md):
#
#   docs/bench/compare.sh http://localhost:8091 http://localhost:8092 20s 32
#
# Prints, per page and round, req/s and p50/p95/p99 of A and of B, and B's p95 as a share of A's. ROUNDS (default 2)
# measures each page that many times, A first in odd rounds and B first in even ones, so that neither build is always
# measured second; ONLY (an extended regular expression) keeps the pages whose label matches it.
set -euo pipefail
A=${1:?first server}
B=${2:?second server}
DURATION=${3:-20s}
CONNECTIONS=${4:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
ROUNDS=${ROUNDS:-2}
ONLY=${ONLY:-.}
PASSWORD=${PASSWORD:-sonla2021}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=pages.sh
. "$HERE/pages.sh"

login() { # login <server> <username> -> prints one new JSESSIONID
    local jar="$WORK/jar" token
    rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$1/login"
    awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

sessions() { # sessions <server> <username> -> the file of its CONNECTIONS sessions on that server
    local file="$WORK/sessions-$(echo "$1" | tr -c 'a-z0-9' '_')-$2"
    if [ ! -s "$file" ]; then
        for _ in $(seq "$CONNECTIONS"); do login "$1" "$2" >> "$file"; done
    fi
    echo "$file"
}

measure() { # measure <server> <username> <path> <duration> -> "req/s p50 p95 p99 errors"
    local file
    file=$(sessions "$1" "$2")
    COOKIES="$file" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" -s "$HERE/latency.lua" "$1$3" | tail -1
}

SELECTED=()
for page in "${PAGES[@]}"; do
    IFS='|' read -r _ _ label <<< "$page"
    if echo "$label" | grep -Eq -- "$ONLY"; then SELECTED+=("$page"); fi
done

# each page must answer 200 on both, not a redirect to the sign-in page (an account missing from the data)
for page in "${SELECTED[@]}"; do
    IFS='|' read -r user path label <<< "$page"
    for server in "$A" "$B"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$(head -1 "$(sessions "$server" "$user")")" "$server$path")
        if [ "$code" != "200" ]; then echo "$label: $server$path answered $code for $user" >&2; exit 1; fi
    done
done

for page in "${SELECTED[@]}"; do
    IFS='|' read -r user path label <<< "$page"
    measure "$A" "$user" "$path" "$WARMUP" > /dev/null
    measure "$B" "$user" "$path" "$WARMUP" > /dev/null
done

echo "# $(date -u +%FT%TZ) A=$A B=$B, $CONNECTIONS connections and signed-in sessions per role, $DURATION each, $ROUNDS rounds"
printf '%-44s %s | %s | %s\n' "# page (round)" "A: req/s p50 p95 p99 errors" "B: req/s p50 p95 p99 errors" "B p95 / A p95"
for page in "${SELECTED[@]}"; do
    IFS='|' read -r user path label <<< "$page"
    for round in $(seq "$ROUNDS"); do
        if [ $((round % 2)) -eq 1 ]; then
            a=$(measure "$A" "$user" "$path" "$DURATION"); b=$(measure "$B" "$user" "$path" "$DURATION")
        else
            b=$(measure "$B" "$user" "$path" "$DURATION"); a=$(measure "$A" "$user" "$path" "$DURATION")
        fi
        ratio=$(awk -v a="$(echo "$a" | awk '{print $3}')" -v b="$(echo "$b" | awk '{print $3}')" 'BEGIN { printf "%.2f", b / a }')
        printf '%-44s %s | %s | %s\n' "$label ($round)" "$a" "$b" "$ratio"
    done
done
