// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProxyAuth.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace tuma {

// Asks for the user name and password of a proxy that wants them (HTTP 407). The caller
// keeps what it returns in the keychain (docs/providers.md, "Proxies").
class ProxyLoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyLoginDialog)

public:
    ProxyLoginDialog(const QString& proxy, bool refused, const QString& user, QWidget* parent);

    ProxyCredentials credentials() const;

    // Modal; empty when the user cancels.
    static std::optional<ProxyCredentials> ask(QWidget* parent, const QString& proxy, bool refused);

private:
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace tuma
