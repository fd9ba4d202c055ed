"""Latency the web front adds to a chat message: Rasa's webhook directly versus /api/chat."""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import sys
import time

import aiohttp

from bench.metrics import percentile

USAGE = """
Rasa and the web front must be running; give the web front a rate limit above N per
minute (for example RATE_LIMIT_PER_MINUTE=100000), then:

    RASA_URL=http://127.0.0.1:5005 WEB_URL=http://127.0.0.1:8080 \\
        .venv/bin/python bench/web_overhead.py -n 200

Requests alternate between the two targets, one at a time, so both see the same Rasa load.
Every message uses a fresh random sender id; the messages are fixed Dutch test texts.
"""

MESSAGES = (
    "Mijn collega pest mij al een paar maanden.",
    "Ik twijfel of ik een cadeau van een leverancier mag aannemen.",
    "Mijn leidinggevende schreeuwt tegen mij in vergaderingen.",
    "Ik maak me zorgen over geld.",
    "Hoe reset ik mijn wachtwoord?",
)


async def timed_post(session: aiohttp.ClientSession, url: str, body: dict[str, str]) -> float:
    """One POST; milliseconds until the whole answer is read. Fails on a non-200 answer."""
    start = time.perf_counter()
    async with session.post(url, json=body) as resp:
        await resp.read()
        if resp.status == 429:
            raise SystemExit(
                "The web front answered 429: raise RATE_LIMIT_PER_MINUTE for this run."
            )
        if resp.status != 200:
            raise SystemExit(f"{url} answered HTTP {resp.status}")
    return (time.perf_counter() - start) * 1000


async def measure(rasa_url: str, web_url: str, n: int, warmup: int) -> dict[str, float]:
    """p50/p95 of Rasa's webhook directly and of /api/chat, in milliseconds."""
    direct_url = f"{rasa_url.rstrip('/')}/webhooks/rest/webhook"
    proxy_url = f"{web_url.rstrip('/')}/api/chat"
    direct: list[float] = []
    proxied: list[float] = []
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for i in range(warmup + n):
            text = MESSAGES[i % len(MESSAGES)]
            pair = [
                (direct_url, direct, {"sender": secrets.token_hex(16), "message": text}),
                (proxy_url, proxied, {"sender": secrets.token_hex(16), "message": text}),
            ]
            if i % 2:
                pair.reverse()  # alternate the order so neither target always goes first
            for url, sink, body in pair:
                ms = await timed_post(session, url, body)
                if i >= warmup:
                    sink.append(ms)
    return {
        "direct_p50": percentile(direct, 50),
        "direct_p95": percentile(direct, 95),
        "direct_mean": statistics.fmean(direct),
        "proxied_p50": percentile(proxied, 50),
        "proxied_p95": percentile(proxied, 95),
        "proxied_mean": statistics.fmean(proxied),
    }


async def run(rasa_url: str, web_url: str, n: int, warmup: int) -> int:
    """Measure and print the comparison."""
    m = await measure(rasa_url, web_url, n, warmup)
    d50, d95, p50, p95 = m["direct_p50"], m["direct_p95"], m["proxied_p50"], m["proxied_p95"]
    print(f"messages per target: {n} (after {warmup} warm-up)")
    print(f"{'':24}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}")
    print(f"{'Rasa webhook (direct)':24}{d50:10.1f}{d95:10.1f}{m['direct_mean']:10.1f}")
    print(f"{'web front /api/chat':24}{p50:10.1f}{p95:10.1f}{m['proxied_mean']:10.1f}")
    print(
        f"{'overhead':24}{p50 - d50:10.1f}{p95 - d95:10.1f}"
        f"{m['proxied_mean'] - m['direct_mean']:10.1f}"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").strip(),
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-n", type=int, default=100, help="messages per target (default 100)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed rounds first (default 5)")
    parser.add_argument("--rasa-url", default=os.environ.get("RASA_URL", "http://127.0.0.1:5005"))
    parser.add_argument("--web-url", default=os.environ.get("WEB_URL", "http://127.0.0.1:8080"))
    args = parser.parse_args()
    if args.n < 1:
        parser.error("-n must be at least 1")
    return asyncio.run(run(args.rasa_url, args.web_url, args.n, args.warmup))


if __name__ == "__main__":
    sys.exit(main())
