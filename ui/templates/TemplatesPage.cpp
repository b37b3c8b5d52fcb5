// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatesPage.h"

#include "ComposerWidget.h"
#include "PreviewPanel.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/TemplateStore.h"
#include "ui_TemplatesPage.h"
#include "widgets/Colors.h"

#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

namespace tuma {

TemplatesPage::TemplatesPage(Database& database, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TemplatesPage>())
    , m_database(database)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_composer = new ComposerWidget(this);
    auto* slot = new QVBoxLayout(m_ui->composerPlaceholderWidget);
    slot->setContentsMargins(0, 0, 0, 0);
    slot->addWidget(m_composer);
    m_preview = new PreviewPanel(m_database, m_settings, this);
    m_ui->editorLayout->insertWidget(
        m_ui->editorLayout->indexOf(m_ui->composerPlaceholderWidget) + 1, m_preview);
    m_ui->templatesListWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 36);

    connect(m_ui->templatesListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current, QListWidgetItem* previous) {
                if (!current)
                    return;
                // Saving from the question reloads the list: keep names, not items.
                const QString wanted = current->text();
                const QString left = previous ? previous->text() : QString();
                const bool leave = confirmLeaving();
                const QList<QListWidgetItem*> matches = m_ui->templatesListWidget->findItems(
                    leave ? wanted : left, Qt::MatchFixedString);
                {
                    const QSignalBlocker blocker(m_ui->templatesListWidget);
                    m_ui->templatesListWidget->setCurrentItem(matches.value(0));
                }
                if (leave)
                    showTemplate(wanted);
            });
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &TemplatesPage::startNew);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &TemplatesPage::save);
    m_ui->savePushButton->setShortcut(QKeySequence::Save);
    m_ui->savePushButton->setToolTip(
        tr("Save the template (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_ui->duplicatePushButton, &QPushButton::clicked, this,
            &TemplatesPage::duplicateCurrent);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &TemplatesPage::deleteCurrent);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &TemplatesPage::updateButtons);
    connect(m_composer, &ComposerWidget::bodyChanged, this, &TemplatesPage::updateButtons);
    connect(m_composer, &ComposerWidget::bodyChanged, this,
            [this] { m_preview->setMessage(m_composer->message()); });
    reload();
}

TemplatesPage::~TemplatesPage() = default;

void TemplatesPage::showEvent(QShowEvent* event)
{
    // Pricing and the footer may have changed in Settings while the page was hidden.
    applyPricing();
    m_composer->setFooter(m_settings.optOutFooter());
    QWidget::showEvent(event);
}

void TemplatesPage::applyPricing()
{
    // The prices of the account a campaign would send with, so that the figures here are the
    // review's; the Settings' default only while there is no account.
    const Result<std::optional<Account>> account
        = AccountStore(m_database).preferred(m_settings.activeAccount());
    if (account && account.value()) {
        m_composer->setPricing(account.value()->pricing, account.value()->name);
        m_preview->setPricing(account.value()->pricing);
    } else {
        m_composer->setPricing(m_settings.defaultPricing(), {});
        m_preview->setPricing(m_settings.defaultPricing());
    }
}

void TemplatesPage::reload()
{
    TemplateStore store(m_database);
    if (const Result<QStringList> fields = store.availableFields(); fields)
        m_composer->setAvailableFields(fields.value());
    applyPricing();
    m_composer->setFooter(m_settings.optOutFooter());
    m_preview->reloadGroups();

    const QString keep = m_currentName;
    const QSignalBlocker blocker(m_ui->templatesListWidget);
    m_ui->templatesListWidget->clear();
    const Result<QList<StoredTemplate>> all = store.list();
    if (!all) {
        setStatus(all.error().messageWithDetail(), true);
        return;
    }
    for (const StoredTemplate& stored : all.value()) {
        auto* item = new QListWidgetItem(stored.name, m_ui->templatesListWidget);
        const QString used = stored.lastUsedAt.isValid()
            ? tr("Last used %1")
                  .arg(QLocale().toString(stored.lastUsedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Not used in a campaign yet");
        item->setToolTip(stored.body + QStringLiteral("\n\n") + used);
    }
    const QList<QListWidgetItem*> matches
        = m_ui->templatesListWidget->findItems(keep, Qt::MatchFixedString);
    if (!matches.isEmpty()) {
        m_ui->templatesListWidget->setCurrentItem(matches.constFirst());
    } else if (m_ui->templatesListWidget->count() > 0 && keep.isEmpty()
               && m_composer->body().isEmpty()) {
        m_ui->templatesListWidget->setCurrentRow(0);
        showTemplate(m_ui->templatesListWidget->currentItem()->text());
    }
    updateButtons();
}

void TemplatesPage::showTemplate(const QString& name)
{
    if (name.isEmpty())
        return;
    const Result<StoredTemplate> found = TemplateStore(m_database).find(name);
    if (!found) {
        setStatus(found.error().message, true);
        return;
    }
    m_currentName = found.value().name;
    m_savedName = found.value().name;
    m_savedBody = found.value().body;
    m_ui->nameLineEdit->setText(found.value().name);
    m_composer->setBody(found.value().body);
    setStatus({});
    updateButtons();
}

bool TemplatesPage::hasUnsavedChanges() const
{
    return m_ui->nameLineEdit->text().trimmed() != m_savedName || m_composer->body() != m_savedBody;
}

bool TemplatesPage::confirmLeaving()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        name.isEmpty() ? tr("Save the new template first?")
                       : tr("Save the changes to the template \"%1\"?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        save();
        return !hasUnsavedChanges();
    }
    return answer == QMessageBox::Discard;
}

void TemplatesPage::startNew()
{
    if (!confirmLeaving())
        return;
    m_currentName.clear();
    m_savedName.clear();
    m_savedBody.clear();
    m_ui->templatesListWidget->clearSelection();
    m_ui->templatesListWidget->setCurrentItem(nullptr);
    m_ui->nameLineEdit->clear();
    m_composer->setBody({});
    m_ui->nameLineEdit->setFocus();
    setStatus({});
    updateButtons();
}

void TemplatesPage::save()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    TemplateStore store(m_database);
    const Result<StoredTemplate> saved = m_currentName.isEmpty()
        ? store.add(name, m_composer->body())
        : store.update(m_currentName, name, m_composer->body());
    if (!saved) {
        setStatus(saved.error().message, true);
        return;
    }
    m_currentName = saved.value().name;
    m_savedName = saved.value().name;
    m_savedBody = saved.value().body;
    reload();
    const QStringList problems = m_composer->problems();
    setStatus(problems.isEmpty()
                  ? tr("Saved.")
                  : tr("Saved. Fix the marked problems before using it in a campaign."),
              !problems.isEmpty());
}

void TemplatesPage::duplicateCurrent()
{
    if (m_currentName.isEmpty() || !confirmLeaving())
        return;
    TemplateStore store(m_database);
    // "Reminder (copy)", then "Reminder (copy 2)"… until the name is free.
    for (int attempt = 1; attempt < 100; ++attempt) {
        const QString copyName = attempt == 1 ? tr("%1 (copy)").arg(m_currentName)
                                              : tr("%1 (copy %2)").arg(m_currentName).arg(attempt);
        const Result<StoredTemplate> copy = store.duplicate(m_currentName, copyName);
        if (copy) {
            m_currentName = copy.value().name;
            reload();
            showTemplate(m_currentName);
            return;
        }
        if (copy.error().code != QLatin1String("template_exists")) {
            setStatus(copy.error().message, true);
            return;
        }
    }
}

void TemplatesPage::deleteCurrent()
{
    if (m_currentName.isEmpty())
        return;
    const auto answer
        = QMessageBox::question(this, tr("Delete Template"),
                                tr("Delete the template \"%1\"? Campaigns already sent "
                                   "with it keep their messages.")
                                    .arg(m_currentName),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Result<void> removed = TemplateStore(m_database).remove(m_currentName); !removed) {
        setStatus(removed.error().message, true);
        return;
    }
    startNew();
    reload();
    setStatus(tr("Deleted."));
}

void TemplatesPage::updateButtons()
{
    const bool saved = !m_currentName.isEmpty();
    m_ui->duplicatePushButton->setEnabled(saved);
    m_ui->deletePushButton->setEnabled(saved);
    m_ui->savePushButton->setEnabled(!m_ui->nameLineEdit->text().trimmed().isEmpty()
                                     && !m_composer->body().isEmpty() && hasUnsavedChanges());
}

void TemplatesPage::setStatus(const QString& text, bool isError)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(
        isError ? QStringLiteral("color: %1;").arg(Colors::error(palette()).name()) : QString());
}

} // namespace tuma
