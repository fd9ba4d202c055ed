#!/usr/bin/env bash
# Start the action server (:5055), Rasa (:5005, REST channel, token-protected API) and the
# web front (:8080) in one terminal; Ctrl-C stops all three.
set -eu
cd "$(dirname "$0")/.."
BIN=.venv/bin
if [ -f .env ]; then set -a; . ./.env; set +a; fi
# The API token protects Rasa's HTTP API; a fresh random one per start unless configured.
export RASA_TOKEN="${RASA_TOKEN:-$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(32))')}"
export SQLALCHEMY_SILENCE_UBER_WARNING=1 TF_CPP_MIN_LOG_LEVEL=3
mkdir -p var
trap 'trap - INT TERM EXIT; kill 0 2>/dev/null; wait' INT TERM EXIT
$BIN/rasa run actions --actions actions --port 5055 --cors "" &
$BIN/rasa run --model models/wegwijzer.tar.gz --enable-api --auth-token "$RASA_TOKEN" \
  --interface 127.0.0.1 --port 5005 --endpoints endpoints.yml --credentials credentials.yml &
if [ -f bot/web/app.py ]; then $BIN/python -m bot.web & fi
echo "Wegwijzer: chat http://${WEB_HOST:-127.0.0.1}:${WEB_PORT:-8080}/  Rasa 127.0.0.1:5005  actions :5055  (Ctrl-C stops)"
wait
