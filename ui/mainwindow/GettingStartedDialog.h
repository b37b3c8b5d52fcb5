// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace tuma {

// Help → Getting Started: the day's work in six short steps, each with a link that does it
// (open the import wizard, a new campaign, a page). A link closes the dialog and is handed on
// through linkActivated with its id, as the Dashboard's links are.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedDialog)

public:
    explicit GettingStartedDialog(QWidget* parent = nullptr);
    ~GettingStartedDialog() override;

    // The text shown, as rich text.
    static QString text();

Q_SIGNALS:
    void linkActivated(const QString& id);
};

} // namespace tuma
