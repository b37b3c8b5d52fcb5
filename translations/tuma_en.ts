<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCommands</name>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have been accepted: the connection broke before the provider answered. Check the provider&apos;s history before sending them again.</source>
        <translation>
            <numerusform>%Ln message may or may not have been accepted: the connection broke before the provider answered. Check the provider&apos;s history before sending it again.</numerusform>
            <numerusform>%Ln messages may or may not have been accepted: the connection broke before the provider answered. Check the provider&apos;s history before sending them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) accepted</source>
        <translation>
            <numerusform>%Ln message accepted</numerusform>
            <numerusform>%Ln messages accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln refused</source>
        <translation>
            <numerusform>, %Ln refused</numerusform>
            <numerusform>, %Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unknown</source>
        <translation>
            <numerusform>, %Ln unknown</numerusform>
            <numerusform>, %Ln unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2, %Ln message(s) in all.</source>
        <translation>
            <numerusform>Page %1 of %2, %Ln message in all.</numerusform>
            <numerusform>Page %1 of %2, %Ln messages in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s) use this account and keep its history: %1. Delete them first, or keep the account.</source>
        <translation>
            <numerusform>%Ln campaign uses this account and keeps its history: %1. Delete it first, or keep the account.</numerusform>
            <numerusform>%Ln campaigns use this account and keep its history: %1. Delete them first, or keep the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message numerus="yes">
        <source>Campaign %1 &quot;%2&quot;: %3, %Ln recipient(s)</source>
        <translation>
            <numerusform>Campaign %1 &quot;%2&quot;: %3, %Ln recipient</numerusform>
            <numerusform>Campaign %1 &quot;%2&quot;: %3, %Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 planned: %Ln recipient(s), SMS parts: %2, cost: %3 %4. Nothing is sent until `tuma-cli campaign run %1`.</source>
        <translation>
            <numerusform>Campaign %1 planned: %Ln recipient, SMS parts: %2, cost: %3 %4. Nothing is sent until `tuma-cli campaign run %1`.</numerusform>
            <numerusform>Campaign %1 planned: %Ln recipients, SMS parts: %2, cost: %3 %4. Nothing is sent until `tuma-cli campaign run %1`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) were being submitted when the last run stopped; they are unknown until `tuma-cli campaign reconcile %1` or you decide.</source>
        <translation>
            <numerusform>%Ln message was being submitted when the last run stopped; it is unknown until `tuma-cli campaign reconcile %1` or you decide.</numerusform>
            <numerusform>%Ln messages were being submitted when the last run stopped; they are unknown until `tuma-cli campaign reconcile %1` or you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have been accepted: the provider did not answer. They are not sent again; `tuma-cli campaign reconcile %1` asks the provider.</source>
        <translation>
            <numerusform>%Ln message may or may not have been accepted: the provider did not answer. It is not sent again; `tuma-cli campaign reconcile %1` asks the provider.</numerusform>
            <numerusform>%Ln messages may or may not have been accepted: the provider did not answer. They are not sent again; `tuma-cli campaign reconcile %1` asks the provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln settled from the provider&apos;s records</source>
        <translation>
            <numerusform>%Ln settled from the provider&apos;s records</numerusform>
            <numerusform>%Ln settled from the provider&apos;s records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln never received (sent again when you resume the campaign)</source>
        <translation>
            <numerusform>%Ln never received (sent again when you resume the campaign)</numerusform>
            <numerusform>%Ln never received (sent again when you resume the campaign)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still unknown</source>
        <translation>
            <numerusform>%Ln still unknown</numerusform>
            <numerusform>%Ln still unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown message(s) queued again.</source>
        <translation>
            <numerusform>%Ln unknown message queued again.</numerusform>
            <numerusform>%Ln unknown messages queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown message(s) counted as sent.</source>
        <translation>
            <numerusform>%Ln unknown message counted as sent.</numerusform>
            <numerusform>%Ln unknown messages counted as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) written to %1.</source>
        <translation>
            <numerusform>%Ln message written to %1.</numerusform>
            <numerusform>%Ln messages written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignControl</name>
    <message numerus="yes">
        <source>%Ln unknown message(s) will be sent again when you resume the campaign.</source>
        <translation>
            <numerusform>%Ln unknown message will be sent again when you resume the campaign.</numerusform>
            <numerusform>%Ln unknown messages will be sent again when you resume the campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message numerus="yes">
        <source>%Ln rejected number(s) are mobile numbers of %1 written its way: add --also-region %2 to import them as numbers of %1.</source>
        <translation>
            <numerusform>%Ln rejected number is a mobile number of %1 written its way: add --also-region %2 to import it as a number of %1.</numerusform>
            <numerusform>%Ln rejected numbers are mobile numbers of %1 written its way: add --also-region %2 to import them as numbers of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln members)</source>
        <translation>
            <numerusform>%1 (%Ln member)</numerusform>
            <numerusform>%1 (%Ln members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message numerus="yes">
        <source>%1  %2 (%Ln member(s))</source>
        <translation>
            <numerusform>%1  %2 (%Ln member)</numerusform>
            <numerusform>%1  %2 (%Ln members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnknownMessages</name>
    <message numerus="yes">
        <source>The provider may or may not have %Ln message(s) of &quot;%1&quot;. Look at its website or ask its support first.

Send again: they go back to the queue and the campaign pauses; Resume sends them, and a customer who already had one gets it twice.
Count as sent: they are taken as accepted and their credits as used.</source>
        <translation>
            <numerusform>The provider may or may not have %Ln message of &quot;%1&quot;. Look at its website or ask its support first.

Send again: it goes back to the queue and the campaign pauses; Resume sends it, and a customer who already had it gets it twice.
Count as sent: it is taken as accepted and its credits as used.</numerusform>
            <numerusform>The provider may or may not have %Ln messages of &quot;%1&quot;. Look at its website or ask its support first.

Send again: they go back to the queue and the campaign pauses; Resume sends them, and a customer who already had one gets it twice.
Count as sent: they are taken as accepted and their credits as used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>%1 has no sheet number %2: it has %Ln sheet(s).</source>
        <translation>
            <numerusform>%1 has no sheet number %2: it has %Ln sheet.</numerusform>
            <numerusform>%1 has no sheet number %2: it has %Ln sheets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::AccountsPage</name>
    <message numerus="yes">
        <source>The connection works: the provider answered in %n ms.</source>
        <translation>
            <numerusform>The connection works: the provider answered in %n ms.</numerusform>
            <numerusform>The connection works: the provider answered in %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln message(s))</source>
        <translation>
            <numerusform>%1 (%Ln message)</numerusform>
            <numerusform>%1 (%Ln messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::AuditLogDialog</name>
    <message numerus="yes">
        <source>No payment of KES %1 was seen within %n minute(s); if it was approved later, the balance shows it.</source>
        <translation>
            <numerusform>No payment of KES %1 was seen within %n minute; if it was approved later, the balance shows it.</numerusform>
            <numerusform>No payment of KES %1 was seen within %n minutes; if it was approved later, the balance shows it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Launched on %1 to %Ln recipient(s), %2 credits (%3 %4).</source>
        <translation>
            <numerusform>Launched on %1 to %Ln recipient, %2 credits (%3 %4).</numerusform>
            <numerusform>Launched on %1 to %Ln recipients, %2 credits (%3 %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of unknown fate will be sent again on resuming.</source>
        <translation>
            <numerusform>%Ln message of unknown fate will be sent again on resuming.</numerusform>
            <numerusform>%Ln messages of unknown fate will be sent again on resuming.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of unknown fate counted as sent.</source>
        <translation>
            <numerusform>%Ln message of unknown fate counted as sent.</numerusform>
            <numerusform>%Ln messages of unknown fate counted as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: %1 new, %2 updated, %3 already there, %4 repeated in the file, %5 invalid.</source>
        <translation>
            <numerusform>%Ln row read: %1 new, %2 updated, %3 already there, %4 repeated in the file, %5 invalid.</numerusform>
            <numerusform>%Ln rows read: %1 new, %2 updated, %3 already there, %4 repeated in the file, %5 invalid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::CampaignsPage</name>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) written to %1.</source>
        <translation>
            <numerusform>%Ln recipient written to %1.</numerusform>
            <numerusform>%Ln recipients written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to the provider&apos;s group &quot;%1&quot; (%Ln contact(s))</source>
        <translation>
            <numerusform>to the provider&apos;s group &quot;%1&quot; (%Ln contact)</numerusform>
            <numerusform>to the provider&apos;s group &quot;%1&quot; (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have reached the provider: no answer came. They are not sent again by themselves: check with the provider, or decide.</source>
        <translation>
            <numerusform>%Ln message may or may not have reached the provider: no answer came. It is not sent again by itself: check with the provider, or decide.</numerusform>
            <numerusform>%Ln messages may or may not have reached the provider: no answer came. They are not sent again by themselves: check with the provider, or decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel &quot;%1&quot;? The %Ln message(s) still waiting will never be sent; those already sent stay as they are.</source>
        <translation>
            <numerusform>Cancel &quot;%1&quot;? The %Ln message still waiting will never be sent; those already sent stay as they are.</numerusform>
            <numerusform>Cancel &quot;%1&quot;? The %Ln messages still waiting will never be sent; those already sent stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ComposerWidget</name>
    <message numerus="yes">
        <source>Replaced %n character(s): %1. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Replaced %n character: %1. Ctrl+Z brings it back.</numerusform>
            <numerusform>Replaced %n characters: %1. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %2 · &lt;b&gt;%n part(s)&lt;/b&gt; · %3 left in this part · %4 %5 a message (%6)</source>
        <translation>
            <numerusform>%1 characters · %2 · &lt;b&gt;%n part&lt;/b&gt; · %3 left in this part · %4 %5 a message (%6)</numerusform>
            <numerusform>%1 characters · %2 · &lt;b&gt;%n parts&lt;/b&gt; · %3 left in this part · %4 %5 a message (%6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ContactsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln contact(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln contact</numerusform>
            <numerusform>Showing %1 of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln contact(s) shown? Their messages in past campaigns stay in the reports.</source>
        <translation>
            <numerusform>Delete the %Ln contact shown? Its messages in past campaigns stay in the reports.</numerusform>
            <numerusform>Delete all %Ln contacts shown? Their messages in past campaigns stay in the reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s).</source>
        <translation>
            <numerusform>Deleted %Ln contact.</numerusform>
            <numerusform>Deleted %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? Their messages in past campaigns stay in the reports.</source>
        <translation>
            <numerusform>Delete %Ln contact? Its messages in past campaigns stay in the reports.</numerusform>
            <numerusform>Delete %Ln contacts? Their messages in past campaigns stay in the reports.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Exported %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln contact to %1.</numerusform>
            <numerusform>Exported %Ln contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln contact(s).</source>
        <translation>
            <numerusform>Brought back %Ln contact.</numerusform>
            <numerusform>Brought back %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln contact(s); the others&apos; numbers were added again since.</source>
        <translation>
            <numerusform>Brought back %Ln contact; the others&apos; numbers were added again since.</numerusform>
            <numerusform>Brought back %Ln contacts; the others&apos; numbers were added again since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) will receive no campaigns.</source>
        <translation>
            <numerusform>%Ln number will receive no campaigns.</numerusform>
            <numerusform>%Ln numbers will receive no campaigns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::Dispatcher</name>
    <message numerus="yes">
        <source>The provider failed %Ln time(s) in a row: %1 Resume the campaign when it works again.</source>
        <translation>
            <numerusform>The provider failed %Ln time in a row: %1 Resume the campaign when it works again.</numerusform>
            <numerusform>The provider failed %Ln times in a row: %1 Resume the campaign when it works again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::GroupsPage</name>
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
    <name>tuma::HistoryTab</name>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ImportWizard</name>
    <message numerus="yes">
        <source>%Ln row(s) repeat a number from an earlier row (the first one is kept).</source>
        <translation>
            <numerusform>%Ln row repeats a number from an earlier row (the first one is kept).</numerusform>
            <numerusform>%Ln rows repeat a number from an earlier row (the first one is kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) tidied: names split into first and last, spaces trimmed.</source>
        <translation>
            <numerusform>%Ln row tidied: names split into first and last, spaces trimmed.</numerusform>
            <numerusform>%Ln rows tidied: names split into first and last, spaces trimmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) of %1 written its way are imported as numbers of %1.</source>
        <translation>
            <numerusform>%Ln number of %1 written its way is imported as a number of %1.</numerusform>
            <numerusform>%Ln numbers of %1 written its way are imported as numbers of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; of the rejected numbers are mobile numbers of %1 written its way: &lt;a href=&quot;region:%2&quot;&gt;import them as numbers of %1&lt;/a&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; of the rejected numbers is a mobile number of %1 written its way: &lt;a href=&quot;region:%2&quot;&gt;import it as a number of %1&lt;/a&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; of the rejected numbers are mobile numbers of %1 written its way: &lt;a href=&quot;region:%2&quot;&gt;import them as numbers of %1&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::LaunchFlow</name>
    <message numerus="yes">
        <source>Launch &quot;%1&quot;? %Ln message(s) will be sent at %2 for about %3.</source>
        <translation>
            <numerusform>Launch &quot;%1&quot;? %Ln message will be sent at %2 for about %3.</numerusform>
            <numerusform>Launch &quot;%1&quot;? %Ln messages will be sent at %2 for about %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; now? %Ln message(s) go out for about %2.</source>
        <translation>
            <numerusform>Send &quot;%1&quot; now? %Ln message goes out for about %2.</numerusform>
            <numerusform>Send &quot;%1&quot; now? %Ln messages go out for about %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More people would get &quot;%1&quot; than when you confirmed it: %Ln message(s) for about %2 now, instead of %3 for %4. Send it for the new amount?</source>
        <translation>
            <numerusform>More people would get &quot;%1&quot; than when you confirmed it: %Ln message for about %2 now, instead of %3 for %4. Send it for the new amount?</numerusform>
            <numerusform>More people would get &quot;%1&quot; than when you confirmed it: %Ln messages for about %2 now, instead of %3 for %4. Send it for the new amount?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln message(s)…</source>
        <translation>
            <numerusform>Preparing %Ln message…</numerusform>
            <numerusform>Preparing %Ln messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::NewCampaignDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 recipients: %2 in %n group(s) and %3 typed. Duplicates and opted-out numbers are left out in the review.</source>
        <translation>
            <numerusform>Up to %1 recipients: %2 in %n group and %3 typed. Duplicates and opted-out numbers are left out in the review.</numerusform>
            <numerusform>Up to %1 recipients: %2 in %n groups and %3 typed. Duplicates and opted-out numbers are left out in the review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): %1</source>
        <translation>
            <numerusform>%n part: %1</numerusform>
            <numerusform>%n parts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the provider.</source>
        <translation>
            <numerusform>%n request to the provider.</numerusform>
            <numerusform>%n requests to the provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n group(s), %2 typed, and the contacts whose %3 is %4: the review counts them, without duplicates and opted-out numbers.</source>
        <translation>
            <numerusform>%1 in %n group, %2 typed, and the contacts whose %3 is %4: the review counts them, without duplicates and opted-out numbers.</numerusform>
            <numerusform>%1 in %n groups, %2 typed, and the contacts whose %3 is %4: the review counts them, without duplicates and opted-out numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody would receive it: every number of its audience has opted out (%Ln number(s)). Go back and choose other groups or numbers, or remove from the Opt-outs page the numbers that asked for messages again.</source>
        <translation>
            <numerusform>Nobody would receive it: the one number of its audience has opted out (%Ln number). Go back and choose other groups or numbers, or remove from the Opt-outs page the number if it asked for messages again.</numerusform>
            <numerusform>Nobody would receive it: every number of its audience has opted out (%Ln numbers). Go back and choose other groups or numbers, or remove from the Opt-outs page the numbers that asked for messages again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln contact(s))</source>
        <translation>
            <numerusform>%1 (%Ln contact)</numerusform>
            <numerusform>%1 (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the provider&apos;s group &quot;%1&quot;: %Ln contact(s), as the provider counts them.</source>
        <translation>
            <numerusform>Everyone in the provider&apos;s group &quot;%1&quot;: %Ln contact, as the provider counts them.</numerusform>
            <numerusform>Everyone in the provider&apos;s group &quot;%1&quot;: %Ln contacts, as the provider counts them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln recipient(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln recipient&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln recipients&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) contain characters outside the GSM alphabet and go as Unicode: up to twice the parts. The composer can replace them.</source>
        <translation>
            <numerusform>%Ln message contain characters outside the GSM alphabet and goes as Unicode: up to twice the parts. The composer can replace them.</numerusform>
            <numerusform>%Ln messages contain characters outside the GSM alphabet and go as Unicode: up to twice the parts. The composer can replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; is empty for %Ln recipient(s) and has no default: write &amp;lt;&amp;lt;%1|default&amp;gt;&amp;gt; to fill the gap.</source>
        <translation>
            <numerusform>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; is empty for %Ln recipient and has no default: write &amp;lt;&amp;lt;%1|default&amp;gt;&amp;gt; to fill the gap.</numerusform>
            <numerusform>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; is empty for %Ln recipients and has no default: write &amp;lt;&amp;lt;%1|default&amp;gt;&amp;gt; to fill the gap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) are outside the countries %1 serves (%2): the provider will refuse them, and they will show as failed.</source>
        <translation>
            <numerusform>%Ln number is outside the countries %1 serves (%2): the provider will refuse it, and it will show as failed.</numerusform>
            <numerusform>%Ln numbers are outside the countries %1 serves (%2): the provider will refuse them, and they will show as failed.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of the file held no number that can be opted out. Correct them in the file and import it again: the numbers already added are not added twice.</source>
        <translation>
            <numerusform>%Ln row of the file held no number that can be opted out. Correct it in the file and import it again: the numbers already added are not added twice.</numerusform>
            <numerusform>%Ln rows of the file held no number that can be opted out. Correct them in the file and import it again: the numbers already added are not added twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::PreviewPanel</name>
    <message numerus="yes">
        <source>To %1: %n part(s), %2</source>
        <translation>
            <numerusform>To %1: %n part, %2</numerusform>
            <numerusform>To %1: %n parts, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): %1</source>
        <translation>
            <numerusform>%n part: %1</numerusform>
            <numerusform>%n parts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) have no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</source>
        <translation>
            <numerusform>%Ln contact has no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</numerusform>
            <numerusform>%Ln contacts have no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opted-out contact(s) will not receive it.</source>
        <translation>
            <numerusform>%Ln opted-out contact will not receive it.</numerusform>
            <numerusform>%Ln opted-out contacts will not receive it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ProviderGroupsTab</name>
    <message numerus="yes">
        <source>%1 (%Ln contact(s))</source>
        <translation>
            <numerusform>%1 (%Ln contact)</numerusform>
            <numerusform>%1 (%Ln contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::QuickSendTab</name>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln message(s) in all</source>
        <translation>
            <numerusform>, %Ln message in all</numerusform>
            <numerusform>, %Ln messages in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This provider takes at most %Ln number(s) at once. Create a campaign to send to more.</source>
        <translation>
            <numerusform>This provider takes at most %Ln number at once. Create a campaign to send to more.</numerusform>
            <numerusform>This provider takes at most %Ln numbers at once. Create a campaign to send to more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider accepted %Ln message(s).</source>
        <translation>
            <numerusform>The provider accepted %Ln message.</numerusform>
            <numerusform>The provider accepted %Ln messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::Reconciler</name>
    <message numerus="yes">
        <source>The provider&apos;s history is longer than Tuma reads (%Ln page(s)): it cannot prove this message missing. Check the provider&apos;s website, then decide.</source>
        <translation>
            <numerusform>The provider&apos;s history is longer than Tuma reads (%Ln page): it cannot prove this message missing. Check the provider&apos;s website, then decide.</numerusform>
            <numerusform>The provider&apos;s history is longer than Tuma reads (%Ln pages): it cannot prove this message missing. Check the provider&apos;s website, then decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s history lists %Ln message(s) with this text to this number, without times, and Tuma sent it more than once: it cannot tell this one from another. Check the provider&apos;s website, then decide.</source>
        <translation>
            <numerusform>The provider&apos;s history lists %Ln message with this text to this number, without times, and Tuma sent it more than once: it cannot tell this one from another. Check the provider&apos;s website, then decide.</numerusform>
            <numerusform>The provider&apos;s history lists %Ln messages with this text to this number, without times, and Tuma sent it more than once: it cannot tell this one from another. Check the provider&apos;s website, then decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider has %Ln sends that match this one: Tuma cannot tell which is which. Check the provider&apos;s website, then decide.</source>
        <translation>
            <numerusform>The provider has %Ln send that matches this one: Tuma cannot tell which is which. Check the provider&apos;s website, then decide.</numerusform>
            <numerusform>The provider has %Ln sends that match this one: Tuma cannot tell which is which. Check the provider&apos;s website, then decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked with the provider: %Ln message(s) never reached it. They are sent when you resume the campaign.</source>
        <translation>
            <numerusform>Checked with the provider: %Ln message never reached it. It is sent when you resume the campaign.</numerusform>
            <numerusform>Checked with the provider: %Ln messages never reached it. They are sent when you resume the campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::RemoteSync</name>
    <message numerus="yes">
        <source>Brought %Ln contact(s) into the group &quot;%1&quot;</source>
        <translation>
            <numerusform>Brought %Ln contact into the group &quot;%1&quot;</numerusform>
            <numerusform>Brought %Ln contacts into the group &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln new)</source>
        <translation>
            <numerusform> (%Ln new)</numerusform>
            <numerusform> (%Ln new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln number(s) could not receive SMS and were left out</source>
        <translation>
            <numerusform>; %Ln number could not receive SMS and was left out</numerusform>
            <numerusform>; %Ln numbers could not receive SMS and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln contact(s) were added.</source>
        <translation>
            <numerusform>Stopped after %Ln contact was added.</numerusform>
            <numerusform>Stopped after %Ln contacts were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln contact(s) were added and %1 taken out.</source>
        <translation>
            <numerusform>Stopped after %Ln contact was added and %1 taken out.</numerusform>
            <numerusform>Stopped after %Ln contacts were added and %1 taken out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s group &quot;%1&quot; has the Tuma group &quot;%2&quot;: %Ln contact(s) added</source>
        <translation>
            <numerusform>The provider&apos;s group &quot;%1&quot; has the Tuma group &quot;%2&quot;: %Ln contact added</numerusform>
            <numerusform>The provider&apos;s group &quot;%1&quot; has the Tuma group &quot;%2&quot;: %Ln contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln taken out</source>
        <translation>
            <numerusform>, %Ln taken out</numerusform>
            <numerusform>, %Ln taken out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opted-out number(s) were left out.</source>
        <translation>
            <numerusform>%Ln opted-out number was left out.</numerusform>
            <numerusform>%Ln opted-out numbers were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) in the provider&apos;s group are no longer in the Tuma group, have opted out or are there twice; %1 cannot take a contact out of one group, so remove them on its website.</source>
        <translation>
            <numerusform>%Ln number in the provider&apos;s group is no longer in the Tuma group, has opted out or is there twice; %1 cannot take a contact out of one group, so remove it on its website.</numerusform>
            <numerusform>%Ln numbers in the provider&apos;s group are no longer in the Tuma group, have opted out or are there twice; %1 cannot take a contact out of one group, so remove them on its website.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::TopUpDialog</name>
    <message numerus="yes">
        <source>The request cannot be taken back from here: if you do not want to pay, decline it on the phone. If you approve it, the credit arrives even after you close this window; Tuma keeps watching for %n minute(s) and notes the payment in the Activity Log.</source>
        <translation>
            <numerusform>The request cannot be taken back from here: if you do not want to pay, decline it on the phone. If you approve it, the credit arrives even after you close this window; Tuma keeps watching for %n minute and notes the payment in the Activity Log.</numerusform>
            <numerusform>The request cannot be taken back from here: if you do not want to pay, decline it on the phone. If you approve it, the credit arrives even after you close this window; Tuma keeps watching for %n minutes and notes the payment in the Activity Log.</numerusform>
        </translation>
    </message>
</context>
</TS>
