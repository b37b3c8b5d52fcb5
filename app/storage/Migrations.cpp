// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace tuma {

namespace {

// Conventions of the schema: times are INTEGER milliseconds since the Unix epoch (UTC);
// phone numbers are E.164 with the plus; JSON columns hold objects or arrays and are
// checked with json_valid(); money is REAL in the account's currency. Secrets never live
// here: an account only names its keychain entry (secret_ref, a random UUID).
const QStringList kVersion1 = {
    QStringLiteral(R"sql(
CREATE TABLE schema_version (
    version INTEGER NOT NULL
))sql"),
    QStringLiteral(R"sql(
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    phone       TEXT    NOT NULL UNIQUE,
    first_name  TEXT    NOT NULL DEFAULT '',
    last_name   TEXT    NOT NULL DEFAULT '',
    email       TEXT    NOT NULL DEFAULT '',
    fields      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
))sql"),
    QStringLiteral("CREATE INDEX contacts_first_name ON contacts (first_name COLLATE NOCASE)"),
    QStringLiteral("CREATE INDEX contacts_last_name ON contacts (last_name COLLATE NOCASE)"),
    QStringLiteral("CREATE INDEX contacts_created_at ON contacts (created_at)"),
    QStringLiteral(R"sql(
CREATE TABLE contact_groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at  INTEGER NOT NULL
))sql"),
    QStringLiteral(R"sql(
CREATE TABLE group_members (
    group_id    INTEGER NOT NULL REFERENCES contact_groups (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, contact_id)
) WITHOUT ROWID)sql"),
    QStringLiteral("CREATE INDEX group_members_contact ON group_members (contact_id)"),
    QStringLiteral(R"sql(
CREATE TABLE templates (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    body          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    last_used_at  INTEGER
))sql"),
    QStringLiteral(R"sql(
CREATE TABLE accounts (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    provider               TEXT    NOT NULL
                           CHECK (provider IN ('quickflow', 'qsms', '254sms', 'flashsms')),
    base_url               TEXT    NOT NULL,
    secondary_base_url     TEXT    NOT NULL DEFAULT '',
    username               TEXT    NOT NULL DEFAULT '',
    service_id             TEXT    NOT NULL DEFAULT '',
    sender_ids             TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(sender_ids)),
    default_sender         TEXT    NOT NULL DEFAULT '',
    region                 TEXT    NOT NULL DEFAULT 'KE',
    credits_per_gsm_part   REAL    NOT NULL DEFAULT 1,
    credits_per_ucs2_part  REAL    NOT NULL DEFAULT 1,
    price_per_credit       REAL    NOT NULL DEFAULT 0,
    currency               TEXT    NOT NULL DEFAULT 'KES',
    low_balance_threshold  REAL,
    sandbox                INTEGER NOT NULL DEFAULT 0 CHECK (sandbox IN (0, 1)),
    secret_ref             TEXT    NOT NULL UNIQUE,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL
))sql"),
    QStringLiteral(R"sql(
CREATE TABLE campaigns (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL,
    account_id         INTEGER NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    state              TEXT    NOT NULL DEFAULT 'draft'
                       CHECK (state IN ('draft', 'scheduled', 'running', 'paused',
                                        'completed', 'cancelled')),
    template_body      TEXT    NOT NULL,
    sender_id          TEXT    NOT NULL DEFAULT '',
    audience           TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(audience)),
    scheduled_at       INTEGER,
    time_zone          TEXT    NOT NULL DEFAULT '',
    window_start       INTEGER CHECK (window_start BETWEEN 0 AND 1439),
    window_end         INTEGER CHECK (window_end BETWEEN 0 AND 1440),
    skip_sundays       INTEGER NOT NULL DEFAULT 0 CHECK (skip_sundays IN (0, 1)),
    provider_schedule  INTEGER NOT NULL DEFAULT 0 CHECK (provider_schedule IN (0, 1)),
    recipients         INTEGER NOT NULL DEFAULT 0,
    segments           INTEGER NOT NULL DEFAULT 0,
    credits_estimated  REAL    NOT NULL DEFAULT 0,
    cost_estimated     REAL    NOT NULL DEFAULT 0,
    credits_used       REAL    NOT NULL DEFAULT 0,
    currency           TEXT    NOT NULL DEFAULT 'KES',
    pause_reason       TEXT    NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    launched_at        INTEGER,
    finished_at        INTEGER
))sql"),
    QStringLiteral("CREATE INDEX campaigns_account ON campaigns (account_id)"),
    QStringLiteral("CREATE INDEX campaigns_state ON campaigns (state)"),
    // The outbox: one row per recipient of a launched campaign. See docs/ARCHITECTURE.md.
    QStringLiteral(R"sql(
CREATE TABLE messages (
    id                   INTEGER PRIMARY KEY,
    campaign_id          INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    contact_id           INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    phone                TEXT    NOT NULL,
    body                 TEXT    NOT NULL,
    encoding             TEXT    NOT NULL CHECK (encoding IN ('GSM-7', 'UCS-2')),
    segments             INTEGER NOT NULL CHECK (segments > 0),
    credits              REAL    NOT NULL,
    state                TEXT    NOT NULL DEFAULT 'queued'
                         CHECK (state IN ('queued', 'submitting', 'accepted', 'delivered',
                                          'failed', 'expired', 'unknown', 'cancelled')),
    batch_id             INTEGER,
    client_ref           TEXT,
    provider_message_id  TEXT,
    provider_status      TEXT    NOT NULL DEFAULT '',
    attempts             INTEGER NOT NULL DEFAULT 0,
    error_code           TEXT    NOT NULL DEFAULT '',
    error_message        TEXT    NOT NULL DEFAULT '',
    not_before           INTEGER,
    submitted_at         INTEGER,
    updated_at           INTEGER NOT NULL,
    UNIQUE (campaign_id, phone)
))sql"),
    QStringLiteral("CREATE INDEX messages_campaign_state ON messages (campaign_id, state)"),
    QStringLiteral("CREATE INDEX messages_contact ON messages (contact_id)"),
    QStringLiteral("CREATE INDEX messages_provider_id ON messages (provider_message_id) "
                   "WHERE provider_message_id IS NOT NULL"),
    QStringLiteral(R"sql(
CREATE TABLE suppression_list (
    phone       TEXT    PRIMARY KEY,
    reason      TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT 'manual',
    created_at  INTEGER NOT NULL
) WITHOUT ROWID)sql"),
    QStringLiteral(R"sql(
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    os_user  TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    subject  TEXT    NOT NULL DEFAULT '',
    detail   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
))sql"),
    QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
    QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
    QStringLiteral("PRAGMA application_id = 1414876481"),
};

// Version 2: contacts at scale. The registry of custom field names (so the composer and the
// contacts table know them without scanning a million JSON objects), saved import mappings,
// an email index so every contacts column sorts by an index.
const QStringList kVersion2 = {
    QStringLiteral(R"sql(
CREATE TABLE contact_fields (
    name        TEXT    PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at  INTEGER NOT NULL
) WITHOUT ROWID)sql"),
    QStringLiteral(R"sql(
INSERT OR IGNORE INTO contact_fields (name, created_at)
SELECT DISTINCT j.key, CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM contacts c, json_each(c.fields) j)sql"),
    QStringLiteral(R"sql(
CREATE TABLE import_mappings (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    mapping     TEXT    NOT NULL CHECK (json_valid(mapping)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
))sql"),
    QStringLiteral("CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE)"),
};

// Version 3: contacts sort by creation through their id; this index only cost imports time.
const QStringList kVersion3 = {
    QStringLiteral("DROP INDEX IF EXISTS contacts_created_at"),
};

// Version 4: why a campaign paused, as a code the pages act on (a "Top up" for no credit)
// beside the sentence users read.
const QStringList kVersion4 = {
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN pause_code TEXT NOT NULL DEFAULT ''"),
};

// Version 5: the outbox without UNIQUE (campaign_id, phone). The audience reader already sends
// each number once, nothing looks a message up by its number, and writing that index in
// random number order was a quarter of a million-recipient launch (docs/PERFORMANCE.md).
// SQLite cannot drop a table constraint, so the table is rebuilt as its documentation says.
// remote_group: the provider-side group a row is sent to as a whole (its phone is then
// empty: the provider alone knows the members).
const QStringList kVersion5 = {
    QStringLiteral(R"sql(
CREATE TABLE messages_v5 (
    id                   INTEGER PRIMARY KEY,
    campaign_id          INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    contact_id           INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    phone                TEXT    NOT NULL,
    body                 TEXT    NOT NULL,
    encoding             TEXT    NOT NULL CHECK (encoding IN ('GSM-7', 'UCS-2')),
    segments             INTEGER NOT NULL CHECK (segments > 0),
    credits              REAL    NOT NULL,
    state                TEXT    NOT NULL DEFAULT 'queued'
                         CHECK (state IN ('queued', 'submitting', 'accepted', 'delivered',
                                          'failed', 'expired', 'unknown', 'cancelled')),
    batch_id             INTEGER,
    client_ref           TEXT,
    provider_message_id  TEXT,
    provider_status      TEXT    NOT NULL DEFAULT '',
    attempts             INTEGER NOT NULL DEFAULT 0,
    error_code           TEXT    NOT NULL DEFAULT '',
    error_message        TEXT    NOT NULL DEFAULT '',
    not_before           INTEGER,
    submitted_at         INTEGER,
    updated_at           INTEGER NOT NULL,
    remote_group         TEXT
))sql"),
    QStringLiteral(
        "INSERT INTO messages_v5 (id, campaign_id, contact_id, phone, body, "
        "encoding, segments, credits, state, batch_id, client_ref, "
        "provider_message_id, provider_status, attempts, error_code, error_message, "
        "not_before, submitted_at, updated_at) SELECT id, campaign_id, contact_id, phone, body, "
        "encoding, segments, credits, state, batch_id, client_ref, "
        "provider_message_id, provider_status, attempts, error_code, error_message, "
        "not_before, submitted_at, updated_at FROM messages"),
    QStringLiteral("DROP TABLE messages"),
    QStringLiteral("ALTER TABLE messages_v5 RENAME TO messages"),
    QStringLiteral("CREATE INDEX messages_campaign_state ON messages (campaign_id, state)"),
    QStringLiteral("CREATE INDEX messages_contact ON messages (contact_id)"),
    QStringLiteral("CREATE INDEX messages_provider_id ON messages (provider_message_id) "
                   "WHERE provider_message_id IS NOT NULL"),
};

// Version 6: contacts with their phone index as a named index instead of a table constraint,
// so a large import can drop it with the others and build it afterwards by sorting: writing
// a million numbers in file order into that index was most of the import's time
// (docs/PERFORMANCE.md). The table is rebuilt as SQLite's documentation says; Database::migrate
// turns foreign keys off around the steps, so no membership or message loses its contact.
// The email index is not made again: like those for sorting by a custom field, it is made
// when a sort first needs it (ContactStore::createSortIndex), so imports do not pay for it
// until then.
const QStringList kVersion6 = {
    QStringLiteral(R"sql(
CREATE TABLE contacts_v6 (
    id          INTEGER PRIMARY KEY,
    phone       TEXT    NOT NULL,
    first_name  TEXT    NOT NULL DEFAULT '',
    last_name   TEXT    NOT NULL DEFAULT '',
    email       TEXT    NOT NULL DEFAULT '',
    fields      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
))sql"),
    QStringLiteral("INSERT INTO contacts_v6 (id, phone, first_name, last_name, email, fields, "
                   "created_at, updated_at) SELECT id, phone, first_name, last_name, email, "
                   "fields, created_at, updated_at FROM contacts"),
    QStringLiteral("DROP TABLE contacts"),
    QStringLiteral("ALTER TABLE contacts_v6 RENAME TO contacts"),
    QStringLiteral("CREATE UNIQUE INDEX contacts_phone ON contacts (phone)"),
    QStringLiteral("CREATE INDEX contacts_first_name ON contacts (first_name COLLATE NOCASE)"),
    QStringLiteral("CREATE INDEX contacts_last_name ON contacts (last_name COLLATE NOCASE)"),
};

// Version 7: one sending lease per provider account, shared by every process on this
// database (docs/CAMPAIGNS.md, "One sender per account"): the holder (host, process and its
// start time, a random token) and when the lease runs out unless renewed. A batch is claimed
// only under a valid lease, so no two processes send through one account at once.
// campaigns.retry_of: the campaign whose failed recipients a draft retries, so that one is
// retried once and says by which.
const QStringList kVersion7 = {
    QStringLiteral(R"sql(
CREATE TABLE sending_leases (
    account_id       INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    token            TEXT    NOT NULL CHECK (length(token) > 0),
    host             TEXT    NOT NULL,
    machine          TEXT    NOT NULL,
    pid              INTEGER NOT NULL,
    process_started  INTEGER NOT NULL,
    program          TEXT    NOT NULL,
    acquired_at      INTEGER NOT NULL,
    expires_at       INTEGER NOT NULL
))sql"),
    QStringLiteral("ALTER TABLE campaigns ADD COLUMN retry_of INTEGER "
                   "REFERENCES campaigns (id) ON DELETE SET NULL"),
};

// Version 8: a custom field's kind (text, number, date), decided from all its values when
// it is first sorted and forgotten when values of another kind are written, so numbers and
// dates sort as such (ContactStore::fieldKind). NULL: not decided yet.
const QStringList kVersion8 = {
    QStringLiteral("ALTER TABLE contact_fields ADD COLUMN kind TEXT "
                   "CHECK (kind IN ('text', 'number', 'date'))"),
};

// Version 9: the provider group a Tuma group was pushed to, per account, so that pushing it
// again updates that group instead of making a second one (docs/providers.md, "Pushing a
// group"). Gone with the account or the Tuma group; a provider group deleted since is noticed
// at the next push, which makes a new one.
const QStringList kVersion9 = {
    QStringLiteral(R"sql(
CREATE TABLE remote_group_links (
    account_id       INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    group_id         INTEGER NOT NULL REFERENCES contact_groups (id) ON DELETE CASCADE,
    remote_group_id  TEXT    NOT NULL CHECK (length(remote_group_id) > 0),
    remote_name      TEXT    NOT NULL,
    pushed_at        INTEGER NOT NULL,
    PRIMARY KEY (account_id, group_id)
))sql"),
};

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        {1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4}, {5, kVersion5},
        {6, kVersion6}, {7, kVersion7}, {8, kVersion8}, {9, kVersion9},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace tuma
