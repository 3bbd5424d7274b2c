// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer targets of this folder (see README.md).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/** Stops the fuzzer when an invariant does not hold; libFuzzer then saves the input as a crash. */
#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "invariant failed: %s\n  (%s) at %s:%d\n", what, #condition, __FILE__, __LINE__);     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace Kiosk::Fuzz {

/** The fuzz input as a QByteArray that does not copy it. */
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/** Drops Qt's log output (millions of rejected inputs would each print a warning); fatal still aborts. */
inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

/**
 * Splits `input` at the first `count - 1` newlines: the hand-written seed format of the targets
 * that need several inputs at once. The last part keeps the rest, newlines included; missing
 * parts are empty.
 */
inline QList<QByteArray> splitLines(const QByteArray &input, int count)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < count - 1) {
        const qsizetype newline = input.indexOf('\n', from);
        if (newline < 0)
            break;
        parts.append(input.mid(from, newline - from));
        from = newline + 1;
    }
    parts.append(input.mid(from));
    while (parts.size() < count)
        parts.append(QByteArray());
    return parts;
}

} // namespace Kiosk::Fuzz
