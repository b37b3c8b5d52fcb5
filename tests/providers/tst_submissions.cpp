// SPDX-License-Identifier: GPL-3.0-or-later
// Every provider, every fault the simulator has, through the real adapters and
// QNetworkAccessManager on loopback: a send reaches the provider at most once, and what the
// adapter says about it is what happened (docs/providers.md, "One attempt per submission").
#include "SandboxFixture.h"
#include "providers/ProviderAdapter.h"
#include "sandbox/SandboxStore.h"

#include <QtTest>

using namespace tuma;
using namespace tuma::test;
using Kind = ProviderError::Kind;

namespace {

// FlashSMS is Ghana's.
QString phoneFor(ProviderKind provider)
{
    return provider == ProviderKind::FlashSms ? QStringLiteral("+233241234567")
                                              : QStringLiteral("+254712345678");
}

QString kindText(const ProviderResult<SendResult>& result)
{
    if (result)
        return QStringLiteral("accepted");
    return QStringLiteral("error %1: %2")
        .arg(static_cast<int>(result.error().kind))
        .arg(result.error().providerText);
}

bool failedWith(const ProviderResult<SendResult>& result, Kind kind)
{
    return !result && result.error().kind == kind;
}

} // namespace

class TestSubmissions final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ProviderAdapter> m_adapter;

    ProviderResult<SendResult> send(const QString& text)
    {
        SendRequest request;
        request.recipients = {{phoneFor(m_adapter->account().provider), {}, {}}};
        request.text = text;
        request.senderId = m_adapter->account().defaultSender;
        return waitFor<SendResult>([&](auto done) { m_adapter->send(request, done); });
    }
    int journalled() { return m_fixture->server().store().journalCount(); }

    void open(ProviderKind provider)
    {
        m_adapter.reset();
        m_fixture = std::make_unique<SandboxFixture>();
        m_adapter = m_fixture->adapter(m_fixture->account(provider));
        NetworkClient::Options options;
        options.connectTimeoutMs = 2000;
        options.totalTimeoutMs = 1500;
        m_adapter->http().setOptions(options);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_adapter.reset();
        m_fixture.reset();
    }

    void eachFault_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("fault");
        for (const ProviderKind provider : {ProviderKind::QuickFlow, ProviderKind::Qsms,
                                            ProviderKind::Sms254, ProviderKind::FlashSms}) {
            for (const char* fault : {"drop", "reset", "slow=4000", "malformed", "html",
                                      "rate-limit=2", "server-error"}) {
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2").arg(providerName(provider), QLatin1String(fault))))
                    << static_cast<int>(provider) << QString::fromLatin1(fault);
            }
        }
    }

    void eachFault()
    {
        QFETCH(int, provider);
        QFETCH(QString, fault);
        open(static_cast<ProviderKind>(provider));
        m_fixture->setFaults(QStringLiteral("send:%1*1").arg(fault));

        const ProviderResult<SendResult> result = send(QStringLiteral("Habari, once"));
        // Carried out by the simulator, then no readable answer: Tuma cannot know, and says so.
        if (fault == QLatin1String("drop") || fault == QLatin1String("reset")
            || fault.startsWith(QLatin1String("slow"))) {
            QVERIFY2(failedWith(result, Kind::AmbiguousSubmission), qPrintable(kindText(result)));
            QCOMPARE(journalled(), 1);
        } else if (fault == QLatin1String("malformed") || fault == QLatin1String("html")) {
            // An answer that cannot be read may come after the provider acted.
            QVERIFY2(failedWith(result, Kind::AmbiguousSubmission), qPrintable(kindText(result)));
            QCOMPARE(journalled(), 0);
        } else if (fault.startsWith(QLatin1String("rate-limit"))) {
            QVERIFY2(failedWith(result, Kind::RateLimited), qPrintable(kindText(result)));
            QCOMPARE(result.error().retryAfterSeconds, 2);
            QCOMPARE(journalled(), 0);
        } else {
            // A 500 in the provider's own envelope is a refusal; QuickFlow has none.
            QVERIFY2(failedWith(result, Kind::Server)
                         || failedWith(result, Kind::AmbiguousSubmission),
                     qPrintable(kindText(result)));
            QCOMPARE(journalled(), 0);
        }
        // Nothing was sent again behind the adapter's back, not even late.
        QTest::qWait(300);
        const int after = journalled();
        QVERIFY(after <= 1);

        // The fault was for one request: the next send goes through, once.
        const ProviderResult<SendResult> next = send(QStringLiteral("Habari, next"));
        QVERIFY2(next, qPrintable(kindText(next)));
        QCOMPARE(journalled(), after + 1);
    }

    // Creating a group at the provider goes out once too: a second one would be a duplicate
    // group. Its failure is not a submission's (nothing to reconcile): the caller is told the
    // request timed out or the network failed, and the provider has exactly one group.
    void aCreationIsSentOnce()
    {
        open(ProviderKind::QuickFlow);
        m_fixture->setFaults(QStringLiteral("groups:drop*1"));
        const ProviderResult<RemoteGroup> created = waitFor<RemoteGroup>(
            [&](auto done) { m_adapter->createGroup(QStringLiteral("Wateja wa Nairobi"), done); });
        QVERIFY(!created);
        QVERIFY2(created.error().kind == Kind::Timeout || created.error().kind == Kind::Network,
                 qPrintable(created.error().providerText));
        QTest::qWait(300);
        const ProviderResult<QList<RemoteGroup>> groups
            = waitFor<QList<RemoteGroup>>([&](auto done) { m_adapter->listGroups(done); });
        QVERIFY(groups);
        int named = 0;
        for (const RemoteGroup& group : groups.value())
            named += group.name == QLatin1String("Wateja wa Nairobi") ? 1 : 0;
        QCOMPARE(named, 1);
    }

    void staleConnections_data()
    {
        QTest::addColumn<int>("provider");
        for (const ProviderKind provider : {ProviderKind::QuickFlow, ProviderKind::Qsms,
                                            ProviderKind::Sms254, ProviderKind::FlashSms})
            QTest::newRow(qPrintable(providerName(provider))) << static_cast<int>(provider);
    }

    // The provider closes idle keep-alive connections without notice. A send never goes out on
    // one (each has a connection of its own), so none of them is lost or doubled; a read on a
    // stale connection is simply asked again.
    void staleConnections()
    {
        QFETCH(int, provider);
        open(static_cast<ProviderKind>(provider));
        m_fixture->setFaults(QStringLiteral("*:stale=100"));

        for (int i = 0; i < 3; ++i) {
            const ProviderResult<Balance> balance
                = waitFor<Balance>([&](auto done) { m_adapter->balance(done); });
            QVERIFY2(balance, qPrintable(balance ? QString() : balance.error().providerText));
            const ProviderResult<SendResult> sent = send(QStringLiteral("Habari %1").arg(i));
            QVERIFY2(sent, qPrintable(kindText(sent)));
            QCOMPARE(journalled(), i + 1);
            // Past the simulator's idle close: the connections Qt keeps are stale now.
            QTest::qWait(200);
        }
        QTest::qWait(200);
        QCOMPARE(journalled(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSubmissions)
#include "tst_submissions.moc"
