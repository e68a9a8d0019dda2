#!/usr/bin/env bash
# Load benchmark of the pages every role opens (issue 8). Run on demand against a running application
# filled by the generator, never in CI:
#
#   ./mvnw -B package -DskipTests
#   AWARDS_DATA_DIR=/tmp/bench-1m java -jar target/sonla-awards-0.1.0-SNAPSHOT.jar --generate-data=1000000
#   AWARDS_DATA_DIR=/tmp/bench-1m java -jar target/sonla-awards-0.1.0-SNAPSHOT.jar --server.port=8080 &
#   docs/bench/run.sh http://localhost:8080 30s 32
#
# Each role signs in once with curl (CSRF token from the login page, then POST /login) and wrk reuses that
# session cookie on every connection; latency.lua prints p50/p95/p99. Demo accounts, password sonla2021.
set -euo pipefail
BASE=${1:-http://localhost:8080}
DURATION=${2:-30s}
CONNECTIONS=${3:-32}
THREADS=${THREADS:-2}
PASSWORD=${PASSWORD:-sonla2021}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$(mktemp -d)
trap 'rm -rf "$JAR"' EXIT

login() { # login <username> -> prints the JSESSIONID
    local jar="$JAR/$1"
    local token
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$BASE/login"
    awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

bench() { # bench <username> <path> <label>
    local session
    session=$(login "$1")
    # the page must answer 200 for this user, not a redirect to the login page
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$BASE$2")
    if [ "$code" != "200" ]; then echo "$3: $BASE$2 answered $code for $1" >&2; exit 1; fi
    printf '%-34s ' "$3"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/latency.lua" -H "Cookie: JSESSIONID=$session" "$BASE$2" \
        | tail -1
}

echo "# $(date -u +%FT%TZ) $BASE, $CONNECTIONS connections, $DURATION each"
echo "# page                               req/s      p50 ms   p95 ms   p99 ms   non-2xx"
bench vanthu.maison /account                  "floor: /account (clerk)"
bench vanthu.maison /dossiers                 "/dossiers (clerk)"
bench vanthu.maison '/dossiers?page=50'       "/dossiers?page=50 (clerk)"
bench vanthu.maison '/dossiers?q=thi%20hoa'   "/dossiers?q=thi hoa (clerk)"
bench syt           /review                   "/review (department)"
bench snv           /appraisal                "/appraisal (Home Affairs)"
bench vpubnd        /decisions                "/decisions (chairman's office)"
bench snv           /reports                  "/reports (Home Affairs, all)"
bench syt           '/reports?from=2026-01&to=2026-06' "/reports (department, half-year)"
bench vanthu.maison /reports                  "/reports (clerk)"
