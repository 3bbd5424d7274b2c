// SPDX-License-Identifier: MIT
#include "ApiVersion.h"

#include <QRegularExpression>
#include <QString>

namespace Kiosk::Sim {

bool ApiVersion::isWellFormed(const std::string &version)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$"));
    return pattern.match(QString::fromStdString(version)).hasMatch();
}

bool ApiVersion::atLeast(const std::string &version, const std::string &date)
{
    return version.compare(0, 10, date, 0, 10) >= 0;
}

} // namespace Kiosk::Sim
