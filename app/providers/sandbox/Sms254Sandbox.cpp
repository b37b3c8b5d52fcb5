// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxApi.h"
#include "SandboxApis.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

namespace tuma::sandbox {

namespace {

class Sms254Sandbox final : public SandboxApi
{
public:
    QString name() const override { return QStringLiteral("254sms"); }
    QString basePath() const override { return QStringLiteral("/254sms/version1"); }
    QJsonObject credentials() const override { return {}; }
    void seed(SandboxStore&) const override { }
    QString operation(const SandboxRequest&) const override { return {}; }
    SandboxReply handle(const SandboxRequest&, SandboxStore&) override
    {
        return SandboxReply::json(404, QJsonObject());
    }
};

} // namespace

std::unique_ptr<SandboxApi> makeSms254Sandbox()
{
    return std::make_unique<Sms254Sandbox>();
}

} // namespace tuma::sandbox
