// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tuma {

// What an adapter can do. The Dispatcher and the UI read these instead of asking which
// provider an account uses.
struct Capabilities
{
    // How one request carries many recipients.
    enum class BatchShape {
        SharedBody, // one text for every recipient of the request (comma-joined or array)
        BodyPerRecipient, // each recipient has its own text (QSMS sendmultiple)
    };

    int maxRecipientsPerRequest = 1;
    BatchShape batchShape = BatchShape::SharedBody;
    // The provider takes our own reference per message and echoes it (QSMS client_ref).
    bool clientReference = false;
    // The most requests per minute the provider allows; 0 when it publishes no limit.
    int requestsPerMinute = 0;

    bool providerScheduling = false; // accepts a send time and holds the messages itself
    bool messageIds = false; // a send returns ids that status/history know
    bool statusPolling = false; // status of one message by its id
    bool deliveryReportPerRecipient = false; // per-recipient states of one send
    bool history = false; // the provider's own list of sent messages
    // What that history can prove (docs/providers.md, "What reconcile can prove"): one entry
    // per recipient with its number and text but no time (QuickFlow, read per sender ID), or
    // one entry per request with its text, sender, recipient count and time but no numbers,
    // whose per-recipient report names them (FlashSMS).
    enum class HistoryShape { None, PerRecipient, PerRequest };
    HistoryShape historyShape = HistoryShape::None;
    bool historyFilters = false; // the history read by state and between dates (FlashSMS)
    bool deliveryCallback = false; // the provider posts delivery reports to a URL of ours
    bool balance = false;
    bool topUp = false; // M-Pesa STK push from the app
    bool balancePerSender = false; // balance is asked per sender ID (QuickFlow)
    bool remoteContacts = false; // list/create/update/delete contacts on the provider
    bool remoteGroups = false; // list/create/delete groups on the provider
    bool remoteGroupRename = false; // and rename them (QuickFlow; FlashSMS has no such call)
    // deleteContact takes a contact out of one group alone (QuickFlow). Elsewhere it deletes
    // the contact from every group (FlashSMS's soft delete), which a group push never does.
    bool remoteGroupMemberRemoval = false;
    bool remoteContactImport = false; // push many contacts in one request
    bool sendToRemoteGroup = false; // send to a provider-side group
    bool templates = false;
    bool senderIdList = false; // the provider lists the account's sender IDs
    bool costEstimate = false;
    bool transactions = false;
    // Sending needs a sender ID chosen by the user (the provider has no default).
    bool senderRequired = false;
    // The countries (calling codes, "233") whose numbers the provider takes; empty for any.
    QStringList recipientCallingCodes;
};

} // namespace tuma
