// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The remote till's category. Never log the till token, a URL with credentials or a reply body.
Q_DECLARE_LOGGING_CATEGORY(lcRemote)
