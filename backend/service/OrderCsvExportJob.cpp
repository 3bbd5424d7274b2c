// SPDX-License-Identifier: MIT
#include "OrderCsvExportJob.h"

#include "OrderCsvWriter.h"

#include <QSaveFile>

#include <utility>

namespace Kiosk {

OrderCsvExportJob::OrderCsvExportJob(QString databasePath, Kiosk::HistoryFilter filter, QDateTime asOf,
    QString targetPath, CancelFlag cancel, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_filter(std::move(filter))
    , m_asOf(asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc().addMSecs(1))
    , m_targetPath(std::move(targetPath))
    , m_cancel(cancel ? std::move(cancel) : std::make_shared<std::atomic<bool>>(false))
{ }

OrderCsvExportJob::~OrderCsvExportJob() = default;

void OrderCsvExportJob::run()
{
    qint64 written = 0;
    QString error;
    bool cancelled = false;
    {
        auto opened = Kiosk::OrderStore::open(m_databasePath);
        if (!opened.ok()) {
            Q_EMIT finished(0, tr("Could not open the order history: %1").arg(opened.error().message), false);
            return;
        }
        const std::unique_ptr<Kiosk::OrderStore> store = std::move(opened).value();

        // Count exactly what the writer will write: the same filter, cut off at the same instant.
        Kiosk::HistoryFilter counted = m_filter;
        if (!counted.to.isValid() || counted.to > m_asOf)
            counted.to = m_asOf;
        const auto total = store->count(counted);
        if (!total.ok()) {
            Q_EMIT finished(0, tr("Could not read the order history: %1").arg(total.error().message), false);
            return;
        }
        Q_EMIT progress(0, total.value());

        QSaveFile file(m_targetPath);
        if (!file.open(QIODevice::WriteOnly)) {
            Q_EMIT finished(0, tr("Could not create %1: %2").arg(m_targetPath, file.errorString()), false);
            return;
        }
        const qint64 expected = total.value();
        const auto result = OrderCsvWriter(store.get()).write(m_filter, &file, m_asOf, [this, expected](qint64 rows) {
            Q_EMIT progress(rows, expected);
            return !m_cancel->load();
        });
        if (m_cancel->load()) {
            file.cancelWriting();
            cancelled = true;
        } else if (!result.ok()) {
            file.cancelWriting();
            error = result.error().message;
        } else if (!file.commit()) {
            error = tr("Could not save %1: %2").arg(m_targetPath, file.errorString());
        } else {
            written = result.value();
        }
        // The store (and its connection) is destroyed here, in the thread that opened it.
    }
    Q_EMIT finished(written, error, cancelled);
}

} // namespace Kiosk
