#!/bin/sh
# SPDX-License-Identifier: MIT
# Copies bench_store's generated orders from an SQLite file into a PostgreSQL database that the
# store has already migrated (bench_store --orders 0 --db postgresql://…), with COPY: minutes
# instead of the import's hour on a loaded machine. The same rows, index tables included; foreign
# keys are not checked while copying (session_replication_role = replica: the rows come from a
# store that checked them).
#   bench/store/copy-to-postgres.sh /tmp/bench1m.sqlite -h /tmp/pg -U kiosk bench1m
set -eu
DB=${1:?usage: copy-to-postgres.sh DB.sqlite PSQL_ARGS...}
shift
for table in product_names orders order_lines order_terms order_totals order_product_totals; do
    columns=$(sqlite3 "$DB" "SELECT group_concat(name, ', ') FROM pragma_table_info('$table')")
    start=$(date +%s)
    sqlite3 -csv -cmd '.nullvalue __null__' "$DB" "SELECT $columns FROM $table" \
        | psql -X -q -v ON_ERROR_STOP=1 "$@" -c 'SET session_replication_role = replica' -c "\\copy $table ($columns) FROM STDIN WITH (FORMAT csv, NULL '__null__')"
    echo "$table: $(sqlite3 "$DB" "SELECT count(*) FROM $table") rows in $(( $(date +%s) - start )) s"
done
# New orders after the copy must not collide with the copied ids.
psql -X -q "$@" -c "SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT max(id) FROM orders));
SELECT setval(pg_get_serial_sequence('order_lines', 'id'), (SELECT max(id) FROM order_lines));
SELECT setval(pg_get_serial_sequence('product_names', 'id'), (SELECT max(id) FROM product_names));
ANALYZE;" >/dev/null
