// SPDX-License-Identifier: MIT
#include "CsvReader.h"

#include <QStringDecoder>

namespace Kiosk {

namespace {

Error csvError(int line, const QString &problem)
{
    return makeError(QStringLiteral("invalid_csv"), QStringLiteral("line %1: %2").arg(line).arg(problem));
}

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.front().trimmed().isEmpty();
}

} // namespace

Result<QList<CsvReader::Record>> CsvReader::parse(const QByteArray &utf8)
{
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(QStringLiteral("invalid_csv"),
            QStringLiteral("the file is not valid UTF-8 text; save it as \"CSV UTF-8\""));

    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int quoteStartLine = 0;

    auto endField = [&]() {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        if (!isBlank(current.fields))
            records.append(current);
        current = Record {};
        current.line = nextLine;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // Inside quotes CRLF is kept as a plain LF so descriptions look the same on
                // every platform.
                if (!(c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else if (afterClosingQuote) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
                continue;
            return csvError(line,
                QStringLiteral("unexpected text after a closing quote; a quoted field must be "
                               "followed by a comma or the end of the line"));
        } else if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || fieldWasQuoted)
                return csvError(line,
                    QStringLiteral("a quote inside an unquoted field; put the whole field in "
                                   "quotes and double the quote (\"\")"));
            field.clear(); // spaces before the opening quote are not part of the value
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return csvError(quoteStartLine, QStringLiteral("a quoted field is never closed"));
    endRecord(line);
    return records;
}

} // namespace Kiosk
