#!/usr/bin/env bash
# Writes the secrets a deployment requires, each a fresh random value, into a git-ignored file (the
# deployment refuses to start without them). An existing file is kept: the database and Redis were set up
# with its passwords.
#
#   infra/make-secrets.sh compose [FILE]   # default infra/.env, which docker compose reads
#   infra/make-secrets.sh k8s [FILE]       # default infra/k8s/secrets.env, which kustomize's secretGenerator reads
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: make-secrets.sh compose|k8s [FILE]"
case "${1:-}" in
  compose) file=${2:-$here/.env} ;;
  k8s) file=${2:-$here/k8s/secrets.env} ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
if [ -e "$file" ]; then
  echo "[sluice] $file exists: kept"
  exit 0
fi
# Hex: safe inside URLs (redis://:PASSWORD@..., postgresql://sluice:PASSWORD@...) and on command lines.
random() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }
umask 077
postgres=$(random)
if [ "$1" = compose ]; then
  cat > "$file" <<EOF
SLUICE_DEV_API_KEY=sk-sluice-$(random)
POSTGRES_PASSWORD=$postgres
REDIS_PASSWORD=$(random)
FLOWER_BASIC_AUTH=admin:$(random)
GRAFANA_ADMIN_PASSWORD=$(random)
EOF
else
  # SLUICE_STRIPE_API_KEY empty: billing in ledger-only mode until a key is set here.
  cat > "$file" <<EOF
POSTGRES_PASSWORD=$postgres
SLUICE_DATABASE_URL=postgresql+psycopg://sluice:$postgres@postgres:5432/sluice
REDIS_PASSWORD=$(random)
SLUICE_STRIPE_API_KEY=
EOF
fi
echo "[sluice] wrote $file"
