// SPDX-License-Identifier: MIT
#include "FaultInjector.h"

namespace Kiosk::Sim {

using nlohmann::json;

FaultInjector::Action FaultInjector::onApiRequest(const QByteArray &method, const QString &path)
{
    FaultConfig &f = m_faults;
    if (f.failCount <= 0 || (!f.failPath.isEmpty() && !path.startsWith(f.failPath))
        || (!f.failMethod.isEmpty() && f.failMethod.compare(method, Qt::CaseInsensitive) != 0))
        return Action::None;
    --f.failCount;
    switch (f.failMode) {
    case FaultConfig::FailMode::Drop:
        return Action::Drop;
    case FaultConfig::FailMode::DropAfterExecution:
        return Action::DropAfterExecution;
    case FaultConfig::FailMode::Status:
        break;
    }
    return Action::Fail;
}

ApiError FaultInjector::failure() const
{
    ApiError e;
    e.status = m_faults.failStatus;
    if (m_faults.failStatus == 429) {
        e.code = "rate_limit";
        e.message = "Request rate limit exceeded. Learn more about rate limits here "
                    "https://stripe.com/docs/rate-limits.";
    } else {
        e.type = m_faults.failStatus >= 500 ? "api_error" : "invalid_request_error";
        e.message = "An unknown error occurred (injected by the simulator's fault injection).";
    }
    return e;
}

std::optional<int> FaultInjector::delayFor(const QString &path)
{
    FaultConfig &f = m_faults;
    if (f.delayMs <= 0 || (!f.delayPath.isEmpty() && !path.startsWith(f.delayPath)))
        return std::nullopt;
    const int delay = f.delayMs;
    if (f.delayCount > 0 && --f.delayCount == 0)
        f.delayMs = 0;
    return delay;
}

json FaultInjector::toJson() const
{
    const FaultConfig &f = m_faults;
    const char *mode = f.failMode == FaultConfig::FailMode::Drop  ? "drop"
        : f.failMode == FaultConfig::FailMode::DropAfterExecution ? "drop_after"
                                                                  : "status";
    return json { { "fail_count", f.failCount }, { "fail_status", f.failStatus }, { "fail_mode", mode },
        { "fail_path", f.failPath.toStdString() }, { "fail_method", f.failMethod.toStdString() },
        { "delay_ms", f.delayMs }, { "delay_count", f.delayCount }, { "delay_path", f.delayPath.toStdString() },
        { "webhook_duplicate", f.webhookDuplicate }, { "webhook_reorder", f.webhookReorder },
        { "webhook_drop", f.webhookDrop } };
}

FaultConfig FaultInjector::merged(ControlBody &body) const
{
    FaultConfig f = m_faults;
    if (const auto v = body.integer("fail_count", 0, 1'000'000))
        f.failCount = int(*v);
    if (const auto v = body.integer("fail_status", 400, 599))
        f.failStatus = int(*v);
    if (const auto v = body.string("fail_mode")) {
        if (*v == QLatin1String("status"))
            f.failMode = FaultConfig::FailMode::Status;
        else if (*v == QLatin1String("drop"))
            f.failMode = FaultConfig::FailMode::Drop;
        else if (*v == QLatin1String("drop_after"))
            f.failMode = FaultConfig::FailMode::DropAfterExecution;
        else
            body.fail(ApiError::invalid("Invalid fail_mode: must be one of status, drop, or drop_after", "fail_mode"));
    }
    if (const auto v = body.string("fail_path"))
        f.failPath = *v;
    if (const auto v = body.string("fail_method"))
        f.failMethod = v->toUpper().toUtf8();
    if (const auto v = body.integer("delay_ms", 0, 600'000))
        f.delayMs = int(*v);
    if (const auto v = body.integer("delay_count", 0, 1'000'000))
        f.delayCount = int(*v);
    if (const auto v = body.string("delay_path"))
        f.delayPath = *v;
    if (const auto v = body.boolean("webhook_duplicate"))
        f.webhookDuplicate = *v;
    if (const auto v = body.integer("webhook_reorder", 0, 1000))
        f.webhookReorder = int(*v);
    if (const auto v = body.boolean("webhook_drop"))
        f.webhookDrop = *v;
    return f;
}

} // namespace Kiosk::Sim
