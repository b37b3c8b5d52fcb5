// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxApi.h"
#include "SandboxApis.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

namespace tuma::sandbox {

namespace {

class QuickFlowSandbox final : public SandboxApi
{
public:
    QString name() const override { return QStringLiteral("quickflow"); }
    QString basePath() const override { return QStringLiteral("/quickflow/api/method"); }
    QJsonObject credentials() const override { return {}; }
    void seed(SandboxStore&) const override { }
    QString operation(const SandboxRequest&) const override { return {}; }
    SandboxReply handle(const SandboxRequest&, SandboxStore&) override
    {
        return SandboxReply::json(404, QJsonObject());
    }
};

} // namespace

std::unique_ptr<SandboxApi> makeQuickFlowSandbox()
{
    return std::make_unique<QuickFlowSandbox>();
}

} // namespace tuma::sandbox
