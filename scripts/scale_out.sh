#!/usr/bin/env bash
# Two teinei workers (separate processes, different ports) against one `chroma run`
# server and one database, both serving the same tenant's search and suggest.
#
#   scripts/scale_out.sh            # run the demo, print what each worker answered, stop
#   KEEP=1 scripts/scale_out.sh     # leave the three servers running (Ctrl-C stops them)
#
# Environment:
#   TEINEI_DATABASE_URL   the shared database (default: SQLite in the shared data dir,
#                         fine for workers on one host; use PostgreSQL across hosts)
#   TEINEI_EMBEDDINGS     embedder (default: the settings' default; `fake` for a quick run)
#   SCALE_DIR             working dir (default: a new temp dir)
#   PORT_CHROMA, PORT_A, PORT_B   ports (default: free ones)
#
# The workers share TEINEI_DATA_DIR because the lexical index and chunk table of a tenant
# are files written by `teinei ingest`; vectors live in the Chroma server, keys, the
# suggestion log and feedback in the database. Behind a load balancer, point it at
# PORT_A and PORT_B; any worker can take any request.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.venv/bin}
PY="$BIN/python"
SCALE_DIR=${SCALE_DIR:-$(mktemp -d -t teinei-scale-XXXXXX)}
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT_CHROMA=${PORT_CHROMA:-$(free_port)}
PORT_A=${PORT_A:-$(free_port)}
PORT_B=${PORT_B:-$(free_port)}

export TEINEI_DATA_DIR="$SCALE_DIR/data"
export TEINEI_CHROMA_URL="http://127.0.0.1:$PORT_CHROMA"
export ANONYMIZED_TELEMETRY=False
mkdir -p "$TEINEI_DATA_DIR" "$SCALE_DIR/logs"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

wait_http() {  # wait_http URL NAME
  for _ in $(seq 1 300); do
    if "$PY" -c 'import sys, httpx; sys.exit(0 if httpx.get(sys.argv[1], timeout=0.5).status_code == 200 else 1)' "$1" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "scale_out: $2 did not come up; see $SCALE_DIR/logs" >&2
  exit 1
}

echo "scale_out: working dir $SCALE_DIR"
"$BIN/chroma" run --path "$SCALE_DIR/chroma" --host 127.0.0.1 --port "$PORT_CHROMA" \
  >"$SCALE_DIR/logs/chroma.log" 2>&1 &
PIDS+=($!)
wait_http "$TEINEI_CHROMA_URL/api/v2/heartbeat" "chroma run"
echo "scale_out: chroma server on :$PORT_CHROMA"

"$BIN/teinei" ingest --json >"$SCALE_DIR/ingest.json"
echo "scale_out: ingested the sample corpus: $(cat "$SCALE_DIR/ingest.json")"
KEY=$("$BIN/teinei" keys create --tenant default --role agent --json |
  "$PY" -c 'import json, sys; print(json.load(sys.stdin)["key"])')

for port in "$PORT_A" "$PORT_B"; do
  "$BIN/teinei" serve --host 127.0.0.1 --port "$port" >"$SCALE_DIR/logs/worker-$port.log" 2>&1 &
  PIDS+=($!)
done
wait_http "http://127.0.0.1:$PORT_A/healthz" "worker A"
wait_http "http://127.0.0.1:$PORT_B/healthz" "worker B"
echo "scale_out: workers on :$PORT_A and :$PORT_B (pids ${PIDS[*]:1})"

"$PY" - "$KEY" "$PORT_A" "$PORT_B" <<'PY'
import json, sys
import httpx

key, port_a, port_b = sys.argv[1], sys.argv[2], sys.argv[3]
auth = {"Authorization": f"Bearer {key}"}
a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
ticket = {
    "ticket_id": "T-SCALE",
    "channel": "email",
    "messages": [{"role": "customer", "text": "ヒーターから煙が出ました。どうすればいいですか。"}],
}
for name, base in (("A", a), ("B", b)):
    ready = httpx.get(f"{base}/readyz", timeout=30).json()
    hits = httpx.post(f"{base}/v1/search", json={"query": "ヒーター 煙", "k": 3}, headers=auth, timeout=60).json()
    print(f"worker {name}: readyz {ready['status']} (chroma: {ready['components']['chroma']['status']}); "
          f"search top hits {[h['doc_id'] for h in hits['hits']]} degraded={hits['degraded']}")
s = httpx.post(f"{a}/v1/suggest", json=ticket, headers=auth, timeout=120)
s.raise_for_status()
sid = s.json()["suggestion_id"]
print(f"worker A: suggestion {sid}, flags {[f['flag'] for f in s.json()['escalation']['flags']]}")
s_b = httpx.post(f"{b}/v1/suggest", json=ticket, headers=auth, timeout=120)
s_b.raise_for_status()
print(f"worker B: suggestion {s_b.json()['suggestion_id']}, flags {[f['flag'] for f in s_b.json()['escalation']['flags']]}")
fb = httpx.post(f"{b}/v1/feedback", json={"suggestion_id": sid, "action": "accepted"}, headers=auth, timeout=30)
print(f"worker B: feedback on worker A's suggestion -> {fb.status_code} (shared database)")
if fb.status_code != 201:
    sys.exit(1)
print(json.dumps({"ok": True, "workers": [a, b], "suggestion_id": sid}))
PY

if [ "${KEEP:-0}" = "1" ]; then
  echo "scale_out: servers left running; Ctrl-C to stop"
  wait
fi
