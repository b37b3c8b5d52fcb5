<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AccountStore</name>
    <message>
        <source>Could not read the accounts.</source>
        <translation>Imeshindwa kusoma akaunti.</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;. Add it on the Accounts page first.</source>
        <translation>Hakuna akaunti inayoitwa &quot;%1&quot;. Iongeze kwanza kwenye ukurasa wa Akaunti.</translation>
    </message>
</context>
<context>
    <name>AudienceReader</name>
    <message>
        <source>Could not read the contacts.</source>
        <translation>Imeshindwa kusoma anwani.</translation>
    </message>
    <message>
        <source>There is no group called &quot;%1&quot;. Check the name of the group.</source>
        <translation>Hakuna kikundi kinachoitwa &quot;%1&quot;. Kagua jina la kikundi.</translation>
    </message>
    <message>
        <source>Stopped before the end of the audience.</source>
        <translation>Imesimamishwa kabla ya mwisho wa hadhira.</translation>
    </message>
    <message>
        <source>There is no such contact in the group.</source>
        <translation>Hakuna anwani kama hiyo katika kikundi.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write to the audit log.</source>
        <translation>Imeshindwa kuandika kwenye kumbukumbu ya ukaguzi.</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>Imeshindwa kusoma kumbukumbu ya ukaguzi.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: tuma-cli [--db PATH] [--json] [--lang CODE] COMMAND [ARGS...]</source>
        <translation>Matumizi: tuma-cli [--db NJIA] [--json] [--lang MSIMBO] AMRI [HOJA...]</translation>
    </message>
    <message>
        <source>Tuma from the command line: contacts, templates, accounts and campaigns for scripts and scheduled jobs.</source>
        <translation>Tuma kupitia mstari wa amri: anwani, violezo, akaunti na kampeni kwa hati na kazi zilizopangwa.</translation>
    </message>
    <message>
        <source>Global options (before the command):</source>
        <translation>Machaguo ya jumla (kabla ya amri):</translation>
    </message>
    <message>
        <source>The database to use (default: $TUMA_DB, else Tuma&apos;s own).</source>
        <translation>Hifadhidata ya kutumia (chaguo-msingi: $TUMA_DB, la sivyo ile ya Tuma).</translation>
    </message>
    <message>
        <source>Print results and errors as JSON on standard output.</source>
        <translation>Chapisha matokeo na hitilafu kama JSON kwenye towe la kawaida.</translation>
    </message>
    <message>
        <source>Language of messages, e.g. en or sw.</source>
        <translation>Lugha ya jumbe, k.m. en au sw.</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s.</source>
        <translation>Onyesha msaada huu; AMRI --help huonyesha msaada wa amri.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Onyesha toleo.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Amri:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the operation failed, 2 usage error.</source>
        <translation>Hali ya kutoka: 0 imefaulu, 1 kitendo kimeshindwa, 2 hitilafu ya matumizi.</translation>
    </message>
    <message>
        <source>Usage: tuma-cli [global options] %1 %2</source>
        <translation>Matumizi: tuma-cli [machaguo ya jumla] %1 %2</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Chaguo %1 linahitaji thamani.</translation>
    </message>
    <message>
        <source>Unknown option %1. Global options come before the command; run tuma-cli --help to see them.</source>
        <translation>Chaguo %1 halijulikani. Machaguo ya jumla huja kabla ya amri; endesha tuma-cli --help kuyaona.</translation>
    </message>
    <message>
        <source>No command given. Run tuma-cli --help to see the commands.</source>
        <translation>Hakuna amri iliyotolewa. Endesha tuma-cli --help kuona amri.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tuma-cli --help to see the commands.</source>
        <translation>Amri &quot;%1&quot; haijulikani. Endesha tuma-cli --help kuona amri.</translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Onyesha msaada wa amri hii.</translation>
    </message>
    <message>
        <source>Run tuma-cli %1 --help for its options.</source>
        <translation>Endesha tuma-cli %1 --help kuona machaguo yake.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1. Run tuma-cli %1 --help.</source>
        <translation>Idadi ya hoja za %1 si sahihi. Endesha tuma-cli %1 --help.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Insert &amp;field</source>
        <translation>Ingiza &amp;sehemu</translation>
    </message>
    <message>
        <source>Insert a placeholder that each contact&apos;s own value replaces.</source>
        <translation>Ingiza kishika-nafasi ambacho thamani ya kila anwani hukibadilisha.</translation>
    </message>
    <message>
        <source>&amp;Replace with GSM characters</source>
        <translation>&amp;Badilisha kwa herufi za GSM</translation>
    </message>
    <message>
        <source>Replace curly quotes, long dashes and similar characters with plain ones, so the message is not sent as Unicode.</source>
        <translation>Badilisha alama za nukuu zilizopinda, vistari virefu na herufi kama hizo kwa za kawaida, ili ujumbe usitumwe kama Unicode.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Write your message. Insert fields such as &lt;&lt;first_name&gt;&gt; to personalise it.</source>
        <translation>Andika ujumbe wako. Ingiza sehemu kama &lt;&lt;first_name&gt;&gt; ili kuubinafsisha.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name instead.</source>
        <translation>%1 ni folda, si faili la hifadhidata. Chagua jina la faili badala yake.</translation>
    </message>
    <message>
        <source>Tuma cannot read the database %1. Check that the file exists and that you are allowed to read and write it.</source>
        <translation>Tuma haiwezi kusoma hifadhidata %1. Hakikisha kwamba faili lipo na kwamba una ruhusa ya kulisoma na kuliandika.</translation>
    </message>
    <message>
        <source>%1 is not a Tuma database, or it is damaged. Tuma has not changed it. Restore a backup, or choose another file.</source>
        <translation>%1 si hifadhidata ya Tuma, au imeharibika. Tuma haijaibadilisha. Rejesha nakala rudufu, au chagua faili jingine.</translation>
    </message>
    <message>
        <source>Tuma cannot create the folder for its database at %1. Check the permissions of that folder, or choose another place.</source>
        <translation>Tuma haiwezi kuunda folda ya hifadhidata yake katika %1. Kagua ruhusa za folda hiyo, au chagua mahali pengine.</translation>
    </message>
    <message>
        <source>Tuma cannot open the database %1. Check that you are allowed to read and write it.</source>
        <translation>Tuma haiwezi kufungua hifadhidata %1. Hakikisha kwamba una ruhusa ya kuisoma na kuiandika.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not Tuma&apos;s. Tuma has not changed it. Choose another file.</source>
        <translation>%1 ni hifadhidata ya programu nyingine, si ya Tuma. Tuma haijaibadilisha. Chagua faili jingine.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tuma (database version %2; this Tuma knows up to version %3). Tuma has not changed it. Update Tuma to open it.</source>
        <translation>%1 iliandikwa na toleo jipya zaidi la Tuma (toleo la hifadhidata %2; Tuma hii inajua hadi toleo %3). Tuma haijaibadilisha. Sasisha Tuma ili kuifungua.</translation>
    </message>
    <message>
        <source>Tuma cannot write to the database %1. Check that the disk is not full and that you are allowed to write the file.</source>
        <translation>Tuma haiwezi kuandika kwenye hifadhidata %1. Hakikisha kwamba diski haijajaa na kwamba una ruhusa ya kuandika faili hilo.</translation>
    </message>
    <message>
        <source>Tuma could not update the database %1 to this version. It has been left as it was.</source>
        <translation>Tuma imeshindwa kusasisha hifadhidata %1 hadi toleo hili. Imeachwa kama ilivyokuwa.</translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation>Imeshindwa kuanzisha muamala.</translation>
    </message>
    <message>
        <source>Step %1 of the database update failed.</source>
        <translation>Hatua ya %1 ya kusasisha hifadhidata imeshindwa.</translation>
    </message>
    <message>
        <source>The database update could not be saved.</source>
        <translation>Usasishaji wa hifadhidata haukuweza kuhifadhiwa.</translation>
    </message>
    <message>
        <source>%1 is not a Tuma database or backup, or it is damaged.</source>
        <translation>%1 si hifadhidata wala nakala rudufu ya Tuma, au imeharibika.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 haipo.</translation>
    </message>
    <message>
        <source>Tuma cannot read %1.</source>
        <translation>Tuma haiwezi kusoma %1.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it copies. Choose another file name.</source>
        <translation>Nakala rudufu haiwezi kuandika juu ya hifadhidata inayoinakili. Chagua jina jingine la faili.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the backup.</source>
        <translation>%1 ni folda. Chagua jina la faili kwa nakala rudufu.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Uhifadhi wa nakala rudufu umeghairiwa.</translation>
    </message>
    <message>
        <source>The backup to %1 failed. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Kuhifadhi nakala rudufu katika %1 kumeshindwa. Hakikisha kwamba folda ipo, kwamba una ruhusa ya kuandika humo na kwamba diski haijajaa.</translation>
    </message>
    <message>
        <source>That file is the database Tuma is using. Choose a backup file.</source>
        <translation>Faili hilo ndilo hifadhidata ambayo Tuma inatumia. Chagua faili la nakala rudufu.</translation>
    </message>
    <message>
        <source>Restoring from %1 failed; the current data is unchanged. Check that the disk is not full.</source>
        <translation>Kurejesha kutoka %1 kumeshindwa; data ya sasa haijabadilika. Hakikisha kwamba diski haijajaa.</translation>
    </message>
    <message>
        <source>The restore was cancelled; the current data is unchanged.</source>
        <translation>Urejeshaji umeghairiwa; data ya sasa haijabadilika.</translation>
    </message>
    <message>
        <source>Restoring from %1 failed; the current data is unchanged.</source>
        <translation>Kurejesha kutoka %1 kumeshindwa; data ya sasa haijabadilika.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Nakala rudufu ya %1 imehifadhiwa katika %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 imerejeshwa kutoka %2.</translation>
    </message>
    <message>
        <source>Copy the database, consistently, to a backup file.</source>
        <translation>Nakili hifadhidata, ikiwa kamili, kwenye faili la nakala rudufu.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Faili la nakala rudufu la kuandika.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s content with a backup.</source>
        <translation>Badilisha maudhui ya hifadhidata kwa nakala rudufu.</translation>
    </message>
    <message>
        <source>The backup file to read.</source>
        <translation>Faili la nakala rudufu la kusoma.</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>Could not read the groups.</source>
        <translation>Imeshindwa kusoma vikundi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tuma</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Nenda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Ingiza Anwani…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Hifadhi &amp;Nakala Rudufu…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Rejesha kutoka Nakala Rudufu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Mipangilio…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>&amp;About Tuma</source>
        <translation>&amp;Kuhusu Tuma</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Kuhusu &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <source>Empty line: expected an object such as {&quot;message&quot;:&quot;Hello&quot;}.</source>
        <translation>Mstari mtupu: ilitarajiwa kitu kama {&quot;message&quot;:&quot;Habari&quot;}.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1 at character %2.</source>
        <translation>Si kitu cha JSON: %1 katika herufi ya %2.</translation>
    </message>
    <message>
        <source>Expected an object with a &quot;message&quot; string, such as {&quot;message&quot;:&quot;Hello&quot;}.</source>
        <translation>Ilitarajiwa kitu chenye mfuatano wa &quot;message&quot;, kama {&quot;message&quot;:&quot;Habari&quot;}.</translation>
    </message>
    <message>
        <source>Count encoding and parts of messages: JSON lines {&quot;message&quot;:&quot;...&quot;} on standard input, one JSON line out for each.</source>
        <translation>Hesabu usimbaji na sehemu za jumbe: mistari ya JSON {&quot;message&quot;:&quot;...&quot;} kwenye ingizo la kawaida, mstari mmoja wa JSON hutoka kwa kila mmoja.</translation>
    </message>
    <message>
        <source>tuma-cli: warning: %1</source>
        <translation>tuma-cli: onyo: %1</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation>Kiolezo &quot;%1&quot; kimehifadhiwa.</translation>
    </message>
    <message>
        <source>Use: template add NAME TEXT | template list | template show NAME | template delete NAME.</source>
        <translation>Tumia: template add JINA MAANDISHI | template list | template show JINA | template delete JINA.</translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation>Bado hakuna violezo.</translation>
    </message>
    <message>
        <source>Deleted the template &quot;%1&quot;.</source>
        <translation>Kiolezo &quot;%1&quot; kimefutwa.</translation>
    </message>
    <message>
        <source>Save, list, show and delete message templates.</source>
        <translation>Hifadhi, orodhesha, onyesha na futa violezo vya jumbe.</translation>
    </message>
    <message>
        <source>add, list, show or delete.</source>
        <translation>add, list, show au delete.</translation>
    </message>
    <message>
        <source>The message, with &lt;&lt;field&gt;&gt; placeholders.</source>
        <translation>Ujumbe, pamoja na vishika-nafasi vya &lt;&lt;sehemu&gt;&gt;.</translation>
    </message>
    <message>
        <source>Send to the members of group G (repeatable).</source>
        <translation>Tuma kwa wanachama wa kikundi G (inaweza kurudiwa).</translation>
    </message>
    <message>
        <source>Send to these numbers, separated by commas.</source>
        <translation>Tuma kwa nambari hizi, zikitenganishwa kwa koma.</translation>
    </message>
    <message>
        <source>Country whose national numbers --to reads (default: the setting, KE).</source>
        <translation>Nchi ambayo nambari zake za kitaifa --to husoma (chaguo-msingi: mpangilio, KE).</translation>
    </message>
    <message>
        <source>--template TEXT is required.</source>
        <translation>--template MAANDISHI inahitajika.</translation>
    </message>
    <message>
        <source>Name the audience with --group G or --to PHONE.</source>
        <translation>Taja hadhira kwa --group G au --to SIMU.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 0 or more.</source>
        <translation>--limit inachukua nambari kamili ya 0 au zaidi.</translation>
    </message>
    <message>
        <source>--price-per-credit takes a number such as 0.40.</source>
        <translation>--price-per-credit inachukua nambari kama 0.40.</translation>
    </message>
    <message>
        <source>Recipients: %1. Parts: %2 (parts per message: recipients, %3). Credits: %4. Cost: %5 %6.</source>
        <translation>Wapokeaji: %1. Sehemu: %2 (sehemu kwa ujumbe: wapokeaji, %3). Krediti: %4. Gharama: %5 %6.</translation>
    </message>
    <message>
        <source>Show what each recipient receives: JSON lines {phone, text, encoding, segments}.</source>
        <translation>Onyesha kile kila mpokeaji atapokea: mistari ya JSON {phone, text, encoding, segments}.</translation>
    </message>
    <message>
        <source>At most N recipients.</source>
        <translation>Wapokeaji N kwa upeo.</translation>
    </message>
    <message>
        <source>What a message to an audience costs: recipients, parts, credits and money.</source>
        <translation>Gharama ya ujumbe kwa hadhira: wapokeaji, sehemu, krediti na pesa.</translation>
    </message>
    <message>
        <source>Price of one credit (default: the settings&apos; pricing).</source>
        <translation>Bei ya krediti moja (chaguo-msingi: bei za mipangilio).</translation>
    </message>
    <message>
        <source>Currency of that price, e.g. KES.</source>
        <translation>Sarafu ya bei hiyo, k.m. KES.</translation>
    </message>
    <message>
        <source>Price parts as account A does.</source>
        <translation>Weka bei ya sehemu kama akaunti A inavyofanya.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Nambari ya simu ni tupu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number Excel turned into scientific notation: its digits are lost. Format the column as text in Excel and export it again.</source>
        <translation>&quot;%1&quot; ni nambari ambayo Excel iligeuza kuwa mwandiko wa kisayansi: tarakimu zake zimepotea. Weka safu hiyo kama maandishi katika Excel na uitoe tena.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; si nambari ya simu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with a country code that does not exist.</source>
        <translation>&quot;%1&quot; inaanza na msimbo wa nchi usiokuwepo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number in %2.</source>
        <translation>&quot;%1&quot; ni fupi mno kuwa nambari ya simu ya %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number in %2.</source>
        <translation>&quot;%1&quot; ni ndefu mno kuwa nambari ya simu ya %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2.</source>
        <translation>&quot;%1&quot; si nambari halali ya simu ya %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a fixed line or a service number: it cannot receive SMS.</source>
        <translation>&quot;%1&quot; ni simu ya mezani au nambari ya huduma: haiwezi kupokea SMS.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview for real contacts</source>
        <translation>Onyesho kwa anwani halisi</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Kikundi:</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous contact</source>
        <translation>Anwani iliyotangulia</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Anwani inayofuata</translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation>&amp;Bahati nasibu</translation>
    </message>
    <message>
        <source>A contact picked at random</source>
        <translation>Anwani iliyochaguliwa kwa bahati nasibu</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Onyesha Maelezo...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ficha Maelezo...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hifadhi Zote</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ndiyo kwa &amp;Zote</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>H&amp;apana kwa Zote</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Komesha</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu Tena</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Weka Upya</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rejesha Chaguo-msingi</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No key is stored in the keychain for this account (%1). Enter the key again in the account&apos;s settings.</source>
        <translation>Hakuna ufunguo uliohifadhiwa katika hifadhi ya funguo kwa akaunti hii (%1). Weka ufunguo tena katika mipangilio ya akaunti.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock the keychain (for example by logging in again) and allow Tuma to use it, then try again.</source>
        <translation>Hifadhi ya funguo ya mfumo imekataa ufikiaji. Fungua hifadhi ya funguo (kwa mfano kwa kuingia tena) na uiruhusu Tuma kuitumia, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain. Remove the entry &quot;%1&quot; of the service &quot;tuma&quot; with your keychain manager.</source>
        <translation>Ufunguo haukuweza kuondolewa kwenye hifadhi ya funguo ya mfumo. Ondoa kipengee &quot;%1&quot; cha huduma &quot;tuma&quot; kwa kutumia kidhibiti chako cha funguo.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Tuma cannot store or read provider keys. Install and unlock a keychain service (on Debian and Ubuntu: sudo apt install gnome-keyring, then log out and in again), then try again.</source>
        <translation>Hifadhi ya funguo ya mfumo haipatikani, kwa hiyo Tuma haiwezi kuhifadhi wala kusoma funguo za watoa huduma. Sakinisha na ufungue huduma ya hifadhi ya funguo (kwenye Debian na Ubuntu: sudo apt install gnome-keyring, kisha toka na uingie tena), kisha ujaribu tena.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Jumla</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Nchi chaguo-msingi:</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Nambari za simu zilizoandikwa bila msimbo wa nchi husomwa kama nambari za nchi hii.</translation>
    </message>
    <message>
        <source>Show phone numbers &amp;as:</source>
        <translation>Onyesha nambari za simu &amp;kama:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <source>A new language takes effect when Tuma is started again.</source>
        <translation>Lugha mpya itaanza kutumika Tuma itakapofunguliwa tena.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Mwonekano:</translation>
    </message>
    <message>
        <source>Default pricing</source>
        <translation>Bei chaguo-msingi</translation>
    </message>
    <message>
        <source>Used for cost estimates until an account has its own pricing.</source>
        <translation>Hutumika kukadiria gharama hadi akaunti iwe na bei zake.</translation>
    </message>
    <message>
        <source>Credits per &amp;standard part:</source>
        <translation>Krediti kwa kila sehemu ya &amp;kawaida:</translation>
    </message>
    <message>
        <source>A part of a message in the standard GSM alphabet holds up to 160 characters (153 when the message has several parts).</source>
        <translation>Sehemu ya ujumbe katika alfabeti ya kawaida ya GSM hubeba hadi herufi 160 (153 ujumbe unapokuwa na sehemu kadhaa).</translation>
    </message>
    <message>
        <source>Credits per &amp;Unicode part:</source>
        <translation>Krediti kwa kila sehemu ya &amp;Unicode:</translation>
    </message>
    <message>
        <source>A part of a message with emoji or other Unicode characters holds up to 70 characters (67 when the message has several parts).</source>
        <translation>Sehemu ya ujumbe wenye emoji au herufi nyingine za Unicode hubeba hadi herufi 70 (67 ujumbe unapokuwa na sehemu kadhaa).</translation>
    </message>
    <message>
        <source>&amp;Price per credit:</source>
        <translation>&amp;Bei kwa krediti:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Sarafu:</translation>
    </message>
    <message>
        <source>The three-letter code of the currency, such as KES or GHS.</source>
        <translation>Msimbo wa herufi tatu wa sarafu, kama KES au GHS.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampeni</translation>
    </message>
    <message>
        <source>Ask to &amp;type the cost above:</source>
        <translation>Omba &amp;kuandika gharama inapozidi:</translation>
    </message>
    <message>
        <source>Launching a campaign that costs more than this needs the amount typed in, so a large send is never one careless click.</source>
        <translation>Kuzindua kampeni inayogharimu zaidi ya kiasi hiki kunahitaji kiasi hicho kiandikwe, ili utumaji mkubwa usiwe kubofya mara moja kwa bahati mbaya.</translation>
    </message>
    <message>
        <source>Send only &amp;within these hours by default:</source>
        <translation>Kwa kawaida tuma &amp;ndani ya saa hizi tu:</translation>
    </message>
    <message>
        <source>Start of sending hours</source>
        <translation>Mwanzo wa saa za kutuma</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hadi</translation>
    </message>
    <message>
        <source>End of sending hours</source>
        <translation>Mwisho wa saa za kutuma</translation>
    </message>
    <message>
        <source>Not on &amp;Sundays</source>
        <translation>Si siku za &amp;Jumapili</translation>
    </message>
    <message>
        <source>Opt-out &amp;footer:</source>
        <translation>Sahihi ya &amp;kujiondoa:</translation>
    </message>
    <message>
        <source>For example: STOP? SMS STOP to 12345</source>
        <translation>Kwa mfano: Kusitisha? Tuma SMS STOP kwa 12345</translation>
    </message>
    <message>
        <source>Added on a line of its own under campaign messages, and counted in their length and cost.</source>
        <translation>Huongezwa kwenye mstari wake chini ya jumbe za kampeni, na huhesabiwa katika urefu na gharama yake.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The placeholder at character %1 has no closing &gt;&gt;. Close it, or write \&lt;&lt; for a literal &lt;&lt;.</source>
        <translation>Kishika-nafasi katika herufi ya %1 hakina &gt;&gt; ya kufunga. Kifunge, au andika \&lt;&lt; kupata &lt;&lt; yenyewe.</translation>
    </message>
    <message>
        <source>The placeholder at character %1 has no field name. Write one, such as &lt;&lt;first_name&gt;&gt;.</source>
        <translation>Kishika-nafasi katika herufi ya %1 hakina jina la sehemu. Andika moja, kama &lt;&lt;first_name&gt;&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a field name: names use letters, digits and _ only.</source>
        <translation>&quot;%1&quot; katika herufi ya %2 si jina la sehemu: majina hutumia herufi, tarakimu na _ pekee.</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; (character %2). The fields are: %3.</source>
        <translation>Hakuna sehemu &quot;%1&quot; (herufi ya %2). Sehemu ni: %3.</translation>
    </message>
    <message>
        <source>The fields are: %1.</source>
        <translation>Sehemu ni: %1.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Could not read the templates.</source>
        <translation>Imeshindwa kusoma violezo.</translation>
    </message>
    <message>
        <source>There is no template called &quot;%1&quot;. See the list with: tuma-cli template list.</source>
        <translation>Hakuna kiolezo kinachoitwa &quot;%1&quot;. Ona orodha kwa: tuma-cli template list.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Kiolezo kinahitaji jina.</translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Kiolezo kinachoitwa &quot;%1&quot; tayari kipo. Chagua jina jingine.</translation>
    </message>
    <message>
        <source>Could not save the template.</source>
        <translation>Imeshindwa kuhifadhi kiolezo.</translation>
    </message>
    <message>
        <source>Could not delete the template.</source>
        <translation>Imeshindwa kufuta kiolezo.</translation>
    </message>
    <message>
        <source>Could not read the contact fields.</source>
        <translation>Imeshindwa kusoma sehemu za anwani.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Saved templates</source>
        <translation>Violezo vilivyohifadhiwa</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Kipya</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Nak&amp;ili</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>For example: Payment reminder</source>
        <translation>Kwa mfano: Kikumbusho cha malipo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>tuma: there is no page called &quot;%1&quot;. The pages are: %2.</source>
        <translation>tuma: hakuna ukurasa unaoitwa &quot;%1&quot;. Kurasa ni: %2.</translation>
    </message>
    <message>
        <source>Tuma is already running with this database; it now shows the page &quot;%1&quot;.</source>
        <translation>Tuma tayari inaendesha kwa hifadhidata hii; sasa inaonyesha ukurasa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>tuma: no running Tuma uses the database %1.</source>
        <translation>tuma: hakuna Tuma inayoendesha inayotumia hifadhidata %1.</translation>
    </message>
    <message>
        <source>Tuma cannot start</source>
        <translation>Tuma haiwezi kuanza</translation>
    </message>
    <message>
        <source>The running Tuma is quitting.</source>
        <translation>Tuma inayoendesha inaondoka.</translation>
    </message>
    <message>
        <source>tuma: another Tuma is using the database %1 but does not answer. Close it, or end it with your task manager, and try again.</source>
        <translation>tuma: Tuma nyingine inatumia hifadhidata %1 lakini haijibu. Ifunge, au isimamishe kwa kidhibiti cha kazi, kisha ujaribu tena.</translation>
    </message>
</context>
<context>
    <name>tuma::ComposerWidget</name>
    <message numerus="yes">
        <source>%1 characters · %2 · &lt;b&gt;%n part(s)&lt;/b&gt; · %3 left in this part · %4 %5 a message</source>
        <translation>
            <numerusform>herufi %1 · %2 · &lt;b&gt;sehemu %n&lt;/b&gt; · %3 zimebaki katika sehemu hii · %4 %5 kwa ujumbe</numerusform>
            <numerusform>herufi %1 · %2 · &lt;b&gt;sehemu %n&lt;/b&gt; · %3 zimebaki katika sehemu hii · %4 %5 kwa ujumbe</numerusform>
        </translation>
    </message>
    <message>
        <source>standard (GSM-7)</source>
        <translation>kawaida (GSM-7)</translation>
    </message>
    <message>
        <source>These characters make it a Unicode message, with fewer characters a part: %1</source>
        <translation>Herufi hizi zinaufanya ujumbe wa Unicode, wenye herufi chache kwa kila sehemu: %1</translation>
    </message>
    <message>
        <source>Counted as written: each contact&apos;s own message may be longer or shorter.</source>
        <translation>Imehesabiwa kama ilivyoandikwa: ujumbe wa kila anwani unaweza kuwa mrefu au mfupi zaidi.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 imeondolewa</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n character(s): %1. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Herufi %n imebadilishwa: %1. Ctrl+Z huirejesha.</numerusform>
            <numerusform>Herufi %n zimebadilishwa: %1. Ctrl+Z huzirejesha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode (UCS-2)</source>
        <translation>Unicode (UCS-2)</translation>
    </message>
    <message>
        <source>Add the opt-out footer: %1</source>
        <translation>Ongeza sahihi ya kujiondoa: %1</translation>
    </message>
</context>
<context>
    <name>tuma::DatabaseMaintenance</name>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Tuma</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Hifadhi Nakala Rudufu ya Hifadhidata</translation>
    </message>
    <message>
        <source>Tuma backups</source>
        <translation>Nakala rudufu za Tuma</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Inahifadhi nakala rudufu ya hifadhidata…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Nakala rudufu imeshindwa</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Nakala rudufu imekamilika</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>Nakala rudufu ya hifadhidata imehifadhiwa katika %1.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Rejesha kutoka Nakala Rudufu</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Faili zote (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Haiwezi kurejesha</translation>
    </message>
    <message>
        <source>Replace all contacts, groups, templates, accounts and campaigns with the content of %1?

Everything added since that backup was made will be lost. Back up the current database first if you may need it.</source>
        <translation>Ubadilishe anwani, vikundi, violezo, akaunti na kampeni zote kwa maudhui ya %1?

Kila kitu kilichoongezwa tangu nakala rudufu hiyo ilipofanywa kitapotea. Hifadhi kwanza nakala rudufu ya hifadhidata ya sasa ikiwa huenda ukaihitaji.</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Inarejesha hifadhidata…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Urejeshaji umeshindwa</translation>
    </message>
</context>
<context>
    <name>tuma::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <source>Your campaigns, spending and balances at a glance.</source>
        <translation>Kampeni zako, matumizi na salio kwa mtazamo mmoja.</translation>
    </message>
    <message>
        <source>Recent campaigns and how far each has got</source>
        <translation>Kampeni za karibuni na kila moja imefika wapi</translation>
    </message>
    <message>
        <source>Messages sent and money spent per day</source>
        <translation>Jumbe zilizotumwa na pesa zilizotumika kila siku</translation>
    </message>
    <message>
        <source>Delivery rate across campaigns</source>
        <translation>Kiwango cha uwasilishaji katika kampeni zote</translation>
    </message>
    <message>
        <source>The balance of every provider account</source>
        <translation>Salio la kila akaunti ya mtoa huduma</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Every customer you can send to, imported from your spreadsheets.</source>
        <translation>Kila mteja unayeweza kumtumia ujumbe, aliyeingizwa kutoka kwenye lahajedwali zako.</translation>
    </message>
    <message>
        <source>Import from Excel (.xlsx) and CSV files, whatever program exported them</source>
        <translation>Ingiza kutoka faili za Excel (.xlsx) na CSV, bila kujali programu iliyozitoa</translation>
    </message>
    <message>
        <source>Instant search over names and phone numbers, even with a million contacts</source>
        <translation>Utafutaji wa papo hapo wa majina na nambari za simu, hata ukiwa na anwani milioni moja</translation>
    </message>
    <message>
        <source>Your own columns (balance, due date, branch…) for personalised messages</source>
        <translation>Safu zako mwenyewe (salio, tarehe ya mwisho, tawi…) kwa jumbe zilizobinafsishwa</translation>
    </message>
    <message>
        <source>Opt-outs: numbers that must never receive a campaign</source>
        <translation>Waliojiondoa: nambari ambazo hazipaswi kamwe kupokea kampeni</translation>
    </message>
    <message>
        <source>Export to Excel and CSV</source>
        <translation>Hamisha kwenda Excel na CSV</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Vikundi</translation>
    </message>
    <message>
        <source>Contacts sorted into the audiences you send to.</source>
        <translation>Anwani zilizopangwa katika hadhira unazozitumia jumbe.</translation>
    </message>
    <message>
        <source>Create, rename and delete groups; contacts are kept</source>
        <translation>Unda, badilisha jina na futa vikundi; anwani hubaki</translation>
    </message>
    <message>
        <source>Member counts and a group&apos;s members in one table</source>
        <translation>Idadi ya wanachama na wanachama wa kikundi katika jedwali moja</translation>
    </message>
    <message>
        <source>Drag contacts onto a group</source>
        <translation>Buruta anwani kwenye kikundi</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Violezo</translation>
    </message>
    <message>
        <source>Messages you write once and personalise for every customer.</source>
        <translation>Jumbe unazoandika mara moja na kuzibinafsisha kwa kila mteja.</translation>
    </message>
    <message>
        <source>Placeholders such as &lt;&lt;first_name&gt;&gt; filled in for each contact</source>
        <translation>Vishika-nafasi kama &lt;&lt;first_name&gt;&gt; hujazwa kwa kila anwani</translation>
    </message>
    <message>
        <source>Live count of characters and message parts while you type</source>
        <translation>Hesabu ya moja kwa moja ya herufi na sehemu za ujumbe unapoandika</translation>
    </message>
    <message>
        <source>One click to replace characters that would double the cost</source>
        <translation>Bofya mara moja kubadilisha herufi ambazo zingeongeza gharama maradufu</translation>
    </message>
    <message>
        <source>Preview for real contacts and the cost of one message</source>
        <translation>Onyesho la awali kwa anwani halisi na gharama ya ujumbe mmoja</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampeni</translation>
    </message>
    <message>
        <source>Send to thousands of customers once, on time and within budget.</source>
        <translation>Tuma kwa maelfu ya wateja mara moja, kwa wakati na ndani ya bajeti.</translation>
    </message>
    <message>
        <source>A step-by-step wizard: audience, message, account, schedule</source>
        <translation>Mchawi wa hatua kwa hatua: hadhira, ujumbe, akaunti, ratiba</translation>
    </message>
    <message>
        <source>The exact cost and your balance before anything is sent</source>
        <translation>Gharama kamili na salio lako kabla chochote hakijatumwa</translation>
    </message>
    <message>
        <source>Scheduling in your time zone, with sending hours</source>
        <translation>Kupanga ratiba kwa saa za eneo lako, pamoja na saa za kutuma</translation>
    </message>
    <message>
        <source>Progress, delivery reports and export for every campaign</source>
        <translation>Maendeleo, ripoti za uwasilishaji na uhamishaji kwa kila kampeni</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <source>The SMS providers you already pay: QuickFlow, QSMS, 254sms and FlashSMS.</source>
        <translation>Watoa huduma wa SMS unaowalipa tayari: QuickFlow, QSMS, 254sms na FlashSMS.</translation>
    </message>
    <message>
        <source>Keys kept in the system keychain, never in Tuma&apos;s files</source>
        <translation>Funguo huhifadhiwa katika hifadhi ya funguo ya mfumo, kamwe si katika faili za Tuma</translation>
    </message>
    <message>
        <source>Balance, history and a connection test for each account</source>
        <translation>Salio, historia na jaribio la muunganisho kwa kila akaunti</translation>
    </message>
    <message>
        <source>Top up with M-Pesa where the provider offers it</source>
        <translation>Ongeza salio kwa M-Pesa pale mtoa huduma anapotoa huduma hiyo</translation>
    </message>
    <message>
        <source>A Sandbox account to rehearse a whole campaign for free</source>
        <translation>Akaunti ya Sandbox ya kujaribu kampeni nzima bila malipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Tuma</source>
        <translation>%1 — Tuma</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Hifadhidata: %1</translation>
    </message>
    <message>
        <source>No account yet: &lt;a href=&quot;accounts&quot;&gt;add one&lt;/a&gt;</source>
        <translation>Bado hakuna akaunti: &lt;a href=&quot;accounts&quot;&gt;ongeza moja&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Importing spreadsheets comes with the Contacts page.</source>
        <translation>Kuingiza lahajedwali kutakuja pamoja na ukurasa wa Anwani.</translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation>Nakala rudufu imerejeshwa.</translation>
    </message>
    <message>
        <source>There is no page called &quot;%1&quot;.</source>
        <translation>Hakuna ukurasa unaoitwa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Tafadhali subiri</translation>
    </message>
    <message>
        <source>Tuma is copying the database. Wait for it to finish, or cancel it, before you quit.</source>
        <translation>Tuma inanakili hifadhidata. Subiri imalize, au ighairi, kabla ya kuondoka.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tuma %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for marketing teams: import customers, personalise messages, see the cost before sending and follow delivery.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tuma %1&lt;/h3&gt;&lt;p&gt;Kampeni za SMS kwa timu za masoko: ingiza wateja, binafsisha jumbe, ona gharama kabla ya kutuma na fuatilia uwasilishaji.&lt;/p&gt;&lt;p&gt;Imejengwa kwa Qt %2 (inaendeshwa kwa Qt %3).&lt;/p&gt;&lt;p&gt;Hifadhidata: %4&lt;/p&gt;&lt;p&gt;Imepewa leseni chini ya GNU General Public License, toleo la 3 au jipya zaidi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Tuma</source>
        <translation>Kuhusu Tuma</translation>
    </message>
</context>
<context>
    <name>tuma::PlaceholderPage</name>
    <message>
        <source>Coming to this page:</source>
        <translation>Yanayokuja kwenye ukurasa huu:</translation>
    </message>
</context>
<context>
    <name>tuma::PreviewPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Bado hakuna vikundi</translation>
    </message>
    <message>
        <source>Import contacts into a group to see the message as each of them will receive it.</source>
        <translation>Ingiza anwani katika kikundi ili kuona ujumbe kama kila mmoja atakavyoupokea.</translation>
    </message>
    <message>
        <source>This group has no contacts who can receive it.</source>
        <translation>Kikundi hiki hakina anwani zinazoweza kuupokea.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation>(ujumbe mtupu)</translation>
    </message>
    <message numerus="yes">
        <source>To %1: %n part(s), %2</source>
        <translation>
            <numerusform>Kwa %1: sehemu %n, %2</numerusform>
            <numerusform>Kwa %1: sehemu %n, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group can receive it.</source>
        <translation>Hakuna mtu katika kikundi hiki anayeweza kuupokea.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): %1</source>
        <translation>
            <numerusform>sehemu %n: %1</numerusform>
            <numerusform>sehemu %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Total: %2 recipients, %3 parts, %4 %5</source>
        <translation>%1 · Jumla: wapokeaji %2, sehemu %3, %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</source>
        <translation>
            <numerusform>Anwani %n haina %1: iwekee chaguo-msingi, kama &lt;&lt;%1|Mteja&gt;&gt;.</numerusform>
            <numerusform>Anwani %n hazina %1: iwekee chaguo-msingi, kama &lt;&lt;%1|Mteja&gt;&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted-out contact(s) will not receive it.</source>
        <translation>
            <numerusform>Anwani %n iliyojiondoa haitaupokea.</numerusform>
            <numerusform>Anwani %n zilizojiondoa hazitaupokea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::SettingsDialog</name>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Fuata mfumo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Mwanga</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Giza</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Kimataifa</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Kitaifa</translation>
    </message>
    <message>
        <source>E.164 (no spaces)</source>
        <translation>E.164 (bila nafasi)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The currency needs its three-letter code, such as KES.</source>
        <translation>Sarafu inahitaji msimbo wake wa herufi tatu, kama KES.</translation>
    </message>
    <message>
        <source>The sending hours must start before they end.</source>
        <translation>Saa za kutuma lazima zianze kabla hazijaisha.</translation>
    </message>
</context>
<context>
    <name>tuma::TemplatesPage</name>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>Saved. Fix the marked problems before using it in a campaign.</source>
        <translation>Imehifadhiwa. Rekebisha matatizo yaliyowekwa alama kabla ya kukitumia katika kampeni.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (nakala)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (nakala %2)</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Futa Kiolezo</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Campaigns already sent with it keep their messages.</source>
        <translation>Ufute kiolezo &quot;%1&quot;? Kampeni zilizokwisha kutumwa nacho zinabaki na jumbe zake.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Kimefutwa.</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Kilitumika mara ya mwisho %1</translation>
    </message>
    <message>
        <source>Not used in a campaign yet</source>
        <translation>Bado hakijatumika katika kampeni</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Mabadiliko Yasiyohifadhiwa</translation>
    </message>
    <message>
        <source>Save the new template first?</source>
        <translation>Uhifadhi kiolezo kipya kwanza?</translation>
    </message>
    <message>
        <source>Save the changes to the template &quot;%1&quot;?</source>
        <translation>Uhifadhi mabadiliko ya kiolezo &quot;%1&quot;?</translation>
    </message>
</context>
</TS>
