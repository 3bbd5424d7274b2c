// SPDX-License-Identifier: MIT
#include "EmbeddedManagerService.h"

#include "Database.h"

#include "OrderCsvExportJob.h"
#include "OrderReader.h"
#include "OrderStore.h"
#include "PinVault.h"
#include "RefundCoordinator.h"

#include <QPointer>
#include <QThread>

namespace Kiosk {

namespace {

/** Runs `done(result)` from the event loop, not from inside the caller. */
template <typename T> void post(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

} // namespace

EmbeddedManagerService::EmbeddedManagerService(OrderStore &store, RefundCoordinator *refunds, QObject *parent)
    : ManagerService(parent)
    , m_store(store)
    , m_ownReads(std::make_unique<OrderReader>(store.database()->reopenLocation()))
    , m_reads(m_ownReads.get())
    , m_refunds(refunds)
{
    connect(&store, &OrderStore::orderChanged, this, &ManagerService::ordersChanged);
}

EmbeddedManagerService::EmbeddedManagerService(
    OrderStore &store, OrderReader &reads, RefundCoordinator *refunds, QObject *parent)
    : ManagerService(parent)
    , m_store(store)
    , m_reads(&reads)
    , m_refunds(refunds)
{
    connect(&store, &OrderStore::orderChanged, this, &ManagerService::ordersChanged);
}

EmbeddedManagerService::~EmbeddedManagerService()
{
    // run() returns within one page once cancelled; the job is deleted in its thread as it ends.
    for (const Export &running : std::as_const(m_exports)) {
        running.cancel->store(true);
        running.thread->quit();
        running.thread->wait();
        delete running.thread;
    }
}

void EmbeddedManagerService::checkManagerPin(const QString &pin, QObject *context, Reply<ManagerPinCheck> done)
{
    if (!m_vault) {
        post<ManagerPinCheck>(context, std::move(done),
            makeError(QStringLiteral("not_available"), QStringLiteral("This till has no manager PIN.")));
        return;
    }
    ManagerPinCheck check;
    switch (m_vault->verify(pin)) {
    case PinVault::Verdict::Ok:
        check.verdict = ManagerPinCheck::Verdict::Ok;
        break;
    case PinVault::Verdict::Wrong:
        check.verdict = ManagerPinCheck::Verdict::Wrong;
        check.triesLeft = m_vault->triesLeft();
        break;
    case PinVault::Verdict::LockedOut:
        check.verdict = ManagerPinCheck::Verdict::LockedOut;
        check.retryAfterSecs = m_vault->lockedForSecs();
        break;
    }
    post<ManagerPinCheck>(context, std::move(done), check);
}

void EmbeddedManagerService::countOrders(const HistoryFilter &filter, QObject *context, Reply<qint64> done)
{
    m_reads->read<qint64>([filter](const OrderStore &store) { return store.count(filter); }, context, std::move(done));
}

void EmbeddedManagerService::historyPage(
    const HistoryFilter &filter, int offset, int limit, QObject *context, Reply<QList<Order>> done)
{
    m_reads->read<QList<Order>>(
        [filter, offset, limit](const OrderStore &store) { return store.history(filter, offset, limit); }, context,
        std::move(done));
}

void EmbeddedManagerService::totals(const HistoryFilter &filter, QObject *context, Reply<QList<CurrencyTotal>> done)
{
    m_reads->read<QList<CurrencyTotal>>(
        [filter](const OrderStore &store) { return store.totals(filter); }, context, std::move(done));
}

void EmbeddedManagerService::orderDetails(qint64 orderId, QObject *context, Reply<OrderDetails> done)
{
    m_reads->read<OrderDetails>(
        [orderId](const OrderStore &store) -> Result<OrderDetails> {
            auto order = store.order(orderId);
            if (!order)
                return order.error();
            OrderDetails details;
            details.order = std::move(order).value();
            // The timeline is secondary: an order whose history cannot be read still shows.
            if (auto history = store.statusHistory(orderId))
                details.statusHistory = std::move(history).value();
            if (auto events = store.events(orderId))
                details.events = std::move(events).value();
            if (auto refunds = store.refunds(orderId))
                details.refunds = std::move(refunds).value();
            return details;
        },
        context, std::move(done));
}

qint64 EmbeddedManagerService::startCsvExport(const HistoryFilter &filter, const QDateTime &asOf,
    const QString &targetPath, QObject *context, ExportProgress progress, Reply<qint64> done)
{
    const qint64 id = m_nextExportId++;
    Export running;
    running.cancel = std::make_shared<std::atomic<bool>>(false);
    auto *job = new OrderCsvExportJob(m_store.database()->reopenLocation(), filter, asOf, targetPath, running.cancel);
    running.thread = new QThread(this);
    running.thread->setObjectName(QStringLiteral("csvExport"));
    job->moveToThread(running.thread);
    connect(running.thread, &QThread::started, job, &OrderCsvExportJob::run);
    connect(running.thread, &QThread::finished, job, &QObject::deleteLater);
    const QPointer<QObject> guard(context);
    const std::shared_ptr<std::atomic<bool>> cancel = running.cancel;
    connect(job, &OrderCsvExportJob::progress, context, [progress, cancel](qint64 written, qint64 total) {
        if (progress && !cancel->load())
            progress(written, total);
    });
    connect(job, &OrderCsvExportJob::finished, this,
        [this, id, guard, done](qint64 written, const QString &error, bool cancelled) {
            finishExport(id);
            if (!guard)
                return;
            if (cancelled)
                done(makeError(QStringLiteral("cancelled"), tr("Export cancelled. No file was saved.")));
            else if (!error.isEmpty())
                done(makeError(QStringLiteral("export_failed"), error));
            else
                done(written);
        });
    m_exports.insert(id, running);
    Q_EMIT exportJobStarted(job);
    running.thread->start();
    return id;
}

void EmbeddedManagerService::planRefund(
    qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<RefundPlan> done)
{
    if (!m_refunds) {
        post<RefundPlan>(context, std::move(done),
            makeError(QStringLiteral("not_available"), QStringLiteral("Refunds are not available on this till.")));
        return;
    }
    post(context, std::move(done), m_refunds->plan(orderId, request));
}

void EmbeddedManagerService::refundOrder(
    qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<OrderRefund> done)
{
    if (!m_refunds) {
        post<OrderRefund>(context, std::move(done),
            makeError(QStringLiteral("not_available"), QStringLiteral("Refunds are not available on this till.")));
        return;
    }
    // The coordinator answers later, on this thread, and not once `context` is gone.
    m_refunds->refund(orderId, request, context, std::move(done));
}

void EmbeddedManagerService::cancelCsvExport(qint64 exportId)
{
    const auto it = m_exports.constFind(exportId);
    if (it != m_exports.cend())
        it->cancel->store(true);
}

void EmbeddedManagerService::finishExport(qint64 exportId)
{
    const Export running = m_exports.take(exportId);
    if (!running.thread)
        return;
    running.thread->quit();
    running.thread->wait();
    delete running.thread;
}

} // namespace Kiosk
