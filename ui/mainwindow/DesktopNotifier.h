// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace tuma {

// Tells the user what campaigns do while Tuma's window is not in front: through the system
// tray's icon where the desktop has a tray, otherwise through the freedesktop notification
// service on the session bus (Debian's GNOME has notifications but no tray). The tray icon,
// where there is one, also keeps Tuma reachable while it sends with its window closed.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QWidget* window);
    ~DesktopNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    void setTrayVisible(bool visible);
    // Shown only while the window is hidden or another window is active: in front, the
    // status bar says the same.
    void notify(const QString& title, const QString& body);

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace tuma
