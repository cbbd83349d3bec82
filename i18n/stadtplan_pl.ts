<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No basemap configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farther</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %4 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors: nothing will be imported until they are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 institutions: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 min on foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
