// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <memory>

namespace Kiosk {

/**
 * Writes a CSV export off the UI thread. Move it to a worker thread and invoke run() there: it
 * opens its own OrderStore connection to `databasePath` (the UI's store is bound to the UI
 * thread), counts the matching orders, streams them through OrderCsvWriter into a QSaveFile and
 * commits only on success, so a failed or cancelled export leaves no file behind. The connection
 * is closed in the worker thread before finished() is emitted.
 */
class OrderCsvExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderCsvExportJob)

public:
    /** Set from any thread to stop the export at the next page. */
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    OrderCsvExportJob(QString databasePath, Kiosk::HistoryFilter filter, QDateTime asOf, QString targetPath,
        CancelFlag cancel, QObject *parent = nullptr);
    ~OrderCsvExportJob() override;

    [[nodiscard]] QString targetPath() const { return m_targetPath; }

public Q_SLOTS:
    /** Runs the whole export in the calling thread, then emits finished() exactly once. */
    void run();

Q_SIGNALS:
    /** Rows written so far out of total (total from OrderStore::count for the same filter). */
    void progress(qint64 written, qint64 total);
    /** error is empty on success; cancelled exports report cancelled = true and no error. */
    void finished(qint64 written, const QString &error, bool cancelled);

private:
    QString m_databasePath;
    Kiosk::HistoryFilter m_filter;
    QDateTime m_asOf;
    QString m_targetPath;
    CancelFlag m_cancel;
};

} // namespace Kiosk
