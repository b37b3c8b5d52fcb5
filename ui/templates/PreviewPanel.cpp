// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewPanel.h"

#include "core/SmsText.h"
#include "core/Template.h"
#include "settings/AppSettings.h"
#include "storage/AudienceReader.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/TemplateStore.h"
#include "ui_PreviewPanel.h"
#include "widgets/BackgroundJob.h"

#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>

namespace tuma {

PreviewPanel::PreviewPanel(Database& database, AppSettings& settings, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::PreviewPanel>())
    , m_database(database)
    , m_settings(settings)
    , m_pricing(settings.defaultPricing())
{
    m_ui->setupUi(this);
    m_ui->countingProgressBar->hide();
    // Typing restarts the count; it runs once the typing pauses.
    m_debounce.setSingleShot(true);
    m_counter = new BackgroundJob(this);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewPanel::startCounting);

    connect(m_ui->groupComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_index = 0;
        m_recipients = m_ui->groupComboBox->currentData(Qt::UserRole + 1).toInt();
        showContact(0);
        startCounting();
    });
    connect(m_ui->previousToolButton, &QToolButton::clicked, this,
            [this] { showContact(m_index - 1); });
    connect(m_ui->nextToolButton, &QToolButton::clicked, this,
            [this] { showContact(m_index + 1); });
    connect(m_ui->randomToolButton, &QToolButton::clicked, this, [this] {
        if (m_recipients > 0)
            showContact(int(QRandomGenerator::global()->bounded(m_recipients)));
    });
    reloadGroups();
}

// The count in flight (if any) is cancelled and waited for by its job, a child.
PreviewPanel::~PreviewPanel() = default;

QString PreviewPanel::currentGroup() const
{
    return m_ui->groupComboBox->currentData().toString();
}

void PreviewPanel::reloadGroups()
{
    // Read once here, not per keystroke: finding custom fields reads every contact.
    const Result<QStringList> fields = TemplateStore(m_database).availableFields();
    m_fields = fields ? fields.value() : Template::standardFields();
    const QString keep = currentGroup();
    const QSignalBlocker blocker(m_ui->groupComboBox);
    m_ui->groupComboBox->clear();
    const Result<QList<GroupSummary>> groups = GroupStore(m_database).list();
    if (groups) {
        const QLocale locale;
        for (const GroupSummary& group : groups.value()) {
            m_ui->groupComboBox->addItem(
                tr("%1 (%2)").arg(group.name, locale.toString(group.members)), group.name);
            m_ui->groupComboBox->setItemData(m_ui->groupComboBox->count() - 1, group.members,
                                             Qt::UserRole + 1);
        }
    }
    const bool any = m_ui->groupComboBox->count() > 0;
    m_ui->groupComboBox->setEnabled(any);
    if (!any)
        m_ui->groupComboBox->addItem(tr("No groups yet"), QString());
    // The group shown before, else the first one with members.
    int index = m_ui->groupComboBox->findData(keep);
    for (int row = 0; index < 0 && row < m_ui->groupComboBox->count(); ++row) {
        if (m_ui->groupComboBox->itemData(row, Qt::UserRole + 1).toInt() > 0)
            index = row;
    }
    m_ui->groupComboBox->setCurrentIndex(std::max(index, 0));
    m_recipients = m_ui->groupComboBox->currentData(Qt::UserRole + 1).toInt();
    m_index = 0;
    showContact(0);
    startCounting();
}

void PreviewPanel::setPricing(const Pricing& pricing)
{
    if (pricing == m_pricing)
        return;
    m_pricing = pricing;
    startCounting();
}

void PreviewPanel::setMessage(const QString& body)
{
    // Figures of the previous text are of no use any more, even one already counted whose
    // answer is on its way.
    m_counter->cancel();
    m_counts.renew();
    m_body = body;
    showContact(m_index);
    m_debounce.start();
}

void PreviewPanel::showContact(int index)
{
    const QString group = currentGroup();
    const bool any = !group.isEmpty() && m_recipients > 0;
    m_ui->previousToolButton->setEnabled(any && index > 0);
    m_ui->nextToolButton->setEnabled(any && index + 1 < m_recipients);
    m_ui->randomToolButton->setEnabled(any);
    if (!any) {
        m_ui->positionLabel->clear();
        m_ui->previewLabel->setText(group.isEmpty()
                                        ? tr("Import contacts into a group to see the message as "
                                             "each of them will receive it.")
                                        : tr("This group has no contacts who can receive it."));
        m_ui->previewCountLabel->clear();
        return;
    }
    m_index = std::clamp(index, 0, m_recipients - 1);
    const Result<Recipient> recipient
        = AudienceReader(m_database).recipientAt(group, m_index, m_fields);
    if (!recipient) {
        m_ui->previewLabel->setText(recipient.error().message);
        return;
    }
    const QString text = Template(m_body).bind(m_fields).render(recipient.value().values);
    const SmsCount count = SmsText::count(text);
    const QLocale locale;
    m_ui->positionLabel->setText(
        tr("%1 of %2").arg(locale.toString(m_index + 1), locale.toString(m_recipients)));
    m_ui->previewLabel->setText(text.isEmpty() ? tr("(empty message)") : text);
    m_ui->previewCountLabel->setText(
        tr("To %1: %n part(s), %2", nullptr, count.segments)
            .arg(recipient.value().phone, SmsText::encodingName(count.encoding)));
}

void PreviewPanel::startCounting()
{
    m_counter->cancel();
    m_counts.renew();
    const QString group = currentGroup();
    if (group.isEmpty() || Template(m_body).hasSyntaxErrors()) {
        m_ui->countingProgressBar->hide();
        m_ui->audienceLabel->clear();
        m_ui->warningsLabel->clear();
        return;
    }
    m_ui->countingProgressBar->show();
    const QString path = m_database.path();
    const QString body = m_body;
    const Pricing pricing = m_pricing;
    m_counter->start<AudienceFigures>(
        [path, body, group,
         pricing](const BackgroundJob::Progress& progress) -> Result<AudienceFigures> {
            // Its own connection: Qt SQL connections belong to the thread that made them.
            Result<std::unique_ptr<Database>> database = Database::open(path);
            if (!database)
                return database.error();
            return computeAudienceFigures(*database.value(), Template(body), {group}, pricing,
                                          [&progress] { return !progress(0, 0); });
        },
        // An older count is dropped: a newer text's or group's is on its way.
        m_counts.guard([this](Result<AudienceFigures> figures) {
            if (!figures && figures.error().code == QLatin1String("cancelled"))
                return;
            m_ui->countingProgressBar->hide();
            showFigures(figures);
            Q_EMIT figuresReady();
        }));
}

void PreviewPanel::showFigures(const Result<AudienceFigures>& figures)
{
    if (!figures) {
        m_ui->audienceLabel->setText(figures.error().message);
        return;
    }
    const CostEstimate& estimate = figures.value().estimate;
    m_recipients = estimate.recipients;
    const QLocale locale;
    if (estimate.recipients == 0) {
        m_ui->audienceLabel->setText(tr("Nobody in this group can receive it."));
        m_ui->warningsLabel->clear();
        showContact(0);
        return;
    }
    QStringList distribution;
    for (auto it = estimate.distribution.cbegin(); it != estimate.distribution.cend(); ++it)
        distribution.append(
            tr("%n part(s): %1", nullptr, it.key()).arg(locale.toString(it.value())));
    m_ui->audienceLabel->setText(tr("%1 · Total: %2 recipients, %3 parts, %4 %5")
                                     .arg(distribution.join(QStringLiteral(" · ")),
                                          locale.toString(estimate.recipients),
                                          locale.toString(estimate.segments), estimate.currency,
                                          locale.toString(estimate.cost, 'f', 2)));
    QStringList warnings;
    for (auto it = figures.value().emptyFields.cbegin(); it != figures.value().emptyFields.cend();
         ++it)
        warnings.append(tr("%Ln contact(s) have no %1: give it a default, as in <<%1|Customer>>.",
                           nullptr, it.value())
                            .arg(it.key()));
    if (figures.value().optedOut > 0)
        warnings.append(
            tr("%Ln opted-out contact(s) will not receive it.", nullptr, figures.value().optedOut));
    m_ui->warningsLabel->setText(warnings.join(u'\n'));
    showContact(m_index);
}

} // namespace tuma
