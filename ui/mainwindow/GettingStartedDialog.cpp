// SPDX-License-Identifier: GPL-3.0-or-later
#include "GettingStartedDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tuma {

GettingStartedDialog::GettingStartedDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    auto* layout = new QVBoxLayout(this);
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("textBrowser"));
    browser->setOpenLinks(false);
    browser->setHtml(text());
    layout->addWidget(browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        accept();
        Q_EMIT linkActivated(url.toString());
    });
    setMinimumSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 36);
}

GettingStartedDialog::~GettingStartedDialog() = default;

QString GettingStartedDialog::text()
{
    const QStringList sections {
        tr("<h2>Getting started with Tuma</h2>"),
        tr("<h3>1. Bring in your customers</h3><p><a href=\"import\">Import a spreadsheet</a> "
           "(Excel .xlsx, CSV or TSV) into a group. Tuma shows the file as it reads it and asks "
           "which column holds the phone numbers and the names. Numbers written the local way, "
           "such as 0712 345678, are read for the country chosen in Settings; rows that cannot "
           "be used are listed with the reason.</p>"),
        tr("<h3>2. Write the message</h3><p>On the <a href=\"templates\">Templates</a> page, "
           "write once for everyone: &lt;&lt;first_name&gt;&gt; becomes each contact's own first "
           "name, and &lt;&lt;first_name|Customer&gt;&gt; writes \"Customer\" where a contact has "
           "none. Every column of your file can be a field. The counter shows the characters, "
           "the SMS parts and the price of one message; the preview shows it as real contacts "
           "will receive it.</p>"),
        tr("<h3>3. Rehearse with the Sandbox</h3><p>The Sandbox account sends nothing for "
           "real, but behaves like a provider: a balance, delivery reports and M-Pesa top-ups. "
           "When you are ready, add your provider's account on the <a "
           "href=\"accounts\">Accounts</a> page (QuickFlow, QSMS, 254sms or FlashSMS). Its key "
           "is kept in your computer's keychain, never in Tuma's files.</p>"),
        tr("<h3>4. Send a campaign</h3><p><a href=\"new-campaign\">Create a campaign</a>: "
           "choose the groups, the message and when to send. The review shows how many receive "
           "it, the parts, the cost and whether the balance is enough; send yourself a test "
           "first. Opted-out numbers and repeated numbers are left out by themselves.</p>"),
        tr("<h3>5. Follow it</h3><p>The <a href=\"campaigns\">Campaigns</a> page shows each "
           "message: waiting, sent, delivered or failed, with the provider's reason. When the "
           "connection breaks at the moment of sending, Tuma cannot know whether the provider "
           "took a message: it marks it \"unknown\" and never sends it again by itself. \"Check "
           "with the provider…\" settles what the provider's records prove; you decide about "
           "the rest.</p>"),
        tr("<h3>6. Keep your data safe</h3><p>Back up from the File menu, and keep backups "
           "where only you can read them: they hold your customers' numbers. Numbers that ask "
           "to receive no more messages go on the <a href=\"optouts\">Opt-outs</a> page.</p>"),
    };
    return sections.join(QString());
}

} // namespace tuma
