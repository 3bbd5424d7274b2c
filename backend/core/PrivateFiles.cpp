// SPDX-License-Identifier: MIT
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kiosk {

namespace {

constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerAll = kOwnerReadWrite | QFileDevice::ExeOwner;

Error fileError(const QString &what, const QString &path, const QString &why)
{
    return Error { QStringLiteral("io_error"),
        QStringLiteral("%1 %2: %3").arg(what, QDir::toNativeSeparators(path), why) };
}

} // namespace

Status PrivateFiles::makeDir(const QString &dir)
{
    const QString target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QStringList missing;
    for (QString at = target; !QFileInfo(at).exists(); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (QFileInfo(at).path() == at)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        // mkdir with the mode, not mkdir then chmod: the folder is never open to others.
        if (!QDir().mkdir(folder, kOwnerAll) && !QFileInfo(folder).isDir())
            return fileError(
                QStringLiteral("Could not create the folder"), folder, QStringLiteral("permission denied or no space"));
    }
    if (!QFileInfo(target).isDir())
        return fileError(QStringLiteral("Not a folder:"), target, QStringLiteral("a file has that name"));
    return {};
}

Status PrivateFiles::prepare(const QString &path)
{
    if (QFileInfo::exists(path))
        return restrictIfExists(path);
    if (Status dir = makeDir(QFileInfo(path).absolutePath()); !dir)
        return dir;
    QFile file(path);
    // Created with its final mode in one step (O_CREAT|O_EXCL, 0600).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerReadWrite)) {
        if (QFileInfo::exists(path)) // someone else created it just now
            return restrictIfExists(path);
        return fileError(QStringLiteral("Could not create"), path, file.errorString());
    }
    return {};
}

Status PrivateFiles::restrictIfExists(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    QFile file(path);
    if (!file.setPermissions(kOwnerReadWrite))
        return fileError(QStringLiteral("Could not make private"), path, file.errorString());
    return {};
}

Status PrivateFiles::restrict(QFileDevice &file)
{
    if (!file.setPermissions(kOwnerReadWrite))
        return fileError(QStringLiteral("Could not make private"), file.fileName(), file.errorString());
    return {};
}

} // namespace Kiosk
