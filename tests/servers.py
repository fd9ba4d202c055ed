"""Start real Rasa and action-server processes on free localhost ports for tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"


def free_port() -> int:
    """A currently unused localhost port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, timeout: float = 180.0, ok: tuple[int, ...] = (200,)) -> None:
    """Poll a URL until it answers with an accepted status."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, timeout=2).status_code in ok:
                return
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not come up within {timeout:.0f}s")


IN_MEMORY = "tracker_store:\n  type: bot.tracker_store.ExpiringInMemoryTrackerStore\n"


@dataclass
class Stack:
    """A running action server and one or more Rasa servers."""

    rasa_urls: list[str]
    action_url: str
    token: str
    logs: list[Path]
    processes: list[subprocess.Popen[bytes]]

    @property
    def rasa_url(self) -> str:
        """The first Rasa server."""
        return self.rasa_urls[0]

    def say(self, sender: str, message: str, instance: int = 0) -> list[dict]:
        """Send one message over the REST channel of one Rasa instance."""
        r = requests.post(
            f"{self.rasa_urls[instance]}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=30,
        )
        r.raise_for_status()
        return r.json()


@contextlib.contextmanager
def rasa_stack(
    workdir: Path,
    env: dict[str, str],
    model: Path,
    stores: str = IN_MEMORY,
    instances: int = 1,
) -> Iterator[Stack]:
    """Run an action server and Rasa servers sharing `stores` until the block ends."""
    action_port = free_port()
    rasa_ports = [free_port() for _ in range(instances)]
    token = "test-token-" + os.urandom(8).hex()
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n{stores}',
        encoding="utf-8",
    )
    full_env = {
        **os.environ,
        **env,
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "TF_CPP_MIN_LOG_LEVEL": "3",
    }
    logs = [workdir / "actions.log", *(workdir / f"rasa{i}.log" for i in range(instances))]
    commands = [
        [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(action_port)],
        *(
            [
                str(BIN / "rasa"),
                "run",
                "--model",
                str(model),
                "--enable-api",
                "--auth-token",
                token,
                "--interface",
                "127.0.0.1",
                "--port",
                str(port),
                "--endpoints",
                str(endpoints),
                "--credentials",
                str(ROOT / "credentials.yml"),
            ]
            for port in rasa_ports
        ),
    ]
    processes = []
    try:
        for command, log in zip(commands, logs, strict=True):
            out = log.open("wb")
            processes.append(
                subprocess.Popen(
                    command, cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT
                )
            )
        wait_for(f"http://127.0.0.1:{action_port}/health")
        urls = [f"http://127.0.0.1:{port}" for port in rasa_ports]
        for url in urls:
            wait_for(f"{url}/status?token={token}")
        yield Stack(urls, f"http://127.0.0.1:{action_port}", token, logs, processes)
    finally:
        for p in processes:
            p.terminate()
        for p in processes:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
