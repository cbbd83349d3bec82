<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>О программе Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: карта услуг организаций по интеграции.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Фрагменты карты</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн-карта города</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>Граница города, районы и население</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>Карта: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n маркер</numerusform>
            <numerusform>%n маркера</numerusform>
            <numerusform>%n маркеров</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>Учреждения по этому адресу</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>%n учреждение по этому адресу</numerusform>
            <numerusform>%n учреждения по этому адресу</numerusform>
            <numerusform>%n учреждений по этому адресу</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 в радиусе %2 м</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>Положение редактируемой записи; перетащите, чтобы переместить</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>Нет фрагментов карты: метки показаны поверх границы города.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>Направление работы</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Слой районов</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 м по прямой</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Цвет по</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>Доля дальше расстояния</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>Услуг на 10 000 жителей</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n подходящая услуга</numerusform>
            <numerusform>%n подходящие услуги</numerusform>
            <numerusform>%n подходящих услуг</numerusform>
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
        <translation>/10 тыс.</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Сортировать по: %1</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: услуг %2, %3 % дальше расстояния</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>Экспорт таблицы охвата</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Проверка (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>Добавить учреждение</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>Затем щёлкните на карте там, где оно находится</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>Щёлкните на карте там, где находится новое учреждение.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>Выберите маркер, чтобы редактировать его запись, или добавьте учреждение.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>Или добавьте по адресу, например Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>Адрес нового учреждения</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>Нет в списке адресов. Ближайшие: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>Новая запись: черновик, не публична до публикации</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>Черновик: не публичен до публикации</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>В архиве: больше не показывается</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>Опубликовано: изменения сначала идут на проверку</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Мой вариант: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Их вариант: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Сохранить с этим выбором</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Добавить услугу</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>Проверено мной сегодня</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>Устанавливает дату последней проверки и того, кто её провёл</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Отправить на проверку</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>Сохраняется вместе с историей, больше не показывается</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Ничего не ждёт проверки.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>Новая запись, черновик</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>Изменения предложил(а) %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(изменено с тех пор: сейчас %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>Другие фильтры (вкл.: %1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Другие фильтры</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Сбросить другие фильтры</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Открыто сейчас</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Доступ без ступенек</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Бесплатно</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Без направления</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Открыто в</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Только без записи</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 учреждение</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>Учреждений: %1</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>Помощь и консультации рядом с вами</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>По состоянию на %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Ваш адрес</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>пешком</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
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
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Языки общения</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>Ближайшая остановка</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* Место на карте приблизительное; адрес верный.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>нужна</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>приём без записи</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Список содержит</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>учреждения</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>районы (округа)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>Содержимое списка</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Проверка каждой записи…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Импортировано: новых %1, обновлено %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Система координат</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>как указано в списке</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>Гаусс–Крюгер, зона 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>Система координат списка, если он её не указывает</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>Используется, если в списке она не указана, напр. для столбцов Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>обычные названия столбцов</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Выбрать файл сопоставления</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>Обычные названия</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>Импортировать без файла сопоставления</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>Готово к импорту: новых %1, обновить %2, без изменений %3; 1 предупреждение.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>Готово к импорту: новых %1, обновить %2, без изменений %3; %n предупреждение.</numerusform>
            <numerusform>Готово к импорту: новых %1, обновить %2, без изменений %3; %n предупреждения.</numerusform>
            <numerusform>Готово к импорту: новых %1, обновить %2, без изменений %3; %n предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 ошибка: ничего не будет импортировано, пока она не исправлена.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n ошибка: ничего не будет импортировано, пока ошибки не исправлены.</numerusform>
            <numerusform>%n ошибки: ничего не будет импортировано, пока они не исправлены.</numerusform>
            <numerusform>%n ошибок: ничего не будет импортировано, пока они не исправлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>Файл сопоставления для этого списка</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>Файлы сопоставления (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>адреса с координатами (координаты домов)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>1 строка с ошибками: исправьте её и проверьте снова или импортируйте корректные записи без неё (новых %1, обновлено %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n строка с ошибками: исправьте её и проверьте снова или импортируйте корректные записи без неё (новых %1, обновлено %2).</numerusform>
            <numerusform>%n строки с ошибками: исправьте их и проверьте снова или импортируйте корректные записи без них (новых %1, обновлено %2).</numerusform>
            <numerusform>%n строк с ошибками: исправьте их и проверьте снова или импортируйте корректные записи без них (новых %1, обновлено %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>1 строка пропущена из-за ошибок, в %1: исправьте её там и импортируйте этот файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n строка пропущена из-за ошибок, в %1: исправьте её там и импортируйте этот файл.</numerusform>
            <numerusform>%n строки пропущены из-за ошибок, в %1: исправьте их там и импортируйте этот файл.</numerusform>
            <numerusform>%n строк пропущено из-за ошибок, в %1: исправьте их там и импортируйте этот файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>Открыть пропущенные строки</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>Импортировать без строки с ошибками</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>Импортировать без %n строки с ошибками</numerusform>
            <numerusform>Импортировать без %n строк с ошибками</numerusform>
            <numerusform>Импортировать без %n строк с ошибками</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>Прочитана 1 запись: новых %1, обновлено %2, без изменений %3</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>Прочитана %n запись: новых %1, обновлено %2, без изменений %3</numerusform>
            <numerusform>Прочитано %n записи: новых %1, обновлено %2, без изменений %3</numerusform>
            <numerusform>Прочитано %n записей: новых %1, обновлено %2, без изменений %3</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>; %1 из этого списка в нём больше нет (сохранены)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 ошибка</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
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
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>Ничего не записано (пробный запуск); 1 строка была бы пропущена из-за ошибок.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>Ничего не записано (пробный запуск); %n строка была бы пропущена из-за ошибок.</numerusform>
            <numerusform>Ничего не записано (пробный запуск); %n строки были бы пропущены из-за ошибок.</numerusform>
            <numerusform>Ничего не записано (пробный запуск); %n строк было бы пропущено из-за ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>Корректные записи записаны в одной транзакции; 1 строка пропущена из-за ошибок.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Корректные записи записаны в одной транзакции; %n строка пропущена из-за ошибок.</numerusform>
            <numerusform>Корректные записи записаны в одной транзакции; %n строки пропущены из-за ошибок.</numerusform>
            <numerusform>Корректные записи записаны в одной транзакции; %n строк пропущено из-за ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>Нечего записывать; 1 строка пропущена из-за ошибок.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Нечего записывать; %n строка пропущена из-за ошибок.</numerusform>
            <numerusform>Нечего записывать; %n строки пропущены из-за ошибок.</numerusform>
            <numerusform>Нечего записывать; %n строк пропущено из-за ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>Пропущенные строки находятся в %1, каждая со своей проблемой: исправьте их там и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>Ничего не записано: в списке в целом есть ошибки; исправьте их и импортируйте снова.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>Ничего не записано: исправьте ошибки и импортируйте снова (или импортируйте корректные записи без строк с ошибками).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>Ничего не записано: исправьте ошибки и импортируйте снова (или импортируйте корректные записи с --accept-valid).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Ничего не записано (пробный запуск).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>Записано в одной транзакции.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>Нечего записывать: хранилище уже содержит этот список.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs или «Система координат» в окне импорта приложения</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping или «Сопоставление» в окне импорта приложения</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>укажите её (%1), например EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>как вы указали</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>известное имя</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>угадано по заголовку</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 из &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>список не называет систему координат; прочитанные как %2 (%3), его точки лежат в %1, поэтому они так и прочитаны; если это неверно, укажите правильную (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>объект %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>данные не называют систему координат: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>для x/y нужна система координат: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>нет положения: ни точечной геометрии, ни широты/долготы, ни x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>нет положения: ни точечной геометрии, ни широты/долготы, ни x/y, и нет --gazetteer или --geocode-online, чтобы найти адрес</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>лежит за пределами %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; не является веб-адресом</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; ничему не соответствует в таксономии; сопоставьте его в файле сопоставления</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>нет направления</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; не является адресом электронной почты</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>список не говорит, как получены его точки, поэтому они помечены как приблизительные; defaults.position_source в сопоставлении может указать surveyed или geocoded</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>столбец %1 не импортируется: ни одно поле модели его не принимает; файл сопоставления (%2) может назначить его полю</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>столбцы %1 не импортируются: ни одно поле модели их не принимает; файл сопоставления (%2) может назначить их полям</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>прочитанные столбцы: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>неверно угаданный столбец указывается через --field FIELD=COLUMN (или файл сопоставления)</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>ни один столбец не содержит названий; столбцы списка: %1; укажите нужный через --field name=COLUMN</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>ни один столбец не содержит направлений; столбцы списка: %1; укажите нужный через --field focus_areas=COLUMN или задайте всем записям одно через --default focus_areas=ID</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>не читается как %1: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>это не формат, который GDAL читает как векторные данные (это действительно то, что говорит имя?)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>не содержит ни таблицы, ни слоя</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; — не система координат, известная PROJ (попробуйте EPSG:25832)</translation>
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
        <translation>&apos;%1&apos; — не surveyed, geocoded или estimated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; — не тип учреждения в таксономии; сопоставьте его в файле сопоставления</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; не называет улицу</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; — не да и не нет</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; — не активно, не временно закрыто и не неактивно</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; не дата</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; — не да, нет или неизвестно</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>без идентификатора</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>под идентификатором %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>то же название, адрес и предложение, что и %1 %2: импортировано один раз</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>то же название и адрес, что и %1 %2: импортировано как одно учреждение с %3 предложениями</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>идентификатору и названию</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>названию и адресу</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>названию и месту</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>обновляет %1 &apos;%2&apos; (найдено по %3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>обновляет %1 &apos;%2&apos; из списка &apos;%3&apos; (найдено по %4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>список похож на новую версию &apos;%1&apos; (найдено %2 из %3 записей): теперь они относятся к этому списку</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; пришло из этого списка, но в нём его больше нет; сохранено</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>не содержит записей</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>заголовок в строках с %1 по %2 (заголовки над группами столбцов присоединены к именам их столбцов)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>заголовок в строке %1</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>; строка 1 над ним пропускается</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>; строки с 1 по %1 над ним пропускаются</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>; строка %1 содержит единицы и пропускается</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>; записи начинаются со строки %1</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>удалённому источнику нужна сеть, которую этот импорт использовать не может (разрешите через --allow-network)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>данные называют собственную систему координат; указанная (%1) не используется</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>форму нельзя пересчитать в WGS84</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>не многоугольник</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>не точка; взята точка формы</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>положение нельзя пересчитать в WGS84</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>адресный справочник %1: пропущено %2 записей без пригодного положения</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>нет в адресном справочнике %1</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>не найден в %1 через %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, и </translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>продолжает %1 (то же %2), но отличается названием, адресом, положением, организацией или описанием</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>название и адрес</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>список не указывает жителей для %1; для них сохранены прилагаемые данные города</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; есть в хранилище с другими данными; сохранены данные хранилища</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>возможно, то же, что %1 &apos;%2&apos; в хранилище (в %3 м)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>пропущенные строки (%1) не удалось записать в %2: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>в %1 ещё нет хранилища; импорт создал бы его</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (--create создаёт его)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 из %2 точек лежат за пределами %3</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: широта и долгота, похоже, перепутаны (%1 из них лежали бы в %2 наоборот)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>как широта/долгота WGS84</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: верна ли система координат? Точки прочитаны %1; если данные её не называют, укажите другую (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer должен быть institutions или areas</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>в источнике %1 слоёв; импортирован первый, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>чтение остановилось после %1 записей: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; не целое число</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>та же территория, что и %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; есть в нескольких местах адресного справочника %2: почтовый индекс указывает, в каком</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>сопоставление не является объектом JSON (%1 в позиции %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>неизвестный раздел &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; — не поле модели (известные: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: у &apos;%1&apos; нет словаря (он есть у: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; сопоставлено с &apos;%3&apos;, которого нет в таксономии</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; — не поле модели</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>сопоставление не является корректным YAML (строка %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>сопоставление не является YAML-словарём разделов</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>нет геометрии</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>повторяет %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>в GDAL нет драйвера %1</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>его нельзя создать</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>нет слоя</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>нельзя создать столбец</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>нельзя записать строку</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; в будущем; проверка не может быть в будущем</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; не говорит ни о том, нужна ли запись, ни о том, можно ли прийти без записи</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Проверено %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Для: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Часы работы неизвестны</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Контактных данных пока нет</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>Также по этому адресу:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>В списке ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Добавить в список</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Добавить в список</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>Ещё не переведено; показано на немецком.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>Скрыть историю</translation>
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
        <translation>Изменений пока не записано.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Проверено %1, проверил(а): %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>Черновик: ещё не опубликован</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>План города – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>Импорт списка учреждений</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>Списки и геоданные (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>Экспорт показанных учреждений</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>Поделиться этим видом</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>Ссылка скопирована. Открывший её увидит эти фильтры, этот поиск и этот участок карты.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>Ссылка на этот вид</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>Печать плана города</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>Карта и перечень показанных учреждений: %1 (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>Карта и перечень всех учреждений: %1.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>Сохранить план города как PDF</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>План города сохранён: %1</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>План города %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>Найдено %1 из %2 учреждений</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 учреждение</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>Учреждений: %1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>Показать, насколько районы обеспечены по направлению</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>Поделиться…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>Ссылка именно на этот вид для коллеги</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>Печать плана…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Импорт списка…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Экспорт вида…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Пересечения</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Вероятных дубликатов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>%n пара, возможно, одно учреждение</numerusform>
            <numerusform>%n пары, возможно, одно учреждение</numerusform>
            <numerusform>%n пар, возможно, одно учреждение</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 и %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>Поиск по названиям, организациям, услугам…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>Находит учреждения по мере ввода; написание и одна опечатка в слове прощаются</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>Дополнить до %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>Адрес клиента, напр. Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>Нажмите Enter, чтобы отсортировать список по расстоянию от этого адреса</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>«%1» нет в списке адресов. Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>«%1» нет в списке адресов, и похожих адресов нет.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Сначала ближайшие к %1 (по прямой; кольца 0,5, 1, 2 и 5 км)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Сначала ближайшие к точке на карте (по прямой; кольца 0,5, 1, 2 и 5 км)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Убрать точку</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>Щёлкните правой кнопкой по карте (на сенсорном экране — долгое нажатие), чтобы сортировать по расстоянию оттуда.</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>В хранилище пока нет учреждений.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>По запросу «%1»%2 ничего не найдено.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> в выбранных направлениях</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>Ни одно учреждение не предлагает всё это.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>Показать все направления</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>Список для клиента</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>Список пуст. Откройте учреждение и выберите «Добавить в список».</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>В памятке: сначала ближайшие к %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>выбранной на карте точки</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>Укажите адрес клиента, чтобы напечатать расстояния и время пешком.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>Убрать %1 из списка</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Язык клиента</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Сохранить памятку как PDF…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Сохранить памятку как PDF</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>Памятка сохранена: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>Стартовая страница: большие плитки тем и выбор языка</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>Список (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>Учреждения, выбранные для клиента, и памятка</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>Печать плана, импорт списков, экспорт вида</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Моё местоположение</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>Сортировать список по расстоянию от вас</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Определяем ваше местоположение…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>вашего местоположения</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Сбросить другие фильтры</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>Экспорт контактов просроченных учреждений</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>Не проверено уже</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Месяцев с последней проверки</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>%n учреждение — запросить подтверждение</numerusform>
            <numerusform>%n учреждения — запросить подтверждение</numerusform>
            <numerusform>%n учреждений — запросить подтверждение</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Экспорт контактов…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>Просроченные учреждения с телефоном, почтой и сайтом, в CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Никогда не проверялось</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Последняя проверка %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редактировать</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>Редактирование координатора: записи, черновики и очередь проверки</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Фрагменты карты</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>Автоматически: офлайн-карта, если есть, иначе онлайн</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>Онлайн-фрагменты</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн-карта города</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>Нет: только районы</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Вступит в силу при следующем запуске</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>О программе Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>Офлайн-карта города…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>Данные офлайн-карты от %1.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Обновить…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (середина улицы)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>Введено как «%1».</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>У адреса %1 индекс %2, а не %3. Это нужный адрес?</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 находится в %2, а не в %3. Это нужный адрес?</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>Сортировать по расстоянию от %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 из %2 учреждений</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ ещё 1 направление</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ ещё %1 направлений</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>Офлайн-карта города</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>Загрузка данных карты…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>Обрезка по границам города…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Отрисовка карты…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>Офлайн-карта готова, данные карты от %1. Она будет показана при следующем запуске.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>Нет соединения с сервером загрузки, или оно прервалось. Загруженное сохраняется, и «Повторить» продолжит с этого места.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>Сервер загрузки ответил ошибкой.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>Не удалось сохранить данные: диск заполнен?</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>Загруженный файл был повреждён и удалён. «Повторить» загрузит его заново.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>Отменено. Загруженное сохраняется, и следующая загрузка продолжит с этого места.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>Загруженные данные нельзя использовать для этого города: они повреждены или не охватывают город.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>Не удалось запустить инструмент карты.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>Загружает данные OpenStreetMap для региона вокруг города (около 100 МБ), обрезает их по городу и рисует по ним карту, чтобы она работала без сервера тайлов. Текущая карта остаётся, пока новая не будет готова.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 из %2 МБ, %3 МБ/с</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 из %2 тайлов</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>Офлайн-карта готова, данные карты от %1, и карта уже показывает её.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>Направление работы</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>В радиусе</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 м или тот же район</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>Пересекающихся предложений не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n группа, самые важные сначала</numerusform>
            <numerusform>%n группы, самые важные сначала</numerusform>
            <numerusform>%n групп, самые важные сначала</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>Экспорт пересекающихся предложений</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>часы работы неизвестны</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>место приблизительно</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Стартовая страница</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>Помощь и консультации в городе %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>Показать карту на этом языке</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Что вы ищете?</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 место</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>Мест: %1</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>Показать всё на карте</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>Карта показывает районы города; метки, список и поиск работают как обычно.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>Нет фрагментов карты: похоже, этот компьютер не в сети.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>Нет фрагментов карты: сервер %1 не отвечает.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>Нет фрагментов карты: сервер %1 отказал в них (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>Нет фрагментов карты: сервер %1 перегружен или неисправен (%2); попробуйте позже.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>Нет фрагментов карты: сервер %1 прислал то, что не является изображением карты.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>Фрагменты карты отключены (Инструменты → Фрагменты карты).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>Офлайн-карта города ещё не создана (Инструменты → Фрагменты карты → Онлайн-фрагменты).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>Нет фрагментов карты: адрес фрагментов непригоден: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>Нет фрагментов карты: в профиле города не указан сервер фрагментов.</translation>
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
        <translation>%1–%2 % дальше</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>В хранилище нет районов. Импортируйте их через «Импорт списка…» (районы).</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>В хранилище нет районов вида %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>Нечего экспортировать: сначала выберите направление и слой районов.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Все целевые группы</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>Нет каталога для импорта.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>Нет каталога для экспорта.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>Нет каталога для печати.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>План города %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>выбранной на карте точки</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>Доступ без ступенек</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Есть ступеньки</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>Доступ без ступенек неизвестен</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>Место измерено</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>Место определено по адресу</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>Место приблизительное, не точное</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Временно закрыто</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Больше не предлагается</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>Встроенная таксономия или профиль города повреждены: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>Не удаётся прочитать встроенные демоданные: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>это не ссылка stadtplan:</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 должно быть ШИРОТА,ДОЛГОТА, а не «%2»</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>неизвестное направление «%1»</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>масштаб должен быть числом от 0 до 22, а не «%1»</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>неизвестный фильтр «%1»</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>Любая целевая группа</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>Любой вид учреждения</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>Справочник адресов не настроен.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>Справочник адресов %1 нельзя использовать: %2</translation>
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
        <translation>%1 · %2 мин пешком</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Нужно направление</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Без направления</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>Место определено по адресу (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt должно быть датой и временем вида 2026-12-01T10:30, а не «%1»</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>Демонстрационные данные: реальные учреждения Билефельда из открытых источников, местоположения приблизительные, ничего ещё не проверено. Координатор проверяет каждую запись перед публикацией.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>По записи</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>Приём без записи, запись не нужна</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%n учреждение: %1</numerusform>
            <numerusform>%n учреждения: %1</numerusform>
            <numerusform>%n учреждений: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n учреждение</numerusform>
            <numerusform>%n учреждения</numerusform>
            <numerusform>%n учреждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>Все направления</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>Подключение только для чтения: эта роль может просматривать записи, но не изменять их.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>Подключено к общей базе данных с ролью редактора.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>Редактирование хранилища %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>Организация-учредитель</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>Стоимость (пусто: неизвестно, &quot;free&quot;: бесплатно)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Нужно направление</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>Последняя проверка (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Проверил(а)</translation>
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
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>Источник положения</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Доступ без ступеней</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>Языки (коды, например de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>Часы работы (например Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>Новая запись: укажите хотя бы название и одно направление работы, затем сохраните как черновик.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(услуга без названия)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Нужно название.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Это не адрес эл. почты.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Это не веб-адрес (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>Неверные часы работы: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>Выберите хотя бы одно направление работы.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>Неизвестное направление работы: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>Неизвестная целевая группа: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>Это не код языка: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Это не дата: пишите как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>Проверка не может быть в будущем.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>Записи нужно положение на карте.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>За пределами %1: переместите маркер в город.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>измерено на месте</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>геокодировано по адресу</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>приблизительно (так и показано)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предоставляется</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>временно закрыто</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>больше не предоставляется</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Сначала исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>Отправлено на проверку: пока изменения не одобрены, все видят запись без изменений.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Перемещено в архив.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>Кто-то другой тем временем сохранил эту запись. Выберите для каждого поля, какой вариант оставить.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>Не сохранено: %1 Ваши изменения сохранены в редакторе; сохраните снова, когда хранилище будет доступно.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>Одобрено: %1 опубликовано с изменениями.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>Отклонено: предложенные изменения отброшены.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>Опубликовано: %1 теперь на общедоступной карте.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>нужна запись</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>приём без записи</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>Использовать местоположение нельзя (см. настройки конфиденциальности системы).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>Местоположение не найдено вовремя.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>Местоположение недоступно.</translation>
    </message>
</context>
</TS>
