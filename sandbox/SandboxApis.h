// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace tuma::sandbox {

class SandboxApi;

std::unique_ptr<SandboxApi> makeQuickFlowSandbox();
std::unique_ptr<SandboxApi> makeQsmsSandbox();
std::unique_ptr<SandboxApi> makeSms254Sandbox();
std::unique_ptr<SandboxApi> makeFlashSmsSandbox();

} // namespace tuma::sandbox
