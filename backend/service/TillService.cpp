// SPDX-License-Identifier: MIT
#include "TillService.h"

#include <QPointer>

namespace Kiosk {

TillService::TillService(QObject *parent)
    : QObject(parent)
{ }

TillService::~TillService() = default;

void TillService::payCash(const CheckoutRequest &, QObject *context, OrderReply done)
{
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done)]() {
            done(makeError(QStringLiteral("not_available"), tr("This till does not take cash.")));
        },
        Qt::QueuedConnection);
}

} // namespace Kiosk
