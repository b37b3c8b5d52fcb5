// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFaults.h"

#include <QCoreApplication>

namespace tuma::sandbox {

namespace {

struct FaultText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFaults)
};

struct KindName
{
    Fault::Kind kind;
    const char* name;
};

constexpr KindName kindNames[] = {
    {Fault::Kind::RateLimit, "rate-limit"},
    {Fault::Kind::ServerError, "server-error"},
    {Fault::Kind::Slow, "slow"},
    {Fault::Kind::Malformed, "malformed"},
    {Fault::Kind::Html, "html"},
    {Fault::Kind::Drop, "drop"},
    {Fault::Kind::Reset, "reset"},
    {Fault::Kind::Stale, "stale"},
};

} // namespace

QString faultKindName(Fault::Kind kind)
{
    for (const KindName& entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

Result<QList<Fault>> parseFaults(const QString& spec)
{
    QList<Fault> faults;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& rawItem : items) {
        const QString item = rawItem.trimmed();
        const auto invalid = [&item](const QString& why) {
            return Error {QStringLiteral("invalid_faults"),
                          FaultText::tr("The fault \"%1\" is not understood: %2 Write "
                                        "OPERATION:FAULT[=ARG][*COUNT], for example "
                                        "send:rate-limit=5*1.")
                              .arg(item, why),
                          {}};
        };
        const qsizetype colon = item.indexOf(u':');
        if (colon <= 0)
            return invalid(FaultText::tr("it has no operation."));
        Fault fault;
        fault.operation = item.left(colon).trimmed().toLower();
        QString rest = item.mid(colon + 1).trimmed();
        if (const qsizetype percent = rest.indexOf(u'%'); percent >= 0) {
            bool ok = false;
            fault.percent = rest.mid(percent + 1).toInt(&ok);
            if (!ok || fault.percent < 1 || fault.percent > 100)
                return invalid(FaultText::tr("the share after % must be a whole number from 1 "
                                             "to 100."));
            rest = rest.left(percent);
        }
        if (const qsizetype star = rest.indexOf(u'*'); star >= 0) {
            bool ok = false;
            fault.remaining = rest.mid(star + 1).toInt(&ok);
            if (!ok || fault.remaining < 1)
                return invalid(FaultText::tr("the count after * must be a whole number from 1."));
            rest = rest.left(star);
        }
        QString argument;
        if (const qsizetype equals = rest.indexOf(u'='); equals >= 0) {
            argument = rest.mid(equals + 1);
            rest = rest.left(equals);
        }
        bool known = false;
        for (const KindName& entry : kindNames) {
            if (rest.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
                fault.kind = entry.kind;
                known = true;
            }
        }
        if (!known) {
            return invalid(FaultText::tr("the fault must be one of rate-limit, server-error, "
                                         "slow, malformed, html, drop, reset, stale."));
        }
        if (fault.kind == Fault::Kind::RateLimit && argument.contains(u':')) {
            fault.code = argument.section(u':', 1).trimmed();
            argument = argument.section(u':', 0, 0);
            if (fault.code.isEmpty())
                return invalid(FaultText::tr("the code after : is empty."));
        }
        if (!argument.isEmpty()) {
            bool ok = false;
            fault.argument = argument.toInt(&ok);
            if (!ok || fault.argument < 0)
                return invalid(FaultText::tr("the value after = must be a whole number."));
        } else if (fault.kind == Fault::Kind::Slow) {
            fault.argument = 30'000;
        } else if (fault.kind == Fault::Kind::RateLimit) {
            fault.argument = 1;
        } else if (fault.kind == Fault::Kind::Stale) {
            fault.argument = 50;
        }
        faults.append(fault);
    }
    return faults;
}

} // namespace tuma::sandbox
