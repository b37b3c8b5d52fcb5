// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionsTab.h"

#include "ui_TransactionsTab.h"
#include "widgets/DateText.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>

#include <tuple>

namespace tuma {

TransactionsTab::TransactionsTab(ProviderSession& providers, QWidget* parent)
    : AccountTab(providers, parent)
    , m_ui(std::make_unique<Ui::TransactionsTab>())
    , m_model(new TextTableModel(this))
{
    m_ui->setupUi(this);
    useAsRefreshButton(m_ui->transactionsRefreshPushButton);
    m_model->setHeaders(
        {tr("Date"), tr("Type"), tr("Amount"), tr("Balance"), tr("Description"), tr("Reference")});
    QTableView* view = m_ui->transactionsTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    fitColumns(view);
    // The description takes the room that is left, so the table needs no horizontal scroll bar.
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    // The kinds FlashSMS's document names.
    m_ui->transactionsTypeComboBox->addItem(tr("All"));
    m_ui->transactionsTypeComboBox->addItem(tr("Purchases"), QStringLiteral("PURCHASE"));
    m_ui->transactionsTypeComboBox->addItem(tr("Usage"), QStringLiteral("USAGE"));
    m_ui->transactionsTypeComboBox->addItem(tr("Refunds"), QStringLiteral("REFUND"));
    m_ui->transactionsTypeComboBox->addItem(tr("Bonuses"), QStringLiteral("BONUS"));
    m_ui->transactionsTypeComboBox->addItem(tr("Adjustments"), QStringLiteral("ADJUSTMENT"));
    fillPeriods(m_ui->transactionsPeriodComboBox);
    for (QComboBox* filter : {m_ui->transactionsTypeComboBox, m_ui->transactionsPeriodComboBox})
        connect(filter, &QComboBox::currentIndexChanged, this, [this] { load(1); });
    connect(m_ui->transactionsRefreshPushButton, &QPushButton::clicked, this,
            [this] { load(m_page); });
    connect(m_ui->transactionsPreviousPushButton, &QPushButton::clicked, this,
            [this] { load(m_page - 1); });
    connect(m_ui->transactionsNextPushButton, &QPushButton::clicked, this,
            [this] { load(m_page + 1); });
}

TransactionsTab::~TransactionsTab() = default;

bool TransactionsTab::offeredBy(const Capabilities& capabilities) const
{
    return capabilities.transactions;
}

void TransactionsTab::refresh()
{
    load(m_page);
}

void TransactionsTab::showAccount(const Account&)
{
    for (QComboBox* filter : {m_ui->transactionsTypeComboBox, m_ui->transactionsPeriodComboBox}) {
        const QSignalBlocker blocker(filter);
        filter->setCurrentIndex(0);
    }
    m_model->clear();
    m_page = 1;
    m_ui->transactionsPageLabel->clear();
    m_ui->transactionsRefreshPushButton->setEnabled(true);
    m_ui->transactionsPreviousPushButton->setEnabled(false);
    m_ui->transactionsNextPushButton->setEnabled(false);
}

void TransactionsTab::load(int page)
{
    if (!account() || page < 1)
        return;
    TransactionQuery query;
    query.page = page;
    query.type = m_ui->transactionsTypeComboBox->currentData().toString();
    std::tie(query.from, query.to) = periodRange(m_ui->transactionsPeriodComboBox);
    m_ui->transactionsRefreshPushButton->setEnabled(false);
    m_ui->transactionsPageLabel->setText(tr("Loading…"));
    ask<TransactionPage>(
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<TransactionPage> done) {
            adapter.transactions(query, done);
        },
        [this](ProviderResult<TransactionPage> result) {
            m_ui->transactionsRefreshPushButton->setEnabled(true);
            if (!result) {
                m_ui->transactionsPageLabel->setText(tr("Not loaded"));
                reportError(result.error());
                return;
            }
            const TransactionPage& transactions = result.value();
            QList<TextTableModel::Row> rows;
            const QLocale locale;
            for (const Transaction& transaction : transactions.transactions) {
                rows.append({{dateTimeText(transaction.createdAt), transaction.createdAt},
                             {transaction.type, {}},
                             {locale.toString(transaction.amount), transaction.amount},
                             {locale.toString(transaction.balance), transaction.balance},
                             {transaction.description, {}},
                             {transaction.reference, {}}});
            }
            m_model->setRows(rows);
            m_page = transactions.page;
            m_ui->transactionsPageLabel->setText(
                tr("Page %1 of %2").arg(transactions.page).arg(std::max(1, transactions.lastPage)));
            m_ui->transactionsPreviousPushButton->setEnabled(transactions.page > 1);
            m_ui->transactionsNextPushButton->setEnabled(transactions.page < transactions.lastPage);
        });
}

} // namespace tuma
