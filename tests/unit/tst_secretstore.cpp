// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service: the gnome-keyring of the test session that
// tools/with-test-session.sh starts. Never against the user's own keychain.
#include "TestSupport.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tuma;

namespace {

QMutex logMutex;
QByteArray capturedLog;

void captureMessages(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog
        += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run the tests through tools/with-test-session.sh (./dev.sh test)");
    }

    void init()
    {
        m_key = QStringLiteral("test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    }

    void writeReadOverwriteDelete()
    {
        SecretStore store(QStringLiteral("tuma-test"));
        QVERIFY(store.writeAndWait(m_key, QStringLiteral("first-secret")).ok());
        Result<QString> read = store.readAndWait(m_key);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().messageWithDetail()));
        QCOMPARE(read.value(), QStringLiteral("first-secret"));

        QVERIFY(store.writeAndWait(m_key, QStringLiteral("second-secret")).ok());
        read = store.readAndWait(m_key);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), QStringLiteral("second-secret"));

        QVERIFY(store.removeAndWait(m_key).ok());
        read = store.readAndWait(m_key);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("secret_not_found"));
    }

    void missingKeyIsAClearError()
    {
        SecretStore store(QStringLiteral("tuma-test"));
        const Result<QString> read = store.readAndWait(m_key);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("secret_not_found"));
        QVERIFY(read.error().message.contains(m_key));
        // Removing what is not there is no failure: the key is gone either way.
        QVERIFY(store.removeAndWait(m_key).ok());
    }

    void keysAreSeparatePerServiceAndKey()
    {
        SecretStore store(QStringLiteral("tuma-test"));
        SecretStore other(QStringLiteral("tuma-test-other"));
        const QString secondKey = m_key + QStringLiteral("-b");
        QVERIFY(store.writeAndWait(m_key, QStringLiteral("a")).ok());
        QVERIFY(store.writeAndWait(secondKey, QStringLiteral("b")).ok());
        QCOMPARE(store.readAndWait(m_key).value(), QStringLiteral("a"));
        QCOMPARE(store.readAndWait(secondKey).value(), QStringLiteral("b"));
        QVERIFY(!other.readAndWait(m_key).ok());
        QVERIFY(store.removeAndWait(m_key).ok());
        QVERIFY(store.removeAndWait(secondKey).ok());
    }

    void unicodeAndColonsRoundTrip()
    {
        SecretStore store(QStringLiteral("tuma-test"));
        const QString secret = QStringLiteral("key:séçrét/ключ/🔑");
        QVERIFY(store.writeAndWait(m_key, secret).ok());
        QCOMPARE(store.readAndWait(m_key).value(), secret);
        QVERIFY(store.removeAndWait(m_key).ok());
    }

    void asynchronousCallsAnswerOnTheEventLoop()
    {
        SecretStore store(QStringLiteral("tuma-test"));
        bool written = false;
        store.write(m_key, QStringLiteral("async"),
                    [&written](Result<void> result) { written = result.ok(); });
        QVERIFY(!written); // the answer never comes before the call returns
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QString value;
        store.read(m_key, [&value](Result<QString> result) {
            value = result.ok() ? result.value() : QString();
        });
        QTRY_COMPARE_WITH_TIMEOUT(value, QStringLiteral("async"), 10000);
        QVERIFY(store.removeAndWait(m_key).ok());
    }

    void withoutKeychainItFailsClearlyAndStoresNothing()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/bus"));
        environment.remove(QStringLiteral("DISPLAY"));
        QTemporaryDir home;
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        const test::ProcessResult probe
            = test::runProcess(QStringLiteral(SECRET_PROBE_PATH), {}, {}, environment);
        QVERIFY(probe.finished);
        QCOMPARE(probe.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(probe.standardOutput).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("code")).toString(),
                 QStringLiteral("keychain_unavailable"));
        QVERIFY(result.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("gnome-keyring")));
        // No plaintext fallback anywhere in the home folder.
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!test::readFile(file).contains("probe-secret"), qPrintable(file));
        }
    }

    // The secret a user types must end up in the keychain only: not in the database, the
    // settings file or the log, even with every debug message switched on.
    void secretsNeverReachDatabaseSettingsOrLogs()
    {
        QTemporaryDir dir;
        const QString databasePath = dir.filePath(QStringLiteral("tuma.db"));
        const QString settingsPath = dir.filePath(QStringLiteral("tuma.ini"));
        const QString secret
            = QStringLiteral("qf-live-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        {
            auto database = Database::open(databasePath);
            QVERIFY(database.ok());
            AppSettings settings(settingsPath);
            settings.setRegion(QStringLiteral("KE"));
            settings.sync();
            SecretStore store(QStringLiteral("tuma-test"));
            QVERIFY(store.writeAndWait(m_key, secret).ok());
            QCOMPARE(store.readAndWait(m_key).value(), secret);
            QVERIFY(store.removeAndWait(m_key).ok());
            QVERIFY(!store.readAndWait(m_key).ok()); // logs a failed read, without the secret
        }
        qInstallMessageHandler(previous);

        const QByteArray needle = secret.toUtf8();
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden);
        int checked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!test::readFile(file).contains(needle), qPrintable(file));
            ++checked;
        }
        QVERIFY(checked >= 2); // at least the database and the settings file
        const QMutexLocker lock(&logMutex);
        QVERIFY(!capturedLog.contains(needle));
    }

private:
    QString m_key;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
