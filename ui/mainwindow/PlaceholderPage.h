// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace tuma {

// A page whose screen is still to come: it says what the page will be for.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString& title, const QString& lead, const QStringList& features,
                    QWidget* parent = nullptr);
    ~PlaceholderPage() override;

    void setIcon(const QIcon& icon);

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};

} // namespace tuma
