// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteContactDialog.h"

#include "core/PhoneNumber.h"
#include "ui_RemoteContactDialog.h"
#include "widgets/Colors.h"

#include <QPushButton>

namespace tuma {

RemoteContactDialog::RemoteContactDialog(const RemoteContact& contact, QString region,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RemoteContactDialog>())
    , m_contact(contact)
    , m_region(std::move(region))
{
    m_ui->setupUi(this);
    m_ui->phoneLineEdit->setText(contact.phone);
    m_ui->firstNameLineEdit->setText(contact.firstName);
    m_ui->lastNameLineEdit->setText(contact.lastName);
    m_ui->emailLineEdit->setText(contact.email);
    m_ui->errorLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(Colors::error(palette()).name()));
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, this, &RemoteContactDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

RemoteContactDialog::~RemoteContactDialog() = default;

RemoteContact RemoteContactDialog::contact() const
{
    RemoteContact edited = m_contact;
    const Result<QString> phone = PhoneNumber::normalize(m_ui->phoneLineEdit->text(), m_region);
    edited.phone = phone ? phone.value() : m_ui->phoneLineEdit->text().trimmed();
    edited.firstName = m_ui->firstNameLineEdit->text().trimmed();
    edited.lastName = m_ui->lastNameLineEdit->text().trimmed();
    edited.email = m_ui->emailLineEdit->text().trimmed();
    return edited;
}

void RemoteContactDialog::validate()
{
    const Result<QString> phone = PhoneNumber::normalize(m_ui->phoneLineEdit->text(), m_region);
    m_ui->errorLabel->setText(phone ? QString() : phone.error().message);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(phone.ok());
}

} // namespace tuma
