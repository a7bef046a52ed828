#!/usr/bin/env bash
# make api-fuzz: schemathesis (PyPI) drives every route of API/openapi.yaml against a server on a
# copy of the sample project, on loopback, and fails on any 5xx or any answer that the file does
# not describe (status, content type, schema). Usage: API/fuzz.sh ZITDOCS_BINARY [EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$1"
examples="${2:-25}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

venv=".bench/api-venv"
if [ ! -x "$venv/bin/schemathesis" ]; then
    echo "Instaluję schemathesis w $venv…"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q schemathesis
fi

cp -r Examples/projekt "$work/projekt"
password="fuzz-$(head -c 12 /dev/urandom | base64 | tr '+/' '-_')"
printf '%s\n' "$password" | "$binary" user add biuro --role office --project "$work/projekt" >/dev/null
port=$((20000 + RANDOM % 20000))
"$binary" serve --project "$work/projekt" --host 127.0.0.1 --port "$port" 2>"$work/server.log" &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

csrf="$(curl -sf -c "$work/jar" -H 'Content-Type: application/json' \
    -d "{\"login\":\"biuro\",\"password\":\"$password\"}" "http://127.0.0.1:$port/api/v1/session" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["csrfToken"])')"
token="$(curl -sf -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"fuzz"}' "http://127.0.0.1:$port/api/v1/tokens" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')"

# Sign-in and tokens are left out: the fuzzer would lock the account out or revoke its own token.
"$venv/bin/schemathesis" run API/openapi.yaml --url "http://127.0.0.1:$port" \
    -H "Authorization: Bearer $token" --max-examples "$examples" --exclude-path-regex 'tokens|session' \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
