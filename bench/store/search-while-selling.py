#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Search while selling: one client checks out back to back through checkout-kiosk-server while
another searches the order history once a second; checkout latency with and without the searches.

Usage: search-while-selling.py BASE_URL [--seconds 20] [--rounds 2] [--query inbox.example.de]
Rounds alternate "quiet" (checkouts alone) and "searching" (checkouts + one search a second), so
a change in the machine's load hits both alike. Prints one line per phase and a summary table.
"""
import argparse
import http.client
import json
import os
import threading
import time
import urllib.parse


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def checkouts(base, seconds, out):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    body = json.dumps({"items": [{"sku": "CAF-001", "quantity": 1}]})
    end = time.monotonic() + seconds
    failures = 0
    while time.monotonic() < end:
        t = time.monotonic()
        conn.request("POST", "/api/checkout", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        if response.status == 201:
            out.append((time.monotonic() - t) * 1000)
        else:
            failures += 1
    conn.close()
    return failures


def searches(base, query, stop, out, statuses):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    path = "/api/orders?limit=50&q=" + urllib.parse.quote(query)
    while not stop.is_set():
        t = time.monotonic()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        out.append((time.monotonic() - t) * 1000)
        statuses[response.status] = statuses.get(response.status, 0) + 1
        stop.wait(max(0.0, 1.0 - (time.monotonic() - t)))
    conn.close()


def phase(base, seconds, query, searching):
    latencies, search_ms, statuses = [], [], {}
    stop = threading.Event()
    searcher = None
    if searching:
        searcher = threading.Thread(target=searches, args=(base, query, stop, search_ms, statuses))
        searcher.start()
    failures = checkouts(base, seconds, latencies)
    stop.set()
    if searcher:
        searcher.join()
    return {
        "phase": "searching" if searching else "quiet",
        "checkouts": len(latencies),
        "failed": failures,
        "p50": percentile(latencies, 0.50),
        "p99": percentile(latencies, 0.99),
        "max": max(latencies) if latencies else float("nan"),
        "searches": len(search_ms),
        "search_p50": percentile(search_ms, 0.50),
        "search_max": max(search_ms) if search_ms else float("nan"),
        "search_status": ",".join(f"{k}x{v}" for k, v in sorted(statuses.items())),
        "load": os.getloadavg()[0],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--query", default="inbox.example.de")
    args = parser.parse_args()
    phase(args.base, 2, args.query, False)  # warm-up: connections, caches, the simulator
    rows = []
    for _ in range(args.rounds):
        for searching in (False, True):
            r = phase(args.base, args.seconds, args.query, searching)
            rows.append(r)
            print(json.dumps(r), flush=True)
    print("\n| phase | checkouts | failed | p50 ms | p99 ms | max ms | searches (status) | search p50 / max ms | load |")
    print("|---|---:|---:|---:|---:|---:|---|---:|---:|")
    for r in rows:
        print(f"| {r['phase']} | {r['checkouts']} | {r['failed']} | {r['p50']:.1f} | {r['p99']:.1f} | {r['max']:.1f} "
              f"| {r['searches']} ({r['search_status'] or '-'}) | {r['search_p50']:.0f} / {r['search_max']:.0f} "
              f"| {r['load']:.1f} |")


if __name__ == "__main__":
    main()
