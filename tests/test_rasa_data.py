"""Rasa's own checks: training data validation and the conversation tests (test_stories.yml)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import MODEL, ROOT

RASA = str(ROOT / ".venv" / "bin" / "rasa")
ENV = {**os.environ, "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "3"}


def test_rasa_data_validate() -> None:
    result = subprocess.run(
        [RASA, "data", "validate", "--quiet"], cwd=ROOT, env=ENV, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.mark.model
def test_conversation_stories(tmp_path: Path) -> None:
    if not MODEL.exists():
        pytest.skip("no trained model; run `make train`")
    result = subprocess.run(
        [
            RASA,
            "test",
            "core",
            "--e2e",
            "--stories",
            "tests/test_stories.yml",
            "--model",
            str(MODEL),
            "--out",
            str(tmp_path),
            "--fail-on-prediction-errors",
        ],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    failed = (
        (tmp_path / "failed_test_stories.yml").read_text(encoding="utf-8")
        if (tmp_path / "failed_test_stories.yml").exists()
        else ""
    )
    assert result.returncode == 0, failed + result.stdout[-3000:] + result.stderr[-3000:]
    assert "None of the test stories failed" in failed
