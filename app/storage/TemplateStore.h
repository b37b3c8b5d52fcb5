// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tuma {

class Database;

struct StoredTemplate
{
    qint64 id = 0;
    QString name;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastUsedAt; // invalid until a campaign used it
};

// Saved message templates. Names are unique regardless of case and never blank.
class TemplateStore final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(const Database& database);

    Result<QList<StoredTemplate>> list() const; // by name
    Result<StoredTemplate> find(const QString& name) const;
    Result<StoredTemplate> add(const QString& name, const QString& body);
    // Renames and/or edits the template called `name`.
    Result<StoredTemplate> update(const QString& name, const QString& newName, const QString& body);
    Result<StoredTemplate> duplicate(const QString& name, const QString& copyName);
    Result<void> remove(const QString& name);
    Result<void> markUsed(const QString& name);

    // The fields a placeholder can name: the standard ones, then every custom field that
    // contacts have (the keys of their fields), in lower case.
    Result<QStringList> availableFields() const;

private:
    const Database& m_database;
};

} // namespace tuma
