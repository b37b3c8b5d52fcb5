// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CostEstimator.h"

#include <QTest>

using namespace tuma;

class TestCostEstimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsPartsCreditsAndMoney()
    {
        CostEstimator estimator(Pricing {1.0, 2.0, 0.40, QStringLiteral("KES")});
        estimator.add(SmsText::count(QStringLiteral("Habari Amina"))); // 1 GSM part
        estimator.add(SmsText::count(QString(161, u'a'))); // 2 GSM parts
        estimator.add(SmsText::count(QStringLiteral("It’s here"))); // 1 UCS-2 part
        const CostEstimate estimate = estimator.result();
        QCOMPARE(estimate.recipients, 3);
        QCOMPARE(estimate.segments, 4);
        QCOMPARE(estimate.credits, 5.0); // 1 + 2 GSM parts at 1, one UCS-2 part at 2
        QCOMPARE(estimate.cost, 2.0);
        QCOMPARE(estimate.currency, QStringLiteral("KES"));
        QCOMPARE(estimate.distribution, (QMap<int, int> {{1, 2}, {2, 1}}));
        QCOMPARE(estimate.ucs2Recipients, 1);
    }

    void costIsRoundedToTheCent()
    {
        CostEstimator estimator(Pricing {1.0, 1.0, 0.333, QStringLiteral("GHS")});
        for (int i = 0; i < 3; ++i)
            estimator.add(SmsText::count(QStringLiteral("x")));
        QCOMPARE(estimator.result().cost, 1.0);
        QCOMPARE(CostEstimator(Pricing {}).result().recipients, 0);
        QCOMPARE(CostEstimator(Pricing {}).result().cost, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCostEstimator)
#include "tst_costestimator.moc"
