<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>За Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: карта на услугите на институциите за интеграция.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Източници</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Плочки на картата</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн карта на града</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>Граница на града, райони и население</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>Карта на %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n маркер</numerusform>
            <numerusform>%n маркера</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>Институции на този адрес</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>%n институция на този адрес</numerusform>
            <numerusform>%n институции на този адрес</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 в радиус %2 м</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличи</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намали</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>Местоположение на редактирания запис; плъзнете, за да го преместите</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>Няма плочки на картата: маркерите се показват върху границата на града.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>Направление на работа</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Целева група</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Райони</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Слой с райони</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Разстояние</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 м по права линия</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Оцветяване по</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>Дял по-далеч от разстоянието</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>Услуги на 10 000 жители</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n подходяща услуга</numerusform>
            <numerusform>%n подходящи услуги</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>Жит.</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>Усл.</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/10 хил.</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>По-далеч</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Подреди по %1</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: %2 услуги, %3 % по-далеч от разстоянието</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Експорт на таблицата…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>Експорт на таблицата на покритието</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортирано в %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Източник: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Преглед (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>Добавяне на институция</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>След това щракнете върху картата, където се намира</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>Щракнете върху картата там, където е новата институция.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>Изберете маркер, за да редактирате записа му, или добавете институция.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>Или добавете на адрес, напр. Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>Адрес на нова институция</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>Не е в списъка с адреси. Най-близки: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>Нов запис: чернова, не е публичен до публикуване</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>Чернова: не е публична до публикуване</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>Архивиран: вече не се показва</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>Публикуван: промените първо отиват за преглед</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Моят вариант: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Техният вариант: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Запазване с този избор</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Добавяне на услуга</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>Проверено днес от мен</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>Задава датата на последната проверка и кой я е направил</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Изпращане за преглед</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Запазване на черновата</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивиране</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>Запазва се с историята си, вече не се показва</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отхвърляне на промените</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Нищо не чака преглед.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>Нов запис, чернова</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>Промени, предложени от %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Публикуване</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобряване</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(променено оттогава: сега %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>Още филтри (%1 включени)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Още филтри</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Нулиране</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Нулиране на другите филтри</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Отворено сега</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Достъп без стъпала</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Безплатно</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Без направление</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За кого</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Отворено в</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Утре</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Само без предварителен час</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>Направления на работа</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Покажи всички</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 институция</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 институции</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>Помощ и консултации близо до вас</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Към %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Вашият адрес</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Разстояние</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>пеша</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Работно време</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Говорими езици</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>Най-близка спирка</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* Мястото на картата е приблизително; адресът е верен.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>необходим</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>без предварителен час</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>Импортирано: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт на %1</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Списъкът съдържа</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>институции</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>райони (квартали)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>Съдържание на списъка</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортиране…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Проверка на всеки запис…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Импортирани: %1 нови, %2 обновени.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортирай</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Координатна система</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>както е посочено в списъка</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>Гаус-Крюгер, зона 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>Координатна система на списъка, ако не е посочена</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>Използва се, когато списъкът не посочва такава, напр. за колони Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Съпоставяне</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>обичайните имена на колони</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Избор…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Избор на файл за съпоставяне</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>Обичайни имена</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>Импорт без файл за съпоставяне</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>Готово за импорт: %1 нови, %2 обновени, %3 без промяна; 1 предупреждение.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>Готово за импорт: %1 нови, %2 обновени, %3 без промяна; %n предупреждение.</numerusform>
            <numerusform>Готово за импорт: %1 нови, %2 обновени, %3 без промяна; %n предупреждения.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 грешка: нищо няма да бъде импортирано, докато не бъде поправена.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n грешка: нищо няма да бъде импортирано, докато не бъде поправена.</numerusform>
            <numerusform>%n грешки: нищо няма да бъде импортирано, докато не бъдат поправени.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>Файл за съпоставяне за този списък</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>Файлове за съпоставяне (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>адреси с местоположение (координати на сгради)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>1 ред с грешки: поправете го и проверете отново или импортирайте валидните записи без него (%1 нови, %2 обновени).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n ред с грешки: поправете го и проверете отново или импортирайте валидните записи без него (%1 нови, %2 обновени).</numerusform>
            <numerusform>%n реда с грешки: поправете ги и проверете отново или импортирайте валидните записи без тях (%1 нови, %2 обновени).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>1 ред е пропуснат заради грешките си, в %1: поправете го там и импортирайте този файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n ред е пропуснат заради грешките си, в %1: поправете го там и импортирайте този файл.</numerusform>
            <numerusform>%n реда са пропуснати заради грешките си, в %1: поправете ги там и импортирайте този файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>Отваряне на пропуснатите редове</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>Импортиране без реда с грешки</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>Импортиране без %n ред с грешки</numerusform>
            <numerusform>Импортиране без %n реда с грешки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>грешка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>бележка</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>Прочетен 1 запис: %1 нови, %2 обновени, %3 без промяна</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>Прочетен %n запис: %1 нови, %2 обновени, %3 без промяна</numerusform>
            <numerusform>Прочетени %n записа: %1 нови, %2 обновени, %3 без промяна</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>; %1 от този списък вече не са в него (запазени)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 грешка</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n грешка</numerusform>
            <numerusform>%n грешки</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 предупреждение</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>Нищо не е записано (пробно изпълнение); 1 ред би бил пропуснат заради грешките си.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>Нищо не е записано (пробно изпълнение); %n ред би бил пропуснат заради грешките си.</numerusform>
            <numerusform>Нищо не е записано (пробно изпълнение); %n реда биха били пропуснати заради грешките си.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>Валидните записи са записани в една транзакция; 1 ред е пропуснат заради грешките си.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Валидните записи са записани в една транзакция; %n ред е пропуснат заради грешките си.</numerusform>
            <numerusform>Валидните записи са записани в една транзакция; %n реда са пропуснати заради грешките си.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>Няма какво да се запише; 1 ред е пропуснат заради грешките си.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Няма какво да се запише; %n ред е пропуснат заради грешките си.</numerusform>
            <numerusform>Няма какво да се запише; %n реда са пропуснати заради грешките си.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>Пропуснатите редове са в %1, всеки с проблема си: поправете ги там и импортирайте този файл.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>Нищо не е записано: списъкът като цяло има грешки; поправете ги и импортирайте отново.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>Нищо не е записано: поправете грешките и импортирайте отново (или импортирайте валидните записи без редовете с грешки).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>Нищо не е записано: поправете грешките и импортирайте отново (или импортирайте валидните записи с --accept-valid).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Нищо не е записано (пробно изпълнение).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>Записано в една транзакция.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>Няма какво да се запише: хранилището вече съдържа този списък.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs или „Координатна система“ в диалога за импортиране</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping или „Съпоставяне“ в диалога за импортиране</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>посочете я (%1), напр. EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>както го посочихте</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>познато име</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>отгатнато от заглавието</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 от &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>списъкът не посочва координатна система; прочетени като %2 (%3), местата му са в %1, затова са прочетени така; ако това е грешно, посочете правилната (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ред %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>обект %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>липсва</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>данните не посочват координатна система: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>x/y се нуждаят от координатна система: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>няма местоположение: няма точкова геометрия, ширина/дължина или x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>няма местоположение: няма точкова геометрия, ширина/дължина или x/y, нито --gazetteer или --geocode-online за намиране на адреса</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>е извън %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; не е уеб адрес</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; не съответства на нищо в таксономията; съпоставете го във файл за съпоставяне</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>няма направление</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; не е имейл адрес</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>списъкът не казва как са получени местата му, затова са отбелязани като приблизителни; defaults.position_source в съпоставянето може да посочи surveyed или geocoded</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>колоната %1 не се импортира: никое поле на модела не я приема; файл за съпоставяне (%2) може да я присвои на поле</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>колоните %1 не се импортират: никое поле на модела не ги приема; файл за съпоставяне (%2) може да ги присвои на полета</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>прочетени колони: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>грешно отгатната колона се посочва с --field FIELD=COLUMN (или файл за съпоставяне)</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>никоя колона не съдържа имената; колоните на списъка са %1; посочете правилната с --field name=COLUMN</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>никоя колона не съдържа направленията; колоните на списъка са %1; посочете правилната с --field focus_areas=COLUMN или дайте на всички записи едно с --default focus_areas=ID</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>няма такъв файл</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файлът е празен</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>не може да се прочете като %1: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>не е формат, който GDAL чете като векторни данни (това ли е, което казва името му?)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>не съдържа таблица или слой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; не е координатна система, позната на PROJ (опитайте EPSG:25832)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; не е число</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не е число</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; не е surveyed, geocoded или estimated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; не е вид институция в таксономията; съпоставете го във файл за съпоставяне</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; не посочва улица</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; не е да или не</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; не е активно, временно затворено или неактивно</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; не е дата</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; не е да, не или неизвестно</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>без идентификатор</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>с идентификатор %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>същото име, адрес и предложение като %1 %2: импортирано веднъж</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>същото име и адрес като %1 %2: импортирано като една институция с %3 предложения</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>идентификатора и името му</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>името и адреса му</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>името и мястото му</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>обновява %1 &apos;%2&apos; (намерено по %3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>обновява %1 &apos;%2&apos; от списъка &apos;%3&apos; (намерено по %4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>списъкът изглежда като нова версия на &apos;%1&apos; (намерени %2 от %3 записа): те вече са на този списък</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; идва от този списък, но вече не е в него; запазено е</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>не съдържа записи</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>заглавието е в редове %1 до %2 (заглавията над групи колони се съединяват с имената на колоните им)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>заглавието е в ред %1</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>; ред 1 над него се пропуска</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>; редове 1 до %1 над него се пропускат</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>; ред %1 съдържа мерни единици и се пропуска</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>; записите започват от ред %1</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>отдалечен източник изисква мрежата, която този импорт не може да ползва (разрешете я с --allow-network)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>данните посочват собствена координатна система; посочената (%1) не се използва</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>формата не може да се преобразува в WGS84</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>не е многоъгълник</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>не е точка; взета е точка от формата</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>местоположението не може да се преобразува в WGS84</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>адресен регистър %1: пропуснати са %2 записа без използваемо местоположение</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>не е в адресния регистър %1</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>не е намерен в %1 от %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos; е %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, и </translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>продължава %1 (същото %2), но се различава по име, адрес, местоположение, носител или описание</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>име и адрес</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>списъкът не дава жители за %1; за тях се запазват приложените данни на града</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; е в хранилището с други данни; запазват се тези от хранилището</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>може да е същото като %1 &apos;%2&apos; в хранилището (на %3 м)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>пропуснатите редове (%1) не можаха да се запишат в %2: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>в %1 още няма хранилище; импортът би го създал</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (--create създава такова)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 от %2 места са извън %3</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: ширината и дължината изглеждат разменени (%1 от тях биха били в %2 обратно)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>като ширина/дължина WGS84</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: правилна ли е координатната система? Местата са прочетени %1; ако данните не посочват такава, посочете друга (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer трябва да е institutions или areas</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>източникът има %1 слоя; импортиран е първият, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>четенето спря след %1 записа: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; не е цяло число</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>същата територия като %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; е на няколко места в адресния регистър %2: пощенският код показва кое</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>съпоставянето не е JSON обект (%1 на позиция %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>непознат раздел &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; не е поле на модела (познати: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; няма речник (тези имат: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; се съпоставя с &apos;%3&apos;, което не е в таксономията</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; не е поле на модела</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>съпоставянето не е валиден YAML (ред %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>съпоставянето не е YAML речник от раздели</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестна грешка</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>няма геометрия</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>повтаря %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL няма драйвер %1</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>не може да бъде създаден</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>няма слой</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>колона не може да бъде създадена</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>ред не може да бъде записан</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; е в бъдещето; проверка не може да бъде</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; не казва нито дали е нужен предварителен час, нито дали може да се дойде без такъв</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Проверено на %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Още не е проверено</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>За: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Езици: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Работно време: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Работното време е неизвестно</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Все още няма данни за контакт</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>Също на този адрес:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>В списъка ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Добави в списъка</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>Премахни от списъка</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Добави в списъка</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>Все още не е преведено; показано на немски.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>Скрий историята</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Все още няма записани промени.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Проверено на %1 от %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>Чернова: още не е публична</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>Карта на града – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>Импорт на списък с институции</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>Списъци и геоданни (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>Експорт на показаните институции</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортирано в %1</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>Сподели този изглед</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>Връзката е в клипборда. Който я отвори, вижда тези филтри, това търсене и тази част от картата.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>Връзка към този изглед</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>Печат на картата на града</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>Карта и списък на показаните %1 институции (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>Карта и списък на всички %1 институции.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Хартия</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Хоризонтално</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Запази като PDF…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>Запази картата на града като PDF</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>Картата на града е запазена в %1</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Карта на %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>Намерени %1 от %2 институции</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 институция</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 институции</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покритие</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>Покажи колко добре са обслужени кварталите по направление</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>Сподели изгледа…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>Връзка точно към този изглед за колега</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>Печат на картата…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Импорт на списък…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Експорт на изгледа…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Език на интерфейса</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Припокривания</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликати</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Няма вероятни дубликати.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>%n двойка, която може да е една институция</numerusform>
            <numerusform>%n двойки, които може да са една институция</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 и %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>Търсене на имена, организации, услуги…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>Намира институции докато пишете; правописът и една грешка на дума се прощават</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Изчисти търсенето</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>Допълни до %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>Адрес на клиента, напр. Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>Натиснете Enter, за да подредите списъка по разстояние от този адрес</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>„%1“ не е в списъка с адреси. Имахте предвид:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>„%1“ не е в списъка с адреси и няма подобен адрес.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Използвай %1</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Най-близките първо от %1 (по права линия; кръгове на 0,5, 1, 2 и 5 км)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Най-близките първо от точката на картата (по права линия; кръгове на 0,5, 1, 2 и 5 км)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Изчисти</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Премахни точката</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>Щракнете с десния бутон върху картата (на сензорен екран – продължително натискане), за да подредите по разстояние оттам.</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>В хранилището все още няма институции.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>Нищо не е намерено за „%1“%2.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> в избраните направления</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>Никоя институция не предлага всичко това.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>Покажи всички направления</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>Списък за клиента</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>Списъкът е празен. Отворете институция и изберете „Добави в списъка“.</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>В листовката: най-близките първо от %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>избраната на картата точка</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>Въведете адреса на клиента, за да отпечатате разстояния и време пеша.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>Премахни %1 от списъка</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Език на клиента</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Запази листовката като PDF…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>Изпразни списъка</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Запази листовката като PDF</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>Листовката е запазена в %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>Началната страница: големи плочки с теми и избор на език</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>Списък (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>Институциите, избрани за клиент, и листовката им</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Инструменти</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>Печат на картата, импорт на списъци, експорт на изгледа</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Използвай местоположението ми</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>Подреди списъка по разстояние от вас</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Определяне на местоположението…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>вашето местоположение</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Нулиране на другите филтри</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>Експорт на контактите на просрочените институции</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>Непроверено от</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Месеци от последната проверка</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месеца</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>%n институция за потвърждение</numerusform>
            <numerusform>%n институции за потвърждение</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Експорт на контактите…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>Просрочените институции с телефон, имейл и уебсайт, като CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Никога не е проверявано</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Последна проверка %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редактиране</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>Редактиране от координатора: записи, чернови и опашка за преглед</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Плочки на картата</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>Автоматично: офлайн картата, ако има, иначе онлайн</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>Онлайн плочки</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн карта на града</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>Без: само районите</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Важи от следващото стартиране</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>За Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>Офлайн карта на града…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>Данните на офлайн картата са от %1.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Обнови…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (средата на улицата)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>Въведено като „%1“.</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>%1 е с пощенски код %2, а не %3. Този адрес ли е?</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 е в %2, а не в %3. Този адрес ли е?</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>Подреди по разстояние от %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 от %2 институции</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ още 1 направление</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ още %1 направления</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн карта на града</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>Изтегляне на данните за картата…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>Изрязване по границите на града…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Рисуване на картата…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>Офлайн картата е готова, с данни за картата от %1. Ще се покаже при следващото стартиране.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>Няма връзка със сървъра за изтегляне или тя прекъсна. Изтегленото се запазва и „Опитай отново“ продължава оттам.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>Сървърът за изтегляне отговори с грешка.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>Данните не можаха да бъдат запазени: дискът пълен ли е?</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>Изтегленият файл беше повреден и е изтрит. „Опитай отново“ го изтегля наново.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>Отменено. Изтегленото се запазва и следващото изтегляне продължава оттам.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>Изтеглените данни не могат да се използват за този град: повредени са или не покриват града.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>Инструментът за картата не можа да се стартира.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>Изтегля данните от OpenStreetMap за региона около града (около 100 MB), изрязва ги по града и рисува картата от тях, така че картата да работи без сървър за плочки. Сегашната карта остава, докато новата не е готова.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 от %2 MB, %3 MB/s</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 от %2 плочки</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитай отново</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Изтегли</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Рестартирай сега</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>Офлайн картата е готова, с данни за картата от %1, и картата я показва сега.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>Направление на работа</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>В радиус</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 м или същия район</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Разстояние</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>Не са намерени припокриващи се услуги.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n група, най-неотложните първо</numerusform>
            <numerusform>%n групи, най-неотложните първо</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Експорт на списъка…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>Експорт на припокриващите се услуги</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортирано в %1</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>Институции</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>работното време е неизвестно</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>мястото е приблизително</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Начална страница</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>Помощ и консултации в %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>Покажи картата на този език</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Какво търсите?</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 място</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 места</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>Покажи всичко на картата</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>Картата показва районите на града; маркерите, списъкът и търсенето работят както обикновено.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>Няма плочки на картата: този компютър изглежда е офлайн.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>Няма плочки на картата: сървърът %1 не отговаря.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>Няма плочки на картата: сървърът %1 ги отказа (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>Няма плочки на картата: сървърът %1 е претоварен или в неизправност (%2); опитайте по-късно.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>Няма плочки на картата: сървърът %1 изпрати нещо, което не е изображение на карта.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>Плочките на картата са изключени (Инструменти → Плочки на картата).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>Все още няма офлайн карта на града (Инструменти → Плочки на картата → Онлайн плочки).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>Няма плочки на картата: адресът на плочките не може да се използва: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>Няма плочки на картата: профилът на града не посочва сървър за плочки.</translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation>%1–%2 на 10 000</translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation>%1–%2 % по-далеч</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>В хранилището няма райони. Импортирайте квартали с „Импорт на списък…“ (райони).</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>В хранилището няма райони от вида %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>Няма какво да се експортира: първо изберете направление и слой с райони.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Всички целеви групи</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>Няма каталог за импорт.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>Няма каталог за експорт.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>Няма каталог за печат.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>Карта на %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>избраната на картата точка</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>Достъп без стъпала</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Със стъпала</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>Достъпът без стъпала е неизвестен</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>Мястото е измерено</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>Мястото е определено по адреса</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>Мястото е приблизително, не точно</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Временно затворено</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Вече не се предлага</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>Вградената таксономия или профилът на града са повредени: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>Вградените демонстрационни данни не могат да бъдат прочетени: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>не е връзка stadtplan:</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 трябва да е ШИРИНА,ДЪЛЖИНА, а не „%2“</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>неизвестно направление „%1“</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>мащабът трябва да е число от 0 до 22, а не „%1“</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>неизвестен филтър „%1“</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>Всяка целева група</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>Всеки вид институция</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Всеки език</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>Няма настроен справочник на адресите.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>Справочникът на адресите %1 не може да се използва: %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1 · %2 min on foot</source>
        <translation>%1 · %2 мин пеша</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Необходимо е направление</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Без направление</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>Мястото е определено по адреса (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt трябва да е дата и час като 2026-12-01T10:30, а не „%1“</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>Демонстрационни данни: реални институции в Билефелд, събрани от публични източници, местоположенията са приблизителни, нищо още не е проверено. Координаторът проверява всеки запис преди публикуване.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>С предварително записан час</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>Без предварителен час, не е нужно записване</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%n институция на %1</numerusform>
            <numerusform>%n институции на %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n институция</numerusform>
            <numerusform>%n институции</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>Всички направления</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>Връзка само за четене: тази роля може да разглежда записите, но не и да ги променя.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>Свързано с общата база данни с роля за редактиране.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>Редактиране на хранилището %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>Носител (организация)</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>Цена (празно: неизвестна, &quot;free&quot;: безплатно)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Нужно е направление</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>Последна проверка (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Проверено от</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>Източник на местоположението</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Достъп без стъпала</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Направления на работа</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целеви групи</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>Езици (кодове, напр. de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>Работно време (напр. Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>Нов запис: попълнете поне името и едно направление на работа, след това запазете като чернова.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(услуга без име)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Нужно е име.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Не е имейл адрес.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Не е уеб адрес (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>Невалидно работно време: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>Изберете поне едно направление на работа.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>Неизвестно направление на работа: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>Неизвестна целева група: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>Не е код на език: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Не е дата: пишете като ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>Проверката не може да е в бъдещето.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>Записът има нужда от местоположение на картата.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>Извън %1: преместете маркера в града.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>измерено на място</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>геокодирано от адреса</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>приблизително (така е показано)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предлага се</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>временно затворено</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>вече не се предлага</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Няма нищо за запазване.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Първо поправете полетата, отбелязани в червено.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>Изпратено за преглед: докато промените не бъдат одобрени, всички виждат записа без промени.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Архивирано.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Черновата е запазена.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>Някой друг междувременно запази този запис. Изберете за всяко поле кой вариант да остане.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>Не е запазено: %1 Промените ви се пазят; запазете отново, когато хранилището е достъпно.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>Одобрено: %1 е публикувано с промените.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>Отхвърлено: предложените промени бяха премахнати.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>Публикувано: %1 вече е на публичната карта.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Записване на час</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>нужен е предварителен час</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>без предварителен час</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>Местоположението не може да се използва (вижте настройките за поверителност на системата).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>Местоположението не беше намерено навреме.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>Няма налично местоположение.</translation>
    </message>
</context>
</TS>
