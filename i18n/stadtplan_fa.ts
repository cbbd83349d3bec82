<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>درباره Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: نقشه خدمات نهادهای ادغام.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>کاشی‌های نقشه</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>نقشه آفلاین شهر</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>مرز شهر، مناطق و جمعیت</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>نقشه %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n نشانگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>نهادها در این نشانی</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>%n نهاد در این نشانی</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>راهنمای نقشه</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 در شعاع %2 متر</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>موقعیت رکوردِ در حال ویرایش؛ برای جابه‌جایی بکشید</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>کاشی نقشه‌ای نیست: نشانگرها روی مرز شهر نمایش داده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>حوزه کاری</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>گروه هدف</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>لایه مناطق</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 متر، خط مستقیم</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>رنگ‌آمیزی بر اساس</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>سهم دورتر از فاصله</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>خدمات به ازای هر ۱۰٬۰۰۰ نفر</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n خدمت منطبق</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>جمعیت</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/۱۰ هزار</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>دورتر</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>مرتب‌سازی بر اساس %1</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: %2 خدمت، %3 درصد دورتر از فاصله</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>خروجی جدول…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>خروجی جدول پوشش</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>به %1 صادر شد</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>منبع: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>بازبینی (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>افزودن مؤسسه</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>سپس روی نقشه در جای آن کلیک کنید</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>روی نقشه در جای مؤسسهٔ جدید کلیک کنید.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>یک نشانگر را برای ویرایش رکوردش انتخاب کنید، یا یک مؤسسه اضافه کنید.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>یا در یک نشانی اضافه کنید، مثلاً Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>نشانی یک مؤسسهٔ جدید</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>در فهرست نشانی‌ها نیست. نزدیک‌ترین: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>رکورد جدید: پیش‌نویس، تا انتشار عمومی نیست</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>پیش‌نویس: تا انتشار عمومی نیست</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>بایگانی‌شده: دیگر نمایش داده نمی‌شود</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>منتشرشده: تغییرات ابتدا به بازبینی می‌روند</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>مال من: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>مال آن‌ها: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>ذخیره با این انتخاب‌ها</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>افزودن خدمت</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>امروز توسط من تأیید شد</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>تاریخ آخرین تأیید و انجام‌دهندهٔ آن را تنظیم می‌کند</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>ارسال برای بازبینی</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیرهٔ پیش‌نویس</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>با تاریخچه‌اش نگه داشته می‌شود، دیگر نمایش داده نمی‌شود</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>چیزی در انتظار بازبینی نیست.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>رکورد جدید، پیش‌نویس</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>تغییرات پیشنهادی %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>انتشار</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(از آن زمان تغییر کرده: اکنون %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>فیلترهای بیشتر (%1 فعال)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>فیلترهای بیشتر</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>بازنشانی فیلترهای دیگر</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>اکنون باز است</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>ورودی بدون پله</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>بدون نیاز به معرفی‌نامه</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>باز در</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>فقط بدون وقت قبلی</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>حوزه‌های کاری</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>۱ نهاد</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 نهاد</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>کمک و مشاوره در نزدیکی شما</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>نشانی شما</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>پیاده</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>زبان‌های گفتاری</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>نزدیک‌ترین ایستگاه</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* موقعیت روی نقشه تخمینی است؛ نشانی درست است.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>وقت قبلی</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>لازم است</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>مراجعه بدون وقت قبلی</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>%1 وارد شد</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>وارد کردن %1</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>فهرست شامل</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>نهادها</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>مناطق (محله‌ها)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>محتوای فهرست</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>در حال بررسی همه رکوردها…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>وارد شد: %1 جدید، %2 به‌روزشده.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>دستگاه مختصات</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>همان‌طور که فهرست مشخص کرده</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>گاوس-کروگر، ناحیهٔ 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>دستگاه مختصات فهرست، اگر آن را مشخص نکرده باشد</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>وقتی فهرست دستگاهی مشخص نکرده است به کار می‌رود، مثلاً برای ستون‌های Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>نگاشت</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>نام‌های معمول ستون‌ها</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>انتخاب پروندهٔ نگاشت</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>نام‌های معمول</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>وارد کردن بدون پروندهٔ نگاشت</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>آماده وارد کردن: %1 جدید، %2 به‌روزشده، %3 بدون تغییر؛ 1 هشدار.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>آماده وارد کردن: %1 جدید، %2 به‌روزشده، %3 بدون تغییر؛ %n هشدار.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 خطا: تا اصلاح نشود چیزی وارد نمی‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n خطا: تا اصلاح نشوند چیزی وارد نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>پروندهٔ نگاشت برای این فهرست</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>پرونده‌های نگاشت (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>نشانی‌ها با موقعیت (مختصات ساختمان‌ها)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>۱ ردیف با خطا: آن را اصلاح و دوباره بررسی کنید، یا رکوردهای معتبر را بدون آن وارد کنید (%1 جدید، %2 به‌روزشده).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n ردیف با خطا: آن‌ها را اصلاح و دوباره بررسی کنید، یا رکوردهای معتبر را بدون آن‌ها وارد کنید (%1 جدید، %2 به‌روزشده).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>۱ ردیف به‌خاطر خطاهایش کنار گذاشته شد، در %1: آن را همان‌جا اصلاح کنید و آن فایل را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n ردیف به‌خاطر خطاهایشان کنار گذاشته شدند، در %1: آن‌ها را همان‌جا اصلاح کنید و آن فایل را وارد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>باز کردن ردیف‌های کنارگذاشته</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>وارد کردن بدون ردیف دارای خطا</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>وارد کردن بدون %n ردیف دارای خطا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>۱ رکورد خوانده شد: %1 جدید، %2 به‌روزشده، %3 بدون تغییر</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>%n رکورد خوانده شد: %1 جدید، %2 به‌روزشده، %3 بدون تغییر</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>؛ %1 از این فهرست دیگر در آن نیست (نگه داشته شد)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>۱ خطا</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n خطا</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>۱ هشدار</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n هشدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>چیزی نوشته نشد (اجرای آزمایشی)؛ ۱ ردیف به‌خاطر خطاهایش کنار گذاشته می‌شد.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>چیزی نوشته نشد (اجرای آزمایشی)؛ %n ردیف به‌خاطر خطاهایشان کنار گذاشته می‌شدند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>رکوردهای معتبر در یک تراکنش نوشته شدند؛ ۱ ردیف به‌خاطر خطاهایش کنار گذاشته شد.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>رکوردهای معتبر در یک تراکنش نوشته شدند؛ %n ردیف به‌خاطر خطاهایشان کنار گذاشته شدند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>چیزی برای نوشتن نیست؛ ۱ ردیف به‌خاطر خطاهایش کنار گذاشته شد.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>چیزی برای نوشتن نیست؛ %n ردیف به‌خاطر خطاهایشان کنار گذاشته شدند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>ردیف‌های کنارگذاشته در %1 هستند، هر کدام با مشکلش: آن‌ها را همان‌جا اصلاح کنید و آن فایل را وارد کنید.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>چیزی نوشته نشد: فهرست در کل خطا دارد؛ آن‌ها را اصلاح و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>چیزی نوشته نشد: خطاها را اصلاح و دوباره وارد کنید (یا رکوردهای معتبر را بدون ردیف‌های دارای خطا وارد کنید).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>چیزی نوشته نشد: خطاها را اصلاح و دوباره وارد کنید (یا رکوردهای معتبر را با --accept-valid وارد کنید).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>چیزی نوشته نشد (اجرای آزمایشی).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>در یک تراکنش نوشته شد.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>چیزی برای نوشتن نیست: مخزن این فهرست را از قبل دارد.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs، یا «دستگاه مختصات» در پنجره‌ی ورود برنامه</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping، یا «نگاشت» در پنجره‌ی ورود برنامه</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>آن را مشخص کنید (%1)، مثلاً EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>همان‌طور که مشخص کردید</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>نامی شناخته‌شده</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>از عنوانش حدس زده شد</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 از &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>فهرست هیچ دستگاه مختصاتی را نام نمی‌برد؛ موقعیت‌هایش اگر با %2 (%3) خوانده شوند در %1 قرار می‌گیرند، پس چنین خوانده شدند؛ اگر نادرست است، دستگاه درست را مشخص کنید (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ردیف %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>عارضه‌ی %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>داده‌ها دستگاه مختصاتی را نام نمی‌برند: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>x/y به دستگاه مختصات نیاز دارند: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>موقعیت ندارد: نه هندسه‌ی نقطه‌ای، نه عرض/طول جغرافیایی و نه x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>موقعیت ندارد: نه هندسه‌ی نقطه‌ای، نه عرض/طول جغرافیایی و نه x/y، و نه --gazetteer یا --geocode-online برای یافتن نشانی‌اش</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>بیرون از %1 است (%2، %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; نشانی وب نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; با هیچ چیزی در رده‌بندی مطابقت ندارد؛ آن را در یک فایل نگاشت نگاشت کنید</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>بدون حوزه‌ی کاری</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>فهرست نمی‌گوید موقعیت‌هایش چگونه به دست آمده‌اند، پس برآوردی علامت خوردند؛ defaults.position_source در نگاشت می‌تواند surveyed یا geocoded بگوید</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>ستون %1 وارد نمی‌شود: هیچ فیلدی از مدل آن را نمی‌گیرد؛ یک فایل نگاشت (%2) می‌تواند آن را به فیلدی نسبت دهد</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>ستون‌های %1 وارد نمی‌شوند: هیچ فیلدی از مدل آن‌ها را نمی‌گیرد؛ یک فایل نگاشت (%2) می‌تواند آن‌ها را به فیلدها نسبت دهد</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>ستون‌های خوانده‌شده: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>ستونی که اشتباه حدس زده شده با --field FIELD=COLUMN (یا یک فایل نگاشت) مشخص می‌شود</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>هیچ ستونی نام‌ها را ندارد؛ ستون‌های فهرست %1 هستند؛ ستون درست را با --field name=COLUMN مشخص کنید</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>هیچ ستونی حوزه‌های کاری را ندارد؛ ستون‌های فهرست %1 هستند؛ ستون درست را با --field focus_areas=COLUMN مشخص کنید، یا با --default focus_areas=ID به همه‌ی رکوردها یکی بدهید</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>چنین فایلی وجود ندارد</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>فایل خالی است</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>به‌صورت %1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>قالبی نیست که GDAL آن را داده‌ی برداری بخواند (آیا همان است که نامش می‌گوید؟)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>هیچ جدول یا لایه‌ای ندارد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; دستگاه مختصاتی نیست که PROJ بشناسد (EPSG:25832 را امتحان کنید)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; عدد نیست</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; هیچ‌یک از surveyed، geocoded یا estimated نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; نوع نهادی در رده‌بندی نیست؛ آن را در یک فایل نگاشت نگاشت کنید</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; هیچ خیابانی را نام نمی‌برد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; نه بله است نه خیر</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; هیچ‌یک از فعال، موقتاً بسته یا غیرفعال نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; تاریخ نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; هیچ‌یک از بله، خیر یا نامعلوم نیست</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>بدون شناسه</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>با شناسه‌ی %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>همان نام، نشانی و خدمت %1 %2: یک بار وارد شد</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>همان نام و نشانی %1 %2: به‌صورت یک نهاد با %3 خدمت وارد شد</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>شناسه و نامش</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>نام و نشانی‌اش</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>نام و موقعیتش</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>%1 &apos;%2&apos; را به‌روز می‌کند (یافته‌شده با %3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>%1 &apos;%2&apos; از فهرست &apos;%3&apos; را به‌روز می‌کند (یافته‌شده با %4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>فهرست به نسخه‌ی تازه‌ای از &apos;%1&apos; می‌ماند (%2 از %3 رکوردش یافت شد): اکنون متعلق به این فهرست‌اند</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; از این فهرست آمده بود اما دیگر در آن نیست؛ نگه داشته شد</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>هیچ رکوردی ندارد</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>سرستون در ردیف‌های %1 تا %2 است (عنوان‌های بالای گروه ستون‌ها به نام ستون‌هایشان افزوده می‌شوند)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>سرستون در ردیف %1 است</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>؛ از ردیف ۱ بالای آن چشم‌پوشی می‌شود</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>؛ از ردیف‌های ۱ تا %1 بالای آن چشم‌پوشی می‌شود</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>؛ ردیف %1 واحدها را دارد و از آن چشم‌پوشی می‌شود</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>؛ رکوردها از ردیف %1 آغاز می‌شوند</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>منبع دوردست به شبکه نیاز دارد که این ورود اجازه‌ی استفاده از آن را ندارد (با --allow-network اجازه دهید)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>داده‌ها دستگاه مختصات خود را نام می‌برند؛ دستگاه داده‌شده (%1) به کار نمی‌رود</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>شکل را نمی‌توان به WGS84 تبدیل کرد</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>چندضلعی نیست</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>نقطه نیست؛ نقطه‌ای از شکل برداشته شد</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>موقعیت را نمی‌توان به WGS84 تبدیل کرد</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>نشانی‌نامه‌ی %1: از %2 مدخل بدون موقعیت قابل‌استفاده چشم‌پوشی شد</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>در نشانی‌نامه‌ی %1 نیست</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>%2 آن را در %1 نیافت</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>، و</translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>ادامه‌ی %1 است (همان %2) اما در نام، نشانی، موقعیت، متولی یا توضیح فرق دارد</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>نام و نشانی</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>فهرست جمعیتی برای %1 نمی‌دهد؛ ارقام همراه شهر برای آن‌ها نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; با جزئیات دیگری در مخزن هست؛ جزئیات مخزن نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>شاید همان %1 &apos;%2&apos; در مخزن باشد (%3 متر فاصله)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>ردیف‌های کنارگذاشته (%1) در %2 نوشته نشدند: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>هنوز مخزنی در %1 نیست؛ ورود آن را می‌سازد</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (‏--create یکی می‌سازد)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 از %2 موقعیت بیرون از %3 قرار دارند</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: عرض و طول جغرافیایی جابه‌جا به نظر می‌رسند (%1 از آن‌ها برعکس در %2 قرار می‌گرفتند)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>به‌صورت عرض/طول جغرافیایی WGS84</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>در %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: آیا دستگاه مختصات درست است؟ موقعیت‌ها %1 خوانده شدند؛ اگر داده‌ها دستگاهی نام نمی‌برند، دستگاه دیگری مشخص کنید (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer باید institutions یا areas باشد</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>منبع %1 لایه دارد؛ نخستین، &apos;%2&apos;، وارد شد</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>خواندن پس از %1 رکورد متوقف شد: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; عدد صحیح نیست</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>همان ناحیه‌ی %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; در چند جای نشانی‌نامه‌ی %2 هست: کد پستی می‌گوید کدام</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>نگاشت یک شیء JSON نیست (%1 در موضع %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>بخش ناشناخته‌ی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; فیلدی از مدل نیست (شناخته‌شده‌ها: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; واژگانی ندارد (این‌ها دارند: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; به &apos;%3&apos; نگاشت می‌شود که در رده‌بندی نیست</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; فیلدی از مدل نیست</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>نگاشت YAML معتبری نیست (سطر %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>نگاشت یک نقشه‌ی YAML از بخش‌ها نیست</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطای ناشناخته</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>بدون هندسه</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>%1 را تکرار می‌کند</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL درایور %1 ندارد</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>ساخته نمی‌شود</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>بدون لایه</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>ستونی ساخته نمی‌شود</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>ردیفی نوشته نمی‌شود</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; در آینده است؛ تاریخ بررسی نمی‌تواند در آینده باشد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; مشخص نمی‌کند که وقت قبلی لازم است یا می‌توان بدون وقت قبلی مراجعه کرد</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>تأییدشده در %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>هنوز تأیید نشده</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>برای: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>زبان‌ها: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>ساعات کاری: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>ساعات کاری نامشخص</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>هنوز اطلاعات تماس نیست</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>همچنین در این نشانی:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>در فهرست کوتاه ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>افزودن به فهرست کوتاه</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>حذف از فهرست کوتاه</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>افزودن به فهرست کوتاه</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>هنوز ترجمه نشده؛ به آلمانی نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>پنهان کردن تاریخچه</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 ← %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>هنوز تغییری ثبت نشده است.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>تأییدشده در %1 توسط %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>پیش‌نویس: هنوز عمومی نیست</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>نقشه شهر – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>وارد کردن فهرست نهادها</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>فهرست‌ها و داده‌های مکانی (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>خروجی نهادهای نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>به %1 صادر شد</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>اشتراک‌گذاری این نما</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>پیوند در کلیپ‌بورد است. هر کس آن را باز کند همین فیلترها، همین جستجو و همین بخش نقشه را می‌بیند.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>پیوند این نما</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>چاپ نقشه شهر</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>نقشه و فهرست %1 نهاد نمایش‌داده‌شده (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>نقشه و فهرست همه %1 نهاد.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>ذخیره نقشه شهر به صورت PDF</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>نقشه شهر در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>نقشه شهر %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>%1 از %2 نهاد پیدا شد</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>۱ نهاد</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 نهاد</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>نمایش میزان پوشش محله‌ها در یک حوزه کاری</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>اشتراک‌گذاری نما…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>پیوندی دقیقاً به همین نما، برای همکار</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>چاپ نقشه شهر…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>وارد کردن فهرست…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>خروجی نما…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>زبان رابط</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>هم‌پوشانی‌ها</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>موارد تکراری</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>مورد تکراری احتمالی نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>%n جفت که شاید یک نهاد باشند</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 و %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>جستجوی نام‌ها، متولیان، خدمات…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>هنگام تایپ نهادها را پیدا می‌کند؛ املای متفاوت و یک غلط در هر واژه پذیرفته است</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>پاک کردن جستجو</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>تکمیل به %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>نشانی مراجع، مثلاً Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>برای مرتب‌سازی فهرست بر اساس فاصله از این نشانی Enter را بزنید</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>«%1» در فهرست نشانی‌ها نیست. منظورتان این است:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>«%1» در فهرست نشانی‌ها نیست و نشانی مشابهی هم نیست.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>استفاده از %1</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>نزدیک‌ترین‌ها اول از %1 (خط مستقیم؛ حلقه‌ها در ۰٫۵، ۱، ۲ و ۵ کیلومتر)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>نزدیک‌ترین‌ها اول از نقطه روی نقشه (خط مستقیم؛ حلقه‌ها در ۰٫۵، ۱، ۲ و ۵ کیلومتر)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>حذف نقطه</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>برای مرتب‌سازی بر اساس فاصله از آن نقطه، روی نقشه راست‌کلیک کنید (در صفحه لمسی طولانی فشار دهید).</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>هنوز هیچ نهادی در پایگاه داده نیست.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>برای «%1»%2 چیزی پیدا نشد.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> در حوزه‌های کاری انتخاب‌شده</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>هیچ نهادی همه این‌ها را ارائه نمی‌دهد.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>نمایش همه حوزه‌های کاری</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>فهرست کوتاه برای مراجع</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>فهرست کوتاه خالی است. یک نهاد را باز کنید و «افزودن به فهرست کوتاه» را بزنید.</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>در برگه چاپی: نزدیک‌ترین‌ها اول از %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>نقطه انتخاب‌شده روی نقشه</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>برای چاپ فاصله‌ها و زمان پیاده‌روی، نشانی مراجع را وارد کنید.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>حذف %1 از فهرست کوتاه</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>زبان مراجع</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>ذخیره برگه به صورت PDF…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>خالی کردن فهرست کوتاه</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>ذخیره برگه به صورت PDF</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>برگه در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>صفحه آغاز: کاشی‌های بزرگ موضوع‌ها و انتخاب زبان</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>فهرست کوتاه (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>نهادهای انتخاب‌شده برای یک مراجع و برگه آن</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ابزارها</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>چاپ نقشه شهر، وارد کردن فهرست‌ها، خروجی نما</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>استفاده از موقعیت من</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>مرتب‌سازی فهرست بر اساس فاصله از جایی که هستید</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>در حال یافتن موقعیت شما…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>موقعیت شما</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>بازنشانی فیلترهای دیگر</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>خروجی اطلاعات تماس نهادهای معوق</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>بررسی‌نشده از</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>ماه‌ها از آخرین بررسی</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ماه</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>%n نهاد برای درخواست تأیید</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>خروجی اطلاعات تماس…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>نهادهای معوق با تلفن، ایمیل و وب‌سایت، به صورت CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>هرگز بررسی نشده</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>آخرین بررسی %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>ویرایش هماهنگ‌کننده: رکوردها، پیش‌نویس‌ها و صف بازبینی</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>کاشی‌های نقشه</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>خودکار: نقشه آفلاین اگر باشد، وگرنه آنلاین</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>کاشی‌های آنلاین</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>نقشه آفلاین شهر</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>هیچ: فقط مناطق</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>از اجرای بعدی اعمال می‌شود</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>درباره Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>نقشهٔ آفلاین شهر…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>داده‌های نقشهٔ آفلاین شهر مربوط به %1 است.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>به‌روزرسانی…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (میانه‌ی خیابان)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>به این صورت نوشته شد: «%1».</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>کد پستی %1 برابر %2 است، نه %3. آیا همین نشانی است؟</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 در %2 است، نه در %3. آیا همین نشانی است؟</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>مرتب‌سازی بر اساس فاصله از %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 از %2 نهاد</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ ۱ حوزه‌ی کاری دیگر</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ %1 حوزه‌ی کاری دیگر</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>نقشهٔ آفلاین شهر</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>در حال دانلود داده‌های نقشه…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>در حال برش آن به محدودهٔ شهر…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>در حال رسم نقشه…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>نقشهٔ آفلاین شهر آماده است، با داده‌های نقشه از تاریخ %1. از اجرای بعدی نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>اتصالی به سرور دانلود نیست، یا قطع شد. آنچه دانلود شده نگه داشته می‌شود و «تلاش دوباره» از همان‌جا ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>سرور دانلود با خطا پاسخ داد.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>داده‌ها ذخیره نشدند: آیا دیسک پر است؟</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>فایل دانلودشده خراب بود و حذف شد. «تلاش دوباره» آن را از نو دانلود می‌کند.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>لغو شد. آنچه دانلود شده نگه داشته می‌شود و دانلود بعدی از همان‌جا ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>داده‌های دانلودشده برای این شهر قابل استفاده نیستند: خراب‌اند یا شهر را پوشش نمی‌دهند.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>ابزار نقشه اجرا نشد.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>داده‌های OpenStreetMap منطقهٔ اطراف شهر را دانلود می‌کند (حدود ۱۰۰ مگابایت)، آن را به محدودهٔ شهر برش می‌دهد و نقشه را از آن رسم می‌کند تا نقشه بدون سرور کاشی کار کند. نقشهٔ فعلی تا کامل شدن نقشهٔ جدید باقی می‌ماند.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 از %2 مگابایت، %3 مگابایت/ثانیه</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 از %2 کاشی</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>دانلود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>اکنون راه‌اندازی دوباره</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>نقشهٔ آفلاین شهر آماده است، با داده‌های نقشه از تاریخ %1، و نقشه اکنون آن را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>حوزه کاری</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>در شعاع</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 متر یا همان منطقه</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>خدمت هم‌پوشانی پیدا نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n گروه، فوری‌ترین اول</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>خروجی فهرست…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>خروجی خدمات هم‌پوشان</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>به %1 صادر شد</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>نهادها</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>ساعات کاری نامشخص</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>موقعیت تخمینی</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>صفحه آغاز</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>کمک و مشاوره در %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>نمایش نقشه به این زبان</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>دنبال چه هستید؟</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>۱ مکان</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 مکان</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>نمایش همه چیز روی نقشه</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>نقشه مناطق شهر را نشان می‌دهد؛ نشانگرها، فهرست و جستجو مثل همیشه کار می‌کنند.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>کاشی نقشه‌ای نیست: به نظر می‌رسد این رایانه آفلاین است.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>کاشی نقشه‌ای نیست: سرور کاشی %1 پاسخ نمی‌دهد.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>کاشی نقشه‌ای نیست: سرور کاشی %1 آن‌ها را رد کرد (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>کاشی نقشه‌ای نیست: سرور کاشی %1 مشغول است یا خطا دارد (%2)؛ بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>کاشی نقشه‌ای نیست: سرور کاشی %1 چیزی فرستاد که تصویر نقشه نیست.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>کاشی‌های نقشه خاموش است (ابزارها ← کاشی‌های نقشه برای انتخاب).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>هنوز نقشه آفلاین شهر ساخته نشده است (ابزارها ← کاشی‌های نقشه ← کاشی‌های آنلاین).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>کاشی نقشه‌ای نیست: نشانی کاشی‌ها قابل استفاده نیست: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>کاشی نقشه‌ای نیست: نمایه شهر هیچ سرور کاشی را نام نمی‌برد.</translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation>%1–%2 در هر ۱۰٬۰۰۰</translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation>%1–%2 درصد دورتر</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>پایگاه داده هیچ منطقه‌ای ندارد. محله‌ها را با «وارد کردن فهرست…» (مناطق) وارد کنید.</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>پایگاه داده منطقه‌ای از نوع %1 ندارد.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>چیزی برای خروجی نیست: ابتدا یک حوزه کاری و لایه مناطق انتخاب کنید.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>همه گروه‌های هدف</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>فهرستی برای وارد کردن نیست.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>فهرستی برای خروجی نیست.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>فهرستی برای چاپ نیست.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>نقشه شهر %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>نقطه انتخاب‌شده روی نقشه</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>ورودی بدون پله</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>دارای پله</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>ورودی بدون پله نامشخص</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>موقعیت اندازه‌گیری‌شده</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>موقعیت از روی نشانی</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>موقعیت تخمینی، نه دقیق</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>موقتاً بسته</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>دیگر ارائه نمی‌شود</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>طبقه‌بندی همراه یا نمایه شهر خراب است: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>داده‌های نمایشی همراه خوانده نمی‌شوند: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>پیوند stadtplan: نیست</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 باید LAT,LON باشد، نه &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>حوزه کاری ناشناخته &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>بزرگ‌نمایی باید عددی از ۰ تا ۲۲ باشد، نه &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>فیلتر ناشناخته &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>هر گروه هدف</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>هر نوع نهاد</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبان</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>فهرست نشانی‌ها تنظیم نشده است.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>فهرست نشانی‌های %1 قابل استفاده نیست: %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 متر</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 کیلومتر</translation>
    </message>
    <message>
        <source>%1 · %2 min on foot</source>
        <translation>%1 · %2 دقیقه پیاده</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>نیاز به معرفی‌نامه</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>بدون نیاز به معرفی‌نامه</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>موقعیت از روی نشانی (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt باید تاریخ و ساعتی مانند 2026-12-01T10:30 باشد، نه &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>داده‌های نمونه: نهادهای واقعی در بیله‌فلد که از منابع عمومی گردآوری شده‌اند، موقعیت‌ها تخمینی است و هنوز چیزی بررسی نشده است. هماهنگ‌کننده پیش از انتشار هر رکورد را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>با وقت قبلی</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>مراجعه بدون وقت قبلی، وقت قبلی لازم نیست</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%n نهاد در %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n نهاد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>همه حوزه‌های کاری</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>اتصال فقط‌خواندنی: این نقش می‌تواند رکوردها را ببیند، نه تغییر دهد.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>با نقش ویرایشگر به پایگاه دادهٔ مشترک متصل است.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>ویرایش مخزن داده %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>نهاد مسئول (سازمان)</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>هزینه (خالی: نامعلوم، &quot;free&quot;: رایگان)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>ارجاع لازم است</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>آخرین تأیید (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>منبع موقعیت</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>دسترسی بدون پله</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>حوزه‌های کاری</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>گروه‌های هدف</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>زبان‌ها (کدها، مثلاً de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>ساعات کاری (مثلاً Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>رکورد جدید: دست‌کم نام و یک حوزهٔ کاری را وارد کنید، سپس به‌صورت پیش‌نویس ذخیره کنید.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(خدمت بدون نام)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>نام لازم است.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>نشانی وب نیست (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>ساعات کاری نامعتبر: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>دست‌کم یک حوزهٔ کاری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>حوزهٔ کاری ناشناخته: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>گروه هدف ناشناخته: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>کد زبان نیست: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>تاریخ نیست: به‌صورت YYYY-MM-DD بنویسید.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>تأیید نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>رکورد به یک موقعیت روی نقشه نیاز دارد.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>بیرون از %1: نشانگر را به داخل شهر ببرید.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>در محل اندازه‌گیری شده</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>از نشانی مکان‌یابی شده</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>تخمینی (همین‌طور نمایش داده می‌شود)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ارائه می‌شود</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>موقتاً بسته</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>دیگر ارائه نمی‌شود</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>چیزی برای ذخیره نیست.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>ابتدا فیلدهای قرمز را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>برای بازبینی ارسال شد: تا تأیید تغییرات، عموم رکورد را بدون تغییر می‌بینند.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>بایگانی شد.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>پیش‌نویس ذخیره شد.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>شخص دیگری در این فاصله این رکورد را ذخیره کرد. برای هر فیلد انتخاب کنید کدام نسخه بماند.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>ذخیره نشد: %1 تغییرات شما حفظ شده‌اند؛ وقتی مخزن در دسترس بود دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>تأیید شد: %1 با تغییرات منتشر شد.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>رد شد: تغییرات پیشنهادی کنار گذاشته شدند.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>منتشر شد: %1 اکنون روی نقشهٔ عمومی است.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>وقت قبلی</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>وقت قبلی لازم است</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>مراجعه بدون وقت قبلی</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>استفاده از موقعیت مجاز نیست (تنظیمات حریم خصوصی سیستم را ببینید).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>موقعیتی به‌موقع پیدا نشد.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>موقعیتی در دسترس نیست.</translation>
    </message>
</context>
</TS>
