<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountStore</name>
    <message>
        <source>Could not read the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;. Add it on the Accounts page first.</source>
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
    <name>GroupStore</name>
    <message>
        <source>Could not read the groups.</source>
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
    <message>
        <source>Could not read the contact fields.</source>
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
    <name>tuma::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your campaigns, spending and balances at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent campaigns and how far each has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent and money spent per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate across campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance of every provider account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer you can send to, imported from your spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel (.xlsx) and CSV files, whatever program exported them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant search over names and phone numbers, even with a million contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own columns (balance, due date, branch…) for personalised messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs: numbers that must never receive a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel and CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts sorted into the audiences you send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename and delete groups; contacts are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member counts and a group&apos;s members in one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag contacts onto a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages you write once and personalise for every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders such as &lt;&lt;first_name&gt;&gt; filled in for each contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live count of characters and message parts while you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One click to replace characters that would double the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for real contacts and the cost of one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to thousands of customers once, on time and within budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step-by-step wizard: audience, message, account, schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact cost and your balance before anything is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling in your time zone, with sending hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress, delivery reports and export for every campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS providers you already pay: QuickFlow, QSMS, 254sms and FlashSMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys kept in the system keychain, never in Tuma&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance, history and a connection test for each account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up with M-Pesa where the provider offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sandbox account to rehearse a whole campaign for free</source>
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
        <source>Importing spreadsheets comes with the Contacts page.</source>
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
</context>
<context>
    <name>tuma::PlaceholderPage</name>
    <message>
        <source>Coming to this page:</source>
        <translation type="unfinished"></translation>
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
</TS>
