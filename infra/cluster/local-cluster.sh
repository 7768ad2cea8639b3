#!/usr/bin/env bash
# A real cluster on this machine: three Triển Khai instances (web + sync) behind Debian's nginx with TLS,
# against a local PostgreSQL and Redis.
#
#   infra/cluster/local-cluster.sh start | stop | status
#   infra/cluster/local-cluster.sh start-instance N | stop-instance N | kill-instance N
#
# Settings (environment): CLUSTER_DIR (runtime files; default /tmp/trienkhai-cluster-$USER),
# CLUSTER_PORTS ("3601 3602 3603"), HTTPS_PORT (3643), HTTP_PORT (3680), DATABASE_URL
# (postgres://postgres@127.0.0.1:5432/test), DATABASE_SCHEMA (trienkhai_cluster), REDIS_URL
# (redis://127.0.0.1:6379), DEMO_DATA (1). nginx is installed from Debian when missing and run as root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="${CLUSTER_DIR:-/tmp/trienkhai-cluster-${USER:-root}}"
PORTS=(${CLUSTER_PORTS:-3601 3602 3603})
HTTPS_PORT="${HTTPS_PORT:-3643}"
HTTP_PORT="${HTTP_PORT:-3680}"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
export DATABASE_SCHEMA="${DATABASE_SCHEMA-trienkhai_cluster}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
NODE="${NODE:-node}"

say() { printf '%s\n' "$*" >&2; }

ensure_nginx() {
	if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then return; fi
	if [ "$(id -u)" != 0 ]; then
		say "nginx không có và không phải root / nginx missing and not root: sudo apt-get install nginx-light"
		exit 2
	fi
	say "cài nginx từ Debian / installing nginx from Debian…"
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light >/dev/null
}

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

ensure_cert() {
	mkdir -p "$RUN/tls"
	[ -s "$RUN/tls/cert.pem" ] && return
	openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
		-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
		-keyout "$RUN/tls/key.pem" -out "$RUN/tls/cert.pem" 2>/dev/null
	say "chứng chỉ tự ký / self-signed certificate: $RUN/tls/cert.pem"
}

write_nginx_conf() {
	local upstreams=""
	for port in "${PORTS[@]}"; do
		upstreams+=$'\t\t'"server 127.0.0.1:${port} max_fails=2 fail_timeout=5s;"$'\n'
	done
	mkdir -p "$RUN"/{client_body,proxy,fastcgi,uwsgi,scgi}
	UPSTREAMS="$upstreams" RUN="$RUN" HTTPS_PORT="$HTTPS_PORT" HTTP_PORT="$HTTP_PORT" \
		python3 - "$ROOT/infra/cluster/nginx.conf.template" "$RUN/nginx.conf" <<'PY'
import os, sys
text = open(sys.argv[1]).read()
for key in ("UPSTREAMS", "RUN", "HTTPS_PORT", "HTTP_PORT"):
    text = text.replace(f"@{key}@", os.environ[key].rstrip("\n"))
open(sys.argv[2], "w").write(text)
PY
}

secret() {
	[ -s "$RUN/sync-secret" ] || openssl rand -hex 32 >"$RUN/sync-secret"
	cat "$RUN/sync-secret"
}

alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_ready() {
	local url="$1" tries="${2:-240}"
	for _ in $(seq "$tries"); do
		curl -sfk -o /dev/null "$url" && return 0
		sleep 0.5
	done
	say "không sẵn sàng / not ready: $url"
	return 1
}

start_instance() {
	local n="$1" port="${PORTS[$(($1 - 1))]}"
	if alive "$RUN/instance-$n.pid"; then return; fi
	# the first instance migrates and loads the demo data into an empty database; the others only check
	local demo=0
	[ "$n" = 1 ] && demo="${DEMO_DATA:-1}"
	(
		cd "$ROOT"
		PORT="$port" HOST=127.0.0.1 INSTANCE_NAME="web-$n" SYNC_SECRET="$(secret)" DEMO_DATA="$demo" \
			PROTOCOL_HEADER=x-forwarded-proto HOST_HEADER=x-forwarded-host \
			exec "$NODE" apps/web/server/main.ts >>"$RUN/instance-$n.log" 2>&1
	) &
	echo $! >"$RUN/instance-$n.pid"
	wait_ready "http://127.0.0.1:$port/readyz"
	say "instance $n: http://127.0.0.1:$port (pid $(cat "$RUN/instance-$n.pid"))"
}

stop_instance() {
	local n="$1" signal="${2:-TERM}"
	local pidfile="$RUN/instance-$n.pid"
	if alive "$pidfile"; then
		local pid
		pid="$(cat "$pidfile")"
		kill -"$signal" "$pid"
		for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
	fi
	rm -f "$pidfile"
}

start() {
	mkdir -p "$RUN"
	ensure_nginx
	ensure_cert
	write_nginx_conf
	(cd "$ROOT" && "$NODE" scripts/build-if-needed.ts)
	for n in $(seq "${#PORTS[@]}"); do start_instance "$n"; done
	if ! alive "$RUN/nginx.pid"; then "$(nginx_bin)" -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log"; fi
	wait_ready "https://127.0.0.1:$HTTPS_PORT/readyz"
	say "Triển Khai: https://127.0.0.1:$HTTPS_PORT/ (nginx → ${PORTS[*]}); dừng / stop: $0 stop"
}

stop() {
	if alive "$RUN/nginx.pid"; then "$(nginx_bin)" -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log" -s quit; fi
	for n in $(seq "${#PORTS[@]}"); do stop_instance "$n"; done
	for _ in $(seq 40); do alive "$RUN/nginx.pid" || break; sleep 0.25; done
	say "đã dừng / stopped"
}

status() {
	for n in $(seq "${#PORTS[@]}"); do
		local port="${PORTS[$((n - 1))]}"
		if alive "$RUN/instance-$n.pid"; then
			echo "instance $n :$port pid $(cat "$RUN/instance-$n.pid") $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")"
		else
			echo "instance $n :$port stopped"
		fi
	done
	if alive "$RUN/nginx.pid"; then echo "nginx :$HTTPS_PORT pid $(cat "$RUN/nginx.pid")"; else echo "nginx stopped"; fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
start-instance) start_instance "$2" ;;
stop-instance) stop_instance "$2" TERM ;;
kill-instance) stop_instance "$2" KILL ;;
*)
	say "usage: $0 start|stop|status|start-instance N|stop-instance N|kill-instance N"
	exit 2
	;;
esac
