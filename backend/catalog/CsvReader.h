// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

namespace Kiosk {

/**
 * Splits RFC 4180 CSV text into records: comma-separated fields, fields in double quotes may
 * hold commas, doubled quotes and line breaks; CRLF or LF line ends; a UTF-8 byte order mark is
 * skipped. Blank lines are skipped. Each record remembers the line it starts on (1-based), so
 * callers can name it in error messages. Malformed quoting is an error naming the line.
 */
class CsvReader final
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    /** Decodes UTF-8 (invalid UTF-8 is an error) and splits into records. */
    static Result<QList<Record>> parse(const QByteArray &utf8);
};

} // namespace Kiosk
