// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Kiosk {

class OrderStore;

/** How much OrderReader takes on (BackendOptions::reads). */
struct OrderReadLimits
{
    int maxQueued = 32; ///< reads waiting or running; one more is "busy"
    int timeLimitMs = 5000; ///< one read
};

/**
 * Runs the manager's reads (history pages, count, totals, details, the day report's records) on
 * a worker thread with its own connection to the order database, so the thread that takes
 * payments (checkout, webhooks, the change stream) never waits for one. SQLite in WAL mode reads
 * while the writer writes; PostgreSQL gets a second session. The connection refuses writes.
 *
 * Bounded: at most OrderReadLimits::maxQueued reads wait or run at a time (another one is refused at
 * once with "busy"), and a read that runs longer than its timeLimitMs is stopped inside the
 * engine and answers "read_timeout" (SqlDialect::setUpReadConnection()). Reads run one after the
 * other, in the order they were asked for, and their answers come in that order.
 *
 * Use from the thread that created it: `done` is called later on that thread, never from inside
 * read(), at most once, and not at all once `context` is gone or the reader is destroyed. The
 * job runs on the worker thread: it must use only the store it is given and values it owns.
 * Destroying the reader stops the running read at its next check, drops the queued ones and
 * joins the thread.
 */
class OrderReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderReader)

public:
    using Limits = OrderReadLimits;
    template <typename T> using Job = std::function<Result<T>(const OrderStore &)>;
    template <typename T> using Reply = std::function<void(Result<T>)>;

    /** Starts the thread; it connects to `location` (Database::reopenLocation(): may hold a
     *  password, never logged) before the first read, and again after a failed connect. */
    explicit OrderReader(QString location, Limits limits = {}, QObject *parent = nullptr);
    ~OrderReader() override;

    template <typename T> void read(Job<T> job, QObject *context, Reply<T> done)
    {
        auto slot = std::make_shared<std::optional<Result<T>>>();
        enqueue(
            context,
            [job = std::move(job), slot](const OrderStore *store, const Error &failure) {
                slot->emplace(store ? job(*store) : Result<T>(failure));
                return (**slot).ok();
            },
            [slot, done = std::move(done)](
                const std::optional<Error> &instead) { done(instead ? Result<T>(*instead) : std::move(**slot)); });
    }

    [[nodiscard]] const Limits &limits() const;
    /** Reads waiting or running now. */
    [[nodiscard]] int pending() const;

private:
    using Work = std::function<bool(const OrderStore *store, const Error &failure)>;
    using Deliver = std::function<void(const std::optional<Error> &instead)>;
    void enqueue(QObject *context, Work work, Deliver deliver);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kiosk
