// SPDX-License-Identifier: MIT
#include "OrderSchema.h"

#include "Log.h"
#include "SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace Kiosk {

namespace {

constexpr int kLatestVersion = 11;
constexpr char kSqliteMagic[] = "SQLite format 3";

QStringList migrationStatements(int version, const SqlDialect &d)
{
    const QString pk = d.autoIncrementPrimaryKey();
    const QString i64 = d.int64Type();
    const QString text = d.textType();
    switch (version) {
    case 1: {
        return {
            // Times are Unix milliseconds (UTC) so range filters are plain integer comparisons.
            QStringLiteral("CREATE TABLE orders ("
                           "id %1, number %4 NOT NULL UNIQUE, created_at %2 NOT NULL, updated_at %2 NOT NULL, "
                           "status %3 NOT NULL, currency %3 NOT NULL, "
                           "amount_subtotal %2 NOT NULL CHECK (amount_subtotal >= 0), "
                           "amount_total %2 NOT NULL CHECK (amount_total >= 0), "
                           "session_id %3 UNIQUE, session_url %3, expires_at %2, customer_email %3, paid_at %2, "
                           "payment_intent %3, kiosk_id %3 NOT NULL, cashier %3, status_reason %3, "
                           "attempt %2 NOT NULL DEFAULT 1)")
                .arg(pk, i64, text, d.binaryTextType()),
            // History pages are newest first, by date range and/or status.
            QStringLiteral("CREATE INDEX orders_created ON orders (created_at)"),
            QStringLiteral("CREATE INDEX orders_status_created ON orders (status, created_at)"),
            // Product names are few (a catalogue): text search matches them first, then their orders.
            QStringLiteral("CREATE TABLE product_names (id %1, name %2 NOT NULL UNIQUE, name_lower %2 NOT NULL)")
                .arg(pk, text),
            QStringLiteral("CREATE TABLE order_lines ("
                           "id %1, order_id %2 NOT NULL REFERENCES orders (id) ON DELETE CASCADE, "
                           "position %2 NOT NULL, product_id %3 NOT NULL, sku %3, name %3 NOT NULL, "
                           "name_id %2 NOT NULL REFERENCES product_names (id), "
                           "quantity %2 NOT NULL CHECK (quantity > 0), unit_amount %2 NOT NULL, "
                           "line_total %2 NOT NULL)")
                .arg(pk, i64, text),
            // (order_id, name_id): the lines of an order, and the "does this order contain one of
            // these products" probe while a history page walks orders newest first.
            QStringLiteral("CREATE INDEX order_lines_order ON order_lines (order_id, name_id)"),
            // (name_id, order_id): the orders of a rarely sold product.
            QStringLiteral("CREATE INDEX order_lines_name ON order_lines (name_id, order_id)"),
            QStringLiteral("CREATE TABLE status_history ("
                           "id %1, order_id %2 NOT NULL REFERENCES orders (id) ON DELETE CASCADE, "
                           "from_status %3 NOT NULL, to_status %3 NOT NULL, at %2 NOT NULL, source %3 NOT NULL, "
                           "reason %3)")
                .arg(pk, i64, text),
            QStringLiteral("CREATE INDEX status_history_order ON status_history (order_id, id)"),
            QStringLiteral("CREATE TABLE payment_events ("
                           "id %1, event_id %3 NOT NULL UNIQUE, type %3 NOT NULL, received_at %2 NOT NULL, "
                           "order_id %2 REFERENCES orders (id) ON DELETE SET NULL, payload %4)")
                .arg(pk, i64, text, d.blobType()),
            QStringLiteral("CREATE INDEX payment_events_order ON payment_events (order_id)"),
            QStringLiteral("CREATE TABLE kv (key %1 PRIMARY KEY, value %1 NOT NULL)").arg(text),
            // Per UTC day, status and currency: what totals() and count() add up instead of
            // scanning a million orders. Kept in step by OrderStore in the same transactions.
            QStringLiteral("CREATE TABLE order_totals (day %1 NOT NULL, status %2 NOT NULL, currency %2 NOT NULL, "
                           "amount %1 NOT NULL, orders %1 NOT NULL, PRIMARY KEY (day, status, currency))%3")
                .arg(i64, text, d.clusteredTableSuffix()),
            // The same per product name: an order counts once per distinct product name it contains,
            // so a text that matches exactly one name is summed from here. Same transactions.
            QStringLiteral("CREATE TABLE order_product_totals (name_id %1 NOT NULL, day %1 NOT NULL, "
                           "status %2 NOT NULL, currency %2 NOT NULL, amount %1 NOT NULL, orders %1 NOT NULL, "
                           "PRIMARY KEY (name_id, day, status, currency))%3")
                .arg(i64, text, d.clusteredTableSuffix()),
            // Text search on order number and e-mail: lower-cased search terms, matched by PREFIX
            // with an index range. kind 0 is the whole field ("k1-000123", "ana.lee@example.com"),
            // kind 1 every word that starts inside it after a non-alphanumeric character
            // ("000123", "lee@example.com", "example.com", "com").
            QStringLiteral("CREATE TABLE order_terms (kind %1 NOT NULL, term %2 NOT NULL, order_id %1 NOT NULL, "
                           "PRIMARY KEY (kind, term, order_id))%3")
                .arg(i64, d.binaryTextType(), d.clusteredTableSuffix()),
            QStringLiteral("CREATE INDEX order_terms_order ON order_terms (order_id)"),
        };
    }
    case 2:
        return {
            // Which installation created the order: two tills on one Stripe account (even with the
            // same kiosk id) never take each other's sessions. NULL for orders made before.
            QStringLiteral("ALTER TABLE orders ADD COLUMN installation_id %1").arg(text),
            // "Cancel" asked for, durably: a session created or paid afterwards is settled by it.
            QStringLiteral("ALTER TABLE orders ADD COLUMN cancel_requested_at %1").arg(i64),
        };
    case 3:
        return {
            // Settings (the manager PIN's hash and lockout) leave the order store's own state:
            // SettingsStore keeps them, the kv table keeps counters and cursors.
            QStringLiteral("CREATE TABLE settings (key %1 PRIMARY KEY, value %1 NOT NULL)").arg(text),
            QStringLiteral("INSERT INTO settings (key, value) SELECT key, value FROM kv WHERE key LIKE 'security/%'"),
            QStringLiteral("DELETE FROM kv WHERE key LIKE 'security/%'"),
        };
    case 4:
        return {
            // The options chosen for a line (size, milk), as JSON; NULL for lines without. The
            // line's name already carries them for people ("Latte (Large, Oat milk)").
            QStringLiteral("ALTER TABLE order_lines ADD COLUMN options %1").arg(text),
        };
    case 5:
        return {
            // Refunds: written (pending) before Stripe is asked, settled afterwards. Plain SQL that
            // SQLite and PostgreSQL both accept. The order keeps the running total of the refunds
            // that count (pending and succeeded), and the schema refuses one above what was paid.
            QStringLiteral("CREATE TABLE refunds ("
                           "id %1, order_id %2 NOT NULL REFERENCES orders(id), amount %2 NOT NULL CHECK (amount > 0), "
                           "currency %3 NOT NULL, reason %3, status %3 NOT NULL CHECK (status IN ('pending', "
                           "'succeeded', 'failed', 'canceled')), stripe_refund_id %3 UNIQUE, failure_reason %3, "
                           "lines %3, tax %3, tax_recorded %2 NOT NULL, made_elsewhere %2 NOT NULL, "
                           "created_at %2 NOT NULL, updated_at %2 NOT NULL)")
                .arg(pk, i64, text),
            QStringLiteral("CREATE INDEX refunds_order ON refunds (order_id, id)"),
            QStringLiteral("CREATE INDEX refunds_status ON refunds (status, id)"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN amount_refunded %1 NOT NULL DEFAULT 0 "
                           "CHECK (amount_refunded >= 0 AND amount_refunded <= amount_total)")
                .arg(i64),
        };
    case 6:
        return {
            // Refund events (refund.*, charge.refunded) name the payment intent, not the session:
            // a refund made in the Dashboard carries nothing else.
            QStringLiteral("CREATE INDEX orders_payment_intent ON orders (payment_intent)"),
        };
    case 7:
        return {
            // The day report reads one business day's sales by paid_at and its refunds by
            // created_at: one index range each, whatever the size of the store.
            QStringLiteral("CREATE INDEX orders_paid ON orders (paid_at)"),
            QStringLiteral("CREATE INDEX refunds_created ON refunds (created_at)"),
            // Closed days: numbered, never updated or deleted (DayCloseStore has no statement
            // that would). A correction is a new row with the next revision that names the row it
            // corrects (by number); (business_date, scope, revision) is unique, so a day is closed once.
            // scope: '' for the whole shop, else the kiosk id of one till.
            QStringLiteral("CREATE TABLE day_closes ("
                           "id %1, number %2 NOT NULL UNIQUE, business_date %3 NOT NULL, scope %3 NOT NULL, "
                           "revision %2 NOT NULL CHECK (revision >= 0), corrects %2 REFERENCES day_closes(number), "
                           "cash_counted %2, report %3 NOT NULL, closed_at %2 NOT NULL, "
                           "UNIQUE (business_date, scope, revision))")
                .arg(pk, i64, text),
        };
    case 8:
        return {
            // The shop server's tills: only a SHA-256 hash of each till's token is kept, with
            // when it was issued and revoked (a revoked till's token is refused at once).
            QStringLiteral("CREATE TABLE kiosks (kiosk_id %1 PRIMARY KEY, token_hash %1 NOT NULL UNIQUE, "
                           "created_at %2 NOT NULL, revoked_at %2)")
                .arg(text, i64),
            // Every manager action on the server: who (a kiosk id through the PIN, or "api-token"),
            // what, on which order, when and how it ended.
            QStringLiteral("CREATE TABLE audit_log (id %1, at %2 NOT NULL, actor %3 NOT NULL, action %3 NOT NULL, "
                           "order_id %2, outcome %3 NOT NULL)")
                .arg(pk, i64, text),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at, id)"),
            // A till's own orders (its order changes feed and scope checks).
            QStringLiteral("CREATE INDEX orders_kiosk ON orders (kiosk_id, id)"),
            // One till's business day (the day report per till): an index range on paid_at.
            QStringLiteral("CREATE INDEX orders_kiosk_paid ON orders (kiosk_id, paid_at)"),
        };
    case 9:
        return {
            // Tax per line as sold (docs/pricing-rule.md): the amount, the rate's name and
            // percentage (× 10^4) and whether it was included in the price; the order keeps the
            // sum (Stripe's total_details.amount_tax). 0 / NULL for orders from before.
            QStringLiteral("ALTER TABLE orders ADD COLUMN amount_tax %1 NOT NULL DEFAULT 0 CHECK (amount_tax >= 0)")
                .arg(i64),
            QStringLiteral(
                "ALTER TABLE order_lines ADD COLUMN amount_tax %1 NOT NULL DEFAULT 0 CHECK (amount_tax >= 0)")
                .arg(i64),
            QStringLiteral("ALTER TABLE order_lines ADD COLUMN tax_rate %1").arg(text),
            QStringLiteral("ALTER TABLE order_lines ADD COLUMN tax_percentage %1").arg(i64),
            QStringLiteral("ALTER TABLE order_lines ADD COLUMN tax_inclusive %1 NOT NULL DEFAULT 0").arg(i64),
            // The Stripe TaxRate it was sent with: a replay after a crash sends the same one,
            // and a later change of the shop's rate leaves the order as it was sold.
            QStringLiteral("ALTER TABLE order_lines ADD COLUMN stripe_tax_rate %1").arg(text),
        };
    case 10:
        return {
            // The basket discount (at most one, Stripe's coupon): its kind (percent_off,
            // amount_off, promotion_code), the value asked for ("12.5", "250"), the amount it
            // took off (total_details.amount_discount) and the coupon it was sent as; each line
            // keeps its share by the pricing rule. NULL / 0 for orders from before.
            QStringLiteral("ALTER TABLE orders ADD COLUMN discount_kind %1").arg(text),
            QStringLiteral("ALTER TABLE orders ADD COLUMN discount_value %1").arg(text),
            QStringLiteral("ALTER TABLE orders ADD COLUMN amount_discount %1 NOT NULL DEFAULT 0 "
                           "CHECK (amount_discount >= 0 AND amount_discount <= amount_subtotal)")
                .arg(i64),
            QStringLiteral("ALTER TABLE orders ADD COLUMN stripe_coupon %1").arg(text),
            QStringLiteral("ALTER TABLE order_lines ADD COLUMN amount_discount %1 NOT NULL DEFAULT 0 "
                           "CHECK (amount_discount >= 0 AND amount_discount <= line_total)")
                .arg(i64),
        };
    case 11:
        return {
            // Cash tender (staffed tills, issue 11 §4): how the order was paid, what was handed
            // over, the change and the cash rounding (rounded due - total). request_id makes a
            // double tap or a retried request pay once (NULLs are distinct in both dialects).
            QStringLiteral("ALTER TABLE orders ADD COLUMN tender %1 NOT NULL DEFAULT 'card' "
                           "CHECK (tender IN ('card', 'cash'))")
                .arg(text),
            QStringLiteral("ALTER TABLE orders ADD COLUMN cash_tendered %1").arg(i64),
            QStringLiteral("ALTER TABLE orders ADD COLUMN cash_change %1").arg(i64),
            QStringLiteral("ALTER TABLE orders ADD COLUMN cash_rounding %1").arg(i64),
            QStringLiteral("ALTER TABLE orders ADD COLUMN cash_request_id %1").arg(text),
            QStringLiteral("CREATE UNIQUE INDEX orders_cash_request ON orders (cash_request_id)"),
            // A refund of a cash order is paid out of the drawer, not by Stripe.
            QStringLiteral("ALTER TABLE refunds ADD COLUMN tender %1 NOT NULL DEFAULT 'card' "
                           "CHECK (tender IN ('card', 'cash'))")
                .arg(text),
            // The drawer of each till and business day: the opening float, cash in and cash
            // out. Append-only (CashDrawerTable has no UPDATE or DELETE); request_id makes a
            // retried entry count once.
            QStringLiteral("CREATE TABLE drawer_entries (id %1, kiosk_id %3 NOT NULL, business_date %3 NOT NULL, "
                           "kind %3 NOT NULL CHECK (kind IN ('float', 'in', 'out')), "
                           "amount %2 NOT NULL CHECK (amount >= 0), currency %3 NOT NULL, reason %3, "
                           "actor %3 NOT NULL, at %2 NOT NULL, request_id %3 UNIQUE)")
                .arg(pk, i64, text),
            QStringLiteral("CREATE INDEX drawer_entries_day ON drawer_entries (business_date, kiosk_id, id)"),
        };
    default:
        return {};
    }
}

Error schemaError(const QString &code, const QString &message)
{
    return makeError(code, message);
}

} // namespace

int OrderSchema::latestVersion()
{
    return kLatestVersion;
}

Status OrderSchema::inspectExisting(const QString &path, const QString &probeConnectionName) const
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    const QString notDatabase
        = QStringLiteral("%1 is not a Checkout Kiosk order database (%2). It was left untouched; move it away or "
                         "choose another file.");
    if (!file.open(QIODevice::ReadOnly))
        return schemaError(
            QStringLiteral("cannot_open"), QStringLiteral("Could not read %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray(kSqliteMagic, sizeof(kSqliteMagic))))
        return schemaError(QStringLiteral("not_a_database"),
            notDatabase.arg(shown, QStringLiteral("it does not start with an SQLite header")));
    // Page size is big-endian at offset 16; the value 1 means 65536.
    const int rawPageSize
        = (static_cast<unsigned char>(header.at(16)) << 8) | static_cast<unsigned char>(header.at(17));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0)
        return schemaError(QStringLiteral("corrupt_database"),
            notDatabase.arg(shown, QStringLiteral("it is truncated or half-written")));

    // A read-only look at a WAL database leaves empty -wal/-shm files behind; remove the ones
    // the probe created so a refused file is left exactly as it was found.
    const QString walPath = path + QStringLiteral("-wal");
    const QString shmPath = path + QStringLiteral("-shm");
    const bool hadWal = QFile::exists(walPath);
    const bool hadShm = QFile::exists(shmPath);
    int version = 0;
    Status result;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(m_dialect.driverName(), probeConnectionName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + m_dialect.connectOptions());
        if (!probe.open()) {
            result = schemaError(QStringLiteral("corrupt_database"), notDatabase.arg(shown, probe.lastError().text()));
        } else {
            QSqlQuery q(probe);
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                result = schemaError(QStringLiteral("corrupt_database"), notDatabase.arg(shown, q.lastError().text()));
            } else {
                QStringList tables;
                while (q.next())
                    tables << q.value(0).toString();
                q.finish();
                if (tables.contains(QStringLiteral("schema_version"))) {
                    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
                        result = schemaError(
                            QStringLiteral("corrupt_database"), notDatabase.arg(shown, q.lastError().text()));
                    else if (q.next())
                        version = q.value(0).toInt();
                } else if (!tables.isEmpty()) {
                    result = schemaError(QStringLiteral("not_a_database"),
                        notDatabase.arg(shown, QStringLiteral("it belongs to another application")));
                }
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeConnectionName);
    if (!hadWal && QFile::exists(walPath) && QFileInfo(walPath).size() == 0) {
        QFile::remove(walPath);
        if (!hadShm)
            QFile::remove(shmPath);
    }
    if (!result)
        return result;
    if (version > kLatestVersion)
        return schemaError(QStringLiteral("schema_too_new"),
            QStringLiteral("The order database %1 was written by a newer Checkout Kiosk (schema "
                           "version %2; this build knows up to %3). Update the kiosk software; the "
                           "database was left untouched.")
                .arg(shown)
                .arg(version)
                .arg(kLatestVersion));
    return {};
}

Result<int> OrderSchema::migrate(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const auto fail = [&q](const QString &what) {
        // The driver's text (SQL) goes to the log; the person reading the error gets what failed.
        qCWarning(lcStore).noquote() << what << "-" << q.lastError().text();
        return makeError(QStringLiteral("migration_failed"),
            QStringLiteral("%1: the order database reported an error (details are in the log).").arg(what));
    };
    // Replicas starting together on one PostgreSQL: one migrates, the others then find it done.
    if (const QString lock = m_dialect.lockSchema(); !lock.isEmpty() && !q.exec(lock))
        return fail(QStringLiteral("Could not lock the order database for its migration"));
    const auto unlock = qScopeGuard([&db, this] {
        if (const QString sql = m_dialect.unlockSchema(); !sql.isEmpty()) {
            QSqlQuery u(db);
            if (!u.exec(sql))
                qCWarning(lcStore).noquote() << "could not unlock the schema -" << u.lastError().text();
        }
    });
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version %1 NOT NULL)")
                    .arg(m_dialect.int64Type())))
        return fail(QStringLiteral("Could not prepare the order database"));
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return fail(QStringLiteral("Could not read the schema version"));
    int version = q.value(0).toInt();
    q.finish();
    if (version > kLatestVersion)
        return makeError(QStringLiteral("schema_too_new"),
            QStringLiteral("The order database was written by a newer Checkout Kiosk (schema version %1; this "
                           "build knows up to %2). Update the kiosk software; the database was left untouched.")
                .arg(version)
                .arg(kLatestVersion));
    while (version < kLatestVersion) {
        const int next = version + 1;
        if (!q.exec(m_dialect.beginWrite()))
            return fail(QStringLiteral("Could not start migration %1").arg(next));
        bool ok = true;
        for (const QString &statement : migrationStatements(next, m_dialect)) {
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            ok = q.exec(QStringLiteral("DELETE FROM schema_version"));
            ok = ok && q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            if (ok) {
                q.addBindValue(next);
                ok = q.exec();
            }
        }
        if (!ok) {
            const Error error = fail(QStringLiteral("Migration to schema version %1 failed").arg(next));
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return fail(QStringLiteral("Could not commit migration %1").arg(next));
        version = next;
    }
    return version;
}

} // namespace Kiosk
