<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location line="+9"/>
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
        <location filename="../models/catalog/catalogsources.cpp" line="+18"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>CodeLoader</name>
    <message>
        <location filename="../models/catalog/codeloader.cpp" line="+21"/>
        <source>This implementation has no code file.</source>
        <translation>Diese Implementierung hat keine Codedatei.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+45"/>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>expected exactly one catalog source; see --help</source>
        <translation>genau eine Katalogquelle erwartet; siehe --help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the catalog could not be loaded</source>
        <translation>der Katalog konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+1"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n Spezifikation</numerusform>
            <numerusform>%n Spezifikationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: plotbench [--catalog SOURCE] [--spec ID] open the workbench
       plotbench catalog stats SOURCE [--json] [--no-cache]
       plotbench catalog lint SOURCE [--json]
SOURCE is an anyplot checkout, its plots/ folder, or &apos;sample&apos;.
Every command accepts --help.
</source>
        <translation>Aufruf: plotbench [--catalog SOURCE] [--spec ID]   öffnet das Programmfenster
        plotbench catalog stats SOURCE [--json] [--no-cache]
        plotbench catalog lint SOURCE [--json]
SOURCE ist ein anyplot-Checkout, dessen Ordner plots/ oder &apos;sample&apos;.
Jeder Befehl versteht --help.
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+52"/>
        <source>Catalog problems</source>
        <translation>Katalogprobleme</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+41"/>
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
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n Spezifikation</numerusform>
            <numerusform>%n Spezifikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n Implementierung</numerusform>
            <numerusform>%n Implementierungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read in %1 s</source>
        <translation>Eingelesen in %1 s</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+24"/>
        <source>the heading should read &apos;# spec-id: Title&apos;</source>
        <translation>die Überschrift sollte „# spec-id: Title“ lauten</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+158"/>
        <source>Select an implementation to see its code.</source>
        <translation>Wählen Sie eine Implementierung aus, um ihren Code zu sehen.</translation>
    </message>
    <message>
        <location line="-101"/>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+58"/>
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
</context>
</TS>
