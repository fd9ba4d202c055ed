"""Real PostgreSQL and Redis servers for tests, started in temporary directories."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.servers import free_port

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def have_postgres() -> bool:
    """PostgreSQL server binaries are installed."""
    return (PG_BIN / "postgres").exists()


def have_redis() -> bool:
    """redis-server is installed."""
    return shutil.which("redis-server") is not None


def _as_postgres(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs as root.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@dataclass
class Postgres:
    """A throw-away PostgreSQL cluster."""

    datadir: Path
    port: int

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the test database."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        """Start (or restart) the server and wait until it accepts connections."""
        subprocess.run(
            _as_postgres(
                [
                    str(PG_BIN / "pg_ctl"),
                    "-D",
                    str(self.datadir),
                    "-l",
                    str(self.datadir / "log"),
                    "-o",
                    f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1",
                    "-w",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        """Stop the server immediately."""
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"]
            ),
            check=False,
            capture_output=True,
        )


@contextlib.contextmanager
def postgres_server() -> Iterator[Postgres]:
    """initdb + start a PostgreSQL server on a free port; stopped and removed afterwards."""
    # Not under pytest's tmp_path: the postgres user must be able to reach the directory.
    tmp = Path(tempfile.mkdtemp(prefix="wegwijzer-pg-"))
    datadir = tmp / "pgdata"
    datadir.mkdir()
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(tmp, user.pw_uid, user.pw_gid)
        os.chown(datadir, user.pw_uid, user.pw_gid)
    subprocess.run(
        _as_postgres(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(datadir),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    server = Postgres(datadir, free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def redis_server(tmp: Path) -> Iterator[str]:
    """A redis-server on a free port without persistence; yields its URL host:port."""
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.1)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
