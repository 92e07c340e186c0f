#!/usr/bin/env bash
# Sets up the office's PostgreSQL server for Sổ Công Vụ on Debian or Ubuntu (docs/server.md):
#   - installs PostgreSQL if it is not there (apt), and uses its cluster;
#   - creates the clerk's (văn thư) login role, with CREATEROLE so that the clerk creates the other accounts
#     from the app, and the password typed here (asked twice, never shown, never an argument);
#   - creates the database, owned by that role (the app creates its tables in it on the first connection);
#   - lets the office's LAN connect: listen_addresses, one pg_hba.conf line with scram-sha-256 for the range
#     given, the port opened in ufw when ufw is active; then restarts the cluster;
#   - prints the --database= address the PCs use.
# Run again, it keeps the database and the data, sets the password anew and adds nothing twice.
#
#   sudo scripts/postgres-office-setup.sh --lan 192.168.1.0/24 [--database socongvu] [--user vanthu]
#        [--cluster 15/main] [--host ADDRESS]
#
#   --lan       the office's network, as an address range (CIDR): only PCs in it may connect
#   --database  the database's name (default socongvu)
#   --user      the clerk's login (default vanthu)
#   --cluster   which PostgreSQL cluster (VERSION/NAME, as pg_lsclusters lists them; default the only one)
#   --host      the server's address printed for the PCs (default its address in the LAN range)
set -euo pipefail

DATABASE=socongvu
ROLE=vanthu
LAN=""
CLUSTER=""
HOST=""

die() { echo "Lỗi: $*" >&2; exit 2; }
usage() { sed -n '/^#   sudo/,/^#   --host/s/^# \{0,1\}//p' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --lan) LAN=${2:-}; shift 2 ;;
    --lan=*) LAN=${1#*=}; shift ;;
    --database) DATABASE=${2:-}; shift 2 ;;
    --database=*) DATABASE=${1#*=}; shift ;;
    --user) ROLE=${2:-}; shift 2 ;;
    --user=*) ROLE=${1#*=}; shift ;;
    --cluster) CLUSTER=${2:-}; shift 2 ;;
    --cluster=*) CLUSTER=${1#*=}; shift ;;
    --host) HOST=${2:-}; shift 2 ;;
    --host=*) HOST=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "không hiểu tham số: $1" ;;
  esac
done

# --- what was given ---------------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || die "cần chạy với quyền quản trị: sudo $0 …"
[ -n "$LAN" ] || { usage >&2; die "thiếu --lan, dải địa chỉ mạng của văn phòng (ví dụ 192.168.1.0/24)"; }
ip_to_int() {
  local IFS=. a b c d
  read -r a b c d <<<"$1"
  echo $(( (a << 24) | (b << 16) | (c << 8) | d ))
}
valid_ip() {
  [[ $1 =~ ^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$ ]] || return 1
  local n
  for n in "${BASH_REMATCH[@]:1}"; do [ "$n" -le 255 ] || return 1; done
}
LAN_IP=${LAN%/*}
LAN_BITS=${LAN#*/}
if [[ ! $LAN =~ ^[0-9.]+/[0-9]{1,2}$ ]] || ! valid_ip "$LAN_IP" || [ "$LAN_BITS" -gt 32 ]; then
  die "--lan $LAN không phải một dải địa chỉ IPv4 (ví dụ 192.168.1.0/24)"
fi
LAN_MASK=$(( LAN_BITS == 0 ? 0 : (0xFFFFFFFF << (32 - LAN_BITS)) & 0xFFFFFFFF ))
in_lan() { [ $(( $(ip_to_int "$1") & LAN_MASK )) -eq $(( $(ip_to_int "$LAN_IP") & LAN_MASK )) ]; }
[[ $DATABASE =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "tên cơ sở dữ liệu $DATABASE: chỉ chữ thường không dấu, chữ số và _"
[[ $ROLE =~ ^[a-z][a-z0-9._]{1,62}$ ]] \
  || die "tên đăng nhập $ROLE: chữ thường không dấu, chữ số, dấu chấm hoặc gạch dưới, bắt đầu bằng chữ, 2–63 ký tự"
[ "$ROLE" != postgres ] || die "tên đăng nhập không được là postgres (tài khoản quản trị của máy chủ)"

# --- PostgreSQL and its cluster ----------------------------------------------------------------------------------
if ! command -v pg_lsclusters >/dev/null; then
  command -v apt-get >/dev/null || die "máy này không có apt-get: cài PostgreSQL theo docs/server.md rồi chạy lại"
  echo "Cài PostgreSQL …"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
fi
if [ -z "$CLUSTER" ]; then
  mapfile -t clusters < <(pg_lsclusters --no-header | awk '{print $1 "/" $2}')
  [ "${#clusters[@]}" -gt 0 ] || die "PostgreSQL chưa có cụm dữ liệu nào: sudo pg_createcluster --start <phiên bản> main"
  [ "${#clusters[@]}" -eq 1 ] || die "có nhiều cụm PostgreSQL (${clusters[*]}): chọn một bằng --cluster"
  CLUSTER=${clusters[0]}
fi
VERSION=${CLUSTER%%/*}
NAME=${CLUSTER#*/}
PORT=$(pg_lsclusters --no-header | awk -v v="$VERSION" -v n="$NAME" '$1 == v && $2 == n {print $3}')
[ -n "$PORT" ] || die "không có cụm PostgreSQL $CLUSTER (pg_lsclusters liệt kê các cụm)"
pg_ctlcluster "$VERSION" "$NAME" status >/dev/null 2>&1 || pg_ctlcluster "$VERSION" "$NAME" start
psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }

# --- the clerk's password ----------------------------------------------------------------------------------------
ask() {
  local answer
  if [ -t 0 ]; then
    read -r -s -p "$1" answer; echo >&2
  else
    read -r answer || true
  fi
  printf '%s' "$answer"
}
PASSWORD=$(ask "Mật khẩu cho $ROLE (văn thư), ít nhất 8 ký tự: ")
AGAIN=$(ask "Nhập lại mật khẩu: ")
[ "$PASSWORD" = "$AGAIN" ] || die "hai lần nhập mật khẩu không giống nhau"
[ "${#PASSWORD}" -ge 8 ] || die "mật khẩu cần ít nhất 8 ký tự"
unset AGAIN

# --- the role and the database -----------------------------------------------------------------------------------
# The password goes to psql on its standard input (never an argument), stored as a SCRAM hash.
psql_admin -d postgres -v role="$ROLE" -v pw="$PASSWORD" -v db="$DATABASE" <<'SQL'
SET password_encryption = 'scram-sha-256';
SELECT format('CREATE ROLE %I LOGIN CREATEROLE PASSWORD %L', :'role', :'pw')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEROLE PASSWORD %L', :'role', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'role', 'UTF8')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
unset PASSWORD
OWNER=$(psql_admin -d postgres -At -c "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '$DATABASE'")
[ "$OWNER" = "$ROLE" ] || echo "Chú ý: cơ sở dữ liệu $DATABASE đã có từ trước, chủ sở hữu là $OWNER (không phải $ROLE)." >&2

# --- the office's LAN --------------------------------------------------------------------------------------------
psql_admin -d postgres -c "ALTER SYSTEM SET listen_addresses = '*'" \
  -c "ALTER SYSTEM SET password_encryption = 'scram-sha-256'"
HBA=$(psql_admin -d postgres -At -c "SHOW hba_file")
LINE="host    $DATABASE    all    $LAN    scram-sha-256"
if ! grep -Eq "^host[[:space:]]+${DATABASE}[[:space:]]+all[[:space:]]+${LAN}[[:space:]]+scram-sha-256" "$HBA"; then
  printf '\n# Sổ Công Vụ: the office LAN (scripts/postgres-office-setup.sh)\n%s\n' "$LINE" >>"$HBA"
fi
if command -v ufw >/dev/null && ufw status 2>/dev/null | grep -q "Status: active"; then
  ufw allow from "$LAN" to any port "$PORT" proto tcp >/dev/null
fi
pg_ctlcluster "$VERSION" "$NAME" restart

# --- the address for the PCs -------------------------------------------------------------------------------------
if [ -z "$HOST" ]; then
  for a in $(hostname -I 2>/dev/null); do
    if valid_ip "$a" && in_lan "$a"; then HOST=$a; break; fi
  done
fi
if [ -z "$HOST" ]; then
  HOST="ĐỊA_CHỈ_MÁY_CHỦ"
  echo "Chú ý: máy này không có địa chỉ trong $LAN; thay ĐỊA_CHỈ_MÁY_CHỦ bằng địa chỉ của máy chủ." >&2
fi
ADDRESS="postgresql://$HOST$([ "$PORT" = 5432 ] || echo ":$PORT")/$DATABASE?user=$ROLE"
cat <<EOF
Xong. Máy chủ PostgreSQL $CLUSTER (cổng $PORT) nhận kết nối từ $LAN, có cơ sở dữ liệu $DATABASE và tài khoản văn thư $ROLE.
Địa chỉ dùng cho các máy trong văn phòng:

  --database=$ADDRESS

Chép dữ liệu đang có lên máy chủ (trên máy văn thư, một lần):
  socongvu-cli copy-to-server --data-dir=THƯ_MỤC_DỮ_LIỆU --database=$ADDRESS
EOF
