// SPDX-License-Identifier: MIT
#include "ManagerService.h"

namespace Kiosk {

ManagerService::ManagerService(QObject *parent)
    : QObject(parent)
{ }

ManagerService::~ManagerService() = default;

} // namespace Kiosk
