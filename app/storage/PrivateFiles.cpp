// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tuma::PrivateFiles {

namespace {

struct PrivateFilesText
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};

Error failed(const QString& path, const QString& detail)
{
    return Error {QStringLiteral("permissions_failed"),
                  PrivateFilesText::tr("Tuma could not make %1 readable by you alone. Check "
                                       "that the file is yours.")
                      .arg(QDir::toNativeSeparators(path)),
                  detail};
}

} // namespace

Result<void> restrict(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat status = {};
    if (::stat(native.constData(), &status) != 0)
        return failed(path, QString::fromLocal8Bit(std::strerror(errno)));
    if ((status.st_mode & 0077) == 0)
        return {};
    if (::chmod(native.constData(), status.st_mode & 0700) != 0)
        return failed(path, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
#else
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(path, {});
    return {};
#endif
}

Result<void> makeFolder(const QString& folder, bool repair)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir()) {
        if (!repair)
            return {};
#ifdef Q_OS_UNIX
        const QByteArray native = QFile::encodeName(absolute);
        struct stat status = {};
        if (::stat(native.constData(), &status) == 0 && (status.st_mode & 0077) != 0
            && ::chmod(native.constData(), status.st_mode & 0700) != 0)
            return failed(absolute, QString::fromLocal8Bit(std::strerror(errno)));
#endif
        return {};
    }
    // The missing parents first, as the user's umask makes them; the folder itself 0700.
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(parent))
        return failed(absolute, QStringLiteral("could not create %1").arg(parent));
#ifdef Q_OS_UNIX
    if (::mkdir(QFile::encodeName(absolute).constData(), 0700) != 0 && errno != EEXIST)
        return failed(absolute, QString::fromLocal8Bit(std::strerror(errno)));
#else
    if (!QDir().mkdir(absolute))
        return failed(absolute, {});
#endif
    return {};
}

Result<void> makeFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(path).constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (descriptor >= 0) {
        ::close(descriptor);
        return {};
    }
    if (errno != EEXIST)
        return failed(path, QString::fromLocal8Bit(std::strerror(errno)));
#else
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failed(path, file.errorString());
    }
#endif
    if (Result<void> restricted = restrict(path); !restricted)
        return restricted;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString beside = path + QLatin1String(suffix);
        if (QFileInfo::exists(beside)) {
            if (Result<void> restricted = restrict(beside); !restricted)
                return restricted;
        }
    }
    return {};
}

} // namespace tuma::PrivateFiles
