// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <optional>

Q_LOGGING_CATEGORY(lcSecrets, "tuma.secrets", QtInfoMsg)

namespace tuma {

namespace {

struct SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    // Turns a keychain failure into a sentence with what to do next. The keychain's own text
    // goes into the detail; it never contains the secret.
    static Error fromJob(const QKeychain::Job& job, const QString& key)
    {
        const QString detail = job.errorString();
        switch (job.error()) {
        case QKeychain::EntryNotFound:
            return {QStringLiteral("secret_not_found"),
                    tr("No key is stored in the keychain for this account (%1). Enter the key "
                       "again in the account's settings.")
                        .arg(key),
                    detail};
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            return {QStringLiteral("keychain_denied"),
                    tr("The system keychain refused access. Unlock the keychain (for example "
                       "by logging in again) and allow Tuma to use it, then try again."),
                    detail};
        case QKeychain::CouldNotDeleteEntry:
            return {QStringLiteral("keychain_delete_failed"),
                    tr("The key could not be removed from the system keychain. Remove the "
                       "entry \"%1\" of the service \"tuma\" with your keychain manager.")
                        .arg(key),
                    detail};
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
        case QKeychain::NoError:
            break;
        }
        return {QStringLiteral("keychain_unavailable"),
                tr("The system keychain is not available, so Tuma cannot store or read "
                   "provider keys. Install and unlock a keychain service (on Debian and "
                   "Ubuntu: sudo apt install gnome-keyring, then log out and in again), "
                   "then try again."),
                detail};
    }
};

template<typename Job> Job* newJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : SecretStore(QStringLiteral("tuma"), parent)
{ }

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretStore::~SecretStore() = default;

void SecretStore::write(const QString& key, const QString& secret, Done done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcSecrets) << "keychain write failed for" << key << j->errorString();
            done(SecretStoreText::fromJob(*j, key));
            return;
        }
        done({});
    });
    job->start();
}

void SecretStore::read(const QString& key, SecretRead done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            if (j->error() != QKeychain::EntryNotFound)
                qCWarning(lcSecrets) << "keychain read failed for" << key << j->errorString();
            done(SecretStoreText::fromJob(*j, key));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
    });
    job->start();
}

void SecretStore::remove(const QString& key, Done done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            qCWarning(lcSecrets) << "keychain delete failed for" << key << j->errorString();
            done(SecretStoreText::fromJob(*j, key));
            return;
        }
        done({});
    });
    job->start();
}

namespace {

template<typename T, typename Start> Result<T> waitFor(Start start)
{
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    start([&](Result<T> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace

Result<void> SecretStore::writeAndWait(const QString& key, const QString& secret)
{
    return waitFor<void>([&](Done done) { write(key, secret, std::move(done)); });
}

Result<QString> SecretStore::readAndWait(const QString& key)
{
    return waitFor<QString>([&](SecretRead done) { read(key, std::move(done)); });
}

Result<void> SecretStore::removeAndWait(const QString& key)
{
    return waitFor<void>([&](Done done) { remove(key, std::move(done)); });
}

} // namespace tuma
