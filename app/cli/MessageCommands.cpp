// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "CliContext.h"
#include "core/SmsText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tuma::cli {

namespace {

struct MessageCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(MessageCommands)
};

QJsonObject segmentsOf(const QByteArray& line)
{
    QJsonParseError parseError;
    if (line.trimmed().isEmpty())
        return {{QStringLiteral("error"),
                 MessageCommandsText::tr("Empty line: expected an object such as "
                                         "{\"message\":\"Hello\"}.")}};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{QStringLiteral("error"),
                 MessageCommandsText::tr("Not a JSON object: %1 at character %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1)}};
    const QJsonValue message = document.object().value(QStringLiteral("message"));
    if (!document.isObject() || !message.isString())
        return {{QStringLiteral("error"),
                 MessageCommandsText::tr("Expected an object with a \"message\" string, such as "
                                         "{\"message\":\"Hello\"}.")}};

    const SmsAnalysis analysis = SmsText::analyze(message.toString());
    QJsonArray perSegment;
    for (const int units : analysis.unitsPerSegment)
        perSegment.append(units);
    return {{QStringLiteral("encoding"), SmsText::encodingName(analysis.count.encoding)},
            {QStringLiteral("segments"), analysis.count.segments},
            {QStringLiteral("units"), analysis.count.units},
            {QStringLiteral("perSegment"), perSegment}};
}

// A machine interface by nature: JSON lines in, one JSON line out per line in, in order.
int segments(CliContext&, const QCommandLineParser&)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return Failure;
    QByteArray out;
    // atEnd() is unreliable on a pipe; readLine() gives an empty array only at the end.
    for (QByteArray line = input.readLine(); !line.isEmpty(); line = input.readLine()) {
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        out += QJsonDocument(segmentsOf(line)).toJson(QJsonDocument::Compact);
        out += '\n';
        if (out.size() > 1 << 16) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return Success;
}

} // namespace

QList<CliCommand> messageCommands()
{
    return {
        {QStringLiteral("segments"),
         MessageCommandsText::tr("Count encoding and parts of messages: JSON lines "
                                 "{\"message\":\"...\"} on standard input, one JSON line out "
                                 "for each."),
         [](QCommandLineParser&) {}, segments, 0, 0},
    };
}

} // namespace tuma::cli
