#pragma once
#include "storage/AccountStore.h"

#include <QDialog>

#include <optional>
namespace tuma {
class Database;
class SecretStore;
class ProviderSession;
class AppSettings;
class AccountDialog final : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(Database&, SecretStore&, ProviderSession&, AppSettings&, std::optional<Account>,
                  QWidget* parent = nullptr)
        : QDialog(parent)
    { }
Q_SIGNALS:
    void accountSaved(qint64 accountId);
};
} // namespace tuma
