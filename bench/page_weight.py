"""Bytes the chat page transfers on first load: the HTML and every script and style it links.

    .venv/bin/python -m bench.page_weight

Runs the web app from its factory in this process (no Rasa needed: the page makes no chat
request until someone types) and reads the answers uncompressed, as a first visit without
a cache would, less any compression a reverse proxy adds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import tempfile
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from bot.settings import Settings
from bot.web.app import create_app

_LINKED = re.compile(rb'(?:src|href)="([^"#?]+\.(?:js|css|svg|png|ico|woff2?))"')


async def measure(path: str = "/") -> dict[str, int]:
    """Size in bytes of the page at `path` and of each asset it links, plus their total."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = dataclasses.replace(
            Settings.from_env({}), database_url=f"sqlite:///{Path(tmp) / 'stats.db'}"
        )
        async with TestClient(TestServer(create_app(settings))) as client:
            page = await client.get(path)
            html = await page.read()
            sizes = {path: len(html)}
            for ref in sorted(set(_LINKED.findall(html))):
                asset = await client.get(ref.decode())
                if asset.status != 200:
                    raise SystemExit(f"{ref.decode()} answered {asset.status}")
                sizes[ref.decode()] = len(await asset.read())
    sizes["total"] = sum(sizes.values())
    return sizes


def main() -> None:
    """Print each file's size and the total."""
    sizes = asyncio.run(measure())
    for name, size in sizes.items():
        print(f"{name:24s} {size:7d} bytes")
    print(f"first load: {sizes['total'] / 1024:.1f} KB")


if __name__ == "__main__":
    main()
