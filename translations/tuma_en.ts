<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCommands</name>
    <message>
        <source>  provider: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sender IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --provider: quickflow, qsms, 254sms or flashsms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no fixed address: give --base-url, as shown on your provider&apos;s API page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>254sms needs --username (your 254sms user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMS needs --service-id (from your QSMS dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; already exists. Choose another name, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account&apos;s key on standard input, for example: tuma-cli account add NAME ... &lt; key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow needs the API key and the API secret as KEY:SECRET on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add one with: tuma-cli account add NAME --provider P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account %1 and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write account add NAME, account list, account show NAME, account remove NAME or account test NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, show, remove or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --amount in KES, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --mpesa: the Kenyan M-Pesa number that will approve the payment, such as 0712345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes seconds, from 0 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts cannot be topped up from Tuma. Buy credit on the provider&apos;s website or through its paybill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the payment of KES %1 on the phone %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: the balance rose from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance has not risen yet. If you approved the payment, check again later with: tuma-cli balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requested. Check the balance after approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the message with --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the recipients with --to PHONE[,PHONE...].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive SMS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider needs a sender ID: give --sender or add one to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have been accepted: the connection broke before the provider answered. Check the provider&apos;s history before sending them again.</source>
        <translation>
            <numerusform>%n message may or may not have been accepted: the connection broke before the provider answered. Check the provider&apos;s history before sending it again.</numerusform>
            <numerusform>%n messages may or may not have been accepted: the connection broke before the provider answered. Check the provider&apos;s history before sending them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>%n message accepted</numerusform>
            <numerusform>%n messages accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown</source>
        <translation>
            <numerusform>, %n unknown</numerusform>
            <numerusform>, %n unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2, %n message(s) in all.</source>
        <translation>
            <numerusform>Page %1 of %2, %n message in all.</numerusform>
            <numerusform>Page %1 of %2, %n messages in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sender IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, show, remove and test provider accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show, remove or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: quickflow, qsms, 254sms or flashsms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: use the built-in simulator with its test credentials (no key on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the provider&apos;s API address (default: the one in its documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: QSMS&apos;s second host, for its /v1 endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: 254sms user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: QSMS service ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a sender ID; repeatable, the first is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: region of national numbers, e.g. KE or GH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for an account&apos;s balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up an account by M-Pesa (STK push).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in KES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The M-Pesa number that approves the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait up to this many seconds for the balance to rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one text to one or more numbers now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender ID (default: the account&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for a message&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the provider gave the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the messages the provider has sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per page (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an account&apos;s sender IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the provider simulator on 127.0.0.1 until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: any free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misbehave on purpose; see docs/providers.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the simulator&apos;s state (default: beside the database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Marketing QuickFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sand&amp;box (the built-in simulator, no contract needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox account sends nothing: the simulator inside Tuma answers like the provider would, so a whole campaign can be rehearsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the provider&apos;s API, from its API page. It must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address for /v&amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only if QSMS gave you a second address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMS serves its /v1 endpoints from the same address unless your dashboard names another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your QSMS dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 254sms user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Tuma&apos;s database or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: SHOPNAME, PROMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender IDs the provider approved for this account. The first one is used when a campaign names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits per &amp;standard part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a message in the standard GSM alphabet holds up to 160 characters (153 when the message has several parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits per Unic&amp;ode part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a message with emoji or other Unicode characters holds up to 70 characters (67 when the message has several parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per &amp;credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-letter code of the currency, such as KES or GHS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Accounts page and the status bar warn when the balance falls below this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no account called &quot;%1&quot;. Add it on the Accounts page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read or save the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider: QuickFlow, QSMS, 254sms or FlashSMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API address (base URL). It is on the provider&apos;s API page, for example https://api.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a web address. Copy it from the provider&apos;s API page, for example https://api.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; must start with https://: Tuma sends keys and messages only over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region Tuma knows. Use a two-letter country code such as KE or GH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices and credits per part cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as KES or GHS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low-balance warning cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) were sent through this account and keep its history. Delete them first, or keep the account.</source>
        <translation>
            <numerusform>%n campaign was sent through this account and keeps its history. Delete it first, or keep the account.</numerusform>
            <numerusform>%n campaigns were sent through this account and keep its history. Delete them first, or keep the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider account yet. Add the account you already pay for (QuickFlow, QSMS, 254sms or FlashSMS), or a sandbox account to try Tuma for free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns use this account unless you choose another, and the status bar shows its balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for the balance: it shows that the address and key work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages the provider has sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0712 345 678, +254 723 456 789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit purchases and usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the provider keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the provider keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring into Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in the selected group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates the provider keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transa&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp&amp;lates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Tuma template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top &amp;up with M-Pesa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Tuma group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;into Tuma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceFigures</name>
    <message>
        <source>The provider sends one text to everyone in its group, so the message cannot have placeholders such as &lt;&lt;%1&gt;&gt;: remove the placeholders, or send to contacts kept in Tuma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s group &quot;%1&quot; has no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceReader</name>
    <message>
        <source>Could not read the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group called &quot;%1&quot;. Check the name of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end of the audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such contact in the group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launches, pauses and cancellations of campaigns, account changes, imports, backups and restores: when, and by which user of this computer. Newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a campaign, an account, a user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message numerus="yes">
        <source>Campaign %1 &quot;%2&quot;: %3, %n recipient(s)</source>
        <translation>
            <numerusform>Campaign %1 &quot;%2&quot;: %3, %n recipient</numerusform>
            <numerusform>Campaign %1 &quot;%2&quot;: %3, %n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign %1 takes the campaign&apos;s ID (see `tuma-cli campaign list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window takes two times, such as 08:00-18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending window must end after it starts on the same day, such as 08:00-18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign create takes no ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account to send through with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the message with either --template TEXT or --template-name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be sent as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive SMS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider needs a sender ID: give --sender or add one to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no sender ID &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name such as Africa/Nairobi or Africa/Accra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a date and time such as 2026-12-24T09:00 (read in --tz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider cannot hold messages until a time; leave out --provider-schedule and keep Tuma running instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider-schedule needs the time with --at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a message that is the same for everyone can be scheduled at the provider; this one has placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one would get this campaign: the groups are empty or everyone has opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 planned: %n recipient(s), SMS parts: %2, cost: %3 %4. Nothing is sent until `tuma-cli campaign run %1`.</source>
        <translation>
            <numerusform>Campaign %1 planned: %n recipient, SMS parts: %2, cost: %3 %4. Nothing is sent until `tuma-cli campaign run %1`.</numerusform>
            <numerusform>Campaign %1 planned: %n recipients, SMS parts: %2, cost: %3 %4. Nothing is sent until `tuma-cli campaign run %1`.</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-cost takes an amount such as 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being submitted when the last run stopped; they are unknown until `tuma-cli campaign reconcile %1` or you decide.</source>
        <translation>
            <numerusform>%n message was being submitted when the last run stopped; it is unknown until `tuma-cli campaign reconcile %1` or you decide.</numerusform>
            <numerusform>%n messages were being submitted when the last run stopped; they are unknown until `tuma-cli campaign reconcile %1` or you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have been accepted: the provider did not answer. They are not sent again; `tuma-cli campaign reconcile %1` asks the provider.</source>
        <translation>
            <numerusform>%n message may or may not have been accepted: the provider did not answer. It is not sent again; `tuma-cli campaign reconcile %1` asks the provider.</numerusform>
            <numerusform>%n messages may or may not have been accepted: the provider did not answer. They are not sent again; `tuma-cli campaign reconcile %1` asks the provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 waits until %2; run it again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a running or scheduled campaign can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2, not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `tuma-cli campaign run %1` (or keep Tuma open) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n settled from the provider&apos;s history</source>
        <translation>
            <numerusform>%n settled from the provider&apos;s history</numerusform>
            <numerusform>%n settled from the provider&apos;s history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never received (queued for the next run)</source>
        <translation>
            <numerusform>%n never received (queued for the next run)</numerusform>
            <numerusform>%n never received (queued for the next run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown</source>
        <translation>
            <numerusform>%n still unknown</numerusform>
            <numerusform>%n still unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>This provider keeps no history Tuma can read: check its website, then cancel or send the unknown messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1.</source>
        <translation>
            <numerusform>%n message written to %1.</numerusform>
            <numerusform>%n messages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use create, run, status, list, pause, resume, cancel, reconcile or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, run and follow campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, run, status, list, pause, resume, cancel, reconcile or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the campaign&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the account to send through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a group to send to; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: numbers to send to, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the message, with &lt;&lt;placeholders&gt;&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a saved template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the sender ID (default: the account&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: when to send, e.g. 2026-12-24T09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the time zone of --at and --window (default: the account&apos;s region&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: send only between these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: send nothing on Sundays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: let the provider hold the messages until --at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: refuse to launch above this cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: do not wait for a future schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask the provider about deliveries: %1 The counts are those Tuma knew before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where takes a field and its values, such as branch=Thika,Nakuru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who gets the message: --group NAME (repeatable), --where FIELD=VALUE,... and/or --to PHONE,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: also the contacts whose field holds one of the values, such as branch=Thika,Nakuru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remote-group sends to the provider&apos;s own group; it cannot be mixed with --group, --where or --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider cannot send to a group it keeps; use --group with Tuma&apos;s own groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: instead, a group the provider keeps (its id as the Accounts page lists them); one text for all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>%1 (retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message of this campaign failed: there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Could not read or save the campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1. `tuma-cli campaign list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet. &quot;New campaign…&quot; chooses who gets a message, shows what it costs and when it will have gone out, then sends it through one of your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: tuma-cli [--db PATH] [--json] [--lang CODE] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma from the command line: contacts, templates, accounts and campaigns for scripts and scheduled jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to use (default: $TUMA_DB, else Tuma&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results and errors as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages, e.g. en or sw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the operation failed, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tuma-cli [global options] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. Global options come before the command; run tuma-cli --help to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run tuma-cli --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tuma-cli --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tuma-cli %1 --help for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1. Run tuma-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Insert &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder that each contact&apos;s own value replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with GSM characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace curly quotes, long dashes and similar characters with plain ones, so the message is not sent as Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message. Insert fields such as &lt;&lt;first_name&gt;&gt; to personalise it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>&quot;%1&quot; is not a region code; use a two-letter country code such as KE or GH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.xlsx: the sheet&apos;s name or number (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-existing takes skip or update, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 rows (nothing written): %2 new, %3 to update, %4 already there, %5 duplicates, %6 invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 imported, %3 updated, %4 already there, %5 duplicates, %6 invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … use --rejects FILE.csv to save every rejected row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (opted out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE (for example balance=1200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: contacts list | contacts add PHONE | contacts remove PHONE | contacts export FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: groups list | groups create NAME | groups rename OLD NEW | groups delete NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n members)</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the group &quot;%1&quot;; its contacts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: optout add PHONE | optout remove PHONE | optout list | optout import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opted-out numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 numbers added, %3 already listed, %4 invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will receive no campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the opt-out list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may receive campaigns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV, TSV or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every contact of the file in this group (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of national numbers, e.g. KE or GH (default: the settings&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column: FIELD=COLUMN, FIELD one of phone, first_name, last_name, name, email, group or a custom field; COLUMN a header or a 1-based number. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is data, not a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers already saved: skip (default) or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows, with the reason, to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and count; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a spreadsheet&apos;s first rows exactly as Tuma reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows, header included (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, remove and export contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, remove or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, export: only this group; add: also add to this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: names or numbers starting so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most N contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: skip the first N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a custom field, KEY=VALUE. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of a national PHONE (default: the settings&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, create, rename and delete groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, create, rename or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that must never receive a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove, list or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of national numbers (default: the settings&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts were imported, but the rejected rows could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign has sent this contact a message yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on line %2; the first one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the contacts; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>Could not count the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with the number %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another contact already has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contact fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare sorting by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search names and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Import a spreadsheet from Excel, a loan system or a till, or add a contact by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new campaign to the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2 contains a NUL character: this is not a text export. Save the sheet as CSV or .xlsx and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted cell starts here but its closing quote is missing. Check that line in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns, more than any spreadsheet allows. Check the delimiter, or that the file is a spreadsheet export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted cell runs on for more than %3 characters; its closing quote is probably missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a cell is longer than %3 characters. The file is probably not a spreadsheet export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is not a text export. Save the sheet as CSV or .xlsx and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Choose the file&apos;s encoding (for example Windows-1252) and try again, or save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered of those with a final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns sending or scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a campaign to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check balances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot read the database %1. Check that the file exists and that you are allowed to read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tuma database, or it is damaged. Tuma has not changed it. Restore a backup, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot create the folder for its database at %1. Check the permissions of that folder, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot open the database %1. Check that you are allowed to read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not Tuma&apos;s. Tuma has not changed it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tuma (database version %2; this Tuma knows up to version %3). Tuma has not changed it. Update Tuma to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot write to the database %1. Check that the disk is not full and that you are allowed to write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma could not update the database %1 to this version. It has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of the database update failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tuma database or backup, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it copies. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the database Tuma is using. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from %1 failed; the current data is unchanged. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; the current data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from %1 failed; the current data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update would break links between its records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database, consistently, to a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database&apos;s content with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryReceiver</name>
    <message>
        <source>The delivery report receiver could not listen on %1 port %2. Another program may use the port: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>Could not read the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag contacts from the table onto a group to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN (for example phone=Mobile or phone=2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a field name: use letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is the phone number. Choose which column holds the numbers (tuma-cli: --map phone=COLUMN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, TSV or text exports and Excel .xlsx workbooks. Tuma works out the encoding and the delimiter; change them here if the preview looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers without a country code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as Tuma reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Tuma what each column holds. Columns you do not need can stay out; any other column can become a field for your messages, such as &lt;&lt;balance&gt;&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve This Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Look at what Tuma found, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;Ticked Numbers Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For new number ranges that Tuma&apos;s phone number rules (from 2022) do not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers already saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everyone in the &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: if the import stops, the contacts stay exactly as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who launched, paused or cancelled campaigns and changed accounts, and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Could not read the saved mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved mapping called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <source>Empty line: expected an object such as {&quot;message&quot;:&quot;Hello&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object with a &quot;message&quot; string, such as {&quot;message&quot;:&quot;Hello&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count encoding and parts of messages: JSON lines {&quot;message&quot;:&quot;...&quot;} on standard input, one JSON line out for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuma-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: template add NAME TEXT | template list | template show NAME | template delete NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, list, show and delete message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, with &lt;&lt;field&gt;&gt; placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the members of group G (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to these numbers, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country whose national numbers --to reads (default: the setting, KE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template TEXT is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the audience with --group G or --to PHONE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price-per-credit takes a number such as 0.40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients: %1. Parts: %2 (parts per message: recipients, %3). Credits: %4. Cost: %5 %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what each recipient receives: JSON lines {phone, text, encoding, segments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a message to an audience costs: recipients, parts, credits and money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of one credit (default: the settings&apos; pricing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of that price, e.g. KES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price parts as account A does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: December reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And these n&amp;umbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed or pasted, one per line or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as it is la&amp;unched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on &amp;Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the &amp;provider hold the messages until then (they go out even if this computer is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test to &amp;my phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review cost and time &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the first recipients get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And the contacts &amp;whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of these values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or instead, a group the pr&amp;ovider keeps (one text for all its members):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutImport</name>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file holds phone numbers: put the numbers in a column headed &quot;Phone&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Numbers on this list never receive a campaign, whether or not they are contacts. Opted-out contacts are marked in the contacts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search opted-out numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted-out numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A delivery report can only make a message delivered or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the delivery report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read or save the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was interrupted after the request left: the provider may or may not have the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number Excel turned into scientific notation: its digits are lost. Format the column as text in Excel and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with a country code that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a fixed line or a service number: it cannot receive SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an international number: it needs 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Could not write the campaign&apos;s messages to the outbox. Nothing was launched; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was launched already (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no one to send to: its groups are empty or everyone in them has opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign would cost %1 %2, more than the %3 %2 allowed. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not say how many contacts its group &quot;%1&quot; has, so the cost cannot be held to %2 %3. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview for real contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact picked at random</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The provider did not accept the account&apos;s key. Check the key (and secret or username) in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s key is not allowed to do this. Give the key the missing permission in the provider&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not have enough credit. Top up, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is receiving too many requests. Tuma waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the phone number. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request as incomplete or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know this item. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem and could not answer. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the internet connection and the account&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the messages were sent to the provider, so Tuma cannot tell whether they were accepted. They are not sent again automatically; check the provider&apos;s history before sending them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider does not offer this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s settings are not usable. Check its address and key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>Could not read the campaign&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s history does not have this message: it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteContactDialog</name>
    <message>
        <source>Edit Contact on the Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>The fault &quot;%1&quot; is not understood: %2 Write OPERATION:FAULT[=ARG][*COUNT], for example send:rate-limit=5*1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count after * must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fault must be one of rate-limit, server-error, slow, malformed, html, drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value after = must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1 port %1. Choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>The sandbox could not open its state file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not prepare its state file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No key is stored in the keychain for this account (%1). Enter the key again in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock the keychain (for example by logging in again) and allow Tuma to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain. Remove the entry &quot;%1&quot; of the service &quot;tuma&quot; with your keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so Tuma cannot store or read provider keys. Install and unlock a keychain service (on Debian and Ubuntu: sudo apt install gnome-keyring, then log out and in again), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show phone numbers &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Tuma is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for cost estimates until an account has its own pricing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits per &amp;standard part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a message in the standard GSM alphabet holds up to 160 characters (153 when the message has several parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits per &amp;Unicode part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a message with emoji or other Unicode characters holds up to 70 characters (67 when the message has several parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price per credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-letter code of the currency, such as KES or GHS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to &amp;type the cost above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching a campaign that costs more than this needs the amount typed in, so a large send is never one careless click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send only &amp;within these hours by default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of sending hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of sending hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on &amp;Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: STOP? SMS STOP to 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on a line of its own under campaign messages, and counted in their length and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive the delivery reports providers post (QSMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers that post reports need an address on the internet that reaches this computer, through a port forward or a tunnel. Without it, Tuma asks providers for the state of messages instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; Tuma imports files up to %3. Split it into smaller files and import them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 (.xls) or password-protected workbook. Open it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;. Its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>Could not save the opt-outs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the opt-outs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the opt-outs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The placeholder at character %1 has no closing &gt;&gt;. Close it, or write \&lt;&lt; for a literal &lt;&lt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder at character %1 has no field name. Write one, such as &lt;&lt;first_name&gt;&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a field name: names use letters, digits and _ only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; (character %2). The fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Could not read the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template called &quot;%1&quot;. See the list with: tuma-cli template list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top Up with M-Pesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M-Pesa takes KES 10 to KES 150,000 in one payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M-Pesa &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Safaricom line that approves the payment with its M-Pesa PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 0712 345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not a valid Excel workbook (.xlsx): %2.</source>
        <extracomment>%1 is a file, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or LibreOffice and save it without a password, as .xlsx or CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more text than Tuma can import at once. Split it into smaller workbooks, or save it as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is damaged near row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” is beyond column XFD, the last column Excel allows. The file is damaged or was not made by Excel; save it again from Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or dialog sheet, not a table of cells. Choose another sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” has a cell named “%2”, which is not a cell reference Excel knows. The file is damaged or was not made by Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot read %1. Check that the file exists and that you are allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 (.xls) or password-protected workbook. Open it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a zip package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip package is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file (.ods), not an Excel workbook. Open it in LibreOffice and save it as .xlsx or CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid Excel workbook (.xlsx): it is a zip archive without a workbook (xl/workbook.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has no sheet number %2: it has %n sheet(s).</source>
        <translation>
            <numerusform>%1 has no sheet number %2: it has %n sheet.</numerusform>
            <numerusform>%1 has no sheet number %2: it has %n sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>its sheet “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Tuma could not write %1. Check that the disk is not full and that you are allowed to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has grown past 4 GB, more than an .xlsx file can hold here. Export fewer contacts, or export to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot write %1. Check that the folder exists and that you are allowed to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbook is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows. Export fewer contacts at a time, or export to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 columns; this row has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds %L2 characters; an Excel cell holds at most %L3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>tuma: there is no page called &quot;%1&quot;. The pages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma is already running with this database; it now shows the page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuma: no running Tuma uses the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Tuma is quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuma: another Tuma is using the database %1 but does not answer. Close it, or end it with your task manager, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::AccountDialog</name>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMS needs the service ID shown on your QSMS dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>254sms needs your 254sms user name as well as the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow needs both the API key and the API secret from your QuickFlow dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key and the API secret cannot contain a colon (:). Copy them again from your QuickFlow dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key from your %1 dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it from %1&apos;s API page, for example https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your QuickFlow dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your %1 dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not list an account&apos;s sender IDs: type the ones it approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the provider for the sender IDs of this account. Works for a sandbox account and for a saved account whose key is unchanged: a new key is used only once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for the account&apos;s sender IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider lists no sender IDs for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::AccountsPage</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short test, for example: Hello from Tuma!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API, on Tuma&apos;s built-in simulator: nothing is really sent and nothing is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to top &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? The sandbox&apos;s messages stay in the simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its key is deleted from the system keychain. What was sent stays in the provider&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for the balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection works: the provider answered in %n ms.</source>
        <translation>
            <numerusform>The connection works: the provider answered in %n ms.</numerusform>
            <numerusform>The connection works: the provider answered in %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform>
            <numerusform>%1 (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>The balance is below your warning level of %1. Top up before the next campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to Top Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not let Tuma start a payment. Buy credit the way %1 tells you to: in its web dashboard, or by M-Pesa to its paybill number with your account name as the account number. Then press Test connection here to see the new balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s) in all</source>
        <translation>
            <numerusform>, %n message in all</numerusform>
            <numerusform>, %n messages in all</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive SMS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to at most %1 numbers here. For more, create a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sender ID: this provider needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This provider takes at most %n number(s) at once. Create a campaign to send to more.</source>
        <translation>
            <numerusform>This provider takes at most %n number at once. Create a campaign to send to more.</numerusform>
            <numerusform>This provider takes at most %n numbers at once. Create a campaign to send to more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider accepted %n message(s).</source>
        <translation>
            <numerusform>The provider accepted %n message.</numerusform>
            <numerusform>The provider accepted %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of the group&apos;s %2 contacts. Bring the group into Tuma to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Tuma group to send yet. Create one on the Groups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a Group to the Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gets a group of the same name with these contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the group to the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the group into Tuma…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Group on the Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Group on the Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot; from the provider? Tuma&apos;s own groups and contacts are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contact on the Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the provider&apos;s group? Tuma&apos;s own contacts are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the template into Tuma as &quot;%1&quot;. Find it on the Templates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Tuma template to send yet. Write one on the Templates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Template to the Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gets this template; a template of the same name there is replaced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the template &quot;%1&quot; to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template on the Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; from the provider? Tuma&apos;s own templates are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The provider said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top &amp;up with M-Pesa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::AuditLogDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::CampaignsPage</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1–%2, not on Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost: %1 (%2 credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost: %1 (%2 credits) · used so far: %3 (%4 credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have reached the provider: the connection broke before it answered. They are not sent again by themselves; check the provider&apos;s history.</source>
        <translation>
            <numerusform>%n message may or may not have reached the provider: the connection broke before it answered. It is not sent again by itself; check the provider&apos;s history.</numerusform>
            <numerusform>%n messages may or may not have reached the provider: the connection broke before it answered. They are not sent again by themselves; check the provider&apos;s history.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not report deliveries: &quot;accepted by the provider&quot; is the last state Tuma can know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent. Launch it to write every recipient&apos;s message and send them%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at the time chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Launch &quot;%1&quot;? %n message(s) will be sent at %2 for about %3.</source>
        <translation>
            <numerusform>Launch &quot;%1&quot;? %n message will be sent at %2 for about %3.</numerusform>
            <numerusform>Launch &quot;%1&quot;? %n messages will be sent at %2 for about %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; now? %n message(s) go out for about %2.</source>
        <translation>
            <numerusform>Send &quot;%1&quot; now? %n message goes out for about %2.</numerusform>
            <numerusform>Send &quot;%1&quot; now? %n messages go out for about %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign costs %1, more than %2. Type the amount (%3) to launch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount typed is not %1; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n message(s)…</source>
        <translation>
            <numerusform>Preparing %n message…</numerusform>
            <numerusform>Preparing %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the draft &quot;%1&quot;? Nothing has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel &quot;%1&quot;? The %n message(s) still waiting will never be sent; those already sent stay as they are.</source>
        <translation>
            <numerusform>Cancel &quot;%1&quot;? The %n message still waiting will never be sent; those already sent stay as they are.</numerusform>
            <numerusform>Cancel &quot;%1&quot;? The %n messages still waiting will never be sent; those already sent stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft has the recipients that failed. Check it, then launch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n recipient written to %1.</numerusform>
            <numerusform>%n recipients written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma cannot top up %1 accounts: buy credit the way the provider offers (its website or its M-Pesa paybill), then press Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the provider&apos;s group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>to the provider&apos;s group &quot;%1&quot; (%n contact(s))</source>
        <translation>
            <numerusform>to the provider&apos;s group &quot;%1&quot; (%n contact)</numerusform>
            <numerusform>to the provider&apos;s group &quot;%1&quot; (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the provider&apos;s own group &quot;%1&quot; as one message: &quot;accepted by the provider&quot; is the last state Tuma knows; what each member received is in the provider&apos;s own reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; to everyone in the provider&apos;s group &quot;%2&quot;? The provider did not say how many they are: each costs about %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::ComposerWidget</name>
    <message numerus="yes">
        <source>%1 characters · %2 · &lt;b&gt;%n part(s)&lt;/b&gt; · %3 left in this part · %4 %5 a message</source>
        <translation>
            <numerusform>%1 characters · %2 · &lt;b&gt;%n part&lt;/b&gt; · %3 left in this part · %4 %5 a message</numerusform>
            <numerusform>%1 characters · %2 · &lt;b&gt;%n parts&lt;/b&gt; · %3 left in this part · %4 %5 a message</numerusform>
        </translation>
    </message>
    <message>
        <source>standard (GSM-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These characters make it a Unicode message, with fewer characters a part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as written: each contact&apos;s own message may be longer or shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n character(s): %1. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Replaced %n character: %1. Ctrl+Z brings it back.</numerusform>
            <numerusform>Replaced %n characters: %1. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode (UCS-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the opt-out footer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the field, as templates will use it (for example balance or due_date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::ContactsModel</name>
    <message>
        <source>Opted out: this number receives no campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (opted out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::ContactsPage</name>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact %1? Their messages in past campaigns stay in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 contacts? Their messages in past campaigns stay in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 contacts to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 contacts from the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to sort by %1 (only the first time)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all %1 contacts shown? Their messages in past campaigns stay in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding contacts to the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing contacts from the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than %1 contacts. Add them to a group (Groups ▸ Add to Group), then choose the group in the new campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::DashboardPage</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your first campaign in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;contacts&quot;&gt;Import your customers&lt;/a&gt; from an Excel or CSV file, into a group.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;templates&quot;&gt;Write a message&lt;/a&gt; with fields such as &amp;lt;&amp;lt;first_name&amp;gt;&amp;gt;, or write it in the campaign.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;campaigns&quot;&gt;Create a campaign&lt;/a&gt;: see what it costs, send a test, then send it now or at the time you choose.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The Sandbox account sends nothing for real: rehearse there first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns sending now / scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::DatabaseMaintenance</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all contacts, groups, templates, accounts and campaigns with the content of %1?

Everything added since that backup was made will be lost. Back up the current database first if you may need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::DeliveryChart</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::DesktopNotifier</name>
    <message>
        <source>Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::Dispatcher</name>
    <message>
        <source>Campaign %1 has not been launched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped; run the campaign again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider failed %n time(s) in a row: %1 Resume the campaign when it works again.</source>
        <translation>
            <numerusform>The provider failed %n time in a row: %1 Resume the campaign when it works again.</numerusform>
            <numerusform>The provider failed %n times in a row: %1 Resume the campaign when it works again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has run out of credit. Top it up, then resume the campaign: it goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::FlashSmsAdapter</name>
    <message>
        <source>The FlashSMS account has no API address. Enter the address your FlashSMS dashboard shows, such as https://your-domain.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashSMS takes at most %1 recipients in one request; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashSMS takes messages of at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group, some contacts or all contacts to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashSMS refused this number as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashSMS estimates for 1 to 10,000 recipients; this is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::GroupsPage</name>
    <message>
        <source>Members of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln member(s)</source>
        <translation>
            <numerusform>%1: %Ln member</numerusform>
            <numerusform>%1: %Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;? Its contacts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to the group.</source>
        <translation>
            <numerusform>Added %Ln contact to the group.</numerusform>
            <numerusform>Added %Ln contacts to the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from the group.</source>
        <translation>
            <numerusform>Removed %Ln contact from the group.</numerusform>
            <numerusform>Removed %Ln contacts from the group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ImportWizard</name>
    <message>
        <source>no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed line or service number (no SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits lost to Excel&apos;s scientific notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in %1, columns separated by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows, exactly as Tuma reads them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group, or type a new group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &lt;&lt;%1&gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the field, as messages will use it (for example balance or due_date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping (for example Loan system export):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the mapping &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before every row was checked. Press Back, then Next, to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new contacts will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved contacts will be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers are already saved and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows have no usable number: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to add this number as it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rejected rows are listed; save them to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed: the contacts are exactly as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1 contacts added, %2 updated, %3 already saved, %4 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the file is in the group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat a number from an earlier row (the first one is kept).</source>
        <translation>
            <numerusform>%Ln row repeats a number from an earlier row (the first one is kept).</numerusform>
            <numerusform>%Ln rows repeat a number from an earlier row (the first one is kept).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) tidied: names split into first and last, spaces trimmed.</source>
        <translation>
            <numerusform>%Ln row tidied: names split into first and last, spaces trimmed.</numerusform>
            <numerusform>%Ln rows tidied: names split into first and last, spaces trimmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import: every number of the file is saved already. Choose &quot;Update from the file&quot; or a group to put them in, or press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: &lt;a href=&quot;accounts&quot;&gt;add one&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma is copying the database. Wait for it to finish, or cancel it, before you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tuma %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for marketing teams: import customers, personalise messages, see the cost before sending and follow delivery.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: balance not checked yet (&lt;a href=&quot;refresh&quot;&gt;check&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: checking the balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: balance unknown (&lt;a href=&quot;refresh&quot;&gt;try again&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: &lt;b style=&quot;color:#d0453a&quot;&gt;%2, low: top up&lt;/b&gt; (&lt;a href=&quot;refresh&quot;&gt;refresh&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: %2 (&lt;a href=&quot;refresh&quot;&gt;refresh&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; started sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has gone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was to go out at %2, while Tuma was closed. Send it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause it: I will decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its time passed while Tuma was closed; resume it to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns are still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every campaign has gone out. Open Tuma to follow their delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is sending or waiting for its time, and only a running Tuma sends it. Keep Tuma running in the background until every campaign has gone out? Opening Tuma again brings this window back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit: campaigns wait until Tuma is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma is still sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns go on in the background. The Tuma icon brings the window back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns go on in the background. Open Tuma to bring the window back; it closes by itself when they have gone out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::NewCampaignDialog</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account on the Accounts page first: a campaign is sent through one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 recipients: %2 in %n group(s) and %3 typed. Duplicates and opted-out numbers are left out in the review.</source>
        <translation>
            <numerusform>Up to %1 recipients: %2 in %n group and %3 typed. Duplicates and opted-out numbers are left out in the review.</numerusform>
            <numerusform>Up to %1 recipients: %2 in %n groups and %3 typed. Duplicates and opted-out numbers are left out in the review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the campaign a name, so you can find it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sender ID: this provider needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive SMS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time chosen has passed: choose a later one, or send it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a message that is the same for everyone can be held by the provider; this one has placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending hours must end after they start, such as 08:00 to 18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the recipients and their messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n recipient(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n recipient&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n recipients&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 duplicates sent once, %2 opted out left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): %1</source>
        <translation>
            <numerusform>%n part: %1</numerusform>
            <numerusform>%n parts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 SMS parts in all (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: %1 %2&lt;/b&gt; (%3 credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough: top up before launching, or the campaign pauses when the credit runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending takes about %1: %2 requests at the provider&apos;s limit of %3 a minute. Tuma must stay open meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the provider.</source>
        <translation>
            <numerusform>%n request to the provider.</numerusform>
            <numerusform>%n requests to the provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes out at %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, held by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) contain characters outside the GSM alphabet and go as Unicode: up to twice the parts. The composer can replace them.</source>
        <translation>
            <numerusform>%n message contain characters outside the GSM alphabet and goes as Unicode: up to twice the parts. The composer can replace them.</numerusform>
            <numerusform>%n messages contain characters outside the GSM alphabet and go as Unicode: up to twice the parts. The composer can replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; is empty for %n recipient(s) and has no default: write &amp;lt;&amp;lt;%1|default&amp;gt;&amp;gt; to fill the gap.</source>
        <translation>
            <numerusform>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; is empty for %n recipient and has no default: write &amp;lt;&amp;lt;%1|default&amp;gt;&amp;gt; to fill the gap.</numerusform>
            <numerusform>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; is empty for %n recipients and has no default: write &amp;lt;&amp;lt;%1|default&amp;gt;&amp;gt; to fill the gap.</numerusform>
        </translation>
    </message>
    <message>
        <source>This provider does not report deliveries: Tuma will know the messages were accepted, not that they arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was accepted: check your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n group(s), %2 typed, and the contacts whose %3 is %4: the review counts them, without duplicates and opted-out numbers.</source>
        <translation>
            <numerusform>%1 in %n group, %2 typed, and the contacts whose %3 is %4: the review counts them, without duplicates and opted-out numbers.</numerusform>
            <numerusform>%1 in %n groups, %2 typed, and the contacts whose %3 is %4: the review counts them, without duplicates and opted-out numbers.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who gets the message: tick a group, choose a field and its values, or type some numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s own estimate, from the first message: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s own estimate: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the balance, it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) are outside the countries %1 serves (%2): the provider will refuse them, and they will show as failed.</source>
        <translation>
            <numerusform>%n number is outside the countries %1 serves (%2): the provider will refuse it, and it will show as failed.</numerusform>
            <numerusform>%n numbers are outside the countries %1 serves (%2): the provider will refuse them, and they will show as failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the provider for its groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group kept at the provider: it sends one text to each of its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the provider&apos;s group &quot;%1&quot; (the provider does not say how many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the provider&apos;s group &quot;%1&quot;: %n contact(s), as the provider counts them.</source>
        <translation>
            <numerusform>Everyone in the provider&apos;s group &quot;%1&quot;: %n contact, as the provider counts them.</numerusform>
            <numerusform>Everyone in the provider&apos;s group &quot;%1&quot;: %n contacts, as the provider counts them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider sends the same text to each, so the message cannot have placeholders; numbers opted out in Tuma are not left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Everyone in the provider&apos;s group &quot;%1&quot;&lt;/b&gt; (it does not say how many: the figures below are for one message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers opted out in Tuma are not removed from the provider&apos;s group: the provider&apos;s own opt-out list applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuma follows the send to the group as one message, up to &quot;accepted by the provider&quot;; what each member received is in the provider&apos;s own reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: Tuma&apos;s contacts chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who gets the message: tick a group, choose a field and its values, type some numbers, or choose one of the provider&apos;s groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::OptOutsModel</name>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::OptOutsPage</name>
    <message numerus="yes">
        <source>%Ln number(s) opted out</source>
        <translation>
            <numerusform>%Ln number opted out</numerusform>
            <numerusform>%Ln numbers opted out</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt Out a Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number that must never receive a campaign (for example %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will receive no campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Opt-Outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing opt-outs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers added, %2 already listed, %3 rows without a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Opt-Outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Let %Ln number(s) receive campaigns again?</source>
        <translation>
            <numerusform>Let %Ln number receive campaigns again?</numerusform>
            <numerusform>Let %Ln numbers receive campaigns again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) may receive campaigns again.</source>
        <translation>
            <numerusform>%Ln number may receive campaigns again.</numerusform>
            <numerusform>%Ln numbers may receive campaigns again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::PreviewPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts into a group to see the message as each of them will receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no contacts who can receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To %1: %n part(s), %2</source>
        <translation>
            <numerusform>To %1: %n part, %2</numerusform>
            <numerusform>To %1: %n parts, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group can receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): %1</source>
        <translation>
            <numerusform>%n part: %1</numerusform>
            <numerusform>%n parts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Total: %2 recipients, %3 parts, %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</source>
        <translation>
            <numerusform>%n contact has no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</numerusform>
            <numerusform>%n contacts have no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted-out contact(s) will not receive it.</source>
        <translation>
            <numerusform>%n opted-out contact will not receive it.</numerusform>
            <numerusform>%n opted-out contacts will not receive it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ProviderAdapter</name>
    <message>
        <source>The provider&apos;s gateway answered with an error after the messages were sent, so Tuma cannot tell whether they were accepted. They are not sent again automatically; check the provider&apos;s history before sending them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an empty answer. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with a web page instead of data. Its service may be down, or the account&apos;s address may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read (it is cut off or malformed). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::QsmsAdapter</name>
    <message>
        <source>QSMS refused the sender ID. Choose one of the sender IDs registered for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMS takes at most %1 recipients in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMS needs a sender ID. Choose one for the account or the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery report from QSMS could not be read: it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery report from QSMS names no message (messageId is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMS&apos;s balance answer has no balance_kes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::QuickFlowAdapter</name>
    <message>
        <source>QuickFlow did not accept the account&apos;s API key and secret. Check them in the account&apos;s settings (written as key:secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow refused this for the account: the sender ID may not be assigned to it. Check the account&apos;s sender IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickFlow account needs its API key and API secret, written as key:secret. Enter them in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow needs a sender ID for this. Add the sender ID QuickFlow assigned to you to the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow takes at most %1 recipients in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty. Write the text to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow sends a campaign to one contact group; it cannot send to chosen contacts or to all contacts at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow sends a campaign to one contact group at a time. Choose one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of the message whose status you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow&apos;s answer about the message has no status in it. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickFlow&apos;s answer has no balance in it. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M-Pesa takes whole shillings: give the amount as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M-Pesa top-ups need a Kenyan mobile number such as +254712345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the payment request was sent, so Tuma cannot tell whether it reached M-Pesa. Look for the M-Pesa prompt on the phone and check the balance before asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M-Pesa refused the payment request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a QuickFlow contact group: QuickFlow lists contacts one group at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QuickFlow contact needs a group and a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QuickFlow contact is updated by its group and its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::RemoteSync</name>
    <message>
        <source>This provider keeps no contacts: send to a Tuma group with a campaign instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has no contacts to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent the group &quot;%1&quot; with %n contact(s) to the provider.</source>
        <translation>
            <numerusform>Sent the group &quot;%1&quot; with %n contact to the provider.</numerusform>
            <numerusform>Sent the group &quot;%1&quot; with %n contacts to the provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n of the group&apos;s contacts were sent.</source>
        <translation>
            <numerusform>Stopped after %n of the group&apos;s contacts was sent.</numerusform>
            <numerusform>Stopped after %n of the group&apos;s contacts were sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Brought %n contact(s) into the group &quot;%1&quot;</source>
        <translation>
            <numerusform>Brought %n contact into the group &quot;%1&quot;</numerusform>
            <numerusform>Brought %n contacts into the group &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (%n new)</numerusform>
            <numerusform> (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n number(s) could not receive SMS and were left out</source>
        <translation>
            <numerusform>; %n number could not receive SMS and was left out</numerusform>
            <numerusform>; %n numbers could not receive SMS and were left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::SettingsDialog</name>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.164 (no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency needs its three-letter code, such as KES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending hours must start before they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the provider this address, with your public address in place of HOST: http://HOST:%1/dlr/qsms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Tuma asks providers for the state of messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::Sms254Adapter</name>
    <message>
        <source>254sms accepts this API key only from another domain. Use a key made for this use, or a developer key without a domain check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>254sms does not know the account&apos;s username. Check the username and the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>254sms answered without the expected object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>254sms takes at most %1 recipients in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>254sms&apos;s credits answer has no credits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::TemplatesPage</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Fix the marked problems before using it in a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Campaigns already sent with it keep their messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used in a campaign yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new template first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tuma::TopUpDialog</name>
    <message>
        <source>Top Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends an M-Pesa payment request to your phone. Once you approve it with your M-Pesa PIN, the credit arrives on the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KES </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 cannot be topped up from Tuma: its provider takes no M-Pesa payment requests. Buy credit the way your provider explains; the balance here follows once it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount from KES %1 to KES %2: M-Pesa takes no more or less in one payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the M-Pesa number that will approve the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kenyan number. M-Pesa payments are approved on a Kenyan line, such as 0712 345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the payment of KES %1 on your phone %2: enter your M-Pesa PIN when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: your balance rose from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment has arrived after %1. If you approved it, the balance will update shortly; otherwise try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
