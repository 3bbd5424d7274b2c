// SPDX-License-Identifier: MIT
#include "RemoteLog.h"

Q_LOGGING_CATEGORY(lcRemote, "kiosk.remote")
