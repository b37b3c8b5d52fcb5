// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderTemplatesTab.h"

#include "accounts/RemoteTemplates.h"
#include "storage/TemplateStore.h"
#include "ui_ProviderTemplatesTab.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

namespace tuma {

ProviderTemplatesTab::ProviderTemplatesTab(Database& database, ProviderSession& providers,
                                           QWidget* parent)
    : AccountTab(providers, parent)
    , m_ui(std::make_unique<Ui::ProviderTemplatesTab>())
    , m_database(database)
    , m_model(new TextTableModel(this))
{
    m_ui->setupUi(this);
    useAsRefreshButton(m_ui->remoteTemplatesRefreshPushButton);
    m_model->setHeaders({tr("Name"), tr("Text")});
    QTableView* view = m_ui->remoteTemplatesTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    fitColumns(view);
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProviderTemplatesTab::updateButtons);
    connect(m_ui->remoteTemplatesRefreshPushButton, &QPushButton::clicked, this,
            &ProviderTemplatesTab::refresh);
    connect(m_ui->copyTemplatePushButton, &QPushButton::clicked, this,
            &ProviderTemplatesTab::copyTemplate);
    connect(m_ui->pushTemplatePushButton, &QPushButton::clicked, this,
            &ProviderTemplatesTab::pushTemplate);
    connect(m_ui->deleteRemoteTemplatePushButton, &QPushButton::clicked, this,
            &ProviderTemplatesTab::deleteTemplate);
}

ProviderTemplatesTab::~ProviderTemplatesTab() = default;

bool ProviderTemplatesTab::offeredBy(const Capabilities& capabilities) const
{
    return capabilities.templates;
}

void ProviderTemplatesTab::showAccount(const Account&)
{
    m_templates.clear();
    m_model->clear();
    m_ui->remoteTemplatesRefreshPushButton->setEnabled(true);
    updateButtons();
}

void ProviderTemplatesTab::refresh()
{
    if (!account() || !offeredBy(ProviderSession::capabilities(*account())))
        return;
    m_ui->remoteTemplatesRefreshPushButton->setEnabled(false);
    ask<QList<RemoteTemplate>>(
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteTemplate>> done) {
            adapter.listTemplates(done);
        },
        [this](ProviderResult<QList<RemoteTemplate>> result) {
            m_ui->remoteTemplatesRefreshPushButton->setEnabled(true);
            if (!result) {
                reportError(result.error());
                return;
            }
            m_templates = result.value();
            QList<TextTableModel::Row> rows;
            for (const RemoteTemplate& templ : std::as_const(m_templates))
                rows.append({{templ.name, {}}, {templ.content, {}}});
            m_model->setRows(rows);
            updateButtons();
        });
}

std::optional<RemoteTemplate> ProviderTemplatesTab::currentTemplate() const
{
    const QModelIndex current = m_ui->remoteTemplatesTableView->currentIndex();
    if (!current.isValid() || current.row() >= m_templates.size())
        return std::nullopt;
    return m_templates.at(current.row());
}

void ProviderTemplatesTab::updateButtons()
{
    const bool chosen = currentTemplate().has_value();
    m_ui->copyTemplatePushButton->setEnabled(chosen);
    m_ui->deleteRemoteTemplatePushButton->setEnabled(chosen);
}

void ProviderTemplatesTab::copyTemplate()
{
    const std::optional<RemoteTemplate> remote = currentTemplate();
    if (!remote)
        return;
    TemplateStore templates(m_database);
    QString name = remote->name;
    // Never overwrite a template of the user's: a copy gets a name of its own.
    for (int copy = 2; templates.find(name).ok(); ++copy)
        name = tr("%1 (%2)").arg(remote->name).arg(copy);
    // The adapter hands the text over in Tuma's <<field>> form.
    if (Result<StoredTemplate> added = templates.add(name, remote->content); !added) {
        reportError(added.error().message);
        return;
    }
    report(tr("Copied the template into Tuma as \"%1\". Find it on the Templates page.").arg(name));
    Q_EMIT templatesChanged();
}

void ProviderTemplatesTab::pushTemplate()
{
    if (!account())
        return;
    Result<QList<StoredTemplate>> templates = TemplateStore(m_database).list();
    if (!templates || templates.value().isEmpty()) {
        reportError(tr("There is no Tuma template to send yet. Write one on the Templates page."));
        return;
    }
    QStringList names;
    for (const StoredTemplate& templ : templates.value())
        names.append(templ.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Send a Template to the Provider"),
        tr("The provider gets this template; a template of the same name there is replaced:"),
        names, 0, false, &ok);
    if (!ok)
        return;
    RemoteTemplates::upload(
        providers(), *account(), this, chosen, templates.value().at(names.indexOf(chosen)).body,
        whileShown([this, chosen](ProviderResult<RemoteTemplate> result) {
            if (!result)
                reportError(result.error());
            else
                report(tr("Sent the template \"%1\" to the provider.").arg(chosen));
            refresh();
        }));
}

void ProviderTemplatesTab::deleteTemplate()
{
    const std::optional<RemoteTemplate> remote = currentTemplate();
    if (!remote)
        return;
    if (QMessageBox::question(this, tr("Delete Template on the Provider"),
                              tr("Delete the template \"%1\" from the provider? Tuma's own "
                                 "templates are not touched.")
                                  .arg(remote->name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    ask<void>(
        [id = remote->id](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.deleteTemplate(id, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                reportError(result.error());
            refresh();
        });
}

} // namespace tuma
