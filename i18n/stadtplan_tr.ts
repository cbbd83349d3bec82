<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Stadtplan</source>
        <translation>Stadtplan hakkında</translation>
    </message>
    <message>
        <source>Stadtplan %1: the service map of integration institutions.</source>
        <translation>Stadtplan %1: entegrasyon kurumlarının hizmet haritası.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Harita karoları</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Çevrimdışı şehir haritası</translation>
    </message>
    <message>
        <source>City boundary, districts and population</source>
        <translation>Şehir sınırı, ilçeler ve nüfus</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <source>Map of %1</source>
        <translation>%1 haritası</translation>
    </message>
    <message numerus="yes">
        <source>%n markers</source>
        <translation>
            <numerusform>%n işaret</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions at this address</source>
        <translation>Bu adresteki kurumlar</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions at this address</source>
        <translation>
            <numerusform>Bu adreste %n kurum</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%2 m içinde %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Position of the record being edited; drag to move it</source>
        <translation>Düzenlenen kaydın konumu; taşımak için sürükleyin</translation>
    </message>
    <message>
        <source>No map tiles: the markers show over the city&apos;s boundary.</source>
        <translation>Harita karoları yok: işaretler şehir sınırının üzerinde gösteriliyor.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Focus area</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Hedef grup</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bölgeler</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Bölge katmanı</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Mesafe</translation>
    </message>
    <message>
        <source>%1 m, straight line</source>
        <translation>%1 m, kuş uçuşu</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Renklendirme</translation>
    </message>
    <message>
        <source>Share farther than the distance</source>
        <translation>Mesafeden uzak olanların payı</translation>
    </message>
    <message>
        <source>Services per 10,000 inhabitants</source>
        <translation>10.000 kişi başına hizmet</translation>
    </message>
    <message numerus="yes">
        <source>%n matching services</source>
        <translation>
            <numerusform>%n uygun hizmet</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Inhab.</source>
        <translation>Nüfus</translation>
    </message>
    <message>
        <source>Serv.</source>
        <translation>Hizm.</translation>
    </message>
    <message>
        <source>/10k</source>
        <translation>/10 bin</translation>
    </message>
    <message>
        <source>Farther</source>
        <translation>Uzak</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>%1 göre sırala</translation>
    </message>
    <message>
        <source>%1: %2 services, %3 % farther than the distance</source>
        <translation>%1: %2 hizmet, %%3 mesafeden uzak</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabloyu dışa aktar…</translation>
    </message>
    <message>
        <source>Export the coverage table</source>
        <translation>Kapsama tablosunu dışa aktar</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 dosyasına aktarıldı</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>İnceleme (%1)</translation>
    </message>
    <message>
        <source>Add institution</source>
        <translation>Kurum ekle</translation>
    </message>
    <message>
        <source>Then click the map where it is</source>
        <translation>Sonra haritada bulunduğu yere tıklayın</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>Click the map where the new institution is.</source>
        <translation>Yeni kurumun bulunduğu yere haritada tıklayın.</translation>
    </message>
    <message>
        <source>Choose a marker to edit its record, or add an institution.</source>
        <translation>Kaydını düzenlemek için bir işaret seçin veya bir kurum ekleyin.</translation>
    </message>
    <message>
        <source>Or add at an address, e.g. Niederwall 23</source>
        <translation>Veya bir adrese ekleyin, ör. Niederwall 23</translation>
    </message>
    <message>
        <source>Address of a new institution</source>
        <translation>Yeni bir kurumun adresi</translation>
    </message>
    <message>
        <source>Not in the address list. Closest: %1</source>
        <translation>Adres listesinde yok. En yakın: %1</translation>
    </message>
    <message>
        <source>New record: a draft, not public until published</source>
        <translation>Yeni kayıt: bir taslak, yayımlanana kadar herkese açık değil</translation>
    </message>
    <message>
        <source>Draft: not public until published</source>
        <translation>Taslak: yayımlanana kadar herkese açık değil</translation>
    </message>
    <message>
        <source>Archived: no longer shown</source>
        <translation>Arşivlendi: artık gösterilmiyor</translation>
    </message>
    <message>
        <source>Published: changes go to review first</source>
        <translation>Yayımlandı: değişiklikler önce incelemeye gider</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Benimki: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Diğeri: %1</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Bu seçimlerle kaydet</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Hizmet ekle</translation>
    </message>
    <message>
        <source>Verified today by me</source>
        <translation>Bugün benim tarafımdan doğrulandı</translation>
    </message>
    <message>
        <source>Sets the date of the last verification and who made it</source>
        <translation>Son doğrulamanın tarihini ve kimin yaptığını ayarlar</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>İncelemeye gönder</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Taslağı kaydet</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arşivle</translation>
    </message>
    <message>
        <source>Kept with its history, no longer shown</source>
        <translation>Geçmişiyle saklanır, artık gösterilmez</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>İnceleme bekleyen bir şey yok.</translation>
    </message>
    <message>
        <source>New record, draft</source>
        <translation>Yeni kayıt, taslak</translation>
    </message>
    <message>
        <source>Changes proposed by %1</source>
        <translation>%1 tarafından önerilen değişiklikler</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Yayımla</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>(changed since: now %1)</source>
        <translation>(o zamandan beri değişti: şimdi %1)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>More filters (%1 on)</source>
        <translation>Diğer filtreler (%1 açık)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Diğer filtreler</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Diğer filtreleri sıfırla</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Şu an açık</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Basamaksız giriş</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Sevk gerekmez</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kimin için</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Açık olduğu zaman</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Yarın</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Yalnızca randevusuz</translation>
    </message>
</context>
<context>
    <name>FocusAreaPanel</name>
    <message>
        <source>Focus areas</source>
        <translation>Çalışma alanları</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 kurum</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 kurum</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Help and advice near you</source>
        <translation>Yakınınızda yardım ve danışmanlık</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Adresiniz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Mesafe</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>yürüyerek</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>İnternet sitesi</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Konuşulan diller</translation>
    </message>
    <message>
        <source>Nearest stop</source>
        <translation>En yakın durak</translation>
    </message>
    <message>
        <source>* The position on the map is estimated; the address is right.</source>
        <translation>* Haritadaki konum tahminidir; adres doğrudur.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>gerekli</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>randevusuz gelinebilir</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>%1 içe aktarıldı</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 içe aktar</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Liste şunları içeriyor</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>kurumlar</translation>
    </message>
    <message>
        <source>areas (districts)</source>
        <translation>bölgeler (ilçeler)</translation>
    </message>
    <message>
        <source>What the list holds</source>
        <translation>Listenin içeriği</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Her kayıt denetleniyor…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>İçe aktarıldı: %1 yeni, %2 güncellendi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Koordinat sistemi</translation>
    </message>
    <message>
        <source>as the list names it</source>
        <translation>listede belirtildiği gibi</translation>
    </message>
    <message>
        <source>Gauss-Krüger zone 3 (EPSG:31467)</source>
        <translation>Gauss-Krüger 3. dilim (EPSG:31467)</translation>
    </message>
    <message>
        <source>Coordinate system of the list, when it names none</source>
        <translation>Liste belirtmiyorsa listenin koordinat sistemi</translation>
    </message>
    <message>
        <source>Used when the list names none, e.g. for Rechtswert/Hochwert columns</source>
        <translation>Liste bir sistem belirtmediğinde kullanılır, ör. Rechtswert/Hochwert sütunları için</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Eşleme</translation>
    </message>
    <message>
        <source>the usual column names</source>
        <translation>alışılmış sütun adları</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Bir eşleme dosyası seç</translation>
    </message>
    <message>
        <source>Usual names</source>
        <translation>Alışılmış adlar</translation>
    </message>
    <message>
        <source>Import without a mapping file</source>
        <translation>Eşleme dosyası olmadan içe aktar</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.</source>
        <translation>İçe aktarmaya hazır: %1 yeni, %2 güncellenecek, %3 değişmedi; 1 uyarı.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.</source>
        <translation>
            <numerusform>İçe aktarmaya hazır: %1 yeni, %2 güncellenecek, %3 değişmedi; %n uyarı.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error: nothing will be imported until it is corrected.</source>
        <translation>1 hata: düzeltilene kadar hiçbir şey içe aktarılmayacak.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n hata: düzeltilene kadar hiçbir şey içe aktarılmayacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mapping file for this list</source>
        <translation>Bu liste için bir eşleme dosyası</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>Eşleme dosyaları (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>addresses with positions (house coordinates)</source>
        <translation>konumlu adresler (bina koordinatları)</translation>
    </message>
    <message>
        <source>1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).</source>
        <translation>Hatalı 1 satır: düzeltip yeniden denetleyin ya da geçerli kayıtları onsuz içe aktarın (%1 yeni, %2 güncellendi).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).</source>
        <translation>
            <numerusform>Hatalı %n satır: düzeltip yeniden denetleyin ya da geçerli kayıtları onlarsız içe aktarın (%1 yeni, %2 güncellendi).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row left out for its errors, in %1: correct it there and import that file.</source>
        <translation>Hataları nedeniyle 1 satır dışarıda bırakıldı, %1 içinde: orada düzeltip o dosyayı içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out for their errors, in %1: correct them there and import that file.</source>
        <translation>
            <numerusform>Hataları nedeniyle %n satır dışarıda bırakıldı, %1 içinde: orada düzeltip o dosyayı içe aktarın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open the rows left out</source>
        <translation>Dışarıda bırakılan satırları aç</translation>
    </message>
    <message>
        <source>Import without the row with errors</source>
        <translation>Hatalı satır olmadan içe aktar</translation>
    </message>
    <message numerus="yes">
        <source>Import without the %n rows with errors</source>
        <translation>
            <numerusform>Hatalı %n satır olmadan içe aktar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
    <message>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <source>1 record read: %1 new, %2 updated, %3 unchanged</source>
        <translation>1 kayıt okundu: %1 yeni, %2 güncellendi, %3 değişmedi</translation>
    </message>
    <message numerus="yes">
        <source>%n records read: %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>%n kayıt okundu: %1 yeni, %2 güncellendi, %3 değişmedi</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of this list no longer in it (kept)</source>
        <translation>; bu listeden %1 kayıt artık listede yok (korundu)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 hata</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n hata</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 uyarı</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n uyarı</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (dry run); 1 row would be left out for its errors.</source>
        <translation>Hiçbir şey yazılmadı (deneme); hataları nedeniyle 1 satır dışarıda bırakılırdı.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written (dry run); %n rows would be left out for their errors.</source>
        <translation>
            <numerusform>Hiçbir şey yazılmadı (deneme); hataları nedeniyle %n satır dışarıda bırakılırdı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The valid records were written in one transaction; 1 row left out for its errors.</source>
        <translation>Geçerli kayıtlar tek bir işlemde yazıldı; hataları nedeniyle 1 satır dışarıda bırakıldı.</translation>
    </message>
    <message numerus="yes">
        <source>The valid records were written in one transaction; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Geçerli kayıtlar tek bir işlemde yazıldı; hataları nedeniyle %n satır dışarıda bırakıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; 1 row left out for its errors.</source>
        <translation>Yazılacak bir şey yok; hataları nedeniyle 1 satır dışarıda bırakıldı.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to write; %n rows left out for their errors.</source>
        <translation>
            <numerusform>Yazılacak bir şey yok; hataları nedeniyle %n satır dışarıda bırakıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows left out are in %1, each with its problem: correct them there and import that file.</source>
        <translation>Dışarıda bırakılan satırlar %1 içinde, her biri sorunuyla birlikte: orada düzeltip o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>Nothing was written: the list as a whole has errors; correct them and import again.</source>
        <translation>Hiçbir şey yazılmadı: listenin bütününde hatalar var; düzeltip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records without the rows with errors).</source>
        <translation>Hiçbir şey yazılmadı: hataları düzeltip yeniden içe aktarın (ya da geçerli kayıtları hatalı satırlar olmadan içe aktarın).</translation>
    </message>
    <message>
        <source>Nothing was written: correct the errors and import again (or import the valid records with --accept-valid).</source>
        <translation>Hiçbir şey yazılmadı: hataları düzeltip yeniden içe aktarın (ya da geçerli kayıtları --accept-valid ile içe aktarın).</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Hiçbir şey yazılmadı (deneme).</translation>
    </message>
    <message>
        <source>Written in one transaction.</source>
        <translation>Tek bir işlemde yazıldı.</translation>
    </message>
    <message>
        <source>Nothing to write: the store already holds this list.</source>
        <translation>Yazılacak bir şey yok: depo bu listeyi zaten içeriyor.</translation>
    </message>
    <message>
        <source>--s-crs, or Coordinate system in the app&apos;s import dialog</source>
        <translation>--s-crs ya da uygulamanın içe aktarma penceresinde “Koordinat sistemi”</translation>
    </message>
    <message>
        <source>--mapping, or Mapping in the app&apos;s import dialog</source>
        <translation>--mapping ya da uygulamanın içe aktarma penceresinde “Eşleme”</translation>
    </message>
    <message>
        <source>name it (%1), e.g. EPSG:25832</source>
        <translation>belirtin (%1), ör. EPSG:25832</translation>
    </message>
    <message>
        <source>as you named it</source>
        <translation>sizin belirttiğiniz gibi</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>bilinen bir ad</translation>
    </message>
    <message>
        <source>guessed from its header</source>
        <translation>başlığından tahmin edildi</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3)</source>
        <translation>%1, &apos;%2&apos; sütunundan (%3)</translation>
    </message>
    <message>
        <source>the list names no coordinate system; its positions lie in %1 when read as %2 (%3), so they were read so; if that is wrong, name the right one (%4)</source>
        <translation>liste bir koordinat sistemi belirtmiyor; %2 (%3) olarak okunduğunda konumları %1 içinde kalıyor, bu yüzden böyle okundu; yanlışsa doğrusunu belirtin (%4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>nesne %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <source>the data names no coordinate system: %1</source>
        <translation>veriler bir koordinat sistemi belirtmiyor: %1</translation>
    </message>
    <message>
        <source>x/y need a coordinate system: %1</source>
        <translation>x/y için bir koordinat sistemi gerekli: %1</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y</source>
        <translation>konumu yok: nokta geometrisi, enlem/boylam ya da x/y yok</translation>
    </message>
    <message>
        <source>has no position: no point geometry, latitude/longitude or x/y, and no --gazetteer or --geocode-online to find its address with</source>
        <translation>konumu yok: nokta geometrisi, enlem/boylam ya da x/y yok; adresini bulmak için --gazetteer ya da --geocode-online da yok</translation>
    </message>
    <message>
        <source>lies outside %1 (%2, %3)</source>
        <translation>%1 dışında kalıyor (%2, %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; bir web adresi değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; maps to nothing in the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; sınıflandırmada hiçbir şeye karşılık gelmiyor; bir eşleme dosyasında eşleyin</translation>
    </message>
    <message>
        <source>no focus area</source>
        <translation>çalışma alanı yok</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; bir e-posta adresi değil</translation>
    </message>
    <message>
        <source>the list does not say how its positions were made, so they are marked estimated; a mapping&apos;s defaults.position_source can say surveyed or geocoded</source>
        <translation>liste konumlarının nasıl belirlendiğini söylemiyor, bu yüzden tahmini olarak işaretlendi; bir eşlemedeki defaults.position_source surveyed ya da geocoded diyebilir</translation>
    </message>
    <message>
        <source>column %1 is not imported: no field of the model takes it; a mapping file (%2) can assign it to one</source>
        <translation>%1 sütunu içe aktarılmıyor: modelin hiçbir alanı onu almıyor; bir eşleme dosyası (%2) onu bir alana atayabilir</translation>
    </message>
    <message>
        <source>columns %1 are not imported: no field of the model takes them; a mapping file (%2) can assign them to fields</source>
        <translation>%1 sütunları içe aktarılmıyor: modelin hiçbir alanı onları almıyor; bir eşleme dosyası (%2) onları alanlara atayabilir</translation>
    </message>
    <message>
        <source>columns read: %1</source>
        <translation>okunan sütunlar: %1</translation>
    </message>
    <message>
        <source>a column guessed wrongly is named with --field FIELD=COLUMN (or a mapping file)</source>
        <translation>yanlış tahmin edilen bir sütun --field FIELD=COLUMN (ya da bir eşleme dosyası) ile belirtilir</translation>
    </message>
    <message>
        <source>no column holds the names; the list&apos;s columns are %1; name the one with --field name=COLUMN</source>
        <translation>hiçbir sütun adları içermiyor; listenin sütunları %1; doğru olanı --field name=COLUMN ile belirtin</translation>
    </message>
    <message>
        <source>no column holds the focus areas; the list&apos;s columns are %1; name the one with --field focus_areas=COLUMN, or give every record one with --default focus_areas=ID</source>
        <translation>hiçbir sütun çalışma alanlarını içermiyor; listenin sütunları %1; doğru olanı --field focus_areas=COLUMN ile belirtin ya da tüm kayıtlara --default focus_areas=ID ile bir tane verin</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>böyle bir dosya yok</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>%1 olarak okunamıyor: %2</translation>
    </message>
    <message>
        <source>not a format GDAL reads as vector data (is it what its name says?)</source>
        <translation>GDAL&apos;ın vektör veri olarak okuduğu bir biçim değil (adının söylediği şey mi?)</translation>
    </message>
    <message>
        <source>holds no table or layer</source>
        <translation>tablo ya da katman içermiyor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate system PROJ knows (try EPSG:25832)</source>
        <translation>&apos;%1&apos; PROJ&apos;un bildiği bir koordinat sistemi değil (EPSG:25832 deneyin)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; bir sayı değil</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>sayı değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not surveyed, geocoded or estimated</source>
        <translation>&apos;%1&apos; surveyed, geocoded ya da estimated değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no institution type of the taxonomy; map it in a mapping file</source>
        <translation>&apos;%1&apos; sınıflandırmada bir kurum türü değil; bir eşleme dosyasında eşleyin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no street</source>
        <translation>&apos;%1&apos; bir sokak adı içermiyor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; evet ya da hayır değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not active, temporarily closed or inactive</source>
        <translation>&apos;%1&apos; etkin, geçici olarak kapalı ya da etkin değil durumlarından biri değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; bir tarih değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or unknown</source>
        <translation>&apos;%1&apos; evet, hayır ya da bilinmiyor değil</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>kimliksiz</translation>
    </message>
    <message>
        <source>under id %1</source>
        <translation>%1 kimliğiyle</translation>
    </message>
    <message>
        <source>the same name, address and offer as %1 %2: imported once</source>
        <translation>%1 %2 ile aynı ad, adres ve hizmet: bir kez içe aktarıldı</translation>
    </message>
    <message>
        <source>the same name and address as %1 %2: imported as one institution with %3 offers</source>
        <translation>%1 %2 ile aynı ad ve adres: %3 hizmetli tek bir kurum olarak içe aktarıldı</translation>
    </message>
    <message>
        <source>its id and name</source>
        <translation>kimliği ve adı</translation>
    </message>
    <message>
        <source>its name and address</source>
        <translation>adı ve adresi</translation>
    </message>
    <message>
        <source>its name and place</source>
        <translation>adı ve yeri</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; (found by %3)</source>
        <translation>%1 &apos;%2&apos; kaydını günceller (%3 ile bulundu)</translation>
    </message>
    <message>
        <source>updates %1 &apos;%2&apos; of the list &apos;%3&apos; (found by %4)</source>
        <translation>&apos;%3&apos; listesindeki %1 &apos;%2&apos; kaydını günceller (%4 ile bulundu)</translation>
    </message>
    <message>
        <source>the list looks like a new version of &apos;%1&apos; (%2 of its %3 records found): they are now of this list</source>
        <translation>liste &apos;%1&apos; listesinin yeni bir sürümü gibi görünüyor (%3 kaydından %2 tanesi bulundu): artık bu listeye ait</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came from this list but is no longer in it; it was kept</source>
        <translation>%1 &apos;%2&apos; bu listeden gelmişti ama artık listede yok; korundu</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>kayıt içermiyor</translation>
    </message>
    <message>
        <source>the header is in rows %1 to %2 (headings over groups of columns are joined to their columns&apos; names)</source>
        <translation>başlık %1 ile %2. satırlar arasında (sütun gruplarının üstündeki başlıklar sütunlarının adlarına eklenir)</translation>
    </message>
    <message>
        <source>the header is in row %1</source>
        <translation>başlık %1. satırda</translation>
    </message>
    <message>
        <source>; row 1 above it is passed over</source>
        <translation>; üstündeki 1. satır atlanır</translation>
    </message>
    <message>
        <source>; rows 1 to %1 above it are passed over</source>
        <translation>; üstündeki 1 ile %1. satırlar atlanır</translation>
    </message>
    <message>
        <source>; row %1 holds units and is passed over</source>
        <translation>; %1. satır birimleri içerir ve atlanır</translation>
    </message>
    <message>
        <source>; the records begin in row %1</source>
        <translation>; kayıtlar %1. satırda başlar</translation>
    </message>
    <message>
        <source>a remote source needs the network, which this import may not use (allow it with --allow-network)</source>
        <translation>uzak bir kaynak ağa ihtiyaç duyar; bu içe aktarma ağı kullanamaz (--allow-network ile izin verin)</translation>
    </message>
    <message>
        <source>the data names its own coordinate system; the one given (%1) is not used</source>
        <translation>veriler kendi koordinat sistemini belirtiyor; verilen (%1) kullanılmıyor</translation>
    </message>
    <message>
        <source>the shape cannot be transformed to WGS84</source>
        <translation>şekil WGS84&apos;e dönüştürülemiyor</translation>
    </message>
    <message>
        <source>not a polygon</source>
        <translation>çokgen değil</translation>
    </message>
    <message>
        <source>not a point; a point of the shape was taken</source>
        <translation>nokta değil; şeklin bir noktası alındı</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>konum WGS84&apos;e dönüştürülemiyor</translation>
    </message>
    <message>
        <source>gazetteer %1: %2 entries without a usable position were skipped</source>
        <translation>adres dizini %1: kullanılabilir konumu olmayan %2 giriş atlandı</translation>
    </message>
    <message>
        <source>not in the gazetteer %1</source>
        <translation>%1 adres dizininde yok</translation>
    </message>
    <message>
        <source>not found in %1 by %2</source>
        <translation>%2 tarafından %1 içinde bulunamadı</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>&apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, ve </translation>
    </message>
    <message>
        <source>continues %1 (same %2) but differs in name, address, position, Träger or description</source>
        <translation>%1 kaydını sürdürüyor (aynı %2) ama ad, adres, konum, taşıyıcı kurum ya da açıklamada farklı</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>ad ve adres</translation>
    </message>
    <message>
        <source>the list gives no inhabitants for %1; the city&apos;s bundled figures are kept for them</source>
        <translation>liste %1 için nüfus vermiyor; şehrin birlikte gelen rakamları onlar için korunuyor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the store with other details; the store&apos;s are kept</source>
        <translation>&apos;%1&apos; depoda başka bilgilerle var; deponunkiler korunuyor</translation>
    </message>
    <message>
        <source>may be the same as %1 &apos;%2&apos; in the store (%3 m away)</source>
        <translation>depodaki %1 &apos;%2&apos; ile aynı olabilir (%3 m uzakta)</translation>
    </message>
    <message>
        <source>the rows left out (%1) could not be written to %2: %3</source>
        <translation>dışarıda bırakılan satırlar (%1) %2 içine yazılamadı: %3</translation>
    </message>
    <message>
        <source>there is no store at %1 yet; the import would make it</source>
        <translation>%1 konumunda henüz depo yok; içe aktarma onu oluşturur</translation>
    </message>
    <message>
        <source> (--create makes one)</source>
        <translation> (--create bir tane oluşturur)</translation>
    </message>
    <message>
        <source>%1 of %2 positions lie outside %3</source>
        <translation>%2 konumdan %1 tanesi %3 dışında</translation>
    </message>
    <message>
        <source>: latitude and longitude look swapped (%1 of them would lie in %2 the other way round)</source>
        <translation>: enlem ve boylam yer değiştirmiş görünüyor (ters çevrilince %1 tanesi %2 içinde kalırdı)</translation>
    </message>
    <message>
        <source>as WGS84 latitude/longitude</source>
        <translation>WGS84 enlem/boylam olarak</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 içinde</translation>
    </message>
    <message>
        <source>: is the coordinate system right? The positions were read %1; when the data names none, name another (%2)</source>
        <translation>: koordinat sistemi doğru mu? Konumlar %1 okundu; veriler bir sistem belirtmiyorsa başka birini belirtin (%2)</translation>
    </message>
    <message>
        <source>--layer must be institutions or areas</source>
        <translation>--layer institutions ya da areas olmalı</translation>
    </message>
    <message>
        <source>the source has %1 layers; imported the first, &apos;%2&apos;</source>
        <translation>kaynakta %1 katman var; ilki, &apos;%2&apos;, içe aktarıldı</translation>
    </message>
    <message>
        <source>reading stopped after %1 records: %2</source>
        <translation>okuma %1 kayıttan sonra durdu: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; bir tam sayı değil</translation>
    </message>
    <message>
        <source>the same area as %1</source>
        <translation>%1 ile aynı bölge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in several places of the gazetteer %2: the postcode tells which</source>
        <translation>&apos;%1&apos; %2 adres dizininde birden çok yerde: posta kodu hangisi olduğunu söyler</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1 at offset %2)</source>
        <translation>eşleme bir JSON nesnesi değil (%2 konumunda %1)</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos;</source>
        <translation>bilinmeyen bölüm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fields: &apos;%1&apos; is not a field of the model (known: %2)</source>
        <translation>fields: &apos;%1&apos; modelin bir alanı değil (bilinenler: %2)</translation>
    </message>
    <message>
        <source>values: &apos;%1&apos; has no vocabulary (these do: %2)</source>
        <translation>values: &apos;%1&apos; bir sözlüğe sahip değil (bunların var: %2)</translation>
    </message>
    <message>
        <source>values: %1: &apos;%2&apos; maps to &apos;%3&apos;, which is not in the taxonomy</source>
        <translation>values: %1: &apos;%2&apos;, sınıflandırmada olmayan &apos;%3&apos; ile eşleniyor</translation>
    </message>
    <message>
        <source>defaults: &apos;%1&apos; is not a field of the model</source>
        <translation>defaults: &apos;%1&apos; modelin bir alanı değil</translation>
    </message>
    <message>
        <source>the mapping is not valid YAML (line %1: %2)</source>
        <translation>eşleme geçerli bir YAML değil (satır %1: %2)</translation>
    </message>
    <message>
        <source>the mapping is not a YAML map of sections</source>
        <translation>eşleme bölümlerden oluşan bir YAML eşlemi değil</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>bilinmeyen hata</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>geometri yok</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>%1 kaydını tekrarlıyor</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL&apos;da %1 sürücüsü yok</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>oluşturulamıyor</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>katman yok</translation>
    </message>
    <message>
        <source>a column cannot be made</source>
        <translation>bir sütun oluşturulamıyor</translation>
    </message>
    <message>
        <source>a row cannot be written</source>
        <translation>bir satır yazılamıyor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lies in the future; a verification cannot</source>
        <translation>&apos;%1&apos; gelecekte; bir doğrulama gelecekte olamaz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; says neither whether an appointment is needed nor whether one may walk in</source>
        <translation>&apos;%1&apos; randevu gerekip gerekmediğini ya da randevusuz gelinip gelinemeyeceğini belirtmiyor</translation>
    </message>
</context>
<context>
    <name>InstitutionCard</name>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>%1 tarihinde doğrulandı</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Henüz doğrulanmadı</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Kimin için: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Diller: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Saatler: %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Saatler bilinmiyor</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Henüz iletişim bilgisi yok</translation>
    </message>
    <message>
        <source>Also at this address:</source>
        <translation>Aynı adreste ayrıca:</translation>
    </message>
    <message>
        <source>On the shortlist ✓</source>
        <translation>Kısa listede ✓</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Kısa listeye ekle</translation>
    </message>
    <message>
        <source>Remove from the shortlist</source>
        <translation>Kısa listeden çıkar</translation>
    </message>
    <message>
        <source>Add to the shortlist</source>
        <translation>Kısa listeye ekle</translation>
    </message>
    <message>
        <source>Not yet translated; shown in German.</source>
        <translation>Henüz çevrilmedi; Almanca gösteriliyor.</translation>
    </message>
    <message>
        <source>Hide the history</source>
        <translation>Geçmişi gizle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5 (%6)</source>
        <translation>%1 · %2 · %3: %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Henüz kayıtlı değişiklik yok.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>%1 tarihinde %2 tarafından doğrulandı</translation>
    </message>
    <message>
        <source>Draft: not yet public</source>
        <translation>Taslak: henüz herkese açık değil</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stadtplan – %1</source>
        <translation>Şehir Haritası – %1</translation>
    </message>
    <message>
        <source>Import a list of institutions</source>
        <translation>Kurum listesi içe aktar</translation>
    </message>
    <message>
        <source>Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</source>
        <translation>Listeler ve coğrafi veriler (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Export the institutions shown</source>
        <translation>Gösterilen kurumları dışa aktar</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 dosyasına aktarıldı</translation>
    </message>
    <message>
        <source>Share this view</source>
        <translation>Bu görünümü paylaş</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.</source>
        <translation>Bağlantı panoya kopyalandı. Açan kişi bu filtreleri, bu aramayı ve haritanın bu bölümünü görür.</translation>
    </message>
    <message>
        <source>Link to this view</source>
        <translation>Bu görünümün bağlantısı</translation>
    </message>
    <message>
        <source>Print the Stadtplan</source>
        <translation>Şehir haritasını yazdır</translation>
    </message>
    <message>
        <source>The map and directory of the %1 institutions shown (%2).</source>
        <translation>Gösterilen %1 kurumun haritası ve dizini (%2).</translation>
    </message>
    <message>
        <source>The map and directory of all %1 institutions.</source>
        <translation>%1 kurumun tamamının haritası ve dizini.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kağıt</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Yatay</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Save the Stadtplan as PDF</source>
        <translation>Şehir haritasını PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Saved the Stadtplan to %1</source>
        <translation>Şehir haritası %1 olarak kaydedildi</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>%1 Şehir Haritası</translation>
    </message>
    <message>
        <source>%1 of %2 institutions found</source>
        <translation>%2 kurumdan %1 bulundu</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 kurum</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 kurum</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Kapsama</translation>
    </message>
    <message>
        <source>Show how well the districts are served by a focus area</source>
        <translation>İlçelerin bir çalışma alanında ne kadar iyi hizmet aldığını göster</translation>
    </message>
    <message>
        <source>Share view…</source>
        <translation>Görünümü paylaş…</translation>
    </message>
    <message>
        <source>A link to exactly this view, for a colleague</source>
        <translation>Bir meslektaş için tam bu görünümün bağlantısı</translation>
    </message>
    <message>
        <source>Print Stadtplan…</source>
        <translation>Şehir haritasını yazdır…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Liste içe aktar…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Görünümü dışa aktar…</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Mükerrer kayıtlar</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Olası mükerrer kayıt yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one institution</source>
        <translation>
            <numerusform>Tek kurum olabilecek %n çift</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 ve %2: %3</translation>
    </message>
    <message>
        <source>Search names, Träger, offers…</source>
        <translation>Ad, kurum, hizmet ara…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Finds institutions as you type; spelling and one typo per word are forgiven</source>
        <translation>Yazarken kurumları bulur; yazım farkları ve kelime başına bir yazım hatası sorun olmaz</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Complete as %1</source>
        <translation>%1 olarak tamamla</translation>
    </message>
    <message>
        <source>Client&apos;s address, e.g. Niederwall 23</source>
        <translation>Danışanın adresi, ör. Niederwall 23</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Press Enter to sort the list by distance from this address</source>
        <translation>Listeyi bu adrese olan uzaklığa göre sıralamak için Enter&apos;a basın</translation>
    </message>
    <message>
        <source>“%1” is not in the address list. Did you mean:</source>
        <translation>“%1” adres listesinde yok. Bunu mu demek istediniz:</translation>
    </message>
    <message>
        <source>“%1” is not in the address list, and no address is close to it.</source>
        <translation>“%1” adres listesinde yok ve ona yakın bir adres de yok.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 kullan</translation>
    </message>
    <message>
        <source>Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>%1 adresine en yakın önce (kuş uçuşu; 0,5, 1, 2 ve 5 km&apos;de halkalar)</translation>
    </message>
    <message>
        <source>Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)</source>
        <translation>Haritadaki noktaya en yakın önce (kuş uçuşu; 0,5, 1, 2 ve 5 km&apos;de halkalar)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Clear the point</source>
        <translation>Noktayı kaldır</translation>
    </message>
    <message>
        <source>Right-click the map (long press on touch screens) to sort by distance from there.</source>
        <translation>Oradan uzaklığa göre sıralamak için haritaya sağ tıklayın (dokunmatik ekranda uzun basın).</translation>
    </message>
    <message>
        <source>The store holds no institutions yet.</source>
        <translation>Veri deposunda henüz kurum yok.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”%2.</source>
        <translation>“%1”%2 için bir şey bulunamadı.</translation>
    </message>
    <message>
        <source> in the chosen focus areas</source>
        <translation> seçilen çalışma alanlarında</translation>
    </message>
    <message>
        <source>No institution offers all of this.</source>
        <translation>Bunların hepsini sunan bir kurum yok.</translation>
    </message>
    <message>
        <source>Show all focus areas</source>
        <translation>Tüm çalışma alanlarını göster</translation>
    </message>
    <message>
        <source>Shortlist for the client</source>
        <translation>Danışan için kısa liste</translation>
    </message>
    <message>
        <source>The shortlist is empty. Open an institution and choose “Add to shortlist”.</source>
        <translation>Kısa liste boş. Bir kurum açın ve “Kısa listeye ekle”yi seçin.</translation>
    </message>
    <message>
        <source>Nearest first from %1 on the handout.</source>
        <translation>Bilgi notunda %1 adresine en yakın önce.</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>haritada seçilen nokta</translation>
    </message>
    <message>
        <source>Give the client&apos;s address to print distances and walking times.</source>
        <translation>Mesafeleri ve yürüme sürelerini yazdırmak için danışanın adresini girin.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove %1 from the shortlist</source>
        <translation>%1 kısa listeden çıkar</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Danışanın dili</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Bilgi notunu PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Empty the shortlist</source>
        <translation>Kısa listeyi boşalt</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Bilgi notunu PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Saved the handout to %1</source>
        <translation>Bilgi notu %1 olarak kaydedildi</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>The start page: large topic tiles and the choice of language</source>
        <translation>Başlangıç sayfası: büyük konu kutucukları ve dil seçimi</translation>
    </message>
    <message>
        <source>Shortlist (%1)…</source>
        <translation>Kısa liste (%1)…</translation>
    </message>
    <message>
        <source>The institutions chosen for a client, and their handout</source>
        <translation>Bir danışan için seçilen kurumlar ve bilgi notu</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <source>Print the Stadtplan, import lists, export the view</source>
        <translation>Şehir haritasını yazdır, liste içe aktar, görünümü dışa aktar</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Konumumu kullan</translation>
    </message>
    <message>
        <source>Sort the list by distance from where you are</source>
        <translation>Listeyi bulunduğunuz yere olan uzaklığa göre sırala</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Konumunuz bulunuyor…</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>konumunuz</translation>
    </message>
    <message>
        <source>Reset the further filters</source>
        <translation>Diğer filtreleri sıfırla</translation>
    </message>
    <message>
        <source>Export the overdue institutions&apos; contacts</source>
        <translation>Süresi geçmiş kurumların iletişim bilgilerini dışa aktar</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Doğrulama</translation>
    </message>
    <message>
        <source>Not verified for</source>
        <translation>Şu süredir doğrulanmadı:</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Son doğrulamadan bu yana geçen ay</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ay</translation>
    </message>
    <message numerus="yes">
        <source>%n institutions to ask for confirmation</source>
        <translation>
            <numerusform>Onay istenecek %n kurum</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>İletişim bilgilerini dışa aktar…</translation>
    </message>
    <message>
        <source>The overdue institutions with phone, e-mail and website, as CSV</source>
        <translation>Süresi geçmiş kurumlar telefon, e-posta ve web sitesiyle, CSV olarak</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Hiç doğrulanmadı</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Son doğrulama %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>The coordinator&apos;s editing: records, drafts and the review queue</source>
        <translation>Koordinatörün düzenlemesi: kayıtlar, taslaklar ve inceleme listesi</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Harita karoları</translation>
    </message>
    <message>
        <source>Automatic: the offline map when there, else online</source>
        <translation>Otomatik: varsa çevrimdışı harita, yoksa çevrimiçi</translation>
    </message>
    <message>
        <source>Online tiles</source>
        <translation>Çevrimiçi karolar</translation>
    </message>
    <message>
        <source>Offline city map</source>
        <translation>Çevrimdışı şehir haritası</translation>
    </message>
    <message>
        <source>None: districts only</source>
        <translation>Hiçbiri: yalnızca ilçeler</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Bir sonraki açılışta geçerli olur</translation>
    </message>
    <message>
        <source>About Stadtplan…</source>
        <translation>Stadtplan hakkında…</translation>
    </message>
    <message>
        <source>Offline city map…</source>
        <translation>Çevrimdışı şehir haritası…</translation>
    </message>
    <message>
        <source>The offline map&apos;s data is from %1.</source>
        <translation>Çevrimdışı haritanın verileri %1 tarihli.</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Güncelle…</translation>
    </message>
    <message>
        <source>%1 (middle of the street)</source>
        <translation>%1 (sokağın ortası)</translation>
    </message>
    <message>
        <source>Typed as “%1”.</source>
        <translation>“%1” olarak yazıldı.</translation>
    </message>
    <message>
        <source>%1 has the postcode %2, not %3. Is it this address?</source>
        <translation>%1 adresinin posta kodu %2, %3 değil. Bu adres mi?</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3. Is it this address?</source>
        <translation>%1, %3 değil %2 içinde. Bu adres mi?</translation>
    </message>
    <message>
        <source>Sort by distance from %1</source>
        <translation>%1 adresine uzaklığa göre sırala</translation>
    </message>
    <message>
        <source>%1 of %2 institutions</source>
        <translation>%2 kurumdan %1</translation>
    </message>
    <message>
        <source>▾ 1 more focus area</source>
        <translation>▾ 1 çalışma alanı daha</translation>
    </message>
    <message>
        <source>▾ %1 more focus areas</source>
        <translation>▾ %1 çalışma alanı daha</translation>
    </message>
</context>
<context>
    <name>OfflineMapDialog</name>
    <message>
        <source>Offline city map</source>
        <translation>Çevrimdışı şehir haritası</translation>
    </message>
    <message>
        <source>Downloading the map data…</source>
        <translation>Harita verileri indiriliyor…</translation>
    </message>
    <message>
        <source>Cutting it to the city…</source>
        <translation>Şehre göre kırpılıyor…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Harita çiziliyor…</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1. It is shown from the next start.</source>
        <translation>Çevrimdışı harita hazır, %1 tarihli harita verileriyle. Bir sonraki başlatmada gösterilir.</translation>
    </message>
    <message>
        <source>No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.</source>
        <translation>İndirme sunucusuna bağlantı yok ya da bağlantı koptu. İndirilenler saklanır ve “Tekrar dene” oradan devam eder.</translation>
    </message>
    <message>
        <source>The download server answered with an error.</source>
        <translation>İndirme sunucusu bir hatayla yanıt verdi.</translation>
    </message>
    <message>
        <source>The data could not be saved: is the disk full?</source>
        <translation>Veriler kaydedilemedi: disk dolu mu?</translation>
    </message>
    <message>
        <source>The downloaded file was damaged and has been removed. Try again downloads it anew.</source>
        <translation>İndirilen dosya bozuktu ve silindi. “Tekrar dene” onu yeniden indirir.</translation>
    </message>
    <message>
        <source>Cancelled. What was downloaded is kept, and the next download goes on from there.</source>
        <translation>İptal edildi. İndirilenler saklanır ve bir sonraki indirme oradan devam eder.</translation>
    </message>
    <message>
        <source>The downloaded data cannot be used for this city: it is damaged or does not cover the city.</source>
        <translation>İndirilen veriler bu şehir için kullanılamıyor: bozuk ya da şehri kapsamıyor.</translation>
    </message>
    <message>
        <source>The map tool could not run.</source>
        <translation>Harita aracı çalıştırılamadı.</translation>
    </message>
    <message>
        <source>Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.</source>
        <translation>Şehrin çevresindeki bölgenin OpenStreetMap verilerini indirir (yaklaşık 100 MB), şehre göre kırpar ve haritayı bunlardan çizer; böylece harita bir karo sunucusu olmadan çalışır. Yenisi tamamlanana kadar mevcut harita kalır.</translation>
    </message>
    <message>
        <source>%1 of %2 MB, %3 MB/s</source>
        <translation>%1 / %2 MB, %3 MB/sn</translation>
    </message>
    <message>
        <source>%1 of %2 tiles</source>
        <translation>%1 / %2 karo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>İndir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Şimdi yeniden başlat</translation>
    </message>
    <message>
        <source>The offline map is ready, with map data of %1, and the map shows it now.</source>
        <translation>Çevrimdışı harita hazır, %1 tarihli harita verileriyle, ve harita onu şimdi gösteriyor.</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <source>Focus area</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Yarıçap</translation>
    </message>
    <message>
        <source>%1 m or the same area</source>
        <translation>%1 m veya aynı bölge</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Mesafe</translation>
    </message>
    <message>
        <source>No overlapping offers found.</source>
        <translation>Çakışan hizmet bulunamadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups, most pressing first</source>
        <translation>
            <numerusform>%n grup, en acil olan önce</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Listeyi dışa aktar…</translation>
    </message>
    <message>
        <source>Export the overlapping offers</source>
        <translation>Çakışan hizmetleri dışa aktar</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 dosyasına aktarıldı</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Institutions</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>saatler bilinmiyor</translation>
    </message>
    <message>
        <source>position estimated</source>
        <translation>konum tahmini</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Başlangıç sayfası</translation>
    </message>
    <message>
        <source>Help and advice in %1</source>
        <translation>%1&apos;de yardım ve danışmanlık</translation>
    </message>
    <message>
        <source>Show the map in this language</source>
        <translation>Haritayı bu dilde göster</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Ne arıyorsunuz?</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 yer</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 yer</translation>
    </message>
    <message>
        <source>Show everything on the map</source>
        <translation>Her şeyi haritada göster</translation>
    </message>
</context>
<context>
    <name>stadtplan::BasemapSource</name>
    <message>
        <source>The map shows the city&apos;s districts; markers, list and search work as usual.</source>
        <translation>Harita şehrin ilçelerini gösteriyor; işaretler, liste ve arama her zamanki gibi çalışıyor.</translation>
    </message>
    <message>
        <source>No map tiles: this computer seems to be offline.</source>
        <translation>Harita karoları yok: bu bilgisayar çevrimdışı görünüyor.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 does not answer.</source>
        <translation>Harita karoları yok: karo sunucusu %1 yanıt vermiyor.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 refused them (%2).</source>
        <translation>Harita karoları yok: karo sunucusu %1 bunları reddetti (%2).</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 is busy or failing (%2); try again later.</source>
        <translation>Harita karoları yok: karo sunucusu %1 meşgul ya da arızalı (%2); daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>No map tiles: the tile server %1 sent something that is not a map image.</source>
        <translation>Harita karoları yok: karo sunucusu %1 harita görüntüsü olmayan bir şey gönderdi.</translation>
    </message>
    <message>
        <source>Map tiles are switched off (Tools → Map tiles chooses them).</source>
        <translation>Harita karoları kapalı (Araçlar → Harita karoları ile seçilir).</translation>
    </message>
    <message>
        <source>No offline city map has been made yet (Tools → Map tiles → Online shows online tiles).</source>
        <translation>Henüz çevrimdışı şehir haritası oluşturulmadı (Araçlar → Harita karoları → Çevrimiçi karolar).</translation>
    </message>
    <message>
        <source>No map tiles: the tile address cannot be used: %1.</source>
        <translation>Harita karoları yok: karo adresi kullanılamıyor: %1.</translation>
    </message>
    <message>
        <source>No map tiles: the city profile names no tile server.</source>
        <translation>Harita karoları yok: şehir profilinde karo sunucusu belirtilmemiş.</translation>
    </message>
</context>
<context>
    <name>stadtplan::CoverageModel</name>
    <message>
        <source>%1–%2 per 10,000</source>
        <translation>10.000 kişi başına %1–%2</translation>
    </message>
    <message>
        <source>%1–%2 % farther</source>
        <translation>%%1–%2 daha uzak</translation>
    </message>
    <message>
        <source>The store holds no areas. Import districts with Import list… (areas).</source>
        <translation>Veri deposunda bölge yok. İlçeleri “Liste içe aktar…” (bölgeler) ile içe aktarın.</translation>
    </message>
    <message>
        <source>The store holds no areas of the kind %1.</source>
        <translation>Veri deposunda %1 türünde bölge yok.</translation>
    </message>
    <message>
        <source>Nothing to export: choose a focus area and an area layer first.</source>
        <translation>Dışa aktarılacak bir şey yok: önce bir çalışma alanı ve bölge katmanı seçin.</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Tüm hedef gruplar</translation>
    </message>
</context>
<context>
    <name>stadtplan::DataExchange</name>
    <message>
        <source>No directory to import into.</source>
        <translation>İçe aktarılacak dizin yok.</translation>
    </message>
    <message>
        <source>No directory to export.</source>
        <translation>Dışa aktarılacak dizin yok.</translation>
    </message>
    <message>
        <source>No directory to print.</source>
        <translation>Yazdırılacak dizin yok.</translation>
    </message>
    <message>
        <source>Stadtplan %1</source>
        <translation>%1 Şehir Haritası</translation>
    </message>
    <message>
        <source>the point chosen on the map</source>
        <translation>haritada seçilen nokta</translation>
    </message>
</context>
<context>
    <name>stadtplan::InstitutionDirectory</name>
    <message>
        <source>Step-free access</source>
        <translation>Basamaksız giriş</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Basamaksız değil</translation>
    </message>
    <message>
        <source>Step-free access unknown</source>
        <translation>Basamaksız giriş bilinmiyor</translation>
    </message>
    <message>
        <source>Position surveyed</source>
        <translation>Konum ölçüldü</translation>
    </message>
    <message>
        <source>Position geocoded from the address</source>
        <translation>Konum adresten bulundu</translation>
    </message>
    <message>
        <source>Position estimated, not exact</source>
        <translation>Konum tahmini, kesin değil</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Geçici olarak kapalı</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>Artık sunulmuyor</translation>
    </message>
    <message>
        <source>The bundled taxonomy or city profile is broken: %1</source>
        <translation>Birlikte gelen sınıflandırma veya şehir profili bozuk: %1</translation>
    </message>
    <message>
        <source>The bundled demo data cannot be read: %1</source>
        <translation>Birlikte gelen tanıtım verileri okunamıyor: %1</translation>
    </message>
    <message>
        <source>not a stadtplan: link</source>
        <translation>stadtplan: bağlantısı değil</translation>
    </message>
    <message>
        <source>%1 must be LAT,LON, not &apos;%2&apos;</source>
        <translation>%1 ENLEM,BOYLAM olmalı, &apos;%2&apos; değil</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>bilinmeyen çalışma alanı &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zoom must be a number from 0 to 22, not &apos;%1&apos;</source>
        <translation>yakınlaştırma 0 ile 22 arasında bir sayı olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>bilinmeyen filtre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Any target group</source>
        <translation>Herhangi bir hedef grup</translation>
    </message>
    <message>
        <source>Any kind of institution</source>
        <translation>Her tür kurum</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Herhangi bir dil</translation>
    </message>
    <message>
        <source>No address gazetteer is configured.</source>
        <translation>Adres listesi ayarlanmadı.</translation>
    </message>
    <message>
        <source>The address gazetteer %1 cannot be used: %2</source>
        <translation>%1 adres listesi kullanılamıyor: %2</translation>
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
        <translation>%1 · yürüyerek %2 dk</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Sevk gerekli</translation>
    </message>
    <message>
        <source>No referral needed</source>
        <translation>Sevk gerekmez</translation>
    </message>
    <message>
        <source>Position geocoded from the address (%1)</source>
        <translation>Konum adresten bulundu (%1)</translation>
    </message>
    <message>
        <source>openAt must be a date and time like 2026-12-01T10:30, not &apos;%1&apos;</source>
        <translation>openAt, 2026-12-01T10:30 gibi bir tarih ve saat olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <source>Demo data: real institutions in Bielefeld compiled from public sources, positions estimated, nothing verified yet. The coordinator checks every record before publishing.</source>
        <translation>Demo verisi: Bielefeld’deki gerçek kurumlar, kamuya açık kaynaklardan derlendi; konumlar tahminidir, henüz hiçbir şey doğrulanmadı. Koordinatör her kaydı yayımlamadan önce kontrol eder.</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Randevu ile</translation>
    </message>
    <message>
        <source>Walk-in, no appointment needed</source>
        <translation>Randevusuz gelinebilir, randevu gerekmez</translation>
    </message>
</context>
<context>
    <name>stadtplan::MarkerModel</name>
    <message numerus="yes">
        <source>%n institutions at %1</source>
        <translation>
            <numerusform>%1 adresinde %n kurum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n kurum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stadtplan::OverlapModel</name>
    <message>
        <source>All focus areas</source>
        <translation>Tüm çalışma alanları</translation>
    </message>
</context>
<context>
    <name>stadtplan::RecordEditor</name>
    <message>
        <source>Read-only connection: this role may view the records, not change them.</source>
        <translation>Salt okunur bağlantı: bu rol kayıtları görebilir, değiştiremez.</translation>
    </message>
    <message>
        <source>Connected to the shared database with an editing role.</source>
        <translation>Ortak veritabanına düzenleme rolüyle bağlanıldı.</translation>
    </message>
    <message>
        <source>Editing the store %1.</source>
        <translation>%1 veri deposu düzenleniyor.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Träger (organisation)</source>
        <translation>Taşıyıcı kuruluş</translation>
    </message>
    <message>
        <source>Cost (empty: unknown, &quot;free&quot;: free of charge)</source>
        <translation>Ücret (boş: bilinmiyor, &quot;free&quot;: ücretsiz)</translation>
    </message>
    <message>
        <source>Referral required</source>
        <translation>Sevk gerekli</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>Son doğrulama (YYYY-AA-GG)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Doğrulayan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Bina numarası</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Position from</source>
        <translation>Konumun kaynağı</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Engelsiz erişim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Çalışma alanları</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Hedef gruplar</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. de; tr; ar)</source>
        <translation>Diller (kodlar, ör. de; tr; ar)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>Opening hours (e.g. Mo-Fr 09:00-12:00)</source>
        <translation>Çalışma saatleri (ör. Mo-Fr 09:00-12:00)</translation>
    </message>
    <message>
        <source>New record: fill in at least the name and a focus area, then save it as a draft.</source>
        <translation>Yeni kayıt: en az adı ve bir çalışma alanını girin, sonra taslak olarak kaydedin.</translation>
    </message>
    <message>
        <source>(offer without a name)</source>
        <translation>(adı olmayan hizmet)</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Bir ad gerekli.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Bir web adresi değil (https://…).</translation>
    </message>
    <message>
        <source>Not valid opening hours: %1</source>
        <translation>Geçerli çalışma saatleri değil: %1</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>En az bir çalışma alanı seçin.</translation>
    </message>
    <message>
        <source>Unknown focus area: %1</source>
        <translation>Bilinmeyen çalışma alanı: %1</translation>
    </message>
    <message>
        <source>Unknown target group: %1</source>
        <translation>Bilinmeyen hedef grup: %1</translation>
    </message>
    <message>
        <source>Not a language code: %1</source>
        <translation>Bir dil kodu değil: %1</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Bir tarih değil: YYYY-AA-GG olarak yazın.</translation>
    </message>
    <message>
        <source>A verification cannot lie in the future.</source>
        <translation>Bir doğrulama gelecekte olamaz.</translation>
    </message>
    <message>
        <source>The record needs a position on the map.</source>
        <translation>Kaydın haritada bir konuma ihtiyacı var.</translation>
    </message>
    <message>
        <source>Outside %1: move the marker into the city.</source>
        <translation>%1 dışında: işareti şehrin içine taşıyın.</translation>
    </message>
    <message>
        <source>surveyed on site</source>
        <translation>yerinde ölçüldü</translation>
    </message>
    <message>
        <source>geocoded from the address</source>
        <translation>adresten coğrafi kodlandı</translation>
    </message>
    <message>
        <source>estimated (shown as such)</source>
        <translation>tahmini (öyle gösterilir)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>sunuluyor</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>geçici olarak kapalı</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>artık sunulmuyor</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Kaydedilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Önce kırmızı işaretli alanları düzeltin.</translation>
    </message>
    <message>
        <source>Sent for review: the public sees the record unchanged until the changes are approved.</source>
        <translation>İncelemeye gönderildi: değişiklikler onaylanana kadar kamu kaydı değişmeden görür.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Arşivlendi.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Taslak kaydedildi.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Choose for each field which version to keep.</source>
        <translation>Bu arada başka biri bu kaydı kaydetti. Her alan için hangi sürümün kalacağını seçin.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when the store can be reached.</source>
        <translation>Kaydedilmedi: %1 Değişiklikleriniz korunuyor; veri deposuna ulaşılabildiğinde yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Approved: %1 is published as changed.</source>
        <translation>Onaylandı: %1 değiştirilmiş haliyle yayımlandı.</translation>
    </message>
    <message>
        <source>Rejected: the proposed changes were discarded.</source>
        <translation>Reddedildi: önerilen değişiklikler silindi.</translation>
    </message>
    <message>
        <source>Published: %1 is now on the public map.</source>
        <translation>Yayımlandı: %1 artık herkese açık haritada.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>appointment needed</source>
        <translation>randevu gerekli</translation>
    </message>
    <message>
        <source>walk-in, no appointment needed</source>
        <translation>randevusuz gelinebilir</translation>
    </message>
</context>
<context>
    <name>stadtplan::UserPosition</name>
    <message>
        <source>The position may not be used (see the system&apos;s privacy settings).</source>
        <translation>Konum kullanılamaz (sistemin gizlilik ayarlarına bakın).</translation>
    </message>
    <message>
        <source>No position found in time.</source>
        <translation>Zamanında konum bulunamadı.</translation>
    </message>
    <message>
        <source>No position available.</source>
        <translation>Konum bilgisi yok.</translation>
    </message>
</context>
</TS>
