// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxApi.h"
#include "SandboxApis.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

namespace tuma::sandbox {

namespace {

class FlashSmsSandbox final : public SandboxApi
{
public:
    QString name() const override { return QStringLiteral("flashsms"); }
    QString basePath() const override { return QStringLiteral("/flashsms/api/v1"); }
    QJsonObject credentials() const override { return {}; }
    void seed(SandboxStore&) const override { }
    QString operation(const SandboxRequest&) const override { return {}; }
    SandboxReply handle(const SandboxRequest&, SandboxStore&) override
    {
        return SandboxReply::json(404, QJsonObject());
    }
};

} // namespace

std::unique_ptr<SandboxApi> makeFlashSmsSandbox()
{
    return std::make_unique<FlashSmsSandbox>();
}

} // namespace tuma::sandbox
