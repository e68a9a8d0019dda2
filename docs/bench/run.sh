#!/usr/bin/env bash
# Load benchmark of the pages every role opens. Run on demand against a running application
# filled by the generator, never in CI (see docs/benchmarks.md):
#
#   ./mvnw -B package -DskipTests
#   AWARDS_DATA_DIR=/tmp/bench-1m java -jar target/sonla-awards-0.1.0-SNAPSHOT.jar --generate-data=1000000
#   AWARDS_DATA_DIR=/tmp/bench-1m java -Xmx2g -jar target/sonla-awards-0.1.0-SNAPSHOT.jar --server.port=8080 &
#   docs/bench/run.sh http://localhost:8080 30s 32
#
# Each role signs in CONNECTIONS times with curl (CSRF token from the login page, then POST /login): that many
# people signed in at once. wrk then keeps CONNECTIONS connections busy, each request carrying one of those
# sessions in turn (latency.lua), first for WARMUP (the JVM compiles the hot code; not measured), then for
# DURATION (measured). Demo accounts, password sonla2021; vanthu.gen is the generator's clerk of its largest unit.
set -euo pipefail
BASE=${1:-http://localhost:8080}
DURATION=${2:-30s}
CONNECTIONS=${3:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
PASSWORD=${PASSWORD:-sonla2021}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

login() { # login <username> -> prints one new JSESSIONID
    local jar="$WORK/jar"
    rm -f "$jar"
    local token
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$BASE/login"
    awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

sessions() { # sessions <username> -> the file of its CONNECTIONS sessions, signed in once per user
    local file="$WORK/sessions-$1"
    if [ ! -s "$file" ]; then
        for _ in $(seq "$CONNECTIONS"); do login "$1" >> "$file"; done
    fi
    echo "$file"
}

warm() { # warm <username> <path>: requests not measured, so that the JVM has compiled every page's hot code
    local file
    file=$(sessions "$1")
    COOKIES="$file" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/latency.lua" "$BASE$2" > /dev/null
}

bench() { # bench <username> <path> <label>
    local file
    file=$(sessions "$1")
    # the page must answer 200 for this user, not a redirect to the login page
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$(head -1 "$file")" "$BASE$2")
    if [ "$code" != "200" ]; then echo "$3: $BASE$2 answered $code for $1" >&2; exit 1; fi
    COOKIES="$file" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/latency.lua" "$BASE$2" > /dev/null
    printf '%-38s ' "$3"
    COOKIES="$file" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/latency.lua" "$BASE$2" | tail -1
}

# shellcheck source=pages.sh
. "$HERE/pages.sh"

for page in "${PAGES[@]}"; do IFS='|' read -r user path label <<< "$page"; warm "$user" "$path"; done

echo "# $(date -u +%FT%TZ) $BASE, $CONNECTIONS connections and signed-in sessions per role, $DURATION each after $WARMUP warm-up"
echo "# page                                   req/s      p50 ms   p95 ms   p99 ms   errors"
for page in "${PAGES[@]}"; do IFS='|' read -r user path label <<< "$page"; bench "$user" "$path" "$label"; done
# the floor page (the first) once more at the end: this machine's speed drifts during a run, and the ratio of a page
# to the floor is read against both measurements
IFS='|' read -r user path label <<< "${PAGES[0]}"
bench "$user" "$path" "$label, again"
