"""`python -m bot triage`: one JSON object per stdin line, from the trained model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

ENV = {"PATH": "/usr/bin:/bin", "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "3"}


def triage(lines: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "triage"],
        cwd=ROOT,
        input=lines,
        env={**ENV, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_without_a_model_it_exits_with_a_clear_message(tmp_path: Path) -> None:
    result = triage("ik word gepest\n", MODEL_DIR=str(tmp_path))
    assert result.returncode == 2
    assert "no trained model" in result.stderr and "make train" in result.stderr
    assert result.stdout == ""


@pytest.mark.model
def test_one_json_object_per_line(requires_model: Path) -> None:
    lines = "\n".join(
        [
            "mijn leidinggevende kleineert me",
            "",
            "een collega zoekt dossiers van zijn buren op",
            "ik pest niemand maar word zelf al maanden buitengesloten en ik wil er niet meer zijn",
            "mag ik een fles wijn van een leverancier aannemen",
        ]
    )
    result = triage(lines + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4  # the empty line is skipped
    for row in rows:
        assert {"category", "subcategory", "confidence", "crisis", "helplines"} <= set(row)
        assert 0.0 <= row["confidence"] <= 1.0
    assert rows[0]["category"] == "ongewenste_omgangsvormen"
    assert rows[0]["helplines"][0] == "vertrouwenspersoon"
    assert rows[1]["category"] == "integriteitsschending"
    assert rows[1]["subcategory"] == "misbruik_informatie"
    assert rows[2]["crisis"] is True
    assert rows[2]["helplines"][0] == "zelfmoordpreventie_113"
    assert rows[2]["also"][0]["category"] == "ongewenste_omgangsvormen"
    assert rows[3]["category"] == "integriteitsvraag"
    assert rows[3]["helplines"][0] == "bureau_integriteit"
    assert not any(r["crisis"] for r in (rows[0], rows[1], rows[3]))
