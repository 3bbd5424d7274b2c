// SPDX-License-Identifier: MIT
#include "TillService.h"

namespace Kiosk {

TillService::TillService(QObject *parent)
    : QObject(parent)
{ }

TillService::~TillService() = default;

} // namespace Kiosk
