#pragma once
#include "storage/AccountStore.h"

#include <QDialog>
namespace tuma {
class ProviderSession;
class AppSettings;
class TopUpDialog final : public QDialog
{
    Q_OBJECT
public:
    TopUpDialog(ProviderSession&, const Account&, AppSettings&, QWidget* parent = nullptr)
        : QDialog(parent)
    { }
Q_SIGNALS:
    void balanceChanged(double balance, const QString& unit);
};
} // namespace tuma
