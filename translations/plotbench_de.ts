<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AiReviewSummary</name>
    <message>
        <location filename="../models/github/aireviewsummary.cpp" line="+135"/>
        <source>AI review</source>
        <translation>KI-Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation complete</source>
        <translation>Implementierung fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attempt %1/%2</source>
        <translation>Versuch %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has unexpanded placeholders</source>
        <translation>enthält nicht ersetzte Platzhalter</translation>
    </message>
</context>
<context>
    <name>ApiCatalogMapper</name>
    <message>
        <location filename="../models/sync/apicatalogmapper.cpp" line="+298"/>
        <source>the answer should be a list of specs</source>
        <translation>die Antwort sollte eine Liste von Spezifikationen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an entry is not an object; skipped</source>
        <translation>ein Eintrag ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a spec id; the entry is skipped</source>
        <translation>&apos;%1&apos; ist keine Spezifikations-ID; der Eintrag wird übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is listed twice; the first entry is kept</source>
        <translation>&apos;%1&apos; ist zweimal aufgeführt; der erste Eintrag bleibt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer should be an object with a list of images</source>
        <translation>die Antwort sollte ein Objekt mit einer Liste von Bildern sein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the answer should be an object; the spec is skipped</source>
        <translation>die Antwort sollte ein Objekt sein; die Spezifikation wird übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is &apos;%1&apos;, not the &apos;%2&apos; that was asked for; &apos;%2&apos; is used</source>
        <translation>ist &apos;%1&apos;, nicht das angefragte &apos;%2&apos;; &apos;%2&apos; wird verwendet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>should be a list</source>
        <translation>sollte eine Liste sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> is not an object; skipped</source>
        <translation> ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a library id; the implementation is skipped</source>
        <translation>&apos;%1&apos; ist keine Bibliotheks-ID; die Implementierung wird übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a language id; &apos;python&apos; is used</source>
        <translation>&apos;%1&apos; ist keine Sprach-ID; &apos;python&apos; wird verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; appears twice; the first is kept</source>
        <translation>&apos;%1&apos; kommt zweimal vor; das erste bleibt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is outside 0–100; left out</source>
        <translation>%1 liegt außerhalb von 0–100; ausgelassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is neither APPROVED nor REJECTED</source>
        <translation>&apos;%1&apos; ist weder APPROVED noch REJECTED</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the answer should be an object with a list of libraries</source>
        <translation>die Antwort sollte ein Objekt mit einer Liste von Bibliotheken sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the API has no code for this implementation</source>
        <translation>die API hat keinen Code für diese Implementierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer carries no code</source>
        <translation>die Antwort enthält keinen Code</translation>
    </message>
</context>
<context>
    <name>ApiCatalogSource</name>
    <message>
        <location filename="../models/sync/apicatalogsource.cpp" line="+93"/>
        <source>&apos;%1&apos; is not an http(s) URL of an anyplot API</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL einer anyplot-API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the API URL must not carry a user name or password</source>
        <translation>die API-URL darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>anyplot API</source>
        <translation>anyplot-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyplot API at %1</source>
        <translation>anyplot-API unter %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the offline copy from %1 is kept</source>
        <translation>die Offline-Kopie vom %1 bleibt erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching the catalog index from %1…</source>
        <translation>Katalogindex wird von %1 geholt…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>resumed: %1 of %2 already fetched</source>
        <translation>fortgesetzt: %1 von %2 bereits abgerufen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Fetching %n changed spec(s)…</source>
        <translation>
            <numerusform>%n geänderte Spezifikation wird geholt…</numerusform>
            <numerusform>%n geänderte Spezifikationen werden geholt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fetching %n changed spec(s) (%1)…</source>
        <translation>
            <numerusform>Rufe %n geänderte Spezifikation ab (%1)…</numerusform>
            <numerusform>Rufe %n geänderte Spezifikationen ab (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Fetched %1 of %n changed spec(s)…</source>
        <translation>
            <numerusform>%1 von %n geänderten Spezifikation geholt…</numerusform>
            <numerusform>%1 von %n geänderten Spezifikationen geholt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the index lists this spec but its details answer 404; only the index entry is shown</source>
        <translation>der Index führt diese Spezifikation, ihre Details antworten aber mit 404; nur der Indexeintrag wird gezeigt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the offline copy…</source>
        <translation>Offline-Kopie wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not code of the API catalog</source>
        <translation>%1 ist kein Code des API-Katalogs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog does not say which API it came from.</source>
        <translation>Der Katalog sagt nicht, von welcher API er stammt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The code could not be fetched: %1</source>
        <translation>Der Code konnte nicht geholt werden: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../models/sync/apiclient.cpp" line="+196"/>
        <location line="+116"/>
        <source>GET %1 was canceled</source>
        <translation>GET %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>GET %1: the server sent nothing for %2 s</source>
        <translation>GET %1: der Server hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET %1: the answer is larger than %2 MB; refused</source>
        <translation>GET %1: die Antwort ist größer als %2 MB; abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GET %1: more than %2 redirects (a redirect loop?)</source>
        <translation>GET %1: mehr als %2 Weiterleitungen (eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET %1: redirected from https to http; refused</source>
        <translation>GET %1: von https auf http umgeleitet; abgelehnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GET %1: HTTP 403 with an HTML page: a CDN or proxy in front of the API refused the request; try again later or check the URL</source>
        <translation>GET %1: HTTP 403 mit einer HTML-Seite: ein CDN oder Proxy vor der API hat die Anfrage abgelehnt; später erneut versuchen oder die URL prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET %1: HTTP %2</source>
        <translation>GET %1: HTTP %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET %1: HTTP %2: %3</source>
        <translation>GET %1: HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>GET %1: the answer was cut off after %2 of %3 bytes</source>
        <translation>GET %1: die Antwort brach nach %2 von %3 Bytes ab</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>GET %1: the connection closed before the answer was complete</source>
        <translation>GET %1: die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET %1: %2</source>
        <translation>GET %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GET %1: the answer is empty, not JSON</source>
        <translation>GET %1: die Antwort ist leer, kein JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET %1: the answer was cut off in the middle of its JSON (%2 bytes)</source>
        <translation>GET %1: die Antwort brach mitten im JSON ab (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GET %1: the answer is not valid JSON (%2 at byte %3)</source>
        <translation>GET %1: die Antwort ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>the server asks to wait %n s, longer than we wait</source>
        <translation>
            <numerusform>der Server bittet, %n s zu warten, länger als wir warten</numerusform>
            <numerusform>der Server bittet, %n s zu warten, länger als wir warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(after %n attempt(s))</source>
        <translation>
            <numerusform>(nach %n Versuch)</numerusform>
            <numerusform>(nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveSyncPage</name>
    <message>
        <location filename="../widgets/sync/archivesyncpage.cpp" line="+29"/>
        <source>main, a tag or a commit SHA</source>
        <translation>main, ein Tag oder ein Commit-SHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my GitHub token</source>
        <translation>Mein GitHub-Token verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token from Settings → GitHub or GITHUB_TOKEN: 5,000 instead of 60 requests an hour, and private forks. It is sent to the GitHub API only, never shown.</source>
        <translation>Das Token aus Einstellungen → GitHub oder GITHUB_TOKEN: 5.000 statt 60 Anfragen pro Stunde, und private Forks. Es wird nur an die GitHub-API gesendet und nie angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: download the ref above</source>
        <translation>keine: die Referenz oben herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;Local Zip…</source>
        <translation>&amp;Lokales Zip öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Instead</source>
        <translation>Stattdessen herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The zipball of the ref is downloaded through the GitHub API and read in place, without unpacking; the commit keys the index, and everything is kept for offline use.</source>
        <translation>Das Zip-Archiv der Referenz wird über die GitHub-API heruntergeladen und ohne Entpacken direkt gelesen; der Commit versioniert den Index, und alles wird für die Offline-Nutzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ef:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local zip:</source>
        <translation>Lokales Zip:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give the repository as OWNER/NAME, like %1</source>
        <translation>Geben Sie das Repository als BESITZER/NAME an, etwa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a branch, tag or commit</source>
        <translation>„%1“ ist kein Branch, Tag oder Commit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Zip of an anyplot Checkout</source>
        <translation>Zip eines anyplot-Checkouts öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>AreaBasic</name>
    <message>
        <location filename="../plots/area-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Ordered position along the horizontal axis</source>
        <translation>Geordnete Position entlang der horizontalen Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity filled down to zero</source>
        <translation>Menge, bis null gefüllt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hour of day</source>
        <translation>Stunde des Tages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visitors inside</source>
        <translation>Besucher im Haus</translation>
    </message>
</context>
<context>
    <name>AreaStacked</name>
    <message>
        <location filename="../plots/area-stacked/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Shared ordered position, typically a date</source>
        <translation>Gemeinsame geordnete Position, meist ein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer each value belongs to</source>
        <translation>Schicht, zu der jeder Wert gehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of that layer</source>
        <translation>Nicht negative Menge dieser Schicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours (millions)</source>
        <translation>Stunden (Millionen)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n negative value(s) cannot be stacked and count as zero.</source>
        <translation>
            <numerusform>%n negativer Wert kann nicht gestapelt werden und zählt als null.</numerusform>
            <numerusform>%n negative Werte können nicht gestapelt werden und zählen als null.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaStackedPercent</name>
    <message>
        <location filename="../plots/area-stacked-percent/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Shared ordered position, typically a date</source>
        <translation>Gemeinsame geordnete Position, meist ein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer each value belongs to</source>
        <translation>Schicht, zu der jeder Wert gehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of that layer</source>
        <translation>Nicht negative Menge dieser Schicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours (millions)</source>
        <translation>Stunden (Millionen)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n negative value(s) cannot be stacked and count as zero.</source>
        <translation>
            <numerusform>%n negativer Wert kann nicht gestapelt werden und zählt als null.</numerusform>
            <numerusform>%n negative Werte können nicht gestapelt werden und zählen als null.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
</context>
<context>
    <name>BarBasic</name>
    <message>
        <location filename="../plots/bar-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Name of each bar</source>
        <translation>Name jedes Balkens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount that sets the bar height</source>
        <translation>Nicht negative Menge, die die Balkenhöhe bestimmt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Library branch</source>
        <translation>Bibliotheksfiliale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Books lent in March</source>
        <translation>Ausleihen im März</translation>
    </message>
</context>
<context>
    <name>BarGrouped</name>
    <message>
        <location filename="../plots/bar-grouped/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Category on the horizontal axis</source>
        <translation>Kategorie auf der horizontalen Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgroup inside every cluster, shown by colour</source>
        <translation>Untergruppe in jedem Cluster, durch Farbe gezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount for one category and group</source>
        <translation>Menge für eine Kategorie und Gruppe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Season</source>
        <translation>Jahreszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rainfall (mm/month)</source>
        <translation>Niederschlag (mm/Monat)</translation>
    </message>
</context>
<context>
    <name>BarHorizontal</name>
    <message>
        <location filename="../plots/bar-horizontal/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Name of each bar</source>
        <translation>Name jedes Balkens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the bar from zero</source>
        <translation>Länge des Balkens ab null</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Main way to work</source>
        <translation>Hauptweg zur Arbeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey respondents</source>
        <translation>Befragte</translation>
    </message>
</context>
<context>
    <name>BarPareto</name>
    <message>
        <location filename="../plots/bar-pareto/implementations/cpp/qtcharts.cpp" line="+27"/>
        <source>Cause or category counted</source>
        <translation>Gezählte Ursache oder Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often it occurred</source>
        <translation>Wie oft sie auftrat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason for return</source>
        <translation>Rücksendegrund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns in 2025</source>
        <translation>Rücksendungen 2025</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cumulative (%)</source>
        <translation>Kumuliert (%)</translation>
    </message>
</context>
<context>
    <name>BarStacked</name>
    <message>
        <location filename="../plots/bar-stacked/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Category on the horizontal axis</source>
        <translation>Kategorie auf der horizontalen Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of each bar, stacked in order</source>
        <translation>Teil jedes Balkens, der Reihe nach gestapelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount for one category and component</source>
        <translation>Menge für eine Kategorie und Komponente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quarter (2025)</source>
        <translation>Quartal (2025)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End use</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electricity use (kWh)</source>
        <translation>Stromverbrauch (kWh)</translation>
    </message>
</context>
<context>
    <name>BarStackedPercent</name>
    <message>
        <location filename="../plots/bar-stacked-percent/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Category on the horizontal axis</source>
        <translation>Kategorie auf der horizontalen Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of each bar, as a share of its total</source>
        <translation>Teil jedes Balkens als Anteil an seiner Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount for one category and component</source>
        <translation>Menge für eine Kategorie und Komponente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quarter (2025)</source>
        <translation>Quartal (2025)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End use</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electricity use (kWh)</source>
        <translation>Stromverbrauch (kWh)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>`%1` holds negative values; a share of a whole counts only the positive ones.</source>
        <translation>`%1` enthält negative Werte; ein Anteil am Ganzen zählt nur die positiven.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
</context>
<context>
    <name>BoxBasic</name>
    <message>
        <location filename="../plots/box-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Group of each observation, one box each</source>
        <translation>Gruppe jeder Beobachtung, je eine Box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured value</source>
        <translation>Gemessener Wert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Carrier</source>
        <translation>Zusteller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery time (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>`%1` has %2 groups; the first %3 are drawn.</source>
        <translation>`%1` hat %2 Gruppen; die ersten %3 werden gezeichnet.</translation>
    </message>
</context>
<context>
    <name>BubbleBasic</name>
    <message>
        <location filename="../plots/bubble-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Horizontal position</source>
        <translation>Horizontale Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical position</source>
        <translation>Vertikale Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount shown by bubble area</source>
        <translation>Nicht negative Menge, gezeigt durch die Blasenfläche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GDP per person (thousand $)</source>
        <translation>BIP pro Kopf (Tausend $)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life expectancy (years)</source>
        <translation>Lebenserwartung (Jahre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population (millions)</source>
        <translation>Bevölkerung (Millionen)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n negative size(s) are drawn as the smallest bubble.</source>
        <translation>
            <numerusform>%n negative Größe wird als kleinste Blase gezeichnet.</numerusform>
            <numerusform>%n negative Größen werden als kleinste Blase gezeichnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandlestickBasic</name>
    <message>
        <location filename="../plots/candlestick-basic/implementations/cpp/qtcharts.cpp" line="+29"/>
        <source>Period of each candle</source>
        <translation>Zeitraum jeder Kerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price at the start of the period</source>
        <translation>Kurs zu Beginn des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest price in the period</source>
        <translation>Höchster Kurs im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest price in the period</source>
        <translation>Tiefster Kurs im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price at the end of the period</source>
        <translation>Kurs am Ende des Zeitraums</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trading day (2026)</source>
        <translation>Handelstag (2026)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share price (€)</source>
        <translation>Aktienkurs (€)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>In %n row(s) high and low do not enclose open and close; the wicks were widened.</source>
        <translation>
            <numerusform>In %n Zeile umschließen Hoch und Tief nicht Eröffnung und Schluss; die Dochte wurden verlängert.</numerusform>
            <numerusform>In %n Zeilen umschließen Hoch und Tief nicht Eröffnung und Schluss; die Dochte wurden verlängert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`%1` was not in ascending order; the candles are drawn in time order.</source>
        <translation>`%1` war nicht aufsteigend sortiert; die Kerzen werden in zeitlicher Reihenfolge gezeichnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 periods are too many to draw apart; every %2 neighbouring periods form one candle.</source>
        <translation>%1 Zeiträume sind zu viele, um sie getrennt zu zeichnen; je %2 benachbarte Zeiträume bilden eine Kerze.</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../widgets/catalogbrowser.cpp" line="+85"/>
        <source>Search id, title, description, tags…</source>
        <translation>ID, Titel, Beschreibung, Tags durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search specs</source>
        <translation>Spezifikationen durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score</source>
        <translation>Bester Qualitätswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+22"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search text and every checked filter</source>
        <translation>Suchtext und alle gesetzten Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Specs</source>
        <translation>Spezifikationen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+12"/>
        <source>Loading catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>No catalog loaded</source>
        <translation>Kein Katalog geladen</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1 of %n specs</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 von %n Spezifikation</numerusform>
            <numerusform>%1 von %n Spezifikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n specs</source>
        <comment>total</comment>
        <translation>
            <numerusform>%n Spezifikation</numerusform>
            <numerusform>%n Spezifikationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The specs appear as soon as the whole catalog has been read.</source>
        <translation>Die Spezifikationen erscheinen, sobald der ganze Katalog gelesen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a catalog folder or the sample catalog from the File menu.</source>
        <translation>Öffnen Sie einen Katalogordner oder den Beispielkatalog über das Menü „Datei“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This catalog has no specs</source>
        <translation>Dieser Katalog enthält keine Spezifikationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog problems panel lists what could not be read.</source>
        <translation>Die Liste der Katalogprobleme zeigt, was nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spec matches</source>
        <translation>Keine passende Spezifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try fewer or shorter words, or uncheck some filters.</source>
        <translation>Versuchen Sie weniger oder kürzere Wörter, oder deaktivieren Sie einige Filter.</translation>
    </message>
</context>
<context>
    <name>CatalogFiles</name>
    <message>
        <location filename="../models/sync/catalogfileprovider.cpp" line="+16"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than any catalog file should be</source>
        <translation>%1 ist größer, als eine Katalogdatei sein sollte</translation>
    </message>
</context>
<context>
    <name>CatalogLint</name>
    <message>
        <location filename="../models/catalog/cataloglint.cpp" line="+48"/>
        <source>&apos;%1&apos; is a reserved word and cannot be a spec id</source>
        <translation>„%1“ ist ein reserviertes Wort und kann keine Spezifikations-ID sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid spec id (lower-case words joined by &apos;-&apos;)</source>
        <translation>„%1“ ist keine gültige Spezifikations-ID (kleingeschriebene Wörter, verbunden mit „-“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Description section is empty</source>
        <translation>der Abschnitt „Description“ ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Data bullet has the form `name` (type) - meaning</source>
        <translation>kein Eintrag unter „Data“ hat die Form `name` (type) - meaning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;created&apos; is missing</source>
        <translation>„created“ fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;issue&apos; is missing: the spec is not linked to its issue</source>
        <translation>„issue“ fehlt: die Spezifikation ist nicht mit ihrem Issue verknüpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tags.%1 should hold 1 to 6 values, it holds %2</source>
        <translation>tags.%1 sollte 1 bis 6 Werte enthalten, enthält aber %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;created&apos; lies in the future</source>
        <translation>„created“ liegt in der Zukunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;updated&apos; lies in the future</source>
        <translation>„updated“ liegt in der Zukunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;updated&apos; is earlier than &apos;created&apos;</source>
        <translation>„updated“ liegt vor „created“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no valid quality_score</source>
        <translation>kein gültiger quality_score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no preview image URL</source>
        <translation>keine URL für das Vorschaubild</translation>
    </message>
</context>
<context>
    <name>CatalogProblemsPanel</name>
    <message>
        <location filename="../widgets/catalogproblemspanel.cpp" line="+27"/>
        <source>Filter by path, kind or message…</source>
        <translation>Nach Pfad, Art oder Meldung filtern…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>Fehler: %1, Warnungen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown — %3</source>
        <translation>%1 von %2 angezeigt — %3</translation>
    </message>
</context>
<context>
    <name>CatalogSources</name>
    <message>
        <location filename="../models/catalog/catalogsources.cpp" line="+33"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a folder (give an anyplot checkout, its plots/ folder, or &apos;sample&apos;)</source>
        <translation>%1 ist kein Ordner (geben Sie einen anyplot-Checkout, dessen Ordner plots/ oder &apos;sample&apos; an)</translation>
    </message>
</context>
<context>
    <name>CatalogStats</name>
    <message>
        <location filename="../models/catalog/catalogstats.cpp" line="+105"/>
        <source>Specs:            %1 (%2 without implementations)
</source>
        <translation>Spezifikationen:    %1 (%2 ohne Implementierungen)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementations:  %1 (%2 without code)
</source>
        <translation>Implementierungen:  %1 (%2 ohne Code)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By language:
</source>
        <translation>Nach Sprache:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By library:
</source>
        <translation>Nach Bibliothek:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality:          min %1, median %2, max %3 (%4 scored)
</source>
        <translation>Qualität:           min. %1, Median %2, max. %3 (%4 bewertet)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:            %1 (%2 spec, %3 metadata, %4 code, %5 preview, %6 ignored, %7 unexpected)
</source>
        <translation>Dateien:            %1 (%2 Spezifikation, %3 Metadaten, %4 Code, %5 Vorschau, %6 ignoriert, %7 unerwartet)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings:         %1
</source>
        <translation>Warnungen:          %1
</translation>
    </message>
</context>
<context>
    <name>CatalogTreeScanner</name>
    <message>
        <location filename="../models/catalog/catalogtreescanner.cpp" line="+60"/>
        <source>folder cannot be read: %1</source>
        <translation>Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>symbolic link not followed (it could loop or lead outside the catalog)</source>
        <translation>symbolische Verknüpfung nicht verfolgt (sie könnte eine Schleife bilden oder aus dem Katalog hinausführen)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the catalog folder %1 does not exist</source>
        <translation>der Katalogordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the catalog folder cannot be read</source>
        <translation>der Katalogordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>file outside any spec folder ignored</source>
        <translation>Datei außerhalb eines Spezifikationsordners ignoriert</translation>
    </message>
</context>
<context>
    <name>CatalogWarning</name>
    <message>
        <location filename="../models/catalog/catalogwarning.cpp" line="+25"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed YAML</source>
        <translation>Ungültiges YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed Markdown</source>
        <translation>Ungültiges Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing file</source>
        <translation>Fehlende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected file</source>
        <translation>Unerwartete Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field</source>
        <translation>Unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid value</source>
        <translation>Ungültiger Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure rule</source>
        <translation>Strukturregel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>CatalogWarningModel</name>
    <message>
        <location filename="../models/catalogwarningmodel.cpp" line="+35"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>CellGrid</name>
    <message>
        <location filename="../models/data/cellgrid.cpp" line="+168"/>
        <source>The table would hold %1 × %2 cells; only the first %3 rows are read</source>
        <translation>Die Tabelle hätte %1 × %2 Zellen; nur die ersten %3 Zeilen werden gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file holds more than %1 cells; only the first %1 were read</source>
        <translation>Die Datei enthält mehr als %1 Zellen; nur die ersten %1 wurden gelesen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is not a %2; read as missing</source>
        <translation>„%1“ ist kein %2; als fehlend gelesen</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../plots/engine/chartexport.cpp" line="+125"/>
        <source>Drawn by Plotbench with Qt Charts</source>
        <translation>Gezeichnet von Plotbench mit Qt Charts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SVG could not be drawn.</source>
        <translation>Das SVG konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF could not be drawn.</source>
        <translation>Das PDF konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PNG could not be encoded (is the size too large?).</source>
        <translation>Das PNG konnte nicht kodiert werden (ist die Größe zu groß?).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1: der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
</context>
<context>
    <name>CodeLoader</name>
    <message>
        <location filename="../models/catalog/codeloader.cpp" line="+50"/>
        <source>This implementation has no code file.</source>
        <translation>Diese Implementierung hat keine Codedatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to show (%2 MB).</source>
        <translation>%1 ist zu groß für die Anzeige (%2 MB).</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../widgets/codeview.cpp" line="+222"/>
        <location line="+115"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole code to the clipboard</source>
        <translation>Den gesamten Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C++</source>
        <translation>C++</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain text</source>
        <translation>Einfacher Text</translation>
    </message>
</context>
<context>
    <name>ColumnStatisticsModel</name>
    <message>
        <location filename="../models/data/columnstatisticsmodel.cpp" line="+84"/>
        <source>%1 — %2×</source>
        <translation>%1 — %2×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent:
%1</source>
        <translation>Am häufigsten:
%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
</context>
<context>
    <name>ColumnType</name>
    <message>
        <location filename="../models/data/datacolumn.cpp" line="+19"/>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation>Gleitkomma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date/time</source>
        <translation>Datum/Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ColumnWarnings</name>
    <message>
        <location filename="../models/data/typeinference.cpp" line="+53"/>
        <source>column &quot;%1&quot;: %2 more cells could not be read and are missing</source>
        <translation>Spalte „%1“: %2 weitere Zellen konnten nicht gelesen werden und fehlen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a valid %3; taken as missing</source>
        <translation>Spalte „%1“: „%2“ ist kein gültiger Wert vom Typ %3; als fehlend gewertet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column &quot;%1&quot;: invalid UTF-8, replaced by U+FFFD</source>
        <translation>Spalte „%1“: ungültiges UTF-8, durch U+FFFD ersetzt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands/archivecommands.cpp" line="+25"/>
        <source>The repository (default MarkusNeusinger/anyplot).</source>
        <translation>Das Repository (Vorgabe MarkusNeusinger/anyplot).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER/NAME</source>
        <translation>BESITZER/NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch, tag or commit (default main).</source>
        <translation>Branch, Tag oder Commit (Vorgabe main).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GitHub API (default https://api.github.com).</source>
        <translation>Die GitHub-API (Vorgabe https://api.github.com).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/commands/dbcommands.cpp" line="+31"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to keep the downloaded zip (default: the cache).</source>
        <translation>Wo das heruntergeladene ZIP bleibt (Vorgabe: der Cache).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index a local zip of a checkout instead of downloading one.</source>
        <translation>Ein lokales ZIP eines Checkouts indizieren, statt eines herunterzuladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/commands/catalogcommands.cpp" line="+26"/>
        <location filename="../app/commands/dbcommands.cpp" line="+28"/>
        <location line="+53"/>
        <location filename="../app/commands/githubcommands.cpp" line="+77"/>
        <location filename="../app/commands/importcommands.cpp" line="+25"/>
        <location filename="../app/commands/rendercommands.cpp" line="+66"/>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: %1 [--repo OWNER/NAME] [--ref REF] [--api-url URL] [--output ZIP] | --file ZIP [--json]</source>
        <translation>Aufruf: %1 [--repo BESITZER/NAME] [--ref REF] [--api-url URL] [--output ZIP] | --file ZIP [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads the repository&apos;s zipball through the GitHub API (GITHUB_TOKEN is used when set) and indexes it in place, without unpacking.</source>
        <translation>Lädt das Zipball des Repositorys über die GitHub-API herunter (mit GITHUB_TOKEN, wenn gesetzt) und indiziert es an Ort und Stelle, ohne zu entpacken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/commands/githubcommands.cpp" line="+9"/>
        <location filename="../app/commands/synccommands.cpp" line="+42"/>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>unerwartetes Argument &apos;%1&apos;; siehe --help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--file indexes a local zip; it does not go with --repo, --ref, --api-url or --output</source>
        <translation>--file indiziert ein lokales ZIP; es passt nicht zu --repo, --ref, --api-url oder --output</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Download resumed: %1 of %2 bytes already fetched
</source>
        <translation>Download fortgesetzt: %1 von %2 Bytes bereits abgerufen
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zip %1</source>
        <translation>Zip %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indexed %1 (commit %2) in place: %3 and %4.
</source>
        <translation>%1 (Commit %2) an Ort und Stelle indiziert: %3 und %4.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/commands/dbcommands.cpp" line="+36"/>
        <location filename="../app/commands/synccommands.cpp" line="+49"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n Implementierung</numerusform>
            <numerusform>%n Implementierungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/commands/dbcommands.cpp" line="+4"/>
        <source>Kept for offline use in %1.
</source>
        <translation>Für die Offline-Nutzung aufbewahrt in %1.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/commands/dbcommands.cpp" line="+1"/>
        <source>The offline copy could not be written: %1
</source>
        <translation>Die Offline-Kopie konnte nicht geschrieben werden: %1
</translation>
    </message>
    <message>
        <location filename="../app/commands/catalogcommands.cpp" line="+1"/>
        <source>Ignore the on-disk index cache and parse every file.</source>
        <translation>Den Index-Cache auf der Festplatte ignorieren und jede Datei einlesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: %1 SOURCE [options]</source>
        <translation>Aufruf: %1 SOURCE [Optionen]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An anyplot checkout, its plots/ folder, or &apos;sample&apos;.</source>
        <translation>Ein anyplot-Checkout, dessen Ordner plots/ oder &apos;sample&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/commands/dbcommands.cpp" line="-79"/>
        <source>expected exactly one catalog source; see --help</source>
        <translation>genau eine Katalogquelle erwartet; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/commands/archivecommands.cpp" line="-25"/>
        <location filename="../app/commands/catalogcommands.cpp" line="+7"/>
        <location filename="../app/commands/dbcommands.cpp" line="+8"/>
        <location line="+53"/>
        <source>the catalog could not be loaded</source>
        <translation>der Katalog konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/commands/catalogcommands.cpp" line="+15"/>
        <source>Counts, quality distribution and warnings of a catalog.</source>
        <translation>Anzahlen, Qualitätsverteilung und Warnungen eines Katalogs.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checks a catalog against anyplot&apos;s structure rules; exits 1 when it finds errors.</source>
        <translation>Prüft einen Katalog anhand der Strukturregeln von anyplot; endet mit Status 1, wenn Fehler gefunden werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 in %3
</source>
        <translation>%1, %2 in %3
</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/archivecommands.cpp" line="+20"/>
        <location filename="../app/commands/catalogcommands.cpp" line="+1"/>
        <location filename="../app/commands/dbcommands.cpp" line="+12"/>
        <location filename="../app/commands/synccommands.cpp" line="+0"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n Spezifikation</numerusform>
            <numerusform>%n Spezifikationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+17"/>
        <source>plotbench catalog stats SOURCE [--json] [--no-cache]</source>
        <translation>plotbench catalog stats QUELLE [--json] [--no-cache]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plotbench catalog lint SOURCE [--json]</source>
        <translation>plotbench catalog lint QUELLE [--json]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench import FILE [--json] [--head N] [--sheet NAME] [import options]</source>
        <translation>plotbench import DATEI [--json] [--head N] [--sheet NAME] [Importoptionen]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench sync api [--url URL] [--full] [--offline-dir DIR] [--json]</source>
        <translation>plotbench sync api [--url URL] [--full] [--offline-dir VERZ] [--json]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench db push SOURCE [--db URL] [--dry-run] [--json]</source>
        <translation>plotbench db push QUELLE [--db URL] [--dry-run] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plotbench sync db [--db URL] [--json]</source>
        <translation>plotbench sync db [--db URL] [--json]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench sync archive [--repo OWNER/NAME] [--ref REF] [--api-url URL] | --file ZIP [--json]</source>
        <translation>plotbench sync archive [--repo BESITZER/NAME] [--ref REF] [--api-url URL] | --file ZIP [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plotbench github issues [--repo OWNER/NAME] [--label L …] [--state open|closed|all] [--api-url URL] [--json]</source>
        <translation>plotbench github issues [--repo BESITZER/NAME] [--label L …] [--state open|closed|all] [--api-url URL] [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plotbench render SPEC-ID [--data FILE] [--map ROLE=COLUMN …] [--theme light|dark] [--size WxH] -o FILE.png|svg|pdf</source>
        <translation>plotbench render SPEC-ID [--data DATEI] [--map ROLLE=SPALTE …] [--theme light|dark] [--size BxH] -o DATEI.png|svg|pdf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: plotbench [--catalog SOURCE] [--spec ID] open the workbench
</source>
        <translation>Aufruf: plotbench [--catalog QUELLE] [--spec ID] öffnet die Werkbank
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOURCE is an anyplot checkout, its plots/ folder, or &apos;sample&apos;.
Every command accepts --help.
</source>
        <translation>QUELLE ist ein anyplot-Checkout, sein Ordner plots/ oder &apos;sample&apos;.
Jeder Befehl kennt --help.
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/commands/dbcommands.cpp" line="-118"/>
        <source>The database: a postgresql:// URL or key=value string; without it the PG* environment variables (PGHOST, PGUSER, PGPASSWORD, PGSSLMODE …) and ~/.pgpass are used.</source>
        <translation>Die Datenbank: eine postgresql://-URL oder ein Schlüssel=Wert-Text; ohne sie gelten die PG*-Umgebungsvariablen (PGHOST, PGUSER, PGPASSWORD, PGSSLMODE …) und ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print what would be added, changed and removed; write nothing.</source>
        <translation>Ausgeben, was hinzukäme, sich änderte und entfiele; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every row, also those the last push from this machine left unchanged in the database.</source>
        <translation>Jede Zeile senden, auch jene, die der letzte Push von diesem Rechner unverändert in der Datenbank hinterlassen hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog: a checkout, its plots/ folder, a .zip, a database URL or &apos;sample&apos;.</source>
        <translation>Der Katalog: ein Checkout, sein Ordner plots/, ein .zip, eine Datenbank-URL oder &apos;sample&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> SOURCE [--db URL] [--dry-run] [--send-all] [--json]</source>
        <translation> QUELLE [--db URL] [--dry-run] [--send-all] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a catalog into an anyplot PostgreSQL database with anyplot&apos;s own sync rules: schema created when missing, everything upserted in one transaction, what left the catalog deleted.</source>
        <translation>Schreibt einen Katalog mit anyplots eigenen Sync-Regeln in eine anyplot-PostgreSQL-Datenbank: Schema bei Bedarf angelegt, alles in einer Transaktion eingefügt oder aktualisiert, was den Katalog verlassen hat, gelöscht.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>nothing was written to %1: %2</source>
        <translation>nach %1 wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> [--db URL] [--json]</source>
        <translation> [--db URL] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the catalog straight from an anyplot PostgreSQL database.</source>
        <translation>Liest den Katalog direkt aus einer anyplot-PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &apos;%1&apos;; give the database with --db</source>
        <translation>unerwartetes Argument &apos;%1&apos;; die Datenbank mit --db angeben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read %1 and %2 from %3.
</source>
        <translation>%1 und %2 aus %3 gelesen.
</translation>
    </message>
    <message>
        <location filename="../app/commands/githubcommands.cpp" line="-20"/>
        <location filename="../app/commands/synccommands.cpp" line="-67"/>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the issues of the catalog repository with their lifecycle state. The token comes from GITHUB_TOKEN or the system keychain; without one, GitHub allows 60 requests per hour.</source>
        <translation>Listet die Issues des Katalog-Repositorys mit ihrem Lebenszyklus-Zustand. Das Token kommt aus GITHUB_TOKEN oder dem Schlüsselbund des Systems; ohne Token erlaubt GitHub 60 Anfragen pro Stunde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repository (default %1).</source>
        <translation>Das Repository (Vorgabe %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only issues with this label; repeat for several (all must match).</source>
        <translation>Nur Issues mit diesem Label; für mehrere wiederholen (alle müssen passen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open, closed or all (default open).</source>
        <translation>open, closed oder all (Vorgabe open).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GitHub API (GitHub Enterprise, a test server).</source>
        <translation>Die GitHub-API (GitHub Enterprise, ein Testserver).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a repository; expected OWNER/NAME</source>
        <translation>&apos;%1&apos; ist kein Repository; erwartet BESITZER/NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--state must be open, closed or all, not &apos;%1&apos;</source>
        <translation>--state muss open, closed oder all sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--api-url must be an http(s) URL, not &apos;%1&apos;</source>
        <translation>--api-url muss eine http(s)-URL sein, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n issue(s) in %1</source>
        <translation>
            <numerusform>%n Issue in %1</numerusform>
            <numerusform>%n Issues in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/importcommands.cpp" line="+1"/>
        <source>Also print the first N rows.</source>
        <translation>Zusätzlich die ersten N Zeilen ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets: the sheet to read (default: the first).</source>
        <translation>Tabellen: das zu lesende Blatt (Vorgabe: das erste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets: the cell range, e.g. B3:F200.</source>
        <translation>Tabellen: der Zellbereich, z. B. B3:F200.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON: the key path of the records, e.g. data.items.</source>
        <translation>JSON: der Schlüsselpfad der Datensätze, z. B. data.items.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv, xlsx, ods or json (default: detected from the content).</source>
        <translation>csv, xlsx, ods oder json (Vorgabe: am Inhalt erkannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field delimiter: a character, or tab, comma, semicolon, pipe, space (default: sniffed).</source>
        <translation>Feldtrenner: ein Zeichen oder tab, comma, semicolon, pipe, space (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1 (default: detected).</source>
        <translation>UTF-8, UTF-16LE, UTF-16BE, Windows-1252 oder ISO-8859-1 (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote character (default: &quot;); &apos;none&apos; for none.</source>
        <translation>Anführungszeichen (Vorgabe: &quot;); &apos;none&apos; für keins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape character inside quotes (default: a doubled quote).</source>
        <translation>Escape-Zeichen in Anführungszeichen (Vorgabe: ein verdoppeltes Anführungszeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator, or &apos;auto&apos; to detect . or , (default: .).</source>
        <translation>Dezimaltrenner, oder &apos;auto&apos;, um . oder , zu erkennen (Vorgabe: .).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousands separator (default: none).</source>
        <translation>Tausendertrenner (Vorgabe: keiner).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to skip before the header row (default: detected — a title, notes, blank lines or a sep= line before the header).</source>
        <translation>Zeilen, die vor der Kopfzeile übersprungen werden (Standard: erkannt — ein Titel, Notizen, Leerzeilen oder eine sep=-Zeile vor der Kopfzeile).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of the header row after the skipped lines (default 0).</source>
        <translation>Index der Kopfzeile nach den übersprungenen Zeilen (Vorgabe 0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no header row.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines starting with this prefix are skipped.</source>
        <translation>Zeilen, die mit diesem Präfix beginnen, werden übersprungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated missing-value markers (default: empty, NA, N/A, null, NaN, -).</source>
        <translation>Durch Kommas getrennte Markierungen für fehlende Werte (Vorgabe: leer, NA, N/A, null, NaN, -).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force a column&apos;s type: COLUMN=integer|float|boolean|datetime|categorical|text; COLUMN is a name or a 0-based index. Repeatable.</source>
        <translation>Den Typ einer Spalte erzwingen: SPALTE=integer|float|boolean|datetime|categorical|text; SPALTE ist ein Name oder ein Index ab 0. Wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename a column: COLUMN=NAME. Repeatable.</source>
        <translation>Eine Spalte umbenennen: SPALTE=NAME. Wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer columns that look like epoch seconds or milliseconds become datetimes.</source>
        <translation>Ganzzahlspalten, die wie Epochen-Sekunden oder -Millisekunden aussehen, werden zu Zeitpunkten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read at most N data rows.</source>
        <translation>Höchstens N Datenzeilen lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parser threads (default: one per core).</source>
        <translation>Parser-Threads (Vorgabe: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 expects one character, got &apos;%2&apos;</source>
        <translation>--%1 erwartet ein Zeichen, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 expects a whole number ≥ %2, got &apos;%3&apos;</source>
        <translation>--%1 erwartet eine ganze Zahl ≥ %2, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 expects COLUMN=VALUE, got &apos;%2&apos;</source>
        <translation>--%1 erwartet SPALTE=WERT, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no column named &apos;%1&apos;</source>
        <translation>keine Spalte namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown type &apos;%1&apos; (integer, float, boolean, datetime, categorical, text)</source>
        <translation>unbekannter Typ &apos;%1&apos; (integer, float, boolean, datetime, categorical, text)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1 FILE [options]</source>
        <translation>Aufruf: %1 DATEI [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a CSV/TSV, xlsx, ods or JSON file and prints its schema (column names, inferred types, missing counts), row count and warnings.</source>
        <translation>Liest eine CSV/TSV-, xlsx-, ods- oder JSON-Datei und gibt ihr Schema (Spaltennamen, erkannte Typen, fehlende Werte), die Zeilenzahl und die Warnungen aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file.</source>
        <translation>Die Datendatei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected exactly one data file; see --help</source>
        <translation>genau eine Datendatei erwartet; siehe --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file: %1</source>
        <translation>keine solche Datei: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>delimiter</source>
        <translation>Trenner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows, %2 columns</source>
        <translation>%1 Zeilen, %2 Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missing</source>
        <translation>%1 fehlend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First %1 rows:</source>
        <translation>Erste %1 Zeilen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 warnings:</source>
        <translation>%1 Warnungen:</translation>
    </message>
    <message>
        <location filename="../app/commands/rendercommands.cpp" line="-14"/>
        <source>Usage: %1 SPEC-ID [options] -o FILE</source>
        <translation>Aufruf: %1 SPEC-ID [Optionen] -o DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws a spec&apos;s native Qt Charts implementation with your data (or its sample data) to a PNG, SVG or PDF file.</source>
        <translation>Zeichnet die native Qt-Charts-Implementierung einer Spezifikation mit Ihren Daten (oder ihren Beispieldaten) in eine PNG-, SVG- oder PDF-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the data from FILE (CSV, xlsx, ods, JSON).</source>
        <translation>Die Daten aus DATEI lesen (CSV, xlsx, ods, JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed ROLE from COLUMN (repeatable); other roles are mapped automatically.</source>
        <translation>ROLLE aus SPALTE speisen (wiederholbar); andere Rollen werden automatisch zugeordnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light or dark (default: light).</source>
        <translation>light oder dark (Vorgabe: light).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size in pixels (default: anyplot&apos;s canvas, 4800x2700).</source>
        <translation>Bildgröße in Pixeln (Vorgabe: anyplots Leinwand, 4800x2700).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: text and lines are sized for it (default: 300).</source>
        <translation>Auflösung: Text und Linien werden dafür bemessen (Vorgabe: 300).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE; the format follows .png, .svg or .pdf.</source>
        <translation>Nach DATEI schreiben; das Format folgt .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the spec ids that have a native implementation, with their roles.</source>
        <translation>Die Spezifikations-IDs mit nativer Implementierung auflisten, mit ihren Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spec to draw, e.g. line-basic.</source>
        <translation>Die zu zeichnende Spezifikation, z. B. line-basic.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected exactly one spec id; see --help</source>
        <translation>genau eine Spezifikations-ID erwartet; siehe --help</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>there is no native implementation of &apos;%1&apos;; &apos;plotbench render --list&apos; shows the %n there are</source>
        <translation>
            <numerusform>es gibt keine native Implementierung von &apos;%1&apos;; &apos;plotbench render --list&apos; zeigt die %n vorhandene</numerusform>
            <numerusform>es gibt keine native Implementierung von &apos;%1&apos;; &apos;plotbench render --list&apos; zeigt die %n vorhandenen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no output file; add -o FILE.png, .svg or .pdf</source>
        <translation>keine Ausgabedatei; -o DATEI.png, .svg oder .pdf hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1: der Dateiname muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--theme must be light or dark, not &apos;%1&apos;</source>
        <translation>--theme muss light oder dark sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--size must be WIDTHxHEIGHT between 16 and 16384 pixels, not &apos;%1&apos;</source>
        <translation>--size muss BREITExHÖHE zwischen 16 und 16384 Pixeln sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dpi must be a whole number between 24 and 2400, not &apos;%1&apos;</source>
        <translation>--dpi muss eine ganze Zahl zwischen 24 und 2400 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data could be read</source>
        <translation>es konnten keine Daten gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; has no sample data; pass --data FILE</source>
        <translation>&apos;%1&apos; hat keine Beispieldaten; --data DATEI angeben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; could not be drawn with this data</source>
        <translation>&apos;%1&apos; konnte mit diesen Daten nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 written (%2×%3, %4 ms)
</source>
        <translation>%1 geschrieben (%2×%3, %4 ms)
</translation>
    </message>
    <message>
        <location filename="../app/commands/synccommands.cpp" line="+1"/>
        <source>Syncs the catalog from the anyplot REST API into the offline copy; a re-sync fetches only the specs whose index entry changed.</source>
        <translation>Synchronisiert den Katalog aus der anyplot-REST-API in die Offline-Kopie; ein erneuter Sync holt nur die Spezifikationen, deren Indexeintrag sich geändert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL (default %1).</source>
        <translation>Die Basis-URL der API (Vorgabe %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the summary as machine-readable JSON.</source>
        <translation>Die Zusammenfassung als maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every spec&apos;s details, changed or not.</source>
        <translation>Die Details jeder Spezifikation holen, geändert oder nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep offline copies under DIR instead of the user&apos;s data folder.</source>
        <translation>Offline-Kopien unter VERZ statt im Datenordner des Benutzers ablegen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the sync did not finish</source>
        <translation>der Sync wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced %1 and %2 from %3.
</source>
        <translation>%1 und %2 aus %3 synchronisiert.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fetched, %2 kept, %3 removed; %4, %5 in %6 s.
</source>
        <translation>%1 geholt, %2 behalten, %3 entfernt; %4, %5 in %6 s.
</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed spec(s)</source>
        <translation>
            <numerusform>%n geänderte Spezifikation</numerusform>
            <numerusform>%n geänderte Spezifikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline copy: %1
</source>
        <translation>Offline-Kopie: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed: %1 of %2 already fetched by an interrupted sync.
</source>
        <translation>Fortgesetzt: %1 von %2 bereits von einer unterbrochenen Synchronisierung abgerufen.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>synced, but the offline copy could not be written: %1</source>
        <translation>synchronisiert, aber die Offline-Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonTile</name>
    <message>
        <location filename="../widgets/comparison/comparisontile.cpp" line="+22"/>
        <source>%1 implementation</source>
        <translation>%1-Implementierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · native</source>
        <translation>%1 · nativ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quality score %1/100</source>
        <translation>Qualitätswert %1/100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AI reviewer&apos;s verdict (not the merge decision)</source>
        <translation>Das Urteil des KI-Prüfers (nicht die Merge-Entscheidung)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../widgets/comparison/comparisonview.cpp" line="+93"/>
        <source>Back to the spec</source>
        <translation>Zurück zur Spezifikation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot my data</source>
        <translation>Meine Daten plotten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — side by side</source>
        <translation>%1 — nebeneinander</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample data of the native implementation</source>
        <translation>Beispieldaten der nativen Implementierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1 · your data (%2)</source>
        <translation>Qt %1 · Ihre Daten (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded table</source>
        <translation>geladene Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 · sample data</source>
        <translation>Qt %1 · Beispieldaten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No preview on this machine (sync the previews to see it)</source>
        <translation>Keine Vorschau auf diesem Rechner (die Vorschauen synchronisieren, um sie zu sehen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview cannot be read</source>
        <translation>Die Vorschau kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no native implementation of this spec yet.</source>
        <translation>Für diese Spezifikation gibt es noch keine native Implementierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no data to draw: load a table.</source>
        <translation>Es gibt keine Daten zum Zeichnen: eine Tabelle laden.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Preparing %n rows…</source>
        <translation>
            <numerusform>%n Zeile wird vorbereitet…</numerusform>
            <numerusform>%n Zeilen werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run locally</source>
        <translation>Lokal ausführen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code of this implementation is not in the catalog.</source>
        <translation>Der Code dieser Implementierung ist nicht im Katalog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading code…</source>
        <translation>Code wird geladen…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the native chart</source>
        <translation>Natives Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The chart could not be drawn.</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 written</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../models/comparison/criteriamodel.cpp" line="+20"/>
        <source>Visual quality</source>
        <translation>Visuelle Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design excellence</source>
        <translation>Gestaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec compliance</source>
        <translation>Einhaltung der Spezifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code quality</source>
        <translation>Codequalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library mastery</source>
        <translation>Beherrschung der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library features</source>
        <translation>Bibliotheksfunktionen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>CsvChunkParser</name>
    <message>
        <location filename="../models/data/csvchunkparser.cpp" line="+193"/>
        <source>the last line is incomplete: %1 of %2 fields; the rest is missing</source>
        <translation>die letzte Zeile ist unvollständig: %1 von %2 Feldern; der Rest fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fields instead of %2; the missing ones are empty</source>
        <translation>%1 Felder statt %2; die fehlenden sind leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 fields instead of %2; the extra fields are dropped</source>
        <translation>%1 Felder statt %2; die überzähligen Felder entfallen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted field opened on this line is never closed; it runs to the end of the file</source>
        <translation>ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen; es reicht bis zum Dateiende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUL bytes removed</source>
        <translation>NUL-Bytes entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field longer than %1 MiB was cut</source>
        <translation>ein Feld länger als %1 MiB wurde gekürzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 fields: the rest of the line is dropped</source>
        <translation>mehr als %1 Felder: der Rest der Zeile entfällt</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/data/csvreader.cpp" line="+166"/>
        <source>unknown encoding &quot;%1&quot; (UTF-8, UTF-16LE, UTF-16BE, Windows-1252, ISO-8859-1)</source>
        <translation>unbekannte Kodierung „%1“ (UTF-8, UTF-16LE, UTF-16BE, Windows-1252, ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the delimiter must be one ASCII character other than the quote and a line end</source>
        <translation>der Trenner muss ein ASCII-Zeichen sein, weder das Anführungszeichen noch ein Zeilenende</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>skipped 1 line before the header</source>
        <translation>1 Zeile vor der Kopfzeile übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped %1 lines before the header</source>
        <translation>%1 Zeilen vor der Kopfzeile übersprungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a column name is not valid UTF-8; replaced by U+FFFD</source>
        <translation>ein Spaltenname ist kein gültiges UTF-8; durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 columns: the rest are dropped</source>
        <translation>mehr als %1 Spalten: der Rest entfällt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header row and no data found</source>
        <translation>weder Kopfzeile noch Daten gefunden</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the import was canceled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a valid %3; taken as missing</source>
        <translation>Spalte „%1“: „%2“ ist kein gültiger Wert vom Typ %3; als fehlend gewertet</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 more warnings not listed</source>
        <translation>%1 weitere Warnungen nicht aufgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes were read</source>
        <translation>nur die ersten %1 Bytes wurden gelesen</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <location filename="../models/data/dataimport.cpp" line="+139"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>DataImportController</name>
    <message>
        <location filename="../app/dataimportcontroller.cpp" line="+27"/>
        <source>Data files (*.csv *.tsv *.txt *.tab *.dat *.xlsx *.xlsm *.ods *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.tab *.dat *.xlsx *.xlsm *.ods *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a CSV, Excel, OpenDocument or JSON file to plot</source>
        <translation>Eine CSV-, Excel-, OpenDocument- oder JSON-Datei zum Plotten lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste Table</source>
        <translation>Tabelle ein&amp;fügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the table on the clipboard, e.g. cells copied from a spreadsheet</source>
        <translation>Die Tabelle aus der Zwischenablage importieren, z. B. aus einer Tabellenkalkulation kopierte Zellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent &amp;Data Files</source>
        <translation>Zuletzt geöffnete &amp;Datendateien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing %p%</source>
        <translation>Import %p%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no table to import.</source>
        <translation>Die Zwischenablage enthält keine Tabelle zum Importieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Import canceled; the previous data stays loaded.</source>
        <translation>Import abgebrochen; die bisherigen Daten bleiben geladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 × %3</source>
        <translation>%1 importiert: %2 × %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>DataImportDialog</name>
    <message>
        <location filename="../widgets/data/dataimportdialog.cpp" line="+43"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Right-click a column to set its type or rename it</source>
        <translation>Rechtsklick auf eine Spalte, um ihren Typ festzulegen oder sie umzubenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raw text</source>
        <translation>&amp;Rohtext</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot read this file: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>First %1 of %2 rows, %n column(s)</source>
        <translation>
            <numerusform>Erste %1 von %2 Zeilen, %n Spalte</numerusform>
            <numerusform>Erste %1 von %2 Zeilen, %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 rows, %n column(s)</source>
        <translation>
            <numerusform>%1 Zeilen, %n Spalte</numerusform>
            <numerusform>%1 Zeilen, %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <location filename="../models/data/datatablemodel.cpp" line="+104"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: %2, %n missing</source>
        <translation>
            <numerusform>%1: %2, %n fehlend</numerusform>
            <numerusform>%1: %2, %n fehlend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../widgets/data/dataview.cpp" line="+49"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 rows × %3 columns, %4</source>
        <translation>%1 — %2 Zeilen × %3 Spalten, %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No data loaded. File → Import Data… (Ctrl+I), drop a file on the window, or paste a table.</source>
        <translation>Keine Daten geladen. Datei → Daten importieren… (Strg+I), eine Datei auf das Fenster ziehen oder eine Tabelle einfügen.</translation>
    </message>
</context>
<context>
    <name>DatabasePushController</name>
    <message>
        <location filename="../app/databasepushcontroller.cpp" line="+61"/>
        <source>The password is used for this session only: %1</source>
        <translation>Das Passwort wird nur für diese Sitzung verwendet: %1</translation>
    </message>
</context>
<context>
    <name>DatabasePushDialog</name>
    <message>
        <location filename="../widgets/sync/databasepushdialog.cpp" line="+22"/>
        <source>Push to Database</source>
        <translation>In Datenbank schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a checkout, its plots/ folder, a .zip or sample</source>
        <translation>ein Checkout, sein plots/-Ordner, ein .zip oder sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written with anyplot&apos;s own sync rules, in one transaction: the schema is created on an empty database, every spec and implementation is upserted (implementation ids kept), and what left the catalog is deleted. Nothing is written if anything fails.</source>
        <translation>Geschrieben nach anyplots eigenen Sync-Regeln, in einer Transaktion: Auf einer leeren Datenbank wird das Schema angelegt, jede Spezifikation und Implementierung wird eingefügt oder aktualisiert (Implementierungs-IDs bleiben erhalten), und was den Katalog verlassen hat, wird gelöscht. Schlägt etwas fehl, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dry run: list what would be added, changed and removed; write nothing</source>
        <translation>&amp;Probelauf: auflisten, was hinzugefügt, geändert und entfernt würde; nichts schreiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the push added, changed and removed appears here.</source>
        <translation>Was das Schreiben hinzugefügt, geändert und entfernt hat, erscheint hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Push</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>Stopp&amp;en</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Catalog:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Catalog to Push</source>
        <translation>Zu schreibender Katalog</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the catalog to push</source>
        <translation>Wählen Sie den zu schreibenden Katalog</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Stopped before the transaction committed: nothing was written.</source>
        <translation>Vor dem Abschluss der Transaktion gestoppt: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run of %1: nothing was written.</source>
        <translation>Probelauf gegen %1: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed to %1 in %2 s.</source>
        <translation>In %2 s nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DatabasePushTask</name>
    <message>
        <location filename="../models/sync/databasepushtask.cpp" line="+42"/>
        <source>Reading the catalog…</source>
        <translation>Katalog wird gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the catalog has no specs to push</source>
        <translation>der Katalog enthält keine Spezifikationen zum Schreiben</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>stopped before anything was written</source>
        <translation>gestoppt, bevor etwas geschrieben wurde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing %1 specs and %2 implementations with the database…</source>
        <translation>Vergleiche %1 Spezifikationen und %2 Implementierungen mit der Datenbank…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing %1 specs and %2 implementations in one transaction…</source>
        <translation>Schreibe %1 Spezifikationen und %2 Implementierungen in einer Transaktion…</translation>
    </message>
</context>
<context>
    <name>DatabaseSyncPage</name>
    <message>
        <location filename="../widgets/sync/databasesyncpage.cpp" line="+21"/>
        <source>Use the PG* environment variables and ~/.pgpass</source>
        <translation>Die PG*-Umgebungsvariablen und ~/.pgpass verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE … as libpq reads them</source>
        <translation>PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE … so, wie libpq sie liest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the URL or PGSSLMODE says</source>
        <translation>Wie die URL oder PGSSLMODE es angibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disable — no TLS</source>
        <translation>disable — kein TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prefer — TLS when the server offers it</source>
        <translation>prefer — TLS, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require — TLS, any certificate</source>
        <translation>require — TLS, beliebiges Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-ca — TLS, certificate signed by a trusted CA</source>
        <translation>verify-ca — TLS, Zertifikat von einer vertrauenswürdigen CA signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full — TLS, trusted certificate for this host name</source>
        <translation>verify-full — TLS, vertrauenswürdiges Zertifikat für diesen Hostnamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in the keychain only, never in the settings file</source>
        <translation>Das Passwort wird nur im Schlüsselbund aufbewahrt, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specs and implementations are read in one snapshot, and the code of every implementation once; everything is kept for offline use. The password goes to the server only.</source>
        <translation>Spezifikationen und Implementierungen werden in einem Schnappschuss gelesen, der Code jeder Implementierung einmal; alles wird für die Offline-Nutzung aufbewahrt. Das Passwort geht nur an den Server.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection &amp;URL:</source>
        <translation>Verbindungs-&amp;URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Give a connection URL, or use the PG* environment variables</source>
        <translation>Geben Sie eine Verbindungs-URL an oder verwenden Sie die PG*-Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a postgresql:// URL or key=value settings, like host=db.example.com dbname=anyplot</source>
        <translation>Geben Sie eine postgresql://-URL oder Einstellungen als Schlüssel=Wert an, etwa host=db.example.com dbname=anyplot</translation>
    </message>
</context>
<context>
    <name>DensityBasic</name>
    <message>
        <location filename="../plots/density-basic/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Observations whose distribution is estimated</source>
        <translation>Beobachtungen, deren Verteilung geschätzt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits the observations into curves</source>
        <translation>Teilt die Beobachtungen in Kurven auf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sleep per night (h)</source>
        <translation>Schlaf pro Nacht (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>`%1` has %2 groups; the first 7 are drawn.</source>
        <translation>`%1` hat %2 Gruppen; die ersten 7 werden gezeichnet.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
</context>
<context>
    <name>DonutBasic</name>
    <message>
        <location filename="../plots/donut-basic/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Name of each part of the whole</source>
        <translation>Name jedes Teils des Ganzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of each part</source>
        <translation>Nicht negative Menge jedes Teils</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 parts are too many to tell apart; the %2 smallest are pooled as &quot;Other&quot;.</source>
        <translation>%1 Teile sind zu viele, um sie zu unterscheiden; die %2 kleinsten werden als „Sonstige“ zusammengefasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../models/drafting/draftstore.cpp" line="+39"/>
        <source>not a draft</source>
        <translation>kein Entwurf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the draft has no id</source>
        <translation>der Entwurf hat keine ID</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the draft id &apos;%1&apos; cannot name a file</source>
        <translation>die Entwurfs-ID &apos;%1&apos; taugt nicht als Dateiname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no draft &apos;%1&apos;</source>
        <translation>kein Entwurf &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than a draft can be</source>
        <translation>die Datei ist größer, als ein Entwurf sein kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file holds another draft (%1)</source>
        <translation>die Datei enthält einen anderen Entwurf (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DumbbellBasic</name>
    <message>
        <location filename="../plots/dumbbell-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Label of each row</source>
        <translation>Beschriftung jeder Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value (left dot)</source>
        <translation>Erster Wert (linker Punkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second value (right dot)</source>
        <translation>Zweiter Wert (rechter Punkt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before (2024)</source>
        <translation>Vorher (2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (2025)</source>
        <translation>Nachher (2025)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s) repeat a category; the last row of each category is drawn.</source>
        <translation>
            <numerusform>%n Zeile wiederholt eine Kategorie; die letzte Zeile jeder Kategorie wird gezeichnet.</numerusform>
            <numerusform>%n Zeilen wiederholen eine Kategorie; die letzte Zeile jeder Kategorie wird gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 categories are too many rows; the first %2 are drawn.</source>
        <translation>%1 Kategorien sind zu viele Zeilen; die ersten %2 werden gezeichnet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>EcdfBasic</name>
    <message>
        <location filename="../plots/ecdf-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Observations, sorted into the cumulative curve</source>
        <translation>Beobachtungen, zur kumulierten Kurve sortiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page load time (s)</source>
        <translation>Ladezeit der Seite (s)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cumulative proportion</source>
        <translation>Kumulierter Anteil</translation>
    </message>
</context>
<context>
    <name>ErrorbarBasic</name>
    <message>
        <location filename="../plots/errorbar-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Group along the horizontal axis</source>
        <translation>Gruppe entlang der horizontalen Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central estimate</source>
        <translation>Zentrale Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric error half-width</source>
        <translation>Symmetrische halbe Fehlerbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance below y when asymmetric</source>
        <translation>Abstand unter y, wenn asymmetrisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance above y when asymmetric</source>
        <translation>Abstand über y, wenn asymmetrisch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daily dose</source>
        <translation>Tagesdosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ systolic (mmHg)</source>
        <translation>Δ systolisch (mmHg)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n row(s) repeat a group; the last estimate of each group is drawn.</source>
        <translation>
            <numerusform>%n Zeile wiederholt eine Gruppe; die letzte Schätzung jeder Gruppe wird gezeichnet.</numerusform>
            <numerusform>%n Zeilen wiederholen eine Gruppe; die letzte Schätzung jeder Gruppe wird gezeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n negative error width(s) were taken as their absolute value.</source>
        <translation>
            <numerusform>%n negative Fehlerbreite wurde als Betrag genommen.</numerusform>
            <numerusform>%n negative Fehlerbreiten wurden als Betrag genommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../widgets/comparison/exportimagedialog.cpp" line="+13"/>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>anyplot 16:9</source>
        <translation>anyplot 16:9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyplot square</source>
        <translation>anyplot quadratisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../models/facetmodel.cpp" line="+25"/>
        <source>Plot type</source>
        <translation>Diagrammtyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 (%2)</source>
        <comment>facet value and the number of matching specs</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matching spec(s)</source>
        <translation>
            <numerusform>%n passende Spezifikation</numerusform>
            <numerusform>%n passende Spezifikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n matching spec(s)</source>
        <translation>
            <numerusform>%1 — %n passende Spezifikation</numerusform>
            <numerusform>%1 — %n passende Spezifikationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderCatalogSource</name>
    <message>
        <location filename="../models/catalog/foldercatalogsource.cpp" line="+30"/>
        <location line="+11"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>is %1 MB, larger than any catalog file should be; not read</source>
        <translation>ist %1 MB groß, größer als jede Katalogdatei sein sollte; nicht gelesen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Reading %n spec folder(s)…</source>
        <translation>
            <numerusform>%n Spezifikationsordner wird gelesen…</numerusform>
            <numerusform>%n Spezifikationsordner werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sample catalog</source>
        <translation>Beispielkatalog</translation>
    </message>
</context>
<context>
    <name>FunnelBasic</name>
    <message>
        <location filename="../plots/funnel-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Name of each stage, in process order</source>
        <translation>Name jeder Stufe, in Prozessreihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count reaching that stage</source>
        <translation>Anzahl, die diese Stufe erreicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions in November</source>
        <translation>Sitzungen im November</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 (%3%)</source>
        <translation>%1  %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>GitHubArchiveCatalogSource</name>
    <message>
        <location filename="../models/sync/githubarchivecatalogsource.cpp" line="+27"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Downloading %1… (resumed: %2 of %3 already fetched)</source>
        <translation>Lade %1 herunter… (fortgesetzt: %2 von %3 bereits abgerufen)</translation>
    </message>
</context>
<context>
    <name>GitHubArchiveDownload</name>
    <message>
        <location filename="../models/sync/githubarchivedownload.cpp" line="+83"/>
        <source>&apos;%1&apos; is not a repository; write OWNER/NAME</source>
        <translation>&apos;%1&apos; ist kein Repository; BESITZER/NAME schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a branch, tag or commit name</source>
        <translation>&apos;%1&apos; ist kein Branch-, Tag- oder Commit-Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+89"/>
        <location line="+60"/>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>the server continued the archive download at the wrong place</source>
        <translation>der Server hat den Archiv-Download an der falschen Stelle fortgesetzt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the archive is larger than %1 MB; download stopped</source>
        <translation>das Archiv ist größer als %1 MB; Download gestoppt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>too many redirects downloading the archive</source>
        <translation>zu viele Weiterleitungen beim Herunterladen des Archivs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the archive download was redirected to an unsafe address</source>
        <translation>der Archiv-Download wurde an eine unsichere Adresse umgeleitet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GitHub answered %1 for %2/%3</source>
        <translation>GitHub antwortete %1 für %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the download of %1 failed: %2</source>
        <translation>der Download von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (no such repository or ref, or it is private and needs a token)</source>
        <translation> (kein solches Repository bzw. keine solche Ref, oder es ist privat und braucht ein Token)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the archive download ended after %1 of %2 bytes</source>
        <translation>der Archiv-Download endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+34"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>GitHubChange</name>
    <message>
        <location filename="../models/github/githubchange.cpp" line="+52"/>
        <source>Post a comment of %1 characters on %2</source>
        <translation>Einen Kommentar mit %1 Zeichen zu %2 schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the label &apos;%1&apos; to %2</source>
        <translation>Das Label &apos;%1&apos; zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the label &apos;%1&apos; from %2</source>
        <translation>Das Label &apos;%1&apos; von %2 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an issue in %1 titled &apos;%2&apos; with the labels %3</source>
        <translation>In %1 ein Issue mit dem Titel &apos;%2&apos; und den Labels %3 anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <location filename="../models/github/githubclient.cpp" line="+322"/>
        <source>GitHub did not answer in time; check the connection and try again.</source>
        <translation>GitHub hat nicht rechtzeitig geantwortet; die Verbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach %1 (%2); check the connection and try again.</source>
        <translation>%1 war nicht erreichbar (%2); die Verbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+267"/>
        <source>GitHub rejected the token (wrong, expired or revoked): sign in again in Settings → GitHub.</source>
        <translation>GitHub hat das Token abgelehnt (falsch, abgelaufen oder widerrufen): unter Einstellungen → GitHub erneut anmelden.</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>GitHub is limiting requests that come too fast; wait a minute and try again.</source>
        <translation>GitHub bremst zu schnelle Anfragen; eine Minute warten und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub&apos;s limit of %1 requests per hour is used up until %2.%3</source>
        <translation>GitHubs Grenze von %1 Anfragen pro Stunde ist bis %2 ausgeschöpft.%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Sign in (Settings → GitHub) for 5,000.</source>
        <translation> Anmelden (Einstellungen → GitHub) für 5.000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub refused this (%1): the token lacks the permission.</source>
        <translation>GitHub hat dies abgelehnt (%1): dem Token fehlt die Berechtigung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on GitHub: the repository %1 does not exist, or it is private and needs a token that can read it.</source>
        <translation>Auf GitHub nicht gefunden: das Repository %1 existiert nicht, oder es ist privat und braucht ein Token, das es lesen darf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub refused the change: %1</source>
        <translation>GitHub hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub answered %1 %2; try again later.</source>
        <translation>GitHub antwortete %1 %2; später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>GitHub&apos;s answer could not be read: %1</source>
        <translation>GitHubs Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>GitHub&apos;s answer was not a list; is %1 a GitHub API?</source>
        <translation>GitHubs Antwort war keine Liste; ist %1 eine GitHub-API?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GitHub&apos;s next page points to another server (%1); not followed.</source>
        <translation>GitHubs nächste Seite verweist auf einen anderen Server (%1); nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Not signed in: reading only, within GitHub&apos;s 60 requests per hour.</source>
        <translation>Nicht angemeldet: nur lesen, innerhalb von GitHubs 60 Anfragen pro Stunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token set; not yet confirmed by GitHub.</source>
        <translation>Token gesetzt; von GitHub noch nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to GitHub.</source>
        <translation>Bei GitHub angemeldet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rate limit not known yet.</source>
        <translation>Anfragegrenze noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 GitHub requests left, resets at %3</source>
        <translation>%1 von %2 GitHub-Anfragen übrig, zurückgesetzt um %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not a repository; expected OWNER/NAME.</source>
        <translation>&apos;%1&apos; ist kein Repository; erwartet BESITZER/NAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing issues needs a GitHub token: sign in in Settings → GitHub.</source>
        <translation>Issues zu ändern braucht ein GitHub-Token: unter Einstellungen → GitHub anmelden.</translation>
    </message>
</context>
<context>
    <name>GitHubSettingsDialog</name>
    <message>
        <location filename="../widgets/github/githubsettingsdialog.cpp" line="+19"/>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Settings</source>
        <translation>GitHub-Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog &amp;repository:</source>
        <translation>Katalog-&amp;Repository:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For GitHub Enterprise: https://HOST/api/v3</source>
        <translation>Für GitHub Enterprise: https://HOST/api/v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged issues are answered 304 by GitHub and cost no quota.</source>
        <translation>Unveränderte Issues beantwortet GitHub mit 304; sie kosten kein Kontingent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for changes every:</source>
        <translation>Auf Änderungen prüfen alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in:</source>
        <translation>Angemeldet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal access token (leave empty to keep the current one)</source>
        <translation>Persönliches Zugriffstoken (leer lassen, um das aktuelle zu behalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a token, Plotbench reads issues within GitHub&apos;s 60 requests per hour; commenting and labelling need one. GITHUB_TOKEN in the environment is used when set. The token is never written to the settings file.</source>
        <translation>Ohne Token liest Plotbench Issues innerhalb von GitHubs 60 Anfragen pro Stunde; Kommentieren und Labeln brauchen eines. GITHUB_TOKEN aus der Umgebung wird verwendet, wenn gesetzt. Das Token wird nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The repository must be OWNER/NAME.</source>
        <translation>Das Repository muss BESITZER/NAME sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API URL must be an http(s) address.</source>
        <translation>Die API-URL muss eine http(s)-Adresse sein.</translation>
    </message>
</context>
<context>
    <name>GitHubTokenStore</name>
    <message>
        <location filename="../models/github/githubtokenstore.cpp" line="+39"/>
        <source>The system keychain could not be read (%1); set GITHUB_TOKEN or sign in again.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden (%1); GITHUB_TOKEN setzen oder erneut anmelden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token could not be stored in the system keychain (%1); it is used for this session only.</source>
        <translation>Das Token konnte nicht im Schlüsselbund des Systems gespeichert werden (%1); es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token could not be removed from the system keychain (%1).</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1).</translation>
    </message>
</context>
<context>
    <name>HeatmapBasic</name>
    <message>
        <location filename="../plots/heatmap-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Column label of each cell</source>
        <translation>Spaltenbeschriftung jeder Zelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row label of each cell</source>
        <translation>Zeilenbeschriftung jeder Zelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity mapped to the cell&apos;s colour</source>
        <translation>Auf die Zellfarbe abgebildete Größe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hour of day</source>
        <translation>Stunde des Tages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bicycles per hour</source>
        <translation>Fahrräder pro Stunde</translation>
    </message>
</context>
<context>
    <name>HistogramBasic</name>
    <message>
        <location filename="../plots/histogram-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>One observation of the measured variable</source>
        <translation>Eine Beobachtung der gemessenen Größe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Birth weight (g)</source>
        <translation>Geburtsgewicht (g)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>HistogramCumulative</name>
    <message>
        <location filename="../plots/histogram-cumulative/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>One observation; counts accumulate over the bins</source>
        <translation>Eine Beobachtung; die Anzahlen summieren sich über die Klassen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting time (min)</source>
        <translation>Wartezeit (min)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>50 %: %1</source>
        <translation>50 %: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 %: %1</source>
        <translation>90 %: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cumulative share (%)</source>
        <translation>Kumulierter Anteil (%)</translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <location filename="../models/implementationmodel.cpp" line="+117"/>
        <source>The metadata does not record the library version.</source>
        <translation>Die Metadaten enthalten keine Bibliotheksversion.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library version</source>
        <translation>Bibl.-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language version</source>
        <translation>Sprachversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality score</source>
        <translation>Qualitätswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ImplementationReport</name>
    <message>
        <location filename="../models/github/githubchange.cpp" line="+32"/>
        <source>Name the spec the problem is in.</source>
        <translation>Die Spezifikation nennen, in der das Problem liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a spec id (lower-case words joined by hyphens).</source>
        <translation>&apos;%1&apos; ist keine Spezifikations-ID (kleingeschriebene Wörter mit Bindestrichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category: visual, data, functional or other.</source>
        <translation>Eine Kategorie wählen: visual, data, functional oder other.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the problem (at least 10 characters).</source>
        <translation>Das Problem beschreiben (mindestens 10 Zeichen).</translation>
    </message>
</context>
<context>
    <name>ImplementationRunner</name>
    <message>
        <location filename="../models/comparison/implementationrunner.cpp" line="+328"/>
        <source>There is no Python script to run for this implementation.</source>
        <translation>Für diese Implementierung gibt es kein Python-Skript zum Ausführen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Python 3 is not installed on this machine (no python3 on PATH). Install it to run implementations locally, e.g. &apos;apt install python3&apos;.</source>
        <translation>Python 3 ist auf diesem Rechner nicht installiert (kein python3 im PATH). Zum lokalen Ausführen installieren, z. B. &apos;apt install python3&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No temporary folder could be made: %1</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The temporary folder could not be prepared.</source>
        <translation>Der temporäre Ordner konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be copied.</source>
        <translation>%1 konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+74"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Python here has %1 (import %2 failed with %3). Install it to run this implementation, e.g. &apos;apt install python3-%1&apos; or &apos;pip install %1&apos;.</source>
        <translation>Kein Python hier hat %1 (import %2 schlug mit %3 fehl). Zum Ausführen dieser Implementierung installieren, z. B. &apos;apt install python3-%1&apos; oder &apos;pip install %1&apos;.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>It wrote outside its folder (removed with the temporary copy): %1.</source>
        <translation>Es hat außerhalb seines Ordners geschrieben (mit der temporären Kopie entfernt): %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the script tried to write outside its folder, to %1. Only its own folder is writable; nothing was written there.</source>
        <translation>Gestoppt: Das Skript hat versucht, außerhalb seines Ordners zu schreiben, nach %1. Nur sein eigener Ordner ist beschreibbar; dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the script tried to reach the network (%1). Scripts run without network access.</source>
        <translation>Gestoppt: Das Skript hat versucht, das Netzwerk zu erreichen (%1). Skripte laufen ohne Netzwerkzugang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped after %1 s: the script did not finish in time.</source>
        <translation>Nach %1 s gestoppt: das Skript wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: the script printed more than %1 KiB.</source>
        <translation>Gestoppt: das Skript gab mehr als %1 KiB aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The script failed (exit code %1)%2</source>
        <translation>Das Skript ist fehlgeschlagen (Exit-Code %1)%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The script finished but wrote no plot*.png or plot*.html.</source>
        <translation>Das Skript ist fertig, hat aber kein plot*.png oder plot*.html geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran with Python %1 and %2 %3 in %4 ms.</source>
        <translation>Mit Python %1 und %2 %3 in %4 ms ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsForm</name>
    <message>
        <location filename="../widgets/data/importoptionsform.cpp" line="+44"/>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+26"/>
        <location line="+21"/>
        <location line="+122"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>CSV / text</source>
        <translation>CSV / Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument (.ods)</source>
        <translation>OpenDocument (.ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trenner:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doubled quote &quot;&quot;</source>
        <translation>Verdoppeltes Anführungszeichen &quot;&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backslash \</source>
        <translation>Backslash \</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;scape:</source>
        <translation>E&amp;scape:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines before the header row: a title, notes, blank lines (Detect: from the field counts)</source>
        <translation>Zeilen vor der Kopfzeile: ein Titel, Notizen, Leerzeilen (Erkennen: aus der Anzahl der Felder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip lines:</source>
        <translation>Zeilen ü&amp;berspringen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No header</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row holding the column names, counted after the skipped lines (0: the first)</source>
        <translation>Die Zeile mit den Spaltennamen, gezählt nach den übersprungenen Zeilen (0: die erste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none, e.g. #</source>
        <translation>keine, z. B. #</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments:</source>
        <translation>Kommen&amp;tare:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point 1.5</source>
        <translation>Punkt 1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma 1,5</source>
        <translation>Komma 1,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;mal:</source>
        <translation>Dezi&amp;mal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma 1,000</source>
        <translation>Komma 1,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point 1.000</source>
        <translation>Punkt 1.000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space 1 000</source>
        <translation>Leerzeichen 1 000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apostrophe 1&apos;000</source>
        <translation>Apostroph 1&apos;000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thousands:</source>
        <translation>&amp;Tausender:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cells that mean &quot;no value&quot;, separated by commas; an empty cell always does</source>
        <translation>Zellen, die „kein Wert“ bedeuten, durch Kommas getrennt; eine leere Zelle bedeutet das immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missin&amp;g:</source>
        <translation>&amp;Fehlend:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integers that look like Unix times are dates</source>
        <translation>Ganzzahlen, die wie Unix-Zeiten aussehen, sind Datumswerte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spreadsheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>used range, or e.g. B3:F200</source>
        <translation>genutzter Bereich, oder z. B. B3:F200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell &amp;range:</source>
        <translation>Zell&amp;bereich:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>detect, or e.g. data.items</source>
        <translation>erkennen, oder z. B. data.items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;path:</source>
        <translation>Datensatz-&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First sheet</source>
        <translation>Erstes Blatt</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../models/data/importsource.cpp" line="+13"/>
        <source>Pasted table</source>
        <translation>Eingefügte Tabelle</translation>
    </message>
</context>
<context>
    <name>ImportWarningModel</name>
    <message>
        <location filename="../models/data/importwarningmodel.cpp" line="+25"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>IssueLifecycle</name>
    <message>
        <location filename="../models/github/issuelifecycle.cpp" line="+178"/>
        <source>Spec requests</source>
        <translation>Spezifikationswünsche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec ready</source>
        <translation>Spezifikation fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation requested</source>
        <translation>Generierung angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation pending</source>
        <translation>Implementierung ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation done</source>
        <translation>Implementierung fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation failed</source>
        <translation>Implementierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../models/github/issuemodel.cpp" line="+34"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
</context>
<context>
    <name>IssueThreadView</name>
    <message>
        <location filename="../widgets/github/issuethreadview.cpp" line="+45"/>
        <source>Add Label…</source>
        <translation>Label hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Label…</source>
        <translation>Label entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a Problem…</source>
        <translation>Ein Problem melden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment…</source>
        <translation>Kommentieren…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A label to add or remove, e.g. approved or generate:matplotlib</source>
        <translation>Ein Label zum Hinzufügen oder Entfernen, z. B. approved oder generate:matplotlib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a comment (Markdown)…</source>
        <translation>Einen Kommentar schreiben (Markdown)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select an issue to read its thread.</source>
        <translation>Ein Issue wählen, um seinen Verlauf zu lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading #%1…</source>
        <translation>#%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 could not be loaded.</source>
        <translation>#%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>AI reviews</source>
        <translation>KI-Reviews</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spec %1</source>
        <translation>Spezifikation %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sign in (Settings → GitHub) to change issues.</source>
        <translation>Anmelden (Einstellungen → GitHub), um Issues zu ändern.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>#%1 has no label &apos;%2&apos;.</source>
        <translation>#%1 hat kein Label &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>IssueTracker</name>
    <message>
        <location filename="../models/github/issuetracker.cpp" line="+67"/>
        <source>Loading issues of %1…</source>
        <translation>Issues von %1 werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n issue(s), checked %1</source>
        <translation>
            <numerusform>%n Issue, geprüft %1</numerusform>
            <numerusform>%n Issues, geprüft %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 failed: %2 %3</source>
        <translation>%1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The label change was undone.</source>
        <translation>Die Label-Änderung wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Your text is kept.</source>
        <translation>Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>The comment was not posted; your text is kept.</source>
        <translation>Der Kommentar wurde nicht veröffentlicht; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>It may have been posted: your text is kept, and trying again checks first.</source>
        <translation>Er wurde vielleicht veröffentlicht: Ihr Text bleibt erhalten, und ein neuer Versuch prüft das zuerst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was created; your text is kept.</source>
        <translation>Nichts wurde angelegt; Ihr Text bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../widgets/github/issuespanel.cpp" line="+36"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and closed</source>
        <translation>Offen und geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every lifecycle state</source>
        <translation>Jeder Lebenszyklus-Zustand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search issues (number, title, spec, label)…</source>
        <translation>Issues suchen (Nummer, Titel, Spezifikation, Label)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check GitHub for changes (unchanged issues cost no quota)</source>
        <translation>Auf GitHub nach Änderungen sehen (unveränderte Issues kosten kein Kontingent)</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../models/sync/apicatalogmapper.cpp" line="-452"/>
        <source>should be text</source>
        <translation>sollte Text sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>should be a list of text values</source>
        <translation>sollte eine Liste von Texten sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has values that are not text; they are left out</source>
        <translation>enthält Werte, die kein Text sind; sie werden ausgelassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>should be a number</source>
        <translation>sollte eine Zahl sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>should be a whole number ≥ 0, not %1</source>
        <translation>sollte eine ganze Zahl ≥ 0 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not a date and time: &apos;%1&apos;</source>
        <translation>ist kein Datum mit Uhrzeit: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>should be an object</source>
        <translation>sollte ein Objekt sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1 characters long; cut to %2</source>
        <translation>ist %1 Zeichen lang; auf %2 gekürzt</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../models/data/jsonreader.cpp" line="+160"/>
        <location line="+249"/>
        <source>Import canceled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>duplicate key &quot;%1&quot;; the last value is kept</source>
        <translation>doppelter Schlüssel „%1“; der letzte Wert bleibt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>More than %1 columns; the rest are ignored</source>
        <translation>Mehr als %1 Spalten; der Rest wird ignoriert</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The JSON file is %1 MiB; at most %2 MiB can be read</source>
        <translation>Die JSON-Datei ist %1 MiB groß; höchstens %2 MiB können gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The file cannot be read from the start</source>
        <translation>Die Datei kann nicht vom Anfang gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid UTF-8 at byte %1 (and maybe later); replaced by U+FFFD</source>
        <translation>ungültiges UTF-8 bei Byte %1 (und vielleicht später); durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The JSON is nested deeper than %1 levels</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON is not valid UTF-8</source>
        <translation>Das JSON ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON document is too large</source>
        <translation>Das JSON-Dokument ist zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1; line skipped</source>
        <translation>%1; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record path &quot;%1&quot; does not exist: there is no &quot;%2&quot; at the top</source>
        <translation>Der Datensatz-Pfad „%1“ existiert nicht: oben gibt es kein „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record path &quot;%1&quot; does not exist: &quot;%2&quot; has no &quot;%3&quot;</source>
        <translation>Der Datensatz-Pfad „%1“ existiert nicht: „%2“ hat kein „%3“</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Records read from the key &quot;%1&quot;</source>
        <translation>Datensätze aus dem Schlüssel „%1“ gelesen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>record %1 is not an object; read as an empty row</source>
        <translation>Datensatz %1 ist kein Objekt; als leere Zeile gelesen</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../models/sync/keychainsecretstore.cpp" line="+30"/>
        <source>the system keychain could not be read (%1)</source>
        <translation>der System-Schlüsselbund konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the password could not be kept in the system keychain (%1)</source>
        <translation>das Passwort konnte nicht im System-Schlüsselbund aufbewahrt werden (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the password could not be removed from the system keychain (%1)</source>
        <translation>das Passwort konnte nicht aus dem System-Schlüsselbund entfernt werden (%1)</translation>
    </message>
</context>
<context>
    <name>LifecycleGraph</name>
    <message>
        <location filename="../models/drafting/lifecyclegraph.cpp" line="+32"/>
        <source>Spec requested</source>
        <translation>Spezifikation gewünscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec ready</source>
        <translation>Spezifikation fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate (closed)</source>
        <translation>Duplikat (geschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a maintainer approves</source>
        <translation>ein Maintainer genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed as a duplicate</source>
        <translation>als Duplikat geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the spec is merged</source>
        <translation>die Spezifikation ist gemergt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: generate</source>
        <translation>%1: generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pending</source>
        <translation>%1: ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generation requested</source>
        <translation>Generierung angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a workflow starts</source>
        <translation>ein Workflow startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged after review</source>
        <translation>nach dem Review gemergt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review or tests failed</source>
        <translation>Review oder Tests fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requested again</source>
        <translation>erneut angefordert</translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <location filename="../widgets/drafting/lifecyclepanel.cpp" line="+47"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (or use the mouse wheel)</source>
        <translation>Vergrößern (oder das Mausrad nutzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole lifecycle</source>
        <translation>Den ganzen Lebenszyklus zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>current state</source>
        <translation>aktueller Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>durchlaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashed: a way back</source>
        <translation>gestrichelt: ein Weg zurück</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lifecycle of #%1 %2</source>
        <translation>Lebenszyklus von #%1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plot lifecycle</source>
        <translation>Der Lebenszyklus eines Plots</translation>
    </message>
</context>
<context>
    <name>LifecycleView</name>
    <message>
        <location filename="../widgets/drafting/lifecycleview.cpp" line="+46"/>
        <source>Wheel to zoom, drag to pan</source>
        <translation>Rad zum Zoomen, Ziehen zum Verschieben</translation>
    </message>
</context>
<context>
    <name>LineBasic</name>
    <message>
        <location filename="../plots/line-basic/implementations/cpp/qtcharts.cpp" line="+23"/>
        <source>Ordered position, typically a date</source>
        <translation>Geordnete Position, meist ein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured value at that position</source>
        <translation>Gemessener Wert an dieser Position</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date (2025)</source>
        <translation>Datum (2025)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean temperature (°C)</source>
        <translation>Mittlere Temperatur (°C)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>`%1` was not in ascending order; the points are joined in order of `%1`.</source>
        <translation>`%1` war nicht aufsteigend sortiert; die Punkte werden in der Reihenfolge von `%1` verbunden.</translation>
    </message>
</context>
<context>
    <name>LineMarkers</name>
    <message>
        <location filename="../plots/line-markers/implementations/cpp/qtcharts.cpp" line="+23"/>
        <source>Position of each measurement</source>
        <translation>Position jeder Messung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured value</source>
        <translation>Gemessener Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line each measurement belongs to</source>
        <translation>Linie, zu der jede Messung gehört</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hours awake</source>
        <translation>Stunden wach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction time (ms)</source>
        <translation>Reaktionszeit (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>LineMulti</name>
    <message>
        <location filename="../plots/line-multi/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Shared ordered position</source>
        <translation>Gemeinsame geordnete Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a series at that position</source>
        <translation>Wert einer Reihe an dieser Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line each observation belongs to</source>
        <translation>Linie, zu der jede Beobachtung gehört</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renewables (%)</source>
        <translation>Erneuerbare (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>LineTimeseries</name>
    <message>
        <location filename="../plots/line-timeseries/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Moment of each observation</source>
        <translation>Zeitpunkt jeder Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement at that moment</source>
        <translation>Messung zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>February 2026</source>
        <translation>Februar 2026</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand (GW)</source>
        <translation>Bedarf (GW)</translation>
    </message>
</context>
<context>
    <name>LollipopBasic</name>
    <message>
        <location filename="../plots/lollipop-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Label of each stick</source>
        <translation>Beschriftung jedes Stiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at the head of the stick</source>
        <translation>Wert am Kopf des Stiels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median commute (km)</source>
        <translation>Mittlerer Arbeitsweg (km)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+78"/>
        <source>Catalog problems</source>
        <translation>Katalogprobleme</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Catalog Folder…</source>
        <translation>&amp;Katalogordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a checkout of the anyplot repository or its plots/ folder</source>
        <translation>Einen Checkout des anyplot-Repositorys oder dessen Ordner plots/ öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Catalog</source>
        <translation>Bei&amp;spielkatalog öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the small catalog built into Plotbench; works offline</source>
        <translation>Den kleinen, in Plotbench eingebauten Katalog öffnen; funktioniert offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Spec…</source>
        <translation>&amp;Neue Spezifikation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a new plot specification, check it against the catalog and submit it</source>
        <translation>Eine neue Plot-Spezifikation entwerfen, gegen den Katalog prüfen und einreichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the catalog from the anyplot API, a GitHub archive or PostgreSQL and keep it for offline use</source>
        <translation>Den Katalog von der anyplot-API, einem GitHub-Archiv oder PostgreSQL abrufen und für die Offline-Nutzung aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Push to Database…</source>
        <translation>In &amp;Datenbank schreiben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a catalog folder into an anyplot PostgreSQL database, as anyplot&apos;s own sync does</source>
        <translation>Einen Katalogordner in eine anyplot-PostgreSQL-Datenbank schreiben, wie es anyplots eigener Sync tut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to Catalog</source>
        <translation>&amp;Zurück zum Katalog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find Spec</source>
        <translation>Spezifikation &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog &amp;Problems</source>
        <translation>&amp;Katalogprobleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub &amp;Issues</source>
        <translation>GitHub-&amp;Issues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue &amp;Lifecycle</source>
        <translation>Issue-&amp;Lebenszyklus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GitHub…</source>
        <translation>&amp;GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog repository, GitHub API and sign-in token</source>
        <translation>Katalog-Repository, GitHub-API und Anmelde-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Plotbench</source>
        <translation>Ü&amp;ber Plotbench</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading; the current catalog stays open</source>
        <translation>Laden abbrechen; der aktuelle Katalog bleibt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show or hide the catalog problems</source>
        <translation>Katalogprobleme anzeigen oder ausblenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Showing the offline index; checking %1 for changes…</source>
        <translation>Offline-Index wird angezeigt; %1 wird auf Änderungen geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading canceled; still showing %1.</source>
        <translation>Laden abgebrochen; %1 bleibt angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading canceled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load %1.</source>
        <translation>%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loaded %1, %2 from %3</source>
        <translation>%1 und %2 aus %3 geladen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+146"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n Spezifikation</numerusform>
            <numerusform>%n Spezifikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-145"/>
        <location line="+146"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n Implementierung</numerusform>
            <numerusform>%n Implementierungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Read in %1 s</source>
        <translation>Eingelesen in %1 s</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open Catalog Folder</source>
        <translation>Katalogordner öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Plotbench</source>
        <translation>Über Plotbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Plotbench %1&lt;/h3&gt;&lt;p&gt;A native workbench for the &lt;a href=&quot;https://anyplot.ai&quot;&gt;anyplot&lt;/a&gt; plot catalog: browse specs, compare library implementations and check the catalog&apos;s quality.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plotbench %1&lt;/h3&gt;&lt;p&gt;Eine native Arbeitsumgebung für den Diagrammkatalog &lt;a href=&quot;https://anyplot.ai&quot;&gt;anyplot&lt;/a&gt;: Spezifikationen durchstöbern, die Implementierungen der Bibliotheken vergleichen und die Qualität des Katalogs prüfen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n problems</source>
        <comment>catalog warnings</comment>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plotbench — %1</source>
        <translation>Plotbench — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plotbench</source>
        <translation>Plotbench</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2; synced %3</source>
        <translation>%1, %2; synchronisiert %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>GitHub Issues</source>
        <translation>GitHub-Issues</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spec &apos;%1&apos; is not in the open catalog.</source>
        <translation>Die Spezifikation &apos;%1&apos; ist nicht im geöffneten Katalog.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Issue Lifecycle</source>
        <translation>Issue-Lebenszyklus</translation>
    </message>
</context>
<context>
    <name>MetadataParser</name>
    <message>
        <location filename="../models/catalog/metadataparser.cpp" line="+40"/>
        <source>&apos;criteria_checklist&apos; should be a mapping</source>
        <translation>„criteria_checklist“ sollte ein Mapping sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a checklist item should be a mapping</source>
        <translation>ein Eintrag der Checkliste sollte ein Mapping sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;review&apos; should be a mapping</source>
        <translation>„review“ sollte ein Mapping sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>verdict &apos;%1&apos; is neither APPROVED nor REJECTED</source>
        <translation>verdict „%1“ ist weder APPROVED noch REJECTED</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;impl_tags&apos; should be a mapping of lists</source>
        <translation>„impl_tags“ sollte ein Mapping von Listen sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a mapping of keys, found a %1</source>
        <translation>Mapping von Schlüsseln erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>library &apos;%1&apos; differs from the file name &apos;%2&apos;</source>
        <translation>library „%1“ weicht vom Dateinamen „%2“ ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>specification_id &apos;%1&apos; differs from the folder &apos;%2&apos;</source>
        <translation>specification_id „%1“ weicht vom Ordner „%2“ ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &apos;%1&apos; differs from the folder &apos;%2&apos;</source>
        <translation>language „%1“ weicht vom Ordner „%2“ ab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>quality_score %1 is outside 0–100</source>
        <translation>quality_score %1 liegt außerhalb von 0–100</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <location filename="../models/data/odsreader.cpp" line="+134"/>
        <source>Not an OpenDocument spreadsheet: %1</source>
        <translation>Keine OpenDocument-Tabelle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an OpenDocument spreadsheet: it has no content.xml</source>
        <translation>Keine OpenDocument-Tabelle: ihr fehlt content.xml</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document is damaged; what follows the damage is lost: %1</source>
        <translation>Das Dokument ist beschädigt; was nach der Beschädigung folgt, geht verloren: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document has no sheets</source>
        <translation>Das Dokument hat keine Blätter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation>Das Dokument hat kein Blatt „%1“ (es hat: %2)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Repeated cells beyond %1 ignored (row %2 repeats %3 times)</source>
        <translation>Wiederholte Zellen jenseits von %1 ignoriert (Zeile %2 wiederholt sich %3-mal)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import canceled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cells beyond column %1 ignored</source>
        <translation>Zellen jenseits von Spalte %1 ignoriert</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&quot;%1&quot; is not a number; read as missing</source>
        <translation>„%1“ ist keine Zahl; als fehlend gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date; read as missing</source>
        <translation>„%1“ ist kein Datum; als fehlend gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a time; read as missing</source>
        <translation>„%1“ ist keine Uhrzeit; als fehlend gelesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>error value %1; read as missing</source>
        <translation>Fehlerwert %1; als fehlend gelesen</translation>
    </message>
</context>
<context>
    <name>OfflineCatalogSource</name>
    <message>
        <location filename="../models/sync/offlinecatalogsource.cpp" line="+31"/>
        <source>offline copy in %1</source>
        <translation>Offline-Kopie in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last offline copy</source>
        <translation>die letzte Offline-Kopie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no offline copy yet; sync first</source>
        <translation>es gibt noch keine Offline-Kopie; zuerst synchronisieren</translation>
    </message>
</context>
<context>
    <name>OfflineCatalogStore</name>
    <message>
        <location filename="../models/sync/offlinecatalogstore.cpp" line="+134"/>
        <source>there is no offline copy in %1</source>
        <translation>in %1 gibt es keine Offline-Kopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the offline copy in %1 is damaged or of another version</source>
        <translation>die Offline-Kopie in %1 ist beschädigt oder von einer anderen Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+26"/>
        <source>the offline copy in %1 is damaged</source>
        <translation>die Offline-Kopie in %1 ist beschädigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>refusing to write outside the offline copy: %1</source>
        <translation>Schreiben außerhalb der Offline-Kopie verweigert: %1</translation>
    </message>
</context>
<context>
    <name>OfflineCopyingSource</name>
    <message>
        <location filename="../models/sync/offlinecopyingsource.cpp" line="+142"/>
        <source>GitHub archive %1</source>
        <translation>GitHub-Archiv %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the offline copy from %1 is kept</source>
        <translation>die Offline-Kopie vom %1 bleibt erhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Keeping the offline copy: the code of %n implementation(s)…</source>
        <translation>
            <numerusform>Offline-Kopie wird angelegt: der Code von %n Implementierung…</numerusform>
            <numerusform>Offline-Kopie wird angelegt: der Code von %n Implementierungen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving the offline copy…</source>
        <translation>Offline-Kopie wird gespeichert…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The offline copy holds no code; sync again.</source>
        <translation>Die Offline-Kopie enthält keinen Code; bitte erneut synchronisieren.</translation>
    </message>
</context>
<context>
    <name>PieBasic</name>
    <message>
        <location filename="../plots/pie-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Name of each part of the whole</source>
        <translation>Name jedes Teils des Ganzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of each part</source>
        <translation>Nicht negative Menge jedes Teils</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 parts are too many to tell apart; the %2 smallest are pooled as &quot;Other&quot;.</source>
        <translation>%1 Teile sind zu viele, um sie zu unterscheiden; die %2 kleinsten werden als „Sonstige“ zusammengefasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PlotDataPanel</name>
    <message>
        <location filename="../widgets/comparison/plotdatapanel.cpp" line="+19"/>
        <source>&lt;b&gt;Plot my data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meine Daten plotten&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data roles</source>
        <translation>Datenrollen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG: choose size and resolution (default 4800×2700, 300 dpi)</source>
        <translation>Als PNG exportieren: Größe und Auflösung wählen (Vorgabe 4800×2700, 300 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Das Diagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the native chart:</source>
        <translation>Das native Diagramm exportieren:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2, optional)</source>
        <translation>%1 (%2, optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— not used —</source>
        <translation>— nicht verwendet —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose a column —</source>
        <translation>— eine Spalte wählen —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2, does not fit)</source>
        <translation>%1 (%2, passt nicht)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Every role is mapped; nothing to report.</source>
        <translation>Jede Rolle ist zugeordnet; nichts zu melden.</translation>
    </message>
</context>
<context>
    <name>PlotInput</name>
    <message>
        <location filename="../plots/engine/plotinput.cpp" line="+113"/>
        <source>No row has usable values in %1 (missing, NaN or infinite everywhere).</source>
        <translation>Keine Zeile hat brauchbare Werte in %1 (überall fehlend, NaN oder unendlich).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped %n of %1 row(s) with missing, NaN or infinite values in %2.</source>
        <translation>
            <numerusform>%n von %1 Zeile mit fehlenden, NaN- oder unendlichen Werten in %2 übersprungen.</numerusform>
            <numerusform>%n von %1 Zeilen mit fehlenden, NaN- oder unendlichen Werten in %2 übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%n categories appear in several rows; their values are summed.</source>
        <translation>
            <numerusform>%n Kategorie kommt in mehreren Zeilen vor; ihre Werte werden summiert.</numerusform>
            <numerusform>%n Kategorien kommen in mehreren Zeilen vor; ihre Werte werden summiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`%1` has %2 categories; the %3 largest are shown.</source>
        <translation>`%1` hat %2 Kategorien; die %3 größten werden gezeigt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+67"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>`%1` has %2 groups; the first %3 are drawn apart, the rest together as &quot;other&quot;.</source>
        <translation>`%1` hat %2 Gruppen; die ersten %3 werden getrennt gezeichnet, der Rest zusammen als „sonstige“.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>`%1` was not in ascending order; the points are joined in order of `%1`.</source>
        <translation>`%1` war nicht aufsteigend sortiert; die Punkte werden in der Reihenfolge von `%1` verbunden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>`%1` has %2 distinct values; the first %3 are shown.</source>
        <translation>`%1` hat %2 verschiedene Werte; die ersten %3 werden gezeigt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Some pairs of `%1` and `%2` appear in several rows; their values are summed.</source>
        <translation>Manche Paare aus `%1` und `%2` kommen in mehreren Zeilen vor; ihre Werte werden summiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>`%1` holds %n negative value(s); the parts of a whole must be zero or more.</source>
        <translation>
            <numerusform>`%1` enthält %n negativen Wert; die Teile eines Ganzen müssen null oder mehr sein.</numerusform>
            <numerusform>`%1` enthält %n negative Werte; die Teile eines Ganzen müssen null oder mehr sein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`%1` sums to zero; there is no whole to divide.</source>
        <translation>`%1` summiert sich zu null; es gibt kein Ganzes zu teilen.</translation>
    </message>
</context>
<context>
    <name>PlotMapping</name>
    <message>
        <location filename="../plots/engine/plotmapping.cpp" line="+125"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date/time</source>
        <translation>Datum/Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The table has no rows to draw.</source>
        <translation>Die Tabelle hat keine Zeilen zum Zeichnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not mapped: choose %2.</source>
        <translation>%1 ist nicht zugeordnet: %2 wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is mapped to column %2, which the table does not have.</source>
        <translation>%1 ist Spalte %2 zugeordnet, die die Tabelle nicht hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs %2; %3 %4.</source>
        <translation>%1 braucht %2; %3 %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: column %2 has no values.</source>
        <translation>%1: Spalte %2 hat keine Werte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 has no value in %n rows; they are left out.</source>
        <translation>%1: %2 hat in %n Zeilen keinen Wert; sie werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 holds %n infinite values; they are left out.</source>
        <translation>%1: %2 enthält %n unendliche Werte; sie werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 holds %n values that are not numbers (NaN); they are left out.</source>
        <translation>%1: %2 enthält %n Werte, die keine Zahlen sind (NaN); sie werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 has no finite numbers.</source>
        <translation>%1: %2 hat keine endlichen Zahlen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not role=column.</source>
        <translation>%1 ist nicht Rolle=Spalte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no role %1; the roles are %2.</source>
        <translation>Es gibt keine Rolle %1; die Rollen sind %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no column %1; the columns are %2.</source>
        <translation>Es gibt keine Spalte %1; die Spalten sind %2.</translation>
    </message>
</context>
<context>
    <name>PolarLine</name>
    <message>
        <location filename="../plots/polar-line/implementations/cpp/qtcharts.cpp" line="+25"/>
        <source>Direction in degrees, clockwise from north</source>
        <translation>Richtung in Grad, im Uhrzeigersinn ab Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance from the centre</source>
        <translation>Abstand von der Mitte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wind direction (°)</source>
        <translation>Windrichtung (°)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean wind speed (m/s)</source>
        <translation>Mittlere Windgeschwindigkeit (m/s)</translation>
    </message>
</context>
<context>
    <name>PostgresCatalogSource</name>
    <message>
        <location filename="../models/sync/postgrescatalogsource.cpp" line="+131"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>; the connection was lost and nothing of this read was kept — run it again</source>
        <translation>; die Verbindung ging verloren, und von diesem Lesevorgang wurde nichts behalten — bitte erneut ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the specs of %1: %2</source>
        <translation>die Spezifikationen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the implementations of %1: %2</source>
        <translation>die Implementierungen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>quality_score %1 is outside 0–100; ignored</source>
        <translation>quality_score %1 liegt außerhalb von 0–100; ignoriert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not in the database</source>
        <translation>%1 ist nicht in der Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not code of the database catalog</source>
        <translation>%1 ist kein Code des Datenbank-Katalogs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the database again to read its code.</source>
        <translation>Öffnen Sie die Datenbank erneut, um ihren Code zu lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code could not be read: %1</source>
        <translation>Der Code konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no code in the database</source>
        <translation>%1 hat keinen Code in der Datenbank</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <location filename="../models/sync/postgresconnection.cpp" line="+241"/>
        <source>out of memory while connecting to the database</source>
        <translation>kein Speicher mehr beim Verbinden mit der Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the query failed</source>
        <translation>die Abfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PostgresPushMemory</name>
    <message>
        <location filename="../models/sync/postgrespushmemory.cpp" line="+93"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>PostgresPushReport</name>
    <message>
        <location filename="../models/sync/postgresstore.cpp" line="+837"/>
        <source>Dry run against %1: nothing was written.
</source>
        <translation>Probelauf gegen %1: nichts wurde geschrieben.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pushed %1 and %2 to %3 in %4 ms.
</source>
        <translation>%1 und %2 in %4 ms nach %3 geschrieben.
</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n Spezifikation</numerusform>
            <numerusform>%n Spezifikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n Implementierung</numerusform>
            <numerusform>%n Implementierungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schema would be created (the database has none).
</source>
        <translation>Das Schema würde angelegt (die Datenbank hat keines).
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schema was created (the database had none).
</source>
        <translation>Das Schema wurde angelegt (die Datenbank hatte keines).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 added, %3 changed, %4 removed
</source>
        <translation>%1: %2 hinzugefügt, %3 geändert, %4 entfernt
</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n implementation(s) not sent: the database holds them unchanged since the last push.
</source>
        <translation>
            <numerusform>%n Implementierung nicht gesendet: Die Datenbank hält sie seit dem letzten Push unverändert.
</numerusform>
            <numerusform>%n Implementierungen nicht gesendet: Die Datenbank hält sie seit dem letzten Push unverändert.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <location line="-681"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot create the schema: %1</source>
        <translation>das Schema kann nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n implementation(s) have metadata but no code file; their code is NULL</source>
        <translation>
            <numerusform>%n Implementierung hat Metadaten, aber keine Codedatei; ihr Code ist NULL</numerusform>
            <numerusform>%n Implementierungen haben Metadaten, aber keine Codedatei; ihr Code ist NULL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>another sync or push is writing the implementations; try again when it has finished (%1)</source>
        <translation>ein anderer Sync oder Push schreibt gerade die Implementierungen; versuchen Sie es erneut, wenn er fertig ist (%1)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot remember the pushed rows for the next push: %1</source>
        <translation>die gesendeten Zeilen können für den nächsten Push nicht gemerkt werden: %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+7"/>
        <source>cannot write the rows: %1</source>
        <translation>die Zeilen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot stage the rows: %1</source>
        <translation>die Zeilen können nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a dry run needs the staging method</source>
        <translation>ein Probelauf braucht die Staging-Methode</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../widgets/github/changeconfirmation.cpp" line="+23"/>
        <source>Change on GitHub</source>
        <translation>Änderung auf GitHub</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This exact request will be sent:</source>
        <translation>Genau diese Anfrage wird gesendet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to GitHub</source>
        <translation>An GitHub senden</translation>
    </message>
</context>
<context>
    <name>QqBasic</name>
    <message>
        <location filename="../plots/qq-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Observed values compared with a normal distribution</source>
        <translation>Beobachtete Werte im Vergleich mit einer Normalverteilung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Daily return (%)</source>
        <translation>Tagesrendite (%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Q-Q plot needs at least two observations; `%1` has one.</source>
        <translation>Ein Q-Q-Plot braucht mindestens zwei Beobachtungen; `%1` hat eine.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Normal reference</source>
        <translation>Normalverteilung als Referenz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theoretical quantiles (standard normal)</source>
        <translation>Theoretische Quantile (Standardnormalverteilung)</translation>
    </message>
</context>
<context>
    <name>RadarBasic</name>
    <message>
        <location filename="../plots/radar-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Axis (dimension) of each value</source>
        <translation>Achse (Dimension) jedes Werts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score on that axis</source>
        <translation>Punktzahl auf dieser Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile each value belongs to</source>
        <translation>Profil, zu dem jeder Wert gehört</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A radar chart needs three axes or more to enclose an area; `%1` has %2.</source>
        <translation>Ein Netzdiagramm braucht drei oder mehr Achsen, um eine Fläche einzuschließen; `%1` hat %2.</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../widgets/github/reportproblemdialog.cpp" line="+24"/>
        <source>Report a Problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spec &amp;ID:</source>
        <translation>Spezifikations-&amp;ID:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Libraries:</source>
        <translation>Bibliotheken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visual</source>
        <translation>Visuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong, and where? What did you expect?</source>
        <translation>Was ist falsch, und wo? Was haben Sie erwartet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is filed as a new issue with the label report-pending.</source>
        <translation>Die Meldung wird als neues Issue mit dem Label report-pending angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and Send…</source>
        <translation>Prüfen und senden…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../models/catalog/review.cpp" line="+23"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No verdict</source>
        <translation>Kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>RunLocallyPanel</name>
    <message>
        <location filename="../widgets/comparison/runlocallypanel.cpp" line="+17"/>
        <source>Runs the catalog&apos;s script on this machine, in a temporary copy of its folder (the only place it may write; no network), with ANYPLOT_THEME=%1 and a time limit of %2 s, so you can see whether it still runs and what changed. Nothing runs until you click.</source>
        <translation>Führt das Skript des Katalogs auf diesem Rechner aus, in einer temporären Kopie seines Ordners (der einzige Ort, an dem es schreiben darf; kein Netzwerk), mit ANYPLOT_THEME=%1 und einem Zeitlimit von %2 s, damit Sie sehen, ob es noch läuft und was sich geändert hat. Nichts läuft, bevor Sie klicken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run on this machine</source>
        <translation>Auf diesem Rechner ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No published preview here</source>
        <translation>Hier keine veröffentlichte Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the script prints appears here.</source>
        <translation>Was das Skript ausgibt, erscheint hier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this machine</source>
        <translation>Auf diesem Rechner</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 KiB)</source>
        <translation>%1 (%2 KiB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No picture: %1</source>
        <translation>Kein Bild: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confined by %1: it can write only in its own folder and reach no network.
</source>
        <translation>Eingeschränkt durch %1: Es kann nur in seinem eigenen Ordner schreiben und kein Netzwerk erreichen.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused writes outside its folder: %1
</source>
        <translation>Verweigerte Schreibzugriffe außerhalb seines Ordners: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused network connections: %1
</source>
        <translation>Verweigerte Netzwerkverbindungen: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote: %1
</source>
        <translation>Geschrieben: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
[output cut]</source>
        <translation>
[Ausgabe gekürzt]</translation>
    </message>
</context>
<context>
    <name>RunSandbox</name>
    <message>
        <location filename="../models/comparison/runsandbox.cpp" line="+120"/>
        <source>bwrap (bubblewrap) is not installed</source>
        <translation>bwrap (bubblewrap) ist nicht installiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bwrap could not be started: %1</source>
        <translation>bwrap konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bwrap did not answer in 10 s</source>
        <translation>bwrap hat nicht innerhalb von 10 s geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bwrap does not work here (%1)</source>
        <translation>bwrap funktioniert hier nicht (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bubblewrap (read-only system, no network) and a Python audit hook</source>
        <translation>bubblewrap (schreibgeschütztes System, kein Netzwerk) und einen Python-Audit-Hook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Python audit hook only (bubblewrap is not available: native code and child processes are not watched)</source>
        <translation>nur einen Python-Audit-Hook (bubblewrap ist nicht verfügbar: nativer Code und Kindprozesse werden nicht überwacht)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the network</source>
        <translation>das Netzwerk</translation>
    </message>
</context>
<context>
    <name>ScatterBasic</name>
    <message>
        <location filename="../plots/scatter-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Explanatory measurement</source>
        <translation>Erklärende Messgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response measurement</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgroup, shown by marker colour</source>
        <translation>Untergruppe, gezeigt durch die Markerfarbe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Height (cm)</source>
        <translation>Größe (cm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>`%1` has %2 groups; the first %3 get their own colour, the rest share one.</source>
        <translation>`%1` hat %2 Gruppen; die ersten %3 bekommen eine eigene Farbe, der Rest teilt sich eine.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
</context>
<context>
    <name>ScatterColorMapped</name>
    <message>
        <location filename="../plots/scatter-color-mapped/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Horizontal position</source>
        <translation>Horizontale Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical position</source>
        <translation>Vertikale Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third quantity, shown by colour</source>
        <translation>Dritte Größe, gezeigt durch die Farbe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Longitude (°E)</source>
        <translation>Längengrad (°O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude (°N)</source>
        <translation>Breitengrad (°N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>July mean (°C)</source>
        <translation>Julimittel (°C)</translation>
    </message>
</context>
<context>
    <name>ScatterRegressionLinear</name>
    <message>
        <location filename="../plots/scatter-regression-linear/implementations/cpp/qtcharts.cpp" line="+23"/>
        <source>Explanatory variable</source>
        <translation>Erklärende Variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response variable</source>
        <translation>Zielvariable</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Study time (h per week)</source>
        <translation>Lernzeit (h pro Woche)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exam score</source>
        <translation>Prüfungsergebnis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>`%1` has no spread (or fewer than two points): no regression line can be fitted.</source>
        <translation>`%1` hat keine Streuung (oder weniger als zwei Punkte): es lässt sich keine Regressionsgerade anpassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>95 % confidence</source>
        <translation>95-%-Konfidenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y = %1x %2 %3 (R² = %4)</source>
        <translation>y = %1x %2 %3 (R² = %4)</translation>
    </message>
</context>
<context>
    <name>SheetAssembler</name>
    <message>
        <location filename="../models/data/sheetassembler.cpp" line="+14"/>
        <source>&quot;%1&quot; is not a cell range (like B3:F200)</source>
        <translation>„%1“ ist kein Zellbereich (wie B3:F200)</translation>
    </message>
</context>
<context>
    <name>SpecCardDelegate</name>
    <message numerus="yes">
        <location filename="../widgets/speccarddelegate.cpp" line="+166"/>
        <source>%n libraries</source>
        <comment>card: implementing libraries</comment>
        <translation>
            <numerusform>%n Bibliothek</numerusform>
            <numerusform>%n Bibliotheken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No implementations yet</source>
        <translation>Noch keine Implementierungen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
</context>
<context>
    <name>SpecDraftFolderWriter</name>
    <message>
        <location filename="../models/drafting/specdraftfolderwriter.cpp" line="+30"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a valid spec id; fix it in the draft first.</source>
        <translation>&apos;%1&apos; ist keine gültige Spezifikations-ID; zuerst im Entwurf korrigieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder; choose your anyplot checkout.</source>
        <translation>%1 ist kein Ordner; Ihren anyplot-Checkout wählen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already exists; choose another id or allow replacing it.</source>
        <translation>%1 existiert bereits; eine andere ID wählen oder das Ersetzen erlauben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create a folder in %1: %2</source>
        <translation>in %1 kann kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot move the new folder into place at %1</source>
        <translation>der neue Ordner kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>SpecDraftSubmitter</name>
    <message>
        <location filename="../models/drafting/specdraftsubmitter.cpp" line="+76"/>
        <source>GitHub did not create the issue.</source>
        <translation>GitHub hat das Issue nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>SpecDraftValidator</name>
    <message>
        <location filename="../models/drafting/specdraftvalidator.cpp" line="+77"/>
        <source>The file must start with the heading &apos;# spec-id: Title&apos;.</source>
        <translation>Die Datei muss mit der Überschrift &apos;# spec-id: Titel&apos; beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heading must read &apos;# spec-id: Title&apos; (the id, a colon, then the title).</source>
        <translation>Die Überschrift muss &apos;# spec-id: Titel&apos; lauten (die ID, ein Doppelpunkt, dann der Titel).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; has upper-case letters.</source>
        <translation>&apos;%1&apos; enthält Großbuchstaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; contains spaces or underscores.</source>
        <translation>&apos;%1&apos; enthält Leerzeichen oder Unterstriche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; contains &apos;%2&apos;; only a-z, 0-9 and &apos;-&apos; are allowed.</source>
        <translation>&apos;%1&apos; enthält &apos;%2&apos;; nur a–z, 0–9 und &apos;-&apos; sind erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; starts or ends with &apos;-&apos;.</source>
        <translation>&apos;%1&apos; beginnt oder endet mit &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has &apos;--&apos;.</source>
        <translation>&apos;%1&apos; enthält &apos;--&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Spec ids are lower-case words joined by single &apos;-&apos;.</source>
        <translation>%1 Spezifikations-IDs sind kleingeschriebene Wörter, verbunden durch einzelne &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Spec ids are lower-case words joined by single &apos;-&apos;: &apos;%2&apos;.</source>
        <translation>%1 Spezifikations-IDs sind kleingeschriebene Wörter, verbunden durch einzelne &apos;-&apos;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;spec_id&apos; is missing; it must equal the folder name.</source>
        <translation>&apos;spec_id&apos; fehlt; es muss dem Ordnernamen entsprechen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is a reserved word of the anyplot site and cannot be a spec id.</source>
        <translation>&apos;%1&apos; ist ein reserviertes Wort der anyplot-Website und kann keine Spezifikations-ID sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; already exists in the catalog (%2); choose another id.</source>
        <translation>&apos;%1&apos; gibt es im Katalog bereits (%2); eine andere ID wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has %2 characters; the longest id in the catalog has 32.</source>
        <translation>&apos;%1&apos; hat %2 Zeichen; die längste ID im Katalog hat 32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The heading says &apos;%1&apos; but spec_id says &apos;%2&apos;; they must be the same.</source>
        <translation>Die Überschrift sagt &apos;%1&apos;, spec_id aber &apos;%2&apos;; sie müssen gleich sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The heading has no title after the colon.</source>
        <translation>Die Überschrift hat nach dem Doppelpunkt keinen Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;title&apos; is missing or empty.</source>
        <translation>&apos;title&apos; fehlt oder ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title &apos;%1&apos; differs from the heading&apos;s &apos;%2&apos;.</source>
        <translation>Der Titel &apos;%1&apos; weicht von dem der Überschrift (&apos;%2&apos;) ab.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;## %1&apos; is not one of Description, Applications, Data, Notes; anyplot ignores it.</source>
        <translation>&apos;## %1&apos; ist keiner von Description, Applications, Data, Notes; anyplot ignoriert ihn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;## %1&apos; appears twice; keep one.</source>
        <translation>&apos;## %1&apos; kommt zweimal vor; einen behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write &apos;## %1&apos; exactly.</source>
        <translation>Genau &apos;## %1&apos; schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;## %1&apos; must come before &apos;## %2&apos; (order: Description, Applications, Data, Notes).</source>
        <translation>&apos;## %1&apos; muss vor &apos;## %2&apos; stehen (Reihenfolge: Description, Applications, Data, Notes).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The section &apos;## %1&apos; is missing; it must come first.</source>
        <translation>Der Abschnitt &apos;## %1&apos; fehlt; er muss zuerst kommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section &apos;## %1&apos; is missing; it belongs after &apos;## %2&apos;.</source>
        <translation>Der Abschnitt &apos;## %1&apos; fehlt; er gehört hinter &apos;## %2&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;## Description&apos; is empty; describe what the plot shows and when to use it.</source>
        <translation>&apos;## Description&apos; ist leer; beschreiben, was der Plot zeigt und wann man ihn verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;## Applications&apos; has no &apos;- &apos; bullets; anyplot reads only bullets here.</source>
        <translation>&apos;## Applications&apos; hat keine &apos;- &apos;-Aufzählungspunkte; anyplot liest hier nur Aufzählungspunkte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;## Data&apos; has no &apos;- &apos; bullets; list each column as - `name` (type) - meaning.</source>
        <translation>&apos;## Data&apos; hat keine &apos;- &apos;-Aufzählungspunkte; jede Spalte als - `name` (Typ) - Bedeutung aufführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;## Notes&apos; has text but no &apos;- &apos; bullets; anyplot reads only bullets here.</source>
        <translation>&apos;## Notes&apos; hat Text, aber keine &apos;- &apos;-Aufzählungspunkte; anyplot liest hier nur Aufzählungspunkte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;## %1&apos; holds text that is not a &apos;- &apos; bullet; anyplot drops it.</source>
        <translation>&apos;## %1&apos; enthält Text, der kein &apos;- &apos;-Aufzählungspunkt ist; anyplot verwirft ihn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write the column as - `name` (type) - meaning; this bullet does not parse.</source>
        <translation>Die Spalte als - `name` (Typ) - Bedeutung schreiben; dieser Punkt lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data bullets are columns (- `name` (type) - meaning), &apos;Size:&apos; or &apos;Example:&apos;.</source>
        <translation>Data-Punkte sind Spalten (- `name` (Typ) - Bedeutung), &apos;Size:&apos; oder &apos;Example:&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The column &apos;%1&apos; is already listed on line %2.</source>
        <translation>Die Spalte &apos;%1&apos; ist bereits in Zeile %2 aufgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column name &apos;%1&apos; contains spaces; use snake_case.</source>
        <translation>Der Spaltenname &apos;%1&apos; enthält Leerzeichen; snake_case verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column &apos;%1&apos; has no type in its parentheses.</source>
        <translation>Die Spalte &apos;%1&apos; hat in den Klammern keinen Typ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a type anyplot knows; use numeric, integer, categorical, string, datetime, boolean or a list.</source>
        <translation>&apos;%1&apos; ist kein Typ, den anyplot kennt; numeric, integer, categorical, string, datetime, boolean oder eine Liste verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what the column &apos;%1&apos; means after &apos; - &apos;.</source>
        <translation>Nach &apos; - &apos; sagen, was die Spalte &apos;%1&apos; bedeutet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Data bullet has the form - `name` (type) - meaning.</source>
        <translation>Kein Data-Punkt hat die Form - `name` (Typ) - Bedeutung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YAML error: %1</source>
        <translation>YAML-Fehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>specification.yaml must be a mapping of keys (spec_id, title, …, tags).</source>
        <translation>specification.yaml muss eine Zuordnung von Schlüsseln sein (spec_id, title, …, tags).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;tags&apos; is missing: give plot_type, data_type, domain and features (1 to 6 values each).</source>
        <translation>&apos;tags&apos; fehlt: plot_type, data_type, domain und features angeben (je 1 bis 6 Werte).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tags.%1 is missing; give 1 to 6 values.</source>
        <translation>tags.%1 fehlt; 1 bis 6 Werte angeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tags.%1 is empty; give 1 to 6 values.</source>
        <translation>tags.%1 ist leer; 1 bis 6 Werte angeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags.%1 must be a list (&apos;- value&apos; lines).</source>
        <translation>tags.%1 muss eine Liste sein (Zeilen &apos;- Wert&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tags.%1 holds %2 values; give 1 to 6.</source>
        <translation>tags.%1 enthält %2 Werte; 1 bis 6 angeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A tags.%1 value must be a word.</source>
        <translation>Ein Wert von tags.%1 muss ein Wort sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is listed twice in tags.%2.</source>
        <translation>&apos;%1&apos; steht zweimal in tags.%2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos;: tags are lower-case words joined by &apos;-&apos;.</source>
        <translation>&apos;%1&apos;: Tags sind kleingeschriebene Wörter, verbunden durch &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;: tags are lower-case words joined by &apos;-&apos; (did you mean &apos;%2&apos;?).</source>
        <translation>&apos;%1&apos;: Tags sind kleingeschriebene Wörter, verbunden durch &apos;-&apos; (war &apos;%2&apos; gemeint?).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is new in tags.%2: no spec in the catalog uses it.</source>
        <translation>&apos;%1&apos; ist neu in tags.%2: keine Spezifikation im Katalog verwendet es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is new in tags.%2; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; ist neu in tags.%2; war &apos;%3&apos; gemeint?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the placeholder %1.</source>
        <translation>Den Platzhalter %1 ersetzen.</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <location filename="../widgets/drafting/speceditor.cpp" line="+65"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Similar spec</source>
        <translation>Ähnliche Spezifikation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared tags</source>
        <translation>Gemeinsame Tags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Existing specs ranked by tag overlap and text similarity: check for duplicates before submitting. Double-click to open one.</source>
        <translation>Vorhandene Spezifikationen nach Tag-Überlappung und Textähnlichkeit geordnet: vor dem Einreichen auf Duplikate prüfen. Doppelklick öffnet eine.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar specs</source>
        <translation>Ähnliche Spezifikationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Spec Folder…</source>
        <translation>Als Spezifikationsordner speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit as Issue…</source>
        <translation>Als Issue einreichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Draft saved %1.</source>
        <translation>Entwurf gespeichert %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft could not be saved (%1); it stays open here and is retried.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden (%1); er bleibt hier offen, und es wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to go to the line</source>
        <translation>Klicken, um zur Zeile zu gehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems: the draft follows every rule.</source>
        <translation>Keine Probleme: der Entwurf folgt jeder Regel.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Indexing the catalog…</source>
        <translation>Katalog wird indiziert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tags %1 %, text %2 %</source>
        <translation>Tags %1 %, Text %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No similar spec in the catalog.</source>
        <translation>Keine ähnliche Spezifikation im Katalog.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the errors in the validation list first.</source>
        <translation>Zuerst die Fehler in der Prüfliste beheben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the GitHub issue, then create it</source>
        <translation>Das GitHub-Issue ansehen, dann anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write specification.md and specification.yaml into a checkout</source>
        <translation>specification.md und specification.yaml in einen Checkout schreiben</translation>
    </message>
</context>
<context>
    <name>SpecEditorWindow</name>
    <message>
        <location filename="../widgets/drafting/speceditorwindow.cpp" line="+27"/>
        <source>New Spec — Plotbench</source>
        <translation>Neue Spezifikation — Plotbench</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifecycle of the Submitted Issue</source>
        <translation>Lebenszyklus des eingereichten Issues</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reopened the draft you were writing (last change %1).</source>
        <translation>Der Entwurf, an dem Sie geschrieben haben, wurde wieder geöffnet (letzte Änderung %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened your draft. Its last submit failed: %1</source>
        <translation>Ihr Entwurf wurde wieder geöffnet. Sein letztes Einreichen schlug fehl: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Created issue #%1: %2</source>
        <translation>Issue #%1 angelegt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The issue was not created: %1 Your draft is kept; try again later.</source>
        <translation>Das Issue wurde nicht angelegt: %1 Ihr Entwurf bleibt erhalten; später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sign in to GitHub (Settings → GitHub) to create the issue. Your draft is saved meanwhile.</source>
        <translation>Bei GitHub anmelden (Einstellungen → GitHub), um das Issue anzulegen. Ihr Entwurf ist inzwischen gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub needs a valid token to create issues: sign in under Settings → GitHub. Your draft is saved meanwhile.</source>
        <translation>GitHub braucht ein gültiges Token, um Issues anzulegen: unter Einstellungen → GitHub anmelden. Ihr Entwurf ist inzwischen gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This draft was already submitted as issue #%1.</source>
        <translation>Dieser Entwurf wurde bereits als Issue #%1 eingereicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the issue…</source>
        <translation>Issue wird angelegt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your anyplot Checkout (or its plots/ Folder)</source>
        <translation>Ihr anyplot-Checkout (oder sein Ordner plots/)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the spec folder %1.</source>
        <translation>Spezifikationsordner %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the Spec Folder?</source>
        <translation>Spezifikationsordner ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace its specification.md and specification.yaml?</source>
        <translation>%1 existiert bereits. Seine specification.md und specification.yaml ersetzen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spec folder was not saved: %1</source>
        <translation>Der Spezifikationsordner wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started a new draft; the previous one stays saved.</source>
        <translation>Ein neuer Entwurf wurde begonnen; der vorige bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the Draft?</source>
        <translation>Entwurf verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this draft away? This cannot be undone.</source>
        <translation>Diesen Entwurf wegwerfen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft was discarded.</source>
        <translation>Der Entwurf wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>SpecFolderParser</name>
    <message>
        <location filename="../models/catalog/specfolderparser.cpp" line="+53"/>
        <source>folder has no specification.md or specification.yaml; not a spec</source>
        <translation>Ordner hat weder specification.md noch specification.yaml; keine Spezifikation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>describes the same implementation as %1; ignored</source>
        <translation>beschreibt dieselbe Implementierung wie %1; ignoriert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file does not belong in the catalog layout; ignored</source>
        <translation>Datei gehört nicht zur Katalogstruktur; ignoriert</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>specification.md is missing</source>
        <translation>specification.md fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>heading names &apos;%1&apos;, the folder is &apos;%2&apos;</source>
        <translation>Überschrift nennt „%1“, der Ordner heißt „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sections are &apos;%1&apos;; expected Description, Applications, Data, Notes in that order</source>
        <translation>Abschnitte sind „%1“; erwartet werden Description, Applications, Data, Notes in dieser Reihenfolge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>specification.yaml is missing</source>
        <translation>specification.yaml fehlt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the code file of this implementation is missing</source>
        <translation>die Codedatei dieser Implementierung fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no metadata/%1/%2.yaml for this implementation</source>
        <translation>keine metadata/%1/%2.yaml für diese Implementierung</translation>
    </message>
</context>
<context>
    <name>SpecMarkdownParser</name>
    <message>
        <location filename="../models/catalog/specmarkdownparser.cpp" line="+31"/>
        <source>contains binary data (NUL bytes); not read</source>
        <translation>enthält Binärdaten (NUL-Bytes); nicht gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not valid UTF-8; unreadable characters replaced</source>
        <translation>ist kein gültiges UTF-8; unlesbare Zeichen ersetzt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the heading should read &apos;# spec-id: Title&apos;</source>
        <translation>die Überschrift sollte „# spec-id: Title“ lauten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no &apos;# spec-id: Title&apos; heading</source>
        <translation>keine Überschrift „# spec-id: Title“</translation>
    </message>
</context>
<context>
    <name>SpecPage</name>
    <message>
        <location filename="../widgets/specpage.cpp" line="+30"/>
        <source>Plot type</source>
        <translation>Diagrammtyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All specs</source>
        <translation>Alle Spezifikationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the catalog (Alt+Left)</source>
        <translation>Zurück zum Katalog (Alt+Links)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Implementations</source>
        <translation>Implementierungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+165"/>
        <source>Select an implementation to see its code.</source>
        <translation>Wählen Sie eine Implementierung aus, um ihren Code zu sehen.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Compare side by side</source>
        <translation>Nebeneinander vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every library&apos;s picture next to the native chart drawn with your data</source>
        <translation>Das Bild jeder Bibliothek neben dem nativen Diagramm mit Ihren Daten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No library implements this spec yet.</source>
        <translation>Noch keine Bibliothek implementiert diese Spezifikation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spec not found</source>
        <translation>Spezifikation nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no spec with this id.</source>
        <translation>Der Katalog enthält keine Spezifikation mit dieser ID.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested by %1</source>
        <translation>Vorgeschlagen von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue #%1</source>
        <translation>Issue #%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*This spec has no description.*</source>
        <translation>*Diese Spezifikation hat keine Beschreibung.*</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The catalog has no code file for this implementation.</source>
        <translation>Der Katalog enthält keine Codedatei für diese Implementierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading code…</source>
        <translation>Code wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SpecSubmitDialog</name>
    <message>
        <location filename="../widgets/drafting/specsubmitdialog.cpp" line="+20"/>
        <source>Submit the Spec as a GitHub Issue</source>
        <translation>Die Spezifikation als GitHub-Issue einreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This issue will be created in &lt;b&gt;%1&lt;/b&gt;, as the &quot;Request New Plot&quot; form would create it. Nothing is sent until you press Create Issue.</source>
        <translation>Dieses Issue wird in &lt;b&gt;%1&lt;/b&gt; angelegt, so wie es das Formular „Request New Plot“ anlegen würde. Nichts wird gesendet, bevor Sie „Issue anlegen“ drücken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rendered</source>
        <translation>Dargestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown sent</source>
        <translation>Gesendetes Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create Issue</source>
        <translation>Issue anlegen</translation>
    </message>
</context>
<context>
    <name>SpecYamlParser</name>
    <message>
        <location filename="../models/catalog/specyamlparser.cpp" line="+13"/>
        <source>expected a mapping of keys, found a %1</source>
        <translation>Mapping von Schlüsseln erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spec_id &apos;%1&apos; differs from the folder name &apos;%2&apos;</source>
        <translation>spec_id „%1“ weicht vom Ordnernamen „%2“ ab</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;tags&apos; should be a mapping of four lists</source>
        <translation>„tags“ sollte ein Mapping von vier Listen sein</translation>
    </message>
</context>
<context>
    <name>StemBasic</name>
    <message>
        <location filename="../plots/stem-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Position of each stem</source>
        <translation>Position jedes Stiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height of the stem from the baseline</source>
        <translation>Höhe des Stiels ab der Grundlinie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sample n</source>
        <translation>Abtastwert n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impulse response h[n]</source>
        <translation>Impulsantwort h[n]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 stems are too many to tell apart; every %2th is drawn.</source>
        <translation>%1 Stiele sind zu viele, um sie zu unterscheiden; jeder %2. wird gezeichnet.</translation>
    </message>
</context>
<context>
    <name>StepBasic</name>
    <message>
        <location filename="../plots/step-basic/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Moments at which the value changes</source>
        <translation>Zeitpunkte, an denen sich der Wert ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value until the next change</source>
        <translation>Wert bis zur nächsten Änderung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy rate (%)</source>
        <translation>Leitzins (%)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/synccontroller.cpp" line="+98"/>
        <source>this source is not available in this build</source>
        <translation>diese Quelle ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Synced %1 and %2 from %3: %4 changed, %5 kept, %6 removed — %7, %8 in %9 s.</source>
        <translation>%1 und %2 aus %3 synchronisiert: %4 geändert, %5 behalten, %6 entfernt — %7, %8 in %9 s.</translation>
    </message>
    <message numerus="yes">
        <location line="-83"/>
        <location line="+84"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n Spezifikation</numerusform>
            <numerusform>%n Spezifikationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Synced %1 and %2 from %3 in %4 s; kept for offline use with the code of %5.</source>
        <translation>%1 und %2 aus %3 in %4 s synchronisiert; für die Offline-Nutzung mit dem Code von %5 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <location line="+81"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n Implementierung</numerusform>
            <numerusform>%n Implementierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip %1</source>
        <translation>Zip %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The password is used for this session only: %1</source>
        <translation>Das Passwort wird nur für diese Sitzung verwendet: %1</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+86"/>
        <source>The offline copy could not be written: %1</source>
        <translation>Die Offline-Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../widgets/sync/syncdialog.cpp" line="+26"/>
        <source>Sync Catalog</source>
        <translation>Katalog synchronisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>anyplot REST API</source>
        <translation>anyplot-REST-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub archive (zip)</source>
        <translation>GitHub-Archiv (Zip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the sync; the offline copy stays as it was</source>
        <translation>Den Sync stoppen; die Offline-Kopie bleibt, wie sie war</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Fetch every spec again, changed or not</source>
        <translation>Jede Spezifikation erneut holen, geändert oder nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index is fetched in four requests; then only the specs whose entry changed. Code is fetched when you first open it. Everything is kept for offline use.</source>
        <translation>Der Index wird in vier Anfragen geholt, danach nur die Spezifikationen, deren Eintrag sich geändert hat. Code wird beim ersten Öffnen geholt. Alles bleibt für die Offline-Nutzung erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give an http:// or https:// address, like %1</source>
        <translation>Eine http://- oder https://-Adresse angeben, etwa %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopped. The offline copy stays as it was.</source>
        <translation>Gestoppt. Die Offline-Kopie bleibt, wie sie war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>The sync failed: %1</source>
        <translation>Der Sync ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The sync failed.</source>
        <translation>Der Sync ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SyncFreshness</name>
    <message>
        <location filename="../models/sync/syncfreshness.cpp" line="+20"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>offline copy</source>
        <translation>Offline-Kopie</translation>
    </message>
</context>
<context>
    <name>ThreadMarkdown</name>
    <message>
        <location filename="../models/github/threadmarkdown.cpp" line="+62"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>… %1 more characters not shown; open the issue on GitHub to read all.</source>
        <translation>… %1 weitere Zeichen nicht gezeigt; das Issue auf GitHub öffnen, um alles zu lesen.</translation>
    </message>
</context>
<context>
    <name>TileDetailDialog</name>
    <message>
        <location filename="../widgets/comparison/tiledetaildialog.cpp" line="+52"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;p&gt;This implementation has no review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Implementierung hat kein Review.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image description</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weaknesses</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;No implementation tags.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Implementierungs-Tags.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data preparation</source>
        <translation>Datenaufbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Styling</source>
        <translation>Gestaltung</translation>
    </message>
</context>
<context>
    <name>WarningCollector</name>
    <message numerus="yes">
        <location filename="../models/data/warningcollector.h" line="+30"/>
        <source>%n more warning(s) not listed</source>
        <translation>
            <numerusform>%n weitere Warnung nicht aufgeführt</numerusform>
            <numerusform>%n weitere Warnungen nicht aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaterfallBasic</name>
    <message>
        <location filename="../plots/waterfall-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Label of each step</source>
        <translation>Beschriftung jedes Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change at that step, signed</source>
        <translation>Änderung in diesem Schritt, mit Vorzeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>2025, café cooperative</source>
        <translation>2025, Café-Genossenschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thousand €</source>
        <translation>Tausend €</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../models/data/xlsxreader.cpp" line="+207"/>
        <source>Not an Excel workbook: %1</source>
        <translation>Keine Excel-Arbeitsmappe: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an Excel workbook: it has no workbook part</source>
        <translation>Keine Excel-Arbeitsmappe: ihr fehlt der Arbeitsmappen-Teil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook has no sheets</source>
        <translation>Die Arbeitsmappe hat keine Blätter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workbook has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation>Die Arbeitsmappe hat kein Blatt „%1“ (sie hat: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a chart or dialog sheet, not a worksheet</source>
        <translation>„%1“ ist ein Diagramm- oder Dialogblatt, kein Arbeitsblatt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook has no worksheet</source>
        <translation>Die Arbeitsmappe hat kein Arbeitsblatt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet &quot;%1&quot; points to a part that is not in the file (or outside it)</source>
        <translation>Das Blatt „%1“ verweist auf einen Teil, der nicht in der Datei ist (oder außerhalb)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook&apos;s %1 part &quot;%2&quot; is missing</source>
        <translation>Der %1-Teil „%2“ der Arbeitsmappe fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+241"/>
        <source>Import canceled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>The sheet is damaged; rows after the damage are lost: %1</source>
        <translation>Das Blatt ist beschädigt; Zeilen nach der Beschädigung gehen verloren: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The part &quot;%1&quot; points outside the file (&quot;%2&quot;); ignored</source>
        <translation>Der Teil „%1“ verweist aus der Datei hinaus („%2“); ignoriert</translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n cell(s) beyond the sheet&apos;s limits (XFD1048576) ignored</source>
        <translation>
            <numerusform>%n Zelle jenseits der Blattgrenzen (XFD1048576) ignoriert</numerusform>
            <numerusform>%n Zellen jenseits der Blattgrenzen (XFD1048576) ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>shared string %1 does not exist; read as missing</source>
        <translation>der gemeinsame Text %1 existiert nicht; als fehlend gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error value %1; read as missing</source>
        <translation>Fehlerwert %1; als fehlend gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number; read as missing</source>
        <translation>„%1“ ist keine Zahl; als fehlend gelesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid date; read as missing</source>
        <translation>%1 ist kein gültiges Datum; als fehlend gelesen</translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <location filename="../models/data/xmlpart.cpp" line="+33"/>
        <source>%1 line %2: a document type declaration (DTD) is not allowed here; refused to avoid XML entity expansion</source>
        <translation>%1 Zeile %2: eine Dokumenttyp-Deklaration (DTD) ist hier nicht erlaubt; abgelehnt, um XML-Entity-Expansion zu vermeiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 line %2: entity reference &quot;%3&quot; refused</source>
        <translation>%1 Zeile %2: Entity-Referenz „%3“ abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <location filename="../models/data/xmlscanner.cpp" line="+105"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <source>the part cannot be read (damaged or truncated)</source>
        <translation>der Teil kann nicht gelesen werden (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>a tag, comment or CDATA section longer than %1 MiB</source>
        <translation>ein Tag, Kommentar oder CDATA-Abschnitt länger als %1 MiB</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>a text longer than %1 MiB</source>
        <translation>ein Text länger als %1 MiB</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a tag without a valid name</source>
        <translation>ein Tag ohne gültigen Namen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;/&apos; inside a tag</source>
        <translation>„/“ innerhalb eines Tags</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a malformed attribute</source>
        <translation>ein fehlerhaftes Attribut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an attribute without a value</source>
        <translation>ein Attribut ohne Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an attribute value without quotes</source>
        <translation>ein Attributwert ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;&lt;&apos; in an attribute value</source>
        <translation>„&lt;“ in einem Attributwert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>content after the document&apos;s root element</source>
        <translation>Inhalt nach dem Wurzelelement des Dokuments</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a malformed reference in a namespace</source>
        <translation>eine fehlerhafte Referenz in einem Namensraum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the namespace prefix &quot;%1&quot; is not declared</source>
        <translation>das Namensraum-Präfix „%1“ ist nicht deklariert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a malformed closing tag</source>
        <translation>ein fehlerhaftes schließendes Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the closing tag &lt;/%1&gt; has no opening tag</source>
        <translation>das schließende Tag &lt;/%1&gt; hat kein öffnendes Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the closing tag &lt;/%1&gt; does not match &lt;%2&gt;</source>
        <translation>das schließende Tag &lt;/%1&gt; passt nicht zu &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <location line="+56"/>
        <source>premature end of the document</source>
        <translation>vorzeitiges Ende des Dokuments</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>entity reference &quot;%1&quot; refused</source>
        <translation>Entity-Referenz „%1“ abgelehnt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a document type declaration (DTD) is not allowed here; refused to avoid XML entity expansion</source>
        <translation>eine Dokumenttyp-Deklaration (DTD) ist hier nicht erlaubt; abgelehnt, um XML-Entity-Expansion zu vermeiden</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <location filename="../models/catalog/yamldocument.cpp" line="+132"/>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown alias</source>
        <translation>unbekannter Alias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many nodes after expanding aliases</source>
        <translation>zu viele Knoten nach dem Auflösen der Aliase</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>too many nodes</source>
        <translation>zu viele Knoten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>out of memory</source>
        <translation>nicht genügend Speicher</translation>
    </message>
</context>
<context>
    <name>YamlFieldReader</name>
    <message>
        <location filename="../models/catalog/yamlfieldreader.cpp" line="+35"/>
        <source>&apos;%1&apos; should be text, not a %2</source>
        <translation>„%1“ sollte Text sein, nicht vom Typ %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; should be a whole number, not &apos;%2&apos;</source>
        <translation>„%1“ sollte eine ganze Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; should be a number, not &apos;%2&apos;</source>
        <translation>„%1“ sollte eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a date and time: &apos;%2&apos;</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: „%2“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; should be a list of text values</source>
        <translation>„%1“ sollte eine Liste von Textwerten sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <location filename="../models/catalog/yamldocument.cpp" line="-125"/>
        <location line="+11"/>
        <source>null</source>
        <translation>Null</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>scalar</source>
        <translation>Einzelwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
</context>
<context>
    <name>ZipArchiveIndex</name>
    <message>
        <location filename="../models/sync/ziparchive.cpp" line="+37"/>
        <source>%1 is not a zip archive or cannot be read (error %2)</source>
        <translation>%1 ist kein ZIP-Archiv oder kann nicht gelesen werden (Fehler %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 entries, more than the %3 a catalog checkout could hold; the archive is refused</source>
        <translation>%1 hat %2 Einträge, mehr als die %3, die ein Katalog-Checkout haben könnte; das Archiv wird abgelehnt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has more than %2 entries; the archive is refused</source>
        <translation>%1 hat mehr als %2 Einträge; das Archiv wird abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: entry %2 cannot be read</source>
        <translation>%1 ist beschädigt: Eintrag %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds the entry &apos;%2&apos;, a path outside the archive (absolute or with &apos;..&apos;); the archive is refused</source>
        <translation>%1 enthält den Eintrag &apos;%2&apos;, einen Pfad außerhalb des Archivs (absolut oder mit &apos;..&apos;); das Archiv wird abgelehnt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>symbolic link in the archive not followed</source>
        <translation>symbolischer Link im Archiv nicht verfolgt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged (error %2 in its table of contents)</source>
        <translation>%1 ist beschädigt (Fehler %2 im Inhaltsverzeichnis)</translation>
    </message>
</context>
<context>
    <name>ZipArchiveReader</name>
    <message>
        <location line="+33"/>
        <source>is %1 MB uncompressed, more than any catalog file should be; not read</source>
        <translation>ist entpackt %1 MB groß, mehr als eine Katalogdatei sein sollte; nicht gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expands %1 times (%2 MB); a decompression bomb, not read</source>
        <translation>dehnt sich %1-fach aus (%2 MB); eine Dekompressionsbombe, nicht gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the archive cannot be opened again (error %1)</source>
        <translation>das Archiv kann nicht erneut geöffnet werden (Fehler %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be found in the archive</source>
        <translation>ist im Archiv nicht zu finden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read from the archive (error %1)</source>
        <translation>kann nicht aus dem Archiv gelesen werden (Fehler %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged in the archive (error %1)</source>
        <translation>ist im Archiv beschädigt (Fehler %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unpacks to more than its header says (%1 MB); a decompression bomb, not read</source>
        <translation>entpackt zu mehr, als sein Kopf angibt (%1 MB); eine Dekompressionsbombe, nicht gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is damaged in the archive (checksum mismatch)</source>
        <translation>ist im Archiv beschädigt (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive unpacks to more than %1 MB; reading stopped</source>
        <translation>das Archiv entpackt zu mehr als %1 MB; Lesen gestoppt</translation>
    </message>
</context>
<context>
    <name>ZipCatalogSource</name>
    <message>
        <location filename="../models/sync/zipcatalogsource.cpp" line="+77"/>
        <source>is not in the archive</source>
        <translation>ist nicht im Archiv</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading the table of contents of %1…</source>
        <translation>Inhaltsverzeichnis von %1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Reading %n spec folder(s)…</source>
        <translation>
            <numerusform>%n Spezifikationsordner wird gelesen…</numerusform>
            <numerusform>%n Spezifikationsordner werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+22"/>
        <source>%1 is not in the archive</source>
        <translation>%1 ist nicht im Archiv</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code could not be read from the archive: %1</source>
        <translation>Der Code konnte nicht aus dem Archiv gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <location filename="../models/data/zippackage.cpp" line="+29"/>
        <source>The file cannot be read from the start</source>
        <translation>Die Datei kann nicht vom Anfang gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a zip archive, or it is damaged or truncated</source>
        <translation>Die Datei ist kein ZIP-Archiv, oder sie ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The zip archive&apos;s directory cannot be read (damaged or truncated)</source>
        <translation>Das Verzeichnis des ZIP-Archivs kann nicht gelesen werden (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The archive has no part &quot;%1&quot;</source>
        <translation>Das Archiv hat keinen Teil „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part &quot;%1&quot; would inflate to %2 MiB (the limit is %3 MiB); not read</source>
        <translation>Der Teil „%1“ würde sich auf %2 MiB entpacken (die Grenze ist %3 MiB); nicht gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part &quot;%1&quot; would inflate %2 times to %3 MiB: likely a zip bomb; not read</source>
        <translation>Der Teil „%1“ würde sich %2-fach auf %3 MiB entpacken: wahrscheinlich eine ZIP-Bombe; nicht gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;%1&quot; cannot be found in the archive</source>
        <translation>Der Teil „%1“ ist im Archiv nicht zu finden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part &quot;%1&quot; cannot be read (damaged, encrypted or an unknown compression)</source>
        <translation>Der Teil „%1“ kann nicht gelesen werden (beschädigt, verschlüsselt oder unbekannte Kompression)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+51"/>
        <source>Workbench for the anyplot plot catalog.</source>
        <translation>Arbeitsumgebung für den Diagrammkatalog anyplot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open SOURCE: an anyplot checkout, its plots/ folder, or &apos;sample&apos;.</source>
        <translation>SOURCE öffnen: ein anyplot-Checkout, dessen Ordner plots/ oder &apos;sample&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the page of spec ID once the catalog is loaded.</source>
        <translation>Die Seite der Spezifikation ID öffnen, sobald der Katalog geladen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the import dialog for the data FILE (CSV, xlsx, ods, JSON).</source>
        <translation>Den Importdialog für die Datendatei DATEI öffnen (CSV, xlsx, ods, JSON).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this GitHub API (GitHub Enterprise, a test server) for this run.</source>
        <translation>Diese GitHub-API (GitHub Enterprise, ein Testserver) für diesen Lauf verwenden.</translation>
    </message>
</context>
</TS>
