"""Load the trained Rasa model and parse messages with it (for triage and the benchmark)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ModelNotFoundError(FileNotFoundError):
    """No trained model in the model directory."""


def latest_model(model_dir: Path) -> Path:
    """The newest model archive in model_dir."""
    archives = sorted(model_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not archives:
        raise ModelNotFoundError(f"no trained model in {model_dir}/ - run `make train` first")
    return archives[-1]


class Parser:
    """A loaded Rasa model that parses one message at a time."""

    def __init__(self, model_path: Path) -> None:
        # Imported here: loading Rasa and TensorFlow takes seconds and must not happen on import.
        import logging

        from rasa.core.agent import Agent
        from rasa.utils.log_utils import configure_structlog

        # Rasa logs each parsed text at DEBUG; keep its structured log at WARNING and up.
        configure_structlog(logging.WARNING)
        self.agent = Agent.load(str(model_path))

    async def parse(self, text: str) -> dict[str, Any]:
        """NLU parse of one message, safety net included."""
        return await self.agent.parse_message(text)
