// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one dialog's flow (audience, message, account, time, review and
// test send share the draft being built); the rules of a draft live in CampaignDraft.
#include "NewCampaignDialog.h"

#include "accounts/ProviderSession.h"
#include "campaigns/CampaignDraft.h"
#include "campaigns/DeliveryTracker.h"
#include "campaigns/SendingSchedule.h"
#include "core/PhoneNumber.h"
#include "core/Template.h"
#include "providers/ProviderAdapter.h"
#include "settings/AppSettings.h"
#include "storage/AudienceReader.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/TemplateStore.h"
#include "templates/ComposerWidget.h"
#include "ui_NewCampaignDialog.h"
#include "widgets/BackgroundJob.h"
#include "widgets/BalanceText.h"
#include "widgets/Colors.h"
#include "widgets/TextTableModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace tuma {

namespace {

// The template combo box keeps each saved template's name beside its body.
constexpr int kTemplateNameRole = Qt::UserRole + 1;

// The zones Tuma's markets use first; the machine's own is added when it is another.
const QStringList commonTimeZones {
    QStringLiteral("Africa/Nairobi"),       QStringLiteral("Africa/Accra"),
    QStringLiteral("Africa/Lagos"),         QStringLiteral("Africa/Kampala"),
    QStringLiteral("Africa/Dar_es_Salaam"), QStringLiteral("Africa/Kigali"),
    QStringLiteral("Africa/Johannesburg"),  QStringLiteral("UTC")};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// "3 h 20 min", "12 min", "under a minute".
QString durationText(double minutes)
{
    if (minutes < 1)
        return NewCampaignDialog::tr("under a minute");
    const qint64 whole = qint64(std::ceil(minutes));
    if (whole < 60)
        return NewCampaignDialog::tr("%n minute(s)", nullptr, int(whole));
    return NewCampaignDialog::tr("%1 h %2 min").arg(whole / 60).arg(whole % 60);
}

} // namespace

NewCampaignDialog::NewCampaignDialog(Database& database, AppSettings& settings,
                                     ProviderSession& providers, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewCampaignDialog>())
    , m_database(database)
    , m_settings(settings)
    , m_providers(providers)
{
    m_ui->setupUi(this);
    m_composer = new ComposerWidget(m_ui->composerContainer);
    m_ui->composerContainerLayout->addWidget(m_composer);
    m_composer->setFooter(m_settings.optOutFooter());
    if (const Result<QStringList> fields = TemplateStore(m_database).availableFields())
        m_composer->setAvailableFields(fields.value());
    m_job = new BackgroundJob(this);
    m_samplesModel = new TextTableModel(this);
    m_samplesModel->setHeaders({tr("Number"), tr("Message"), tr("Parts")});
    m_ui->samplesTableView->setModel(m_samplesModel);
    QHeaderView* samplesHeader = m_ui->samplesTableView->horizontalHeader();
    samplesHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    samplesHeader->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->samplesTableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->samplesTableView->verticalHeader()->hide();

    m_accounts = AccountStore(m_database).list().value_or({});
    for (const Account& account : std::as_const(m_accounts))
        m_ui->accountComboBox->addItem(account.name, account.id);
    if (const Result<std::optional<Account>> preferred
        = AccountStore(m_database).preferred(m_settings.activeAccount());
        preferred && preferred.value()) {
        m_ui->accountComboBox->setCurrentIndex(
            std::max(0, m_ui->accountComboBox->findData(preferred.value()->id)));
    }

    // The field match: built-in name and email columns and every custom field.
    m_ui->matchFieldComboBox->addItem(tr("(no field)"), QString());
    m_ui->matchFieldComboBox->addItem(tr("First name"), QStringLiteral("first_name"));
    m_ui->matchFieldComboBox->addItem(tr("Last name"), QStringLiteral("last_name"));
    m_ui->matchFieldComboBox->addItem(tr("Email"), QStringLiteral("email"));
    for (const QString& field : ContactStore(m_database).customFields().value_or({}))
        m_ui->matchFieldComboBox->addItem(field, field);
    m_ui->matchValuesLineEdit->setEnabled(false);
    connect(m_ui->matchFieldComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->matchValuesLineEdit->setEnabled(
            !m_ui->matchFieldComboBox->currentData().toString().isEmpty());
        updateAudienceLabel();
    });
    connect(m_ui->matchValuesLineEdit, &QLineEdit::textChanged, this,
            &NewCampaignDialog::updateAudienceLabel);

    for (const GroupSummary& group : GroupStore(m_database).list().value_or({})) {
        auto* item
            = new QListWidgetItem(tr("%1 (%Ln contact(s))", nullptr, group.members).arg(group.name),
                                  m_ui->groupsListWidget);
        item->setData(Qt::UserRole, group.name);
        item->setData(Qt::UserRole + 1, group.members);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->templateComboBox->addItem(tr("Write a new message"));
    for (const StoredTemplate& stored : TemplateStore(m_database).list().value_or({})) {
        m_ui->templateComboBox->addItem(tr("Template: %1").arg(stored.name), stored.body);
        m_ui->templateComboBox->setItemData(m_ui->templateComboBox->count() - 1, stored.name,
                                            kTemplateNameRole);
    }

    QStringList zones = commonTimeZones;
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!zones.contains(system))
        zones.append(system);
    m_ui->timeZoneComboBox->addItems(zones);
    m_ui->dateTimeEdit->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    const SendingWindow window = m_settings.defaultSendingWindow();
    m_ui->windowCheckBox->setChecked(window.enabled);
    m_ui->startTimeEdit->setTime(window.start);
    m_ui->endTimeEdit->setTime(window.end);
    m_ui->noSundayCheckBox->setChecked(window.enabled && window.skipSundays);
    m_ui->testPhoneLineEdit->setText(m_settings.mpesaNumber());
    m_ui->problemLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(Colors::error(palette()).name()));

    connect(m_ui->accountComboBox, &QComboBox::currentIndexChanged, this,
            &NewCampaignDialog::accountChanged);
    connect(m_ui->templateComboBox, &QComboBox::currentIndexChanged, this,
            &NewCampaignDialog::templateChanged);
    connect(m_ui->groupsListWidget, &QListWidget::itemChanged, this,
            &NewCampaignDialog::updateAudienceLabel);
    connect(m_ui->numbersPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &NewCampaignDialog::updateAudienceLabel);
    connect(m_ui->remoteGroupComboBox, &QComboBox::currentIndexChanged, this,
            &NewCampaignDialog::updateAudienceLabel);
    connect(m_ui->laterRadioButton, &QRadioButton::toggled, this, [this](bool later) {
        m_ui->dateTimeEdit->setEnabled(later);
        m_ui->timeZoneComboBox->setEnabled(later);
        m_ui->providerScheduleCheckBox->setEnabled(
            later && currentAccount()
            && ProviderSession::capabilities(*currentAccount()).providerScheduling);
    });
    connect(m_ui->windowCheckBox, &QCheckBox::toggled, m_ui->startTimeEdit, &QWidget::setEnabled);
    connect(m_ui->windowCheckBox, &QCheckBox::toggled, m_ui->endTimeEdit, &QWidget::setEnabled);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->reviewPushButton, &QPushButton::clicked, this, &NewCampaignDialog::review);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->composePage);
        m_ui->problemLabel->clear();
        showReview();
    });
    connect(m_ui->saveDraftPushButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_ui->launchPushButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_ui->sendTestPushButton, &QPushButton::clicked, this, &NewCampaignDialog::sendTest);

    m_ui->dateTimeEdit->setEnabled(false);
    m_ui->timeZoneComboBox->setEnabled(false);
    m_ui->startTimeEdit->setEnabled(window.enabled);
    m_ui->endTimeEdit->setEnabled(window.enabled);
    accountChanged();
    updateAudienceLabel();
    showReview();
    if (m_accounts.isEmpty()) {
        m_ui->problemLabel->setText(
            tr("Add an account on the Accounts page first: a campaign is sent through one."));
    }
    resize(1000, 680);
}

NewCampaignDialog::~NewCampaignDialog()
{
    m_job->cancel();
    m_job->wait();
}

std::optional<Account> NewCampaignDialog::currentAccount() const
{
    const qint64 id = m_ui->accountComboBox->currentData().toLongLong();
    for (const Account& account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

void NewCampaignDialog::accountChanged()
{
    const std::optional<Account> account = currentAccount();
    m_ui->senderComboBox->clear();
    if (!account) {
        loadRemoteGroups();
        return;
    }
    m_ui->senderComboBox->addItems(account->senderIds);
    m_ui->senderComboBox->setEditable(account->senderIds.isEmpty());
    m_ui->senderComboBox->setCurrentText(account->senderOrDefault());
    m_composer->setPricing(account->pricing, account->name);
    const int zone = m_ui->timeZoneComboBox->findText(defaultTimeZoneFor(account->region));
    if (zone >= 0)
        m_ui->timeZoneComboBox->setCurrentIndex(zone);
    const Capabilities capabilities = ProviderSession::capabilities(*account);
    m_ui->providerScheduleCheckBox->setEnabled(capabilities.providerScheduling
                                               && m_ui->laterRadioButton->isChecked());
    if (!capabilities.providerScheduling)
        m_ui->providerScheduleCheckBox->setChecked(false);
    loadRemoteGroups();
}

void NewCampaignDialog::loadRemoteGroups()
{
    const std::optional<Account> account = currentAccount();
    const bool offered = account && ProviderSession::capabilities(*account).sendToRemoteGroup;
    m_ui->remoteGroupLabel->setVisible(offered);
    m_ui->remoteGroupComboBox->setVisible(offered);
    m_ui->remoteGroupComboBox->clear();
    m_ui->remoteGroupComboBox->addItem(tr("None: Tuma's contacts chosen above"));
    if (!offered)
        return;
    m_ui->remoteGroupComboBox->setEnabled(false);
    m_ui->remoteGroupComboBox->setToolTip(tr("Asking the provider for its groups…"));
    const qint64 accountId = account->id;
    const int request = ++m_remoteGroupsRequest;
    m_providers.run<QList<RemoteGroup>>(
        *account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteGroup>> done) {
            adapter.listGroups(done);
        },
        [this, accountId, request](ProviderResult<QList<RemoteGroup>> groups) {
            const std::optional<Account> current = currentAccount();
            if (request != m_remoteGroupsRequest || !current || current->id != accountId)
                return; // the account changed meanwhile: the latest request's answer counts
            m_ui->remoteGroupComboBox->setEnabled(true);
            // A draft being edited keeps its provider's group, even one the list lacks.
            const auto choosePending = [this] {
                if (m_pendingRemote.isEmpty())
                    return;
                int index = m_ui->remoteGroupComboBox->findData(m_pendingRemote.groupId);
                if (index < 0) {
                    m_ui->remoteGroupComboBox->addItem(m_pendingRemote.groupName,
                                                       m_pendingRemote.groupId);
                    index = m_ui->remoteGroupComboBox->count() - 1;
                    m_ui->remoteGroupComboBox->setItemData(index, m_pendingRemote.groupName,
                                                           Qt::UserRole + 1);
                    m_ui->remoteGroupComboBox->setItemData(index, m_pendingRemote.size,
                                                           Qt::UserRole + 2);
                }
                m_ui->remoteGroupComboBox->setCurrentIndex(index);
                m_pendingRemote = {};
            };
            if (!groups) {
                m_ui->remoteGroupComboBox->setToolTip(
                    tr("The provider's groups could not be read: %1").arg(groups.error().message));
                choosePending();
                return;
            }
            m_ui->remoteGroupComboBox->setToolTip(
                tr("A group kept at the provider: it sends one text to each of its members."));
            for (const RemoteGroup& group : groups.value()) {
                const QString label = group.contactCount < 0
                    ? group.name
                    : tr("%1 (%Ln contact(s))", nullptr, group.contactCount).arg(group.name);
                m_ui->remoteGroupComboBox->addItem(label, group.id);
                const int index = m_ui->remoteGroupComboBox->count() - 1;
                m_ui->remoteGroupComboBox->setItemData(index, group.name, Qt::UserRole + 1);
                m_ui->remoteGroupComboBox->setItemData(index, group.contactCount, Qt::UserRole + 2);
            }
            choosePending();
        });
}

RemoteAudience NewCampaignDialog::remoteAudience() const
{
    const int index = m_ui->remoteGroupComboBox->currentIndex();
    const QString id = m_ui->remoteGroupComboBox->itemData(index).toString();
    if (id.isEmpty() || !m_ui->remoteGroupComboBox->isVisible())
        return {};
    return {id, m_ui->remoteGroupComboBox->itemData(index, Qt::UserRole + 1).toString(),
            m_ui->remoteGroupComboBox->itemData(index, Qt::UserRole + 2).toInt()};
}

void NewCampaignDialog::templateChanged()
{
    const QVariant body = m_ui->templateComboBox->currentData();
    if (body.isValid())
        m_composer->setBody(body.toString());
}

void NewCampaignDialog::setNumbers(const QStringList& phones)
{
    m_ui->numbersPlainTextEdit->setPlainText(phones.join(u'\n'));
}

bool NewCampaignDialog::hasInput() const
{
    if (!m_ui->nameLineEdit->text().trimmed().isEmpty() || !m_composer->body().trimmed().isEmpty()
        || !m_ui->numbersPlainTextEdit->toPlainText().trimmed().isEmpty()
        || !m_ui->matchValuesLineEdit->text().trimmed().isEmpty() || !remoteAudience().isEmpty())
        return true;
    for (int row = 0; row < m_ui->groupsListWidget->count(); ++row) {
        if (m_ui->groupsListWidget->item(row)->checkState() == Qt::Checked)
            return true;
    }
    return false;
}

void NewCampaignDialog::reject()
{
    if (m_saved == 0 && hasInput()) {
        QMessageBox question(QMessageBox::Question, tr("Discard this campaign?"),
                             tr("What you entered for this campaign is not saved. Discard it, or "
                                "keep editing (Save as draft, on the review, keeps it for later)?"),
                             QMessageBox::NoButton, this);
        QPushButton* keep = question.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        question.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        question.setDefaultButton(keep);
        question.setEscapeButton(keep);
        question.exec();
        if (question.clickedButton() == keep)
            return;
    }
    m_job->cancel();
    QDialog::reject();
}

void NewCampaignDialog::updateAudienceLabel()
{
    // A provider's group stands alone: Tuma never sees its members, so nothing is added.
    const RemoteAudience remote = remoteAudience();
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->groupsListWidget),
                            static_cast<QWidget*>(m_ui->matchFieldComboBox),
                            static_cast<QWidget*>(m_ui->numbersPlainTextEdit)})
        widget->setEnabled(remote.isEmpty());
    m_ui->matchValuesLineEdit->setEnabled(
        remote.isEmpty() && !m_ui->matchFieldComboBox->currentData().toString().isEmpty());
    if (!remote.isEmpty()) {
        const QString who = remote.size < 0
            ? tr("Everyone in the provider's group \"%1\" (the provider does not say how many).")
                  .arg(remote.groupName)
            : tr("Everyone in the provider's group \"%1\": %Ln contact(s), as the provider "
                 "counts them.",
                 nullptr, remote.size)
                  .arg(remote.groupName);
        m_ui->audienceLabel->setText(
            who + u' '
            + tr("The provider sends the same text to each, so the message cannot have "
                 "placeholders; numbers opted out in Tuma are not left out."));
        return;
    }
    int members = 0;
    int groups = 0;
    for (int row = 0; row < m_ui->groupsListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->groupsListWidget->item(row);
        if (item->checkState() == Qt::Checked) {
            ++groups;
            members += item->data(Qt::UserRole + 1).toInt();
        }
    }
    const int numbers
        = int(m_ui->numbersPlainTextEdit->toPlainText()
                  .split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts)
                  .size());
    QString text
        = tr("Up to %1 recipients: %2 in %n group(s) and %3 typed. Duplicates and opted-out "
             "numbers are left out in the review.",
             nullptr, groups)
              .arg(QLocale().toString(members + numbers), QLocale().toString(members),
                   QLocale().toString(numbers));
    // Counting a field match reads every contact: the review does it, off this thread.
    const FieldMatch match = fieldMatch();
    if (!match.isEmpty()) {
        text = tr("%1 in %n group(s), %2 typed, and the contacts whose %3 is %4: the review "
                  "counts them, without duplicates and opted-out numbers.",
                  nullptr, groups)
                   .arg(QLocale().toString(members), QLocale().toString(numbers),
                        m_ui->matchFieldComboBox->currentText(), match.values.join(tr(" or ")));
    }
    m_ui->audienceLabel->setText(text);
}

FieldMatch NewCampaignDialog::fieldMatch() const
{
    FieldMatch match;
    match.field = m_ui->matchFieldComboBox->currentData().toString();
    for (const QString& value : m_ui->matchValuesLineEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!value.trimmed().isEmpty())
            match.values.append(value.trimmed());
    }
    return match;
}

std::optional<Campaign> NewCampaignDialog::draftFromForm(QString* problem) const
{
    const std::optional<Account> account = currentAccount();
    if (!account) {
        *problem = tr("Add an account on the Accounts page first: a campaign is sent through one.");
        return std::nullopt;
    }
    // The form as asked; the rules are CampaignDraft's, as for tuma-cli campaign create.
    DraftRequest request;
    request.name = m_ui->nameLineEdit->text();
    request.account = *account;
    request.senderId = m_ui->senderComboBox->currentText();
    request.remote = remoteAudience();
    if (request.remote.isEmpty()) {
        // Tuma's own contacts; what was chosen of them is set aside while a provider's
        // group is chosen instead.
        for (int row = 0; row < m_ui->groupsListWidget->count(); ++row) {
            const QListWidgetItem* item = m_ui->groupsListWidget->item(row);
            if (item->checkState() == Qt::Checked)
                request.groups.append(item->data(Qt::UserRole).toString());
        }
        request.numbers = m_ui->numbersPlainTextEdit->toPlainText().split(
            QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts);
        request.match = fieldMatch();
    }
    request.body = m_composer->body().trimmed().isEmpty() ? QString() : m_composer->message();
    request.timeZone = m_ui->timeZoneComboBox->currentText();
    if (m_ui->laterRadioButton->isChecked()) {
        const QDateTime local = m_ui->dateTimeEdit->dateTime();
        request.scheduledAt = QDateTime(local.date(), local.time(), Qt::UTC);
        request.scheduleIsWallClock = true; // read in the campaign's zone, not the computer's
        request.providerSchedule = m_ui->providerScheduleCheckBox->isChecked();
    }
    request.window.enabled = m_ui->windowCheckBox->isChecked();
    request.window.start = m_ui->startTimeEdit->time();
    request.window.end = m_ui->endTimeEdit->time();
    request.skipSundays = m_ui->noSundayCheckBox->isChecked();
    Result<Campaign> built = CampaignDraft::build(m_database, request);
    if (!built) {
        *problem = built.error().message;
        return std::nullopt;
    }
    return built.value();
}

void NewCampaignDialog::editDraft(const Campaign& campaign)
{
    m_editing = campaign.id;
    setWindowTitle(tr("Edit Campaign"));
    m_ui->nameLineEdit->setText(campaign.name);
    const int account = m_ui->accountComboBox->findData(campaign.accountId);
    if (account >= 0)
        m_ui->accountComboBox->setCurrentIndex(account); // its senders, zone and groups follow
    // What the draft had stays shown even where the lists no longer offer it: the review
    // then says what to change, rather than a silent switch.
    if (!campaign.senderId.isEmpty() && m_ui->senderComboBox->findText(campaign.senderId) < 0)
        m_ui->senderComboBox->addItem(campaign.senderId);
    m_ui->senderComboBox->setCurrentText(campaign.senderId);
    for (int row = 0; row < m_ui->groupsListWidget->count(); ++row) {
        QListWidgetItem* item = m_ui->groupsListWidget->item(row);
        item->setCheckState(campaign.audience.groups.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_ui->numbersPlainTextEdit->setPlainText(campaign.audience.phones.join(u'\n'));
    int field = m_ui->matchFieldComboBox->findData(campaign.audience.match.field);
    if (field < 0 && !campaign.audience.match.field.isEmpty()) {
        m_ui->matchFieldComboBox->addItem(campaign.audience.match.field,
                                          campaign.audience.match.field);
        field = m_ui->matchFieldComboBox->count() - 1;
    }
    m_ui->matchFieldComboBox->setCurrentIndex(std::max(0, field));
    m_ui->matchValuesLineEdit->setText(campaign.audience.match.values.join(QStringLiteral(", ")));
    m_pendingRemote = campaign.audience.remote;
    m_composer->setMessage(campaign.templateBody);
    if (m_ui->timeZoneComboBox->findText(campaign.timeZone) < 0 && !campaign.timeZone.isEmpty())
        m_ui->timeZoneComboBox->addItem(campaign.timeZone);
    m_ui->timeZoneComboBox->setCurrentText(campaign.timeZone);
    if (campaign.scheduledAt.isValid()) {
        const QDateTime local
            = campaign.scheduledAt.toTimeZone(campaignTimeZone(campaign.timeZone));
        m_ui->dateTimeEdit->setDateTime(QDateTime(local.date(), local.time()));
        m_ui->laterRadioButton->setChecked(true);
    } else {
        m_ui->nowRadioButton->setChecked(true);
    }
    m_ui->providerScheduleCheckBox->setChecked(campaign.providerSchedule);
    // A window that is only "no Sundays" is every hour of the other days.
    // 23:59 in drafts saved before the end of the day was kept as such.
    const bool allDay
        = campaign.window.start == QTime(0, 0) && campaign.window.end >= QTime(23, 59);
    m_ui->windowCheckBox->setChecked(campaign.window.enabled && !allDay);
    if (campaign.window.enabled && !allDay) {
        m_ui->startTimeEdit->setTime(campaign.window.start);
        m_ui->endTimeEdit->setTime(campaign.window.end);
    }
    m_ui->noSundayCheckBox->setChecked(campaign.window.enabled && campaign.window.skipSundays);
    m_ui->reviewPushButton->setFocus();
    updateAudienceLabel();
}

// Rendering every recipient's message is a worker's job: a million takes seconds.
void NewCampaignDialog::startAudienceFigures()
{
    const QString databasePath = m_database.path();
    const Campaign draft = *m_draft;
    const Pricing pricing = currentAccount()->pricing;
    const QStringList callingCodes
        = ProviderSession::capabilities(*currentAccount()).recipientCallingCodes;
    const int review = m_reviewGeneration;
    m_job->start<AudienceFigures>(
        [databasePath, draft, pricing,
         callingCodes](const BackgroundJob::Progress& progress) -> Result<AudienceFigures> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            return computeAudienceFigures(
                *database.value(), Template(draft.templateBody), draft.audience.groups, pricing,
                [&progress] { return !progress(0, 0); }, draft.audience.phones,
                draft.audience.match, callingCodes);
        },
        [this, review](Result<AudienceFigures> result) {
            // An earlier review's answer (another audience) arriving late is not this one's.
            if (review != m_reviewGeneration)
                return;
            if (!result) {
                if (result.error().code != QLatin1String("cancelled"))
                    m_ui->problemLabel->setText(result.error().message);
                return;
            }
            m_figures = result.value();
            showReview();
            askProviderEstimate();
        });
}

void NewCampaignDialog::review()
{
    QString problem;
    ++m_reviewGeneration;
    m_draft = draftFromForm(&problem);
    m_ui->problemLabel->setText(problem);
    if (!m_draft)
        return;
    m_figures.reset();
    m_providerEstimate.reset();
    m_balance.reset();
    m_balanceProblem.clear();
    m_ui->testResultLabel->clear();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->reviewPage);
    showReview();

    if (!m_draft->audience.remote.isEmpty()) {
        // One text for the provider's count of members: nothing to read here.
        m_job->cancel();
        m_figures = remoteGroupFigures(Template(m_draft->templateBody),
                                       std::max(0, m_draft->audience.remote.size),
                                       currentAccount()->pricing);
        showReview();
        askProviderEstimate();
    } else {
        startAudienceFigures();
    }
    // Read as every screen reads it: the status bar and the Dashboard learn it too.
    m_providers.readBalance(*currentAccount(), this, [this](ProviderResult<Balance> balance) {
        if (balance)
            m_balance = balance.value();
        else
            m_balanceProblem = balance.error().message;
        showReview();
    });
}

void NewCampaignDialog::askProviderEstimate()
{
    const std::optional<Account> account = currentAccount();
    if (!account || !m_figures || m_figures->samples.isEmpty()
        || !ProviderSession::capabilities(*account).costEstimate)
        return;
    // The provider prices one text for a number of recipients: exact when the text is the
    // same for all, the first recipient's message standing in for the others otherwise.
    const QString text = m_figures->samples.constFirst().text;
    const int recipients = m_figures->estimate.recipients;
    m_providers.run<ProviderEstimate>(
        *account, this,
        [text, recipients](ProviderAdapter& adapter,
                           ProviderAdapter::Reply<ProviderEstimate> done) {
            adapter.estimate(text, recipients, done);
        },
        [this](ProviderResult<ProviderEstimate> estimate) {
            // Not having the provider's word is no reason to stop: Tuma's own figures stand.
            if (estimate && m_figures) {
                m_providerEstimate = estimate.value();
                showReview();
            }
        });
}

void NewCampaignDialog::showReview()
{
    const bool reviewing = m_ui->pagesStackedWidget->currentWidget() == m_ui->reviewPage;
    m_ui->backPushButton->setVisible(reviewing);
    m_ui->reviewPushButton->setVisible(!reviewing);
    m_ui->saveDraftPushButton->setVisible(reviewing);
    m_ui->launchPushButton->setVisible(reviewing);
    m_ui->saveDraftPushButton->setEnabled(m_figures.has_value());
    // A provider's group that does not say its size still goes: the provider knows it.
    m_ui->launchPushButton->setEnabled(m_figures.has_value()
                                       && (m_figures->estimate.recipients > 0
                                           || (m_draft && !m_draft->audience.remote.isEmpty())));
    if (!reviewing || !m_draft)
        return;
    if (!m_figures) {
        m_ui->reviewLabel->setText(tr("Counting the recipients and their messages…"));
        m_ui->warningsLabel->clear();
        m_samplesModel->clear();
        return;
    }
    // Nobody to send to: say why instead of an empty review.
    if (m_figures->estimate.recipients == 0 && m_draft->audience.remote.isEmpty()) {
        m_samplesModel->clear();
        m_ui->warningsLabel->clear();
        m_ui->reviewLabel->setText(
            m_figures->optedOut > 0
                ? tr("Nobody would receive it: every number of its audience has opted out "
                     "(%Ln number(s)). Go back and choose other groups or numbers, or remove "
                     "from the Opt-outs page the numbers that asked for messages again.",
                     nullptr, m_figures->optedOut)
                : tr("Nobody would receive it: its groups are empty and no number is typed. "
                     "Go back and choose a group with contacts, or type numbers."));
        return;
    }
    QList<TextTableModel::Row> samples;
    for (const MessageSample& sample : std::as_const(m_figures->samples)) {
        const QString parts = sample.count.encoding == SmsEncoding::Ucs2
            ? tr("%1 (Unicode)").arg(sample.count.segments)
            : QString::number(sample.count.segments);
        const QString who = sample.phone.isEmpty()
            ? tr("Each member of \"%1\"").arg(m_draft->audience.remote.groupName)
            : PhoneNumber::format(sample.phone, m_settings.phoneDisplayFormat());
        samples.append(
            {{who, sample.phone}, {sample.text, sample.text}, {parts, sample.count.segments}});
    }
    m_samplesModel->setRows(samples);
    const std::optional<Account> account = currentAccount();
    const Capabilities capabilities = ProviderSession::capabilities(*account);
    const CostEstimate& estimate = m_figures->estimate;
    const QLocale locale;
    QStringList lines;
    const RemoteAudience& remote = m_draft->audience.remote;
    if (!remote.isEmpty() && remote.size < 0) {
        lines.append(tr("<b>Everyone in the provider's group \"%1\"</b> (it does not say how "
                        "many: the figures below are for one message)")
                         .arg(escaped(remote.groupName)));
    } else {
        lines.append(tr("<b>%Ln recipient(s)</b>", nullptr, estimate.recipients));
    }
    if (m_figures->duplicates > 0 || m_figures->optedOut > 0) {
        lines.last() += QStringLiteral(" ")
            + tr("(%1 duplicates sent once, %2 opted out left out)")
                  .arg(locale.toString(m_figures->duplicates),
                       locale.toString(m_figures->optedOut));
    }
    QStringList distribution;
    for (auto it = estimate.distribution.cbegin(); it != estimate.distribution.cend(); ++it) {
        distribution.append(
            tr("%n part(s): %1", nullptr, it.key()).arg(locale.toString(it.value())));
    }
    lines.append(
        tr("Messages: %1 SMS parts in all (%2)")
            .arg(locale.toString(estimate.segments), distribution.join(QStringLiteral(", "))));
    lines.append(tr("<b>Cost: %1 %2</b> (%3 credits)")
                     .arg(estimate.currency, locale.toString(estimate.cost, 'f', 2),
                          locale.toString(estimate.credits)));
    if (m_balance) {
        const bool credits = m_balance->unit == QLatin1String("credits");
        const bool comparable = credits || m_balance->unit == estimate.currency;
        const double needed = credits ? estimate.credits : estimate.cost;
        QString balance
            = tr("Balance: %1").arg(escaped(balanceText(m_balance->amount, m_balance->unit)));
        if (comparable) {
            balance += QStringLiteral(" — ")
                + (m_balance->amount >= needed
                       ? tr("enough")
                       : Colors::span(Colors::error(palette()),
                                      tr("not enough: top up before launching, or the campaign "
                                         "pauses when the credit runs out"),
                                      true));
        }
        lines.append(balance);
    } else if (!m_balanceProblem.isEmpty()) {
        lines.append(tr("Balance: could not be read (%1)").arg(escaped(m_balanceProblem)));
    } else {
        lines.append(tr("Balance: asking the provider…"));
    }
    if (m_providerEstimate) {
        const bool personalised = !Template(m_draft->templateBody).placeholders().isEmpty();
        lines.append((personalised ? tr("The provider's own estimate, from the first message: "
                                        "%1 credits")
                                   : tr("The provider's own estimate: %1 credits"))
                         .arg(locale.toString(m_providerEstimate->creditsRequired)));
        if (m_providerEstimate->canAfford && !*m_providerEstimate->canAfford)
            lines.last() += QStringLiteral(" — ")
                + Colors::span(Colors::error(palette()), tr("more than the balance, it says"),
                               true);
    }
    // How many requests, and how long the provider's limit makes them take.
    const bool personalised = !Template(m_draft->templateBody).placeholders().isEmpty();
    const int perRequest = std::max(1, capabilities.maxRecipientsPerRequest);
    qint64 requests
        = capabilities.batchShape == Capabilities::BatchShape::BodyPerRecipient || !personalised
        ? (estimate.recipients + perRequest - 1) / perRequest
        : estimate.recipients;
    if (!remote.isEmpty())
        requests = 1; // the provider expands its group itself
    if (capabilities.requestsPerMinute > 0) {
        lines.append(tr("Sending takes about %1: %2 requests at the provider's limit of %3 a "
                        "minute. Tuma must stay open meanwhile.")
                         .arg(durationText(double(requests) / capabilities.requestsPerMinute),
                              locale.toString(requests),
                              locale.toString(capabilities.requestsPerMinute)));
    } else {
        lines.append(tr("%n request(s) to the provider.", nullptr, int(requests)));
    }
    if (m_draft->scheduledAt.isValid()) {
        lines.append(
            tr("Goes out at %1 (%2)%3")
                .arg(locale.toString(
                         m_draft->scheduledAt.toTimeZone(campaignTimeZone(m_draft->timeZone)),
                         QLocale::ShortFormat),
                     escaped(m_draft->timeZone),
                     m_draft->providerSchedule ? tr(", held by the provider") : QString()));
    }
    m_ui->reviewLabel->setText(lines.join(QStringLiteral("<br>")));

    QStringList warnings;
    if (estimate.ucs2Recipients > 0) {
        warnings.append(tr("%Ln message(s) contain characters outside the GSM alphabet and go as "
                           "Unicode: up to twice the parts. The composer can replace them.",
                           nullptr, estimate.ucs2Recipients));
    }
    for (auto it = m_figures->emptyFields.cbegin(); it != m_figures->emptyFields.cend(); ++it) {
        warnings.append(tr("&lt;&lt;%1&gt;&gt; is empty for %Ln recipient(s) and has no default: "
                           "write &lt;&lt;%1|default&gt;&gt; to fill the gap.",
                           nullptr, it.value())
                            .arg(escaped(it.key())));
    }
    if (m_figures->outsideCountries > 0) {
        warnings.append(
            tr("%Ln number(s) are outside the countries %1 serves (%2): the "
               "provider will refuse them, and they will show as failed.",
               nullptr, m_figures->outsideCountries)
                .arg(escaped(account->name),
                     QStringLiteral("+")
                         + capabilities.recipientCallingCodes.join(QStringLiteral(", +"))));
    }
    if (!remote.isEmpty()) {
        warnings.append(tr("Numbers opted out in Tuma are not removed from the provider's group: "
                           "the provider's own opt-out list applies."));
        warnings.append(tr("Tuma follows the send to the group as one message, up to \"accepted "
                           "by the provider\"; what each member received is in the provider's "
                           "own reports."));
    } else if (!DeliveryTracker::canTrack(capabilities)) {
        warnings.append(tr("This provider does not report deliveries: Tuma will know the messages "
                           "were accepted, not that they arrived."));
    }
    m_ui->warningsLabel->setText(
        warnings.isEmpty()
            ? QString()
            : Colors::span(Colors::warning(palette()), warnings.join(QStringLiteral("<br>"))));
}

void NewCampaignDialog::sendTest()
{
    const std::optional<Account> account = currentAccount();
    if (!account || !m_draft)
        return;
    const Result<QString> phone
        = PhoneNumber::normalize(m_ui->testPhoneLineEdit->text(), account->region);
    if (!phone) {
        m_ui->testResultLabel->setText(phone.error().message);
        return;
    }
    // The first recipient's message as the review rendered it, so placeholders show real
    // values; with no recipient yet, the text with its defaults.
    SendRequest request;
    if (m_figures && !m_figures->samples.isEmpty()) {
        request.text = m_figures->samples.constFirst().text;
    } else {
        const QStringList fields = TemplateStore(m_database).availableFields().value_or({});
        request.text = Template(m_draft->templateBody).bind(fields).render({});
    }
    request.senderId = m_draft->senderId;
    request.recipients.append({phone.value(), request.text, {}});
    m_ui->sendTestPushButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Sending the test…"));
    m_providers.run<SendResult>(
        *account, this,
        [request](ProviderAdapter& adapter, ProviderAdapter::Reply<SendResult> done) {
            adapter.send(request, done);
        },
        [this](ProviderResult<SendResult> result) {
            m_ui->sendTestPushButton->setEnabled(true);
            m_ui->testResultLabel->setText(result ? tr("The test was accepted: check your phone.")
                                                  : result.error().message);
        });
}

void NewCampaignDialog::save(bool launch)
{
    if (!m_draft || !m_figures)
        return;
    const int chosen = m_ui->templateComboBox->currentIndex();
    const QString templateName
        = m_ui->templateComboBox->itemData(chosen, kTemplateNameRole).toString();
    const Result<qint64> saved
        = CampaignDraft::save(m_database, *m_draft, m_figures->estimate, m_editing, templateName);
    if (!saved) {
        m_ui->problemLabel->setText(saved.error().message);
        return;
    }
    m_saved = saved.value();
    m_launchRequested = launch;
    accept();
}

} // namespace tuma
