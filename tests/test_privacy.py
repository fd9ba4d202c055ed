"""Plant personal data in conversations through the web front; find it nowhere afterwards."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import requests

from tests.conftest import MODEL, ROOT
from tests.servers import BIN, free_port, rasa_stack, wait_for

pytestmark = pytest.mark.model

PLANTED = {
    "name": "Gerbrandina Wolfskamp",
    "phone": "06-73925814",
    "email": "g.wolfskamp@voorbeeldpost.nl",
    "bsn": "287439516",
    "street": "Korianderstraat 77",
}
FRAGMENTS = [
    "Gerbrandina",
    "Wolfskamp",
    "73925814",
    "voorbeeldpost",
    "287439516",
    "Korianderstraat",
]
SKIP_DIRS = {".git", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules"}


def files_written_since(start: float, roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
            for name in filenames:
                path = Path(dirpath) / name
                try:
                    if path.is_file() and path.stat().st_mtime >= start:
                        found.append(path)
                except OSError:
                    continue
    return found


def test_planted_personal_data_is_stored_nowhere(tmp_path: Path) -> None:
    if not MODEL.exists():
        pytest.skip("no trained model; run `make train`")
    start = time.time() - 1
    db_url = f"sqlite:///{tmp_path / 'stats.db'}"
    with rasa_stack(tmp_path, {"DATABASE_URL": db_url}, MODEL) as stack:
        port = free_port()
        env = {
            **os.environ,
            "RASA_URL": stack.rasa_url,
            "RASA_TOKEN": stack.token,
            "ACTION_URL": stack.action_url,
            "DATABASE_URL": db_url,
            "WEB_PORT": str(port),
            "STATS_TOKEN": "privacy-test",
        }
        web_log = tmp_path / "web.log"
        with web_log.open("wb") as out:
            web = subprocess.Popen(
                [str(BIN / "python"), "-m", "bot.web"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_for(f"http://127.0.0.1:{port}/healthz", ok=(200, 503))
            base = f"http://127.0.0.1:{port}"
            messages = [
                f"Ik ben {PLANTED['name']}, mijn teamleider pest me al maanden",
                f"Bel me op {PLANTED['phone']} of mail {PLANTED['email']}",
                f"Mijn BSN is {PLANTED['bsn']} en ik woon aan de {PLANTED['street']}",
                f"Mijn collega {PLANTED['name']} zoekt dossiers van buren op",
                f"<script>alert('{PLANTED['name']}')</script>",
                f"{PLANTED['name']} wil er niet meer zijn",
            ]
            for text in messages:
                sender = uuid.uuid4().hex
                r = requests.post(
                    f"{base}/api/chat", json={"sender": sender, "message": text}, timeout=30
                )
                assert r.status_code == 200
                # Answers never echo what was typed.
                assert not any(f in r.text for f in FRAGMENTS)
            r = requests.post(f"{base}/api/triage", json={"text": messages[3]}, timeout=30)
            assert r.status_code == 200 and not any(f in r.text for f in FRAGMENTS)
            r = requests.post(
                f"{base}/api/chat",
                data=b"{not json " + PLANTED["name"].encode(),
                headers={"Content-Type": "application/json"},
                timeout=10,
            )
            assert r.status_code == 400 and PLANTED["name"] not in r.text
        finally:
            web.terminate()
            web.wait(timeout=20)
    written = files_written_since(start, [ROOT, tmp_path, Path(tempfile.gettempdir())])
    assert any(p.name == "stats.db" for p in written)
    assert any(p.name == "web.log" for p in written)
    leaks = [
        (str(path), fragment)
        for path in written
        for fragment in FRAGMENTS
        if fragment.encode() in path.read_bytes()
    ]
    assert leaks == []
