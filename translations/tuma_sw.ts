<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AccountAccess</name>
    <message>
        <source>From this date (YYYY-MM-DD) or time.</source>
        <translation>Kuanzia tarehe hii (YYYY-MM-DD) au saa hii.</translation>
    </message>
    <message>
        <source>To this date (the whole day) or time.</source>
        <translation>Hadi tarehe hii (siku nzima) au saa hii.</translation>
    </message>
    <message>
        <source>--from and --to take a date such as 2026-12-01, or a date and time such as 2026-12-01T08:00.</source>
        <translation>--from na --to huchukua tarehe kama 2026-12-01, au tarehe na saa kama 2026-12-01T08:00.</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>  provider: %1%2</source>
        <translation>  mtoa huduma: %1%2</translation>
    </message>
    <message>
        <source> (sandbox)</source>
        <translation> (sandbox)</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation>  anwani ya API: %1</translation>
    </message>
    <message>
        <source>the built-in simulator</source>
        <translation>kiigaji kilichojengwa ndani ya Tuma</translation>
    </message>
    <message>
        <source>  sender IDs: %1</source>
        <translation>  vitambulisho vya mtumaji: %1</translation>
    </message>
    <message>
        <source>  region: %1</source>
        <translation>  nchi: %1</translation>
    </message>
    <message>
        <source>account add takes one NAME.</source>
        <translation>account add inachukua NAME moja.</translation>
    </message>
    <message>
        <source>Give --provider: quickflow, qsms, 254sms or flashsms.</source>
        <translation>Taja --provider: quickflow, qsms, 254sms au flashsms.</translation>
    </message>
    <message>
        <source>%1 has no fixed address: give --base-url, as shown on your provider&apos;s API page.</source>
        <translation>%1 haina anwani ya kudumu: taja --base-url, kama inavyoonyeshwa kwenye ukurasa wa API wa mtoa huduma wako.</translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; already exists. Choose another name, or remove it first.</source>
        <translation>Akaunti inayoitwa &quot;%1&quot; tayari ipo. Chagua jina jingine, au iondoe kwanza.</translation>
    </message>
    <message>
        <source>Give the account&apos;s key on standard input, for example: tuma-cli account add NAME ... &lt; key.txt</source>
        <translation>Toa ufunguo wa akaunti kwenye ingizo la kawaida, kwa mfano: tuma-cli account add NAME ... &lt; key.txt</translation>
    </message>
    <message>
        <source>QuickFlow needs the API key and the API secret as KEY:SECRET on standard input.</source>
        <translation>QuickFlow inahitaji ufunguo wa API na siri ya API kama KEY:SECRET kwenye ingizo la kawaida.</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>Akaunti %1 imeongezwa.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with: tuma-cli account add NAME --provider P</source>
        <translation>Bado hakuna akaunti. Ongeza moja kwa: tuma-cli account add NAME --provider P</translation>
    </message>
    <message>
        <source>Removed the account %1 and its key.</source>
        <translation>Akaunti %1 imeondolewa pamoja na ufunguo wake.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Write account add NAME, account list, account show NAME, account remove NAME or account test NAME.</source>
        <translation>Andika account add NAME, account list, account show NAME, account remove NAME au account test NAME.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, show, remove or test.</source>
        <translation>Kitendo &quot;%1&quot; hakijulikani: tumia add, list, show, remove au test.</translation>
    </message>
    <message>
        <source>Give --mpesa: the Kenyan M-Pesa number that will approve the payment, such as 0712345678.</source>
        <translation>Taja --mpesa: nambari ya M-Pesa ya Kenya itakayoidhinisha malipo, kama 0712345678.</translation>
    </message>
    <message>
        <source>--wait takes seconds, from 0 to 600.</source>
        <translation>--wait inachukua sekunde, kuanzia 0 hadi 600.</translation>
    </message>
    <message>
        <source>%1 accounts cannot be topped up from Tuma. Buy credit on the provider&apos;s website or through its paybill.</source>
        <translation>Akaunti za %1 haziwezi kuongezewa salio kutoka Tuma. Nunua krediti kwenye tovuti ya mtoa huduma au kupitia paybill yake.</translation>
    </message>
    <message>
        <source>Approve the payment of KES %1 on the phone %2.</source>
        <translation>Idhinisha malipo ya KES %1 kwenye simu %2.</translation>
    </message>
    <message>
        <source>Paid: the balance rose from %1 to %2.</source>
        <translation>Imelipwa: salio limepanda kutoka %1 hadi %2.</translation>
    </message>
    <message>
        <source>The balance has not risen yet. If you approved the payment, check again later with: tuma-cli balance %1</source>
        <translation>Salio bado halijapanda. Ikiwa uliidhinisha malipo, kagua tena baadaye kwa: tuma-cli balance %1</translation>
    </message>
    <message>
        <source>Payment requested. Check the balance after approving it.</source>
        <translation>Ombi la malipo limetumwa. Kagua salio baada ya kuyaidhinisha.</translation>
    </message>
    <message>
        <source>Give the message with --text.</source>
        <translation>Toa ujumbe kwa --text.</translation>
    </message>
    <message>
        <source>Give the recipients with --to PHONE[,PHONE...].</source>
        <translation>Taja wapokeaji kwa --to PHONE[,PHONE...].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive SMS: %2</source>
        <translation>&quot;%1&quot; haiwezi kupokea SMS: %2</translation>
    </message>
    <message>
        <source>This provider needs a sender ID: give --sender or add one to the account.</source>
        <translation>Mtoa huduma huyu anahitaji kitambulisho cha mtumaji: taja --sender au ongeza kimoja kwenye akaunti.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page inachukua nambari ya ukurasa kuanzia 1.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100.</source>
        <translation>--limit inachukua nambari kuanzia 1 hadi 100.</translation>
    </message>
    <message>
        <source>No sender IDs.</source>
        <translation>Hakuna vitambulisho vya mtumaji.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port inachukua nambari kuanzia 0 hadi 65535.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Jina la akaunti.</translation>
    </message>
    <message>
        <source>Add, list, show, remove and test provider accounts.</source>
        <translation>Ongeza, orodhesha, onyesha, ondoa na jaribu akaunti za watoa huduma.</translation>
    </message>
    <message>
        <source>add, list, show, remove or test.</source>
        <translation>add, list, show, remove au test.</translation>
    </message>
    <message>
        <source>add: quickflow, qsms, 254sms or flashsms.</source>
        <translation>add: quickflow, qsms, 254sms au flashsms.</translation>
    </message>
    <message>
        <source>add: use the built-in simulator with its test credentials (no key on standard input).</source>
        <translation>add: tumia kiigaji kilichojengwa ndani pamoja na funguo zake za majaribio (hakuna ufunguo kwenye ingizo la kawaida).</translation>
    </message>
    <message>
        <source>add: the provider&apos;s API address (default: the one in its documentation).</source>
        <translation>add: anwani ya API ya mtoa huduma (chaguo-msingi: ile iliyo kwenye nyaraka zake).</translation>
    </message>
    <message>
        <source>add: QSMS&apos;s second host, for its /v1 endpoints.</source>
        <translation>add: seva ya pili ya QSMS, kwa huduma zake za /v1.</translation>
    </message>
    <message>
        <source>add: 254sms user name.</source>
        <translation>add: jina la mtumiaji la 254sms.</translation>
    </message>
    <message>
        <source>add: a sender ID; repeatable, the first is the default.</source>
        <translation>add: kitambulisho cha mtumaji; kinaweza kurudiwa, cha kwanza ndicho chaguo-msingi.</translation>
    </message>
    <message>
        <source>add: region of national numbers, e.g. KE or GH.</source>
        <translation>add: nchi ya nambari za kitaifa, k.m. KE au GH.</translation>
    </message>
    <message>
        <source>Ask the provider for an account&apos;s balance.</source>
        <translation>Muulize mtoa huduma salio la akaunti.</translation>
    </message>
    <message>
        <source>Top up an account by M-Pesa (STK push).</source>
        <translation>Ongeza salio la akaunti kwa M-Pesa (STK push).</translation>
    </message>
    <message>
        <source>Amount in KES.</source>
        <translation>Kiasi kwa KES.</translation>
    </message>
    <message>
        <source>The M-Pesa number that approves the payment.</source>
        <translation>Nambari ya M-Pesa inayoidhinisha malipo.</translation>
    </message>
    <message>
        <source>Wait up to this many seconds for the balance to rise.</source>
        <translation>Subiri hadi sekunde hizi ili salio lipande.</translation>
    </message>
    <message>
        <source>Send one text to one or more numbers now.</source>
        <translation>Tuma ujumbe mmoja kwa nambari moja au zaidi sasa hivi.</translation>
    </message>
    <message>
        <source>The numbers, comma-separated.</source>
        <translation>Nambari, zikitenganishwa kwa koma.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Ujumbe.</translation>
    </message>
    <message>
        <source>The sender ID (default: the account&apos;s).</source>
        <translation>Kitambulisho cha mtumaji (chaguo-msingi: cha akaunti).</translation>
    </message>
    <message>
        <source>Ask the provider for a message&apos;s state.</source>
        <translation>Muulize mtoa huduma hali ya ujumbe.</translation>
    </message>
    <message>
        <source>The id the provider gave the message.</source>
        <translation>Kitambulisho (id) ambacho mtoa huduma aliupa ujumbe.</translation>
    </message>
    <message>
        <source>List the messages the provider has sent.</source>
        <translation>Orodhesha jumbe ambazo mtoa huduma ametuma.</translation>
    </message>
    <message>
        <source>Page number (default 1).</source>
        <translation>Nambari ya ukurasa (chaguo-msingi 1).</translation>
    </message>
    <message>
        <source>Messages per page (default 25).</source>
        <translation>Jumbe kwa kila ukurasa (chaguo-msingi 25).</translation>
    </message>
    <message>
        <source>List an account&apos;s sender IDs.</source>
        <translation>Orodhesha vitambulisho vya mtumaji vya akaunti.</translation>
    </message>
    <message>
        <source>Run the provider simulator on 127.0.0.1 until interrupted.</source>
        <translation>Endesha kiigaji cha mtoa huduma kwenye 127.0.0.1 hadi kikatizwe.</translation>
    </message>
    <message>
        <source>Port (default: any free one).</source>
        <translation>Mlango (chaguo-msingi: wowote ulio wazi).</translation>
    </message>
    <message>
        <source>Misbehave on purpose; see docs/providers.md.</source>
        <translation>Fanya hitilafu kwa makusudi; ona docs/providers.md.</translation>
    </message>
    <message>
        <source>Folder of the simulator&apos;s state (default: beside the database).</source>
        <translation>Folda ya hali ya kiigaji (chaguo-msingi: kando ya hifadhidata).</translation>
    </message>
    <message>
        <source>The account %1 is removed, but its key could not be deleted from the keychain: %2</source>
        <translation>Akaunti %1 imeondolewa, lakini ufunguo wake haukuweza kufutwa kwenye hifadhi ya funguo: %2</translation>
    </message>
    <message>
        <source>The delivery report receiver did not start.</source>
        <translation>Kipokezi cha ripoti za uwasilishaji hakikuanza.</translation>
    </message>
    <message>
        <source>No account posts delivery reports (QSMS does): nothing will be received.</source>
        <translation>Hakuna akaunti inayotuma ripoti za uwasilishaji (QSMS hutuma): hakuna kitakachopokelewa.</translation>
    </message>
    <message>
        <source>Run the delivery report receiver until interrupted, and print the address to give each account&apos;s provider.</source>
        <translation>Endesha kipokezi cha ripoti za uwasilishaji hadi kikatizwe, na uchapishe anwani ya kumpa mtoa huduma wa kila akaunti.</translation>
    </message>
    <message>
        <source>Port (default 8780; 0: any free one).</source>
        <translation>Mlango (chaguo-msingi 8780; 0: wowote ulio wazi).</translation>
    </message>
    <message>
        <source>Listen on the network, not only on 127.0.0.1.</source>
        <translation>Sikiliza kwenye mtandao, si kwenye 127.0.0.1 pekee.</translation>
    </message>
    <message>
        <source>Give --amount in whole KES, from %1 to %2.</source>
        <translation>Taja --amount kwa shilingi kamili, kuanzia %1 hadi %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have been accepted: the connection broke before the provider answered. Check the provider&apos;s history before sending them again.</source>
        <translation>
            <numerusform>Haijulikani kama ujumbe %Ln umekubaliwa: muunganisho ulikatika kabla mtoa huduma hajajibu. Kagua historia ya mtoa huduma kabla ya kuutuma tena.</numerusform>
            <numerusform>Haijulikani kama jumbe %Ln zimekubaliwa: muunganisho ulikatika kabla mtoa huduma hajajibu. Kagua historia ya mtoa huduma kabla ya kuzituma tena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) accepted</source>
        <translation>
            <numerusform>Ujumbe %Ln umekubaliwa</numerusform>
            <numerusform>Jumbe %Ln zimekubaliwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln refused</source>
        <translation>
            <numerusform>, %Ln umekataliwa</numerusform>
            <numerusform>, %Ln zimekataliwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unknown</source>
        <translation>
            <numerusform>, %Ln hali haijulikani</numerusform>
            <numerusform>, %Ln hali haijulikani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2, %Ln message(s) in all.</source>
        <translation>
            <numerusform>Ukurasa %1 kati ya %2, ujumbe %Ln kwa jumla.</numerusform>
            <numerusform>Ukurasa %1 kati ya %2, jumbe %Ln kwa jumla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write proxy login USER.</source>
        <translation>Andika proxy login MTUMIAJI.</translation>
    </message>
    <message>
        <source>No password on standard input. Type it after the command, or pipe it in: printf &apos;%s&apos; &quot;$PASSWORD&quot; | tuma-cli proxy login %1</source>
        <translation>Hakuna nenosiri kwenye ingizo la kawaida. Liandike baada ya amri, au lipitishe hivi: printf &apos;%s&apos; &quot;$PASSWORD&quot; | tuma-cli proxy login %1</translation>
    </message>
    <message>
        <source>Saved the proxy&apos;s user name %1 and its password in the keychain.</source>
        <translation>Jina la mtumiaji la proksi %1 na nenosiri lake vimehifadhiwa kwenye hifadhi ya funguo.</translation>
    </message>
    <message>
        <source>Removed the proxy&apos;s user name and password from the keychain.</source>
        <translation>Jina la mtumiaji na nenosiri la proksi vimeondolewa kwenye hifadhi ya funguo.</translation>
    </message>
    <message>
        <source>Write proxy login USER (the password on standard input) or proxy logout.</source>
        <translation>Andika proxy login MTUMIAJI (nenosiri kwenye ingizo la kawaida) au proxy logout.</translation>
    </message>
    <message>
        <source>Keep the user name and password for a proxy that asks for them (the password on standard input), or forget them.</source>
        <translation>Hifadhi jina la mtumiaji na nenosiri la proksi inayoyaomba (nenosiri kwenye ingizo la kawaida), au yasahau.</translation>
    </message>
    <message>
        <source>login or logout.</source>
        <translation>login au logout.</translation>
    </message>
    <message>
        <source>%1&apos;s history cannot be read by state or dates; FlashSMS&apos;s can. Leave out --status, --from and --to.</source>
        <translation>Historia ya %1 haiwezi kusomwa kwa hali au kwa tarehe; ya FlashSMS inaweza. Acha --status, --from na --to.</translation>
    </message>
    <message>
        <source>add: QSMS service ID (0 unless your QSMS dashboard shows another).</source>
        <translation>add: kitambulisho cha huduma cha QSMS (0 isipokuwa dashibodi yako ya QSMS ionyeshe kingine).</translation>
    </message>
    <message>
        <source>Only messages in this state, in the provider&apos;s word (FlashSMS: PENDING, SENT, DELIVERED or FAILED).</source>
        <translation>Jumbe zilizo katika hali hii tu, kwa neno la mtoa huduma (FlashSMS: PENDING, SENT, DELIVERED au FAILED).</translation>
    </message>
    <message>
        <source>The sender ID whose messages to list (QuickFlow; default: the account&apos;s).</source>
        <translation>Kitambulisho cha mtumaji ambacho jumbe zake zinaorodheshwa (QuickFlow; chaguo-msingi: cha akaunti).</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>For example: Marketing QuickFlow</source>
        <translation>Kwa mfano: QuickFlow ya Masoko</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Mtoa huduma:</translation>
    </message>
    <message>
        <source>Sand&amp;box (the built-in simulator, no contract needed)</source>
        <translation>Sand&amp;box (kiigaji kilichojengwa ndani, bila kuhitaji mkataba)</translation>
    </message>
    <message>
        <source>A sandbox account sends nothing: the simulator inside Tuma answers like the provider would, so a whole campaign can be rehearsed.</source>
        <translation>Akaunti ya sandbox haitumi chochote: kiigaji kilicho ndani ya Tuma hujibu kama mtoa huduma angejibu, kwa hiyo kampeni nzima inaweza kujaribiwa.</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Anwani ya API:</translation>
    </message>
    <message>
        <source>The address of the provider&apos;s API, from its API page. It must start with https://.</source>
        <translation>Anwani ya API ya mtoa huduma, kutoka kwenye ukurasa wake wa API. Lazima ianze na https://.</translation>
    </message>
    <message>
        <source>Address for /v&amp;1:</source>
        <translation>Anwani ya /v&amp;1:</translation>
    </message>
    <message>
        <source>Optional: only if QSMS gave you a second address</source>
        <translation>Si lazima: ikiwa tu QSMS ilikupa anwani ya pili</translation>
    </message>
    <message>
        <source>QSMS serves its /v1 endpoints from the same address unless your dashboard names another one.</source>
        <translation>QSMS hutoa huduma zake za /v1 kutoka anwani ileile, isipokuwa dashibodi yako ikitaja nyingine.</translation>
    </message>
    <message>
        <source>Ser&amp;vice ID:</source>
        <translation>Kitambulisho cha &amp;huduma:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Jina la m&amp;tumiaji:</translation>
    </message>
    <message>
        <source>Your 254sms user name</source>
        <translation>Jina lako la mtumiaji la 254sms</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ufunguo wa API:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Tuma&apos;s database or settings.</source>
        <translation>Huhifadhiwa katika hifadhi ya funguo ya mfumo, kamwe si katika hifadhidata au mipangilio ya Tuma.</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>&amp;Siri ya API:</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Kutuma</translation>
    </message>
    <message>
        <source>Sen&amp;der IDs:</source>
        <translation>&amp;Vitambulisho vya mtumaji:</translation>
    </message>
    <message>
        <source>For example: SHOPNAME, PROMO</source>
        <translation>Kwa mfano: SHOPNAME, PROMO</translation>
    </message>
    <message>
        <source>The sender IDs the provider approved for this account. The first one is used when a campaign names none.</source>
        <translation>Vitambulisho vya mtumaji ambavyo mtoa huduma ameidhinisha kwa akaunti hii. Cha kwanza hutumika kampeni isipotaja kingine.</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Leta</translation>
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
        <source>Pricing</source>
        <translation>Bei</translation>
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
        <source>Credits per Unic&amp;ode part:</source>
        <translation>Krediti kwa kila sehemu ya Unic&amp;ode:</translation>
    </message>
    <message>
        <source>A part of a message with emoji or other Unicode characters holds up to 70 characters (67 when the message has several parts).</source>
        <translation>Sehemu ya ujumbe wenye emoji au herufi nyingine za Unicode hubeba hadi herufi 70 (67 ujumbe unapokuwa na sehemu kadhaa).</translation>
    </message>
    <message>
        <source>Price per &amp;credit:</source>
        <translation>B&amp;ei kwa krediti:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>Sa&amp;rafu:</translation>
    </message>
    <message>
        <source>The three-letter code of the currency, such as KES or GHS.</source>
        <translation>Msimbo wa herufi tatu wa sarafu, kama KES au GHS.</translation>
    </message>
    <message>
        <source>&amp;Warn when the balance is below:</source>
        <translation>Onya salio likiwa &amp;chini ya:</translation>
    </message>
    <message>
        <source>The Accounts page and the status bar warn when the balance falls below this.</source>
        <translation>Ukurasa wa Akaunti na upau wa hali huonya salio linaposhuka chini ya kiasi hiki.</translation>
    </message>
    <message>
        <source>0, unless your QSMS dashboard shows another</source>
        <translation>0, isipokuwa dashibodi yako ya QSMS ionyeshe kingine</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no account called &quot;%1&quot;. Add it on the Accounts page first.</source>
        <translation>Hakuna akaunti inayoitwa &quot;%1&quot;. Iongeze kwanza kwenye ukurasa wa Akaunti.</translation>
    </message>
    <message>
        <source>Could not read or save the accounts.</source>
        <translation>Imeshindwa kusoma au kuhifadhi akaunti.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Ipe akaunti jina.</translation>
    </message>
    <message>
        <source>Choose the provider: QuickFlow, QSMS, 254sms or FlashSMS.</source>
        <translation>Chagua mtoa huduma: QuickFlow, QSMS, 254sms au FlashSMS.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API address (base URL). It is on the provider&apos;s API page, for example https://api.example.com/v1.</source>
        <translation>Weka anwani ya API ya mtoa huduma (base URL). Iko kwenye ukurasa wa API wa mtoa huduma, kwa mfano https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a web address. Copy it from the provider&apos;s API page, for example https://api.example.com/v1.</source>
        <translation>Anwani &quot;%1&quot; si anwani ya wavuti. Inakili kutoka kwenye ukurasa wa API wa mtoa huduma, kwa mfano https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; must start with https://: Tuma sends keys and messages only over an encrypted connection.</source>
        <translation>Anwani &quot;%1&quot; lazima ianze na https://: Tuma hutuma funguo na jumbe kupitia muunganisho uliosimbwa pekee.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region Tuma knows. Use a two-letter country code such as KE or GH.</source>
        <translation>&quot;%1&quot; si nchi ambayo Tuma inaijua. Tumia msimbo wa nchi wa herufi mbili kama KE au GH.</translation>
    </message>
    <message>
        <source>Prices and credits per part cannot be negative.</source>
        <translation>Bei na krediti kwa kila sehemu haziwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as KES or GHS.</source>
        <translation>Sarafu lazima iwe msimbo wa herufi tatu kama KES au GHS.</translation>
    </message>
    <message>
        <source>The low-balance warning cannot be below zero.</source>
        <translation>Onyo la salio la chini haliwezi kuwa chini ya sifuri.</translation>
    </message>
    <message>
        <source>The account no longer exists. It may have been removed.</source>
        <translation>Akaunti haipo tena. Huenda imeondolewa.</translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Akaunti inayoitwa &quot;%1&quot; tayari ipo. Chagua jina jingine.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>na nyingine %Ln</numerusform>
            <numerusform>na nyingine %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s) use this account and keep its history: %1. Delete them first, or keep the account.</source>
        <translation>
            <numerusform>Kampeni %Ln inatumia akaunti hii na inahifadhi historia yake: %1. Ifute kwanza, au iache akaunti.</numerusform>
            <numerusform>Kampeni %Ln zinatumia akaunti hii na zinahifadhi historia yake: %1. Zifute kwanza, au iache akaunti.</numerusform>
        </translation>
    </message>
    <message>
        <source>254sms needs your 254sms user name as well as the API key.</source>
        <translation>254sms inahitaji jina lako la mtumiaji la 254sms pamoja na ufunguo wa API.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ongeza…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>On&amp;doa…</translation>
    </message>
    <message>
        <source>No provider account yet. Add the account you already pay for (QuickFlow, QSMS, 254sms or FlashSMS), or a sandbox account to try Tuma for free.</source>
        <translation>Bado hakuna akaunti ya mtoa huduma. Ongeza akaunti unayoilipia tayari (QuickFlow, QSMS, 254sms au FlashSMS), au akaunti ya sandbox ili kujaribu Tuma bila malipo.</translation>
    </message>
    <message>
        <source>Campaigns use this account unless you choose another, and the status bar shows its balance.</source>
        <translation>Kampeni hutumia akaunti hii usipochagua nyingine, na upau wa hali huonyesha salio lake.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hariri…</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Salio</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Jaribu muunganisho</translation>
    </message>
    <message>
        <source>Ask the provider for the balance: it shows that the address and key work.</source>
        <translation>Muulize mtoa huduma salio: hii huonyesha kwamba anwani ya API na ufunguo vinafanya kazi.</translation>
    </message>
    <message>
        <source>Use for sending</source>
        <translation>Itumie kutuma</translation>
    </message>
    <message>
        <source>Top &amp;up with M-Pesa…</source>
        <translation>Ongeza salio kwa M-&amp;Pesa…</translation>
    </message>
</context>
<context>
    <name>AudienceFigures</name>
    <message>
        <source>The provider sends one text to everyone in its group, so the message cannot have placeholders such as &lt;&lt;%1&gt;&gt;: remove the placeholders, or send to contacts kept in Tuma.</source>
        <translation>Mtoa huduma hutuma maandishi mamoja kwa kila mtu katika kikundi chake, kwa hiyo ujumbe hauwezi kuwa na vishika-nafasi kama &lt;&lt;%1&gt;&gt;: ondoa vishika-nafasi, au tuma kwa anwani zilizo katika Tuma.</translation>
    </message>
    <message>
        <source>The provider&apos;s group &quot;%1&quot; has no contacts.</source>
        <translation>Kikundi &quot;%1&quot; cha mtoa huduma hakina anwani.</translation>
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
    <name>AuditLogDialog</name>
    <message>
        <source>Activity Log</source>
        <translation>Kumbukumbu ya Shughuli</translation>
    </message>
    <message>
        <source>Launches, pauses and cancellations of campaigns, account changes, imports, backups and restores: when, and by which user of this computer. Newest first.</source>
        <translation>Uzinduzi, usitishaji na ughairi wa kampeni, mabadiliko ya akaunti, uingizaji, nakala za akiba na urejeshaji: lini, na na mtumiaji yupi wa kompyuta hii. Za karibuni kwanza.</translation>
    </message>
    <message>
        <source>Filter: a campaign, an account, a user…</source>
        <translation>Chuja: kampeni, akaunti, mtumiaji…</translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <source>%1 credits</source>
        <translation>krediti %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>campaign %1 takes the campaign&apos;s ID (see `tuma-cli campaign list`).</source>
        <translation>campaign %1 inahitaji kitambulisho cha kampeni (tazama `tuma-cli campaign list`).</translation>
    </message>
    <message>
        <source>--window takes two times, such as 08:00-18:00.</source>
        <translation>--window inahitaji saa mbili, kwa mfano 08:00-18:00.</translation>
    </message>
    <message>
        <source>campaign create takes no ID.</source>
        <translation>campaign create haihitaji kitambulisho.</translation>
    </message>
    <message>
        <source>Give the campaign a --name.</source>
        <translation>Ipe kampeni jina kwa --name.</translation>
    </message>
    <message>
        <source>Choose the account to send through with --account.</source>
        <translation>Chagua akaunti ya kutumia kwa --account.</translation>
    </message>
    <message>
        <source>Give the message with either --template TEXT or --template-name NAME.</source>
        <translation>Toa ujumbe kwa --template MAANDISHI au kwa --template-name JINA, si vyote viwili.</translation>
    </message>
    <message>
        <source>--at takes a date and time such as 2026-12-24T09:00 (read in --tz).</source>
        <translation>--at inahitaji tarehe na saa kama 2026-12-24T09:00 (kwa saa za --tz).</translation>
    </message>
    <message>
        <source>No one would get this campaign: the groups are empty or everyone has opted out.</source>
        <translation>Hakuna atakayepokea kampeni hii: vikundi ni vitupu au kila mtu amejiondoa.</translation>
    </message>
    <message>
        <source>--max-cost takes an amount such as 5000.</source>
        <translation>--max-cost inahitaji kiasi kama 5000.</translation>
    </message>
    <message>
        <source>Campaign %1 waits until %2; run it again then.</source>
        <translation>Kampeni %1 inasubiri hadi %2; iendeshe tena wakati huo.</translation>
    </message>
    <message>
        <source>Campaign %1 is paused.</source>
        <translation>Kampeni %1 imesitishwa.</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>Bado hakuna kampeni.</translation>
    </message>
    <message>
        <source>Run `tuma-cli campaign run %1` (or keep Tuma open) to go on.</source>
        <translation>Endesha `tuma-cli campaign run %1` (au iache Tuma wazi) ili kuendelea.</translation>
    </message>
    <message>
        <source>Give the file to write with --csv FILE.</source>
        <translation>Taja faili la kuandika kwa --csv FAILI.</translation>
    </message>
    <message>
        <source>Plan, run and follow campaigns.</source>
        <translation>Panga, endesha na fuatilia kampeni.</translation>
    </message>
    <message>
        <source>create: the campaign&apos;s name.</source>
        <translation>create: jina la kampeni.</translation>
    </message>
    <message>
        <source>create: the account to send through.</source>
        <translation>create: akaunti ya kutumia kutuma.</translation>
    </message>
    <message>
        <source>create: a group to send to; repeatable.</source>
        <translation>create: kikundi cha kutumia; inaweza kurudiwa.</translation>
    </message>
    <message>
        <source>create: numbers to send to, comma-separated.</source>
        <translation>create: namba za kutumia, zikitenganishwa kwa koma.</translation>
    </message>
    <message>
        <source>create: the message, with &lt;&lt;placeholders&gt;&gt;.</source>
        <translation>create: ujumbe, pamoja na &lt;&lt;vijazi&gt;&gt;.</translation>
    </message>
    <message>
        <source>create: a saved template&apos;s name.</source>
        <translation>create: jina la kiolezo kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>create: the sender ID (default: the account&apos;s).</source>
        <translation>create: kitambulisho cha mtumaji (chaguo-msingi: cha akaunti).</translation>
    </message>
    <message>
        <source>create: when to send, e.g. 2026-12-24T09:00.</source>
        <translation>create: wakati wa kutuma, k.m. 2026-12-24T09:00.</translation>
    </message>
    <message>
        <source>create: the time zone of --at and --window (default: the account&apos;s region&apos;s).</source>
        <translation>create: saa za eneo za --at na --window (chaguo-msingi: za eneo la akaunti).</translation>
    </message>
    <message>
        <source>create: send only between these hours.</source>
        <translation>create: tuma kati ya saa hizi tu.</translation>
    </message>
    <message>
        <source>create: send nothing on Sundays.</source>
        <translation>create: usitume chochote Jumapili.</translation>
    </message>
    <message>
        <source>create: let the provider hold the messages until --at.</source>
        <translation>create: mtoa huduma ashikilie jumbe hadi --at.</translation>
    </message>
    <message>
        <source>run: refuse to launch above this cost.</source>
        <translation>run: kataa kuzindua ikiwa gharama inazidi hii.</translation>
    </message>
    <message>
        <source>run: do not wait for a future schedule.</source>
        <translation>run: usisubiri muda uliopangwa wa baadaye.</translation>
    </message>
    <message>
        <source>report: the CSV file to write.</source>
        <translation>report: faili la CSV la kuandika.</translation>
    </message>
    <message>
        <source>Could not ask the provider about deliveries: %1 The counts are those Tuma knew before.</source>
        <translation>Haikuweza kumwuliza mtoa huduma kuhusu uwasilishaji: %1 Idadi ni zile Tuma ilizojua hapo awali.</translation>
    </message>
    <message>
        <source>--where takes a field and its values, such as branch=Thika,Nakuru.</source>
        <translation>--where inachukua sehemu na thamani zake, kama branch=Thika,Nakuru.</translation>
    </message>
    <message>
        <source>create: also the contacts whose field holds one of the values, such as branch=Thika,Nakuru.</source>
        <translation>create: pia anwani ambazo sehemu yake ina mojawapo ya thamani, kama branch=Thika,Nakuru.</translation>
    </message>
    <message>
        <source>The provider has no group %1: %2</source>
        <translation>Mtoa huduma hana kikundi %1: %2</translation>
    </message>
    <message>
        <source>create: instead, a group the provider keeps (its id as the Accounts page lists them); one text for all.</source>
        <translation>create: badala yake, kikundi kilicho kwa mtoa huduma (kitambulisho chake kama ukurasa wa Akaunti unavyoorodhesha); maandishi mamoja kwa wote.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by %2, which will send it. Nothing was sent from here; --wait-turn waits for it.</source>
        <translation>Kampeni %1 inatumwa na %2, ambayo itaituma. Hakuna kilichotumwa kutoka hapa; --wait-turn husubiri zamu yake.</translation>
    </message>
    <message>
        <source>%1 is sending through this account; waiting for its turn…</source>
        <translation>%1 inatuma kupitia akaunti hii; inasubiri zamu yake…</translation>
    </message>
    <message>
        <source>Stopped while waiting; nothing was sent from here.</source>
        <translation>Imesimamishwa ikisubiri; hakuna kilichotumwa kutoka hapa.</translation>
    </message>
    <message>
        <source>run: while another process sends through the account, wait for it instead of stopping.</source>
        <translation>run: programu nyingine ikituma kupitia akaunti, isubiri badala ya kusimama.</translation>
    </message>
    <message>
        <source>The campaign is paused: `tuma-cli campaign resume %1`, then `tuma-cli campaign run %1`, sends them.</source>
        <translation>Kampeni imesitishwa: `tuma-cli campaign resume %1`, kisha `tuma-cli campaign run %1`, huzituma.</translation>
    </message>
    <message>
        <source>Decide for them with `tuma-cli campaign decide %1 --send-again` or `--count-as-sent`.</source>
        <translation>Amua kuhusu hizo kwa `tuma-cli campaign decide %1 --send-again` au `--count-as-sent`.</translation>
    </message>
    <message>
        <source>Say what becomes of the unknown messages: --send-again or --count-as-sent.</source>
        <translation>Sema nini kifanyike kwa jumbe zisizojulikana: --send-again au --count-as-sent.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use create, run, status, list, pause, resume, cancel, reconcile, decide or report.</source>
        <translation>Kitendo &quot;%1&quot; hakijulikani: tumia create, run, status, list, pause, resume, cancel, reconcile, decide au report.</translation>
    </message>
    <message>
        <source>create, run, status, list, pause, resume, cancel, reconcile, decide or report.</source>
        <translation>create, run, status, list, pause, resume, cancel, reconcile, decide au report.</translation>
    </message>
    <message>
        <source>decide: queue the unknown messages again (sent when the campaign is resumed).</source>
        <translation>decide: weka jumbe zisizojulikana foleni tena (zinatumwa kampeni ikiendelezwa).</translation>
    </message>
    <message>
        <source>decide: count the unknown messages as sent.</source>
        <translation>decide: hesabu jumbe zisizojulikana kuwa zimetumwa.</translation>
    </message>
    <message>
        <source>decide: only the unknown message to this number; repeatable.</source>
        <translation>decide: ujumbe usiojulikana wa nambari hii tu; kinaweza kurudiwa.</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s records: %1 of %2…</source>
        <translation>Inasoma kumbukumbu za mtoa huduma: %1 kati ya %2…</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 &quot;%2&quot;: %3, %Ln recipient(s)</source>
        <translation>
            <numerusform>Kampeni %1 &quot;%2&quot;: %3, mpokeaji %Ln</numerusform>
            <numerusform>Kampeni %1 &quot;%2&quot;: %3, wapokeaji %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 planned: %Ln recipient(s), SMS parts: %2, cost: %3 %4. Nothing is sent until `tuma-cli campaign run %1`.</source>
        <translation>
            <numerusform>Kampeni %1 imepangwa: mpokeaji %Ln, sehemu za SMS: %2, gharama: %3 %4. Hakuna kinachotumwa hadi `tuma-cli campaign run %1`.</numerusform>
            <numerusform>Kampeni %1 imepangwa: wapokeaji %Ln, sehemu za SMS: %2, gharama: %3 %4. Hakuna kinachotumwa hadi `tuma-cli campaign run %1`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) were being submitted when the last run stopped; they are unknown until `tuma-cli campaign reconcile %1` or you decide.</source>
        <translation>
            <numerusform>Ujumbe %Ln ulikuwa ukiwasilishwa uendeshaji uliopita uliposimama; hali yake haijulikani hadi `tuma-cli campaign reconcile %1` au uamuzi wako.</numerusform>
            <numerusform>Jumbe %Ln zilikuwa zikiwasilishwa uendeshaji uliopita uliposimama; hali yake haijulikani hadi `tuma-cli campaign reconcile %1` au uamuzi wako.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have been accepted: the provider did not answer. They are not sent again; `tuma-cli campaign reconcile %1` asks the provider.</source>
        <translation>
            <numerusform>Haijulikani kama ujumbe %Ln umekubaliwa: mtoa huduma hakujibu. Hautumwi tena; `tuma-cli campaign reconcile %1` humwuliza mtoa huduma.</numerusform>
            <numerusform>Haijulikani kama jumbe %Ln zimekubaliwa: mtoa huduma hakujibu. Hazitumwi tena; `tuma-cli campaign reconcile %1` humwuliza mtoa huduma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln settled from the provider&apos;s records</source>
        <translation>
            <numerusform>%Ln umethibitishwa kutoka kwenye kumbukumbu za mtoa huduma</numerusform>
            <numerusform>%Ln zimethibitishwa kutoka kwenye kumbukumbu za mtoa huduma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln never received (sent again when you resume the campaign)</source>
        <translation>
            <numerusform>%Ln haukupokelewa kamwe (utatumwa tena utakapoendeleza kampeni)</numerusform>
            <numerusform>%Ln hazikupokelewa kamwe (zitatumwa tena utakapoendeleza kampeni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still unknown</source>
        <translation>
            <numerusform>%Ln bado haujulikani</numerusform>
            <numerusform>%Ln bado hazijulikani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown message(s) queued again.</source>
        <translation>
            <numerusform>Ujumbe %Ln usiojulikana umewekwa foleni tena.</numerusform>
            <numerusform>Jumbe %Ln zisizojulikana zimewekwa foleni tena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown message(s) counted as sent.</source>
        <translation>
            <numerusform>Ujumbe %Ln usiojulikana umehesabiwa kuwa umetumwa.</numerusform>
            <numerusform>Jumbe %Ln zisizojulikana zimehesabiwa kuwa zimetumwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) written to %1.</source>
        <translation>
            <numerusform>Ujumbe %Ln umeandikwa kwenye %1.</numerusform>
            <numerusform>Jumbe %Ln zimeandikwa kwenye %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignControl</name>
    <message>
        <source>Campaign %1 is %2: only a running or scheduled campaign can be paused.</source>
        <translation>Kampeni %1 iko katika hali ya %2: ni kampeni inayotumwa au iliyopangwa tu inayoweza kusitishwa.</translation>
    </message>
    <message>
        <source>Paused by %1.</source>
        <translation>Imesitishwa na %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2, not paused.</source>
        <translation>Kampeni %1 iko katika hali ya %2, haijasitishwa.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2 already.</source>
        <translation>Kampeni %1 tayari iko katika hali ya %2.</translation>
    </message>
    <message>
        <source>Could not cancel the campaign.</source>
        <translation>Kampeni haikuweza kughairiwa.</translation>
    </message>
    <message>
        <source>Its time passed while Tuma was closed; resume it to send it.</source>
        <translation>Muda wake ulipita Tuma ikiwa imefungwa; iendeleze ili kuituma.</translation>
    </message>
    <message>
        <source>A launched campaign is scheduled or running.</source>
        <translation>Kampeni iliyozinduliwa huwa imepangwa au inatumwa.</translation>
    </message>
    <message>
        <source>Could not prepare the backup.</source>
        <translation>Nakala ya akiba haikuweza kutayarishwa.</translation>
    </message>
    <message>
        <source>Restored from a backup: check what has already gone out, then resume it.</source>
        <translation>Imerejeshwa kutoka nakala ya akiba: kagua kilichokwisha kutumwa, kisha iendeleze.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: its messages are not sent again.</source>
        <translation>Kampeni %1 iko katika hali ya %2: jumbe zake hazitumwi tena.</translation>
    </message>
    <message>
        <source>Could not queue the messages again.</source>
        <translation>Haikuwezekana kuweka jumbe foleni tena.</translation>
    </message>
    <message>
        <source>Could not count the messages as sent.</source>
        <translation>Haikuwezekana kuhesabu jumbe kuwa zimetumwa.</translation>
    </message>
    <message>
        <source>Counted as sent by %1.</source>
        <translation>Zimehesabiwa kuwa zimetumwa na %1.</translation>
    </message>
    <message>
        <source>%1 chose to send it again.</source>
        <translation>%1 amechagua kuutuma tena.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown message(s) will be sent again when you resume the campaign.</source>
        <translation>
            <numerusform>Ujumbe %Ln usiojulikana utatumwa tena utakapoendeleza kampeni.</numerusform>
            <numerusform>Jumbe %Ln zisizojulikana zitatumwa tena utakapoendeleza kampeni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDraft</name>
    <message>
        <source>Give the campaign a name, so you can find it later.</source>
        <translation>Ipe kampeni jina, ili uweze kuipata baadaye.</translation>
    </message>
    <message>
        <source>Choose a sender ID: this provider needs one. Add one to the account if it has none.</source>
        <translation>Chagua kitambulisho cha mtumaji: mtoa huduma huyu anakihitaji. Ongeza kimoja kwenye akaunti kama haina.</translation>
    </message>
    <message>
        <source>The account has no sender ID &quot;%1&quot;; it has: %2.</source>
        <translation>Akaunti haina kitambulisho cha mtumaji &quot;%1&quot;; ina: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive SMS: %2</source>
        <translation>&quot;%1&quot; haiwezi kupokea SMS: %2</translation>
    </message>
    <message>
        <source>A group the provider keeps is sent to alone: choose it, or Tuma&apos;s groups, fields and numbers, not both.</source>
        <translation>Kikundi anachohifadhi mtoa huduma hutumiwa peke yake: kichague, au vikundi, sehemu na namba za Tuma, si vyote viwili.</translation>
    </message>
    <message>
        <source>This provider cannot send to a group it keeps; choose Tuma&apos;s own groups.</source>
        <translation>Mtoa huduma huyu hawezi kutuma kwa kikundi anachohifadhi; chagua vikundi vya Tuma vyenyewe.</translation>
    </message>
    <message>
        <source>Choose who gets the message: a group, a field and its values, some numbers, or one of the provider&apos;s groups.</source>
        <translation>Chagua nani apokee ujumbe: kikundi, sehemu na thamani zake, namba kadhaa, au mojawapo ya vikundi vya mtoa huduma.</translation>
    </message>
    <message>
        <source>Choose who gets the message: a group, a field and its values, or some numbers.</source>
        <translation>Chagua nani apokee ujumbe: kikundi, sehemu na thamani zake, au namba kadhaa.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Andika ujumbe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name such as Africa/Nairobi or Africa/Accra.</source>
        <translation>&quot;%1&quot; si saa za eneo; tumia jina kama Africa/Nairobi au Africa/Accra.</translation>
    </message>
    <message>
        <source>The time chosen has passed: choose a later one, or send it now.</source>
        <translation>Wakati uliochaguliwa umepita: chagua wa baadaye, au uitume sasa.</translation>
    </message>
    <message>
        <source>This provider cannot hold messages until a time: let Tuma send them at that time instead (it must be running then).</source>
        <translation>Mtoa huduma huyu hawezi kushikilia ujumbe hadi wakati fulani: acha Tuma izitume wakati huo badala yake (lazima iwe inaendeshwa wakati huo).</translation>
    </message>
    <message>
        <source>Choose the time the provider should send it.</source>
        <translation>Chagua wakati ambao mtoa huduma anapaswa kuutuma.</translation>
    </message>
    <message>
        <source>Only a message that is the same for everyone can be held by the provider; this one has placeholders.</source>
        <translation>Ujumbe ulio sawa kwa kila mtu tu ndio unaoweza kushikiliwa na mtoa huduma; huu una vijazi.</translation>
    </message>
    <message>
        <source>The sending hours must end after they start, such as 08:00 to 18:00.</source>
        <translation>Saa za kutuma lazima ziishe baada ya kuanza, kwa mfano 08:00 hadi 18:00.</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>%1 (retry)</source>
        <translation>%1 (jaribio jipya)</translation>
    </message>
    <message>
        <source>No message of this campaign failed: there is nothing to retry.</source>
        <translation>Hakuna ujumbe wa kampeni hii ulioshindwa: hakuna cha kurudia.</translation>
    </message>
    <message>
        <source>The failures of &quot;%1&quot; were retried already, as &quot;%2&quot;.</source>
        <translation>Jumbe zilizoshindwa za &quot;%1&quot; zilishajaribiwa tena, kama &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CampaignStates</name>
    <message>
        <source>a draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>kupangwa</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>kutumwa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>kusitishwa</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>kukamilika</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kughairiwa</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Could not read or save the campaigns.</source>
        <translation>Haikuweza kusoma au kuhifadhi kampeni.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Ipe kampeni jina.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account does not exist.</source>
        <translation>Akaunti ya kampeni haipo.</translation>
    </message>
    <message>
        <source>There is no campaign %1. `tuma-cli campaign list` shows them.</source>
        <translation>Hakuna kampeni %1. `tuma-cli campaign list` huzionyesha.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2 now: another window or process changed it.</source>
        <translation>Kampeni %1 sasa iko katika hali ya %2: dirisha au programu nyingine imeibadilisha.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Hakuna kampeni %1.</translation>
    </message>
    <message>
        <source>The campaign was launched or removed meanwhile: it can no longer be changed.</source>
        <translation>Kampeni ilizinduliwa au kuondolewa wakati huo huo: haiwezi kubadilishwa tena.</translation>
    </message>
</context>
<context>
    <name>CampaignTexts</name>
    <message>
        <source>Not delivered: the number refuses promotional messages (Do Not Disturb). The customer can allow them with the network; sending again fails the same way.</source>
        <translation>Haujawasilishwa: nambari inakataa jumbe za matangazo (Usinisumbue). Mteja anaweza kuziruhusu kupitia mtandao wake; kutuma tena kutashindikana vivyo hivyo.</translation>
    </message>
    <message>
        <source>Not delivered: the phone stayed off or out of reach until the network gave up. Retry failed sends it again.</source>
        <translation>Haujawasilishwa: simu ilibaki imezimwa au nje ya mtandao hadi mtandao ukakata tamaa. &quot;Rudia zilizoshindwa&quot; huutuma tena.</translation>
    </message>
    <message>
        <source>Not delivered: the network says the number is not in use. Check it with the customer before sending again.</source>
        <translation>Haujawasilishwa: mtandao unasema nambari haitumiki. Ihakikishe na mteja kabla ya kutuma tena.</translation>
    </message>
    <message>
        <source>Not delivered. Retry failed sends it again; a number that fails every time may be wrong.</source>
        <translation>Haujawasilishwa. &quot;Rudia zilizoshindwa&quot; huutuma tena; nambari inayoshindikana kila mara huenda si sahihi.</translation>
    </message>
    <message>
        <source>Not delivered (the provider says &quot;%1&quot;). Retry failed sends it again; a number that fails every time may be wrong.</source>
        <translation>Haujawasilishwa (mtoa huduma anasema &quot;%1&quot;). &quot;Rudia zilizoshindwa&quot; huutuma tena; nambari inayoshindikana kila mara huenda si sahihi.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Inasubiri</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Kutuma</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Imekubaliwa na mtoa huduma</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Imewasilishwa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Imeshindwa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Imepitwa na muda</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Imeghairiwa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rasimu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Imepangiwa muda</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Imesitishwa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampeni</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Kampeni mpya…</translation>
    </message>
    <message>
        <source>No campaign yet. &quot;New campaign…&quot; chooses who gets a message, shows what it costs and when it will have gone out, then sends it through one of your accounts.</source>
        <translation>Bado hakuna kampeni. &quot;Kampeni mpya…&quot; huchagua watakaopokea ujumbe, huonyesha gharama yake na utakapokuwa umetumwa, kisha huutuma kupitia mojawapo ya akaunti zako.</translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Zindua…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Sitisha</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Endeleza</translation>
    </message>
    <message>
        <source>Ca&amp;ncel campaign…</source>
        <translation>Gh&amp;airi kampeni…</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>R&amp;udia zilizoshindwa</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Hamisha ripoti…</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Wapokeaji:</translation>
    </message>
    <message>
        <source>Search by number</source>
        <translation>Tafuta kwa namba</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Iliyotangulia</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Inayofuata</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>Ongeza sa&amp;lio…</translation>
    </message>
    <message>
        <source>C&amp;heck with the provider…</source>
        <translation>Ha&amp;kikisha na mtoa huduma…</translation>
    </message>
    <message>
        <source>&amp;Decide about unknown…</source>
        <translation>&amp;Amua kuhusu zisizojulikana…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ha&amp;riri…</translation>
    </message>
    <message>
        <source>Change the draft: anything can change until it is launched.</source>
        <translation>Badilisha rasimu: chochote kinaweza kubadilika hadi itakapozinduliwa.</translation>
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
        <source>Insert a placeholder that each contact&apos;s own value replaces. Write &lt;&lt;first_name|Customer&gt;&gt; to put &quot;Customer&quot; where a contact has no first name.</source>
        <translation>Ingiza kishika-nafasi ambacho thamani ya kila anwani hukibadilisha. Andika &lt;&lt;first_name|Mteja&gt;&gt; ili kuweka &quot;Mteja&quot; pale ambapo anwani haina jina la kwanza.</translation>
    </message>
    <message>
        <source>Write your message. &lt;&lt;first_name&gt;&gt; puts in each contact&apos;s own first name; &lt;&lt;first_name|Customer&gt;&gt; puts &quot;Customer&quot; where a contact has none.</source>
        <translation>Andika ujumbe wako. &lt;&lt;first_name&gt;&gt; huweka jina la kwanza la kila anwani; &lt;&lt;first_name|Mteja&gt;&gt; huweka &quot;Mteja&quot; pale ambapo anwani haina jina.</translation>
    </message>
</context>
<context>
    <name>ContactBulkWriter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uingizaji umeghairiwa; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>Could not read the contacts.</source>
        <translation>Imeshindwa kusoma anwani.</translation>
    </message>
    <message>
        <source>Could not write the contacts.</source>
        <translation>Imeshindwa kuandika anwani.</translation>
    </message>
    <message>
        <source>not an SQLite connection</source>
        <translation>si muunganisho wa SQLite</translation>
    </message>
    <message>
        <source>Could not write the contacts; nothing was imported.</source>
        <translation>Imeshindwa kuandika anwani; hakuna kilichoingizwa.</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>&quot;%1&quot; is not a region code; use a two-letter country code such as KE or GH.</source>
        <translation>&quot;%1&quot; si msimbo halali wa nchi; tumia msimbo wa nchi wa herufi mbili kama KE au GH.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation>Usimbaji &quot;%1&quot; haujulikani: tumia auto, utf-8, utf-16, utf-16le, utf-16be au windows-1252.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>Kitenganishi &quot;%1&quot; hakijulikani: tumia auto, &quot;,&quot;, &quot;;&quot;, tab au &quot;|&quot;.</translation>
    </message>
    <message>
        <source>auto (default), utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation>auto (chaguo-msingi), utf-8, utf-16, utf-16le, utf-16be au windows-1252.</translation>
    </message>
    <message>
        <source>auto (default), &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>auto (chaguo-msingi), &quot;,&quot;, &quot;;&quot;, tab au &quot;|&quot;.</translation>
    </message>
    <message>
        <source>.xlsx: the sheet&apos;s name or number (default: the first).</source>
        <translation>.xlsx: jina au nambari ya laha (chaguo-msingi: ya kwanza).</translation>
    </message>
    <message>
        <source>--limit needs a number of rows.</source>
        <translation>--limit inahitaji idadi ya safu.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Usimbaji: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Kitenganishi: %1</translation>
    </message>
    <message>
        <source>Sheets: %1</source>
        <translation>Laha: %1</translation>
    </message>
    <message>
        <source>--on-existing takes skip or update, not &quot;%1&quot;.</source>
        <translation>--on-existing inachukua skip au update, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checked %1 rows (nothing written): %2 new, %3 to update, %4 already there, %5 duplicates, %6 invalid.</source>
        <translation>Safu %1 zimekaguliwa (hakuna kilichoandikwa): %2 mpya, %3 za kusasishwa, %4 tayari zipo, %5 zilizorudiwa, %6 batili.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 imported, %3 updated, %4 already there, %5 duplicates, %6 invalid.</source>
        <translation>Safu %1 zimesomwa: %2 zimeingizwa, %3 zimesasishwa, %4 tayari zipo, %5 zilizorudiwa, %6 batili.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  mstari %1: %2</translation>
    </message>
    <message>
        <source>  … use --rejects FILE.csv to save every rejected row.</source>
        <translation>  … tumia --rejects FILE.csv kuhifadhi kila safu iliyokataliwa.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 inahitaji nambari kamili ya 0 au zaidi.</translation>
    </message>
    <message>
        <source>  (opted out)</source>
        <translation>  (imejiondoa)</translation>
    </message>
    <message>
        <source>%1 of %2 contacts.</source>
        <translation>Anwani %1 kati ya %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE (for example balance=1200).</source>
        <translation>&quot;%1&quot; si KEY=VALUE (kwa mfano balance=1200).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 imeongezwa.</translation>
    </message>
    <message>
        <source>Use: contacts list | contacts add PHONE | contacts remove PHONE | contacts export FILE.</source>
        <translation>Tumia: contacts list | contacts add PHONE | contacts remove PHONE | contacts export FILE.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 imeondolewa.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Anwani %1 zimehamishwa kwenda %2.</translation>
    </message>
    <message>
        <source>Use: groups list | groups create NAME | groups rename OLD NEW | groups delete NAME.</source>
        <translation>Tumia: groups list | groups create NAME | groups rename OLD NEW | groups delete NAME.</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>Bado hakuna vikundi.</translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot;.</source>
        <translation>Kikundi &quot;%1&quot; kimeundwa.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Jina &quot;%1&quot; limebadilishwa kuwa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Deleted the group &quot;%1&quot;; its contacts are kept.</source>
        <translation>Kikundi &quot;%1&quot; kimefutwa; anwani zake zimebaki.</translation>
    </message>
    <message>
        <source>Use: optout add PHONE | optout remove PHONE | optout list | optout import FILE.</source>
        <translation>Tumia: optout add PHONE | optout remove PHONE | optout list | optout import FILE.</translation>
    </message>
    <message>
        <source>No opted-out numbers.</source>
        <translation>Hakuna nambari zilizojiondoa.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 numbers added, %3 already listed, %4 invalid.</source>
        <translation>Safu %1 zimesomwa: nambari %2 zimeongezwa, %3 tayari zimo kwenye orodha, %4 batili.</translation>
    </message>
    <message>
        <source>%1 will receive no campaigns.</source>
        <translation>%1 haitapokea kampeni yoyote.</translation>
    </message>
    <message>
        <source>%1 was already opted out.</source>
        <translation>%1 tayari imejiondoa.</translation>
    </message>
    <message>
        <source>%1 is not on the opt-out list.</source>
        <translation>%1 haimo kwenye orodha ya waliojiondoa.</translation>
    </message>
    <message>
        <source>%1 may receive campaigns again.</source>
        <translation>%1 inaweza kupokea kampeni tena.</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, TSV or .xlsx file.</source>
        <translation>Ingiza anwani kutoka faili la CSV, TSV au .xlsx.</translation>
    </message>
    <message>
        <source>The spreadsheet to import.</source>
        <translation>Lahajedwali la kuingiza.</translation>
    </message>
    <message>
        <source>Put every contact of the file in this group (created if needed).</source>
        <translation>Weka kila anwani ya faili katika kikundi hiki (kitaundwa ikihitajika).</translation>
    </message>
    <message>
        <source>Region of national numbers, e.g. KE or GH (default: the settings&apos;).</source>
        <translation>Nchi ya nambari za kitaifa, k.m. KE au GH (chaguo-msingi: ya mipangilio).</translation>
    </message>
    <message>
        <source>Map a column: FIELD=COLUMN, FIELD one of phone, first_name, last_name, name, email, group or a custom field; COLUMN a header or a 1-based number. Repeatable.</source>
        <translation>Linganisha safu wima: FIELD=COLUMN, FIELD ikiwa mojawapo ya phone, first_name, last_name, name, email, group au sehemu maalum; COLUMN ikiwa kichwa au nambari inayoanzia 1. Inaweza kurudiwa.</translation>
    </message>
    <message>
        <source>The first row is data, not a header.</source>
        <translation>Safu ya kwanza ni data, si vichwa.</translation>
    </message>
    <message>
        <source>Numbers already saved: skip (default) or update.</source>
        <translation>Nambari zilizokwisha hifadhiwa: skip (chaguo-msingi) au update.</translation>
    </message>
    <message>
        <source>Save the rejected rows, with the reason, to this CSV file.</source>
        <translation>Hifadhi safu zilizokataliwa, pamoja na sababu, kwenye faili hili la CSV.</translation>
    </message>
    <message>
        <source>Check the file and count; write nothing.</source>
        <translation>Kagua faili na uhesabu; usiandike chochote.</translation>
    </message>
    <message>
        <source>Show a spreadsheet&apos;s first rows exactly as Tuma reads them.</source>
        <translation>Onyesha safu za kwanza za lahajedwali hasa kama Tuma inavyozisoma.</translation>
    </message>
    <message>
        <source>The spreadsheet to read.</source>
        <translation>Lahajedwali la kusoma.</translation>
    </message>
    <message>
        <source>At most N rows, header included (default 20).</source>
        <translation>Safu N kwa upeo, pamoja na vichwa (chaguo-msingi 20).</translation>
    </message>
    <message>
        <source>List, add, remove and export contacts.</source>
        <translation>Orodhesha, ongeza, ondoa na hamisha anwani.</translation>
    </message>
    <message>
        <source>list, add, remove or export.</source>
        <translation>list, add, remove au export.</translation>
    </message>
    <message>
        <source>list, export: only this group; add: also add to this group.</source>
        <translation>list, export: kikundi hiki tu; add: ongeza pia kwenye kikundi hiki.</translation>
    </message>
    <message>
        <source>list: names or numbers starting so.</source>
        <translation>list: majina au nambari zinazoanza hivyo.</translation>
    </message>
    <message>
        <source>list: at most N contacts.</source>
        <translation>list: anwani N kwa upeo.</translation>
    </message>
    <message>
        <source>list: skip the first N.</source>
        <translation>list: ruka N za kwanza.</translation>
    </message>
    <message>
        <source>add: first name.</source>
        <translation>add: jina la kwanza.</translation>
    </message>
    <message>
        <source>add: last name.</source>
        <translation>add: jina la mwisho.</translation>
    </message>
    <message>
        <source>add: email address.</source>
        <translation>add: anwani ya barua pepe.</translation>
    </message>
    <message>
        <source>add: a custom field, KEY=VALUE. Repeatable.</source>
        <translation>add: sehemu maalum, KEY=VALUE. Inaweza kurudiwa.</translation>
    </message>
    <message>
        <source>Region of a national PHONE (default: the settings&apos;).</source>
        <translation>Nchi ya PHONE ya kitaifa (chaguo-msingi: ya mipangilio).</translation>
    </message>
    <message>
        <source>List, create, rename and delete groups.</source>
        <translation>Orodhesha, unda, badilisha jina na futa vikundi.</translation>
    </message>
    <message>
        <source>list, create, rename or delete.</source>
        <translation>list, create, rename au delete.</translation>
    </message>
    <message>
        <source>Numbers that must never receive a campaign.</source>
        <translation>Nambari ambazo hazipaswi kamwe kupokea kampeni.</translation>
    </message>
    <message>
        <source>add, remove, list or import.</source>
        <translation>add, remove, list au import.</translation>
    </message>
    <message>
        <source>Region of national numbers (default: the settings&apos;).</source>
        <translation>Nchi ya nambari za kitaifa (chaguo-msingi: ya mipangilio).</translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation>%1 haina safu za kuingiza.</translation>
    </message>
    <message>
        <source>The contacts were imported, but the rejected rows could not be saved: %1</source>
        <translation>Anwani zimeingizwa, lakini safu zilizokataliwa hazikuweza kuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>--also-region takes one of %1, not &quot;%2&quot;.</source>
        <translation>--also-region inachukua mojawapo ya %1, si &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected number(s) are mobile numbers of %1 written its way: add --also-region %2 to import them as numbers of %1.</source>
        <translation>
            <numerusform>Nambari %Ln iliyokataliwa ni nambari ya simu ya mkononi ya %1 iliyoandikwa kwa mtindo wake: ongeza --also-region %2 kuiingiza kama nambari ya %1.</numerusform>
            <numerusform>Nambari %Ln zilizokataliwa ni nambari za simu za mkononi za %1 zilizoandikwa kwa mtindo wake: ongeza --also-region %2 kuziingiza kama nambari za %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers --region refuses that are mobile numbers of this market written its way (024 123 4567 for GH) are imported as its numbers. Repeatable.</source>
        <translation>Nambari ambazo --region inakataa lakini ni nambari za simu za mkononi za soko hili zilizoandikwa kwa mtindo wake (024 123 4567 kwa GH) zinaingizwa kama nambari zake. Inaweza kurudiwa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln members)</source>
        <translation>
            <numerusform>%1 (mwanachama %Ln)</numerusform>
            <numerusform>%1 (wanachama %Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Jina la &amp;kwanza:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Jina la &amp;mwisho:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Barua pepe:</translation>
    </message>
    <message>
        <source>Add a &amp;field…</source>
        <translation>&amp;Ongeza sehemu…</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Jumbe zilizotumwa</translation>
    </message>
    <message>
        <source>No campaign has sent this contact a message yet.</source>
        <translation>Bado hakuna kampeni iliyotuma ujumbe kwa anwani hii.</translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Uhamishaji umeghairiwa; hakuna faili lililoandikwa.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Anwani</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uingizaji umeghairiwa; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>%1 is already on line %2; the first one is kept.</source>
        <translation>%1 tayari iko kwenye mstari wa %2; ya kwanza imebaki.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Faili lina safu ya vichwa lakini halina safu za data.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Faili halina safu za kuingiza.</translation>
    </message>
    <message>
        <source>The file has not been checked yet.</source>
        <translation>Faili bado halijakaguliwa.</translation>
    </message>
    <message>
        <source>%1 is a landline in %4 (no SMS), or a mobile number of %2 (%3).</source>
        <translation>%1 ni simu ya mezani nchini %4 (haipokei SMS), au nambari ya simu ya mkononi ya %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a mobile number of %2 (%3), not of %4.</source>
        <translation>%1 ni nambari ya simu ya mkononi ya %2 (%3), si ya %4.</translation>
    </message>
    <message>
        <source>%1 is a mobile number in %2, written the way they all write them: write it with its country code (such as %3).</source>
        <translation>%1 ni nambari ya simu ya mkononi katika %2, iliyoandikwa kwa mtindo wanaoutumia wote: iandike pamoja na msimbo wa nchi yake (kama %3).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> au </translation>
    </message>
    <message>
        <source>%1 is a landline in %2 (no SMS).</source>
        <translation>%1 ni simu ya mezani nchini %2 (haipokei SMS).</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>Could not count the contacts.</source>
        <translation>Imeshindwa kuhesabu anwani.</translation>
    </message>
    <message>
        <source>Could not read the contacts.</source>
        <translation>Imeshindwa kusoma anwani.</translation>
    </message>
    <message>
        <source>Could not read the contact.</source>
        <translation>Imeshindwa kusoma anwani hiyo.</translation>
    </message>
    <message>
        <source>There is no such contact.</source>
        <translation>Hakuna anwani kama hiyo.</translation>
    </message>
    <message>
        <source>No contact has the number %1.</source>
        <translation>Hakuna anwani yenye nambari %1.</translation>
    </message>
    <message>
        <source>Could not save the contact.</source>
        <translation>Imeshindwa kuhifadhi anwani.</translation>
    </message>
    <message>
        <source>A contact with the number %1 already exists.</source>
        <translation>Anwani yenye nambari %1 tayari ipo.</translation>
    </message>
    <message>
        <source>Another contact already has the number %1.</source>
        <translation>Anwani nyingine tayari ina nambari %1.</translation>
    </message>
    <message>
        <source>Could not delete the contacts.</source>
        <translation>Imeshindwa kufuta anwani.</translation>
    </message>
    <message>
        <source>Could not read the contact fields.</source>
        <translation>Imeshindwa kusoma sehemu za anwani.</translation>
    </message>
    <message>
        <source>Could not save the contact fields.</source>
        <translation>Imeshindwa kuhifadhi sehemu za anwani.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field.</source>
        <translation>&quot;%1&quot; si sehemu.</translation>
    </message>
    <message>
        <source>Could not prepare sorting by %1.</source>
        <translation>Haikuweza kuandaa kupanga kwa %1.</translation>
    </message>
    <message>
        <source>Could not change the group.</source>
        <translation>Imeshindwa kubadilisha kikundi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: write it as name@example.com, or leave it empty.</source>
        <translation>&quot;%1&quot; si anwani ya barua pepe: iandike kama jina@mfano.com, au iache wazi.</translation>
    </message>
    <message>
        <source>Could not bring the contacts back.</source>
        <translation>Anwani hazikuweza kurudishwa.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search names and numbers</source>
        <translation>Tafuta majina na nambari</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Tafuta anwani</translation>
    </message>
    <message>
        <source>Show group</source>
        <translation>Onyesha kikundi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ongeza…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hariri…</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Vikundi</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>F&amp;uta…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Ingiza…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Hami&amp;sha…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>No contacts yet. Import a spreadsheet from Excel, a loan system or a till, or add a contact by hand.</source>
        <translation>Bado hakuna anwani. Ingiza lahajedwali kutoka Excel, mfumo wa mikopo au mashine ya malipo (till), au ongeza anwani kwa mkono.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Ingiza lahajedwali…</translation>
    </message>
    <message>
        <source>Send &amp;SMS…</source>
        <translation>&amp;Tuma SMS…</translation>
    </message>
    <message>
        <source>A new campaign to the selected contacts</source>
        <translation>Kampeni mpya kwa anwani zilizochaguliwa</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2 contains a NUL character: this is not a text export. Save the sheet as CSV or .xlsx and try again.</source>
        <translation>Mstari %1, safu wima %2 una herufi ya NUL: hili si faili la maandishi lililohamishwa. Hifadhi laha kama CSV au .xlsx kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted cell starts here but its closing quote is missing. Check that line in a text editor.</source>
        <translation>Mstari %1, safu wima %2: kisanduku chenye alama za nukuu kinaanzia hapa lakini alama yake ya nukuu ya kufunga haipo. Kagua mstari huo katika kihariri cha maandishi.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns, more than any spreadsheet allows. Check the delimiter, or that the file is a spreadsheet export.</source>
        <translation>Mstari %1 una safu wima zaidi ya %2, zaidi ya lahajedwali lolote linavyoruhusu. Kagua kitenganishi, au hakikisha kwamba faili limehamishwa kutoka lahajedwali.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted cell runs on for more than %3 characters; its closing quote is probably missing.</source>
        <translation>Mstari %1, safu wima %2: kisanduku chenye alama za nukuu kinaendelea kwa zaidi ya herufi %3; huenda alama yake ya nukuu ya kufunga haipo.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a cell is longer than %3 characters. The file is probably not a spreadsheet export.</source>
        <translation>Mstari %1, safu wima %2: kisanduku kina zaidi ya herufi %3. Huenda faili hili halikuhamishwa kutoka lahajedwali.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is not a text export. Save the sheet as CSV or .xlsx and try again.</source>
        <translation>Mstari %1 una baiti ya NUL: hili si faili la maandishi lililohamishwa. Hifadhi laha kama CSV au .xlsx kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Choose the file&apos;s encoding (for example Windows-1252) and try again, or save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>Mstari %1 si maandishi halali ya %2. Chagua usimbaji wa faili (kwa mfano Windows-1252) kisha ujaribu tena, au lihifadhi kutoka Excel kama &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Could not read the file.</source>
        <translation>Imeshindwa kusoma faili.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Imeshindwa kuandika %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Siku 30 zilizopita</translation>
    </message>
    <message>
        <source>messages sent</source>
        <translation>jumbe zilizotumwa</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>zilizotumika</translation>
    </message>
    <message>
        <source>delivered of those with a final report</source>
        <translation>zimewasilishwa kati ya zile zenye ripoti ya mwisho</translation>
    </message>
    <message>
        <source>campaigns sending or scheduled</source>
        <translation>kampeni zinazotuma au zilizoratibiwa</translation>
    </message>
    <message>
        <source>Recent campaigns</source>
        <translation>Kampeni za karibuni</translation>
    </message>
    <message>
        <source>Double-click a campaign to open it</source>
        <translation>Bofya mara mbili kampeni ili kuifungua</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salio</translation>
    </message>
    <message>
        <source>&amp;Check balances</source>
        <translation>&amp;Angalia salio</translation>
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
    <message>
        <source>The database update would break links between its records.</source>
        <translation>Usasishaji wa hifadhidata ungevunja viungo kati ya rekodi zake.</translation>
    </message>
    <message>
        <source>Tuma cannot create its database at %1. Check the permissions of that folder, or choose another place.</source>
        <translation>Tuma haiwezi kuunda hifadhidata yake kwenye %1. Kagua ruhusa za folda hiyo, au chagua mahali pengine.</translation>
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
    <name>DeliveryReceiver</name>
    <message>
        <source>The delivery report receiver could not listen on %1 port %2. Another program may use the port: choose another one.</source>
        <translation>Kipokezi cha ripoti za uwasilishaji hakikuweza kusikiliza kwenye %1, mlango %2. Huenda programu nyingine inatumia mlango huo: chagua mwingine.</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>Could not read the groups.</source>
        <translation>Imeshindwa kusoma vikundi.</translation>
    </message>
    <message>
        <source>There is no group called &quot;%1&quot;.</source>
        <translation>Hakuna kikundi kinachoitwa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Kikundi kinahitaji jina.</translation>
    </message>
    <message>
        <source>Could not create the group.</source>
        <translation>Imeshindwa kuunda kikundi.</translation>
    </message>
    <message>
        <source>A group called &quot;%1&quot; already exists.</source>
        <translation>Kikundi kinachoitwa &quot;%1&quot; tayari kipo.</translation>
    </message>
    <message>
        <source>Could not rename the group.</source>
        <translation>Imeshindwa kubadilisha jina la kikundi.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Hakuna kikundi kama hicho.</translation>
    </message>
    <message>
        <source>Could not delete the group.</source>
        <translation>Imeshindwa kufuta kikundi.</translation>
    </message>
    <message>
        <source>Could not change the group.</source>
        <translation>Imeshindwa kubadilisha kikundi.</translation>
    </message>
    <message>
        <source>Could not read where the group was sent.</source>
        <translation>Haikuweza kusoma kikundi kilipotumwa.</translation>
    </message>
    <message>
        <source>Could not save where the group was sent.</source>
        <translation>Haikuweza kuhifadhi kikundi kilipotumwa.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Vikundi</translation>
    </message>
    <message>
        <source>Drag contacts from the table onto a group to add them.</source>
        <translation>Buruta anwani kutoka kwenye jedwali hadi kwenye kikundi ili kuziongeza.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Kipya…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Badilisha Jina…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>F&amp;uta…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Onyesha</translation>
    </message>
    <message>
        <source>Search names and numbers</source>
        <translation>Tafuta majina na nambari</translation>
    </message>
    <message>
        <source>Re&amp;move from Group</source>
        <translation>&amp;Ondoa kwenye Kikundi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Anwani</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Messages the provider has sent</source>
        <translation>Jumbe ambazo mtoa huduma ametuma</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Iliyotangulia</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Inayofuata</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>J&amp;umbe:</translation>
    </message>
    <message>
        <source>Messages in this state</source>
        <translation>Jumbe zilizo katika hali hii</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>L&amp;ini:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Do not import</source>
        <translation>Usiingize</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nambari ya simu</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Jina kamili (litagawanywa)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Sehemu maalum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN (for example phone=Mobile or phone=2).</source>
        <translation>&quot;%1&quot; si FIELD=COLUMN (kwa mfano phone=Mobile au phone=2).</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>Faili halina safu wima &quot;%1&quot;. Safu wima zake ni: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column number.</source>
        <translation>&quot;%1&quot; si nambari ya safu wima.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a field name: use letters, digits and _.</source>
        <translation>&quot;%1&quot; haiwezi kuwa jina la sehemu: tumia herufi, tarakimu na _.</translation>
    </message>
    <message>
        <source>No column is the phone number. Choose which column holds the numbers (tuma-cli: --map phone=COLUMN).</source>
        <translation>Hakuna safu wima ya nambari ya simu. Chagua safu wima yenye nambari (tuma-cli: --map phone=COLUMN).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Ingiza Anwani</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Chagua lahajedwali</translation>
    </message>
    <message>
        <source>CSV, TSV or text exports and Excel .xlsx workbooks. Tuma works out the encoding and the delimiter; change them here if the preview looks wrong.</source>
        <translation>Faili za CSV, TSV au maandishi yaliyohamishwa, na vitabu vya kazi vya Excel .xlsx. Tuma hutambua usimbaji na kitenganishi; vibadilishe hapa ikiwa onyesho la awali halionekani sawa.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Faili la kuingiza</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Vinjari…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Usimbaji:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Kitenganishi:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Laha:</translation>
    </message>
    <message>
        <source>&amp;Numbers without a country code are from:</source>
        <translation>&amp;Nambari zisizo na msimbo wa nchi ni za:</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation>Safu ya kwanza ina &amp;majina ya safu wima</translation>
    </message>
    <message>
        <source>The first rows as Tuma reads them</source>
        <translation>Safu za kwanza kama Tuma inavyozisoma</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Linganisha safu wima</translation>
    </message>
    <message>
        <source>Tell Tuma what each column holds. Columns you do not need can stay out; any other column can become a field for your messages, such as &lt;&lt;balance&gt;&gt;.</source>
        <translation>Iambie Tuma kila safu wima ina nini. Safu wima usizohitaji zinaweza kuachwa nje; safu wima nyingine yoyote inaweza kuwa sehemu ya jumbe zako, kama &lt;&lt;balance&gt;&gt;.</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Ulinganisho uliohifadhiwa:</translation>
    </message>
    <message>
        <source>Sa&amp;ve This Mapping…</source>
        <translation>&amp;Hifadhi Ulinganisho Huu…</translation>
    </message>
    <message>
        <source>Columns and what they hold</source>
        <translation>Safu wima na yaliyomo</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Kagua safu</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Look at what Tuma found, then import.</source>
        <translation>Bado hakuna kilichoandikwa. Angalia kile ambacho Tuma imepata, kisha ingiza.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Maendeleo ya ukaguzi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Safu ambazo hazitaingizwa</translation>
    </message>
    <message>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Hifadhi Safu &amp;Zilizokataliwa…</translation>
    </message>
    <message>
        <source>Add the &amp;Ticked Numbers Anyway</source>
        <translation>&amp;Ongeza Nambari Zilizotiwa Alama Hata Hivyo</translation>
    </message>
    <message>
        <source>For new number ranges that Tuma&apos;s phone number rules (from 2022) do not know yet.</source>
        <translation>Kwa masafa mapya ya nambari ambayo kanuni za nambari za simu za Tuma (za 2022) bado hazijayajua.</translation>
    </message>
    <message>
        <source>Numbers already saved:</source>
        <translation>Nambari zilizokwisha hifadhiwa:</translation>
    </message>
    <message>
        <source>&amp;Keep what is saved</source>
        <translation>&amp;Acha kilichohifadhiwa</translation>
    </message>
    <message>
        <source>&amp;Update from the file</source>
        <translation>&amp;Sasisha kutoka kwenye faili</translation>
    </message>
    <message>
        <source>Put everyone in the &amp;group:</source>
        <translation>Weka kila mtu katika &amp;kikundi:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <source>All or nothing: if the import stops, the contacts stay exactly as they were.</source>
        <translation>Yote au hakuna: uingizaji ukisimama, anwani zinabaki hasa kama zilivyokuwa.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Maendeleo ya uingizaji</translation>
    </message>
</context>
<context>
    <name>LeaseStore</name>
    <message>
        <source>Could not read or save who is sending through an account.</source>
        <translation>Haikuweza kusoma au kuhifadhi nani anatuma kupitia akaunti.</translation>
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
    <message>
        <source>&amp;Activity Log…</source>
        <translation>&amp;Kumbukumbu ya Shughuli…</translation>
    </message>
    <message>
        <source>Who launched, paused or cancelled campaigns and changed accounts, and when</source>
        <translation>Nani alizindua, alisitisha au alighairi kampeni na alibadilisha akaunti, na lini</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Mwanzo wa Kutumia</translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Could not read the saved mappings.</source>
        <translation>Imeshindwa kusoma ulinganisho uliohifadhiwa.</translation>
    </message>
    <message>
        <source>There is no saved mapping called &quot;%1&quot;.</source>
        <translation>Hakuna ulinganisho uliohifadhiwa unaoitwa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Ulinganisho uliohifadhiwa unahitaji jina.</translation>
    </message>
    <message>
        <source>Could not save the mapping.</source>
        <translation>Imeshindwa kuhifadhi ulinganisho.</translation>
    </message>
    <message>
        <source>Could not delete the mapping.</source>
        <translation>Imeshindwa kufuta ulinganisho.</translation>
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
    <message>
        <source>The balance is unknown: %1</source>
        <translation>Salio halijulikani: %1</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Kampeni mpya</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampeni</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>For example: December reminder</source>
        <translation>Kwa mfano: Kikumbusho cha Desemba</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akaunti:</translation>
    </message>
    <message>
        <source>Sender &amp;ID:</source>
        <translation>Kitambulisho cha &amp;mtumaji:</translation>
    </message>
    <message>
        <source>Who gets it</source>
        <translation>Watakaoupokea</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Vikundi:</translation>
    </message>
    <message>
        <source>And these n&amp;umbers:</source>
        <translation>Na namba &amp;hizi:</translation>
    </message>
    <message>
        <source>Typed or pasted, one per line or separated by commas</source>
        <translation>Zilizoandikwa au kubandikwa, moja kwa kila mstari au zikitenganishwa kwa koma</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>As soon as it is la&amp;unched</source>
        <translation>Mara tu inapo&amp;zinduliwa</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>&amp;Wakati:</translation>
    </message>
    <message>
        <source>Only &amp;between:</source>
        <translation>&amp;Kati ya saa:</translation>
    </message>
    <message>
        <source>Not on &amp;Sundays</source>
        <translation>Si Jumapi&amp;li</translation>
    </message>
    <message>
        <source>Let the &amp;provider hold the messages until then (they go out even if this computer is off)</source>
        <translation>Mtoa huduma a&amp;shikilie jumbe hadi wakati huo (zitatumwa hata kompyuta hii ikiwa imezimwa)</translation>
    </message>
    <message>
        <source>Send a test to &amp;my phone:</source>
        <translation>Tuma jaribio kwa &amp;simu yangu:</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Tuma &amp;jaribio</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Rudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>&amp;Review cost and time &gt;</source>
        <translation>Kagua &amp;gharama na muda &gt;</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Hifadhi kama rasi&amp;mu</translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Zindua…</translation>
    </message>
    <message>
        <source>What the first recipients get:</source>
        <translation>Wapokeaji wa kwanza watapata:</translation>
    </message>
    <message>
        <source>And the contacts &amp;whose</source>
        <translation>Na anwani &amp;ambazo</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ni</translation>
    </message>
    <message>
        <source>one of these values, separated by commas</source>
        <translation>mojawapo ya thamani hizi, zikitenganishwa kwa koma</translation>
    </message>
    <message>
        <source>Or instead, a group the pr&amp;ovider keeps (one text for all its members):</source>
        <translation>Au &amp;badala yake, kikundi kilicho kwa mtoa huduma (maandishi mamoja kwa wanachama wake wote):</translation>
    </message>
</context>
<context>
    <name>OptOutImport</name>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Faili halina safu za kuingiza.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uingizaji umeghairiwa; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>No column of the file holds phone numbers: put the numbers in a column headed &quot;Phone&quot;.</source>
        <translation>Hakuna safu wima ya faili yenye nambari za simu: weka nambari katika safu wima yenye kichwa &quot;Phone&quot;.</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>hakuna nambari</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Numbers on this list never receive a campaign, whether or not they are contacts. Opted-out contacts are marked in the contacts table.</source>
        <translation>Nambari zilizo kwenye orodha hii hazipokei kampeni kamwe, ziwe ni anwani au la. Anwani zilizojiondoa zimewekwa alama katika jedwali la anwani.</translation>
    </message>
    <message>
        <source>Search numbers</source>
        <translation>Tafuta nambari</translation>
    </message>
    <message>
        <source>Search opted-out numbers</source>
        <translation>Tafuta nambari zilizojiondoa</translation>
    </message>
    <message>
        <source>&amp;Add Number…</source>
        <translation>&amp;Ongeza Nambari…</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>&amp;Ingiza kutoka Faili…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>On&amp;doa</translation>
    </message>
    <message>
        <source>Opted-out numbers</source>
        <translation>Nambari zilizojiondoa</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A delivery report can only make a message delivered or failed.</source>
        <translation>Ripoti ya uwasilishaji inaweza tu kuweka ujumbe kuwa umewasilishwa au umeshindwa.</translation>
    </message>
    <message>
        <source>Could not record the delivery report.</source>
        <translation>Imeshindwa kurekodi ripoti ya uwasilishaji.</translation>
    </message>
    <message>
        <source>Could not read or save the outbox.</source>
        <translation>Haikuweza kusoma au kuhifadhi sanduku la kutuma.</translation>
    </message>
    <message>
        <source>Sending was interrupted after the request left: the provider may or may not have the message.</source>
        <translation>Utumaji ulikatizwa baada ya ombi kuondoka: huenda mtoa huduma ana ujumbe au hana.</translation>
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
    <message>
        <source>&quot;%1&quot; cannot be an international number: it needs 7 to 15 digits.</source>
        <translation>&quot;%1&quot; haiwezi kuwa nambari ya kimataifa: inahitaji tarakimu 7 hadi 15.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Could not write the campaign&apos;s messages to the outbox. Nothing was launched; try again.</source>
        <translation>Haikuweza kuandika jumbe za kampeni kwenye sanduku la kutuma. Hakuna kilichozinduliwa; jaribu tena.</translation>
    </message>
    <message>
        <source>Campaign %1 was launched already (it is %2).</source>
        <translation>Kampeni %1 ilishazinduliwa (iko katika hali ya %2).</translation>
    </message>
    <message>
        <source>The campaign has no one to send to: its groups are empty or everyone in them has opted out.</source>
        <translation>Kampeni haina mtu wa kumtumia: vikundi vyake ni vitupu au kila mtu ndani yake amejiondoa.</translation>
    </message>
    <message>
        <source>The campaign would cost %1 %2, more than the %3 %2 allowed. Nothing was sent.</source>
        <translation>Kampeni ingegharimu %1 %2, zaidi ya %3 %2 zilizoruhusiwa. Hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>The provider did not say how many contacts its group &quot;%1&quot; has, so the cost cannot be held to %2 %3. Nothing was sent.</source>
        <translation>Mtoa huduma hakusema kikundi chake &quot;%1&quot; kina anwani ngapi, kwa hiyo gharama haiwezi kuzuiliwa kwa %2 %3. Hakuna kilichotumwa.</translation>
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
    <name>PrivateFiles</name>
    <message>
        <source>Tuma could not make %1 readable by you alone. Check that the file is yours.</source>
        <translation>Tuma haikuweza kufanya %1 isomeke na wewe peke yako. Hakikisha kuwa faili ni lako.</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The provider did not accept the account&apos;s key. Check the key (and secret or username) in the account&apos;s settings.</source>
        <translation>Mtoa huduma hakukubali ufunguo wa akaunti. Kagua ufunguo (na siri au jina la mtumiaji) katika mipangilio ya akaunti.</translation>
    </message>
    <message>
        <source>The account&apos;s key is not allowed to do this. Give the key the missing permission in the provider&apos;s dashboard.</source>
        <translation>Ufunguo wa akaunti hauruhusiwi kufanya hivi. Upe ufunguo ruhusa inayokosekana kwenye dashibodi ya mtoa huduma.</translation>
    </message>
    <message>
        <source>The account does not have enough credit. Top up, then try again.</source>
        <translation>Akaunti haina krediti za kutosha. Ongeza salio, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The provider is receiving too many requests. Tuma waits and tries again.</source>
        <translation>Mtoa huduma anapokea maombi mengi mno. Tuma inasubiri na itajaribu tena.</translation>
    </message>
    <message>
        <source>The provider refused the phone number. Check it and try again.</source>
        <translation>Mtoa huduma amekataa nambari ya simu. Ikague kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The provider refused the request as incomplete or invalid.</source>
        <translation>Mtoa huduma amekataa ombi kwa kuwa halijakamilika au si halali.</translation>
    </message>
    <message>
        <source>The provider does not know this item. It may have been deleted.</source>
        <translation>Mtoa huduma hakitambui kipengee hiki. Huenda kimefutwa.</translation>
    </message>
    <message>
        <source>The provider had a problem and could not answer. Try again in a few minutes.</source>
        <translation>Mtoa huduma amepata tatizo na hakuweza kujibu. Jaribu tena baada ya dakika chache.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the internet connection and the account&apos;s address.</source>
        <translation>Imeshindwa kumfikia mtoa huduma. Kagua muunganisho wa intaneti na anwani ya API ya akaunti.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Try again in a few minutes.</source>
        <translation>Mtoa huduma hakujibu kwa wakati. Jaribu tena baada ya dakika chache.</translation>
    </message>
    <message>
        <source>The connection broke after the messages were sent to the provider, so Tuma cannot tell whether they were accepted. They are not sent again automatically; check the provider&apos;s history before sending them again.</source>
        <translation>Muunganisho ulikatika baada ya jumbe kutumwa kwa mtoa huduma, kwa hiyo Tuma haiwezi kujua kama zimekubaliwa. Hazitatumwa tena kiotomatiki; kagua historia ya mtoa huduma kabla ya kuzituma tena.</translation>
    </message>
    <message>
        <source>This provider does not offer this.</source>
        <translation>Mtoa huduma huyu hatoi huduma hii.</translation>
    </message>
    <message>
        <source>The account&apos;s settings are not usable. Check its address and key.</source>
        <translation>Mipangilio ya akaunti haiwezi kutumika. Kagua anwani yake ya API na ufunguo.</translation>
    </message>
</context>
<context>
    <name>ProviderGroupsTab</name>
    <message>
        <source>Groups the provider keeps:</source>
        <translation>Vikundi vilivyo kwa mtoa huduma:</translation>
    </message>
    <message>
        <source>Groups the provider keeps</source>
        <translation>Vikundi vilivyo kwa mtoa huduma</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Send a Tuma group…</source>
        <translation>Tuma kikundi cha Tuma…</translation>
    </message>
    <message>
        <source>&amp;Bring into Tuma</source>
        <translation>&amp;Leta kwenye Tuma</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Badilisha jina…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>F&amp;uta…</translation>
    </message>
    <message>
        <source>Contacts in the selected group:</source>
        <translation>Anwani katika kikundi kilichochaguliwa:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation>Anwani katika kikundi kilichochaguliwa</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Hariri anwani…</translation>
    </message>
    <message>
        <source>Delete contact…</source>
        <translation>Futa anwani…</translation>
    </message>
</context>
<context>
    <name>ProviderSession</name>
    <message>
        <source>This build of Tuma has no simulator, so sandbox accounts cannot send or read anything. Use an account of a real provider.</source>
        <translation>Toleo hili la Tuma halina kiigaji, kwa hiyo akaunti za sandbox haziwezi kutuma wala kusoma chochote. Tumia akaunti ya mtoa huduma halisi.</translation>
    </message>
</context>
<context>
    <name>ProviderTemplatesTab</name>
    <message>
        <source>Templates the provider keeps</source>
        <translation>Violezo vilivyo kwa mtoa huduma</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Send a Tuma template…</source>
        <translation>Tuma kiolezo cha Tuma…</translation>
    </message>
    <message>
        <source>Copy &amp;into Tuma</source>
        <translation>&amp;Nakili kwenye Tuma</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>F&amp;uta…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Diski</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Faili la %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folda</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folda &amp;Mpya</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Badilisha jina</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chagua</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mafaili Yote (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Badilisha kwenda mwonekano wa maelezo</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Badilisha kwenda mwonekano wa orodha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Unda Folda Mpya</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Unda Folda Mpya</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Mwonekano wa Maelezo</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Jina la faili:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Mafaili</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Mafaili ya aina:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Rudi nyuma</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Nenda mbele</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Nenda kwenye folda mama</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Mwonekano wa Orodha</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Orodha ya mahali na alamisho</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tafuta ndani ya:</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folda Mama</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Onyesha mafaili &amp;yaliyofichwa</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Upau wa pembeni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Hifadhi Kama</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tafuta Folda</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folda:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folda Mpya</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folda haikuweza kufutwa.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Una uhakika unataka kufuta &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; imelindwa dhidi ya kuandikwa.
Unataka kuifuta hata hivyo?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 tayari lipo.
Unataka kulibadilisha?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Faili halikupatikana.
Tafadhali hakikisha jina sahihi la faili limetolewa.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folda haikupatikana.
Tafadhali hakikisha jina sahihi la folda limetolewa.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tarehe ya Kubadilishwa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Aina</translation>
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
    <name>QuickSendTab</name>
    <message>
        <source>T&amp;o:</source>
        <translation>K&amp;wa:</translation>
    </message>
    <message>
        <source>0712 345 678, +254 723 456 789</source>
        <translation>0712 345 678, +254 723 456 789</translation>
    </message>
    <message>
        <source>Sender &amp;ID:</source>
        <translation>Kitam&amp;bulisho cha mtumaji:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Ujumbe:</translation>
    </message>
    <message>
        <source>Sen&amp;d now</source>
        <translation>Tuma &amp;sasa</translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page inachukua nambari ya ukurasa kuanzia 1.</translation>
    </message>
    <message>
        <source>%1 keeps no contact groups Tuma can list; QuickFlow and FlashSMS do.</source>
        <translation>%1 haihifadhi vikundi vya anwani ambavyo Tuma inaweza kuorodhesha; QuickFlow na FlashSMS huhifadhi.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%Ln member(s))</source>
        <translation>
            <numerusform>%1  %2 (mwanachama %Ln)</numerusform>
            <numerusform>%1  %2 (wanachama %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups.</source>
        <translation>Hakuna vikundi.</translation>
    </message>
    <message>
        <source>Page %1 of %2.</source>
        <translation>Ukurasa %1 kati ya %2.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit huchukua nambari kuanzia 1 hadi 1000.</translation>
    </message>
    <message>
        <source>%1 does not let Tuma list the contacts it keeps; QuickFlow and FlashSMS do.</source>
        <translation>%1 hairuhusu Tuma kuorodhesha anwani inazohifadhi; QuickFlow na FlashSMS huruhusu.</translation>
    </message>
    <message>
        <source>No contacts on this page.</source>
        <translation>Hakuna anwani kwenye ukurasa huu.</translation>
    </message>
    <message>
        <source>%1 keeps no message templates; FlashSMS does.</source>
        <translation>%1 haihifadhi violezo vya jumbe; FlashSMS huhifadhi.</translation>
    </message>
    <message>
        <source>No templates.</source>
        <translation>Hakuna violezo.</translation>
    </message>
    <message>
        <source>Sent the template &quot;%1&quot; to %2.</source>
        <translation>Kiolezo &quot;%1&quot; kimetumwa kwa %2.</translation>
    </message>
    <message>
        <source>remote %1 takes an ACCOUNT.</source>
        <translation>remote %1 huchukua ACCOUNT.</translation>
    </message>
    <message>
        <source>remote template-upload takes an ACCOUNT and the NAME of a Tuma template.</source>
        <translation>remote template-upload huchukua ACCOUNT na NAME ya kiolezo cha Tuma.</translation>
    </message>
    <message>
        <source>%1 gives no record of credit bought and used; FlashSMS does.</source>
        <translation>%1 haitoi rekodi ya krediti zilizonunuliwa na kutumika; FlashSMS hutoa.</translation>
    </message>
    <message>
        <source>No transactions on this page.</source>
        <translation>Hakuna miamala kwenye ukurasa huu.</translation>
    </message>
    <message>
        <source>%1 gives no report per recipient of a message; FlashSMS does. `status` gives a message&apos;s state.</source>
        <translation>%1 haitoi ripoti ya kila mpokeaji wa ujumbe; FlashSMS hutoa. `status` hutoa hali ya ujumbe.</translation>
    </message>
    <message>
        <source>The provider lists no recipients for %1.</source>
        <translation>Mtoa huduma haorodheshi wapokeaji wowote wa %1.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Jina la akaunti.</translation>
    </message>
    <message>
        <source>groups: only names containing this.</source>
        <translation>groups: majina yenye maneno haya tu.</translation>
    </message>
    <message>
        <source>groups, members: page number (default 1).</source>
        <translation>groups, members: nambari ya ukurasa (chaguo-msingi 1).</translation>
    </message>
    <message>
        <source>members: contacts per page (default 50).</source>
        <translation>members: anwani kwa kila ukurasa (chaguo-msingi 50).</translation>
    </message>
    <message>
        <source>List the credit an account bought and used, as the provider records it.</source>
        <translation>Orodhesha krediti ambazo akaunti ilinunua na kutumia, kama mtoa huduma anavyozirekodi.</translation>
    </message>
    <message>
        <source>Only this type: PURCHASE, USAGE, REFUND, BONUS or ADJUSTMENT.</source>
        <translation>Aina hii tu: PURCHASE, USAGE, REFUND, BONUS au ADJUSTMENT.</translation>
    </message>
    <message>
        <source>Page number (default 1).</source>
        <translation>Nambari ya ukurasa (chaguo-msingi 1).</translation>
    </message>
    <message>
        <source>Ask the provider for a message&apos;s state per recipient.</source>
        <translation>Muulize mtoa huduma hali ya ujumbe kwa kila mpokeaji.</translation>
    </message>
    <message>
        <source>The id the provider gave the message.</source>
        <translation>Kitambulisho (id) ambacho mtoa huduma aliupa ujumbe.</translation>
    </message>
    <message>
        <source>Give --group: the Tuma group to send.</source>
        <translation>Taja --group: kikundi cha Tuma cha kutuma.</translation>
    </message>
    <message>
        <source>%1 keeps no contacts; QuickFlow, QSMS and FlashSMS do.</source>
        <translation>%1 haihifadhi anwani; QuickFlow, QSMS na FlashSMS huhifadhi.</translation>
    </message>
    <message>
        <source>Sent %1 to %2 as &quot;%3&quot;: %4 added, %5 taken out, %6 opted out left out, %7 that %2 cannot take out.</source>
        <translation>%1 kimetumwa kwa %2 kama &quot;%3&quot;: %4 zimeongezwa, %5 zimeondolewa, %6 waliojiondoa wameachwa nje, %7 ambazo %2 haiwezi kuziondoa.</translation>
    </message>
    <message>
        <source>Give --group: the Tuma group the contacts go into.</source>
        <translation>Taja --group: kikundi cha Tuma ambamo anwani zitaingia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region Tuma knows. Use a two-letter country code such as KE or GH.</source>
        <translation>&quot;%1&quot; si nchi ambayo Tuma inaijua. Tumia msimbo wa nchi wa herufi mbili kama KE au GH.</translation>
    </message>
    <message>
        <source>Brought %1 contacts into &quot;%2&quot;: %3 new, %4 updated, %5 already there, %6 twice, %7 invalid.</source>
        <translation>Anwani %1 zimeletwa kwenye &quot;%2&quot;: %3 mpya, %4 zimesasishwa, %5 zilikuwepo tayari, %6 mara mbili, %7 batili.</translation>
    </message>
    <message>
        <source>Give an action: groups, members, push, pull, templates or template-upload.</source>
        <translation>Taja kitendo: groups, members, push, pull, templates au template-upload.</translation>
    </message>
    <message>
        <source>remote %1 takes an ACCOUNT and a GROUP_ID.</source>
        <translation>remote %1 huchukua ACCOUNT na GROUP_ID.</translation>
    </message>
    <message>
        <source>The groups, members and templates a provider keeps: list them, send a Tuma group or template there, bring a group into Tuma.</source>
        <translation>Vikundi, wanachama na violezo anavyohifadhi mtoa huduma: viorodheshe, tuma kikundi au kiolezo cha Tuma huko, leta kikundi kwenye Tuma.</translation>
    </message>
    <message>
        <source>groups, members, push, pull, templates or template-upload.</source>
        <translation>groups, members, push, pull, templates au template-upload.</translation>
    </message>
    <message>
        <source>push: the Tuma group to send; pull: the Tuma group the contacts go into.</source>
        <translation>push: kikundi cha Tuma cha kutuma; pull: kikundi cha Tuma ambamo anwani zitaingia.</translation>
    </message>
    <message>
        <source>push: the provider group&apos;s name for a new one (default: the Tuma group&apos;s).</source>
        <translation>push: jina la kikundi kipya kwa mtoa huduma (chaguo-msingi: jina la kikundi cha Tuma).</translation>
    </message>
    <message>
        <source>pull: the region of national numbers (default: the account&apos;s).</source>
        <translation>pull: eneo la nambari za ndani ya nchi (chaguo-msingi: la akaunti).</translation>
    </message>
</context>
<context>
    <name>RemoteContactDialog</name>
    <message>
        <source>Edit Contact on the Provider</source>
        <translation>Hariri Anwani kwa Mtoa Huduma</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Jina la &amp;kwanza:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Jina la &amp;mwisho:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Barua pepe:</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>The fault &quot;%1&quot; is not understood: %2 Write OPERATION:FAULT[=ARG][*COUNT], for example send:rate-limit=5*1.</source>
        <translation>Hitilafu &quot;%1&quot; haieleweki: %2 Andika OPERATION:FAULT[=ARG][*COUNT], kwa mfano send:rate-limit=5*1.</translation>
    </message>
    <message>
        <source>it has no operation.</source>
        <translation>haina operesheni.</translation>
    </message>
    <message>
        <source>the count after * must be a whole number from 1.</source>
        <translation>idadi baada ya * lazima iwe nambari kamili kuanzia 1.</translation>
    </message>
    <message>
        <source>the value after = must be a whole number.</source>
        <translation>thamani baada ya = lazima iwe nambari kamili.</translation>
    </message>
    <message>
        <source>the share after % must be a whole number from 1 to 100.</source>
        <translation>sehemu baada ya % lazima iwe nambari kamili kuanzia 1 hadi 100.</translation>
    </message>
    <message>
        <source>the code after : is empty.</source>
        <translation>msimbo baada ya : ni mtupu.</translation>
    </message>
    <message>
        <source>the fault must be one of rate-limit, server-error, slow, malformed, html, drop, reset, stale.</source>
        <translation>hitilafu lazima iwe mojawapo ya rate-limit, server-error, slow, malformed, html, drop, reset, stale.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1 port %1. Choose another port.</source>
        <translation>Sandbox haikuweza kusikiliza kwenye 127.0.0.1, mlango %1. Chagua mlango mwingine.</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>The sandbox could not open its state file %1.</source>
        <translation>Sandbox haikuweza kufungua faili lake la hali %1.</translation>
    </message>
    <message>
        <source>The sandbox could not prepare its state file %1.</source>
        <translation>Sandbox haikuweza kuandaa faili lake la hali %1.</translation>
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
    <message>
        <source>Delivery reports</source>
        <translation>Ripoti za uwasilishaji</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Ml&amp;ango:</translation>
    </message>
    <message>
        <source>&amp;Receive:</source>
        <translation>&amp;Pokea:</translation>
    </message>
    <message>
        <source>Providers that post reports (QSMS) need an address on the internet that reaches this computer: a tunnel or a reverse proxy to this computer only, or a port forward to the network. Without it, Tuma asks providers for the state of messages instead.</source>
        <translation>Watoa huduma wanaotuma ripoti (QSMS) wanahitaji anwani kwenye intaneti inayofikia kompyuta hii: handaki (tunnel) au proksi ya kinyume kwa kompyuta hii pekee, au upelekaji wa mlango kwa mtandao. Bila hiyo, Tuma huwauliza watoa huduma hali ya jumbe badala yake.</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Nakili anwani</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 haipo.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a spreadsheet file.</source>
        <translation>%1 ni folda; chagua faili la lahajedwali.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Imeshindwa kufungua %1.</translation>
    </message>
    <message>
        <source>%1 is %2; Tuma imports files up to %3. Split it into smaller files and import them one after another.</source>
        <translation>%1 ina ukubwa wa %2; Tuma huingiza faili hadi %3. Ligawanye katika faili ndogo zaidi na uziingize moja baada ya jingine.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 (.xls) or password-protected workbook. Open it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8).</source>
        <translation>%1 ni kitabu cha kazi cha zamani cha Excel 97–2003 (.xls) au kilicholindwa kwa nenosiri. Kifungue katika Excel au LibreOffice na ukihifadhi kama .xlsx au CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;. Its sheets are: %2.</source>
        <translation>Kitabu cha kazi hakina laha &quot;%1&quot;. Laha zake ni: %2.</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>Could not save the opt-outs.</source>
        <translation>Imeshindwa kuhifadhi nambari zilizojiondoa.</translation>
    </message>
    <message>
        <source>Could not remove the opt-outs.</source>
        <translation>Imeshindwa kuondoa nambari kwenye orodha ya waliojiondoa.</translation>
    </message>
    <message>
        <source>Could not read the opt-outs.</source>
        <translation>Imeshindwa kusoma nambari zilizojiondoa.</translation>
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
    <name>TopUpDialog</name>
    <message>
        <source>Top Up with M-Pesa</source>
        <translation>Ongeza Salio kwa M-Pesa</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kiasi:</translation>
    </message>
    <message>
        <source>M-Pesa takes KES 10 to KES 150,000 in one payment.</source>
        <translation>M-Pesa hupokea KES 10 hadi KES 150,000 kwa muamala mmoja.</translation>
    </message>
    <message>
        <source>M-Pesa &amp;number:</source>
        <translation>&amp;Nambari ya M-Pesa:</translation>
    </message>
    <message>
        <source>The Safaricom line that approves the payment with its M-Pesa PIN.</source>
        <translation>Laini ya Safaricom inayoidhinisha malipo kwa PIN yake ya M-Pesa.</translation>
    </message>
    <message>
        <source>For example: 0712 345678</source>
        <translation>Kwa mfano: 0712 345678</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Jaribu tena</translation>
    </message>
    <message>
        <source>&amp;Send payment request</source>
        <translation>&amp;Tuma ombi la malipo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>TopUpRules</name>
    <message>
        <source>Enter an amount from KES %1 to KES %2: M-Pesa takes no more or less in one payment.</source>
        <translation>Weka kiasi kuanzia KES %1 hadi KES %2: M-Pesa haipokei zaidi au chini ya hapo kwa malipo moja.</translation>
    </message>
    <message>
        <source>Enter the M-Pesa number that will approve the payment.</source>
        <translation>Weka nambari ya M-Pesa itakayoidhinisha malipo.</translation>
    </message>
    <message>
        <source>%1 is not a Kenyan number. M-Pesa payments are approved on a Kenyan line, such as 0712 345678.</source>
        <translation>%1 si nambari ya Kenya. Malipo ya M-Pesa huidhinishwa kwenye laini ya Kenya, kama 0712 345678.</translation>
    </message>
</context>
<context>
    <name>TransactionsTab</name>
    <message>
        <source>Credit purchases and usage</source>
        <translation>Ununuzi na matumizi ya krediti</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Iliyotangulia</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Inayofuata</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Aina ya m&amp;uamala:</translation>
    </message>
    <message>
        <source>Kind of transaction</source>
        <translation>Aina ya muamala</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>L&amp;ini:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
</context>
<context>
    <name>UnknownMessages</name>
    <message>
        <source>Reading the provider&apos;s records…</source>
        <translation>Inasoma kumbukumbu za mtoa huduma…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Check with the provider</source>
        <translation>Hakikisha na mtoa huduma</translation>
    </message>
    <message>
        <source>Settled from the provider&apos;s records: %1</source>
        <translation>Zimethibitishwa kutoka kwenye kumbukumbu za mtoa huduma: %1</translation>
    </message>
    <message>
        <source>Never reached the provider, sent when you resume the campaign: %1</source>
        <translation>Hazikumfikia mtoa huduma kamwe, zinatumwa utakapoendeleza kampeni: %1</translation>
    </message>
    <message>
        <source>Still unknown: %1</source>
        <translation>Bado hazijulikani: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paused: resume it to send them.</source>
        <translation>&quot;%1&quot; imesitishwa: iendeleze ili kuzituma.</translation>
    </message>
    <message>
        <source>For those still unknown, look at the provider&apos;s website, then use Decide about unknown…</source>
        <translation>Kwa zile ambazo bado hazijulikani, angalia tovuti ya mtoa huduma, kisha tumia Amua kuhusu zisizojulikana…</translation>
    </message>
    <message>
        <source>Decide about unknown messages</source>
        <translation>Amua kuhusu jumbe zisizojulikana</translation>
    </message>
    <message numerus="yes">
        <source>The provider may or may not have %Ln message(s) of &quot;%1&quot;. Look at its website or ask its support first.

Send again: they go back to the queue and the campaign pauses; Resume sends them, and a customer who already had one gets it twice.
Count as sent: they are taken as accepted and their credits as used.</source>
        <translation>
            <numerusform>Huenda mtoa huduma ana ujumbe %Ln wa &quot;%1&quot; au hana. Angalia tovuti yake au uliza huduma kwa wateja wake kwanza.

Tuma tena: unarudi kwenye foleni na kampeni inasitishwa; Endeleza huutuma, na mteja aliyekwisha kuupata atapata mara mbili.
Hesabu kuwa umetumwa: unachukuliwa kuwa umekubaliwa na krediti zake kuwa zimetumika.</numerusform>
            <numerusform>Huenda mtoa huduma ana jumbe %Ln za &quot;%1&quot; au hana. Angalia tovuti yake au uliza huduma kwa wateja wake kwanza.

Tuma tena: zinarudi kwenye foleni na kampeni inasitishwa; Endeleza huzituma, na mteja aliyekwisha kuupata atapata mara mbili.
Hesabu kuwa zimetumwa: zinachukuliwa kuwa zimekubaliwa na krediti zake kuwa zimetumika.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Tuma tena</translation>
    </message>
    <message>
        <source>Count as sent</source>
        <translation>Hesabu kuwa zimetumwa</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not a valid Excel workbook (.xlsx): %2.</source>
        <extracomment>%1 is a file, %2 what is wrong with it</extracomment>
        <translation>%1 si kitabu cha kazi halali cha Excel (.xlsx): %2.</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>sehemu yake %1 imeharibika</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>sehemu yake %1 haipo</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or LibreOffice and save it without a password, as .xlsx or CSV (UTF-8).</source>
        <translation>%1 kimelindwa kwa nenosiri. Kifungue katika Excel au LibreOffice na ukihifadhi bila nenosiri, kama .xlsx au CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 holds more text than Tuma can import at once. Split it into smaller workbooks, or save it as CSV (UTF-8).</source>
        <translation>%1 kina maandishi mengi kuliko Tuma inavyoweza kuingiza kwa mara moja. Kigawanye katika vitabu vidogo zaidi vya kazi, au ukihifadhi kama CSV (UTF-8).</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is damaged near row %3.</source>
        <translation>Laha “%1” ya %2 imeharibika karibu na safu %3.</translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” is beyond column XFD, the last column Excel allows. The file is damaged or was not made by Excel; save it again from Excel or LibreOffice.</source>
        <translation>Kisanduku %1 cha laha “%2” kiko nje ya safu wima XFD, safu wima ya mwisho ambayo Excel inaruhusu. Faili limeharibika au halikutengenezwa na Excel; lihifadhi tena kutoka Excel au LibreOffice.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or dialog sheet, not a table of cells. Choose another sheet.</source>
        <translation>Laha “%1” ni laha ya chati au ya kidirisha, si jedwali la visanduku. Chagua laha nyingine.</translation>
    </message>
    <message>
        <source>Sheet “%1” has a cell named “%2”, which is not a cell reference Excel knows. The file is damaged or was not made by Excel.</source>
        <translation>Laha “%1” ina kisanduku kinachoitwa “%2”, ambacho si marejeleo ya kisanduku yanayojulikana na Excel. Faili limeharibika au halikutengenezwa na Excel.</translation>
    </message>
    <message>
        <source>Tuma cannot read %1. Check that the file exists and that you are allowed to read it.</source>
        <translation>Tuma haiwezi kusoma %1. Hakikisha kwamba faili lipo na kwamba una ruhusa ya kulisoma.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>faili ni tupu</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 (.xls) or password-protected workbook. Open it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8).</source>
        <translation>%1 ni kitabu cha kazi cha zamani cha Excel 97–2003 (.xls) au kilicholindwa kwa nenosiri. Kifungue katika Excel au LibreOffice na ukihifadhi kama .xlsx au CSV (UTF-8).</translation>
    </message>
    <message>
        <source>it is not a zip package</source>
        <translation>si kifurushi cha zip</translation>
    </message>
    <message>
        <source>the zip package is damaged</source>
        <translation>kifurushi cha zip kimeharibika</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file (.ods), not an Excel workbook. Open it in LibreOffice and save it as .xlsx or CSV (UTF-8).</source>
        <translation>%1 ni faili la OpenDocument (.ods), si kitabu cha kazi cha Excel. Lifungue katika LibreOffice na ulihifadhi kama .xlsx au CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 is not a valid Excel workbook (.xlsx): it is a zip archive without a workbook (xl/workbook.xml).</source>
        <translation>%1 si kitabu cha kazi halali cha Excel (.xlsx): ni faili la zip lisilo na kitabu cha kazi (xl/workbook.xml).</translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>Hakuna kitabu cha kazi kilichofunguliwa.</translation>
    </message>
    <message>
        <source>its sheet “%1” is missing</source>
        <translation>laha yake “%1” haipo</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no sheet number %2: it has %Ln sheet(s).</source>
        <translation>
            <numerusform>Hakuna laha nambari %2 katika %1: kuna laha %Ln.</numerusform>
            <numerusform>Hakuna laha nambari %2 katika %1: kuna laha %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Tuma could not write %1. Check that the disk is not full and that you are allowed to write there.</source>
        <translation>Tuma imeshindwa kuandika %1. Hakikisha kwamba diski haijajaa na kwamba una ruhusa ya kuandika hapo.</translation>
    </message>
    <message>
        <source>The sheet has grown past 4 GB, more than an .xlsx file can hold here. Export fewer contacts, or export to CSV.</source>
        <translation>Laha imezidi 4 GB, zaidi ya kile faili la .xlsx linaloweza kubeba hapa. Hamisha anwani chache zaidi, au hamisha kwenda CSV.</translation>
    </message>
    <message>
        <source>Tuma cannot write %1. Check that the folder exists and that you are allowed to write in it.</source>
        <translation>Tuma haiwezi kuandika %1. Hakikisha kwamba folda ipo na kwamba una ruhusa ya kuandika humo.</translation>
    </message>
    <message>
        <source>No workbook is being written.</source>
        <translation>Hakuna kitabu cha kazi kinachoandikwa.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows. Export fewer contacts at a time, or export to CSV.</source>
        <translation>Laha ya Excel hubeba safu %L1 kwa upeo. Hamisha anwani chache zaidi kwa wakati mmoja, au hamisha kwenda CSV.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 columns; this row has %L2.</source>
        <translation>Laha ya Excel hubeba safu wima %L1 kwa upeo; safu hii ina %L2.</translation>
    </message>
    <message>
        <source>Cell %1 holds %L2 characters; an Excel cell holds at most %L3.</source>
        <translation>Kisanduku %1 kina herufi %L2; kisanduku cha Excel hubeba herufi %L3 kwa upeo.</translation>
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
    <name>tuma::AccountDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Hariri Akaunti</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Akaunti Mpya</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Akaunti inayoitwa &quot;%1&quot; tayari ipo. Chagua jina jingine.</translation>
    </message>
    <message>
        <source>QuickFlow needs both the API key and the API secret from your QuickFlow dashboard.</source>
        <translation>QuickFlow inahitaji ufunguo wa API na siri ya API, vyote kutoka kwenye dashibodi yako ya QuickFlow.</translation>
    </message>
    <message>
        <source>The API key and the API secret cannot contain a colon (:). Copy them again from your QuickFlow dashboard.</source>
        <translation>Ufunguo wa API na siri ya API haviwezi kuwa na nukta mbili (:). Vinakili tena kutoka kwenye dashibodi yako ya QuickFlow.</translation>
    </message>
    <message>
        <source>Enter the API key from your %1 dashboard.</source>
        <translation>Weka ufunguo wa API kutoka kwenye dashibodi yako ya %1.</translation>
    </message>
    <message>
        <source>Copy it from %1&apos;s API page, for example https://api.example.com</source>
        <translation>Inakili kutoka kwenye ukurasa wa API wa %1, kwa mfano https://api.example.com</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Acha tupu ili kubaki na ufunguo wa sasa</translation>
    </message>
    <message>
        <source>From your QuickFlow dashboard</source>
        <translation>Kutoka kwenye dashibodi yako ya QuickFlow</translation>
    </message>
    <message>
        <source>From your %1 dashboard</source>
        <translation>Kutoka kwenye dashibodi yako ya %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>Acha tupu ili kubaki na siri ya sasa</translation>
    </message>
    <message>
        <source>%1 does not list an account&apos;s sender IDs: type the ones it approved.</source>
        <translation>%1 haiorodheshi vitambulisho vya mtumaji vya akaunti: andika vile ilivyoidhinisha.</translation>
    </message>
    <message>
        <source>Asks the provider for the sender IDs of this account. Works for a sandbox account and for a saved account whose key is unchanged: a new key is used only once it is saved.</source>
        <translation>Humuuliza mtoa huduma vitambulisho vya mtumaji vya akaunti hii. Hufanya kazi kwa akaunti ya sandbox na kwa akaunti iliyohifadhiwa ambayo ufunguo wake haujabadilishwa: ufunguo mpya hutumika tu baada ya kuhifadhiwa.</translation>
    </message>
    <message>
        <source>Asking %1 for the account&apos;s sender IDs…</source>
        <translation>Inauliza %1 vitambulisho vya mtumaji vya akaunti…</translation>
    </message>
    <message>
        <source>The provider lists no sender IDs for this account yet.</source>
        <translation>Mtoa huduma bado haorodheshi kitambulisho chochote cha mtumaji kwa akaunti hii.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
</context>
<context>
    <name>tuma::AccountTab</name>
    <message>
        <source>%1 The provider said: %2</source>
        <translation>%1 Mtoa huduma alisema: %2</translation>
    </message>
    <message>
        <source>Ask the provider again (%1)</source>
        <translation>Uliza mtoa huduma tena (%1)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Wakati wowote</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Siku 7 zilizopita</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Siku 30 zilizopita</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Mwezi huu</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mwezi uliopita</translation>
    </message>
</context>
<context>
    <name>tuma::AccountsPage</name>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>%1, sandbox</source>
        <translation>%1, sandbox</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Used for sending</source>
        <translation>Inatumika kutuma</translation>
    </message>
    <message>
        <source>%1 API, on Tuma&apos;s built-in simulator: nothing is really sent and nothing is paid.</source>
        <translation>API ya %1, kwenye kiigaji kilichojengwa ndani ya Tuma: hakuna kinachotumwa kwa kweli wala kulipwa.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kwenye %2</translation>
    </message>
    <message>
        <source>How to top &amp;up…</source>
        <translation>Jinsi ya kuongeza &amp;salio…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Bado halijakaguliwa</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? The sandbox&apos;s messages stay in the simulator.</source>
        <translation>Uondoe akaunti &quot;%1&quot;? Jumbe za sandbox zinabaki kwenye kiigaji.</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its key is deleted from the system keychain. What was sent stays in the provider&apos;s history.</source>
        <translation>Uondoe akaunti &quot;%1&quot;? Ufunguo wake utafutwa kwenye hifadhi ya funguo ya mfumo. Kilichotumwa kitabaki kwenye historia ya mtoa huduma.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Ondoa Akaunti</translation>
    </message>
    <message>
        <source>Asking %1 for the balance…</source>
        <translation>Inauliza %1 salio…</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: the provider answered in %n ms.</source>
        <translation>
            <numerusform>Muunganisho unafanya kazi: mtoa huduma amejibu ndani ya ms %n.</numerusform>
            <numerusform>Muunganisho unafanya kazi: mtoa huduma amejibu ndani ya ms %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The balance is below your warning level of %1. Top up before the next campaign.</source>
        <translation>Salio liko chini ya kiwango chako cha onyo cha %1. Ongeza salio kabla ya kampeni inayofuata.</translation>
    </message>
    <message>
        <source>How to Top Up</source>
        <translation>Jinsi ya Kuongeza Salio</translation>
    </message>
    <message>
        <source>%1 does not let Tuma start a payment. Buy credit the way %1 tells you to: in its web dashboard, or by M-Pesa to its paybill number with your account name as the account number. Then press Test connection here to see the new balance.</source>
        <translation>%1 hairuhusu Tuma kuanzisha malipo. Nunua krediti kwa njia ambayo %1 inakuelekeza: kwenye dashibodi yake ya wavuti, au kwa M-Pesa kwenda nambari yake ya paybill ukitumia jina la akaunti yako kama nambari ya akaunti. Kisha bonyeza Jaribu muunganisho hapa ili kuona salio jipya.</translation>
    </message>
    <message>
        <source>Use for sending</source>
        <translation>Itumie kutuma</translation>
    </message>
    <message>
        <source>Top &amp;up with M-Pesa…</source>
        <translation>Ongeza salio kwa M-&amp;Pesa…</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is removed, but its key could not be deleted from the system keychain: %2 Delete the entry named Tuma there yourself if you no longer need it.</source>
        <translation>Akaunti &quot;%1&quot; imeondolewa, lakini ufunguo wake haukuweza kufutwa kwenye hifadhi ya funguo ya mfumo: %2 Futa wewe mwenyewe kipengele kinachoitwa Tuma humo ikiwa hukihitaji tena.</translation>
    </message>
    <message>
        <source>The balance is %1.</source>
        <translation>Salio ni %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln message(s))</source>
        <translation>
            <numerusform>%1 (ujumbe %Ln)</numerusform>
            <numerusform>%1 (jumbe %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histo&amp;ria</translation>
    </message>
    <message>
        <source>&amp;Send a message</source>
        <translation>&amp;Tuma ujumbe</translation>
    </message>
    <message>
        <source>Transa&amp;ctions</source>
        <translation>Miama&amp;la</translation>
    </message>
    <message>
        <source>On the &amp;provider</source>
        <translation>Kwa mto&amp;a huduma</translation>
    </message>
    <message>
        <source>Temp&amp;lates</source>
        <translation>Viole&amp;zo</translation>
    </message>
</context>
<context>
    <name>tuma::AuditLogDialog</name>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kuhusu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Akaunti imeongezwa</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Akaunti imebadilishwa</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Akaunti imeondolewa</translation>
    </message>
    <message>
        <source>Campaign launched</source>
        <translation>Kampeni imezinduliwa</translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation>Kampeni imesitishwa</translation>
    </message>
    <message>
        <source>Campaign resumed</source>
        <translation>Kampeni imeendelea</translation>
    </message>
    <message>
        <source>Campaign cancelled</source>
        <translation>Kampeni imeghairiwa</translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation>Kampeni imetumwa</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Anwani zimeingizwa</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Hifadhidata imehifadhiwa nakala</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Hifadhidata imerejeshwa</translation>
    </message>
    <message>
        <source>Checked with the provider</source>
        <translation>Imekaguliwa na mtoa huduma</translation>
    </message>
    <message>
        <source>Unknown messages to send again</source>
        <translation>Jumbe zisizojulikana zitumwe tena</translation>
    </message>
    <message>
        <source>Unknown messages counted as sent</source>
        <translation>Jumbe zisizojulikana zimehesabiwa kuwa zimetumwa</translation>
    </message>
    <message>
        <source>Top-up requested</source>
        <translation>Ombi la kuongeza salio</translation>
    </message>
    <message>
        <source>Top-up paid</source>
        <translation>Salio limeongezwa</translation>
    </message>
    <message>
        <source>Top-up failed</source>
        <translation>Kuongeza salio kumeshindikana</translation>
    </message>
    <message>
        <source>Top-up not seen</source>
        <translation>Malipo hayakuonekana</translation>
    </message>
    <message>
        <source>Paused by Tuma (%1).</source>
        <translation>Imesitishwa na Tuma (%1).</translation>
    </message>
    <message>
        <source>Paused by Tuma: %1</source>
        <translation>Imesitishwa na Tuma: %1</translation>
    </message>
    <message>
        <source>%1 settled from the provider&apos;s records, %2 to be sent again, %3 still unknown.</source>
        <translation>%1 zimethibitishwa kwa kumbukumbu za mtoa huduma, %2 zitatumwa tena, %3 bado hazijulikani.</translation>
    </message>
    <message>
        <source>Asked for KES %1 by M-Pesa, to be approved on %2; the balance was %3.</source>
        <translation>Imeomba KES %1 kwa M-Pesa, kuidhinishwa kwenye %2; salio lilikuwa %3.</translation>
    </message>
    <message>
        <source>The payment of KES %1 arrived: the balance rose from %2 to %3.</source>
        <translation>Malipo ya KES %1 yamefika: salio limepanda kutoka %2 hadi %3.</translation>
    </message>
    <message>
        <source>The request for KES %1 failed: %2</source>
        <translation>Ombi la KES %1 limeshindikana: %2</translation>
    </message>
    <message numerus="yes">
        <source>No payment of KES %1 was seen within %n minute(s); if it was approved later, the balance shows it.</source>
        <translation>
            <numerusform>Hakuna malipo ya KES %1 yaliyoonekana ndani ya dakika %n; ikiwa yaliidhinishwa baadaye, salio linayaonyesha.</numerusform>
            <numerusform>Hakuna malipo ya KES %1 yaliyoonekana ndani ya dakika %n; ikiwa yaliidhinishwa baadaye, salio linayaonyesha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Launched on %1 to %Ln recipient(s), %2 credits (%3 %4).</source>
        <translation>
            <numerusform>Imezinduliwa kupitia %1 kwa mpokeaji %Ln, krediti %2 (%3 %4).</numerusform>
            <numerusform>Imezinduliwa kupitia %1 kwa wapokeaji %Ln, krediti %2 (%3 %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of unknown fate will be sent again on resuming.</source>
        <translation>
            <numerusform>Ujumbe %Ln usiojulikana hali yake utatumwa tena kampeni ikiendelezwa.</numerusform>
            <numerusform>Jumbe %Ln zisizojulikana hali yake zitatumwa tena kampeni ikiendelezwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of unknown fate counted as sent.</source>
        <translation>
            <numerusform>Ujumbe %Ln usiojulikana hali yake umehesabiwa kuwa umetumwa.</numerusform>
            <numerusform>Jumbe %Ln zisizojulikana hali yake zimehesabiwa kuwa zimetumwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: %1 new, %2 updated, %3 already there, %4 repeated in the file, %5 invalid.</source>
        <translation>
            <numerusform>Safu %Ln imesomwa: %1 mpya, %2 zimesasishwa, %3 zilikuwepo tayari, %4 zimerudiwa kwenye faili, %5 si sahihi.</numerusform>
            <numerusform>Safu %Ln zimesomwa: %1 mpya, %2 zimesasishwa, %3 zilikuwepo tayari, %4 zimerudiwa kwenye faili, %5 si sahihi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Tuma</source>
        <translation>Tuma</translation>
    </message>
</context>
<context>
    <name>tuma::CampaignsPage</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Wapokeaji</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Namba</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Provider&apos;s word</source>
        <translation>Neno la mtoa huduma</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Imesasishwa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Zote</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sasa</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>kupitia %1</translation>
    </message>
    <message>
        <source>through %1 as %2</source>
        <translation>kupitia %1 kama %2</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>saa %1 (%2)</translation>
    </message>
    <message>
        <source>only %1–%2, not on Sundays</source>
        <translation>%1–%2 tu, si Jumapili</translation>
    </message>
    <message>
        <source>only %1–%2</source>
        <translation>%1–%2 tu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delivery rate: %1 %</source>
        <translation>Kiwango cha uwasilishaji: %1 %</translation>
    </message>
    <message>
        <source>Estimated cost: %1 (%2 credits)</source>
        <translation>Gharama inayokadiriwa: %1 (krediti %2)</translation>
    </message>
    <message>
        <source>Estimated cost: %1 (%2 credits) · used so far: %3 (%4 credits)</source>
        <translation>Gharama inayokadiriwa: %1 (krediti %2) · iliyotumika hadi sasa: %3 (krediti %4)</translation>
    </message>
    <message>
        <source>%1 does not report deliveries: &quot;accepted by the provider&quot; is the last state Tuma can know.</source>
        <translation>%1 haiarifu uwasilishaji: &quot;imekubaliwa na mtoa huduma&quot; ndiyo hali ya mwisho Tuma inayoweza kujua.</translation>
    </message>
    <message>
        <source>Nothing has been sent. Launch it to write every recipient&apos;s message and send them%1.</source>
        <translation>Hakuna kilichotumwa. Izindue ili kuandika ujumbe wa kila mpokeaji na kuzituma%1.</translation>
    </message>
    <message>
        <source> at the time chosen</source>
        <translation> wakati uliochaguliwa</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Haijasitishwa</translation>
    </message>
    <message>
        <source>Not resumed</source>
        <translation>Haijaendelezwa</translation>
    </message>
    <message>
        <source>Cancel the draft &quot;%1&quot;? Nothing has been sent.</source>
        <translation>Ghairi rasimu &quot;%1&quot;? Hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Ghairi kampeni</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Haijaghairiwa</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Rudia zilizoshindwa</translation>
    </message>
    <message>
        <source>A new draft has the recipients that failed. Check it, then launch it.</source>
        <translation>Rasimu mpya ina wapokeaji walioshindwa. Ikague, kisha uizindue.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Hamisha ripoti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Inahamisha ripoti…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Uhamishaji umeshindwa</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Ongeza salio</translation>
    </message>
    <message>
        <source>Tuma cannot top up %1 accounts: buy credit the way the provider offers (its website or its M-Pesa paybill), then press Resume.</source>
        <translation>Tuma haiwezi kuongeza salio la akaunti za %1: nunua krediti kwa njia anayotoa mtoa huduma (tovuti yake au paybill yake ya M-Pesa), kisha bonyeza Endeleza.</translation>
    </message>
    <message>
        <source>to the provider&apos;s group &quot;%1&quot;</source>
        <translation>kwa kikundi &quot;%1&quot; cha mtoa huduma</translation>
    </message>
    <message>
        <source>Sent to the provider&apos;s own group &quot;%1&quot; as one message: &quot;accepted by the provider&quot; is the last state Tuma knows; what each member received is in the provider&apos;s own reports.</source>
        <translation>Imetumwa kwa kikundi &quot;%1&quot; cha mtoa huduma kama ujumbe mmoja: &quot;imekubaliwa na mtoa huduma&quot; ndiyo hali ya mwisho Tuma inayoijua; kile kila mwanachama alichopokea kimo katika ripoti za mtoa huduma.</translation>
    </message>
    <message>
        <source>Everyone in &quot;%1&quot;</source>
        <translation>Kila mtu katika &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Being sent by %1, which sends this account&apos;s campaigns for now. Pause and Cancel still work from here.</source>
        <translation>Inatumwa na %1, ambayo inatuma kampeni za akaunti hii kwa sasa. Sitisha na Ghairi bado zinafanya kazi kutoka hapa.</translation>
    </message>
    <message>
        <source>Its failed messages were retried as &quot;%1&quot;.</source>
        <translation>Jumbe zake zilizoshindwa zilijaribiwa tena kama &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>mpokeaji %Ln</numerusform>
            <numerusform>wapokeaji %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) written to %1.</source>
        <translation>
            <numerusform>Mpokeaji %Ln ameandikwa kwenye %1.</numerusform>
            <numerusform>Wapokeaji %Ln wameandikwa kwenye %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to the provider&apos;s group &quot;%1&quot; (%Ln contact(s))</source>
        <translation>
            <numerusform>kwa kikundi &quot;%1&quot; cha mtoa huduma (anwani %Ln)</numerusform>
            <numerusform>kwa kikundi &quot;%1&quot; cha mtoa huduma (anwani %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have reached the provider: no answer came. They are not sent again by themselves: check with the provider, or decide.</source>
        <translation>
            <numerusform>Huenda ujumbe %Ln umemfikia mtoa huduma au haujamfikia: hakuna jibu lililokuja. Hautumwi tena wenyewe: hakikisha na mtoa huduma, au amua.</numerusform>
            <numerusform>Huenda jumbe %Ln zimemfikia mtoa huduma au hazijamfikia: hakuna jibu lililokuja. Hazitumwi tena zenyewe: hakikisha na mtoa huduma, au amua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel &quot;%1&quot;? The %Ln message(s) still waiting will never be sent; those already sent stay as they are.</source>
        <translation>
            <numerusform>Ghairi &quot;%1&quot;? Ujumbe %Ln unaosubiri hautatumwa kamwe; zilizokwisha tumwa zinabaki kama zilivyo.</numerusform>
            <numerusform>Ghairi &quot;%1&quot;? Jumbe %Ln zinazosubiri hazitatumwa kamwe; zilizokwisha tumwa zinabaki kama zilivyo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ComposerWidget</name>
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
    <message numerus="yes">
        <source>%1 characters · %2 · &lt;b&gt;%n part(s)&lt;/b&gt; · %3 left in this part · %4 %5 a message (%6)</source>
        <translation>
            <numerusform>herufi %1 · %2 · &lt;b&gt;sehemu %n&lt;/b&gt; · %3 zimebaki katika sehemu hii · %4 %5 kwa ujumbe (%6)</numerusform>
            <numerusform>herufi %1 · %2 · &lt;b&gt;sehemu %n&lt;/b&gt; · %3 zimebaki katika sehemu hii · %4 %5 kwa ujumbe (%6)</numerusform>
        </translation>
    </message>
    <message>
        <source>default prices from Settings</source>
        <translation>bei za kawaida za Mipangilio</translation>
    </message>
    <message>
        <source>prices of %1</source>
        <translation>bei za %1</translation>
    </message>
</context>
<context>
    <name>tuma::ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Anwani Mpya</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Hariri Anwani</translation>
    </message>
    <message>
        <source>Add a Field</source>
        <translation>Ongeza Sehemu</translation>
    </message>
    <message>
        <source>Name of the field, as templates will use it (for example balance or due_date):</source>
        <translation>Jina la sehemu, kama violezo vitakavyolitumia (kwa mfano balance au due_date):</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Ilitumwa</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampeni</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
</context>
<context>
    <name>tuma::ContactsModel</name>
    <message>
        <source>Opted out: this number receives no campaigns.</source>
        <translation>Imejiondoa: nambari hii haipokei kampeni.</translation>
    </message>
    <message>
        <source>%1 (opted out)</source>
        <translation>%1 (imejiondoa)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Vikundi</translation>
    </message>
</context>
<context>
    <name>tuma::ContactsPage</name>
    <message>
        <source>All contacts</source>
        <translation>Anwani zote</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add to Group</source>
        <translation>&amp;Ongeza kwenye Kikundi</translation>
    </message>
    <message>
        <source>&amp;Remove from Group</source>
        <translation>O&amp;ndoa kwenye Kikundi</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>Kikundi &amp;Kipya…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>Anwani %Ln</numerusform>
            <numerusform>Anwani %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 imeongezwa.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 imehifadhiwa.</translation>
    </message>
    <message>
        <source>Delete the contact %1? Their messages in past campaigns stay in the reports.</source>
        <translation>Ufute anwani %1? Jumbe zake katika kampeni zilizopita zinabaki kwenye ripoti.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Futa Anwani</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Kikundi Kipya</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Jina la kikundi:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Kitabu cha kazi cha Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Hamisha Anwani</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Inahamisha anwani…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Uhamishaji umeshindwa</translation>
    </message>
    <message>
        <source>Preparing to sort by %1 (only the first time)…</source>
        <translation>Inaandaa kupanga kwa %1 (mara ya kwanza tu)…</translation>
    </message>
    <message>
        <source>Deleting contacts…</source>
        <translation>Inafuta anwani…</translation>
    </message>
    <message>
        <source>Adding contacts to the group…</source>
        <translation>Inaongeza anwani kwenye kikundi…</translation>
    </message>
    <message>
        <source>Removing contacts from the group…</source>
        <translation>Inaondoa anwani kutoka kwenye kikundi…</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Tuma SMS</translation>
    </message>
    <message>
        <source>That is more than %1 contacts. Add them to a group (Groups ▸ Add to Group), then choose the group in the new campaign.</source>
        <translation>Hizo ni zaidi ya anwani %1. Ziongeze kwenye kikundi (Vikundi ▸ Ongeza kwenye Kikundi), kisha uchague kikundi hicho katika kampeni mpya.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln contact(s)</source>
        <translation>
            <numerusform>Inaonyesha %1 kati ya anwani %Ln</numerusform>
            <numerusform>Inaonyesha %1 kati ya anwani %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln contact(s) shown? Their messages in past campaigns stay in the reports.</source>
        <translation>
            <numerusform>Ufute anwani %Ln inayoonyeshwa? Jumbe zake katika kampeni zilizopita zinabaki kwenye ripoti.</numerusform>
            <numerusform>Ufute anwani zote %Ln zinazoonyeshwa? Jumbe zao katika kampeni zilizopita zinabaki kwenye ripoti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s).</source>
        <translation>
            <numerusform>Anwani %Ln imefutwa.</numerusform>
            <numerusform>Anwani %Ln zimefutwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? Their messages in past campaigns stay in the reports.</source>
        <translation>
            <numerusform>Ufute anwani %Ln? Jumbe zake katika kampeni zilizopita zinabaki kwenye ripoti.</numerusform>
            <numerusform>Ufute anwani %Ln? Jumbe zao katika kampeni zilizopita zinabaki kwenye ripoti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to the group.</source>
        <translation>
            <numerusform>Anwani %Ln imeongezwa kwenye kikundi.</numerusform>
            <numerusform>Anwani %Ln zimeongezwa kwenye kikundi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from the group.</source>
        <translation>
            <numerusform>Anwani %Ln imeondolewa kwenye kikundi.</numerusform>
            <numerusform>Anwani %Ln zimeondolewa kwenye kikundi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Anwani %Ln imehamishwa kwenda %1.</numerusform>
            <numerusform>Anwani %Ln zimehamishwa kwenda %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Futa…</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Tendua Kufuta</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;undo&quot;&gt;Tendua&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln contact(s).</source>
        <translation>
            <numerusform>Anwani %Ln imerudishwa.</numerusform>
            <numerusform>Anwani %Ln zimerudishwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln contact(s); the others&apos; numbers were added again since.</source>
        <translation>
            <numerusform>Anwani %Ln imerudishwa; nambari za nyingine zimeongezwa tena tangu wakati huo.</numerusform>
            <numerusform>Anwani %Ln zimerudishwa; nambari za nyingine zimeongezwa tena tangu wakati huo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out by hand</source>
        <translation>Amejiondoa (imewekwa kwa mkono)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) will receive no campaigns.</source>
        <translation>
            <numerusform>Nambari %Ln haitapokea kampeni.</numerusform>
            <numerusform>Nambari %Ln hazitapokea kampeni.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hariri…</translation>
    </message>
    <message>
        <source>&amp;Send SMS…</source>
        <translation>&amp;Tuma SMS…</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Vikundi</translation>
    </message>
    <message>
        <source>&amp;Opt Out</source>
        <translation>&amp;Ondoa kwenye kampeni</translation>
    </message>
</context>
<context>
    <name>tuma::DashboardPage</name>
    <message>
        <source>Campaign</source>
        <translation>Kampeni</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zimewasilishwa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Mtoa huduma</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Salio</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Jumbe zilizotumwa</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed or expired</source>
        <translation>%1 zimewasilishwa, %2 zimeshindwa au zimeisha muda</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>campaigns sending now / scheduled</source>
        <translation>kampeni zinazotuma sasa / zilizoratibiwa</translation>
    </message>
    <message>
        <source>Spent (%1)</source>
        <translation>Zilizotumika (%1)</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>inauliza…</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>haijulikani: %1</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your first campaign in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;import&quot;&gt;Import your customers&lt;/a&gt; from an Excel or CSV file, into a group.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;templates&quot;&gt;Write a message&lt;/a&gt; with fields such as &amp;lt;&amp;lt;first_name&amp;gt;&amp;gt;, or write it in the campaign.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;new-campaign&quot;&gt;Create a campaign&lt;/a&gt;: see what it costs, send a test, then send it now or at the time you choose.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The Sandbox account sends nothing for real: rehearse there first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kampeni yako ya kwanza kwa hatua tatu&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;import&quot;&gt;Ingiza wateja wako&lt;/a&gt; kutoka faili la Excel au CSV, kwenye kikundi.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;templates&quot;&gt;Andika ujumbe&lt;/a&gt; wenye sehemu kama &amp;lt;&amp;lt;first_name&amp;gt;&amp;gt;, au uuandike ndani ya kampeni.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;new-campaign&quot;&gt;Unda kampeni&lt;/a&gt;: ona gharama yake, tuma jaribio, kisha itume sasa au wakati unaouchagua.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Akaunti ya Sandbox haitumi chochote kwa kweli: fanya mazoezi humo kwanza.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tuma::DatabaseMaintenance</name>
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
    <message>
        <source>&amp;Back Up First…</source>
        <translation>&amp;Hifadhi Nakala Kwanza…</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Badilisha</translation>
    </message>
</context>
<context>
    <name>tuma::DeliveryChart</name>
    <message>
        <source>Delivered</source>
        <translation>Zimewasilishwa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Zimeshindwa</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Zinasubiri</translation>
    </message>
</context>
<context>
    <name>tuma::DesktopNotifier</name>
    <message>
        <source>Tuma</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>&amp;Show Tuma</source>
        <translation>&amp;Onyesha Tuma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
</context>
<context>
    <name>tuma::Dispatcher</name>
    <message>
        <source>Campaign %1 has not been launched yet.</source>
        <translation>Kampeni %1 bado haijazinduliwa.</translation>
    </message>
    <message>
        <source>Sending stopped; run the campaign again to go on.</source>
        <translation>Utumaji umesimama; endesha kampeni tena ili kuendelea.</translation>
    </message>
    <message>
        <source>The account has run out of credit. Top it up, then resume the campaign: it goes on where it stopped.</source>
        <translation>Salio la akaunti limeisha. Liongeze, kisha endeleza kampeni: itaendelea pale ilipoishia.</translation>
    </message>
    <message>
        <source>Campaign %1 is sent through another account.</source>
        <translation>Kampeni %1 inatumwa kupitia akaunti nyingine.</translation>
    </message>
    <message>
        <source>Another process has taken over sending through this account.</source>
        <translation>Programu nyingine imechukua jukumu la kutuma kupitia akaunti hii.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by %2, which will send it.</source>
        <translation>Kampeni %1 inatumwa na %2, ambayo itaituma.</translation>
    </message>
    <message numerus="yes">
        <source>The provider failed %Ln time(s) in a row: %1 Resume the campaign when it works again.</source>
        <translation>
            <numerusform>Mtoa huduma ameshindwa mara %Ln mfululizo: %1 Endeleza kampeni atakapofanya kazi tena.</numerusform>
            <numerusform>Mtoa huduma ameshindwa mara %Ln mfululizo: %1 Endeleza kampeni atakapofanya kazi tena.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::FlashSmsAdapter</name>
    <message>
        <source>The FlashSMS account has no API address. Enter the address your FlashSMS dashboard shows, such as https://your-domain.com/api/v1.</source>
        <translation>Akaunti ya FlashSMS haina anwani ya API. Weka anwani inayoonyeshwa kwenye dashibodi yako ya FlashSMS, kama https://your-domain.com/api/v1.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ongeza angalau mpokeaji mmoja.</translation>
    </message>
    <message>
        <source>FlashSMS takes at most %1 recipients in one request; this one has %2.</source>
        <translation>FlashSMS hupokea wapokeaji %1 kwa upeo katika ombi moja; ombi hili lina %2.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Ujumbe ni mtupu.</translation>
    </message>
    <message>
        <source>FlashSMS takes messages of at most %1 characters; this one has %2.</source>
        <translation>FlashSMS hupokea jumbe zenye herufi %1 kwa upeo; ujumbe huu una %2.</translation>
    </message>
    <message>
        <source>Choose a group, some contacts or all contacts to send to.</source>
        <translation>Chagua utakaowatumia: kikundi, baadhi ya anwani au anwani zote.</translation>
    </message>
    <message>
        <source>FlashSMS refused this number as invalid.</source>
        <translation>FlashSMS imekataa nambari hii kwa kuwa si halali.</translation>
    </message>
    <message>
        <source>FlashSMS estimates for 1 to 10,000 recipients; this is %1.</source>
        <translation>FlashSMS hukadiria kwa wapokeaji 1 hadi 10,000; hawa ni %1.</translation>
    </message>
</context>
<context>
    <name>tuma::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Mwanzo wa Kutumia</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with Tuma&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mwanzo wa kutumia Tuma&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. Bring in your customers&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;import&quot;&gt;Import a spreadsheet&lt;/a&gt; (Excel .xlsx, CSV or TSV) into a group. Tuma shows the file as it reads it and asks which column holds the phone numbers and the names. Numbers written the local way, such as 0712 345678, are read for the country chosen in Settings; rows that cannot be used are listed with the reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;1. Leta wateja wako&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;import&quot;&gt;Ingiza lahajedwali&lt;/a&gt; (Excel .xlsx, CSV au TSV) kwenye kikundi. Tuma inaonyesha faili kama inavyolisoma na kuuliza ni safu ipi yenye nambari za simu na majina. Nambari zilizoandikwa kwa mtindo wa nchini, kama 0712 345678, husomwa kwa nchi iliyochaguliwa kwenye Mipangilio; safu zisizoweza kutumika huorodheshwa pamoja na sababu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Write the message&lt;/h3&gt;&lt;p&gt;On the &lt;a href=&quot;templates&quot;&gt;Templates&lt;/a&gt; page, write once for everyone: &amp;lt;&amp;lt;first_name&amp;gt;&amp;gt; becomes each contact&apos;s own first name, and &amp;lt;&amp;lt;first_name|Customer&amp;gt;&amp;gt; writes &quot;Customer&quot; where a contact has none. Every column of your file can be a field. The counter shows the characters, the SMS parts and the price of one message; the preview shows it as real contacts will receive it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;2. Andika ujumbe&lt;/h3&gt;&lt;p&gt;Kwenye ukurasa wa &lt;a href=&quot;templates&quot;&gt;Violezo&lt;/a&gt;, andika mara moja kwa wote: &amp;lt;&amp;lt;first_name&amp;gt;&amp;gt; huwa jina la kwanza la kila anwani, na &amp;lt;&amp;lt;first_name|Mteja&amp;gt;&amp;gt; huandika &quot;Mteja&quot; pale ambapo anwani haina jina. Kila safu ya faili lako inaweza kuwa sehemu. Kihesabu kinaonyesha herufi, sehemu za SMS na bei ya ujumbe mmoja; onyesho linaonyesha ujumbe kama anwani halisi zitakavyoupokea.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Rehearse with the Sandbox&lt;/h3&gt;&lt;p&gt;The Sandbox account sends nothing for real, but behaves like a provider: a balance, delivery reports and M-Pesa top-ups. When you are ready, add your provider&apos;s account on the &lt;a href=&quot;accounts&quot;&gt;Accounts&lt;/a&gt; page (QuickFlow, QSMS, 254sms or FlashSMS). Its key is kept in your computer&apos;s keychain, never in Tuma&apos;s files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;3. Fanya mazoezi na Sandbox&lt;/h3&gt;&lt;p&gt;Akaunti ya Sandbox haitumi chochote kwa kweli, lakini inafanya kazi kama mtoa huduma: salio, ripoti za uwasilishaji na kuongeza salio kwa M-Pesa. Ukiwa tayari, ongeza akaunti ya mtoa huduma wako kwenye ukurasa wa &lt;a href=&quot;accounts&quot;&gt;Akaunti&lt;/a&gt; (QuickFlow, QSMS, 254sms au FlashSMS). Ufunguo wake huhifadhiwa kwenye hifadhi ya funguo ya kompyuta yako, kamwe si kwenye mafaili ya Tuma.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;4. Send a campaign&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;new-campaign&quot;&gt;Create a campaign&lt;/a&gt;: choose the groups, the message and when to send. The review shows how many receive it, the parts, the cost and whether the balance is enough; send yourself a test first. Opted-out numbers and repeated numbers are left out by themselves.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4. Tuma kampeni&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;new-campaign&quot;&gt;Unda kampeni&lt;/a&gt;: chagua vikundi, ujumbe na wakati wa kutuma. Ukaguzi unaonyesha wangapi wataupokea, sehemu, gharama na kama salio linatosha; jitumie jaribio kwanza. Nambari zilizojiondoa na nambari zinazojirudia huachwa nje zenyewe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;5. Follow it&lt;/h3&gt;&lt;p&gt;The &lt;a href=&quot;campaigns&quot;&gt;Campaigns&lt;/a&gt; page shows each message: waiting, sent, delivered or failed, with the provider&apos;s reason. When the connection breaks at the moment of sending, Tuma cannot know whether the provider took a message: it marks it &quot;unknown&quot; and never sends it again by itself. &quot;Check with the provider…&quot; settles what the provider&apos;s records prove; you decide about the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;5. Ifuatilie&lt;/h3&gt;&lt;p&gt;Ukurasa wa &lt;a href=&quot;campaigns&quot;&gt;Kampeni&lt;/a&gt; unaonyesha kila ujumbe: unasubiri, umetumwa, umewasilishwa au umeshindikana, pamoja na sababu ya mtoa huduma. Muunganisho ukikatika wakati wa kutuma, Tuma haiwezi kujua kama mtoa huduma alipokea ujumbe: inauweka alama &quot;haijulikani&quot; na kamwe haiutumi tena yenyewe. &quot;Hakikisha na mtoa huduma…&quot; huthibitisha kile ambacho kumbukumbu za mtoa huduma zinaonyesha; wewe unaamua kuhusu zilizobaki.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;6. Keep your data safe&lt;/h3&gt;&lt;p&gt;Back up from the File menu, and keep backups where only you can read them: they hold your customers&apos; numbers. Numbers that ask to receive no more messages go on the &lt;a href=&quot;optouts&quot;&gt;Opt-outs&lt;/a&gt; page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;6. Linda data yako&lt;/h3&gt;&lt;p&gt;Hifadhi nakala kutoka menyu ya Faili, na uziweke mahali ambapo ni wewe tu unaweza kuzisoma: zina nambari za wateja wako. Nambari zinazoomba kutopokea jumbe tena huwekwa kwenye ukurasa wa &lt;a href=&quot;optouts&quot;&gt;Waliojiondoa&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tuma::GroupsPage</name>
    <message>
        <source>Members of the group</source>
        <translation>Wanachama wa kikundi</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Anwani zote</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>Mwanachama %Ln</numerusform>
            <numerusform>Wanachama %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>Anwani %Ln</numerusform>
            <numerusform>Anwani %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln member(s)</source>
        <translation>
            <numerusform>%1: mwanachama %Ln</numerusform>
            <numerusform>%1: wanachama %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Kikundi Kipya</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Jina la kikundi:</translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot;.</source>
        <translation>Kikundi &quot;%1&quot; kimeundwa.</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Badilisha Jina la Kikundi</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Jina jipya la &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Jina &quot;%1&quot; limebadilishwa kuwa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Futa Kikundi</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;? Its contacts are kept.</source>
        <translation>Ufute kikundi &quot;%1&quot;? Anwani zake zitabaki.</translation>
    </message>
    <message>
        <source>Deleted the group &quot;%1&quot;.</source>
        <translation>Kikundi &quot;%1&quot; kimefutwa.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to the group.</source>
        <translation>
            <numerusform>Anwani %Ln imeongezwa kwenye kikundi.</numerusform>
            <numerusform>Anwani %Ln zimeongezwa kwenye kikundi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from the group.</source>
        <translation>
            <numerusform>Anwani %Ln imeondolewa kwenye kikundi.</numerusform>
            <numerusform>Anwani %Ln zimeondolewa kwenye kikundi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::HistoryTab</name>
    <message>
        <source>Pending</source>
        <translation>Inasubiri</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Imekubaliwa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Imewasilishwa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Imeshindwa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kwa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID ya ujumbe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Haijapakiwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>mpokeaji %Ln</numerusform>
            <numerusform>wapokeaji %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Zote</translation>
    </message>
</context>
<context>
    <name>tuma::ImportWizard</name>
    <message>
        <source>no number</source>
        <translation>hakuna nambari</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>si nambari</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>fupi mno</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>ndefu mno</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>msimbo wa nchi usiojulikana</translation>
    </message>
    <message>
        <source>fixed line or service number (no SMS)</source>
        <translation>simu ya mezani au nambari ya huduma (haipokei SMS)</translation>
    </message>
    <message>
        <source>digits lost to Excel&apos;s scientific notation</source>
        <translation>tarakimu zimepotea kwa mwandiko wa kisayansi wa Excel</translation>
    </message>
    <message>
        <source>repeated in the file</source>
        <translation>imerudiwa katika faili</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>si nambari halali</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ingiza</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tambua kiotomatiki</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Magharibi)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Koma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Nukta mkato ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Kichupo (tab)</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Mstari wima |</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Ingiza Anwani</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Lahajedwali (*.csv *.tsv *.txt *.xlsx);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Inasoma %1…</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Faili halina safu za kuingiza.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;.</source>
        <translation>Kitabu cha kazi cha Excel, laha &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>vichupo (tab)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>nukta mkato</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>mistari wima</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>Text in %1, columns separated by %2.</source>
        <translation>Maandishi katika %1, safu wima zimetenganishwa kwa %2.</translation>
    </message>
    <message>
        <source>The first rows, exactly as Tuma reads them:</source>
        <translation>Safu za kwanza, hasa kama Tuma inavyozisoma:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <source>No group, or type a new group&apos;s name</source>
        <translation>Hakuna kikundi, au andika jina la kikundi kipya</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Chagua kwanza faili la kuingiza.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Safu wima %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Yaliyomo</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Yaliyomo katika safu wima %1</translation>
    </message>
    <message>
        <source>Field &lt;&lt;%1&gt;&gt;</source>
        <translation>Sehemu &lt;&lt;%1&gt;&gt;</translation>
    </message>
    <message>
        <source>New field…</source>
        <translation>Sehemu mpya…</translation>
    </message>
    <message>
        <source>New Field</source>
        <translation>Sehemu Mpya</translation>
    </message>
    <message>
        <source>Name of the field, as messages will use it (for example balance or due_date):</source>
        <translation>Jina la sehemu, kama jumbe zitakavyolitumia (kwa mfano balance au due_date):</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Hifadhi Ulinganisho</translation>
    </message>
    <message>
        <source>Name for this mapping (for example Loan system export):</source>
        <translation>Jina la ulinganisho huu (kwa mfano Faili la mfumo wa mikopo):</translation>
    </message>
    <message>
        <source>Saved the mapping &quot;%1&quot;.</source>
        <translation>Ulinganisho &quot;%1&quot; umehifadhiwa.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Inakagua kila safu…</translation>
    </message>
    <message>
        <source>Stopped before every row was checked. Press Back, then Next, to check again.</source>
        <translation>Imesimamishwa kabla ya kila safu kukaguliwa. Bonyeza Rudi, kisha Endelea, ili kukagua tena.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read.</source>
        <translation>Safu &lt;b&gt;%1&lt;/b&gt; zimesomwa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new contacts will be added.</source>
        <translation>Anwani mpya &lt;b&gt;%1&lt;/b&gt; zitaongezwa.</translation>
    </message>
    <message>
        <source>%1 saved contacts will be updated.</source>
        <translation>Anwani %1 zilizohifadhiwa zitasasishwa.</translation>
    </message>
    <message>
        <source>%1 numbers are already saved and stay as they are.</source>
        <translation>Nambari %1 tayari zimehifadhiwa na zitabaki kama zilivyo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows have no usable number: %2.</source>
        <translation>Safu &lt;b&gt;%1&lt;/b&gt; hazina nambari inayoweza kutumika: %2.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Mstari</translation>
    </message>
    <message>
        <source>Number in the file</source>
        <translation>Nambari katika faili</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Sababu ya kuachwa</translation>
    </message>
    <message>
        <source>Tick to add this number as it is written.</source>
        <translation>Tia alama ili kuongeza nambari hii kama ilivyoandikwa.</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are listed; save them to see all.</source>
        <translation>Safu %1 za kwanza zilizokataliwa zimeorodheshwa; zihifadhi ili kuziona zote.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-zilizokataliwa</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Hifadhi Safu Zilizokataliwa</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contacts…</source>
        <translation>Inaandika anwani…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed: the contacts are exactly as before.</source>
        <translation>Uingizaji umesimamishwa. Hakuna kilichobadilishwa: anwani ziko hasa kama zilivyokuwa.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Uingizaji umeshindwa na hakuna kilichobadilishwa: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1 contacts added, %2 updated, %3 already saved, %4 left out.</source>
        <translation>&lt;b&gt;Imekamilika.&lt;/b&gt; Anwani %1 zimeongezwa, %2 zimesasishwa, %3 zilikuwa zimehifadhiwa tayari, %4 zimeachwa.</translation>
    </message>
    <message>
        <source>Everyone in the file is in the group &quot;%1&quot;.</source>
        <translation>Kila mtu katika faili yumo katika kikundi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Rudi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Endelea &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Maliza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (yenye BOM)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat a number from an earlier row (the first one is kept).</source>
        <translation>
            <numerusform>Safu %Ln inarudia nambari ya safu ya awali (ya kwanza inabaki).</numerusform>
            <numerusform>Safu %Ln zinarudia nambari ya safu za awali (ya kwanza inabaki).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) tidied: names split into first and last, spaces trimmed.</source>
        <translation>
            <numerusform>Safu %Ln imesafishwa: majina yamegawanywa kuwa la kwanza na la ukoo, nafasi zimeondolewa.</numerusform>
            <numerusform>Safu %Ln zimesafishwa: majina yamegawanywa kuwa la kwanza na la ukoo, nafasi zimeondolewa.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import: every number of the file is saved already. Choose &quot;Update from the file&quot; or a group to put them in, or press Cancel.</source>
        <translation>Hakuna cha kuingiza: kila nambari ya faili imeshahifadhiwa. Chagua &quot;Sasisha kutoka kwenye faili&quot; au kikundi cha kuziweka, au bonyeza Ghairi.</translation>
    </message>
    <message>
        <source>The file has only its header row: there is no one in it to import. Check that this is the right file or sheet, or untick &quot;The first row holds the column names&quot;.</source>
        <translation>Faili lina safu ya vichwa pekee: hakuna mtu ndani yake wa kuingiza. Hakikisha kuwa hili ndilo faili au laha sahihi, au ondoa alama kwenye &quot;Safu ya kwanza ina majina ya safu wima&quot;.</translation>
    </message>
    <message>
        <source>another country&apos;s number</source>
        <translation>nambari ya nchi nyingine</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) of %1 written its way are imported as numbers of %1.</source>
        <translation>
            <numerusform>Nambari %Ln ya %1 iliyoandikwa kwa mtindo wake inaingizwa kama nambari ya %1.</numerusform>
            <numerusform>Nambari %Ln za %1 zilizoandikwa kwa mtindo wake zinaingizwa kama nambari za %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; of the rejected numbers are mobile numbers of %1 written its way: &lt;a href=&quot;region:%2&quot;&gt;import them as numbers of %1&lt;/a&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; kati ya nambari zilizokataliwa ni nambari ya simu ya mkononi ya %1 iliyoandikwa kwa mtindo wake: &lt;a href=&quot;region:%2&quot;&gt;iingize kama nambari ya %1&lt;/a&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; kati ya nambari zilizokataliwa ni nambari za simu za mkononi za %1 zilizoandikwa kwa mtindo wake: &lt;a href=&quot;region:%2&quot;&gt;ziingize kama nambari za %1&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::LaunchFlow</name>
    <message>
        <source>Not launched</source>
        <translation>Haijazinduliwa</translation>
    </message>
    <message>
        <source>Counting the recipients…</source>
        <translation>Inahesabu wapokeaji…</translation>
    </message>
    <message>
        <source>No one would get &quot;%1&quot; now: its groups are empty or everyone in them has opted out.</source>
        <translation>Hakuna mtu angepokea &quot;%1&quot; sasa: vikundi vyake ni vitupu au kila mmoja amejiondoa.</translation>
    </message>
    <message numerus="yes">
        <source>Launch &quot;%1&quot;? %Ln message(s) will be sent at %2 for about %3.</source>
        <translation>
            <numerusform>Zindua &quot;%1&quot;? Ujumbe %Ln utatumwa saa %2 kwa takriban %3.</numerusform>
            <numerusform>Zindua &quot;%1&quot;? Jumbe %Ln zitatumwa saa %2 kwa takriban %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; now? %Ln message(s) go out for about %2.</source>
        <translation>
            <numerusform>Tuma &quot;%1&quot; sasa? Ujumbe %Ln unatumwa kwa takriban %2.</numerusform>
            <numerusform>Tuma &quot;%1&quot; sasa? Jumbe %Ln zinatumwa kwa takriban %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More people would get &quot;%1&quot; than when you confirmed it: %Ln message(s) for about %2 now, instead of %3 for %4. Send it for the new amount?</source>
        <translation>
            <numerusform>Watu wengi zaidi wangepokea &quot;%1&quot; kuliko ulipoithibitisha: ujumbe %Ln kwa takriban %2 sasa, badala ya %3 kwa %4. Uitume kwa kiasi kipya?</numerusform>
            <numerusform>Watu wengi zaidi wangepokea &quot;%1&quot; kuliko ulipoithibitisha: jumbe %Ln kwa takriban %2 sasa, badala ya %3 kwa %4. Uitume kwa kiasi kipya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; to everyone in the provider&apos;s group &quot;%2&quot;? The provider did not say how many they are: each costs about %3.</source>
        <translation>Tuma &quot;%1&quot; kwa kila mtu katika kikundi &quot;%2&quot; cha mtoa huduma? Mtoa huduma hakusema ni wangapi: kila mmoja hugharimu takriban %3.</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>Zindua kampeni</translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation>Thibitisha kiasi</translation>
    </message>
    <message>
        <source>This campaign costs %1, more than %2. Type the amount (%3) to launch it.</source>
        <translation>Kampeni hii inagharimu %1, zaidi ya %2. Andika kiasi (%3) ili kuizindua.</translation>
    </message>
    <message>
        <source>The amount typed is not %1; nothing was sent.</source>
        <translation>Kiasi kilichoandikwa si %1; hakuna kilichotumwa.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln message(s)…</source>
        <translation>
            <numerusform>Inaandaa ujumbe %Ln…</numerusform>
            <numerusform>Inaandaa jumbe %Ln…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Vikundi</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Violezo</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampeni</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akaunti</translation>
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
    <message>
        <source>Opt-outs</source>
        <translation>Waliojiondoa</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: balance not checked yet (&lt;a href=&quot;refresh&quot;&gt;check&lt;/a&gt;)</source>
        <translation>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: salio bado halijakaguliwa (&lt;a href=&quot;refresh&quot;&gt;kagua&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: checking the balance…</source>
        <translation>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: inakagua salio…</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: balance unknown (&lt;a href=&quot;refresh&quot;&gt;try again&lt;/a&gt;)</source>
        <translation>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: salio halijulikani (&lt;a href=&quot;refresh&quot;&gt;jaribu tena&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Balance of %1 at %2</source>
        <translation>Salio la %1 saa %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: %2 (&lt;a href=&quot;refresh&quot;&gt;refresh&lt;/a&gt;)</source>
        <translation>&lt;a href=&quot;accounts&quot;&gt;%1&lt;/a&gt;: %2 (&lt;a href=&quot;refresh&quot;&gt;onyesha upya&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; started sending.</source>
        <translation>Kampeni &quot;%1&quot; imeanza kutuma.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has gone out.</source>
        <translation>Kampeni &quot;%1&quot; imetumwa.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; paused: %2</source>
        <translation>Kampeni &quot;%1&quot; imesitishwa: %2</translation>
    </message>
    <message>
        <source>Campaign time has passed</source>
        <translation>Wakati wa kampeni umepita</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was to go out at %2, while Tuma was closed. Send it now?</source>
        <translation>&quot;%1&quot; ilipaswa kutumwa saa %2, Tuma ikiwa imefungwa. Itume sasa?</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Tuma sasa</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Ghairi kampeni</translation>
    </message>
    <message>
        <source>Pause it: I will decide later</source>
        <translation>Isitishe: nitaamua baadaye</translation>
    </message>
    <message>
        <source>Campaigns are still going</source>
        <translation>Kampeni bado zinaendelea</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Kampeni imeanza</translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation>Kampeni imetumwa</translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation>Kampeni imesitishwa</translation>
    </message>
    <message>
        <source>Tuma has closed</source>
        <translation>Tuma imefungwa</translation>
    </message>
    <message>
        <source>Every campaign has gone out. Open Tuma to follow their delivery.</source>
        <translation>Kila kampeni imetumwa. Fungua Tuma kufuatilia uwasilishaji wake.</translation>
    </message>
    <message>
        <source>A campaign is sending or waiting for its time, and only a running Tuma sends it. Keep Tuma running in the background until every campaign has gone out? Opening Tuma again brings this window back.</source>
        <translation>Kampeni inatuma au inasubiri wakati wake, na ni Tuma iliyo wazi tu inayoituma. Iache Tuma iendelee chinichini hadi kila kampeni itumwe? Kufungua Tuma tena kunarudisha dirisha hili.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the background</source>
        <translation>&amp;Endelea chinichini</translation>
    </message>
    <message>
        <source>&amp;Quit: campaigns wait until Tuma is opened</source>
        <translation>&amp;Ondoka: kampeni zinasubiri hadi Tuma ifunguliwe</translation>
    </message>
    <message>
        <source>Tuma is still sending</source>
        <translation>Tuma bado inatuma</translation>
    </message>
    <message>
        <source>Campaigns go on in the background. The Tuma icon brings the window back.</source>
        <translation>Kampeni zinaendelea chinichini. Aikoni ya Tuma inarudisha dirisha.</translation>
    </message>
    <message>
        <source>Campaigns go on in the background. Open Tuma to bring the window back; it closes by itself when they have gone out.</source>
        <translation>Kampeni zinaendelea chinichini. Fungua Tuma kurudisha dirisha; itajifunga yenyewe zikishatumwa.</translation>
    </message>
    <message>
        <source>Sending waits a moment: another task is writing to the database (an import, a launch)…</source>
        <translation>Utumaji unasubiri kidogo: kazi nyingine inaandika kwenye hifadhidata (uingizaji, uzinduzi)…</translation>
    </message>
    <message>
        <source>%1, low: top up</source>
        <translation>%1, liko chini: ongeza salio</translation>
    </message>
</context>
<context>
    <name>tuma::NewCampaignDialog</name>
    <message>
        <source>under a minute</source>
        <translation>chini ya dakika moja</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>dakika %n</numerusform>
            <numerusform>dakika %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>saa %1 dakika %2</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Andika ujumbe mpya</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Kiolezo: %1</translation>
    </message>
    <message>
        <source>Add an account on the Accounts page first: a campaign is sent through one.</source>
        <translation>Ongeza akaunti kwenye ukurasa wa Akaunti kwanza: kampeni hutumwa kupitia akaunti.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 recipients: %2 in %n group(s) and %3 typed. Duplicates and opted-out numbers are left out in the review.</source>
        <translation>
            <numerusform>Hadi wapokeaji %1: %2 katika kikundi %n na %3 walioandikwa. Namba zinazojirudia na za waliojiondoa huondolewa katika ukaguzi.</numerusform>
            <numerusform>Hadi wapokeaji %1: %2 katika vikundi %n na %3 walioandikwa. Namba zinazojirudia na za waliojiondoa huondolewa katika ukaguzi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the recipients and their messages…</source>
        <translation>Inahesabu wapokeaji na jumbe zao…</translation>
    </message>
    <message>
        <source>(%1 duplicates sent once, %2 opted out left out)</source>
        <translation>(%1 zinazojirudia zinatumwa mara moja, %2 waliojiondoa wameachwa)</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s): %1</source>
        <translation>
            <numerusform>sehemu %n: %1</numerusform>
            <numerusform>sehemu %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 SMS parts in all (%2)</source>
        <translation>Jumbe: sehemu %1 za SMS kwa jumla (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: %1 %2&lt;/b&gt; (%3 credits)</source>
        <translation>&lt;b&gt;Gharama: %1 %2&lt;/b&gt; (krediti %3)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Salio: %1</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>linatosha</translation>
    </message>
    <message>
        <source>not enough: top up before launching, or the campaign pauses when the credit runs out</source>
        <translation>halitoshi: ongeza salio kabla ya kuzindua, la sivyo kampeni itasitishwa krediti zikiisha</translation>
    </message>
    <message>
        <source>Balance: could not be read (%1)</source>
        <translation>Salio: halikuweza kusomwa (%1)</translation>
    </message>
    <message>
        <source>Balance: asking the provider…</source>
        <translation>Salio: inamwuliza mtoa huduma…</translation>
    </message>
    <message>
        <source>Sending takes about %1: %2 requests at the provider&apos;s limit of %3 a minute. Tuma must stay open meanwhile.</source>
        <translation>Kutuma kunachukua takriban %1: maombi %2 kwa kikomo cha mtoa huduma cha %3 kwa dakika. Tuma lazima ibaki wazi wakati huo.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the provider.</source>
        <translation>
            <numerusform>Ombi %n kwa mtoa huduma.</numerusform>
            <numerusform>Maombi %n kwa mtoa huduma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes out at %1 (%2)%3</source>
        <translation>Inatumwa saa %1 (%2)%3</translation>
    </message>
    <message>
        <source>, held by the provider</source>
        <translation>, ikishikiliwa na mtoa huduma</translation>
    </message>
    <message>
        <source>This provider does not report deliveries: Tuma will know the messages were accepted, not that they arrived.</source>
        <translation>Mtoa huduma huyu haiarifu uwasilishaji: Tuma itajua jumbe zimekubaliwa, si kwamba zimefika.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Inatuma jaribio…</translation>
    </message>
    <message>
        <source>The test was accepted: check your phone.</source>
        <translation>Jaribio limekubaliwa: angalia simu yako.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Namba</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>%1 (Unicode)</source>
        <translation>%1 (Unicode)</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(hakuna sehemu)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n group(s), %2 typed, and the contacts whose %3 is %4: the review counts them, without duplicates and opted-out numbers.</source>
        <translation>
            <numerusform>%1 katika kikundi %n, %2 zilizoandikwa, na anwani ambazo %3 ni %4: mapitio yanazihesabu, bila nakala na namba zilizojiondoa.</numerusform>
            <numerusform>%1 katika vikundi %n, %2 zilizoandikwa, na anwani ambazo %3 ni %4: mapitio yanazihesabu, bila nakala na namba zilizojiondoa.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> au </translation>
    </message>
    <message>
        <source>The provider&apos;s own estimate, from the first message: %1 credits</source>
        <translation>Makadirio ya mtoa huduma mwenyewe, kutoka ujumbe wa kwanza: krediti %1</translation>
    </message>
    <message>
        <source>The provider&apos;s own estimate: %1 credits</source>
        <translation>Makadirio ya mtoa huduma mwenyewe: krediti %1</translation>
    </message>
    <message>
        <source>more than the balance, it says</source>
        <translation>zaidi ya salio, inasema</translation>
    </message>
    <message>
        <source>Asking the provider for its groups…</source>
        <translation>Inamwuliza mtoa huduma vikundi vyake…</translation>
    </message>
    <message>
        <source>The provider&apos;s groups could not be read: %1</source>
        <translation>Vikundi vya mtoa huduma havikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>A group kept at the provider: it sends one text to each of its members.</source>
        <translation>Kikundi kilicho kwa mtoa huduma: hutuma maandishi mamoja kwa kila mwanachama wake.</translation>
    </message>
    <message>
        <source>Everyone in the provider&apos;s group &quot;%1&quot; (the provider does not say how many).</source>
        <translation>Kila mtu katika kikundi &quot;%1&quot; cha mtoa huduma (mtoa huduma hasemi ni wangapi).</translation>
    </message>
    <message>
        <source>The provider sends the same text to each, so the message cannot have placeholders; numbers opted out in Tuma are not left out.</source>
        <translation>Mtoa huduma hutuma maandishi yale yale kwa kila mmoja, kwa hiyo ujumbe hauwezi kuwa na vishika-nafasi; namba zilizojiondoa katika Tuma haziachwi nje.</translation>
    </message>
    <message>
        <source>Each member of &quot;%1&quot;</source>
        <translation>Kila mwanachama wa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everyone in the provider&apos;s group &quot;%1&quot;&lt;/b&gt; (it does not say how many: the figures below are for one message)</source>
        <translation>&lt;b&gt;Kila mtu katika kikundi &quot;%1&quot; cha mtoa huduma&lt;/b&gt; (hasemi ni wangapi: takwimu zilizo chini ni za ujumbe mmoja)</translation>
    </message>
    <message>
        <source>Numbers opted out in Tuma are not removed from the provider&apos;s group: the provider&apos;s own opt-out list applies.</source>
        <translation>Namba zilizojiondoa katika Tuma haziondolewi kutoka kikundi cha mtoa huduma: orodha ya kujiondoa ya mtoa huduma mwenyewe ndiyo inayotumika.</translation>
    </message>
    <message>
        <source>Tuma follows the send to the group as one message, up to &quot;accepted by the provider&quot;; what each member received is in the provider&apos;s own reports.</source>
        <translation>Tuma hufuatilia utumaji kwa kikundi kama ujumbe mmoja, hadi &quot;imekubaliwa na mtoa huduma&quot;; kile kila mwanachama alichopokea kimo katika ripoti za mtoa huduma.</translation>
    </message>
    <message>
        <source>None: Tuma&apos;s contacts chosen above</source>
        <translation>Hakuna: anwani za Tuma zilizochaguliwa juu</translation>
    </message>
    <message numerus="yes">
        <source>Nobody would receive it: every number of its audience has opted out (%Ln number(s)). Go back and choose other groups or numbers, or remove from the Opt-outs page the numbers that asked for messages again.</source>
        <translation>
            <numerusform>Hakuna mtu atakayeupokea: kila nambari ya walengwa wake imejiondoa (nambari %Ln). Rudi nyuma uchague vikundi au nambari nyingine, au ondoa kwenye ukurasa wa Waliojiondoa nambari zilizoomba kupokea jumbe tena.</numerusform>
            <numerusform>Hakuna mtu atakayeupokea: kila nambari ya walengwa wake imejiondoa (nambari %Ln). Rudi nyuma uchague vikundi au nambari nyingine, au ondoa kwenye ukurasa wa Waliojiondoa nambari zilizoomba kupokea jumbe tena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody would receive it: its groups are empty and no number is typed. Go back and choose a group with contacts, or type numbers.</source>
        <translation>Hakuna mtu atakayeupokea: vikundi vyake ni vitupu na hakuna nambari iliyoandikwa. Rudi nyuma uchague kikundi chenye anwani, au andika nambari.</translation>
    </message>
    <message>
        <source>Discard this campaign?</source>
        <translation>Futa kampeni hii?</translation>
    </message>
    <message>
        <source>What you entered for this campaign is not saved. Discard it, or keep editing (Save as draft, on the review, keeps it for later)?</source>
        <translation>Ulichoingiza kwa kampeni hii hakijahifadhiwa. Kifute, au uendelee kuhariri (Hifadhi kama rasimu, kwenye ukaguzi, huihifadhi kwa baadaye)?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Endelea Kuhariri</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Futa</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln contact(s))</source>
        <translation>
            <numerusform>%1 (anwani %Ln)</numerusform>
            <numerusform>%1 (anwani %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the provider&apos;s group &quot;%1&quot;: %Ln contact(s), as the provider counts them.</source>
        <translation>
            <numerusform>Kila mtu katika kikundi &quot;%1&quot; cha mtoa huduma: anwani %Ln, kama mtoa huduma anavyozihesabu.</numerusform>
            <numerusform>Kila mtu katika kikundi &quot;%1&quot; cha mtoa huduma: anwani %Ln, kama mtoa huduma anavyozihesabu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln recipient(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;mpokeaji %Ln&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;wapokeaji %Ln&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) contain characters outside the GSM alphabet and go as Unicode: up to twice the parts. The composer can replace them.</source>
        <translation>
            <numerusform>Ujumbe %Ln una herufi nje ya alfabeti ya GSM na unatumwa kama Unicode: hadi mara mbili ya sehemu. Kihariri kinaweza kuzibadilisha.</numerusform>
            <numerusform>Jumbe %Ln zina herufi nje ya alfabeti ya GSM na zinatumwa kama Unicode: hadi mara mbili ya sehemu. Kihariri kinaweza kuzibadilisha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; is empty for %Ln recipient(s) and has no default: write &amp;lt;&amp;lt;%1|default&amp;gt;&amp;gt; to fill the gap.</source>
        <translation>
            <numerusform>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; ni tupu kwa mpokeaji %Ln na haina chaguo-msingi: andika &amp;lt;&amp;lt;%1|chaguo-msingi&amp;gt;&amp;gt; kujaza pengo.</numerusform>
            <numerusform>&amp;lt;&amp;lt;%1&amp;gt;&amp;gt; ni tupu kwa wapokeaji %Ln na haina chaguo-msingi: andika &amp;lt;&amp;lt;%1|chaguo-msingi&amp;gt;&amp;gt; kujaza pengo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) are outside the countries %1 serves (%2): the provider will refuse them, and they will show as failed.</source>
        <translation>
            <numerusform>Namba %Ln iko nje ya nchi ambazo %1 inahudumia (%2): mtoa huduma ataikataa, na itaonekana imeshindwa.</numerusform>
            <numerusform>Namba %Ln ziko nje ya nchi ambazo %1 inahudumia (%2): mtoa huduma atazikataa, na zitaonekana zimeshindwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Hariri Kampeni</translation>
    </message>
</context>
<context>
    <name>tuma::OptOutsModel</name>
    <message>
        <source>Added by hand</source>
        <translation>Imeongezwa kwa mkono</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imeingizwa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Iliongezwa</translation>
    </message>
</context>
<context>
    <name>tuma::OptOutsPage</name>
    <message numerus="yes">
        <source>%Ln number(s) opted out</source>
        <translation>
            <numerusform>Nambari %Ln iliyojiondoa</numerusform>
            <numerusform>Nambari %Ln zilizojiondoa</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt Out a Number</source>
        <translation>Ongeza Nambari Iliyojiondoa</translation>
    </message>
    <message>
        <source>Phone number that must never receive a campaign (for example %1):</source>
        <translation>Nambari ya simu ambayo haipaswi kamwe kupokea kampeni (kwa mfano %1):</translation>
    </message>
    <message>
        <source>%1 will receive no campaigns.</source>
        <translation>%1 haitapokea kampeni yoyote.</translation>
    </message>
    <message>
        <source>%1 was already opted out.</source>
        <translation>%1 tayari imejiondoa.</translation>
    </message>
    <message>
        <source>Import Opt-Outs</source>
        <translation>Ingiza Nambari Zilizojiondoa</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Lahajedwali (*.csv *.tsv *.txt *.xlsx);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Importing opt-outs…</source>
        <translation>Inaingiza nambari zilizojiondoa…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Uingizaji umeshindwa</translation>
    </message>
    <message>
        <source>%1 numbers added, %2 already listed, %3 rows without a valid number.</source>
        <translation>Nambari %1 zimeongezwa, %2 tayari zimo kwenye orodha, safu %3 hazina nambari halali.</translation>
    </message>
    <message>
        <source>Remove Opt-Outs</source>
        <translation>Ondoa kwenye Orodha ya Waliojiondoa</translation>
    </message>
    <message numerus="yes">
        <source>Let %Ln number(s) receive campaigns again?</source>
        <translation>
            <numerusform>Uruhusu nambari %Ln ipokee kampeni tena?</numerusform>
            <numerusform>Uruhusu nambari %Ln zipokee kampeni tena?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) may receive campaigns again.</source>
        <translation>
            <numerusform>Nambari %Ln inaweza kupokea kampeni tena.</numerusform>
            <numerusform>Nambari %Ln zinaweza kupokea kampeni tena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reasons were read from the file.</source>
        <translation>Sababu zimesomwa kutoka kwenye faili.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot;: %3</source>
        <translation>Mstari %1: &quot;%2&quot;: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…na %Ln zaidi.</numerusform>
            <numerusform>…na %Ln zaidi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows Not Imported</source>
        <translation>Safu Zisizoingizwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of the file held no number that can be opted out. Correct them in the file and import it again: the numbers already added are not added twice.</source>
        <translation>
            <numerusform>Safu %Ln ya faili haikuwa na nambari inayoweza kuondolewa. Isahihishe kwenye faili kisha uliingize tena: nambari zilizokwisha ongezwa haziongezwi mara mbili.</numerusform>
            <numerusform>Safu %Ln za faili hazikuwa na nambari inayoweza kuondolewa. Zisahihishe kwenye faili kisha uliingize tena: nambari zilizokwisha ongezwa haziongezwi mara mbili.</numerusform>
        </translation>
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
        <source>%Ln contact(s) have no %1: give it a default, as in &lt;&lt;%1|Customer&gt;&gt;.</source>
        <translation>
            <numerusform>Anwani %Ln haina %1: iwekee chaguo-msingi, kama &lt;&lt;%1|Mteja&gt;&gt;.</numerusform>
            <numerusform>Anwani %Ln hazina %1: iwekee chaguo-msingi, kama &lt;&lt;%1|Mteja&gt;&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opted-out contact(s) will not receive it.</source>
        <translation>
            <numerusform>Anwani %Ln iliyojiondoa haitaupokea.</numerusform>
            <numerusform>Anwani %Ln zilizojiondoa hazitaupokea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::ProviderAdapter</name>
    <message>
        <source>The provider sent an empty answer. Try again in a few minutes.</source>
        <translation>Mtoa huduma ametuma jibu tupu. Jaribu tena baada ya dakika chache.</translation>
    </message>
    <message>
        <source>The provider answered with a web page instead of data. Its service may be down, or the account&apos;s address may be wrong.</source>
        <translation>Mtoa huduma amejibu kwa ukurasa wa wavuti badala ya data. Huenda huduma yake haifanyi kazi, au anwani ya API ya akaunti si sahihi.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read (it is cut off or malformed). Try again in a few minutes.</source>
        <translation>Jibu la mtoa huduma halikuweza kusomwa (limekatika au limeharibika). Jaribu tena baada ya dakika chache.</translation>
    </message>
    <message>
        <source>The provider answered with a server error (HTTP %1) after the messages were sent, so Tuma cannot tell whether they were accepted. They are not sent again automatically; check with the provider before sending them again.</source>
        <translation>Mtoa huduma amejibu kwa hitilafu ya seva (HTTP %1) baada ya jumbe kutumwa, kwa hiyo Tuma haiwezi kujua kama zimekubaliwa. Hazitumwi tena zenyewe; hakikisha na mtoa huduma kabla ya kuzituma tena.</translation>
    </message>
    <message>
        <source>The proxy between this computer and the internet asks for a user name and password. Sign in when Tuma asks, or save them with: tuma-cli proxy login USER</source>
        <translation>Proksi iliyo kati ya kompyuta hii na intaneti inaomba jina la mtumiaji na nenosiri. Ingia Tuma inapouliza, au yahifadhi kwa: tuma-cli proxy login MTUMIAJI</translation>
    </message>
</context>
<context>
    <name>tuma::ProviderGroupsTab</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Iliundwa</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la mwisho</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Showing the first %1 of the group&apos;s %2 contacts. Bring the group into Tuma to see them all.</source>
        <translation>Inaonyesha anwani %1 za kwanza kati ya %2 za kikundi. Leta kikundi kwenye Tuma ili kuziona zote.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>There is no Tuma group to send yet. Create one on the Groups page.</source>
        <translation>Bado hakuna kikundi cha Tuma cha kutuma. Unda kimoja kwenye ukurasa wa Vikundi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln contact(s))</source>
        <translation>
            <numerusform>%1 (anwani %Ln)</numerusform>
            <numerusform>%1 (anwani %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a Group to the Provider</source>
        <translation>Tuma Kikundi kwa Mtoa Huduma</translation>
    </message>
    <message>
        <source>Sending the group to the provider…</source>
        <translation>Inatuma kikundi kwa mtoa huduma…</translation>
    </message>
    <message>
        <source>Bringing the group into Tuma…</source>
        <translation>Inaleta kikundi kwenye Tuma…</translation>
    </message>
    <message>
        <source>Rename Group on the Provider</source>
        <translation>Badilisha Jina la Kikundi kwa Mtoa Huduma</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Jina jipya:</translation>
    </message>
    <message>
        <source>Delete Group on the Provider</source>
        <translation>Futa Kikundi kwa Mtoa Huduma</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot; from the provider? Tuma&apos;s own groups and contacts are not touched.</source>
        <translation>Ufute kikundi &quot;%1&quot; kwa mtoa huduma? Vikundi na anwani za Tuma yenyewe havitaguswa.</translation>
    </message>
    <message>
        <source>Delete Contact on the Provider</source>
        <translation>Futa Anwani kwa Mtoa Huduma</translation>
    </message>
    <message>
        <source>Delete %1 from the provider&apos;s group? Tuma&apos;s own contacts are not touched.</source>
        <translation>Ufute %1 kwenye kikundi cha mtoa huduma? Anwani za Tuma yenyewe hazitaguswa.</translation>
    </message>
    <message>
        <source>The provider&apos;s group of the same name gets these contacts, opted-out numbers left out:</source>
        <translation>Kikundi cha jina hilohilo kwa mtoa huduma kitapata anwani hizi, bila nambari zilizojiondoa:</translation>
    </message>
    <message>
        <source>Delete %1 from the provider? It leaves every group there, not only this one. Tuma&apos;s own contacts are not touched.</source>
        <translation>Futa %1 kwa mtoa huduma? Itaondoka kwenye kila kikundi huko, si hiki tu. Anwani za Tuma hazitaguswa.</translation>
    </message>
</context>
<context>
    <name>tuma::ProviderTemplatesTab</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copied the template into Tuma as &quot;%1&quot;. Find it on the Templates page.</source>
        <translation>Kiolezo kimenakiliwa kwenye Tuma kama &quot;%1&quot;. Kipate kwenye ukurasa wa Violezo.</translation>
    </message>
    <message>
        <source>There is no Tuma template to send yet. Write one on the Templates page.</source>
        <translation>Bado hakuna kiolezo cha Tuma cha kutuma. Andika kimoja kwenye ukurasa wa Violezo.</translation>
    </message>
    <message>
        <source>Send a Template to the Provider</source>
        <translation>Tuma Kiolezo kwa Mtoa Huduma</translation>
    </message>
    <message>
        <source>The provider gets this template; a template of the same name there is replaced:</source>
        <translation>Mtoa huduma atapokea kiolezo hiki; kiolezo chenye jina hilohilo kilichopo huko kitabadilishwa:</translation>
    </message>
    <message>
        <source>Sent the template &quot;%1&quot; to the provider.</source>
        <translation>Kiolezo &quot;%1&quot; kimetumwa kwa mtoa huduma.</translation>
    </message>
    <message>
        <source>Delete Template on the Provider</source>
        <translation>Futa Kiolezo kwa Mtoa Huduma</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; from the provider? Tuma&apos;s own templates are not touched.</source>
        <translation>Ufute kiolezo &quot;%1&quot; kwa mtoa huduma? Violezo vya Tuma yenyewe havitaguswa.</translation>
    </message>
</context>
<context>
    <name>tuma::ProxyLoginDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Kuingia kwenye proksi</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again so that Tuma can reach the SMS provider.</source>
        <translation>Proksi %1 haikukubali jina la mtumiaji na nenosiri. Yaandike tena ili Tuma ifikie mtoa huduma wa SMS.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password before Tuma can reach the SMS provider.</source>
        <translation>Proksi %1 inaomba jina la mtumiaji na nenosiri kabla Tuma haijamfikia mtoa huduma wa SMS.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Jina la mtumiaji:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>Tuma keeps them in the system keychain, never in its settings.</source>
        <translation>Tuma huyahifadhi kwenye hifadhi ya funguo ya mfumo, kamwe si kwenye mipangilio yake.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ingia</translation>
    </message>
</context>
<context>
    <name>tuma::QsmsAdapter</name>
    <message>
        <source>QSMS refused the sender ID. Choose one of the sender IDs registered for the account.</source>
        <translation>QSMS imekataa kitambulisho cha mtumaji. Chagua mojawapo ya vitambulisho vya mtumaji vilivyosajiliwa kwa akaunti.</translation>
    </message>
    <message>
        <source>There is nobody to send to.</source>
        <translation>Hakuna mtu wa kumtumia ujumbe.</translation>
    </message>
    <message>
        <source>QSMS takes at most %1 recipients in one request.</source>
        <translation>QSMS hupokea wapokeaji %1 kwa upeo katika ombi moja.</translation>
    </message>
    <message>
        <source>QSMS needs a sender ID. Choose one for the account or the message.</source>
        <translation>QSMS inahitaji kitambulisho cha mtumaji. Chagua kimoja kwa akaunti au kwa ujumbe.</translation>
    </message>
    <message>
        <source>A delivery report from QSMS could not be read: it is not a JSON object.</source>
        <translation>Ripoti ya uwasilishaji kutoka QSMS haikuweza kusomwa: si kitu cha JSON.</translation>
    </message>
    <message>
        <source>A delivery report from QSMS names no message (messageId is missing).</source>
        <translation>Ripoti ya uwasilishaji kutoka QSMS haitaji ujumbe wowote (messageId haipo).</translation>
    </message>
    <message>
        <source>QSMS&apos;s balance answer has no balance_kes.</source>
        <translation>Jibu la salio la QSMS halina balance_kes.</translation>
    </message>
</context>
<context>
    <name>tuma::QuickFlowAdapter</name>
    <message>
        <source>QuickFlow did not accept the account&apos;s API key and secret. Check them in the account&apos;s settings (written as key:secret).</source>
        <translation>QuickFlow haikukubali ufunguo wa API na siri ya akaunti. Vikague katika mipangilio ya akaunti (vimeandikwa kama key:secret).</translation>
    </message>
    <message>
        <source>QuickFlow refused this for the account: the sender ID may not be assigned to it. Check the account&apos;s sender IDs.</source>
        <translation>QuickFlow imekataa hili kwa akaunti hii: huenda kitambulisho cha mtumaji hakijapewa akaunti hiyo. Kagua vitambulisho vya mtumaji vya akaunti.</translation>
    </message>
    <message>
        <source>QuickFlow refused the request: %1</source>
        <translation>QuickFlow imekataa ombi: %1</translation>
    </message>
    <message>
        <source>The QuickFlow account needs its API key and API secret, written as key:secret. Enter them in the account&apos;s settings.</source>
        <translation>Akaunti ya QuickFlow inahitaji ufunguo wake wa API na siri ya API, vikiandikwa kama key:secret. Viweke katika mipangilio ya akaunti.</translation>
    </message>
    <message>
        <source>QuickFlow needs a sender ID for this. Add the sender ID QuickFlow assigned to you to the account&apos;s settings.</source>
        <translation>QuickFlow inahitaji kitambulisho cha mtumaji kwa hili. Ongeza kitambulisho cha mtumaji ulichopewa na QuickFlow kwenye mipangilio ya akaunti.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ongeza angalau mpokeaji mmoja.</translation>
    </message>
    <message>
        <source>QuickFlow takes at most %1 recipients in one request.</source>
        <translation>QuickFlow hupokea wapokeaji %1 kwa upeo katika ombi moja.</translation>
    </message>
    <message>
        <source>The message is empty. Write the text to send.</source>
        <translation>Ujumbe ni mtupu. Andika maandishi ya kutuma.</translation>
    </message>
    <message>
        <source>QuickFlow sends a campaign to one contact group; it cannot send to chosen contacts or to all contacts at once.</source>
        <translation>QuickFlow hutuma kampeni kwa kikundi kimoja cha anwani; haiwezi kutuma kwa anwani zilizochaguliwa au kwa anwani zote kwa pamoja.</translation>
    </message>
    <message>
        <source>QuickFlow sends a campaign to one contact group at a time. Choose one group.</source>
        <translation>QuickFlow hutuma kampeni kwa kikundi kimoja cha anwani kwa wakati mmoja. Chagua kikundi kimoja.</translation>
    </message>
    <message>
        <source>Give the id of the message whose status you want.</source>
        <translation>Toa kitambulisho (id) cha ujumbe ambao unataka kujua hali yake.</translation>
    </message>
    <message>
        <source>QuickFlow&apos;s answer about the message has no status in it. Try again in a few minutes.</source>
        <translation>Jibu la QuickFlow kuhusu ujumbe halina hali yake. Jaribu tena baada ya dakika chache.</translation>
    </message>
    <message>
        <source>QuickFlow&apos;s answer has no balance in it. Try again in a few minutes.</source>
        <translation>Jibu la QuickFlow halina salio. Jaribu tena baada ya dakika chache.</translation>
    </message>
    <message>
        <source>M-Pesa takes whole shillings: give the amount as a whole number.</source>
        <translation>M-Pesa hupokea shilingi kamili: andika kiasi kama nambari kamili.</translation>
    </message>
    <message>
        <source>M-Pesa top-ups need a Kenyan mobile number such as +254712345678.</source>
        <translation>Kuongeza salio kwa M-Pesa kunahitaji nambari ya simu ya mkononi ya Kenya kama +254712345678.</translation>
    </message>
    <message>
        <source>The connection broke after the payment request was sent, so Tuma cannot tell whether it reached M-Pesa. Look for the M-Pesa prompt on the phone and check the balance before asking again.</source>
        <translation>Muunganisho ulikatika baada ya ombi la malipo kutumwa, kwa hiyo Tuma haiwezi kujua kama lilifika M-Pesa. Angalia kama kuna ombi la M-Pesa kwenye simu na kagua salio kabla ya kuomba tena.</translation>
    </message>
    <message>
        <source>M-Pesa refused the payment request: %1</source>
        <translation>M-Pesa imekataa ombi la malipo: %1</translation>
    </message>
    <message>
        <source>Choose a QuickFlow contact group: QuickFlow lists contacts one group at a time.</source>
        <translation>Chagua kikundi cha anwani cha QuickFlow: QuickFlow huorodhesha anwani za kikundi kimoja kwa wakati mmoja.</translation>
    </message>
    <message>
        <source>A QuickFlow contact needs a group and a phone number.</source>
        <translation>Anwani ya QuickFlow inahitaji kikundi na nambari ya simu.</translation>
    </message>
    <message>
        <source>A QuickFlow contact is updated by its group and its id.</source>
        <translation>Anwani ya QuickFlow husasishwa kwa kikundi chake na kitambulisho (id) chake.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Kipe kikundi jina.</translation>
    </message>
</context>
<context>
    <name>tuma::QuickSendTab</name>
    <message>
        <source>A short test, for example: Hello from Tuma!</source>
        <translation>Jaribio fupi, kwa mfano: Habari kutoka Tuma!</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>sehemu %n</numerusform>
            <numerusform>sehemu %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln message(s) in all</source>
        <translation>
            <numerusform>, ujumbe %Ln kwa jumla</numerusform>
            <numerusform>, jumbe %Ln kwa jumla</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive SMS: %2</source>
        <translation>&quot;%1&quot; haiwezi kupokea SMS: %2</translation>
    </message>
    <message>
        <source>Send to at most %1 numbers here. For more, create a campaign.</source>
        <translation>Hapa tuma kwa nambari %1 kwa upeo. Kwa zaidi, unda kampeni.</translation>
    </message>
    <message>
        <source>Choose a sender ID: this provider needs one.</source>
        <translation>Chagua kitambulisho cha mtumaji: mtoa huduma huyu anakihitaji.</translation>
    </message>
    <message numerus="yes">
        <source>This provider takes at most %Ln number(s) at once. Create a campaign to send to more.</source>
        <translation>
            <numerusform>Mtoa huduma huyu hupokea nambari %Ln kwa upeo kwa wakati mmoja. Unda kampeni ili kutuma kwa zaidi.</numerusform>
            <numerusform>Mtoa huduma huyu hupokea nambari %Ln kwa upeo kwa wakati mmoja. Unda kampeni ili kutuma kwa zaidi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Inatuma…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The provider accepted %Ln message(s).</source>
        <translation>
            <numerusform>Mtoa huduma amekubali ujumbe %Ln.</numerusform>
            <numerusform>Mtoa huduma amekubali jumbe %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Zilizokataliwa: %1</translation>
    </message>
</context>
<context>
    <name>tuma::Reconciler</name>
    <message>
        <source>This provider&apos;s history lists each message with its number and text but no time. Tuma settles a message it finds there, and sends again only one that a complete history does not list. When the same text went to the same number before, the history cannot tell which is which: you decide.</source>
        <translation>Historia ya mtoa huduma huyu huorodhesha kila ujumbe na nambari na maandishi yake lakini bila muda. Tuma huthibitisha ujumbe inaoupata humo, na hutuma tena tu ule ambao historia kamili haiuorodheshi. Maandishi yaleyale yalipotumwa kwa nambari ileile hapo awali, historia haiwezi kutofautisha: wewe ndiye unaamua.</translation>
    </message>
    <message>
        <source>This provider&apos;s history lists each send with its text, sender, time and number of recipients, and a report of each send names them. Tuma settles every message it finds there, and sends again only a send that the complete history of that time does not have.</source>
        <translation>Historia ya mtoa huduma huyu huorodhesha kila utumaji na maandishi, mtumaji, muda na idadi ya wapokeaji wake, na ripoti ya kila utumaji huwataja. Tuma huthibitisha kila ujumbe inaoupata humo, na hutuma tena tu utumaji ambao historia kamili ya muda huo haina.</translation>
    </message>
    <message>
        <source>This provider keeps no history Tuma can read: check its website, then choose to send the unknown messages again or to count them as sent.</source>
        <translation>Mtoa huduma huyu hana historia ambayo Tuma inaweza kusoma: kagua tovuti yake, kisha chagua kutuma tena jumbe zisizojulikana au kuzihesabu kuwa zimetumwa.</translation>
    </message>
    <message>
        <source>The provider&apos;s records could not be read to the end (%1): check again later.</source>
        <translation>Kumbukumbu za mtoa huduma hazikuweza kusomwa hadi mwisho (%1): kagua tena baadaye.</translation>
    </message>
    <message>
        <source>The check was stopped before the provider&apos;s history was read to its end.</source>
        <translation>Ukaguzi ulisimamishwa kabla historia ya mtoa huduma haijasomwa hadi mwisho.</translation>
    </message>
    <message>
        <source>Sent less than two minutes ago: the provider may not list it yet. Check again in a moment.</source>
        <translation>Umetumwa chini ya dakika mbili zilizopita: huenda mtoa huduma bado hajauorodhesha. Kagua tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <source>The provider&apos;s report of this send does not list every number: check again later.</source>
        <translation>Ripoti ya mtoa huduma ya utumaji huu haiorodheshi kila nambari: kagua tena baadaye.</translation>
    </message>
    <message>
        <source>The provider&apos;s records show it never received this message.</source>
        <translation>Kumbukumbu za mtoa huduma zinaonyesha hakuwahi kupokea ujumbe huu.</translation>
    </message>
    <message>
        <source>the provider did not say how long its history is</source>
        <translation>mtoa huduma hakusema historia yake ni ndefu kiasi gani</translation>
    </message>
    <message>
        <source>the provider answered page %1 when asked for page %2</source>
        <translation>mtoa huduma alijibu ukurasa %1 alipoulizwa ukurasa %2</translation>
    </message>
    <message>
        <source>page %1 of %2 came back empty</source>
        <translation>ukurasa %1 kati ya %2 ulirudi mtupu</translation>
    </message>
    <message>
        <source>an entry of the provider&apos;s history has no number</source>
        <translation>ingizo moja la historia ya mtoa huduma halina nambari</translation>
    </message>
    <message>
        <source>The provider&apos;s records cannot prove this message missing (%1). Check the provider&apos;s website, then decide.</source>
        <translation>Kumbukumbu za mtoa huduma haziwezi kuthibitisha kuwa ujumbe huu haupo (%1). Kagua tovuti ya mtoa huduma, kisha uamue.</translation>
    </message>
    <message>
        <source>This campaign was launched before Tuma recorded its sender ID, so the history read may not be the one it went out under. Check the provider&apos;s website, then decide.</source>
        <translation>Kampeni hii ilizinduliwa kabla Tuma haijaanza kurekodi kitambulisho chake cha mtumaji, kwa hiyo historia iliyosomwa huenda si ile ambayo ilitumwa chini yake. Kagua tovuti ya mtoa huduma, kisha uamue.</translation>
    </message>
    <message>
        <source>The provider has a send like this one whose report could not be read or tell whose it is: check again later.</source>
        <translation>Mtoa huduma ana utumaji kama huu ambao ripoti yake haikuweza kusomwa au kuonyesha ni wa nani: kagua tena baadaye.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s history is longer than Tuma reads (%Ln page(s)): it cannot prove this message missing. Check the provider&apos;s website, then decide.</source>
        <translation>
            <numerusform>Historia ya mtoa huduma ni ndefu kuliko Tuma inavyosoma (ukurasa %Ln): haiwezi kuthibitisha kuwa ujumbe huu haupo. Kagua tovuti ya mtoa huduma, kisha uamue.</numerusform>
            <numerusform>Historia ya mtoa huduma ni ndefu kuliko Tuma inavyosoma (kurasa %Ln): haiwezi kuthibitisha kuwa ujumbe huu haupo. Kagua tovuti ya mtoa huduma, kisha uamue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s history lists %Ln message(s) with this text to this number, without times, and Tuma sent it more than once: it cannot tell this one from another. Check the provider&apos;s website, then decide.</source>
        <translation>
            <numerusform>Historia ya mtoa huduma inaorodhesha ujumbe %Ln wenye maandishi haya kwa nambari hii, bila muda, na Tuma iliutuma zaidi ya mara moja: haiwezi kuutofautisha huu na mwingine. Kagua tovuti ya mtoa huduma, kisha uamue.</numerusform>
            <numerusform>Historia ya mtoa huduma inaorodhesha jumbe %Ln zenye maandishi haya kwa nambari hii, bila muda, na Tuma iliutuma zaidi ya mara moja: haiwezi kuutofautisha huu na mwingine. Kagua tovuti ya mtoa huduma, kisha uamue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider has %Ln sends that match this one: Tuma cannot tell which is which. Check the provider&apos;s website, then decide.</source>
        <translation>
            <numerusform>Mtoa huduma ana utumaji %Ln unaofanana na huu: Tuma haiwezi kutofautisha. Kagua tovuti ya mtoa huduma, kisha uamue.</numerusform>
            <numerusform>Mtoa huduma ana utumaji %Ln unaofanana na huu: Tuma haiwezi kutofautisha. Kagua tovuti ya mtoa huduma, kisha uamue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked with the provider: %Ln message(s) never reached it. They are sent when you resume the campaign.</source>
        <translation>
            <numerusform>Imehakikishwa na mtoa huduma: ujumbe %Ln haukumfikia kamwe. Unatumwa utakapoendeleza kampeni.</numerusform>
            <numerusform>Imehakikishwa na mtoa huduma: jumbe %Ln hazikumfikia kamwe. Zinatumwa utakapoendeleza kampeni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tuma::RemoteSync</name>
    <message>
        <source>This provider keeps no contacts: send to a Tuma group with a campaign instead.</source>
        <translation>Mtoa huduma huyu hahifadhi anwani: badala yake, tuma kwa kikundi cha Tuma kupitia kampeni.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Kikundi hakipo tena.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has no contacts to send.</source>
        <translation>Kikundi &quot;%1&quot; hakina anwani za kutuma.</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>Imesimamishwa: hakuna kilichohifadhiwa.</translation>
    </message>
    <message numerus="yes">
        <source>Brought %Ln contact(s) into the group &quot;%1&quot;</source>
        <translation>
            <numerusform>Anwani %Ln imeletwa kwenye kikundi &quot;%1&quot;</numerusform>
            <numerusform>Anwani %Ln zimeletwa kwenye kikundi &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln new)</source>
        <translation>
            <numerusform> (%Ln mpya)</numerusform>
            <numerusform> (%Ln mpya)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln number(s) could not receive SMS and were left out</source>
        <translation>
            <numerusform>; nambari %Ln haikuweza kupokea SMS na imeachwa</numerusform>
            <numerusform>; nambari %Ln hazikuweza kupokea SMS na zimeachwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in &quot;%1&quot; has opted out: nothing was sent.</source>
        <translation>Kila mtu katika &quot;%1&quot; amejiondoa: hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>Push the group again: Tuma looks for the provider&apos;s group by its name before making another.</source>
        <translation>Tuma kikundi tena: Tuma hutafuta kikundi cha mtoa huduma kwa jina lake kabla ya kuunda kingine.</translation>
    </message>
    <message>
        <source>Stopped: nothing was sent.</source>
        <translation>Imesimamishwa: hakuna kilichotumwa.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln contact(s) were added.</source>
        <translation>
            <numerusform>Imesimamishwa baada ya anwani %Ln kuongezwa.</numerusform>
            <numerusform>Imesimamishwa baada ya anwani %Ln kuongezwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln contact(s) were added and %1 taken out.</source>
        <translation>
            <numerusform>Imesimamishwa baada ya anwani %Ln kuongezwa na %1 kuondolewa.</numerusform>
            <numerusform>Imesimamishwa baada ya anwani %Ln kuongezwa na %1 kuondolewa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s group &quot;%1&quot; has the Tuma group &quot;%2&quot;: %Ln contact(s) added</source>
        <translation>
            <numerusform>Kikundi &quot;%1&quot; cha mtoa huduma kina kikundi cha Tuma &quot;%2&quot;: anwani %Ln imeongezwa</numerusform>
            <numerusform>Kikundi &quot;%1&quot; cha mtoa huduma kina kikundi cha Tuma &quot;%2&quot;: anwani %Ln zimeongezwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln taken out</source>
        <translation>
            <numerusform>, %Ln imeondolewa</numerusform>
            <numerusform>, %Ln zimeondolewa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opted-out number(s) were left out.</source>
        <translation>
            <numerusform>Nambari %Ln iliyojiondoa imeachwa nje.</numerusform>
            <numerusform>Nambari %Ln zilizojiondoa zimeachwa nje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) in the provider&apos;s group are no longer in the Tuma group, have opted out or are there twice; %1 cannot take a contact out of one group, so remove them on its website.</source>
        <translation>
            <numerusform>Nambari %Ln katika kikundi cha mtoa huduma haipo tena katika kikundi cha Tuma, imejiondoa au ipo mara mbili; %1 haiwezi kuondoa anwani kwenye kikundi kimoja pekee, kwa hivyo iondoe kwenye tovuti yake.</numerusform>
            <numerusform>Nambari %Ln katika kikundi cha mtoa huduma hazipo tena katika kikundi cha Tuma, zimejiondoa au zipo mara mbili; %1 haiwezi kuondoa anwani kwenye kikundi kimoja pekee, kwa hivyo ziondoe kwenye tovuti yake.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not list a group&apos;s members: numbers taken out of the Tuma group since an earlier push stay in the provider&apos;s group.</source>
        <translation>%1 haiorodheshi wanachama wa kikundi: nambari zilizoondolewa kwenye kikundi cha Tuma tangu utumaji uliopita zinabaki katika kikundi cha mtoa huduma.</translation>
    </message>
</context>
<context>
    <name>tuma::SendingLease</name>
    <message>
        <source>%1 on this computer, process %2</source>
        <translation>%1 kwenye kompyuta hii, mchakato %2</translation>
    </message>
    <message>
        <source>%1 on %2, process %3</source>
        <translation>%1 kwenye %2, mchakato %3</translation>
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
    <message>
        <source>Off: Tuma asks providers for the state of messages.</source>
        <translation>Imezimwa: Tuma huwauliza watoa huduma hali ya jumbe.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Imezimwa</translation>
    </message>
    <message>
        <source>On this computer only (for a tunnel or a reverse proxy)</source>
        <translation>Kwenye kompyuta hii pekee (kwa handaki au proksi ya kinyume)</translation>
    </message>
    <message>
        <source>On the network</source>
        <translation>Kwenye mtandao</translation>
    </message>
    <message>
        <source>Save, then open the settings again: each account that receives reports gets its own address to give its provider.</source>
        <translation>Hifadhi, kisha fungua mipangilio tena: kila akaunti inayopokea ripoti hupata anwani yake ya kumpa mtoa huduma wake.</translation>
    </message>
    <message>
        <source>Give each provider its account&apos;s address below, with the public address of your tunnel or proxy in place of 127.0.0.1:%1. A request without the account&apos;s secret address changes nothing.</source>
        <translation>Mpe kila mtoa huduma anwani ya akaunti yake iliyo hapa chini, ukiweka anwani ya umma ya handaki au proksi yako mahali pa 127.0.0.1:%1. Ombi lisilo na anwani ya siri ya akaunti halibadilishi chochote.</translation>
    </message>
    <message>
        <source>Give each provider its account&apos;s address below, with your public address in place of this computer&apos;s if the port is forwarded. A request without the account&apos;s secret address changes nothing.</source>
        <translation>Mpe kila mtoa huduma anwani ya akaunti yake iliyo hapa chini, ukiweka anwani yako ya umma mahali pa ile ya kompyuta hii ikiwa mlango umepelekwa. Ombi lisilo na anwani ya siri ya akaunti halibadilishi chochote.</translation>
    </message>
</context>
<context>
    <name>tuma::Sms254Adapter</name>
    <message>
        <source>254sms accepts this API key only from another domain. Use a key made for this use, or a developer key without a domain check.</source>
        <translation>254sms inakubali ufunguo huu wa API kutoka kikoa kingine tu. Tumia ufunguo uliotengenezwa kwa matumizi haya, au ufunguo wa msanidi programu usio na ukaguzi wa kikoa.</translation>
    </message>
    <message>
        <source>254sms does not know the account&apos;s username. Check the username and the API key.</source>
        <translation>254sms haitambui jina la mtumiaji la akaunti. Kagua jina la mtumiaji na ufunguo wa API.</translation>
    </message>
    <message>
        <source>254sms answered without the expected object.</source>
        <translation>254sms ilijibu bila kitu kilichotarajiwa.</translation>
    </message>
    <message>
        <source>There is nobody to send to.</source>
        <translation>Hakuna mtu wa kumtumia ujumbe.</translation>
    </message>
    <message>
        <source>254sms takes at most %1 recipients in one request.</source>
        <translation>254sms hupokea wapokeaji %1 kwa upeo katika ombi moja.</translation>
    </message>
    <message>
        <source>254sms&apos;s credits answer has no credits.</source>
        <translation>Jibu la krediti la 254sms halina krediti.</translation>
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
    <message>
        <source>Save the template (%1)</source>
        <translation>Hifadhi kiolezo (%1)</translation>
    </message>
</context>
<context>
    <name>tuma::TopUpDialog</name>
    <message>
        <source>Top Up %1</source>
        <translation>Ongeza Salio la %1</translation>
    </message>
    <message>
        <source>%1 sends an M-Pesa payment request to your phone. Once you approve it with your M-Pesa PIN, the credit arrives on the account %2.</source>
        <translation>%1 hutuma ombi la malipo la M-Pesa kwenye simu yako. Ukishaliidhinisha kwa PIN yako ya M-Pesa, krediti huingia kwenye akaunti %2.</translation>
    </message>
    <message>
        <source>KES </source>
        <translation>KES </translation>
    </message>
    <message>
        <source>The account %1 cannot be topped up from Tuma: its provider takes no M-Pesa payment requests. Buy credit the way your provider explains; the balance here follows once it arrives.</source>
        <translation>Akaunti %1 haiwezi kuongezewa salio kutoka Tuma: mtoa huduma wake hapokei maombi ya malipo ya M-Pesa. Nunua krediti kwa njia anayoeleza mtoa huduma wako; salio hapa litasasishwa mara krediti itakapoingia.</translation>
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation>Inatuma ombi la malipo…</translation>
    </message>
    <message>
        <source>Approve the payment of KES %1 on your phone %2: enter your M-Pesa PIN when asked.</source>
        <translation>Idhinisha malipo ya KES %1 kwenye simu yako %2: weka PIN yako ya M-Pesa utakapoombwa.</translation>
    </message>
    <message>
        <source>Paid: your balance rose from %1 to %2.</source>
        <translation>Imelipwa: salio lako limepanda kutoka %1 hadi %2.</translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be taken back from here: if you do not want to pay, decline it on the phone. If you approve it, the credit arrives even after you close this window; Tuma keeps watching for %n minute(s) and notes the payment in the Activity Log.</source>
        <translation>
            <numerusform>Ombi haliwezi kurudishwa kutoka hapa: ikiwa hutaki kulipa, likatae kwenye simu. Ukiliidhinisha, krediti zitafika hata baada ya kufunga dirisha hili; Tuma inaendelea kufuatilia kwa dakika %n na kuandika malipo kwenye Kumbukumbu za Shughuli.</numerusform>
            <numerusform>Ombi haliwezi kurudishwa kutoka hapa: ikiwa hutaki kulipa, likatae kwenye simu. Ukiliidhinisha, krediti zitafika hata baada ya kufunga dirisha hili; Tuma inaendelea kufuatilia kwa dakika %n na kuandika malipo kwenye Kumbukumbu za Shughuli.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment has arrived yet. If you approve it, the balance rises by itself: Tuma keeps watching until %1, also after you close this window.</source>
        <translation>Bado hakuna malipo yaliyofika. Ukiidhinisha, salio litapanda lenyewe: Tuma inaendelea kufuatilia hadi %1, hata baada ya kufunga dirisha hili.</translation>
    </message>
    <message>
        <source>No payment has arrived. If you approved it, refresh the balance on the Accounts page in a while; otherwise try again.</source>
        <translation>Hakuna malipo yaliyofika. Ikiwa uliidhinisha, onyesha upya salio kwenye ukurasa wa Akaunti baada ya muda; la sivyo jaribu tena.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Malipo yamepokelewa</translation>
    </message>
    <message>
        <source>The M-Pesa payment of KES %1 for %2 has arrived: the balance rose from %3 to %4.</source>
        <translation>Malipo ya M-Pesa ya KES %1 kwa %2 yamefika: salio limepanda kutoka %3 hadi %4.</translation>
    </message>
</context>
<context>
    <name>tuma::TransactionsTab</name>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Salio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Marejeleo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Haijapakiwa</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Zote</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Ununuzi</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Matumizi</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Marejesho</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Bonasi</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Marekebisho</translation>
    </message>
</context>
</TS>
