<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>Despre Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: harta serviciilor instituțiilor de integrare.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Plăci de hartă</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Harta offline a orașului</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>Limita orașului, cartierele și populația</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>Harta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n marcaj</numerusform>
            <numerusform>%n marcaje</numerusform>
            <numerusform>%n de marcaje</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>Instituții la această adresă</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>%n instituție la această adresă</numerusform>
            <numerusform>%n instituții la această adresă</numerusform>
            <numerusform>%n de instituții la această adresă</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legendă</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 pe o rază de %2 m</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Mărește</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Micșorează</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>Poziția înregistrării editate; trageți pentru a o muta</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>Nu există plăci de hartă: marcajele apar peste limita orașului.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Grup țintă</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Strat de zone</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanță</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 m, în linie dreaptă</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorare după</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>Ponderea mai departe de distanță</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>Servicii la 10.000 de locuitori</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n serviciu potrivit</numerusform>
            <numerusform>%n servicii potrivite</numerusform>
            <numerusform>%n de servicii potrivite</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zonă</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>Locuit.</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>Serv.</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/10 mii</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>Mai departe</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sortează după %1</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: %2 servicii, %3 % mai departe de distanță</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportă tabelul…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>Exportă tabelul de acoperire</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportat în %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sursa: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Verificare (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>Adaugă instituție</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>Apoi faceți clic pe hartă acolo unde se află</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>Faceți clic pe hartă acolo unde se află noua instituție.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>Alegeți un marcaj pentru a-i edita înregistrarea sau adăugați o instituție.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>Sau adăugați la o adresă, de ex. Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>Adresa unei instituții noi</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>Nu este în lista de adrese. Cele mai apropiate: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>Înregistrare nouă: o ciornă, nepublică până la publicare</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>Ciornă: nepublică până la publicare</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>Arhivată: nu mai este afișată</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>Publicată: modificările merg mai întâi la verificare</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Varianta mea: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Varianta lor: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Salvează cu aceste alegeri</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Adaugă serviciu</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>Verificat azi de mine</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>Setează data ultimei verificări și cine a făcut-o</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Trimite la verificare</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salvează ciorna</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhivează</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>Păstrată cu istoricul ei, nu mai este afișată</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nimic nu așteaptă verificarea.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>Înregistrare nouă, ciornă</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>Modificări propuse de %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publică</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobă</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Respinge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(modificat între timp: acum %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>Mai multe filtre (%1 active)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Mai multe filtre</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Resetează celelalte filtre</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Deschis acum</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acces fără trepte</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Fără trimitere</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Deschis la</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mâine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Doar fără programare</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>Domenii de activitate</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Arată tot</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 instituție</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 instituții</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>Ajutor și consiliere în apropiere</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>La data de %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Adresa dvs.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanță</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>pe jos</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
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
        <translation>Site web</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Limbi vorbite</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>Cea mai apropiată stație</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* Poziția pe hartă este estimată; adresa este corectă.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Programare</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>necesară</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>fără programare</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>%1 importat</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importă %1</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Lista conține</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>instituții</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>zone (cartiere)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>Conținutul listei</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Se verifică fiecare înregistrare…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importat: %1 noi, %2 actualizate.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Sistem de coordonate</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>cum îl indică lista</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>Gauss-Krüger, zona 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>Sistemul de coordonate al listei, când ea nu îl indică</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>Folosit când lista nu indică niciunul, de ex. pentru coloanele Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Corespondență</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>numele obișnuite ale coloanelor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Alege un fișier de corespondență</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>Nume obișnuite</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>Importă fără fișier de corespondență</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>Gata de import: %1 noi, %2 actualizate, %3 neschimbate; 1 avertisment.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>Gata de import: %1 noi, %2 actualizate, %3 neschimbate; %n avertisment.</numerusform>
            <numerusform>Gata de import: %1 noi, %2 actualizate, %3 neschimbate; %n avertismente.</numerusform>
            <numerusform>Gata de import: %1 noi, %2 actualizate, %3 neschimbate; %n de avertismente.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 eroare: nu se importă nimic până nu este corectată.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n eroare: nu se importă nimic până nu este corectată.</numerusform>
            <numerusform>%n erori: nu se importă nimic până nu sunt corectate.</numerusform>
            <numerusform>%n de erori: nu se importă nimic până nu sunt corectate.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>Un fișier de corespondență pentru această listă</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>Fișiere de corespondență (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>adrese cu poziție (coordonatele clădirilor)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>1 rând cu erori: corectați-l și verificați din nou sau importați înregistrările valide fără el (%1 noi, %2 actualizate).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n rând cu erori: corectați-l și verificați din nou sau importați înregistrările valide fără el (%1 noi, %2 actualizate).</numerusform>
            <numerusform>%n rânduri cu erori: corectați-le și verificați din nou sau importați înregistrările valide fără ele (%1 noi, %2 actualizate).</numerusform>
            <numerusform>%n de rânduri cu erori: corectați-le și verificați din nou sau importați înregistrările valide fără ele (%1 noi, %2 actualizate).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>1 rând omis din cauza erorilor, în %1: corectați-l acolo și importați acel fișier.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n rând omis din cauza erorilor, în %1: corectați-l acolo și importați acel fișier.</numerusform>
            <numerusform>%n rânduri omise din cauza erorilor, în %1: corectați-le acolo și importați acel fișier.</numerusform>
            <numerusform>%n de rânduri omise din cauza erorilor, în %1: corectați-le acolo și importați acel fișier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>Deschide rândurile omise</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>Importă fără rândul cu erori</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>Importă fără %n rând cu erori</numerusform>
            <numerusform>Importă fără cele %n rânduri cu erori</numerusform>
            <numerusform>Importă fără cele %n de rânduri cu erori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>eroare</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertisment</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notă</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>1 înregistrare citită: %1 noi, %2 actualizate, %3 neschimbate</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>%n înregistrare citită: %1 noi, %2 actualizate, %3 neschimbate</numerusform>
            <numerusform>%n înregistrări citite: %1 noi, %2 actualizate, %3 neschimbate</numerusform>
            <numerusform>%n de înregistrări citite: %1 noi, %2 actualizate, %3 neschimbate</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>; %1 din această listă nu mai sunt în ea (păstrate)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 eroare</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n eroare</numerusform>
            <numerusform>%n erori</numerusform>
            <numerusform>%n de erori</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertisment</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertisment</numerusform>
            <numerusform>%n avertismente</numerusform>
            <numerusform>%n de avertismente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>Nu s-a scris nimic (probă); 1 rând ar fi omis din cauza erorilor.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>Nu s-a scris nimic (probă); %n rând ar fi omis din cauza erorilor.</numerusform>
            <numerusform>Nu s-a scris nimic (probă); %n rânduri ar fi omise din cauza erorilor.</numerusform>
            <numerusform>Nu s-a scris nimic (probă); %n de rânduri ar fi omise din cauza erorilor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>Înregistrările valide au fost scrise într-o singură tranzacție; 1 rând omis din cauza erorilor.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Înregistrările valide au fost scrise într-o singură tranzacție; %n rând omis din cauza erorilor.</numerusform>
            <numerusform>Înregistrările valide au fost scrise într-o singură tranzacție; %n rânduri omise din cauza erorilor.</numerusform>
            <numerusform>Înregistrările valide au fost scrise într-o singură tranzacție; %n de rânduri omise din cauza erorilor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>Nimic de scris; 1 rând omis din cauza erorilor.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Nimic de scris; %n rând omis din cauza erorilor.</numerusform>
            <numerusform>Nimic de scris; %n rânduri omise din cauza erorilor.</numerusform>
            <numerusform>Nimic de scris; %n de rânduri omise din cauza erorilor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>Rândurile omise sunt în %1, fiecare cu problema sa: corectați-le acolo și importați acel fișier.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>Nu s-a scris nimic: lista în ansamblu are erori; corectați-le și importați din nou.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>Nu s-a scris nimic: corectați erorile și importați din nou (sau importați înregistrările valide fără rândurile cu erori).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>Nu s-a scris nimic: corectați erorile și importați din nou (sau importați înregistrările valide cu --accept-valid).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Nu s-a scris nimic (probă).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>Scris într-o singură tranzacție.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>Nimic de scris: depozitul conține deja această listă.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs sau „Sistem de coordonate” în dialogul de import al aplicației</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping sau „Corespondență” în dialogul de import al aplicației</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>indicați-l (%1), de ex. EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>așa cum ați indicat-o</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>un nume cunoscut</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>ghicit din antet</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 din &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>lista nu numește niciun sistem de coordonate; citite ca %2 (%3), pozițiile ei se află în %1, așa că au fost citite astfel; dacă e greșit, indicați-l pe cel corect (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rândul %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>obiectul %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>lipsește</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>datele nu numesc niciun sistem de coordonate: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>x/y au nevoie de un sistem de coordonate: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>nu are poziție: nicio geometrie punct, latitudine/longitudine sau x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>nu are poziție: nicio geometrie punct, latitudine/longitudine sau x/y, și niciun --gazetteer sau --geocode-online pentru a-i găsi adresa</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>se află în afara %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; nu este o adresă web</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; nu corespunde niciunei intrări din taxonomie; asociați-l într-un fișier de corespondență</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>niciun domeniu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; nu este o adresă de e-mail</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>lista nu spune cum au fost stabilite pozițiile, deci sunt marcate ca estimate; defaults.position_source dintr-o corespondență poate indica surveyed sau geocoded</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>coloana %1 nu se importă: niciun câmp al modelului nu o preia; un fișier de corespondență (%2) o poate atribui unui câmp</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>coloanele %1 nu se importă: niciun câmp al modelului nu le preia; un fișier de corespondență (%2) le poate atribui unor câmpuri</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>coloane citite: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>o coloană ghicită greșit se indică cu --field FIELD=COLUMN (sau un fișier de corespondență)</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>nicio coloană nu conține numele; coloanele listei sunt %1; indicați-o pe cea potrivită cu --field name=COLUMN</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>nicio coloană nu conține domeniile; coloanele listei sunt %1; indicați-o pe cea potrivită cu --field focus_areas=COLUMN sau dați tuturor înregistrărilor unul cu --default focus_areas=ID</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fișierul nu există</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fișierul este gol</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>nu poate fi citit ca %1: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>nu este un format pe care GDAL îl citește ca date vectoriale (este ceea ce spune numele?)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>nu conține niciun tabel sau strat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; nu este un sistem de coordonate cunoscut de PROJ (încercați EPSG:25832)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; nu este un număr</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>nu este un număr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; nu este surveyed, geocoded sau estimated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; nu este un tip de instituție din taxonomie; asociați-l într-un fișier de corespondență</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; nu numește nicio stradă</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; nu este da sau nu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; nu este activ, închis temporar sau inactiv</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; nu este o dată</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; nu este da, nu sau necunoscut</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>fără identificator</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>cu identificatorul %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>același nume, aceeași adresă și aceeași ofertă ca %1 %2: importat o singură dată</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>același nume și aceeași adresă ca %1 %2: importat ca o singură instituție cu %3 oferte</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>identificatorul și numele</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>numele și adresa</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>numele și locul</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>actualizează %1 &apos;%2&apos; (găsit după %3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>actualizează %1 &apos;%2&apos; din lista &apos;%3&apos; (găsit după %4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>lista pare o versiune nouă a &apos;%1&apos; (%2 din cele %3 înregistrări găsite): acum aparțin acestei liste</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; provine din această listă, dar nu mai este în ea; a fost păstrat</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>nu conține înregistrări</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>antetul este pe rândurile %1–%2 (titlurile de deasupra grupurilor de coloane sunt alăturate numelor coloanelor lor)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>antetul este pe rândul %1</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>; rândul 1 de deasupra este sărit</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>; rândurile 1–%1 de deasupra sunt sărite</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>; rândul %1 conține unități și este sărit</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>; înregistrările încep pe rândul %1</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>o sursă la distanță are nevoie de rețea, pe care acest import nu o poate folosi (permiteți-o cu --allow-network)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>datele își numesc propriul sistem de coordonate; cel dat (%1) nu este folosit</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>forma nu poate fi transformată în WGS84</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>nu este un poligon</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>nu este un punct; s-a luat un punct al formei</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>poziția nu poate fi transformată în WGS84</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>registrul de adrese %1: au fost sărite %2 intrări fără o poziție utilizabilă</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>nu este în registrul de adrese %1</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>negăsit în %1 de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos; este %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, și </translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>continuă %1 (același %2), dar diferă prin nume, adresă, poziție, furnizor sau descriere</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>nume și adresă</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>lista nu dă locuitori pentru %1; cifrele incluse ale orașului se păstrează pentru ele</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; este în depozit cu alte detalii; se păstrează cele din depozit</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>poate fi același cu %1 &apos;%2&apos; din depozit (la %3 m)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>rândurile omise (%1) nu au putut fi scrise în %2: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>la %1 nu există încă un depozit; importul l-ar crea</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (--create creează unul)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 din %2 poziții se află în afara %3</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: latitudinea și longitudinea par inversate (%1 dintre ele s-ar afla în %2 invers)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>ca latitudine/longitudine WGS84</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>în %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: este corect sistemul de coordonate? Pozițiile au fost citite %1; când datele nu numesc unul, indicați altul (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer trebuie să fie institutions sau areas</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>sursa are %1 straturi; s-a importat primul, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>citirea s-a oprit după %1 înregistrări: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; nu este un număr întreg</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>aceeași zonă ca %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; apare în mai multe locuri din registrul de adrese %2: codul poștal arată care</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>corespondența nu este un obiect JSON (%1 la poziția %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>secțiune necunoscută &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; nu este un câmp al modelului (cunoscute: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; nu are vocabular (acestea au: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; corespunde lui &apos;%3&apos;, care nu este în taxonomie</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; nu este un câmp al modelului</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>corespondența nu este YAML valid (linia %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>corespondența nu este o hartă YAML de secțiuni</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>eroare necunoscută</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>nicio geometrie</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>repetă %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL nu are driverul %1</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>nu poate fi creat</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>niciun strat</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>o coloană nu poate fi creată</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>un rând nu poate fi scris</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; este în viitor; o verificare nu poate fi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; nu spune nici dacă este nevoie de programare, nici dacă se poate veni fără programare</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Verificat la %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Încă neverificat</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pentru: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Limbi: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Program necunoscut</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Încă nu există date de contact</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>Tot la această adresă:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>Pe listă ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Adaugă pe listă</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>Elimină de pe listă</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Adaugă pe listă</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>Încă netradus; afișat în germană.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>Ascunde istoricul</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Încă nu s-au înregistrat modificări.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Verificat la %1 de %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>Ciornă: încă nepublică</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>Harta orașului – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>Importă o listă de instituții</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>Liste și date geografice (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>Exportă instituțiile afișate</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportat în %1</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>Partajează această vedere</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>Linkul este în clipboard. Cine îl deschide vede aceste filtre, această căutare și această parte a hărții.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>Link către această vedere</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>Tipărește harta orașului</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>Harta și lista celor %1 instituții afișate (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>Harta și lista tuturor celor %1 instituții.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Hârtie</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Peisaj</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvează ca PDF…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>Salvează harta orașului ca PDF</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>Harta orașului a fost salvată în %1</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Harta orașului %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>%1 din %2 instituții găsite</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 instituție</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 instituții</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Acoperire</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>Arată cât de bine sunt deservite cartierele într-un domeniu</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>Partajează vederea…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>Un link exact către această vedere, pentru un coleg</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>Tipărește harta…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importă listă…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Exportă vederea…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Limba interfeței</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Suprapuneri</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Nu există duplicate probabile.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>%n pereche care poate fi o singură instituție</numerusform>
            <numerusform>%n perechi care pot fi o singură instituție</numerusform>
            <numerusform>%n de perechi care pot fi o singură instituție</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 și %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>Caută nume, organizații, servicii…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>Găsește instituții pe măsură ce tastați; ortografia și o greșeală pe cuvânt sunt iertate</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Șterge căutarea</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>Completează cu %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>Adresa clientului, de ex. Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>Apăsați Enter pentru a sorta lista după distanța de la această adresă</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>„%1” nu este în lista de adrese. Ați vrut să spuneți:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>„%1” nu este în lista de adrese și nicio adresă nu se apropie.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Folosește %1</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Cele mai apropiate întâi de la %1 (linie dreaptă; cercuri la 0,5, 1, 2 și 5 km)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Cele mai apropiate întâi de punctul de pe hartă (linie dreaptă; cercuri la 0,5, 1, 2 și 5 km)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Elimină punctul</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>Clic dreapta pe hartă (apăsare lungă pe ecrane tactile) pentru a sorta după distanța de acolo.</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>Depozitul nu conține încă instituții.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>Nu s-a găsit nimic pentru „%1”%2.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> în domeniile alese</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>Nicio instituție nu oferă toate acestea.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>Arată toate domeniile</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>Listă pentru client</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>Lista este goală. Deschideți o instituție și alegeți „Adaugă pe listă”.</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>Pe fișă: cele mai apropiate întâi de la %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>punctul ales pe hartă</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>Introduceți adresa clientului pentru a tipări distanțele și timpii de mers.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>Elimină %1 de pe listă</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Limba clientului</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Salvează fișa ca PDF…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>Golește lista</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Salvează fișa ca PDF</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>Fișa a fost salvată în %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Subiecte</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>Pagina de start: plăci mari cu subiecte și alegerea limbii</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>Listă (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>Instituțiile alese pentru un client și fișa lor</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>Tipărește harta, importă liste, exportă vederea</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Folosește poziția mea</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>Sortează lista după distanța față de dvs.</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Se determină poziția…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>poziția dvs.</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Resetează celelalte filtre</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>Exportă contactele instituțiilor restante</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>Neverificat de</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Luni de la ultima verificare</translation>
    </message>
    <message>
        <source>months</source>
        <translation>luni</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>%n instituție de rugat să confirme</numerusform>
            <numerusform>%n instituții de rugat să confirme</numerusform>
            <numerusform>%n de instituții de rugat să confirme</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Exportă contactele…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>Instituțiile restante cu telefon, e-mail și site, ca CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Niciodată verificat</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Ultima verificare %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editare</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>Editarea coordonatorului: înregistrări, ciorne și lista de verificare</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Plăci de hartă</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>Automat: harta offline dacă există, altfel online</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>Plăci online</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Harta offline a orașului</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>Niciuna: doar cartierele</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Se aplică la următoarea pornire</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>Despre Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>Hartă offline a orașului…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>Datele hărții offline sunt din %1.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Actualizează…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (mijlocul străzii)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>Scris ca „%1”.</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>%1 are codul poștal %2, nu %3. Este această adresă?</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 se află în %2, nu în %3. Este această adresă?</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>Sortează după distanța de la %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 din %2 instituții</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ încă 1 domeniu</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ încă %1 domenii</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>Hartă offline a orașului</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>Se descarcă datele hărții…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>Se decupează la limitele orașului…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Se desenează harta…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>Harta offline este gata, cu date ale hărții din %1. Va fi afișată de la următoarea pornire.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>Nu există conexiune cu serverul de descărcare sau aceasta s-a întrerupt. Ce s-a descărcat se păstrează, iar „Încearcă din nou” continuă de acolo.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>Serverul de descărcare a răspuns cu o eroare.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>Datele nu au putut fi salvate: este discul plin?</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>Fișierul descărcat era deteriorat și a fost șters. „Încearcă din nou” îl descarcă din nou.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>Anulat. Ce s-a descărcat se păstrează, iar următoarea descărcare continuă de acolo.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>Datele descărcate nu pot fi folosite pentru acest oraș: sunt deteriorate sau nu acoperă orașul.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>Instrumentul hărții nu a putut rula.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>Descarcă datele OpenStreetMap ale regiunii din jurul orașului (aproximativ 100 MB), le decupează la oraș și desenează harta din ele, astfel încât harta să funcționeze fără un server de plăci. Harta actuală rămâne până când cea nouă este completă.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 din %2 MB, %3 MB/s</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 din %2 plăci</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarcă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Repornește acum</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>Harta offline este gata, cu date ale hărții din %1, și harta o afișează acum.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Pe o rază de</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 m sau aceeași zonă</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanță</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>Nu s-au găsit oferte suprapuse.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n grup, cele mai urgente întâi</numerusform>
            <numerusform>%n grupuri, cele mai urgente întâi</numerusform>
            <numerusform>%n de grupuri, cele mai urgente întâi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exportă lista…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>Exportă ofertele suprapuse</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportat în %1</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>Instituții</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>program necunoscut</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>poziție estimată</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Pagina de start</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>Ajutor și consiliere în %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>Arată harta în această limbă</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Ce căutați?</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 loc</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 locuri</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>Arată totul pe hartă</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>Harta arată cartierele orașului; marcajele, lista și căutarea funcționează ca de obicei.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>Nu există plăci de hartă: acest calculator pare să fie offline.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>Nu există plăci de hartă: serverul de plăci %1 nu răspunde.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>Nu există plăci de hartă: serverul de plăci %1 le-a refuzat (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>Nu există plăci de hartă: serverul de plăci %1 este ocupat sau defect (%2); încercați mai târziu.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>Nu există plăci de hartă: serverul de plăci %1 a trimis ceva ce nu este o imagine de hartă.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>Plăcile de hartă sunt dezactivate (Instrumente → Plăci de hartă).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>Nu a fost creată încă o hartă offline a orașului (Instrumente → Plăci de hartă → Plăci online).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>Nu există plăci de hartă: adresa plăcilor nu poate fi folosită: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>Nu există plăci de hartă: profilul orașului nu numește niciun server de plăci.</translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation>%1–%2 la 10.000</translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation>%1–%2 % mai departe</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>Depozitul nu conține zone. Importați cartierele cu „Importă listă…” (zone).</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>Depozitul nu conține zone de tipul %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>Nimic de exportat: alegeți mai întâi un domeniu și un strat de zone.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Toate grupurile țintă</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>Niciun director în care să se importe.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>Niciun director de exportat.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>Niciun director de tipărit.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Harta orașului %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>punctul ales pe hartă</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>Acces fără trepte</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Cu trepte</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>Acces fără trepte necunoscut</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>Poziție măsurată</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>Poziție determinată din adresă</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>Poziție estimată, nu exactă</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Închis temporar</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Nu se mai oferă</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>Taxonomia inclusă sau profilul orașului sunt defecte: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>Datele demo incluse nu pot fi citite: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>nu este un link stadtplan:</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 trebuie să fie LAT,LON, nu „%2”</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>domeniu necunoscut „%1”</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>zoomul trebuie să fie un număr de la 0 la 22, nu „%1”</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>filtru necunoscut „%1”</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>Orice grup țintă</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>Orice tip de instituție</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Orice limbă</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>Nu este configurată o listă de adrese.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>Lista de adrese %1 nu poate fi folosită: %2</translation>
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
        <translation>%1 · %2 min pe jos</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Necesită trimitere</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Fără trimitere</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>Poziție determinată din adresă (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt trebuie să fie o dată și o oră ca 2026-12-01T10:30, nu „%1”</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>Date demonstrative: instituții reale din Bielefeld, adunate din surse publice, poziții estimate, nimic verificat încă. Coordonatorul verifică fiecare înregistrare înainte de publicare.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Cu programare</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>Fără programare, nu e nevoie de programare</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%n instituție la %1</numerusform>
            <numerusform>%n instituții la %1</numerusform>
            <numerusform>%n de instituții la %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n instituție</numerusform>
            <numerusform>%n instituții</numerusform>
            <numerusform>%n de instituții</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>Toate domeniile</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>Conexiune doar pentru citire: acest rol poate vedea înregistrările, nu le poate modifica.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>Conectat la baza de date comună cu un rol de editare.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>Se editează depozitul de date %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>Organizația responsabilă</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>Cost (gol: necunoscut, &quot;free&quot;: gratuit)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Trimitere necesară</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>Ultima verificare (AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificat de</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Stradă</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poziție</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>Sursa poziției</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acces fără trepte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Domenii de activitate</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupuri țintă</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>Limbi (coduri, de ex. de; tr; ar)</translation>
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
        <translation>Site web</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>Program (de ex. Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>Înregistrare nouă: completați cel puțin numele și un domeniu de activitate, apoi salvați ca ciornă.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(serviciu fără nume)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Este nevoie de un nume.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Nu este o adresă web (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>Program nevalid: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>Alegeți cel puțin un domeniu de activitate.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>Domeniu de activitate necunoscut: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>Grup țintă necunoscut: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>Nu este un cod de limbă: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Nu este o dată: scrieți-o ca AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>O verificare nu poate fi în viitor.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>Înregistrarea are nevoie de o poziție pe hartă.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>În afara %1: mutați marcajul în oraș.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>măsurată la fața locului</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>geocodată din adresă</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>estimată (afișată ca atare)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>oferit</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>închis temporar</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>nu mai este oferit</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nimic de salvat.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Corectați mai întâi câmpurile marcate cu roșu.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>Trimis la verificare: publicul vede înregistrarea neschimbată până la aprobarea modificărilor.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Arhivată.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Ciornă salvată.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>Altcineva a salvat între timp această înregistrare. Alegeți pentru fiecare câmp ce variantă rămâne.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>Nesalvat: %1 Modificările dvs. se păstrează; salvați din nou când depozitul poate fi accesat.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>Aprobat: %1 este publicată cu modificările.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>Respins: modificările propuse au fost eliminate.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>Publicat: %1 este acum pe harta publică.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Programare</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>programare necesară</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>fără programare</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>Poziția nu poate fi folosită (vedeți setările de confidențialitate ale sistemului).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>Nicio poziție găsită la timp.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>Nicio poziție disponibilă.</translation>
    </message>
</context>
</TS>
