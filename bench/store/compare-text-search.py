#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The engines' own text indexes against the store's order_terms, on bench_store's data.

  compare-text-search.py sqlite DB.sqlite        SQLite FTS5 (trigram tokenizer)
  compare-text-search.py postgresql CONNINFO     PostgreSQL pg_trgm (GIN), e.g. "host=/tmp/pg user=kiosk dbname=bench1m"

Builds the engine's index beside the store's tables (SQLite: in DB.sqlite-fts, attached, so the
bench file is not changed; PostgreSQL: a table order_search with a GIN trigram index), then times
what the history screen asks for a text: the newest page of 50 and the exact totals per currency
(with the count), median of --runs. The store's own figures for the same texts come from
bench_store (its "text:" rows). Every text is lower case; FTS5 and pg_trgm match it as a substring
of "number e-mail product names", order_terms as a prefix of a word (HistoryFilter::text).
"""
import argparse
import os
import re
import sqlite3
import statistics
import subprocess
import time

TEXTS = ["an", "inbox.example.de", "chai latte", "k3-12", "grace.novak1", "blueberry"]


def median_ms(runs, work):
    work()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def sqlite_side(path, runs):
    db = sqlite3.connect(path)
    fts = path + "-fts"
    fresh = not os.path.exists(fts)
    db.execute("ATTACH ? AS f", (fts,))
    if fresh:
        t = time.perf_counter()
        db.execute("CREATE VIRTUAL TABLE f.order_text USING fts5(body, tokenize='trigram')")
        db.execute(
            "INSERT INTO f.order_text (rowid, body) SELECT o.id, lower(o.number || ' ' || coalesce(o.customer_email, '')"
            " || ' ' || (SELECT group_concat(l.name, ' ') FROM order_lines l WHERE l.order_id = o.id)) FROM orders o")
        db.commit()
        print(f"built FTS5 trigram index in {time.perf_counter() - t:.0f} s, {os.path.getsize(fts) / 1e6:.0f} MB")
    print("| text | matches | page 50 | totals + count | sum | engine |")
    print("|---|---:|---:|---:|---:|---|")
    for text in TEXTS:
        match = '"' + text.replace('"', '""') + '"'
        if len(text) < 3:
            print(f"| {text} | – | – | – | – | FTS5 trigram: fewer than 3 characters match nothing |")
            continue
        ids = "SELECT rowid FROM f.order_text WHERE order_text MATCH ?"
        page_ms, _ = median_ms(runs, lambda: db.execute(
            f"SELECT id FROM orders WHERE id IN ({ids}) ORDER BY created_at DESC, id DESC LIMIT 50", (match,)).fetchall())
        totals_ms, totals = median_ms(runs, lambda: db.execute(
            f"SELECT currency, sum(amount_total), count(*) FROM orders WHERE id IN ({ids}) GROUP BY currency",
            (match,)).fetchall())
        matches = sum(row[2] for row in totals)
        print(f"| {text} | {matches:,} | {page_ms:.1f} ms | {totals_ms:.1f} ms | {page_ms + totals_ms:.1f} ms "
              f"| SQLite {sqlite3.sqlite_version} FTS5 trigram |")


def psql(args, sql):
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", *args], input="\\timing on\n" + sql, text=True,
                         capture_output=True, check=True).stdout
    times = [float(m) for m in re.findall(r"Time: ([0-9.]+) ms", out)]
    rows = [line for line in out.splitlines() if line and not line.startswith("Time:")]
    return times, rows


def postgres_side(args, runs):
    _, exists = psql(args, "SELECT to_regclass('order_search') IS NOT NULL;")
    if exists and exists[0] == "f":
        times, _ = psql(args, """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE order_search AS SELECT o.id, lower(o.number || ' ' || coalesce(o.customer_email, '') || ' ' ||
  (SELECT string_agg(l.name, ' ') FROM order_lines l WHERE l.order_id = o.id)) AS body FROM orders o;
ALTER TABLE order_search ADD PRIMARY KEY (id);
CREATE INDEX order_search_trgm ON order_search USING gin (body gin_trgm_ops);
ANALYZE order_search;
""")
        print(f"built pg_trgm GIN index in {sum(times) / 1000:.0f} s")
    print("| text | matches | page 50 | totals + count | sum | engine |")
    print("|---|---:|---:|---:|---:|---|")
    for text in TEXTS:
        like = "'%" + text.replace("'", "''").replace("%", "\\%").replace("_", "\\_") + "%'"
        ids = f"SELECT id FROM order_search WHERE body LIKE {like}"
        page = f"SELECT id FROM orders WHERE id IN ({ids}) ORDER BY created_at DESC, id DESC LIMIT 50;\n"
        totals = f"SELECT currency, sum(amount_total), count(*) FROM orders WHERE id IN ({ids}) GROUP BY currency;\n"
        page_times, _ = psql(args, page * (runs + 1))
        totals_times, rows = psql(args, totals * (runs + 1))
        matches = sum(int(r.split("|")[2]) for r in rows[: len(rows) // (runs + 1)])
        p, t = statistics.median(page_times[1:]), statistics.median(totals_times[1:])
        print(f"| {text} | {matches:,} | {p:.1f} ms | {t:.1f} ms | {p + t:.1f} ms | PostgreSQL 15 pg_trgm GIN |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engine", choices=["sqlite", "postgresql"])
    parser.add_argument("target", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.engine == "sqlite":
        sqlite_side(args.target[0], args.runs)
    else:
        postgres_side(args.target, args.runs)


if __name__ == "__main__":
    main()
