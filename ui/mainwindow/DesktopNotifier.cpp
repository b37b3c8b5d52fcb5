// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <QWidget>

namespace tuma {

DesktopNotifier::DesktopNotifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(window->windowIcon(), this);
    m_tray->setToolTip(tr("Tuma"));
    auto* menu = new QMenu(window);
    connect(menu->addAction(tr("&Show Tuma")), &QAction::triggered, this,
            &DesktopNotifier::showRequested);
    menu->addSeparator();
    connect(menu->addAction(tr("&Quit")), &QAction::triggered, this,
            &DesktopNotifier::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::showRequested);
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayVisible(bool visible)
{
    if (m_tray)
        m_tray->setVisible(visible);
}

void DesktopNotifier::notify(const QString& title, const QString& body)
{
    if (m_window->isVisible() && m_window->isActiveWindow())
        return;
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, body, QSystemTrayIcon::Information);
        return;
    }
    // org.freedesktop.Notifications.Notify(app_name, replaces_id, app_icon, summary, body,
    // actions, hints, expire_timeout), sent without waiting: no answer is needed, and a
    // desktop without the service just drops it.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("Tuma") << 0U << QStringLiteral("tuma") << title << body << QStringList()
         << QVariantMap() << -1;
    QDBusConnection::sessionBus().send(call);
}

} // namespace tuma
