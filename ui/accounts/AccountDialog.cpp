// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDialog.h"

#include "accounts/AccountService.h"
#include "accounts/ProviderSession.h"
#include "core/Regions.h"
#include "providers/ProviderRegistry.h"
#include "sandbox/Sandbox.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "ui_AccountDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace tuma {

namespace {

const QList<ProviderKind> kProviders {ProviderKind::QuickFlow, ProviderKind::Qsms,
                                      ProviderKind::Sms254, ProviderKind::FlashSms};

const QStringList kCommonCurrencies
    = {QStringLiteral("KES"), QStringLiteral("GHS"), QStringLiteral("UGX"), QStringLiteral("TZS"),
       QStringLiteral("RWF"), QStringLiteral("NGN"), QStringLiteral("USD")};

// An id no saved account has: the session keeps one adapter per id, and an account being
// typed must not reuse the adapter of the saved one.
constexpr qint64 kUnsavedAccountId = -1;

} // namespace

AccountDialog::AccountDialog(Database& database, SecretStore& secrets, ProviderSession& providers,
                             AppSettings& settings, std::optional<Account> existing,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_database(database)
    , m_secrets(secrets)
    , m_providers(providers)
    , m_settings(settings)
    , m_existing(std::move(existing))
{
    m_ui->setupUi(this);
    setWindowTitle(m_existing ? tr("Edit Account") : tr("New Account"));

    for (ProviderKind kind : kProviders)
        m_ui->providerComboBox->addItem(providerDisplayName(kind), providerName(kind));
    for (const Region& region : Regions::all())
        m_ui->regionComboBox->addItem(tr("%1 (+%2)").arg(region.name).arg(region.callingCode),
                                      region.code);
    m_ui->currencyComboBox->addItems(kCommonCurrencies);
    m_ui->currencyComboBox->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_ui->currencyComboBox));
    m_ui->baseUrlLineEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_ui->secondaryUrlLineEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    for (QLineEdit* key : {m_ui->apiKeyLineEdit, m_ui->apiSecretLineEdit}) {
        key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                 | Qt::ImhNoPredictiveText);
    }
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_ui->statusLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    setMinimumWidth(520);

    load();

    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this,
            &AccountDialog::providerChanged);
    connect(m_ui->sandboxCheckBox, &QCheckBox::toggled, this, &AccountDialog::sandboxToggled);
    connect(m_ui->lowBalanceCheckBox, &QCheckBox::toggled, m_ui->lowBalanceSpinBox,
            &QWidget::setEnabled);
    connect(m_ui->fetchSendersPushButton, &QPushButton::clicked, this,
            &AccountDialog::fetchSenders);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    // Any edit may fix or cause a problem, and makes an earlier failure old news.
    const auto edited = [this] {
        m_failure.clear();
        validate();
    };
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->baseUrlLineEdit, m_ui->secondaryUrlLineEdit,
                            m_ui->serviceIdLineEdit, m_ui->usernameLineEdit, m_ui->apiKeyLineEdit,
                            m_ui->apiSecretLineEdit, m_ui->senderIdsLineEdit})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (QDoubleSpinBox* spin : {m_ui->gsmCreditsSpinBox, m_ui->ucs2CreditsSpinBox,
                                 m_ui->priceSpinBox, m_ui->lowBalanceSpinBox})
        connect(spin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->currencyComboBox, &QComboBox::editTextChanged, this, edited);
    connect(m_ui->regionComboBox, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->lowBalanceCheckBox, &QCheckBox::toggled, this, edited);

    updateRows();
    validate();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::load()
{
    const auto select = [](QComboBox* combo, const QVariant& value) {
        combo->setCurrentIndex(std::max(combo->findData(value), 0));
    };
    Account account;
    if (m_existing) {
        account = *m_existing;
    } else {
        account.provider = providerName(ProviderKind::QuickFlow);
        account.region = m_settings.region();
        account.pricing = m_settings.defaultPricing();
        account.baseUrl = ProviderRegistry::defaultBaseUrl(ProviderKind::QuickFlow);
    }
    m_ui->nameLineEdit->setText(account.name);
    select(m_ui->providerComboBox, account.provider);
    m_ui->sandboxCheckBox->setChecked(account.sandbox);
    m_prefilledUrl = ProviderRegistry::defaultBaseUrl(provider());
    m_ui->baseUrlLineEdit->setText(account.sandbox && account.baseUrl.isEmpty()
                                       ? m_prefilledUrl.toString()
                                       : account.baseUrl.toString());
    m_ui->secondaryUrlLineEdit->setText(account.secondaryBaseUrl.toString());
    m_ui->serviceIdLineEdit->setText(account.serviceId);
    m_ui->usernameLineEdit->setText(account.username);
    m_ui->senderIdsLineEdit->setText(account.senderIds.join(QStringLiteral(", ")));
    select(m_ui->regionComboBox, account.region);
    m_ui->gsmCreditsSpinBox->setValue(account.pricing.creditsPerGsmPart);
    m_ui->ucs2CreditsSpinBox->setValue(account.pricing.creditsPerUcs2Part);
    m_ui->priceSpinBox->setValue(account.pricing.pricePerCredit);
    m_ui->currencyComboBox->setCurrentText(account.pricing.currency);
    m_ui->lowBalanceCheckBox->setChecked(account.lowBalanceThreshold.has_value());
    m_ui->lowBalanceSpinBox->setValue(account.lowBalanceThreshold.value_or(100.0));
    m_ui->lowBalanceSpinBox->setEnabled(account.lowBalanceThreshold.has_value());
}

ProviderKind AccountDialog::provider() const
{
    return providerFromName(m_ui->providerComboBox->currentData().toString())
        .value_or(ProviderKind::QuickFlow);
}

bool AccountDialog::isSandbox() const
{
    return m_ui->sandboxCheckBox->isChecked();
}

Account AccountDialog::typedAccount() const
{
    Account account = m_existing.value_or(Account {});
    const ProviderKind kind = provider();
    account.name = m_ui->nameLineEdit->text().trimmed();
    account.provider = providerName(kind);
    account.sandbox = isSandbox();
    QStringList senders;
    for (const QString& part : m_ui->senderIdsLineEdit->text().split(u',')) {
        if (!part.trimmed().isEmpty() && !senders.contains(part.trimmed()))
            senders.append(part.trimmed());
    }
    account.senderIds = senders;
    if (!senders.contains(account.defaultSender))
        account.defaultSender.clear();
    if (account.sandbox) {
        sandbox::prepareAccount(account);
    } else {
        account.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed());
        account.secondaryBaseUrl = kind == ProviderKind::Qsms
            ? QUrl(m_ui->secondaryUrlLineEdit->text().trimmed())
            : QUrl();
        account.username
            = kind == ProviderKind::Sms254 ? m_ui->usernameLineEdit->text().trimmed() : QString();
        account.serviceId
            = kind == ProviderKind::Qsms ? m_ui->serviceIdLineEdit->text().trimmed() : QString();
    }
    account.region = m_ui->regionComboBox->currentData().toString();
    account.pricing.creditsPerGsmPart = m_ui->gsmCreditsSpinBox->value();
    account.pricing.creditsPerUcs2Part = m_ui->ucs2CreditsSpinBox->value();
    account.pricing.pricePerCredit = m_ui->priceSpinBox->value();
    account.pricing.currency = m_ui->currencyComboBox->currentText().trimmed().toUpper();
    account.lowBalanceThreshold = m_ui->lowBalanceCheckBox->isChecked()
        ? std::optional<double>(m_ui->lowBalanceSpinBox->value())
        : std::nullopt;
    return account;
}

QString AccountDialog::typedSecret() const
{
    const QString key = m_ui->apiKeyLineEdit->text().trimmed();
    if (provider() != ProviderKind::QuickFlow)
        return key;
    const QString secret = m_ui->apiSecretLineEdit->text().trimmed();
    if (key.isEmpty() && secret.isEmpty())
        return {};
    return key + u':' + secret;
}

bool AccountDialog::keyTyped() const
{
    return !m_ui->apiKeyLineEdit->text().trimmed().isEmpty()
        || (provider() == ProviderKind::QuickFlow
            && !m_ui->apiSecretLineEdit->text().trimmed().isEmpty());
}

bool AccountDialog::keyRequired() const
{
    if (isSandbox())
        return false;
    return !m_existing || m_existing->sandbox || m_existing->provider != providerName(provider());
}

QString AccountDialog::problem() const
{
    const Account account = typedAccount();
    if (Result<void> valid = AccountStore::validate(account); !valid)
        return valid.error().message;
    if (Result<Account> sameName = AccountStore(m_database).find(account.name);
        sameName && (!m_existing || sameName.value().id != m_existing->id))
        return tr("An account called \"%1\" already exists. Choose another name.")
            .arg(account.name);
    if (account.sandbox)
        return {};
    const ProviderKind kind = provider();
    const QString key = m_ui->apiKeyLineEdit->text().trimmed();
    if (kind == ProviderKind::QuickFlow) {
        const QString secret = m_ui->apiSecretLineEdit->text().trimmed();
        if ((keyRequired() || keyTyped()) && (key.isEmpty() || secret.isEmpty()))
            return tr("QuickFlow needs both the API key and the API secret from your QuickFlow "
                      "dashboard.");
        if ((keyRequired() || keyTyped())
            && !ProviderRegistry::secretWellFormed(kind, typedSecret()))
            return tr("The API key and the API secret cannot contain a colon (:). Copy them "
                      "again from your QuickFlow dashboard.");
    } else if (keyRequired() && key.isEmpty()) {
        return tr("Enter the API key from your %1 dashboard.").arg(providerDisplayName(kind));
    }
    return {};
}

void AccountDialog::providerChanged()
{
    // The address follows the provider unless the user typed one of their own.
    const QUrl typed(m_ui->baseUrlLineEdit->text().trimmed());
    const QUrl prefilled = ProviderRegistry::defaultBaseUrl(provider());
    if (m_ui->baseUrlLineEdit->text().trimmed().isEmpty() || typed == m_prefilledUrl)
        m_ui->baseUrlLineEdit->setText(prefilled.toString());
    m_prefilledUrl = prefilled;
    m_failure.clear();
    updateRows();
    validate();
}

void AccountDialog::sandboxToggled(bool sandbox)
{
    // A new account's prices follow the mode until the user sets their own.
    if (!m_existing) {
        const Pricing from = sandbox ? m_settings.defaultPricing() : sandbox::pricing();
        const Pricing to = sandbox ? sandbox::pricing() : m_settings.defaultPricing();
        const Pricing shown {m_ui->gsmCreditsSpinBox->value(), m_ui->ucs2CreditsSpinBox->value(),
                             m_ui->priceSpinBox->value(),
                             m_ui->currencyComboBox->currentText().trimmed().toUpper()};
        if (shown == from) {
            m_ui->gsmCreditsSpinBox->setValue(to.creditsPerGsmPart);
            m_ui->ucs2CreditsSpinBox->setValue(to.creditsPerUcs2Part);
            m_ui->priceSpinBox->setValue(to.pricePerCredit);
            m_ui->currencyComboBox->setCurrentText(to.currency);
        }
    }
    m_failure.clear();
    updateRows();
    validate();
}

void AccountDialog::updateRows()
{
    const ProviderKind kind = provider();
    m_capabilities = ProviderSession::capabilities(typedAccount());
    const bool real = !isSandbox();
    QFormLayout* form = m_ui->accountLayout;
    form->setRowVisible(m_ui->baseUrlLineEdit, real);
    form->setRowVisible(m_ui->secondaryUrlLineEdit, real && kind == ProviderKind::Qsms);
    form->setRowVisible(m_ui->serviceIdLineEdit, real && kind == ProviderKind::Qsms);
    form->setRowVisible(m_ui->usernameLineEdit, real && kind == ProviderKind::Sms254);
    form->setRowVisible(m_ui->apiKeyLineEdit, real);
    form->setRowVisible(m_ui->apiSecretLineEdit, real && kind == ProviderKind::QuickFlow);

    const QUrl fallback = ProviderRegistry::defaultBaseUrl(kind);
    m_ui->baseUrlLineEdit->setPlaceholderText(
        fallback.isEmpty() ? tr("Copy it from %1's API page, for example https://api.example.com")
                                 .arg(providerDisplayName(kind))
                           : fallback.toString());

    QString keyPlaceholder;
    if (!keyRequired())
        keyPlaceholder = tr("Leave empty to keep the current key");
    else if (kind == ProviderKind::QuickFlow)
        keyPlaceholder = tr("From your QuickFlow dashboard");
    else
        keyPlaceholder = tr("From your %1 dashboard").arg(providerDisplayName(kind));
    m_ui->apiKeyLineEdit->setPlaceholderText(keyPlaceholder);
    m_ui->apiSecretLineEdit->setPlaceholderText(keyRequired()
                                                    ? tr("From your QuickFlow dashboard")
                                                    : tr("Leave empty to keep the current secret"));
    // Shrinks back after rows were hidden.
    if (layout())
        layout()->activate();
    adjustSize();
}

bool AccountDialog::canFetchSenders() const
{
    if (!m_capabilities.senderIdList)
        return false;
    // The session reads the key from the keychain, so a key typed here is not usable until the
    // account is saved.
    if (isSandbox())
        return true;
    return m_existing && !keyRequired() && !keyTyped();
}

void AccountDialog::validate()
{
    const QString text = problem();
    const QString shown = text.isEmpty() ? m_failure : text;
    m_ui->problemLabel->setText(shown);
    m_ui->problemLabel->setVisible(!shown.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty() && !m_busy);

    const bool listable = m_capabilities.senderIdList;
    m_ui->fetchSendersPushButton->setEnabled(!m_busy && canFetchSenders());
    m_ui->fetchSendersPushButton->setToolTip(
        !listable ? tr("%1 does not list an account's sender IDs: type the ones it approved.")
                        .arg(providerDisplayName(provider()))
                  : tr("Asks the provider for the sender IDs of this account. Works for a "
                       "sandbox account and for a saved account whose key is unchanged: a new "
                       "key is used only once it is saved."));
}

void AccountDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_ui->accountGroupBox->setEnabled(!busy);
    m_ui->sendingGroupBox->setEnabled(!busy);
    m_ui->pricingGroupBox->setEnabled(!busy);
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
    validate();
}

void AccountDialog::showFailure(const QString& message)
{
    m_failure = message;
    validate();
}

void AccountDialog::fetchSenders()
{
    if (m_busy || !canFetchSenders())
        return;
    Account account = typedAccount();
    account.id = kUnsavedAccountId;
    account.updatedAt = QDateTime::currentDateTimeUtc();
    setBusy(true,
            tr("Asking %1 for the account's sender IDs…").arg(providerDisplayName(provider())));
    m_providers.run<QStringList>(
        account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QStringList> reply) {
            adapter.senderIds(reply);
        },
        [this](ProviderResult<QStringList> senders) {
            m_providers.forget(kUnsavedAccountId);
            setBusy(false);
            if (!senders) {
                showFailure(senders.error().message);
                return;
            }
            if (senders.value().isEmpty()) {
                showFailure(tr("The provider lists no sender IDs for this account yet."));
                return;
            }
            m_ui->senderIdsLineEdit->setText(senders.value().join(QStringLiteral(", ")));
        });
}

void AccountDialog::accept()
{
    if (m_busy || !problem().isEmpty())
        return;
    Account account = typedAccount();
    const QString secret = account.sandbox ? QString() : typedSecret();
    m_saving = true;
    setBusy(true, tr("Saving…"));
    QPointer<AccountDialog> self(this);
    AccountService(m_database, m_secrets, &m_providers)
        .save(account, secret, m_existing, [self](Result<qint64> saved) {
            if (!self)
                return;
            self->m_saving = false;
            self->setBusy(false);
            if (!saved) {
                self->showFailure(saved.error().message);
                return;
            }
            Q_EMIT self->accountSaved(saved.value());
            self->QDialog::accept();
        });
}

void AccountDialog::reject()
{
    // Leaving while the keychain writes would leave a key without its account.
    if (m_saving)
        return;
    QDialog::reject();
}

} // namespace tuma
