<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>O programie Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: mapa usług instytucji integracyjnych.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Kafelki mapy</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Mapa miasta offline</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>Granica miasta, dzielnice i ludność</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>Mapa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n znacznik</numerusform>
            <numerusform>%n znaczniki</numerusform>
            <numerusform>%n znaczników</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>Instytucje pod tym adresem</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>%n instytucja pod tym adresem</numerusform>
            <numerusform>%n instytucje pod tym adresem</numerusform>
            <numerusform>%n instytucji pod tym adresem</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 w promieniu %2 m</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>Położenie edytowanego wpisu; przeciągnij, aby przesunąć</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>Brak kafelków mapy: znaczniki są pokazane na tle granicy miasta.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>Obszar działania</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Grupa docelowa</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Warstwa obszarów</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 m w linii prostej</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Koloruj według</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>Udział dalej niż odległość</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>Usługi na 10 000 mieszkańców</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n pasująca usługa</numerusform>
            <numerusform>%n pasujące usługi</numerusform>
            <numerusform>%n pasujących usług</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>Mieszk.</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>Usł.</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/10 tys.</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sortuj według: %1</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: usług %2, %3 % dalej niż odległość</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Eksportuj tabelę…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>Eksportuj tabelę pokrycia</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Przegląd (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>Dodaj placówkę</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>Następnie kliknij mapę tam, gdzie się znajduje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>Kliknij mapę tam, gdzie znajduje się nowa placówka.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>Wybierz znacznik, aby edytować jego wpis, lub dodaj placówkę.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>Lub dodaj pod adresem, np. Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>Adres nowej placówki</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>Nie ma w spisie adresów. Najbliższe: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>Nowy wpis: szkic, niepubliczny do czasu publikacji</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>Szkic: niepubliczny do czasu publikacji</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>Zarchiwizowany: już niewyświetlany</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>Opublikowany: zmiany najpierw trafiają do przeglądu</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Moja wersja: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Ich wersja: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Zapisz z tymi wyborami</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Dodaj ofertę</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>Sprawdzone dziś przeze mnie</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>Ustawia datę ostatniej weryfikacji i osobę, która ją przeprowadziła</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Wyślij do przeglądu</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Zapisz szkic</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>Zachowany wraz z historią, już niewyświetlany</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nic nie czeka na przegląd.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>Nowy wpis, szkic</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>Zmiany zaproponowane przez %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(zmienione od tego czasu: teraz %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>Więcej filtrów (włączone: %1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Więcej filtrów</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Zresetuj pozostałe filtry</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Otwarte teraz</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Dostęp bez schodów</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Bezpłatnie</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Bez skierowania</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Otwarte w</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Tylko bez umawiania</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>Obszary działania</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Pokaż wszystkie</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 instytucja</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>Instytucje: %1</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>Pomoc i doradztwo w pobliżu</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Twój adres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>pieszo</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Godziny otwarcia</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>Najbliższy przystanek</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* Położenie na mapie jest przybliżone; adres jest prawidłowy.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Umówienie wizyty</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>bez umawiania się</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>Zaimportowano %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importuj %1</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Lista zawiera</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>instytucje</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>obszary (dzielnice)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>Zawartość listy</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Sprawdzanie każdego rekordu…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Zaimportowano: nowe %1, zaktualizowane %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Układ współrzędnych</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>jak podaje lista</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>Gauss-Krüger, strefa 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>Układ współrzędnych listy, gdy go nie podaje</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>Używany, gdy lista nie podaje układu, np. dla kolumn Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapowanie</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>zwykłe nazwy kolumn</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Wybierz plik mapowania</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>Zwykłe nazwy</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>Importuj bez pliku mapowania</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>Gotowe do importu: nowe %1, do aktualizacji %2, bez zmian %3; 1 ostrzeżenie.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>Gotowe do importu: nowe %1, do aktualizacji %2, bez zmian %3; %n ostrzeżenie.</numerusform>
            <numerusform>Gotowe do importu: nowe %1, do aktualizacji %2, bez zmian %3; %n ostrzeżenia.</numerusform>
            <numerusform>Gotowe do importu: nowe %1, do aktualizacji %2, bez zmian %3; %n ostrzeżeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 błąd: nic nie zostanie zaimportowane, dopóki nie zostanie poprawiony.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n błąd: nic nie zostanie zaimportowane, dopóki nie zostanie poprawiony.</numerusform>
            <numerusform>%n błędy: nic nie zostanie zaimportowane, dopóki nie zostaną poprawione.</numerusform>
            <numerusform>%n błędów: nic nie zostanie zaimportowane, dopóki nie zostaną poprawione.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>Plik mapowania dla tej listy</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>Pliki mapowania (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>adresy z położeniem (współrzędne budynków)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>1 wiersz z błędami: popraw go i sprawdź ponownie albo zaimportuj poprawne rekordy bez niego (nowe %1, zaktualizowane %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n wiersz z błędami: popraw go i sprawdź ponownie albo zaimportuj poprawne rekordy bez niego (nowe %1, zaktualizowane %2).</numerusform>
            <numerusform>%n wiersze z błędami: popraw je i sprawdź ponownie albo zaimportuj poprawne rekordy bez nich (nowe %1, zaktualizowane %2).</numerusform>
            <numerusform>%n wierszy z błędami: popraw je i sprawdź ponownie albo zaimportuj poprawne rekordy bez nich (nowe %1, zaktualizowane %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>1 wiersz pominięto z powodu błędów, w %1: popraw go tam i zaimportuj ten plik.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n wiersz pominięto z powodu błędów, w %1: popraw go tam i zaimportuj ten plik.</numerusform>
            <numerusform>%n wiersze pominięto z powodu błędów, w %1: popraw je tam i zaimportuj ten plik.</numerusform>
            <numerusform>%n wierszy pominięto z powodu błędów, w %1: popraw je tam i zaimportuj ten plik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>Otwórz pominięte wiersze</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>Importuj bez wiersza z błędami</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>Importuj bez %n wiersza z błędami</numerusform>
            <numerusform>Importuj bez %n wierszy z błędami</numerusform>
            <numerusform>Importuj bez %n wierszy z błędami</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>note</source>
        <translation>uwaga</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>Odczytano 1 rekord: nowe %1, zaktualizowane %2, bez zmian %3</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>Odczytano %n rekord: nowe %1, zaktualizowane %2, bez zmian %3</numerusform>
            <numerusform>Odczytano %n rekordy: nowe %1, zaktualizowane %2, bez zmian %3</numerusform>
            <numerusform>Odczytano %n rekordów: nowe %1, zaktualizowane %2, bez zmian %3</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>; %1 z tej listy już w niej nie ma (zachowane)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 błąd</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 ostrzeżenie</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>Nic nie zapisano (próba); 1 wiersz zostałby pominięty z powodu błędów.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>Nic nie zapisano (próba); %n wiersz zostałby pominięty z powodu błędów.</numerusform>
            <numerusform>Nic nie zapisano (próba); %n wiersze zostałyby pominięte z powodu błędów.</numerusform>
            <numerusform>Nic nie zapisano (próba); %n wierszy zostałoby pominiętych z powodu błędów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>Poprawne rekordy zapisano w jednej transakcji; 1 wiersz pominięto z powodu błędów.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Poprawne rekordy zapisano w jednej transakcji; %n wiersz pominięto z powodu błędów.</numerusform>
            <numerusform>Poprawne rekordy zapisano w jednej transakcji; %n wiersze pominięto z powodu błędów.</numerusform>
            <numerusform>Poprawne rekordy zapisano w jednej transakcji; %n wierszy pominięto z powodu błędów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>Nie ma czego zapisać; 1 wiersz pominięto z powodu błędów.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Nie ma czego zapisać; %n wiersz pominięto z powodu błędów.</numerusform>
            <numerusform>Nie ma czego zapisać; %n wiersze pominięto z powodu błędów.</numerusform>
            <numerusform>Nie ma czego zapisać; %n wierszy pominięto z powodu błędów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>Pominięte wiersze są w %1, każdy z opisem problemu: popraw je tam i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>Nic nie zapisano: lista jako całość ma błędy; popraw je i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>Nic nie zapisano: popraw błędy i zaimportuj ponownie (albo zaimportuj poprawne rekordy bez wierszy z błędami).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>Nic nie zapisano: popraw błędy i zaimportuj ponownie (albo zaimportuj poprawne rekordy z --accept-valid).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Nic nie zapisano (próba).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>Zapisano w jednej transakcji.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>Nie ma czego zapisać: magazyn zawiera już tę listę.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs albo „Układ współrzędnych” w oknie importu aplikacji</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping albo „Mapowanie” w oknie importu aplikacji</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>podaj go (%1), np. EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>tak, jak ją wskazano</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>znana nazwa</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>odgadnięte z nagłówka</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 z &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>lista nie podaje układu współrzędnych; odczytane jako %2 (%3) jej położenia leżą w %1, więc tak je odczytano; jeśli to błąd, podaj właściwy (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>obiekt %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>dane nie podają układu współrzędnych: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>x/y wymagają układu współrzędnych: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>nie ma położenia: brak geometrii punktowej, szerokości/długości ani x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>nie ma położenia: brak geometrii punktowej, szerokości/długości ani x/y, ani --gazetteer lub --geocode-online do znalezienia adresu</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>leży poza %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; nie jest adresem internetowym</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; nie odpowiada niczemu w taksonomii; przypisz to w pliku mapowania</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>brak obszaru działania</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; nie jest adresem e-mail</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>lista nie mówi, jak ustalono jej położenia, więc oznaczono je jako szacunkowe; defaults.position_source w mapowaniu może podać surveyed lub geocoded</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>kolumna %1 nie jest importowana: żadne pole modelu jej nie przyjmuje; plik mapowania (%2) może ją przypisać do pola</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>kolumny %1 nie są importowane: żadne pole modelu ich nie przyjmuje; plik mapowania (%2) może je przypisać do pól</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>odczytane kolumny: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>kolumnę odgadniętą błędnie wskazuje się przez --field FIELD=COLUMN (albo plik mapowania)</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>żadna kolumna nie zawiera nazw; kolumny listy to %1; wskaż właściwą przez --field name=COLUMN</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>żadna kolumna nie zawiera obszarów działania; kolumny listy to %1; wskaż właściwą przez --field focus_areas=COLUMN albo nadaj wszystkim rekordom jeden przez --default focus_areas=ID</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>nie można odczytać jako %1: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>to nie format, który GDAL czyta jako dane wektorowe (czy to na pewno to, co mówi nazwa?)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>nie zawiera tabeli ani warstwy</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; nie jest układem współrzędnych znanym PROJ (spróbuj EPSG:25832)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; nie jest liczbą</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>nie jest liczbą</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; nie jest surveyed, geocoded ani estimated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; nie jest rodzajem instytucji w taksonomii; przypisz to w pliku mapowania</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; nie podaje ulicy</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; to ani tak, ani nie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; nie jest aktywne, tymczasowo zamknięte ani nieaktywne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; nie jest datą</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; to nie tak, nie ani nieznane</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>bez identyfikatora</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>pod identyfikatorem %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>ta sama nazwa, adres i oferta co %1 %2: zaimportowano raz</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>ta sama nazwa i adres co %1 %2: zaimportowano jako jedną instytucję z %3 ofertami</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>identyfikator i nazwę</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>nazwę i adres</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>nazwę i położenie</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>aktualizuje %1 &apos;%2&apos; (znaleziono po: %3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>aktualizuje %1 &apos;%2&apos; z listy &apos;%3&apos; (znaleziono po: %4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>lista wygląda na nową wersję &apos;%1&apos; (znaleziono %2 z %3 rekordów): należą teraz do tej listy</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; pochodzi z tej listy, ale już jej w niej nie ma; zachowano</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>nie zawiera rekordów</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>nagłówek jest w wierszach od %1 do %2 (tytuły nad grupami kolumn dołączono do nazw ich kolumn)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>nagłówek jest w wierszu %1</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>; wiersz 1 nad nim jest pomijany</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>; wiersze od 1 do %1 nad nim są pomijane</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>; wiersz %1 zawiera jednostki i jest pomijany</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>; rekordy zaczynają się w wierszu %1</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>źródło zdalne wymaga sieci, z której ten import nie może korzystać (zezwól przez --allow-network)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>dane podają własny układ współrzędnych; podany (%1) nie jest używany</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>kształtu nie da się przeliczyć do WGS84</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>to nie wielokąt</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>to nie punkt; wzięto punkt kształtu</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>położenia nie da się przeliczyć do WGS84</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>spis adresów %1: pominięto %2 wpisów bez użytecznego położenia</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>nie ma w spisie adresów %1</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>nie znaleziony w %1 przez %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, i </translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>kontynuuje %1 (to samo: %2), ale różni się nazwą, adresem, położeniem, organem prowadzącym lub opisem</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>nazwa i adres</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>lista nie podaje liczby mieszkańców dla %1; zachowano dla nich dołączone dane miasta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; jest w magazynie z innymi danymi; zachowano dane z magazynu</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>może to być to samo co %1 &apos;%2&apos; w magazynie (%3 m dalej)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>pominiętych wierszy (%1) nie udało się zapisać do %2: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>w %1 nie ma jeszcze magazynu; import by go utworzył</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (--create go tworzy)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 z %2 położeń leży poza %3</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: szerokość i długość wyglądają na zamienione (%1 z nich leżałoby w %2 odwrotnie)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>jako szerokość/długość WGS84</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>w %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: czy układ współrzędnych jest właściwy? Położenia odczytano %1; gdy dane go nie podają, wskaż inny (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer musi mieć wartość institutions lub areas</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>źródło ma %1 warstw; zaimportowano pierwszą, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>odczyt przerwano po %1 rekordach: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>ten sam obszar co %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; występuje w kilku miejscach spisu adresów %2: kod pocztowy wskazuje które</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>mapowanie nie jest obiektem JSON (%1 na pozycji %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>nieznana sekcja &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; nie jest polem modelu (znane: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; nie ma słownika (mają go: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; przypisano do &apos;%3&apos;, którego nie ma w taksonomii</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; nie jest polem modelu</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>mapowanie nie jest poprawnym YAML (wiersz %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>mapowanie nie jest mapą sekcji YAML</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>nieznany błąd</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>brak geometrii</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>powtarza %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL nie ma sterownika %1</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>nie można go utworzyć</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>brak warstwy</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>nie można utworzyć kolumny</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>nie można zapisać wiersza</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; leży w przyszłości; weryfikacja nie może</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; nie mówi, czy trzeba się umówić, ani czy można przyjść bez umawiania</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Zweryfikowano %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Jeszcze niezweryfikowane</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Dla: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Języki: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Godziny: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Godziny nieznane</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Brak danych kontaktowych</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>Również pod tym adresem:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>Na liście ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Dodaj do listy</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>Usuń z listy</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Dodaj do listy</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>Jeszcze nie przetłumaczono; wyświetlono po niemiecku.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>Ukryj historię</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nie zapisano jeszcze zmian.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Zweryfikowano %1 przez: %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>Szkic: jeszcze niepubliczny</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>Plan miasta – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>Importuj listę instytucji</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>Listy i dane przestrzenne (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>Eksportuj wyświetlone instytucje</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>Udostępnij ten widok</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>Link jest w schowku. Kto go otworzy, zobaczy te filtry, to wyszukiwanie i ten fragment mapy.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>Link do tego widoku</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>Drukuj plan miasta</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>Mapa i spis wyświetlonych instytucji: %1 (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>Mapa i spis wszystkich instytucji: %1.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Poziomo</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>Zapisz plan miasta jako PDF</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>Zapisano plan miasta: %1</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Plan miasta %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>Znaleziono %1 z %2 instytucji</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 instytucja</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>Instytucje: %1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Pokrycie</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>Pokaż, jak dobrze dzielnice są obsłużone w danym obszarze</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>Udostępnij widok…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>Link dokładnie do tego widoku, dla współpracownika</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>Drukuj plan…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importuj listę…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Eksportuj widok…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Nakładanie się</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Brak prawdopodobnych duplikatów.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>%n para, być może jedna instytucja</numerusform>
            <numerusform>%n pary, być może jedna instytucja</numerusform>
            <numerusform>%n par, być może jedna instytucja</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 i %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>Szukaj nazw, organizacji, ofert…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>Znajduje instytucje podczas pisania; pisownia i jedna literówka w słowie są wybaczane</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>Uzupełnij do %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>Adres klienta, np. Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>Naciśnij Enter, aby posortować listę według odległości od tego adresu</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>„%1” nie ma na liście adresów. Czy chodziło o:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>„%1” nie ma na liście adresów i żaden adres nie jest do niego podobny.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Użyj %1</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Najbliższe najpierw od %1 (w linii prostej; okręgi 0,5, 1, 2 i 5 km)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Najbliższe najpierw od punktu na mapie (w linii prostej; okręgi 0,5, 1, 2 i 5 km)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Usuń punkt</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>Kliknij mapę prawym przyciskiem (na ekranie dotykowym przytrzymaj), aby sortować według odległości od tego miejsca.</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>Magazyn danych nie zawiera jeszcze instytucji.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>Nic nie znaleziono dla „%1”%2.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> w wybranych obszarach</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>Żadna instytucja nie oferuje tego wszystkiego.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>Pokaż wszystkie obszary</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>Lista dla klienta</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>Lista jest pusta. Otwórz instytucję i wybierz „Dodaj do listy”.</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>Na ulotce najbliższe najpierw od %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>punktu wybranego na mapie</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>Podaj adres klienta, aby wydrukować odległości i czas dojścia.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>Usuń %1 z listy</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Język klienta</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Zapisz ulotkę jako PDF…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Zapisz ulotkę jako PDF</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>Zapisano ulotkę: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>Strona startowa: duże kafelki tematów i wybór języka</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>Lista (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>Instytucje wybrane dla klienta i ich ulotka</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Narzędzia</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>Drukuj plan, importuj listy, eksportuj widok</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Użyj mojej lokalizacji</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>Sortuj listę według odległości od Ciebie</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Ustalanie lokalizacji…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>Twojej lokalizacji</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Zresetuj pozostałe filtry</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>Eksportuj kontakty zaległych instytucji</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>Niezweryfikowane od</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Miesiące od ostatniej weryfikacji</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>%n instytucja do potwierdzenia</numerusform>
            <numerusform>%n instytucje do potwierdzenia</numerusform>
            <numerusform>%n instytucji do potwierdzenia</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Eksportuj kontakty…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>Zaległe instytucje z telefonem, e-mailem i stroną, jako CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nigdy niezweryfikowane</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Ostatnia weryfikacja %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>Edycja koordynatora: wpisy, szkice i kolejka przeglądu</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Kafelki mapy</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>Automatycznie: mapa offline, jeśli jest, w przeciwnym razie online</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>Kafelki online</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Mapa miasta offline</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>Brak: tylko dzielnice</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Obowiązuje od następnego uruchomienia</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>O programie Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>Mapa miasta offline…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>Dane mapy offline pochodzą z %1.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Aktualizuj…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (środek ulicy)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>Wpisano jako „%1”.</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>%1 ma kod pocztowy %2, a nie %3. Czy chodzi o ten adres?</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 leży w %2, a nie w %3. Czy chodzi o ten adres?</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>Sortuj według odległości od %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 z %2 instytucji</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ jeszcze 1 obszar</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ jeszcze %1 obszarów</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>Mapa miasta offline</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>Pobieranie danych mapy…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>Przycinanie do granic miasta…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Rysowanie mapy…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>Mapa offline jest gotowa, z danymi mapy z %1. Zostanie pokazana przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>Brak połączenia z serwerem pobierania albo zostało przerwane. To, co pobrano, zostaje zachowane, a „Spróbuj ponownie” kontynuuje od tego miejsca.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>Serwer pobierania odpowiedział błędem.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>Nie udało się zapisać danych: czy dysk jest pełny?</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>Pobrany plik był uszkodzony i został usunięty. „Spróbuj ponownie” pobierze go od nowa.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>Anulowano. To, co pobrano, zostaje zachowane, a następne pobieranie kontynuuje od tego miejsca.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>Pobranych danych nie można użyć dla tego miasta: są uszkodzone lub nie obejmują miasta.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>Nie udało się uruchomić narzędzia mapy.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>Pobiera dane OpenStreetMap regionu wokół miasta (około 100 MB), przycina je do miasta i rysuje z nich mapę, aby działała bez serwera kafelków. Obecna mapa pozostaje, dopóki nowa nie będzie kompletna.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 z %2 MB, %3 MB/s</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 z %2 kafelków</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Uruchom ponownie teraz</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>Mapa offline jest gotowa, z danymi mapy z %1, i mapa już ją pokazuje.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>Obszar działania</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>W promieniu</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 m lub ten sam obszar</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>Nie znaleziono nakładających się ofert.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n grupa, najpilniejsze najpierw</numerusform>
            <numerusform>%n grupy, najpilniejsze najpierw</numerusform>
            <numerusform>%n grup, najpilniejsze najpierw</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Eksportuj listę…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>Eksportuj nakładające się oferty</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>Instytucje</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>godziny nieznane</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>położenie przybliżone</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Strona startowa</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>Pomoc i doradztwo w mieście %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>Pokaż mapę w tym języku</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Czego szukasz?</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 miejsce</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>Miejsca: %1</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>Pokaż wszystko na mapie</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>Mapa pokazuje dzielnice miasta; znaczniki, lista i wyszukiwanie działają jak zwykle.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>Brak kafelków mapy: ten komputer wydaje się być offline.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>Brak kafelków mapy: serwer kafelków %1 nie odpowiada.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>Brak kafelków mapy: serwer kafelków %1 odmówił ich wydania (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>Brak kafelków mapy: serwer kafelków %1 jest przeciążony lub ma awarię (%2); spróbuj później.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>Brak kafelków mapy: serwer kafelków %1 przysłał coś, co nie jest obrazem mapy.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>Kafelki mapy są wyłączone (Narzędzia → Kafelki mapy).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>Nie utworzono jeszcze mapy offline (Narzędzia → Kafelki mapy → Kafelki online).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>Brak kafelków mapy: adresu kafelków nie da się użyć: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>Brak kafelków mapy: profil miasta nie wskazuje serwera kafelków.</translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation>%1–%2 na 10 000</translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation>%1–%2 % dalej</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>Magazyn nie zawiera obszarów. Zaimportuj dzielnice przez „Importuj listę…” (obszary).</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>Magazyn nie zawiera obszarów rodzaju %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>Nie ma czego eksportować: najpierw wybierz obszar działania i warstwę obszarów.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Wszystkie grupy docelowe</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>Brak katalogu do importu.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>Brak katalogu do eksportu.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>Brak katalogu do wydruku.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Plan miasta %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>punktu wybranego na mapie</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>Dostęp bez schodów</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Ze schodami</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>Dostęp bez schodów nieznany</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>Położenie zmierzone</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>Położenie ustalone z adresu</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>Położenie przybliżone, niedokładne</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Tymczasowo zamknięte</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Już nie oferowane</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>Dołączona taksonomia lub profil miasta są uszkodzone: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>Nie można odczytać dołączonych danych demonstracyjnych: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>to nie jest link stadtplan:</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 musi mieć postać SZER,DŁUG, a nie „%2”</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>nieznany obszar działania „%1”</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>powiększenie musi być liczbą od 0 do 22, a nie „%1”</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>nieznany filtr „%1”</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>Dowolna grupa docelowa</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>Dowolny rodzaj instytucji</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Dowolny język</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>Nie skonfigurowano spisu adresów.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>Spisu adresów %1 nie można użyć: %2</translation>
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
        <translation>%1 · %2 min pieszo</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Wymagane skierowanie</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Bez skierowania</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>Położenie ustalone z adresu (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt musi być datą i godziną, np. 2026-12-01T10:30, a nie „%1”</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>Dane demonstracyjne: prawdziwe instytucje w Bielefeld zebrane z publicznych źródeł, położenia szacunkowe, nic jeszcze nie zweryfikowano. Koordynator sprawdza każdy wpis przed publikacją.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Po umówieniu wizyty</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>Bez umawiania się, wizyta nie wymaga umówienia</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%n instytucja: %1</numerusform>
            <numerusform>%n instytucje: %1</numerusform>
            <numerusform>%n instytucji: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n instytucja</numerusform>
            <numerusform>%n instytucje</numerusform>
            <numerusform>%n instytucji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>Wszystkie obszary</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>Połączenie tylko do odczytu: ta rola może przeglądać wpisy, ale nie może ich zmieniać.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>Połączono ze wspólną bazą danych z rolą edytora.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>Edycja magazynu danych %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>Organ prowadzący (organizacja)</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>Koszt (puste: nieznany, &quot;free&quot;: bezpłatnie)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Wymagane skierowanie</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>Ostatnia weryfikacja (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Zweryfikował(a)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numer domu</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>Źródło położenia</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Dostęp bez schodów</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Obszary działania</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupy docelowe</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>Języki (kody, np. de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>Godziny otwarcia (np. Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>Nowy wpis: podaj co najmniej nazwę i jeden obszar działania, potem zapisz jako szkic.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(oferta bez nazwy)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Nazwa jest wymagana.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>To nie jest adres internetowy (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>Nieprawidłowe godziny otwarcia: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>Wybierz co najmniej jeden obszar działania.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>Nieznany obszar działania: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>Nieznana grupa docelowa: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>To nie jest kod języka: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>To nie jest data: zapisz jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>Weryfikacja nie może leżeć w przyszłości.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>Wpis potrzebuje położenia na mapie.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>Poza %1: przesuń znacznik do miasta.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>zmierzone na miejscu</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>geokodowane z adresu</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>szacunkowe (tak wyświetlane)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>oferowana</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>tymczasowo zamknięta</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>już nieoferowana</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nie ma nic do zapisania.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Najpierw popraw pola zaznaczone na czerwono.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>Wysłano do przeglądu: do zatwierdzenia zmian wszyscy widzą wpis bez zmian.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Zarchiwizowano.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Szkic zapisany.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>Ktoś inny w międzyczasie zapisał ten wpis. Wybierz dla każdego pola, która wersja zostaje.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>Nie zapisano: %1 Twoje zmiany zostają zachowane; zapisz ponownie, gdy magazyn będzie osiągalny.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>Zatwierdzono: %1 opublikowano ze zmianami.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>Odrzucono: proponowane zmiany usunięto.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>Opublikowano: %1 jest teraz na publicznej mapie.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Umówienie wizyty</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>wymagane umówienie</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>bez umawiania się</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>Nie można użyć lokalizacji (zobacz ustawienia prywatności systemu).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>Nie ustalono lokalizacji na czas.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>Lokalizacja niedostępna.</translation>
    </message>
</context>
</TS>
