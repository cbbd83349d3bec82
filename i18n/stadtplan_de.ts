<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>Über Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: die Karte der Angebote von Integrationseinrichtungen.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Kartenkacheln</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Offline-Stadtplan</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>Stadtgrenze, Stadtbezirke und Einwohnerzahlen</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>Karte von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>Einrichtungen an dieser Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>%n Einrichtung an dieser Adresse</numerusform>
            <numerusform>%n Einrichtungen an dieser Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 im Umkreis von %2 m</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>Position des bearbeiteten Eintrags; zum Verschieben ziehen</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>Keine Kartenkacheln: Die Markierungen erscheinen über der Stadtgrenze.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>Arbeitsschwerpunkt</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Gebietsebene</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 m Luftlinie</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>Anteil weiter als die Entfernung</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>Angebote je 10.000 Einwohner</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n passendes Angebot</numerusform>
            <numerusform>%n passende Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>Einw.</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>Angeb.</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/10 Tsd.</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: %2 Angebote, %3 % weiter als die Entfernung</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>Die Versorgungstabelle exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Prüfung (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>Einrichtung hinzufügen</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>Dann auf die Karte klicken, wo sie liegt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>Auf die Karte klicken, wo die neue Einrichtung liegt.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>Eine Markierung wählen, um ihren Eintrag zu bearbeiten, oder eine Einrichtung hinzufügen.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>Oder an einer Adresse hinzufügen, z. B. Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>Adresse einer neuen Einrichtung</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>Nicht im Adressverzeichnis. Am nächsten: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>Neuer Eintrag: ein Entwurf, erst nach der Freigabe öffentlich</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>Entwurf: erst nach der Freigabe öffentlich</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>Archiviert: wird nicht mehr gezeigt</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>Veröffentlicht: Änderungen gehen zuerst in die Prüfung</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Meine: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Andere: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Mit dieser Auswahl speichern</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>Heute von mir geprüft</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>Setzt das Datum der letzten Prüfung und wer sie gemacht hat</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Zur Prüfung senden</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>Bleibt mit seiner Geschichte erhalten, wird nicht mehr gezeigt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nichts wartet auf Prüfung.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>Neuer Eintrag, Entwurf</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>Änderungen vorgeschlagen von %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(inzwischen geändert: jetzt %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>Weitere Filter (%1 aktiv)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Die weiteren Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Ohne Überweisung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Geöffnet am</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Nur ohne Termin</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>Arbeitsschwerpunkte</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 Einrichtung</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 Einrichtungen</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>Hilfe und Beratung in Ihrer Nähe</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>zu Fuß</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>Nächste Haltestelle</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* Die Lage auf der Karte ist geschätzt; die Adresse stimmt.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nötig</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>ohne Termin (offene Sprechstunde)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Die Liste enthält</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>Gebiete (Stadtbezirke)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>Inhalt der Liste</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Jeder Datensatz wird geprüft…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Koordinatensystem</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>wie in der Liste angegeben</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>Gauß-Krüger Zone 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>Koordinatensystem der Liste, wenn sie keines nennt</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>Gilt, wenn die Liste keines nennt, z. B. für Spalten Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>die üblichen Spaltennamen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Eine Zuordnungsdatei auswählen</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>Übliche Namen</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>Ohne Zuordnungsdatei importieren</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>Bereit zum Import: %1 neu, %2 aktualisiert, %3 unverändert; 1 Warnung.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>Bereit zum Import: %1 neu, %2 aktualisiert, %3 unverändert; %n Warnung.</numerusform>
            <numerusform>Bereit zum Import: %1 neu, %2 aktualisiert, %3 unverändert; %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 Fehler: Nichts wird importiert, bis er behoben ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n Fehler: Nichts wird importiert, bis er behoben ist.</numerusform>
            <numerusform>%n Fehler: Nichts wird importiert, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>Eine Zuordnungsdatei für diese Liste</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>Zuordnungsdateien (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>Adressen mit Lage (Hauskoordinaten)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>1 Zeile mit Fehlern: korrigieren Sie sie und prüfen Sie erneut, oder importieren Sie die gültigen Datensätze ohne sie (%1 neu, %2 aktualisiert).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern: korrigieren Sie sie und prüfen Sie erneut, oder importieren Sie die gültigen Datensätze ohne sie (%1 neu, %2 aktualisiert).</numerusform>
            <numerusform>%n Zeilen mit Fehlern: korrigieren Sie sie und prüfen Sie erneut, oder importieren Sie die gültigen Datensätze ohne sie (%1 neu, %2 aktualisiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>1 Zeile wegen ihrer Fehler ausgelassen, in %1: korrigieren Sie sie dort und importieren Sie diese Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n Zeile wegen ihrer Fehler ausgelassen, in %1: korrigieren Sie sie dort und importieren Sie diese Datei.</numerusform>
            <numerusform>%n Zeilen wegen ihrer Fehler ausgelassen, in %1: korrigieren Sie sie dort und importieren Sie diese Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>Die ausgelassenen Zeilen öffnen</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>Ohne die fehlerhafte Zeile importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>Ohne die %n fehlerhafte Zeile importieren</numerusform>
            <numerusform>Ohne die %n fehlerhaften Zeilen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>1 Datensatz gelesen: %1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>%n Datensatz gelesen: %1 neu, %2 aktualisiert, %3 unverändert</numerusform>
            <numerusform>%n Datensätze gelesen: %1 neu, %2 aktualisiert, %3 unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>; %1 aus dieser Liste nicht mehr darin (behalten)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>Nichts wurde geschrieben (Probelauf); 1 Zeile würde wegen ihrer Fehler ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>Nichts wurde geschrieben (Probelauf); %n Zeile würde wegen ihrer Fehler ausgelassen.</numerusform>
            <numerusform>Nichts wurde geschrieben (Probelauf); %n Zeilen würden wegen ihrer Fehler ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>Die gültigen Datensätze wurden in einer Transaktion geschrieben; 1 Zeile wegen ihrer Fehler ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Die gültigen Datensätze wurden in einer Transaktion geschrieben; %n Zeile wegen ihrer Fehler ausgelassen.</numerusform>
            <numerusform>Die gültigen Datensätze wurden in einer Transaktion geschrieben; %n Zeilen wegen ihrer Fehler ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>Nichts zu schreiben; 1 Zeile wegen ihrer Fehler ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Nichts zu schreiben; %n Zeile wegen ihrer Fehler ausgelassen.</numerusform>
            <numerusform>Nichts zu schreiben; %n Zeilen wegen ihrer Fehler ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>Die ausgelassenen Zeilen stehen in %1, jede mit ihrem Problem: korrigieren Sie sie dort und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>Nichts wurde geschrieben: Die Liste als Ganzes hat Fehler; korrigieren Sie sie und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>Nichts wurde geschrieben: Korrigieren Sie die Fehler und importieren Sie erneut (oder importieren Sie die gültigen Datensätze ohne die fehlerhaften Zeilen).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>Nichts wurde geschrieben: Korrigieren Sie die Fehler und importieren Sie erneut (oder importieren Sie die gültigen Datensätze mit --accept-valid).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Nichts wurde geschrieben (Probelauf).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>In einer Transaktion geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>Nichts zu schreiben: Der Datenbestand enthält diese Liste bereits.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs, oder Koordinatensystem im Importdialog der App</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping, oder Zuordnung im Importdialog der App</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>geben Sie es an (%1), z. B. EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>wie von Ihnen angegeben</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>ein bekannter Name</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>aus der Überschrift erraten</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 aus &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>die Liste nennt kein Koordinatensystem; als %2 (%3) gelesen liegen ihre Lagen in %1, daher wurden sie so gelesen; falls das falsch ist, geben Sie das richtige an (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>die Daten nennen kein Koordinatensystem: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>x/y brauchen ein Koordinatensystem: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>hat keine Lage: keine Punktgeometrie, kein Breiten-/Längengrad und kein x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>hat keine Lage: keine Punktgeometrie, kein Breiten-/Längengrad und kein x/y, und kein --gazetteer oder --geocode-online, um die Adresse zu finden</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>liegt außerhalb von %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; ist keine Webadresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; entspricht nichts in der Taxonomie; ordnen Sie es in einer Zuordnungsdatei zu</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>kein Arbeitsschwerpunkt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>die Liste sagt nicht, wie ihre Lagen entstanden sind, daher sind sie als geschätzt markiert; defaults.position_source in einer Zuordnung kann surveyed oder geocoded angeben</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>Spalte %1 wird nicht importiert: kein Feld des Modells nimmt sie auf; eine Zuordnungsdatei (%2) kann sie einem zuordnen</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>Spalten %1 werden nicht importiert: kein Feld des Modells nimmt sie auf; eine Zuordnungsdatei (%2) kann sie Feldern zuordnen</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>gelesene Spalten: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>eine falsch erratene Spalte wird mit --field FIELD=COLUMN (oder einer Zuordnungsdatei) benannt</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>keine Spalte enthält die Namen; die Spalten der Liste sind %1; benennen Sie die richtige mit --field name=COLUMN</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>keine Spalte enthält die Arbeitsschwerpunkte; die Spalten der Liste sind %1; benennen Sie die richtige mit --field focus_areas=COLUMN, oder geben Sie allen Datensätzen einen mit --default focus_areas=ID</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>kann nicht als %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>kein Format, das GDAL als Vektordaten liest (ist es, was sein Name sagt?)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>enthält keine Tabelle und keine Ebene</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; ist kein Koordinatensystem, das PROJ kennt (versuchen Sie EPSG:25832)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; ist nicht surveyed, geocoded oder estimated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; ist keine Einrichtungsart der Taxonomie; ordnen Sie es in einer Zuordnungsdatei zu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; nennt keine Straße</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; ist weder ja noch nein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; ist nicht aktiv, vorübergehend geschlossen oder inaktiv</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; ist kein Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; ist nicht ja, nein oder unbekannt</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>ohne Kennung</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>unter der Kennung %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>derselbe Name, dieselbe Adresse und dasselbe Angebot wie %1 %2: einmal importiert</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>derselbe Name und dieselbe Adresse wie %1 %2: als eine Einrichtung mit %3 Angeboten importiert</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>ihre Kennung und ihren Namen</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>ihren Namen und ihre Adresse</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>ihren Namen und ihre Lage</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>aktualisiert %1 &apos;%2&apos; (gefunden über %3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>aktualisiert %1 &apos;%2&apos; der Liste &apos;%3&apos; (gefunden über %4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>die Liste sieht aus wie eine neue Fassung von &apos;%1&apos; (%2 ihrer %3 Datensätze gefunden): sie gehören jetzt zu dieser Liste</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; stammt aus dieser Liste, steht aber nicht mehr darin; es wurde behalten</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>enthält keine Datensätze</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>die Kopfzeile steht in den Zeilen %1 bis %2 (Überschriften über Spaltengruppen werden den Namen ihrer Spalten vorangestellt)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>die Kopfzeile steht in Zeile %1</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>; Zeile 1 darüber wird übergangen</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>; die Zeilen 1 bis %1 darüber werden übergangen</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>; Zeile %1 enthält Einheiten und wird übergangen</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>; die Datensätze beginnen in Zeile %1</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>eine entfernte Quelle braucht das Netz, das dieser Import nicht nutzen darf (erlauben Sie es mit --allow-network)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>die Daten nennen ihr eigenes Koordinatensystem; das angegebene (%1) wird nicht verwendet</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>die Form lässt sich nicht nach WGS84 umrechnen</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>kein Polygon</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>kein Punkt; ein Punkt der Form wurde genommen</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>die Lage lässt sich nicht nach WGS84 umrechnen</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>Ortsverzeichnis %1: %2 Einträge ohne brauchbare Lage wurden übergangen</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>nicht im Ortsverzeichnis %1</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>von %2 in %1 nicht gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos; ist %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, und </translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>setzt %1 fort (gleiche %2), weicht aber in Name, Adresse, Lage, Träger oder Beschreibung ab</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>Name und Adresse</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>die Liste nennt keine Einwohnerzahl für %1; die mitgelieferten Zahlen der Stadt bleiben für sie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; ist mit anderen Angaben im Datenbestand; die des Datenbestands bleiben</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>ist vielleicht dieselbe wie %1 &apos;%2&apos; im Datenbestand (%3 m entfernt)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>die ausgelassenen Zeilen (%1) konnten nicht nach %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>unter %1 gibt es noch keinen Datenbestand; der Import würde ihn anlegen</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (--create legt einen an)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 von %2 Lagen liegen außerhalb von %3</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: Breite und Länge scheinen vertauscht (%1 davon lägen andersherum in %2)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>als WGS84-Breite/Länge</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: stimmt das Koordinatensystem? Die Lagen wurden %1 gelesen; wenn die Daten keines nennen, geben Sie ein anderes an (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer muss institutions oder areas sein</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>die Quelle hat %1 Ebenen; importiert wurde die erste, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>das Lesen brach nach %1 Datensätzen ab: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>dasselbe Gebiet wie %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; steht an mehreren Stellen im Ortsverzeichnis %2: die Postleitzahl sagt, welche</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>die Zuordnung ist kein JSON-Objekt (%1 an Stelle %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>unbekannter Abschnitt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; ist kein Feld des Modells (bekannt: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; hat kein Vokabular (diese haben eins: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; wird &apos;%3&apos; zugeordnet, das nicht in der Taxonomie steht</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; ist kein Feld des Modells</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>die Zuordnung ist kein gültiges YAML (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>die Zuordnung ist keine YAML-Zuordnung von Abschnitten</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>wiederholt %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL hat keinen %1-Treiber</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>sie lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>keine Ebene</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>eine Spalte lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>eine Zeile lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; liegt in der Zukunft; eine Prüfung kann das nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; sagt weder, ob ein Termin nötig ist, noch, ob man ohne Termin kommen kann</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Öffnungszeiten: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Öffnungszeiten unbekannt</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Noch keine Kontaktdaten</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>Ebenfalls an dieser Adresse:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>Auf der Merkliste ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Auf die Merkliste</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>Von der Merkliste nehmen</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Auf die Merkliste setzen</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>Noch nicht übersetzt; auf Deutsch angezeigt.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>Verlauf ausblenden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>Entwurf: noch nicht öffentlich</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>Stadtplan – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>Eine Liste von Einrichtungen importieren</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>Listen und Geodaten (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>Die angezeigten Einrichtungen exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>Diese Ansicht teilen</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>Der Link ist in der Zwischenablage. Wer ihn öffnet, sieht diese Filter, diese Suche und diesen Kartenausschnitt.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>Link zu dieser Ansicht</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>Den Stadtplan drucken</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>Karte und Verzeichnis der %1 angezeigten Einrichtungen (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>Karte und Verzeichnis aller %1 Einrichtungen.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>Den Stadtplan als PDF speichern</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>Stadtplan gespeichert als %1</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Stadtplan %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>%1 von %2 Einrichtungen gefunden</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 Einrichtung</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 Einrichtungen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>Zeigen, wie gut die Stadtbezirke mit einem Schwerpunkt versorgt sind</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>Ansicht teilen…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>Ein Link genau zu dieser Ansicht, für Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>Stadtplan drucken…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Liste importieren…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Ansicht exportieren…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Überschneidungen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Keine wahrscheinlichen Dubletten.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>%n Paar, das eine Einrichtung sein könnte</numerusform>
            <numerusform>%n Paare, die eine Einrichtung sein könnten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>Namen, Träger, Angebote suchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>Findet Einrichtungen beim Tippen; Schreibweise und ein Tippfehler je Wort werden verziehen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>Ergänzen zu %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>Adresse der Klientin / des Klienten, z. B. Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>Eingabetaste: die Liste nach Entfernung von dieser Adresse sortieren</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>„%1“ steht nicht im Adressverzeichnis. Meinten Sie:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>„%1“ steht nicht im Adressverzeichnis, und keine Adresse ähnelt ihr.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Nächste zuerst ab %1 (Luftlinie; Ringe bei 0,5, 1, 2 und 5 km)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Nächste zuerst ab dem Punkt auf der Karte (Luftlinie; Ringe bei 0,5, 1, 2 und 5 km)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>Rechtsklick auf die Karte (auf Touchscreens lange drücken) sortiert nach Entfernung von dort.</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>Der Datenbestand enthält noch keine Einrichtungen.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>Nichts gefunden für „%1“%2.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> in den gewählten Schwerpunkten</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>Keine Einrichtung bietet all das an.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>Alle Schwerpunkte zeigen</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>Merkliste für die Klientin / den Klienten</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>Die Merkliste ist leer. Öffnen Sie eine Einrichtung und wählen Sie „Auf die Merkliste“.</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>Auf dem Handzettel nächste zuerst ab %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>dem auf der Karte gewählten Punkt</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>Geben Sie die Adresse der Klientin / des Klienten an, um Entfernungen und Gehzeiten zu drucken.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>%1 von der Merkliste nehmen</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Sprache der Klientin / des Klienten</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Handzettel als PDF speichern…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>Merkliste leeren</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Den Handzettel als PDF speichern</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>Handzettel gespeichert als %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>Die Startseite: große Themenkacheln und die Wahl der Sprache</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>Merkliste (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>Die für eine Klientin / einen Klienten gewählten Einrichtungen und ihr Handzettel</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>Stadtplan drucken, Listen importieren, Ansicht exportieren</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Meinen Standort verwenden</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>Die Liste nach Entfernung von Ihrem Standort sortieren</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Standort wird ermittelt…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>Ihrem Standort</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Die weiteren Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>Die Kontakte der überfälligen Einrichtungen exportieren</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>Nicht geprüft seit</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Monate seit der letzten Prüfung</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monaten</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>%n Einrichtung um Bestätigung bitten</numerusform>
            <numerusform>%n Einrichtungen um Bestätigung bitten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Kontakte exportieren…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>Die überfälligen Einrichtungen mit Telefon, E-Mail und Website, als CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>Bearbeitung durch die Koordination: Einträge, Entwürfe und die Prüfliste</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Kartenkacheln</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>Automatisch: der Offline-Stadtplan, wenn vorhanden, sonst online</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>Online-Kacheln</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Offline-Stadtplan</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>Keine: nur Stadtbezirke</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>Über Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>Offline-Stadtplan…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>Die Daten des Offline-Stadtplans sind vom %1.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Aktualisieren…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (Mitte der Straße)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>Eingegeben als „%1“.</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>%1 hat die Postleitzahl %2, nicht %3. Ist es diese Adresse?</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 liegt in %2, nicht in %3. Ist es diese Adresse?</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>Nach Entfernung von %1 sortieren</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 von %2 Einrichtungen</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ 1 weiterer Arbeitsschwerpunkt</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ %1 weitere Arbeitsschwerpunkte</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>Offline-Stadtplan</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>Kartendaten werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>Zuschnitt auf die Stadt…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Die Karte wird gezeichnet…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>Der Offline-Stadtplan ist fertig, mit Kartendaten vom %1. Er wird ab dem nächsten Start gezeigt.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>Keine Verbindung zum Download-Server, oder sie ist abgebrochen. Das bisher Heruntergeladene bleibt erhalten, und „Erneut versuchen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>Der Download-Server hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>Die Daten konnten nicht gespeichert werden: Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>Die heruntergeladene Datei war beschädigt und wurde entfernt. „Erneut versuchen“ lädt sie neu herunter.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>Abgebrochen. Das bisher Heruntergeladene bleibt erhalten, und der nächste Download macht dort weiter.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>Die heruntergeladenen Daten sind für diese Stadt nicht brauchbar: Sie sind beschädigt oder decken die Stadt nicht ab.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>Das Kartenwerkzeug konnte nicht laufen.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>Lädt die OpenStreetMap-Daten der Region um die Stadt herunter (etwa 100 MB), schneidet sie auf die Stadt zu und zeichnet daraus die Karte, damit sie ohne Kachelserver funktioniert. Die bisherige Karte bleibt, bis die neue vollständig ist.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 von %2 MB, %3 MB/s</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 von %2 Kacheln</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>Der Offline-Stadtplan ist fertig, mit Kartendaten vom %1, und die Karte zeigt ihn jetzt.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>Arbeitsschwerpunkt</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Umkreis</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 m oder dasselbe Gebiet</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>Keine sich überschneidenden Angebote gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n Gruppe, dringendste zuerst</numerusform>
            <numerusform>%n Gruppen, dringendste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>Die sich überschneidenden Angebote exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>Öffnungszeiten unbekannt</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>Lage geschätzt</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>Hilfe und Beratung in %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>Die Karte in dieser Sprache zeigen</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Was suchen Sie?</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 Stelle</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>Alles auf der Karte zeigen</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>Die Karte zeigt die Stadtbezirke; Markierungen, Liste und Suche funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>Keine Kartenkacheln: Dieser Computer scheint offline zu sein.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>Keine Kartenkacheln: Der Kachelserver %1 antwortet nicht.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>Keine Kartenkacheln: Der Kachelserver %1 hat sie verweigert (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>Keine Kartenkacheln: Der Kachelserver %1 ist überlastet oder gestört (%2); später erneut versuchen.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>Keine Kartenkacheln: Der Kachelserver %1 hat etwas geschickt, das kein Kartenbild ist.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>Kartenkacheln sind ausgeschaltet (Werkzeuge → Kartenkacheln wählt sie).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>Es gibt noch keinen Offline-Stadtplan (Werkzeuge → Kartenkacheln → Online-Kacheln zeigt Online-Kacheln).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>Keine Kartenkacheln: Die Kacheladresse ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>Keine Kartenkacheln: Das Stadtprofil nennt keinen Kachelserver.</translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation>%1–%2 je 10.000</translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation>%1–%2 % weiter</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>Der Datenbestand enthält keine Gebiete. Importieren Sie Stadtbezirke mit „Liste importieren…“ (Gebiete).</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>Der Datenbestand enthält keine Gebiete der Art %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>Nichts zu exportieren: Wählen Sie zuerst einen Schwerpunkt und eine Gebietsebene.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle Zielgruppen</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>Kein Verzeichnis zum Importieren.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>Kein Verzeichnis zum Exportieren.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>Kein Verzeichnis zum Drucken.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Stadtplan %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>dem auf der Karte gewählten Punkt</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Nicht stufenlos</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>Stufenloser Zugang unbekannt</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>Lage vermessen</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>Lage aus der Adresse ermittelt</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>Lage geschätzt, nicht genau</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Vorübergehend geschlossen</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Nicht mehr angeboten</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>Die mitgelieferte Taxonomie oder das Stadtprofil ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>Die mitgelieferten Demodaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>kein stadtplan:-Link</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 muss BREITE,LÄNGE sein, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>unbekannter Schwerpunkt „%1“</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>Zoom muss eine Zahl von 0 bis 22 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>unbekannter Filter „%1“</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>Jede Zielgruppe</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>Jede Art von Einrichtung</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>Kein Adressverzeichnis eingerichtet.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>Das Adressverzeichnis %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 · %2 min on foot</source>
        <translation>%1 · %2 Min. zu Fuß</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Überweisung nötig</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Ohne Überweisung</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>Lage aus der Adresse ermittelt (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt muss Datum und Uhrzeit wie 2026-12-01T10:30 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>Demodaten: reale Einrichtungen in Bielefeld, aus öffentlichen Quellen zusammengestellt, Lagen geschätzt, noch nichts geprüft. Die Koordination prüft jeden Eintrag vor der Veröffentlichung.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Nach Terminvereinbarung</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>Ohne Termin – einfach vorbeikommen</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%n Einrichtung an %1</numerusform>
            <numerusform>%n Einrichtungen an %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n Einrichtung</numerusform>
            <numerusform>%n Einrichtungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>Alle Schwerpunkte</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>Nur-Lese-Verbindung: diese Rolle darf die Einträge ansehen, nicht ändern.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>Mit der gemeinsamen Datenbank verbunden, mit einer Rolle zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>Bearbeitung des Datenbestands %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>Träger (Organisation)</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>Kosten (leer: unbekannt, &quot;free&quot;: kostenlos)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Überweisung nötig</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>Zuletzt geprüft (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>Position aus</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Barrierefreier Zugang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Arbeitsschwerpunkte</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>Sprachen (Kürzel, z. B. de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>Öffnungszeiten (z. B. Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>Neuer Eintrag: mindestens Name und einen Arbeitsschwerpunkt angeben, dann als Entwurf speichern.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(Angebot ohne Namen)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Ein Name ist nötig.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>Keine gültigen Öffnungszeiten: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>Mindestens einen Arbeitsschwerpunkt wählen.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>Unbekannter Arbeitsschwerpunkt: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>Unbekannte Zielgruppe: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>Kein Sprachkürzel: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Kein Datum: als JJJJ-MM-TT schreiben.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>Eine Prüfung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>Der Eintrag braucht eine Position auf der Karte.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>Außerhalb von %1: die Markierung in die Stadt ziehen.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>vor Ort vermessen</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>aus der Adresse geokodiert</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>geschätzt (so angezeigt)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>vorübergehend geschlossen</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>nicht mehr angeboten</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Zuerst die rot markierten Felder berichtigen.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>Zur Prüfung gesendet: die Öffentlichkeit sieht den Eintrag unverändert, bis die Änderungen freigegeben sind.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archiviert.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>Jemand anderes hat diesen Eintrag inzwischen gespeichert. Für jedes Feld wählen, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen bleiben erhalten; erneut speichern, wenn der Datenbestand erreichbar ist.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>Freigegeben: %1 ist mit den Änderungen veröffentlicht.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>Abgelehnt: die vorgeschlagenen Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>Veröffentlicht: %1 ist jetzt auf der öffentlichen Karte.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>Termin nötig</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>ohne Termin (offene Sprechstunde)</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>Der Standort darf nicht verwendet werden (siehe die Datenschutzeinstellungen des Systems).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>Kein Standort in der Zeit gefunden.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>Kein Standort verfügbar.</translation>
    </message>
</context>
</TS>
