// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ContactStore.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QLineEdit;

namespace Ui {
class ContactDialog;
}

namespace tuma {

class Database;

// Adds a contact or edits one: the number is checked with libphonenumber before saving, and
// every custom field can be filled in (or a new one added). An existing contact shows the
// messages campaigns sent it and what became of them.
class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    // `contact.id == 0` adds a new contact.
    ContactDialog(Database& database, const QString& region, const Contact& contact,
                  QWidget* parent = nullptr);
    ~ContactDialog() override;

    Contact contact() const { return m_contact; }

    void accept() override;

private:
    QLineEdit* addFieldRow(const QString& key, const QString& value);
    void askForField();
    void showMessages();

    std::unique_ptr<Ui::ContactDialog> m_ui;
    Database& m_database;
    QString m_region;
    Contact m_contact;
    QMap<QString, QLineEdit*> m_fieldEdits;
};

} // namespace tuma
