// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxStore.h"

#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace tuma::sandbox {

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
};

const char* const schema[] = {
    "CREATE TABLE IF NOT EXISTS accounts (provider TEXT NOT NULL, credential TEXT NOT NULL, "
    "balance REAL NOT NULL, senders TEXT NOT NULL DEFAULT '[]', scopes TEXT NOT NULL DEFAULT "
    "'[]', PRIMARY KEY (provider, credential))",
    "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, "
    "credential TEXT NOT NULL, uid TEXT NOT NULL UNIQUE, batch TEXT NOT NULL DEFAULT '', "
    "phone TEXT NOT NULL, sender TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, parts INTEGER "
    "NOT NULL, cost REAL NOT NULL, client_ref TEXT NOT NULL DEFAULT '', campaign TEXT NOT NULL "
    "DEFAULT '', scheduled_at INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS messages_batch ON messages (batch)",
    "CREATE TABLE IF NOT EXISTS payments (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, "
    "credential TEXT NOT NULL, request_id TEXT NOT NULL, amount REAL NOT NULL, mobile TEXT NOT "
    "NULL, credits REAL NOT NULL, created_at INTEGER NOT NULL, credited INTEGER NOT NULL "
    "DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS groups (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, "
    "credential TEXT NOT NULL, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, created_at "
    "INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS contacts (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, "
    "credential TEXT NOT NULL, uid TEXT NOT NULL UNIQUE, group_uid TEXT NOT NULL DEFAULT '', "
    "phone TEXT NOT NULL, first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT "
    "'', email TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL DEFAULT '{}', created_at INTEGER "
    "NOT NULL)",
    "CREATE TABLE IF NOT EXISTS templates (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, "
    "credential TEXT NOT NULL, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, content TEXT NOT "
    "NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS transactions (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, "
    "credential TEXT NOT NULL, uid TEXT NOT NULL UNIQUE, type TEXT NOT NULL, amount REAL NOT "
    "NULL, balance REAL NOT NULL, description TEXT NOT NULL, reference TEXT NOT NULL DEFAULT "
    "'', created_at INTEGER NOT NULL)",
};

// Qt binds a null QString as NULL; the columns are NOT NULL.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QStringList fromJsonList(const QString& text)
{
    QStringList list;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

QString toJsonList(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

SandboxStore::Timing SandboxStore::Timing::fromEnvironment()
{
    Timing timing;
    const QStringList parts = qEnvironmentVariable("TUMA_SANDBOX_TIMING").split(u',');
    if (parts.size() != 3)
        return timing;
    bool ok[3] = {false, false, false};
    const Timing parsed {parts[0].toInt(&ok[0]), parts[1].toInt(&ok[1]), parts[2].toInt(&ok[2])};
    return ok[0] && ok[1] && ok[2] ? parsed : timing;
}

SandboxStore::SandboxStore(QString path, Timing timing)
    : m_path(std::move(path))
    , m_timing(timing)
{
    static std::atomic<int> counter {0};
    m_connectionName = QStringLiteral("tuma-sandbox-%1").arg(++counter);
}

SandboxStore::~SandboxStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> SandboxStore::open()
{
    // The simulator's messages carry customers' numbers: private like the database.
    (void)PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
    (void)PrivateFiles::makeFile(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Other processes share the file: wait for their writes instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error {QStringLiteral("sandbox_state"),
                      StoreText::tr("The sandbox could not open its state file %1.")
                          .arg(QDir::toNativeSeparators(m_path)),
                      db.lastError().text()};
    }
    QSqlQuery query(db);
    (void)query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const char* statement : schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            return Error {QStringLiteral("sandbox_state"),
                          StoreText::tr("The sandbox could not prepare its state file %1.")
                              .arg(QDir::toNativeSeparators(m_path)),
                          query.lastError().text()};
        }
    }
    return {};
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 SandboxStore::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SandboxStore::ensureAccount(const QString& provider, const QString& credential, double balance,
                                 const QStringList& senders, const QStringList& scopes)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO accounts (provider, credential, balance, "
                                 "senders, scopes) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(provider);
    query.addBindValue(credential);
    query.addBindValue(balance);
    query.addBindValue(toJsonList(senders));
    query.addBindValue(toJsonList(scopes));
    (void)query.exec();
}

bool SandboxStore::accountExists(const QString& provider, const QString& credential) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE provider = ? AND credential = ?"));
    query.addBindValue(provider);
    query.addBindValue(credential);
    return query.exec() && query.next();
}

QStringList SandboxStore::senders(const QString& provider, const QString& credential) const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT senders FROM accounts WHERE provider = ? AND credential = ?"));
    query.addBindValue(provider);
    query.addBindValue(credential);
    return query.exec() && query.next() ? fromJsonList(query.value(0).toString()) : QStringList();
}

QStringList SandboxStore::scopes(const QString& provider, const QString& credential) const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT scopes FROM accounts WHERE provider = ? AND credential = ?"));
    query.addBindValue(provider);
    query.addBindValue(credential);
    return query.exec() && query.next() ? fromJsonList(query.value(0).toString()) : QStringList();
}

double SandboxStore::balance(const QString& provider, const QString& credential)
{
    creditDuePayments(provider, credential);
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT balance FROM accounts WHERE provider = ? AND credential = ?"));
    query.addBindValue(provider);
    query.addBindValue(credential);
    return query.exec() && query.next() ? query.value(0).toDouble() : 0.0;
}

void SandboxStore::addToBalance(const QString& provider, const QString& credential, double amount)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE accounts SET balance = balance + ? WHERE provider = ? AND credential = ?"));
    query.addBindValue(amount);
    query.addBindValue(provider);
    query.addBindValue(credential);
    (void)query.exec();
}

QString SandboxStore::journal(const Accepted& message)
{
    const QString uid = newId(QStringLiteral("msg_"));
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO messages (provider, credential, uid, batch, phone, sender, body, parts, "
        "cost, client_ref, campaign, scheduled_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nonNull(message.provider));
    query.addBindValue(nonNull(message.credential));
    query.addBindValue(uid);
    query.addBindValue(nonNull(message.batch));
    query.addBindValue(nonNull(message.phone));
    query.addBindValue(nonNull(message.sender));
    query.addBindValue(nonNull(message.body));
    query.addBindValue(message.parts);
    query.addBindValue(message.cost);
    query.addBindValue(nonNull(message.clientRef));
    query.addBindValue(nonNull(message.campaign));
    query.addBindValue(message.scheduledAtMs);
    query.addBindValue(nowMs());
    if (!query.exec())
        qWarning("sandbox journal: %s", qPrintable(query.lastError().text()));
    return uid;
}

int SandboxStore::journalCount(const QString& provider) const
{
    QSqlQuery query(database());
    // Qt binds a null QString as NULL: compare with a non-null one.
    const QString wanted = provider.isNull() ? QStringLiteral("") : provider;
    query.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE ? = '' OR provider = ?"));
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QString SandboxStore::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Delivered:
        return QStringLiteral("delivered");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

SandboxStore::State SandboxStore::stateOf(qint64 createdAtMs, qint64 scheduledAtMs,
                                          const QString& phone) const
{
    const qint64 start = std::max(createdAtMs, scheduledAtMs);
    const qint64 age = nowMs() - start;
    if (age < m_timing.sentAfterMs)
        return State::Pending;
    if (age < m_timing.deliveredAfterMs)
        return State::Sent;
    return phone.endsWith(QLatin1String("999")) ? State::Failed : State::Delivered;
}

QString SandboxStore::startPayment(const QString& provider, const QString& credential,
                                   double amountKes, const QString& mobile, double credits)
{
    const QString requestId = newId(QStringLiteral("ws_CO_"));
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO payments (provider, credential, request_id, amount, mobile, credits, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(provider);
    query.addBindValue(credential);
    query.addBindValue(requestId);
    query.addBindValue(amountKes);
    query.addBindValue(mobile);
    query.addBindValue(credits);
    query.addBindValue(nowMs());
    (void)query.exec();
    return requestId;
}

void SandboxStore::creditDuePayments(const QString& provider, const QString& credential)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, credits FROM payments WHERE provider = ? AND credential = ? AND credited = 0 "
        "AND created_at <= ?"));
    query.addBindValue(provider);
    query.addBindValue(credential);
    query.addBindValue(nowMs() - m_timing.topUpDelayMs);
    QList<QPair<qint64, double>> due;
    if (query.exec()) {
        while (query.next())
            due.append({query.value(0).toLongLong(), query.value(1).toDouble()});
    }
    for (const auto& [id, credits] : due) {
        addToBalance(provider, credential, credits);
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE payments SET credited = 1 WHERE id = ?"));
        mark.addBindValue(id);
        (void)mark.exec();
    }
    db.commit();
}

QString SandboxStore::newId(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

} // namespace tuma::sandbox
