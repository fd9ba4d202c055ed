#!/usr/bin/env bash
# Install the Dutch spaCy pipeline nl_core_news_sm when it can be had; go on without it otherwise.
set -u
py="$1"
if "$py" -c "import nl_core_news_sm" 2>/dev/null; then
  exit 0
fi
if [ -n "${NL_SPACY_MODEL:-}" ]; then
  echo "installing nl_core_news_sm from NL_SPACY_MODEL=$NL_SPACY_MODEL"
  "$py" -m pip install -q --no-deps "$NL_SPACY_MODEL" && exit 0
  echo "warning: could not install $NL_SPACY_MODEL; continuing without nl_core_news_sm" >&2
  exit 0
fi
if timeout 60 "$py" -m spacy download nl_core_news_sm >/dev/null 2>&1; then
  echo "installed nl_core_news_sm"
else
  echo "note: nl_core_news_sm not available here; using the pipeline without it (see README)"
fi
exit 0
