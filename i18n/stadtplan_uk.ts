<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>Про Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: мапа послуг організацій з інтеграції.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Фрагменти мапи</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн-мапа міста</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>Межа міста, райони та населення</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>Мапа: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n маркер</numerusform>
            <numerusform>%n маркери</numerusform>
            <numerusform>%n маркерів</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>Установи за цією адресою</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>%n установа за цією адресою</numerusform>
            <numerusform>%n установи за цією адресою</numerusform>
            <numerusform>%n установ за цією адресою</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 у радіусі %2 м</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Наблизити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Віддалити</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>Розташування запису, що редагується; перетягніть, щоб перемістити</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>Немає фрагментів мапи: позначки показано поверх межі міста.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>Напрям роботи</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Цільова група</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Райони</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Шар районів</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 м по прямій</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Колір за</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>Частка далі за відстань</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>Послуг на 10 000 мешканців</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n відповідна послуга</numerusform>
            <numerusform>%n відповідні послуги</numerusform>
            <numerusform>%n відповідних послуг</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>Меш.</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>Посл.</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/10 тис.</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Сортувати за: %1</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: послуг %2, %3 % далі за відстань</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Експорт таблиці…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>Експорт таблиці охоплення</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
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
        <translation>Перевірка (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>Додати установу</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>Потім клацніть на карті там, де вона розташована</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>Клацніть на карті там, де розташована нова установа.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>Виберіть маркер, щоб редагувати його запис, або додайте установу.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>Або додайте за адресою, наприклад Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>Адреса нової установи</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>Немає в списку адрес. Найближчі: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>Новий запис: чернетка, не публічна до публікації</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>Чернетка: не публічна до публікації</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>В архіві: більше не показується</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>Опубліковано: зміни спершу йдуть на перевірку</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Мій варіант: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Їхній варіант: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Зберегти з цим вибором</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Додати послугу</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>Перевірено мною сьогодні</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>Встановлює дату останньої перевірки та того, хто її провів</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Надіслати на перевірку</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Зберегти чернетку</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архів</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>Зберігається разом з історією, більше не показується</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Нічого не чекає на перевірку.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>Новий запис, чернетка</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>Зміни запропонував(ла) %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опублікувати</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Схвалити</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(змінено відтоді: зараз %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>Інші фільтри (увімк.: %1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Інші фільтри</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Скинути інші фільтри</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Відчинено зараз</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Доступ без сходинок</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Без направлення</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Відчинено о</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Лише без запису</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>Напрями роботи</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показати всі</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 установа</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>Установ: %1</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>Допомога та консультації поруч із вами</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Станом на %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Ваша адреса</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>пішки</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Мови спілкування</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>Найближча зупинка</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* Місце на мапі приблизне; адреса правильна.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>потрібен</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>прийом без запису</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Імпорт: %1</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Список містить</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>установи</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>райони (округи)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>Вміст списку</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Перевірка кожного запису…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Імпортовано: нових %1, оновлено %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Система координат</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>як зазначено в списку</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>Гаусс–Крюгер, зона 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>Система координат списку, якщо він її не зазначає</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>Використовується, якщо список її не зазначає, напр. для стовпців Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Зіставлення</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>звичні назви стовпців</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Вибрати файл зіставлення</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>Звичні назви</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>Імпортувати без файлу зіставлення</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>Готово до імпорту: нових %1, оновити %2, без змін %3; 1 попередження.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>Готово до імпорту: нових %1, оновити %2, без змін %3; %n попередження.</numerusform>
            <numerusform>Готово до імпорту: нових %1, оновити %2, без змін %3; %n попередження.</numerusform>
            <numerusform>Готово до імпорту: нових %1, оновити %2, без змін %3; %n попереджень.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 помилка: нічого не буде імпортовано, доки її не виправлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n помилка: нічого не буде імпортовано, доки помилки не виправлено.</numerusform>
            <numerusform>%n помилки: нічого не буде імпортовано, доки їх не виправлено.</numerusform>
            <numerusform>%n помилок: нічого не буде імпортовано, доки їх не виправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>Файл зіставлення для цього списку</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>Файли зіставлення (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>адреси з розташуванням (координати будинків)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>1 рядок з помилками: виправте його й перевірте знову або імпортуйте коректні записи без нього (нових %1, оновлено %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n рядок з помилками: виправте його й перевірте знову або імпортуйте коректні записи без нього (нових %1, оновлено %2).</numerusform>
            <numerusform>%n рядки з помилками: виправте їх і перевірте знову або імпортуйте коректні записи без них (нових %1, оновлено %2).</numerusform>
            <numerusform>%n рядків з помилками: виправте їх і перевірте знову або імпортуйте коректні записи без них (нових %1, оновлено %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>1 рядок пропущено через помилки, у %1: виправте його там та імпортуйте цей файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n рядок пропущено через помилки, у %1: виправте його там та імпортуйте цей файл.</numerusform>
            <numerusform>%n рядки пропущено через помилки, у %1: виправте їх там та імпортуйте цей файл.</numerusform>
            <numerusform>%n рядків пропущено через помилки, у %1: виправте їх там та імпортуйте цей файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>Відкрити пропущені рядки</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>Імпортувати без рядка з помилками</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>Імпортувати без %n рядка з помилками</numerusform>
            <numerusform>Імпортувати без %n рядків з помилками</numerusform>
            <numerusform>Імпортувати без %n рядків з помилками</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>Прочитано 1 запис: нових %1, оновлено %2, без змін %3</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>Прочитано %n запис: нових %1, оновлено %2, без змін %3</numerusform>
            <numerusform>Прочитано %n записи: нових %1, оновлено %2, без змін %3</numerusform>
            <numerusform>Прочитано %n записів: нових %1, оновлено %2, без змін %3</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>; %1 з цього списку в ньому більше немає (збережено)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 помилка</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 попередження</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>Нічого не записано (пробний запуск); 1 рядок було б пропущено через помилки.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>Нічого не записано (пробний запуск); %n рядок було б пропущено через помилки.</numerusform>
            <numerusform>Нічого не записано (пробний запуск); %n рядки було б пропущено через помилки.</numerusform>
            <numerusform>Нічого не записано (пробний запуск); %n рядків було б пропущено через помилки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>Коректні записи записано в одній транзакції; 1 рядок пропущено через помилки.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Коректні записи записано в одній транзакції; %n рядок пропущено через помилки.</numerusform>
            <numerusform>Коректні записи записано в одній транзакції; %n рядки пропущено через помилки.</numerusform>
            <numerusform>Коректні записи записано в одній транзакції; %n рядків пропущено через помилки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>Нічого записувати; 1 рядок пропущено через помилки.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Нічого записувати; %n рядок пропущено через помилки.</numerusform>
            <numerusform>Нічого записувати; %n рядки пропущено через помилки.</numerusform>
            <numerusform>Нічого записувати; %n рядків пропущено через помилки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>Пропущені рядки знаходяться в %1, кожен зі своєю проблемою: виправте їх там та імпортуйте цей файл.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>Нічого не записано: список загалом має помилки; виправте їх та імпортуйте знову.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>Нічого не записано: виправте помилки та імпортуйте знову (або імпортуйте коректні записи без рядків з помилками).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>Нічого не записано: виправте помилки та імпортуйте знову (або імпортуйте коректні записи з --accept-valid).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Нічого не записано (пробний запуск).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>Записано в одній транзакції.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>Нічого записувати: сховище вже містить цей список.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs або «Система координат» у вікні імпорту застосунку</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping або «Відповідність» у вікні імпорту застосунку</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>вкажіть її (%1), наприклад EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>як ви вказали</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>відома назва</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>вгадано за заголовком</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 з &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>список не називає системи координат; прочитані як %2 (%3), його точки лежать у %1, тому їх так і прочитано; якщо це хибно, вкажіть правильну (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>об’єкт %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>відсутнє</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>дані не називають системи координат: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>для x/y потрібна система координат: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>немає положення: ні точкової геометрії, ні широти/довготи, ні x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>немає положення: ні точкової геометрії, ні широти/довготи, ні x/y, і немає --gazetteer чи --geocode-online, щоб знайти адресу</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>лежить поза %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; не є вебадресою</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; нічому не відповідає в таксономії; зіставте його у файлі відповідності</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>немає напряму</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; не є адресою електронної пошти</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>список не каже, як отримано його точки, тож їх позначено як приблизні; defaults.position_source у відповідності може вказати surveyed або geocoded</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>стовпець %1 не імпортується: жодне поле моделі його не приймає; файл відповідності (%2) може призначити його полю</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>стовпці %1 не імпортуються: жодне поле моделі їх не приймає; файл відповідності (%2) може призначити їх полям</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>прочитані стовпці: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>хибно вгаданий стовпець вказується через --field FIELD=COLUMN (або файл відповідності)</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>жоден стовпець не містить назв; стовпці списку: %1; вкажіть потрібний через --field name=COLUMN</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>жоден стовпець не містить напрямів; стовпці списку: %1; вкажіть потрібний через --field focus_areas=COLUMN або дайте всім записам один через --default focus_areas=ID</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>такого файлу немає</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>не читається як %1: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>це не формат, який GDAL читає як векторні дані (чи це те, що каже назва?)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>не містить ні таблиці, ні шару</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; — не система координат, відома PROJ (спробуйте EPSG:25832)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; не число</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; — не surveyed, geocoded чи estimated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; — не тип установи в таксономії; зіставте його у файлі відповідності</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; не називає вулиці</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; — ні так, ні ні</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; — не активне, не тимчасово закрите й не неактивне</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; не дата</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; — не так, ні чи невідомо</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>без ідентифікатора</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>під ідентифікатором %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>та сама назва, адреса й пропозиція, що й %1 %2: імпортовано один раз</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>та сама назва й адреса, що й %1 %2: імпортовано як одну установу з %3 пропозиціями</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>ідентифікатором і назвою</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>назвою й адресою</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>назвою й місцем</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>оновлює %1 &apos;%2&apos; (знайдено за %3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>оновлює %1 &apos;%2&apos; зі списку &apos;%3&apos; (знайдено за %4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>список схожий на нову версію &apos;%1&apos; (знайдено %2 з %3 записів): тепер вони належать цьому списку</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; походить із цього списку, але в ньому його більше немає; збережено</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>не містить записів</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>заголовок у рядках з %1 по %2 (заголовки над групами стовпців приєднано до назв їхніх стовпців)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>заголовок у рядку %1</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>; рядок 1 над ним пропускається</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>; рядки з 1 по %1 над ним пропускаються</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>; рядок %1 містить одиниці й пропускається</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>; записи починаються з рядка %1</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>віддаленому джерелу потрібна мережа, якою цей імпорт користуватися не може (дозвольте через --allow-network)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>дані називають власну систему координат; вказану (%1) не використано</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>форму не можна перерахувати у WGS84</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>не багатокутник</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>не точка; взято точку форми</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>положення не можна перерахувати у WGS84</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>адресний довідник %1: пропущено %2 записів без придатного положення</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>немає в адресному довіднику %1</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>не знайдено в %1 через %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, і </translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>продовжує %1 (те саме %2), але відрізняється назвою, адресою, положенням, організацією чи описом</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>назва й адреса</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>список не вказує мешканців для %1; для них збережено додані дані міста</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; є у сховищі з іншими даними; збережено дані сховища</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>можливо, те саме, що %1 &apos;%2&apos; у сховищі (за %3 м)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>пропущені рядки (%1) не вдалося записати до %2: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>у %1 ще немає сховища; імпорт створив би його</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (--create створює його)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 з %2 точок лежать поза %3</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: широту й довготу, схоже, переплутано (%1 з них лежали б у %2 навпаки)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>як широту/довготу WGS84</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>у %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: чи правильна система координат? Точки прочитано %1; якщо дані її не називають, вкажіть іншу (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer має бути institutions або areas</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>у джерелі %1 шарів; імпортовано перший, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>читання зупинилося після %1 записів: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; не ціле число</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>та сама територія, що й %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; є в кількох місцях адресного довідника %2: поштовий індекс вказує, у якому</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>відповідність не є об’єктом JSON (%1 на позиції %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>невідомий розділ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; — не поле моделі (відомі: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; не має словника (він є в: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; зіставлено з &apos;%3&apos;, якого немає в таксономії</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; — не поле моделі</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>відповідність не є коректним YAML (рядок %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>відповідність не є YAML-словником розділів</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>немає геометрії</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>повторює %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>у GDAL немає драйвера %1</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>його не можна створити</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>немає шару</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>не можна створити стовпець</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>не можна записати рядок</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; у майбутньому; перевірка не може бути в майбутньому</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; не вказує ні чи потрібен запис, ні чи можна прийти без запису</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Перевірено %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Ще не перевірено</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Для: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Мови: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Години роботи невідомі</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Контактних даних ще немає</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>Також за цією адресою:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>У списку ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Додати до списку</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>Прибрати зі списку</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Додати до списку</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>Ще не перекладено; показано німецькою.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>Сховати історію</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Змін ще не записано.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Перевірено %1, перевірив(-ла): %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>Чернетка: ще не опублікована</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>План міста – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>Імпорт списку установ</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>Списки та геодані (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>Експорт показаних установ</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>Поділитися цим виглядом</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>Посилання скопійовано. Хто його відкриє, побачить ці фільтри, цей пошук і цю частину мапи.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>Посилання на цей вигляд</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>Друк плану міста</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>Мапа та перелік показаних установ: %1 (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>Мапа та перелік усіх установ: %1.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Зберегти як PDF…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>Зберегти план міста як PDF</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>План міста збережено: %1</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>План міста %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>Знайдено %1 з %2 установ</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 установа</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>Установ: %1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>Показати, наскільки райони забезпечені за напрямом</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>Поділитися…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>Посилання саме на цей вигляд для колеги</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>Друк плану…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Імпорт списку…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Експорт вигляду…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Перетини</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дублікати</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Імовірних дублікатів немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>%n пара, можливо, одна установа</numerusform>
            <numerusform>%n пари, можливо, одна установа</numerusform>
            <numerusform>%n пар, можливо, одна установа</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 і %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>Пошук за назвами, організаціями, послугами…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>Знаходить установи під час введення; написання та одна описка в слові не заважають</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистити пошук</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>Доповнити до %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>Адреса клієнта, напр. Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>Натисніть Enter, щоб упорядкувати список за відстанню від цієї адреси</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>«%1» немає в списку адрес. Можливо, ви мали на увазі:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>«%1» немає в списку адрес, і схожих адрес немає.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Використати %1</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Спочатку найближчі до %1 (по прямій; кільця 0,5, 1, 2 і 5 км)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Спочатку найближчі до точки на мапі (по прямій; кільця 0,5, 1, 2 і 5 км)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Прибрати точку</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>Клацніть правою кнопкою на мапі (на сенсорному екрані — довге натискання), щоб сортувати за відстанню звідти.</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>У сховищі ще немає установ.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>За запитом «%1»%2 нічого не знайдено.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> у вибраних напрямах</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>Жодна установа не пропонує все це.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>Показати всі напрями</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>Список для клієнта</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>Список порожній. Відкрийте установу й виберіть «Додати до списку».</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>У пам&apos;ятці: спочатку найближчі до %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>вибраної на мапі точки</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>Вкажіть адресу клієнта, щоб надрукувати відстані й час пішки.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>Прибрати %1 зі списку</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Мова клієнта</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Зберегти пам&apos;ятку як PDF…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>Очистити список</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Зберегти пам&apos;ятку як PDF</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>Пам&apos;ятку збережено: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>Стартова сторінка: великі плитки тем і вибір мови</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>Список (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>Установи, вибрані для клієнта, і пам&apos;ятка</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Інструменти</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>Друк плану, імпорт списків, експорт вигляду</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Моє місцезнаходження</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>Упорядкувати список за відстанню від вас</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Визначаємо ваше місцезнаходження…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>вашого місцезнаходження</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Скинути інші фільтри</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>Експорт контактів прострочених установ</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>Не перевірено вже</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Місяців від останньої перевірки</translation>
    </message>
    <message>
        <source>months</source>
        <translation>міс.</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>%n установа — запитати підтвердження</numerusform>
            <numerusform>%n установи — запитати підтвердження</numerusform>
            <numerusform>%n установ — запитати підтвердження</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Експорт контактів…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>Прострочені установи з телефоном, поштою та сайтом, у CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Ніколи не перевірялося</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Остання перевірка %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>Редагування координатора: записи, чернетки та черга перевірки</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Фрагменти мапи</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>Автоматично: офлайн-мапа, якщо є, інакше онлайн</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>Онлайн-фрагменти</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн-мапа міста</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>Немає: лише райони</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Набуде чинності під час наступного запуску</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>Про Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>Офлайн-мапа міста…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>Дані офлайн-мапи від %1.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Оновити…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (середина вулиці)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>Введено як «%1».</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>Адреса %1 має індекс %2, а не %3. Це потрібна адреса?</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 розташовано в %2, а не в %3. Це потрібна адреса?</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>Сортувати за відстанню від %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 з %2 установ</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ ще 1 напрям</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ ще %1 напрямів</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн-мапа міста</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>Завантаження даних мапи…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>Обрізання за межами міста…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Малювання мапи…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>Офлайн-мапа готова, дані мапи від %1. Її буде показано під час наступного запуску.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>Немає з’єднання із сервером завантаження, або воно обірвалося. Завантажене зберігається, і «Спробувати ще раз» продовжить з цього місця.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>Сервер завантаження відповів помилкою.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>Не вдалося зберегти дані: диск заповнений?</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>Завантажений файл був пошкоджений і його видалено. «Спробувати ще раз» завантажить його наново.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>Скасовано. Завантажене зберігається, і наступне завантаження продовжить з цього місця.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>Завантажені дані не можна використати для цього міста: вони пошкоджені або не охоплюють місто.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>Не вдалося запустити інструмент мапи.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>Завантажує дані OpenStreetMap для регіону навколо міста (близько 100 МБ), обрізає їх за містом і малює з них мапу, щоб вона працювала без сервера тайлів. Поточна мапа залишається, доки нова не буде готова.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 з %2 МБ, %3 МБ/с</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 з %2 тайлів</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустити зараз</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>Офлайн-мапа готова, дані мапи від %1, і мапа вже показує її.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>Напрям роботи</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>У радіусі</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 м або той самий район</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>Пропозицій, що перетинаються, не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n група, найважливіші спочатку</numerusform>
            <numerusform>%n групи, найважливіші спочатку</numerusform>
            <numerusform>%n груп, найважливіші спочатку</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Експорт списку…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>Експорт пропозицій, що перетинаються</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>години роботи невідомі</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>місце приблизне</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Стартова сторінка</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>Допомога та консультації в місті %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>Показати мапу цією мовою</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Що ви шукаєте?</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 місце</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>Місць: %1</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>Показати все на мапі</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>Мапа показує райони міста; позначки, список і пошук працюють як звичайно.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>Немає фрагментів мапи: схоже, цей комп&apos;ютер не в мережі.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>Немає фрагментів мапи: сервер %1 не відповідає.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>Немає фрагментів мапи: сервер %1 відмовив у них (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>Немає фрагментів мапи: сервер %1 перевантажений або несправний (%2); спробуйте пізніше.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>Немає фрагментів мапи: сервер %1 надіслав те, що не є зображенням мапи.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>Фрагменти мапи вимкнено (Інструменти → Фрагменти мапи).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>Офлайн-мапу міста ще не створено (Інструменти → Фрагменти мапи → Онлайн-фрагменти).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>Немає фрагментів мапи: адреса фрагментів непридатна: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>Немає фрагментів мапи: у профілі міста не вказано сервер фрагментів.</translation>
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
        <translation>%1–%2 % далі</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>У сховищі немає районів. Імпортуйте їх через «Імпорт списку…» (райони).</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>У сховищі немає районів виду %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>Нічого експортувати: спершу виберіть напрям і шар районів.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Усі цільові групи</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>Немає каталогу для імпорту.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>Немає каталогу для експорту.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>Немає каталогу для друку.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>План міста %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>вибраної на мапі точки</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>Доступ без сходинок</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Є сходинки</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>Доступ без сходинок невідомий</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>Місце виміряне</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>Місце визначено за адресою</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>Місце приблизне, не точне</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Тимчасово зачинено</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Більше не пропонується</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>Вбудована таксономія або профіль міста пошкоджені: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>Не вдається прочитати вбудовані демодані: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>це не посилання stadtplan:</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 має бути ШИРОТА,ДОВГОТА, а не «%2»</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>невідомий напрям «%1»</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>масштаб має бути числом від 0 до 22, а не «%1»</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>невідомий фільтр «%1»</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>Будь-яка цільова група</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>Будь-який вид установи</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>Довідник адрес не налаштовано.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>Довідник адрес %1 не можна використати: %2</translation>
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
        <translation>%1 · %2 хв пішки</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Потрібне направлення</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Без направлення</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>Місце визначено за адресою (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt має бути датою й часом на кшталт 2026-12-01T10:30, а не «%1»</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>Демонстраційні дані: реальні установи Білефельда з відкритих джерел, розташування приблизні, нічого ще не перевірено. Координатор перевіряє кожен запис перед публікацією.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>За записом</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>Прийом без запису, запис не потрібен</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%n установа: %1</numerusform>
            <numerusform>%n установи: %1</numerusform>
            <numerusform>%n установ: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n установа</numerusform>
            <numerusform>%n установи</numerusform>
            <numerusform>%n установ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>Усі напрями</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>Підключення лише для читання: ця роль може переглядати записи, але не змінювати їх.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>Підключено до спільної бази даних з роллю редактора.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>Редагування сховища %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>Організація-засновник</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>Вартість (порожньо: невідомо, &quot;free&quot;: безкоштовно)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Потрібне направлення</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>Остання перевірка (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Перевірив(ла)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Розташування</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>Джерело розташування</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Доступ без сходів</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Напрями роботи</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Цільові групи</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>Мови (коди, наприклад de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>Години роботи (наприклад Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>Новий запис: вкажіть щонайменше назву й один напрям роботи, потім збережіть як чернетку.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(послуга без назви)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Потрібна назва.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Це не адреса ел. пошти.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Це не вебадреса (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>Недійсні години роботи: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>Виберіть щонайменше один напрям роботи.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>Невідомий напрям роботи: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>Невідома цільова група: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>Це не код мови: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Це не дата: пишіть як РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>Перевірка не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>Запису потрібне розташування на карті.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>Поза межами %1: перемістіть маркер у місто.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>виміряно на місці</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>геокодовано за адресою</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>приблизно (так і показано)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>надається</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>тимчасово закрито</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>більше не надається</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нічого зберігати.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Спершу виправте поля, позначені червоним.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>Надіслано на перевірку: доки зміни не схвалено, усі бачать запис без змін.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Переміщено в архів.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Чернетку збережено.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>Хтось інший тим часом зберіг цей запис. Виберіть для кожного поля, який варіант залишити.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>Не збережено: %1 Ваші зміни залишаються в редакторі; збережіть знову, коли сховище буде доступне.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>Схвалено: %1 опубліковано зі змінами.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>Відхилено: запропоновані зміни відкинуто.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>Опубліковано: %1 тепер на загальнодоступній карті.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>потрібен запис</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>прийом без запису</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>Використовувати місцезнаходження не можна (див. налаштування приватності системи).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>Місцезнаходження не знайдено вчасно.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>Місцезнаходження недоступне.</translation>
    </message>
</context>
</TS>
