// SPDX-License-Identifier: MIT
#include "OrderReader.h"

#include "Database.h"
#include "Log.h"
#include "OrderStore.h"
#include "ReadDeadline.h"
#include "SqlDialect.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

#include <sys/resource.h>
#include <unistd.h>

namespace Kiosk {

namespace {

/** Linux nice value of the read thread: on a busy machine the payment thread gets the CPU first
 *  (about 10 times the share), and a read still progresses. Per thread on Linux (setpriority(2)). */
constexpr int kReadNice = 10;

struct Task
{
    QPointer<QObject> context;
    std::function<bool(const OrderStore *, const Error &)> work;
    std::function<void(const std::optional<Error> &)> deliver;
};

} // namespace

struct OrderReader::Private
{
    QString location;
    Limits limits;
    QThread *thread = nullptr;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Task> queue; ///< under mutex
    bool stopping = false; ///< under mutex
    std::atomic<int> pending { 0 };
    ReadDeadline deadline;

    /** The worker thread's loop: its own connection, one read at a time. */
    void run(OrderReader *reader);
    Result<std::unique_ptr<OrderStore>> connect();
};

Result<std::unique_ptr<OrderStore>> OrderReader::Private::connect()
{
    auto store = OrderStore::open(location);
    if (!store)
        return store.error();
    const std::shared_ptr<Database> &database = store.value()->database();
    if (Status limited = database->dialect().setUpReadConnection(database->connection(), limits.timeLimitMs, deadline);
        !limited)
        return limited.error();
    return store;
}

void OrderReader::Private::run(OrderReader *reader)
{
    if (::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kReadNice) != 0)
        qCDebug(lcStore) << "read thread keeps its priority";
    std::unique_ptr<OrderStore> store;
    for (;;) {
        Task task;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return stopping || !queue.empty(); });
            if (stopping)
                break;
            task = std::move(queue.front());
            queue.pop_front();
        }
        Error failure;
        if (!store) {
            auto opened = connect();
            if (opened) {
                store = std::move(opened).value();
            } else {
                failure = opened.error();
                qCWarning(lcStore).noquote() << "read connection:" << failure.message;
            }
        }
        QElapsedTimer took;
        took.start();
        deadline.arm(limits.timeLimitMs);
        const bool ok = task.work(store.get(), failure);
        const bool timedOut = !ok && (deadline.expired() || took.elapsed() >= limits.timeLimitMs);
        deadline.disarm();
        std::optional<Error> instead;
        if (timedOut)
            instead = makeError(QStringLiteral("read_timeout"),
                QStringLiteral("Reading the orders took longer than %1 s and was stopped; narrow the search down.")
                    .arg(limits.timeLimitMs / 1000.0, 0, 'f', 1));
        --pending;
        // To the reader's thread; the reader outlives this loop (its destructor joins it).
        QMetaObject::invokeMethod(
            reader,
            [context = task.context, deliver = std::move(task.deliver), instead] {
                if (context)
                    deliver(instead);
            },
            Qt::QueuedConnection);
    }
    // The connection belongs to this thread: closed here.
    store.reset();
}

OrderReader::OrderReader(QString location, Limits limits, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->location = std::move(location);
    d->limits = limits;
    d->thread = QThread::create([this] { d->run(this); });
    d->thread->setObjectName(QStringLiteral("orderReads"));
    d->thread->start();
}

OrderReader::~OrderReader()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->queue.clear();
    }
    d->deadline.expireNow();
    d->wake.notify_all();
    d->thread->wait();
    delete d->thread;
}

const OrderReader::Limits &OrderReader::limits() const
{
    return d->limits;
}

int OrderReader::pending() const
{
    return d->pending.load();
}

void OrderReader::enqueue(QObject *context, Work work, Deliver deliver)
{
    Task task { context, std::move(work), std::move(deliver) };
    if (d->pending.load() >= d->limits.maxQueued) {
        const Error busy = makeError(QStringLiteral("busy"),
            QStringLiteral("Too many reads of the order history are waiting; try again in a moment."));
        QMetaObject::invokeMethod(
            this,
            [context = task.context, deliver = std::move(task.deliver), busy] {
                if (context)
                    deliver(busy);
            },
            Qt::QueuedConnection);
        return;
    }
    ++d->pending;
    {
        std::lock_guard lock(d->mutex);
        d->queue.push_back(std::move(task));
    }
    d->wake.notify_one();
}

} // namespace Kiosk
