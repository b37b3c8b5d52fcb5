// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactDialog.h"

#include "campaigns/CampaignTexts.h"
#include "core/PhoneNumber.h"
#include "storage/Outbox.h"
#include "ui_ContactDialog.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace tuma {

ContactDialog::ContactDialog(Database& database, const QString& region, const Contact& contact,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_database(database)
    , m_region(region)
    , m_contact(contact)
{
    m_ui->setupUi(this);
    setWindowTitle(contact.id == 0 ? tr("New Contact") : tr("Edit Contact"));
    m_ui->phoneLineEdit->setPlaceholderText(
        PhoneNumber::exampleMobile(region, PhoneDisplayFormat::National));
    m_ui->phoneLineEdit->setText(
        contact.phone.isEmpty()
            ? QString()
            : PhoneNumber::format(contact.phone, PhoneDisplayFormat::International));
    m_ui->firstNameLineEdit->setText(contact.firstName);
    m_ui->lastNameLineEdit->setText(contact.lastName);
    m_ui->emailLineEdit->setText(contact.email);
    m_ui->problemLabel->hide();

    const Result<QStringList> fields = ContactStore(m_database).customFields();
    for (const QString& key : fields ? fields.value() : QStringList())
        addFieldRow(key, contact.fields.value(key));
    for (auto it = contact.fields.cbegin(); it != contact.fields.cend(); ++it) {
        if (!m_fieldEdits.contains(it.key()))
            addFieldRow(it.key(), it.value());
    }
    showMessages();
    connect(m_ui->addFieldPushButton, &QPushButton::clicked, this, &ContactDialog::askForField);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::showMessages()
{
    // A new contact has no history; an existing one shows what the campaigns sent it.
    m_ui->messagesGroupBox->setVisible(m_contact.id != 0);
    if (m_contact.id == 0)
        return;
    constexpr int shown = 100;
    const QList<ContactMessage> messages
        = Outbox(m_database).forContact(m_contact.id, shown).value_or({});
    m_ui->noMessagesLabel->setVisible(messages.isEmpty());
    m_ui->messagesTableView->setVisible(!messages.isEmpty());
    if (messages.isEmpty())
        return;
    auto* model = new TextTableModel(this);
    model->setHeaders({tr("Sent"), tr("Campaign"), tr("State"), tr("Message")});
    QList<TextTableModel::Row> rows;
    const QLocale locale;
    for (const ContactMessage& sent : messages) {
        const OutboxRow& message = sent.message;
        const QDateTime when
            = message.submittedAt.isValid() ? message.submittedAt : message.updatedAt;
        rows.append({{locale.toString(when.toLocalTime(), QLocale::ShortFormat), when},
                     {sent.campaign, sent.campaign},
                     {CampaignTexts::messageStateText(message.state), int(message.state)},
                     {message.body, message.body}});
    }
    model->setRows(rows);
    m_ui->messagesTableView->setModel(model);
    fitColumns(m_ui->messagesTableView, 3);
    m_ui->messagesTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height()
                                                                     + fontMetrics().height() / 2);
    // Wide enough to read a message of one SMS part.
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 130),
           sizeHint().height());
}

QLineEdit* ContactDialog::addFieldRow(const QString& key, const QString& value)
{
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(key + QStringLiteral("FieldLineEdit"));
    edit->setAccessibleName(key);
    m_ui->formLayout->addRow(key + u':', edit);
    m_fieldEdits.insert(key, edit);
    return edit;
}

void ContactDialog::askForField()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add a Field"),
        tr("Name of the field, as templates will use it (for example balance or due_date):"),
        QLineEdit::Normal, {}, &ok);
    const QString key = ContactStore::fieldKey(name);
    if (!ok || key.isEmpty())
        return;
    if (QLineEdit* existing = m_fieldEdits.value(key)) {
        existing->setFocus();
        return;
    }
    addFieldRow(key, {})->setFocus();
}

void ContactDialog::accept()
{
    const Result<QString> phone = PhoneNumber::normalize(m_ui->phoneLineEdit->text(), m_region);
    const auto showProblem = [this](const QString& message, QWidget* field) {
        m_ui->problemLabel->setText(message);
        m_ui->problemLabel->show();
        field->setFocus();
    };
    if (!phone)
        return showProblem(phone.error().message, m_ui->phoneLineEdit);
    const QString email = m_ui->emailLineEdit->text().trimmed();
    if (const QString problem = ContactStore::emailProblem(email); !problem.isEmpty())
        return showProblem(problem, m_ui->emailLineEdit);

    Contact contact = m_contact;
    contact.phone = phone.value();
    contact.firstName = m_ui->firstNameLineEdit->text().trimmed();
    contact.lastName = m_ui->lastNameLineEdit->text().trimmed();
    contact.email = email;
    contact.fields.clear();
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        contact.fields.insert(it.key(), it.value()->text().trimmed());

    ContactStore store(m_database);
    if (contact.id == 0) {
        const Result<Contact> added = store.add(contact);
        if (!added)
            return showProblem(added.error().message, m_ui->phoneLineEdit);
        m_contact = added.value();
    } else {
        if (Result<void> saved = store.update(contact); !saved)
            return showProblem(saved.error().message, m_ui->phoneLineEdit);
        m_contact = contact;
    }
    QDialog::accept();
}

} // namespace tuma
