<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>حول Stadtplan</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: خريطة خدمات مؤسسات الاندماج.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>مربعات الخريطة</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>خريطة المدينة دون اتصال</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>حدود المدينة والأحياء والسكان</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>خريطة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>لا علامات</numerusform>
            <numerusform>علامة واحدة</numerusform>
            <numerusform>علامتان</numerusform>
            <numerusform>%n علامات</numerusform>
            <numerusform>%n علامة</numerusform>
            <numerusform>%n علامة</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>المؤسسات في هذا العنوان</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>لا مؤسسات في هذا العنوان</numerusform>
            <numerusform>مؤسسة واحدة في هذا العنوان</numerusform>
            <numerusform>مؤسستان في هذا العنوان</numerusform>
            <numerusform>%n مؤسسات في هذا العنوان</numerusform>
            <numerusform>%n مؤسسة في هذا العنوان</numerusform>
            <numerusform>%n مؤسسة في هذا العنوان</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 ضمن %2 م</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>موقع السجل قيد التحرير؛ اسحبه لتحريكه</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>لا توجد مربعات خريطة: تظهر العلامات فوق حدود المدينة.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>مجال العمل</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>طبقة المناطق</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 م، خط مستقيم</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>التلوين حسب</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>النسبة الأبعد من المسافة</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>الخدمات لكل 10000 نسمة</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>لا خدمات مطابقة</numerusform>
            <numerusform>خدمة مطابقة واحدة</numerusform>
            <numerusform>خدمتان مطابقتان</numerusform>
            <numerusform>%n خدمات مطابقة</numerusform>
            <numerusform>%n خدمة مطابقة</numerusform>
            <numerusform>%n خدمة مطابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>السكان</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/10 آلاف</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>أبعد</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>الترتيب حسب %1</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: %2 خدمة، %3 % أبعد من المسافة</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>تصدير الجدول…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>تصدير جدول التغطية</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>تم التصدير إلى %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>المراجعة (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>إضافة مؤسسة</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>ثم انقر على الخريطة في مكانها</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>انقر على الخريطة في مكان المؤسسة الجديدة.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>اختر علامة لتحرير سجلها، أو أضف مؤسسة.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>أو أضف عند عنوان، مثلاً Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>عنوان مؤسسة جديدة</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>ليس في قائمة العناوين. الأقرب: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>سجل جديد: مسودة، غير منشورة حتى تُنشر</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>مسودة: غير منشورة حتى تُنشر</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>مؤرشف: لم يعد معروضًا</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>منشور: التغييرات تذهب إلى المراجعة أولاً</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>نسختي: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>نسختهم: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>احفظ بهذه الاختيارات</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>إضافة خدمة</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>تحققت منه اليوم</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>يضبط تاريخ آخر تحقق ومن قام به</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>أرسل للمراجعة</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>احفظ المسودة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>يُحفظ مع سجله، ولا يُعرض بعد الآن</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>لا شيء ينتظر المراجعة.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>سجل جديد، مسودة</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>تغييرات اقترحها %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(تغيّر منذ ذلك: الآن %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>مرشحات أخرى (%1 مفعّل)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>مرشحات أخرى</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>إعادة تعيين المرشحات الأخرى</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>مدخل بدون درج</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>لا يلزم تحويل</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>مفتوح في</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>بدون موعد فقط</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>مجالات العمل</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>مؤسسة واحدة</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 مؤسسات</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>مساعدة واستشارة بالقرب منك</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>بتاريخ %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>عنوانك</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>سيرًا على الأقدام</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المستخدمة</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>أقرب محطة</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* الموقع على الخريطة تقديري؛ العنوان صحيح.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>الحضور دون موعد، لا حاجة لموعد مسبق</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>تم استيراد %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>تحتوي القائمة على</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>مؤسسات</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>مناطق (أحياء)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>محتوى القائمة</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>جارٍ فحص كل سجل…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>تم الاستيراد: %1 جديد، %2 محدّث.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>نظام الإحداثيات</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>كما تحدده القائمة</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>غاوس-كروغر، المنطقة 3 (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>نظام إحداثيات القائمة، إن لم تحدده</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>يُستخدم عندما لا تحدد القائمة نظامًا، مثلًا لأعمدة Rechtswert/Hochwert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>أسماء الأعمدة المعتادة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>اختيار ملف مطابقة</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>الأسماء المعتادة</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>الاستيراد دون ملف مطابقة</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>جاهز للاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير؛ تحذير واحد.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>جاهز للاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير؛ لا تحذيرات.</numerusform>
            <numerusform>جاهز للاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير؛ تحذير واحد.</numerusform>
            <numerusform>جاهز للاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير؛ تحذيران.</numerusform>
            <numerusform>جاهز للاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير؛ %n تحذيرات.</numerusform>
            <numerusform>جاهز للاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير؛ %n تحذيرًا.</numerusform>
            <numerusform>جاهز للاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير؛ %n تحذير.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>خطأ واحد: لن يُستورد شيء حتى يُصحَّح.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>لا أخطاء.</numerusform>
            <numerusform>خطأ واحد: لن يُستورد شيء حتى يُصحَّح.</numerusform>
            <numerusform>خطآن: لن يُستورد شيء حتى يُصحَّحا.</numerusform>
            <numerusform>%n أخطاء: لن يُستورد شيء حتى يتم تصحيحها.</numerusform>
            <numerusform>%n خطأً: لن يُستورد شيء حتى يتم تصحيحها.</numerusform>
            <numerusform>%n خطأ: لن يُستورد شيء حتى يتم تصحيحها.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>ملف مطابقة لهذه القائمة</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>ملفات المطابقة (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>عناوين مع مواقعها (إحداثيات المباني)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>صف واحد فيه أخطاء: صحّحه وافحص من جديد، أو استورد السجلات الصالحة من دونه (%1 جديد، %2 محدّث).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>%n صف فيها أخطاء: صحّحها وافحص من جديد، أو استورد السجلات الصالحة من دونها (%1 جديد، %2 محدّث).</numerusform>
            <numerusform>%n صف فيه أخطاء: صحّحه وافحص من جديد، أو استورد السجلات الصالحة من دونه (%1 جديد، %2 محدّث).</numerusform>
            <numerusform>%n صفّان فيهما أخطاء: صحّحهما وافحص من جديد، أو استورد السجلات الصالحة من دونهما (%1 جديد، %2 محدّث).</numerusform>
            <numerusform>%n صفوف فيها أخطاء: صحّحها وافحص من جديد، أو استورد السجلات الصالحة من دونها (%1 جديد، %2 محدّث).</numerusform>
            <numerusform>%n صفًا فيها أخطاء: صحّحها وافحص من جديد، أو استورد السجلات الصالحة من دونها (%1 جديد، %2 محدّث).</numerusform>
            <numerusform>%n صف فيها أخطاء: صحّحها وافحص من جديد، أو استورد السجلات الصالحة من دونها (%1 جديد، %2 محدّث).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>صف واحد تُرك بسبب أخطائه، في %1: صحّحه هناك واستورد ذلك الملف.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>%n صف تُركت بسبب أخطائها، في %1: صحّحها هناك واستورد ذلك الملف.</numerusform>
            <numerusform>%n صف تُرك بسبب أخطائه، في %1: صحّحه هناك واستورد ذلك الملف.</numerusform>
            <numerusform>%n صفّان تُركا بسبب أخطائهما، في %1: صحّحهما هناك واستورد ذلك الملف.</numerusform>
            <numerusform>%n صفوف تُركت بسبب أخطائها، في %1: صحّحها هناك واستورد ذلك الملف.</numerusform>
            <numerusform>%n صفًا تُركت بسبب أخطائها، في %1: صحّحها هناك واستورد ذلك الملف.</numerusform>
            <numerusform>%n صف تُركت بسبب أخطائها، في %1: صحّحها هناك واستورد ذلك الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>فتح الصفوف المتروكة</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>استيراد من دون الصف الذي فيه أخطاء</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>استيراد من دون الصفوف الـ%n التي فيها أخطاء</numerusform>
            <numerusform>استيراد من دون الصف (%n) الذي فيه أخطاء</numerusform>
            <numerusform>استيراد من دون الصفّين (%n) اللذين فيهما أخطاء</numerusform>
            <numerusform>استيراد من دون الصفوف الـ%n التي فيها أخطاء</numerusform>
            <numerusform>استيراد من دون الصفوف الـ%n التي فيها أخطاء</numerusform>
            <numerusform>استيراد من دون الصفوف الـ%n التي فيها أخطاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>قُرئ سجل واحد: %1 جديد، %2 محدّث، %3 دون تغيير</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>قُرئ %n سجل: %1 جديد، %2 محدّث، %3 دون تغيير</numerusform>
            <numerusform>قُرئ %n سجل: %1 جديد، %2 محدّث، %3 دون تغيير</numerusform>
            <numerusform>قُرئ %n سجلان: %1 جديد، %2 محدّث، %3 دون تغيير</numerusform>
            <numerusform>قُرئت %n سجلات: %1 جديد، %2 محدّث، %3 دون تغيير</numerusform>
            <numerusform>قُرئ %n سجلًا: %1 جديد، %2 محدّث، %3 دون تغيير</numerusform>
            <numerusform>قُرئ %n سجل: %1 جديد، %2 محدّث، %3 دون تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>؛ %1 من هذه القائمة لم تعد فيها (أُبقيت)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>خطأ واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>%n خطأ</numerusform>
            <numerusform>%n خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>تحذير واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n تحذير</numerusform>
            <numerusform>%n تحذير</numerusform>
            <numerusform>%n تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>لم يُكتب شيء (تشغيل تجريبي)؛ سيُترك صف واحد بسبب أخطائه.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>لم يُكتب شيء (تشغيل تجريبي)؛ سيُترك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لم يُكتب شيء (تشغيل تجريبي)؛ سيُترك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لم يُكتب شيء (تشغيل تجريبي)؛ سيُترك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لم يُكتب شيء (تشغيل تجريبي)؛ سيُترك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لم يُكتب شيء (تشغيل تجريبي)؛ سيُترك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لم يُكتب شيء (تشغيل تجريبي)؛ سيُترك %n صف بسبب أخطائها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>كُتبت السجلات الصالحة في معاملة واحدة؛ تُرك صف واحد بسبب أخطائه.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>كُتبت السجلات الصالحة في معاملة واحدة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>كُتبت السجلات الصالحة في معاملة واحدة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>كُتبت السجلات الصالحة في معاملة واحدة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>كُتبت السجلات الصالحة في معاملة واحدة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>كُتبت السجلات الصالحة في معاملة واحدة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>كُتبت السجلات الصالحة في معاملة واحدة؛ تُرك %n صف بسبب أخطائها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>لا شيء للكتابة؛ تُرك صف واحد بسبب أخطائه.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>لا شيء للكتابة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لا شيء للكتابة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لا شيء للكتابة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لا شيء للكتابة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لا شيء للكتابة؛ تُرك %n صف بسبب أخطائها.</numerusform>
            <numerusform>لا شيء للكتابة؛ تُرك %n صف بسبب أخطائها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>الصفوف المتروكة في %1، كلٌّ مع مشكلته: صحّحها هناك واستورد ذلك الملف.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>لم يُكتب شيء: في القائمة ككل أخطاء؛ صحّحها واستورد من جديد.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>لم يُكتب شيء: صحّح الأخطاء واستورد من جديد (أو استورد السجلات الصالحة من دون الصفوف التي فيها أخطاء).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>لم يُكتب شيء: صحّح الأخطاء واستورد من جديد (أو استورد السجلات الصالحة باستخدام --accept-valid).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>لم يُكتب شيء (تشغيل تجريبي).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>كُتب في معاملة واحدة.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>لا شيء للكتابة: المخزن يحوي هذه القائمة بالفعل.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs، أو «نظام الإحداثيات» في نافذة الاستيراد في التطبيق</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping، أو «الربط» في نافذة الاستيراد في التطبيق</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>حدّده (%1)، مثلًا EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>كما حدّدته</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>اسم معروف</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>مُستنتَج من عنوانه</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1 من &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>لا تذكر القائمة نظام إحداثيات؛ مواقعها تقع في %1 حين تُقرأ بنظام %2 (%3)، لذا قُرئت به؛ إن كان ذلك خطأً فحدّد النظام الصحيح (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>لا تذكر البيانات نظام إحداثيات: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>تحتاج x/y إلى نظام إحداثيات: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>بلا موقع: لا هندسة نقطية ولا خط عرض/طول ولا x/y</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>بلا موقع: لا هندسة نقطية ولا خط عرض/طول ولا x/y، ولا --gazetteer أو --geocode-online للعثور على عنوانه</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>يقع خارج %1 (%2، %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; ليس عنوان ويب</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; لا يقابل شيئًا في التصنيف؛ اربطه في ملف ربط</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>لا مجال عمل</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>لا تذكر القائمة كيف حُدّدت مواقعها، لذا عُلّمت تقديرية؛ يمكن لـ defaults.position_source في ملف الربط أن يذكر surveyed أو geocoded</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>العمود %1 لا يُستورد: لا يأخذه أي حقل من النموذج؛ يمكن لملف ربط (%2) أن يسنده إلى حقل</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>الأعمدة %1 لا تُستورد: لا يأخذها أي حقل من النموذج؛ يمكن لملف ربط (%2) أن يسندها إلى حقول</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>الأعمدة المقروءة: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>العمود المُستنتَج خطأً يُحدَّد بـ --field FIELD=COLUMN (أو بملف ربط)</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>لا عمود يحوي الأسماء؛ أعمدة القائمة هي %1؛ حدّد العمود الصحيح بـ --field name=COLUMN</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>لا عمود يحوي مجالات العمل؛ أعمدة القائمة هي %1؛ حدّد العمود الصحيح بـ --field focus_areas=COLUMN، أو أعطِ كل السجلات مجالًا بـ --default focus_areas=ID</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>لا يمكن قراءته بصيغة %1: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>ليست صيغة يقرؤها GDAL كبيانات متجهة (هل هو ما يقوله اسمه؟)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>لا يحوي جدولًا ولا طبقة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; ليس نظام إحداثيات يعرفه PROJ (جرّب EPSG:25832)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ليس رقمًا</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; ليس surveyed أو geocoded أو estimated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; ليس نوع مؤسسة في التصنيف؛ اربطه في ملف ربط</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; لا يذكر شارعًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; ليس نعم أو لا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; ليس نشطًا أو مغلقًا مؤقتًا أو غير نشط</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; ليس تاريخًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; ليس نعم أو لا أو غير معروف</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>بلا معرّف</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>بالمعرّف %1</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>الاسم والعنوان والعرض نفسها كما في %1 %2: استُورد مرة واحدة</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>الاسم والعنوان نفسهما كما في %1 %2: استُورد كمؤسسة واحدة بـ %3 عروض</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>معرّفه واسمه</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>اسمه وعنوانه</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>اسمه وموقعه</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>يحدّث %1 &apos;%2&apos; (عُثر عليه بـ%3)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>يحدّث %1 &apos;%2&apos; من القائمة &apos;%3&apos; (عُثر عليه بـ%4)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>تبدو القائمة نسخة جديدة من &apos;%1&apos; (عُثر على %2 من سجلاتها الـ%3): صارت الآن تابعة لهذه القائمة</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; جاء من هذه القائمة لكنه لم يعد فيها؛ أُبقي عليه</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>لا يحوي سجلات</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>العنوان في الصفوف من %1 إلى %2 (تُضمّ العناوين فوق مجموعات الأعمدة إلى أسماء أعمدتها)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>العنوان في الصف %1</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>؛ يُتجاوَز الصف 1 فوقه</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>؛ تُتجاوَز الصفوف من 1 إلى %1 فوقه</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>؛ الصف %1 يحوي وحدات ويُتجاوَز</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>؛ تبدأ السجلات في الصف %1</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>المصدر البعيد يحتاج إلى الشبكة، وهذا الاستيراد لا يُسمح له باستخدامها (اسمح بها بـ --allow-network)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>تذكر البيانات نظام إحداثياتها الخاص؛ النظام المُعطى (%1) لا يُستخدم</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>لا يمكن تحويل الشكل إلى WGS84</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>ليس مضلعًا</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>ليس نقطة؛ أُخذت نقطة من الشكل</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>لا يمكن تحويل الموقع إلى WGS84</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>دليل العناوين %1: تُجووزت %2 إدخالات بلا موقع صالح</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>ليس في دليل العناوين %1</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>لم يعثر عليه %2 في %1</translation>
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
        <translation>يكمل %1 (نفس %2) لكنه يختلف في الاسم أو العنوان أو الموقع أو الجهة الحاملة أو الوصف</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>الاسم والعنوان</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>لا تذكر القائمة عدد سكان %1؛ تُبقى أرقام المدينة المرفقة لها</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; موجود في المخزن بتفاصيل أخرى؛ تُبقى تفاصيل المخزن</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>قد يكون هو نفسه %1 &apos;%2&apos; في المخزن (على بعد %3 م)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>تعذّرت كتابة الصفوف المتروكة (%1) في %2: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>لا يوجد مخزن في %1 بعد؛ سينشئه الاستيراد</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (‏--create ينشئ واحدًا)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%1 من %2 موقعًا تقع خارج %3</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: يبدو أن خطي العرض والطول مقلوبان (%1 منها ستقع في %2 لو عُكسا)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>كخطي عرض/طول WGS84</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>بنظام %1</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: هل نظام الإحداثيات صحيح؟ قُرئت المواقع %1؛ إن لم تذكر البيانات نظامًا فحدّد غيره (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>يجب أن يكون --layer إما institutions أو areas</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>للمصدر %1 طبقات؛ استُوردت الأولى، &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>توقفت القراءة بعد %1 سجلًا: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>المنطقة نفسها كما في %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; موجود في عدة أماكن في دليل العناوين %2: الرمز البريدي يحدد أيها</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>ملف الربط ليس كائن JSON (%1 عند الموضع %2)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>قسم غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; ليس حقلًا في النموذج (المعروفة: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; ليس له مفردات (هذه لها: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos; مربوط بـ &apos;%3&apos; وهو ليس في التصنيف</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; ليس حقلًا في النموذج</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>ملف الربط ليس YAML صالحًا (السطر %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>ملف الربط ليس خريطة YAML من الأقسام</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>لا هندسة</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>يكرّر %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>لا يملك GDAL مشغّل %1</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>لا يمكن إنشاؤه</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>لا طبقة</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>لا يمكن إنشاء عمود</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>لا يمكن كتابة صف</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; يقع في المستقبل؛ ولا يمكن أن يكون تاريخ تحقق</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; لا يوضح ما إذا كان الموعد مطلوبًا ولا ما إذا كان يمكن الحضور دون موعد</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>تم التحقق في %1</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>لم يتم التحقق بعد</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>لـ: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>اللغات: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>أوقات العمل: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>أوقات العمل غير معروفة</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>لا توجد بيانات اتصال بعد</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>في العنوان نفسه أيضًا:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>في القائمة المختصرة ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>أضف إلى القائمة المختصرة</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>إزالة من القائمة المختصرة</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>إضافة إلى القائمة المختصرة</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>لم تُترجم بعد؛ معروضة بالألمانية.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>إخفاء السجل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 ← %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>لم تُسجَّل أي تغييرات بعد.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>تم التحقق في %1 بواسطة %2</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>مسودة: غير منشورة بعد</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>خريطة المدينة – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>استيراد قائمة مؤسسات</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>قوائم وبيانات جغرافية (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>تصدير المؤسسات المعروضة</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>تم التصدير إلى %1</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>مشاركة هذا العرض</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>الرابط في الحافظة. من يفتحه يرى هذه المرشحات وهذا البحث وهذا الجزء من الخريطة.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>رابط هذا العرض</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>طباعة خريطة المدينة</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>الخريطة ودليل المؤسسات المعروضة وعددها %1 (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>الخريطة ودليل جميع المؤسسات وعددها %1.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>حفظ خريطة المدينة كملف PDF</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>تم حفظ خريطة المدينة في %1</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>خريطة مدينة %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>تم العثور على %1 من %2 مؤسسة</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>مؤسسة واحدة</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 مؤسسات</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>عرض مدى تغطية الأحياء بمجال عمل</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>مشاركة العرض…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>رابط لهذا العرض بالضبط، لزميل</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>طباعة خريطة المدينة…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>استيراد قائمة…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>تصدير العرض…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>التداخلات</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>لا توجد تكرارات محتملة.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>لا أزواج</numerusform>
            <numerusform>زوج واحد قد يكون مؤسسة واحدة</numerusform>
            <numerusform>زوجان قد يكونان مؤسسة واحدة</numerusform>
            <numerusform>%n أزواج قد تكون مؤسسة واحدة</numerusform>
            <numerusform>%n زوجًا قد يكون مؤسسة واحدة</numerusform>
            <numerusform>%n زوج قد يكون مؤسسة واحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 و%2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>ابحث عن الأسماء والجهات والخدمات…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>يجد المؤسسات أثناء الكتابة؛ يتسامح مع الإملاء وخطأ واحد في كل كلمة</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>إكمال إلى %1</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>عنوان المراجع، مثلًا Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>اضغط Enter لترتيب القائمة حسب المسافة من هذا العنوان</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>«%1» غير موجود في قائمة العناوين. هل تقصد:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>«%1» غير موجود في قائمة العناوين، ولا يوجد عنوان قريب منه.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>استخدم %1</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>الأقرب أولًا من %1 (خط مستقيم؛ حلقات عند 0.5 و1 و2 و5 كم)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>الأقرب أولًا من النقطة على الخريطة (خط مستقيم؛ حلقات عند 0.5 و1 و2 و5 كم)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>إزالة النقطة</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>انقر بزر الفأرة الأيمن على الخريطة (أو اضغط مطولًا على الشاشات اللمسية) للترتيب حسب المسافة من هناك.</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>لا يحتوي المخزن على مؤسسات بعد.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>لم يُعثر على شيء لـ«%1»%2.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> في مجالات العمل المختارة</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>لا توجد مؤسسة تقدم كل هذا.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>عرض كل مجالات العمل</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>قائمة مختصرة للمراجع</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>القائمة المختصرة فارغة. افتح مؤسسة واختر «أضف إلى القائمة المختصرة».</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>في الورقة المطبوعة: الأقرب أولًا من %1.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>النقطة المختارة على الخريطة</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>أدخل عنوان المراجع لطباعة المسافات وأوقات المشي.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>إزالة %1 من القائمة المختصرة</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>لغة المراجع</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>حفظ الورقة كملف PDF…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>إفراغ القائمة المختصرة</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>حفظ الورقة كملف PDF</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>تم حفظ الورقة في %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>الصفحة الرئيسية: مربعات مواضيع كبيرة واختيار اللغة</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>القائمة المختصرة (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>المؤسسات المختارة لمراجع وورقتها المطبوعة</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>طباعة خريطة المدينة، استيراد قوائم، تصدير العرض</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>استخدم موقعي</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>ترتيب القائمة حسب المسافة من مكانك</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>جارٍ تحديد موقعك…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>موقعك</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>إعادة تعيين المرشحات الأخرى</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>تصدير جهات اتصال المؤسسات المتأخرة</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>لم يتم التحقق منذ</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>الأشهر منذ آخر تحقق</translation>
    </message>
    <message>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>لا مؤسسات</numerusform>
            <numerusform>مؤسسة واحدة يُطلب منها التأكيد</numerusform>
            <numerusform>مؤسستان يُطلب منهما التأكيد</numerusform>
            <numerusform>%n مؤسسات يُطلب منها التأكيد</numerusform>
            <numerusform>%n مؤسسة يُطلب منها التأكيد</numerusform>
            <numerusform>%n مؤسسة يُطلب منها التأكيد</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>تصدير جهات الاتصال…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>المؤسسات المتأخرة مع الهاتف والبريد والموقع، بصيغة CSV</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>لم يتم التحقق قط</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>آخر تحقق %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>تحرير المنسق: السجلات والمسودات وقائمة المراجعة</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>مربعات الخريطة</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>تلقائي: الخريطة دون اتصال إن وُجدت، وإلا عبر الإنترنت</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>مربعات عبر الإنترنت</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>خريطة المدينة دون اتصال</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>لا شيء: الأحياء فقط</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>يسري عند التشغيل التالي</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>حول Stadtplan…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>خريطة المدينة دون اتصال…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>بيانات خريطة المدينة دون اتصال بتاريخ %1.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>تحديث…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (منتصف الشارع)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>كُتب هكذا: «%1».</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>الرمز البريدي لـ %1 هو %2 وليس %3. هل هذا هو العنوان؟</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1 يقع في %2 وليس في %3. هل هذا هو العنوان؟</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>الترتيب حسب المسافة من %1</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%1 من %2 مؤسسة</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ مجال عمل آخر</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ %1 مجالات عمل أخرى</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>خريطة المدينة دون اتصال</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>جارٍ تنزيل بيانات الخريطة…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>جارٍ قصّها على حدود المدينة…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>جارٍ رسم الخريطة…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>خريطة المدينة دون اتصال جاهزة، ببيانات خريطة بتاريخ %1. ستظهر عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>لا يوجد اتصال بخادم التنزيل، أو انقطع الاتصال. يُحتفظ بما تم تنزيله، و«إعادة المحاولة» تتابع من هناك.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>ردّ خادم التنزيل بخطأ.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>تعذّر حفظ البيانات: هل القرص ممتلئ؟</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>الملف الذي تم تنزيله كان تالفًا وقد حُذف. «إعادة المحاولة» تنزّله من جديد.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>أُلغي. يُحتفظ بما تم تنزيله، والتنزيل التالي يتابع من هناك.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>لا يمكن استخدام البيانات التي تم تنزيلها لهذه المدينة: إنها تالفة أو لا تغطي المدينة.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>تعذّر تشغيل أداة الخريطة.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>ينزّل بيانات OpenStreetMap للمنطقة المحيطة بالمدينة (نحو 100 ميغابايت)، ويقصّها على المدينة ويرسم منها الخريطة، لكي تعمل الخريطة دون خادم مربعات. تبقى الخريطة الحالية حتى تكتمل الجديدة.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 من %2 ميغابايت، %3 ميغابايت/ث</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 من %2 مربعات</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>خريطة المدينة دون اتصال جاهزة، ببيانات خريطة بتاريخ %1، والخريطة تعرضها الآن.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>مجال العمل</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 م أو المنطقة نفسها</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>لم يُعثر على خدمات متداخلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة، الأهم أولًا</numerusform>
            <numerusform>مجموعتان، الأهم أولًا</numerusform>
            <numerusform>%n مجموعات، الأهم أولًا</numerusform>
            <numerusform>%n مجموعة، الأهم أولًا</numerusform>
            <numerusform>%n مجموعة، الأهم أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>تصدير القائمة…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>تصدير الخدمات المتداخلة</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>تم التصدير إلى %1</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>أوقات العمل غير معروفة</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>الموقع تقديري</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>مساعدة واستشارة في %1</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>عرض الخريطة بهذه اللغة</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>عمّ تبحث؟</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>مكان واحد</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 أماكن</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>عرض كل شيء على الخريطة</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>تعرض الخريطة أحياء المدينة؛ العلامات والقائمة والبحث تعمل كالمعتاد.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>لا توجد مربعات خريطة: يبدو أن هذا الحاسوب غير متصل بالإنترنت.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>لا توجد مربعات خريطة: خادم المربعات %1 لا يستجيب.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>لا توجد مربعات خريطة: رفض خادم المربعات %1 إرسالها (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>لا توجد مربعات خريطة: خادم المربعات %1 مشغول أو معطّل (%2)؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>لا توجد مربعات خريطة: أرسل خادم المربعات %1 شيئًا ليس صورة خريطة.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>مربعات الخريطة متوقفة (أدوات ← مربعات الخريطة لاختيارها).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>لم تُنشأ خريطة مدينة دون اتصال بعد (أدوات ← مربعات الخريطة ← مربعات عبر الإنترنت).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>لا توجد مربعات خريطة: لا يمكن استخدام عنوان المربعات: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>لا توجد مربعات خريطة: لا يحدد ملف تعريف المدينة خادم مربعات.</translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation>%1–%2 لكل 10000</translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation>%1–%2 % أبعد</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>لا يحتوي المخزن على مناطق. استورد الأحياء عبر «استيراد قائمة…» (مناطق).</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>لا يحتوي المخزن على مناطق من نوع %1.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>لا شيء للتصدير: اختر أولًا مجال عمل وطبقة مناطق.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>كل الفئات المستهدفة</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>لا يوجد دليل للاستيراد إليه.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>لا يوجد دليل للتصدير.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>لا يوجد دليل للطباعة.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>خريطة مدينة %1</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>النقطة المختارة على الخريطة</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>مدخل بدون درج</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>ليس بدون درج</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>المدخل بدون درج غير معروف</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>الموقع مُقاس</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>الموقع مستخرج من العنوان</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>الموقع تقديري وليس دقيقًا</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>مغلق مؤقتًا</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>لم يعد متاحًا</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>التصنيف المرفق أو ملف المدينة تالف: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>لا يمكن قراءة البيانات التجريبية المرفقة: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>ليس رابط stadtplan:</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>يجب أن يكون %1 بالشكل LAT,LON وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>مجال عمل غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>يجب أن يكون التكبير رقمًا من 0 إلى 22 وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>مرشح غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>أي فئة مستهدفة</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>أي نوع من المؤسسات</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>لم يتم إعداد دليل عناوين.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام دليل العناوين %1: %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>%1 · %2 min on foot</source>
        <translation>%1 · %2 دقيقة سيرًا</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>يلزم تحويل</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>لا يلزم تحويل</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>الموقع مستخرج من العنوان (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>يجب أن يكون openAt تاريخًا ووقتًا مثل 2026-12-01T10:30 وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>بيانات تجريبية: مؤسسات حقيقية في بيليفيلد جُمعت من مصادر عامة، والمواقع تقديرية، ولم يُتحقق من شيء بعد. يتحقق المنسق من كل سجل قبل النشر.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>بموعد مسبق</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>الحضور دون موعد، لا حاجة لموعد مسبق</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>لا مؤسسات في %1</numerusform>
            <numerusform>مؤسسة واحدة في %1</numerusform>
            <numerusform>مؤسستان في %1</numerusform>
            <numerusform>%n مؤسسات في %1</numerusform>
            <numerusform>%n مؤسسة في %1</numerusform>
            <numerusform>%n مؤسسة في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>لا مؤسسات</numerusform>
            <numerusform>مؤسسة واحدة</numerusform>
            <numerusform>مؤسستان</numerusform>
            <numerusform>%n مؤسسات</numerusform>
            <numerusform>%n مؤسسة</numerusform>
            <numerusform>%n مؤسسة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>كل مجالات العمل</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>اتصال للقراءة فقط: يمكن لهذا الدور عرض السجلات دون تغييرها.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>متصل بقاعدة البيانات المشتركة بدور يسمح بالتحرير.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>تحرير مخزن البيانات %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>الجهة المسؤولة (المنظمة)</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>التكلفة (فارغ: غير معروفة، &quot;free&quot;: مجانًا)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>يلزم تحويل</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>آخر تحقق (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>تحقق منه</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>رقم المبنى</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>مصدر الموقع</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>دخول بدون درج</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>مجالات العمل</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>اللغات (رموز، مثلاً de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>أوقات العمل (مثلاً Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>سجل جديد: أدخل على الأقل الاسم ومجال عمل واحدًا، ثم احفظه كمسودة.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(خدمة بلا اسم)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>ليس عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>أوقات عمل غير صالحة: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>اختر مجال عمل واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>مجال عمل غير معروف: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>فئة مستهدفة غير معروفة: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>ليس رمز لغة: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>ليس تاريخًا: اكتبه بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>لا يمكن أن يكون التحقق في المستقبل.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>يحتاج السجل إلى موقع على الخريطة.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>خارج %1: حرّك العلامة إلى داخل المدينة.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>مُقاس في الموقع</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>محدد من العنوان</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>تقديري (يُعرض كذلك)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>مغلقة مؤقتًا</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>لم تعد متاحة</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>لا شيء للحفظ.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>صحّح الحقول المعلّمة بالأحمر أولاً.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>أُرسل للمراجعة: يرى الجمهور السجل دون تغيير حتى تتم الموافقة على التغييرات.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>تمت الأرشفة.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>حُفظت المسودة.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>حفظ شخص آخر هذا السجل في الأثناء. اختر لكل حقل النسخة التي تبقى.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>لم يُحفظ: %1 تغييراتك محفوظة؛ احفظ مجددًا عندما يمكن الوصول إلى مخزن البيانات.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>تمت الموافقة: نُشر %1 بالتغييرات.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>رُفض: حُذفت التغييرات المقترحة.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>نُشر: %1 الآن على الخريطة العامة.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>الموعد مطلوب</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>الحضور دون موعد، لا حاجة لموعد مسبق</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>لا يُسمح باستخدام الموقع (راجع إعدادات الخصوصية في النظام).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>لم يُعثر على موقع في الوقت المحدد.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>لا يتوفر موقع.</translation>
    </message>
</context>
</TS>
