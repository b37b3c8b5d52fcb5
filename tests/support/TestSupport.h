// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tuma::test {

struct ProcessResult
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    bool finished = false;
    QByteArray standardOutput;
    QByteArray standardError;
};

// Runs a program to its end (or kills it after `timeoutMs`) and collects what it printed.
ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QByteArray& standardInput = {},
                         const QProcessEnvironment& environment
                         = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 30000);

ProcessResult runCli(const QStringList& arguments, const QByteArray& standardInput = {});

QByteArray readFile(const QString& path);
// A JSON document's object (tuma-cli --json output); empty when it is not one.
QJsonObject json(const QByteArray& bytes);

// The child of `parent` called `name` (a widget of a .ui file); a test without it cannot go on.
template<typename T> T* child(QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}
void writeFile(const QString& path, const QByteArray& content);

} // namespace tuma::test
