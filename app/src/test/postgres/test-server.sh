#!/usr/bin/env bash
# The PostgreSQL server the tests run against (issue 35): a throwaway cluster of its own, never an office's.
#   test-server.sh start   makes the cluster if absent, starts it, prints the value of SOCONGVU_TEST_POSTGRES
#   test-server.sh stop    stops the cluster and deletes it with all its databases
# Then: export SOCONGVU_TEST_POSTGRES="$(app/src/test/postgres/test-server.sh start)"
# It listens on localhost only, port 55432 (SOCONGVU_TEST_PG_PORT to change it), trusts the administrator
# postgres (no password), asks every other login its password (tests of sign-in and of a wrong password), and runs
# without fsync: fast, and good for nothing but tests. Needs Debian's postgresql package
# (pg_createcluster, pg_ctlcluster) and root, or the PostgreSQL binaries on the PATH as an ordinary user.
set -euo pipefail
# Only the address goes to standard output (it is captured into SOCONGVU_TEST_POSTGRES); whatever the PostgreSQL
# tools print on the way ("Removed stale pid file.", notices) goes to standard error. The server started must not
# inherit the captured output, or the capture would wait for it to end.
port="${SOCONGVU_TEST_PG_PORT:-55432}"
name=socongvu-test
# No autovacuum: its ANALYZE passes are transactions of their own, which the tests of what changed between two
# snapshots (audit.ServerChangesTest) would meet at random; the app analyzes what it copies itself.
settings=(-o "listen_addresses=localhost" -o "fsync=off" -o "synchronous_commit=off" -o "full_page_writes=off"
          -o "max_connections=200" -o "shared_buffers=64MB" -o "autovacuum=off")

# grep reads the whole list (no -q): with pipefail, a grep that stops at its first match would make the listing
# end on a broken pipe and the test read as false.
exists() { pg_lsclusters -h | awk '{print $1" "$2}' | grep -x "$version $name" >/dev/null; }
online() { pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}' | grep online >/dev/null; }
url() { echo "postgresql://localhost:$port/postgres?user=postgres"; }
hba() {
  printf '%s\n' "local all all trust" \
    "host all postgres 127.0.0.1/32 trust" "host all postgres ::1/128 trust" \
    "host all all 127.0.0.1/32 scram-sha-256" "host all all ::1/128 scram-sha-256" > "$1"
}

if command -v pg_createcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  case "${1:-}" in
    start)
      if ! exists; then
        pg_createcluster "$version" "$name" -p "$port" --start-conf=manual "${settings[@]}" \
          -- --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      fi
      hba "/etc/postgresql/$version/$name/pg_hba.conf"
      # a cluster made by an earlier version of this script gets the settings it lacks
      for s in "${settings[@]}"; do
        [ "$s" = -o ] || pg_conftool "$version" "$name" set "${s%%=*}" "${s#*=}" >&2
      done
      if ! online; then
        pg_ctlcluster "$version" "$name" start >&2
      else
        pg_ctlcluster "$version" "$name" reload >&2
      fi
      url ;;
    stop)
      if exists; then
        pg_dropcluster --stop "$version" "$name" >&2
      fi ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
  esac
else
  # Without Debian's wrappers: initdb and pg_ctl of the PATH (or of the newest /usr/lib/postgresql/*/bin),
  # the cluster under the temporary folder, run by the current (non-root) user.
  bin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  dir="${TMPDIR:-/tmp}/$name-$port"
  case "${1:-}" in
    start)
      if [ ! -f "$dir/PG_VERSION" ]; then
        "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
      fi
      hba "$dir/pg_hba.conf"
      if "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        "$bin/pg_ctl" -D "$dir" reload >&2
      else
        opts="-p $port -k $dir"
        for s in "${settings[@]}"; do [ "$s" = -o ] || opts="$opts -c $s"; done
        "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -o "$opts" -w start >&2
      fi
      url ;;
    stop)
      if [ -d "$dir" ]; then
        "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
        rm -rf "$dir"
      fi ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
  esac
fi
