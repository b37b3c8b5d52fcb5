// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProxyLoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tuma {

ProxyLoginDialog::ProxyLoginDialog(const QString& proxy, bool refused, const QString& user,
                                   QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Proxy sign-in"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        refused ? tr("The proxy %1 did not accept the user name and password. Enter them again "
                     "so that Tuma can reach the SMS provider.")
                      .arg(proxy)
                : tr("The proxy %1 asks for a user name and password before Tuma can reach the "
                     "SMS provider.")
                      .arg(proxy),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_user = new QLineEdit(user, this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto* note
        = new QLabel(tr("Tuma keeps them in the system keychain, never in its settings."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Sign in"));
    const auto update = [this, ok] {
        ok->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
    };
    connect(m_user, &QLineEdit::textChanged, this, update);
    connect(m_password, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (user.isEmpty() ? m_user : m_password)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

ProxyCredentials ProxyLoginDialog::credentials() const
{
    return {m_user->text().trimmed(), m_password->text()};
}

std::optional<ProxyCredentials> ProxyLoginDialog::ask(QWidget* parent, const QString& proxy,
                                                      bool refused)
{
    const std::optional<ProxyCredentials> stored = ProxyAuth::credentials();
    ProxyLoginDialog dialog(proxy, refused, stored ? stored->user : QString(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.credentials();
}

} // namespace tuma
