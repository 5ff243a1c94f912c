<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Neural Style Studio, headless: repaint a photo in the style of a painting.</source>
        <translation>Neural Style Studio ohne Oberfläche: malt ein Foto im Stil eines Gemäldes neu.</translation>
    </message>
    <message>
        <source>Print the version and the LibTorch build.</source>
        <translation>Gibt die Version und den LibTorch-Build aus.</translation>
    </message>
    <message>
        <source>Use N threads for the engine (default: all cores).</source>
        <translation>Verwendet N Threads für die Berechnung (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Open FILE as the content photo.</source>
        <translation>FILE als Inhaltsfoto öffnen.</translation>
    </message>
    <message>
        <source>Open FILE as a style painting (repeat for several).</source>
        <translation>FILE als Stilgemälde öffnen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Use FILE as the VGG-19 weights (remembered).</source>
        <translation>FILE als VGG-19-Gewichte verwenden (wird gemerkt).</translation>
    </message>
    <message>
        <source>Open the project FILE (.nssproj).</source>
        <translation>Die Projektdatei FILE (.nssproj) öffnen.</translation>
    </message>
    <message>
        <source>Start painting at once.</source>
        <translation>Sofort mit dem Malen beginnen.</translation>
    </message>
</context>
<context>
    <name>nss</name>
    <message>
        <source>Could not save %1: %2. Any previous file of that name is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Eine bereits vorhandene Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2.</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>No file name was given to save to.</source>
        <translation>Es wurde kein Dateiname zum Speichern angegeben.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht gespeichert werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder.</source>
        <translation>%1 konnte nicht gespeichert werden: Es handelt sich um einen Ordner.</translation>
    </message>
    <message>
        <source>Could not save %1: cannot create a file in the folder %2 (%3). Choose a folder you can write to.</source>
        <translation>%1 konnte nicht gespeichert werden: Im Ordner %2 kann keine Datei angelegt werden (%3). Wählen Sie einen Ordner, in dem Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>The image could not be encoded as %1: %2</source>
        <translation>Das Bild konnte nicht als %1 kodiert werden: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>TIFF image (*.tif *.tiff)</source>
        <translation>TIFF-Bild (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP-Bild (*.webp)</translation>
    </message>
    <message>
        <source>There is no image to export yet.</source>
        <translation>Es gibt noch kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>The TIFF written by Qt could not be given its metadata.</source>
        <translation>Der von Qt geschriebenen TIFF-Datei konnten die Metadaten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Unbekanntes Exportformat.</translation>
    </message>
    <message>
        <source>Could not save %1: &quot;%2&quot; is not an export format; use .png, .jpg, .tif or .webp.</source>
        <translation>%1 konnte nicht gespeichert werden: „%2“ ist kein Exportformat; verwenden Sie .png, .jpg, .tif oder .webp.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to look for settings in.</source>
        <translation>%1 ist zu groß, um darin nach Einstellungen zu suchen.</translation>
    </message>
    <message>
        <source>%1 holds no Neural Style Studio settings: it was not exported by this app, or another program removed its metadata.</source>
        <translation>%1 enthält keine Einstellungen von Neural Style Studio: Die Datei wurde nicht mit dieser App exportiert, oder ein anderes Programm hat ihre Metadaten entfernt.</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be used: %2</source>
        <translation>Die Einstellungen in %1 können nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an image in a format this app can read (PNG, JPEG, TIFF, WebP, BMP, ...).</source>
        <translation>%1 ist kein Bild in einem Format, das diese App lesen kann (PNG, JPEG, TIFF, WebP, BMP …).</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels); the limit is %4 megapixels and %5 pixels a side.</source>
        <translation>%1 ist zu groß (%2 × %3 Pixel); höchstens %4 Megapixel und %5 Pixel pro Seite sind möglich.</translation>
    </message>
    <message>
        <source>%1 could not be decoded: %2.</source>
        <translation>%1 konnte nicht dekodiert werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels).</source>
        <translation>%1 ist zu groß (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>No image file was given.</source>
        <translation>Es wurde keine Bilddatei angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist (%2).</source>
        <translation>%1 existiert nicht (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file.</source>
        <translation>%1 ist ein Ordner, keine Bilddatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>WebP encoding ran out of memory</source>
        <translation>Für die WebP-Kodierung reicht der Arbeitsspeicher nicht aus</translation>
    </message>
    <message>
        <source>WebP encoding failed (libwebp error %1)</source>
        <translation>WebP-Kodierung fehlgeschlagen (libwebp-Fehler %1)</translation>
    </message>
    <message>
        <source>WebP metadata could not be added: the encoded image was not readable</source>
        <translation>WebP-Metadaten konnten nicht hinzugefügt werden: Das kodierte Bild war nicht lesbar</translation>
    </message>
    <message>
        <source>WebP metadata could not be added</source>
        <translation>WebP-Metadaten konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>WebP cannot store %1 x %2 pixels; its limit is %3 pixels a side</source>
        <translation>WebP kann keine %1 × %2 Pixel speichern; höchstens %3 Pixel pro Seite sind möglich</translation>
    </message>
    <message>
        <source>There is no image to encode</source>
        <translation>Es gibt kein Bild zum Kodieren</translation>
    </message>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>Diese libwebp ist nicht die Version, mit der die App erstellt wurde</translation>
    </message>
    <message>
        <source>There are no frames to export yet.</source>
        <translation>Es gibt noch keine Einzelbilder zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not export the frames: %1 is a file, not a folder.</source>
        <translation>Die Einzelbilder konnten nicht exportiert werden: %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 does not exist.</source>
        <translation>Die Einzelbilder konnten nicht exportiert werden: Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 could not be created.</source>
        <translation>Die Einzelbilder konnten nicht exportiert werden: Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Frame %1 of %2: %3</source>
        <translation>Einzelbild %1 von %2: %3</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 frames were saved in %3.</source>
        <translation>Export abgebrochen: %1 von %2 Einzelbildern wurden in %3 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1: a time-lapse is an animated WebP; use the .webp extension.</source>
        <translation>%1 konnte nicht gespeichert werden: Ein Zeitraffer ist ein animiertes WebP; verwenden Sie die Endung .webp.</translation>
    </message>
    <message>
        <source>There are no frames to make a time-lapse of yet.</source>
        <translation>Es gibt noch keine Einzelbilder für einen Zeitraffer.</translation>
    </message>
    <message>
        <source>The time-lapse frame delay must be at least 1 ms.</source>
        <translation>Die Anzeigedauer je Einzelbild im Zeitraffer muss mindestens 1 ms betragen.</translation>
    </message>
    <message>
        <source>Could not save %1: frame %2 has no image.</source>
        <translation>%1 konnte nicht gespeichert werden: Einzelbild %2 enthält kein Bild.</translation>
    </message>
    <message>
        <source>Time-lapse cancelled; %1 was not written.</source>
        <translation>Zeitraffer abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Neural Style Studio project (*.%1)</source>
        <translation>Neural-Style-Studio-Projekt (*.%1)</translation>
    </message>
    <message>
        <source>No project file was given.</source>
        <translation>Es wurde keine Projektdatei angegeben.</translation>
    </message>
    <message>
        <source>The project %1 does not exist (%2).</source>
        <translation>Das Projekt %1 existiert nicht (%2).</translation>
    </message>
    <message>
        <source>The project %1 is a folder, not a file.</source>
        <translation>Das Projekt %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is far too large (%2 MB).</source>
        <translation>%1 ist kein Projekt von Neural Style Studio: Die Datei ist viel zu groß (%2 MB).</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: %2.</source>
        <translation>Das Projekt %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is not JSON (%2 at byte %3).</source>
        <translation>%1 ist kein Projekt von Neural Style Studio: Die Datei ist kein JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 is JSON but not a Neural Style Studio project.</source>
        <translation>%1 ist zwar JSON, aber kein Projekt von Neural Style Studio.</translation>
    </message>
    <message>
        <source>The project %1 has no valid format version.</source>
        <translation>Das Projekt %1 hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The project %1 was saved by a newer Neural Style Studio (%2, project format %3); this version reads format %4 and older. Update the app to open it.</source>
        <translation>Das Projekt %1 wurde mit einer neueren Version von Neural Style Studio gespeichert (%2, Projektformat %3); diese Version liest Format %4 und ältere. Aktualisieren Sie die App, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The project %1 has a bad setting: %2</source>
        <translation>Das Projekt %1 enthält eine ungültige Einstellung: %2</translation>
    </message>
    <message>
        <source>The project %1 uses images that are missing: %2.</source>
        <translation>Das Projekt %1 verwendet Bilder, die fehlen: %2.</translation>
    </message>
</context>
<context>
    <name>nss::Autosave</name>
    <message>
        <source>The autosave folder %1 could not be created.</source>
        <translation>Der Ordner für die automatische Sicherung, %1, konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no autosave to restore.</source>
        <translation>Es gibt keine automatische Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The autosave cannot be restored: %1</source>
        <translation>Die automatische Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The autosave in %1 could not be removed.</source>
        <translation>Die automatische Sicherung in %1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>nss::ExportActions</name>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Bild …</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>All &amp;Frames…</source>
        <translation>Alle &amp;Einzelbilder …</translation>
    </message>
    <message>
        <source>Export all frames to</source>
        <translation>Alle Einzelbilder exportieren nach</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>%n Einzelbild in %1 gespeichert.</numerusform>
            <numerusform>%n Einzelbilder in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Time-lapse (animated WebP)…</source>
        <translation>&amp;Zeitraffer (animiertes WebP) …</translation>
    </message>
    <message>
        <source>Export time-lapse</source>
        <translation>Zeitraffer exportieren</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>Animiertes WebP (*.webp)</translation>
    </message>
    <message>
        <source>There is no picture to export yet: press Start first.</source>
        <translation>Es gibt noch kein Bild zum Exportieren: Starten Sie zuerst einen Durchlauf.</translation>
    </message>
    <message>
        <source>There are no frames to export yet: press Start first.</source>
        <translation>Es gibt noch keine Einzelbilder zum Exportieren: Starten Sie zuerst einen Durchlauf.</translation>
    </message>
    <message>
        <source>There are no frames for a time-lapse yet: press Start first.</source>
        <translation>Es gibt noch keine Einzelbilder für einen Zeitraffer: Starten Sie zuerst einen Durchlauf.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>die eingebetteten Metadaten enthalten keine Einstellungen</translation>
    </message>
</context>
<context>
    <name>nss::ImagePane</name>
    <message>
        <source>Drop an image here, click to choose a file, or paste with Ctrl+V.</source>
        <translation>Legen Sie hier ein Bild ab, klicken Sie, um eine Datei auszuwählen, oder fügen Sie es mit Strg+V ein.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Nichts zum Einfügen vorhanden.</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>das abgelegte Bild</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>“%1” is not an image file or image address.</source>
        <translation>„%1“ ist weder eine Bilddatei noch eine Bildadresse.</translation>
    </message>
    <message>
        <source>What was dropped is not an image.</source>
        <translation>Das Abgelegte ist kein Bild.</translation>
    </message>
    <message>
        <source>Open %1 image</source>
        <translation>Bild für „%1“ öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1
%2 × %3 px, %4</source>
        <translation>%1
%2 × %3 px, %4</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>nss::LossChart</name>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>nss::MainWindow</name>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Drop a photo here</source>
        <translation>Foto hier ablegen</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>Legen Sie zum Beginnen ein Foto und ein Gemälde ab.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Drop a photo into the Content pane first.</source>
        <translation>Legen Sie zuerst ein Foto im Bereich „Inhalt“ ab.</translation>
    </message>
    <message>
        <source>Drop a painting into the Style pane first.</source>
        <translation>Legen Sie zuerst ein Gemälde im Bereich „Stil“ ab.</translation>
    </message>
    <message>
        <source>Choose the VGG-19 weights file to start.</source>
        <translation>Wählen Sie die VGG-19-Gewichtsdatei, um zu beginnen.</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>Letzte Sitzung wiederherstellen?</translation>
    </message>
    <message>
        <source>The last session&apos;s picture was neither exported nor saved in a project. Restore its settings and picture?</source>
        <translation>Das Bild der letzten Sitzung wurde weder exportiert noch in einem Projekt gespeichert. Einstellungen und Bild wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored the last session (step %1).</source>
        <translation>Letzte Sitzung wiederhergestellt (Schritt %1).</translation>
    </message>
    <message>
        <source>Stopped at step %1.</source>
        <translation>Bei Schritt %1 angehalten.</translation>
    </message>
    <message>
        <source>Done: %1 steps in %2 s.</source>
        <translation>Fertig: %1 Schritte in %2 s.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>Der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Paused at step %1.</source>
        <translation>Bei Schritt %1 pausiert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Content Image…</source>
        <translation>&amp;Inhaltsbild öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Style Image…</source>
        <translation>&amp;Stilbild öffnen…</translation>
    </message>
    <message>
        <source>&amp;Add Style Image…</source>
        <translation>Stilbild &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Project…</source>
        <translation>Projekt &amp;speichern…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Before/After Split</source>
        <translation>&amp;Vorher/Nachher geteilt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Neural Style Studio</source>
        <translation>&amp;Über Neural Style Studio</translation>
    </message>
    <message>
        <source>About Neural Style Studio</source>
        <translation>Über Neural Style Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Neural style transfer (Gatys et al. 2016) over %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Neuronaler Stiltransfer (Gatys et al. 2016) mit %3.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Saved %1 (a pasted picture has no file: save it first to keep it in the project).</source>
        <translation>%1 gespeichert (ein eingefügtes Bild hat keine Datei: speichern Sie es zuerst, um es im Projekt zu behalten).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>nss::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>vgg19-dcbad4b5.pth</source>
        <translation>vgg19-dcbad4b5.pth</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>&amp;Cache-Ordner:</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>&amp;Weights file:</source>
        <translation>&amp;Gewichtsdatei:</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19-Gewichte</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch-Gewichte (*.pth *.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
</context>
<context>
    <name>nss::PreviewView</name>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>Hier entsteht das Bild, während es gemalt wird.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>nss::RunProgress</name>
    <message>
        <source>step %v / %m</source>
        <translation>Schritt %v / %m</translation>
    </message>
    <message>
        <source>%1 steps/s, done in %2</source>
        <translation>%1 Schritte/s, fertig nach %2</translation>
    </message>
    <message>
        <source>%1 steps/s, %2 left</source>
        <translation>%1 Schritte/s, noch %2</translation>
    </message>
</context>
<context>
    <name>nss::SettingsPanel</name>
    <message>
        <source>&amp;Style</source>
        <translation>&amp;Stil</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>S&amp;moothness</source>
        <translation>&amp;Glättung</translation>
    </message>
    <message>
        <source>How strongly the painting&apos;s texture is imposed. Changes a running picture.</source>
        <translation>Wie stark die Textur des Gemäldes aufgeprägt wird. Wirkt sich auch auf ein laufendes Bild aus.</translation>
    </message>
    <message>
        <source>How closely the photo&apos;s shapes are kept. Changes a running picture.</source>
        <translation>Wie genau die Formen des Fotos erhalten bleiben. Wirkt sich auch auf ein laufendes Bild aus.</translation>
    </message>
    <message>
        <source>Total-variation weight: smooths pixel noise. Changes a running picture.</source>
        <translation>Gewichtung der Totalvariation: glättet Pixelrauschen. Wirkt sich auch auf ein laufendes Bild aus.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Longest side of the result; larger is slower.</source>
        <translation>Längste Seite des Ergebnisses; größere Bilder dauern länger.</translation>
    </message>
    <message>
        <source>L-BFGS (best quality)</source>
        <translation>L-BFGS (beste Qualität)</translation>
    </message>
    <message>
        <source>Adam (smoother progress)</source>
        <translation>Adam (gleichmäßigerer Verlauf)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>How often the preview is updated.</source>
        <translation>Wie oft die Vorschau aktualisiert wird.</translation>
    </message>
    <message>
        <source>The same seed and settings give the same picture.</source>
        <translation>Derselbe Startwert und dieselben Einstellungen ergeben dasselbe Bild.</translation>
    </message>
    <message>
        <source>Content image</source>
        <translation>Inhaltsbild</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Average (softer)</source>
        <translation>Mittelwert (weicher)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Luminance transfer</source>
        <translation>Nur Helligkeit übertragen</translation>
    </message>
    <message>
        <source>Histogram match</source>
        <translation>Histogrammangleichung</translation>
    </message>
    <message>
        <source>Output si&amp;ze:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <source>O&amp;ptimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>Pre&amp;view every:</source>
        <translation>&amp;Vorschau alle:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Beginnen &amp;mit:</translation>
    </message>
    <message>
        <source>Poo&amp;ling:</source>
        <translation>&amp;Pooling:</translation>
    </message>
    <message>
        <source>&amp;Keep colours:</source>
        <translation>&amp;Farben beibehalten:</translation>
    </message>
</context>
<context>
    <name>nss::StyleListPanel</name>
    <message>
        <source>Size of the painting&apos;s brush strokes relative to the output size.</source>
        <translation>Größe der Pinselstriche des Gemäldes im Verhältnis zur Ausgabegröße.</translation>
    </message>
    <message>
        <source>&amp;Add style</source>
        <translation>Stil hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Blend several paintings; each one&apos;s weight sets its share.</source>
        <translation>Mehrere Gemälde mischen; die Gewichtung jedes Gemäldes bestimmt seinen Anteil.</translation>
    </message>
    <message>
        <source>Style sc&amp;ale:</source>
        <translation>Stilmaßs&amp;tab:</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>Stil %1</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>Gemälde hier ablegen</translation>
    </message>
    <message>
        <source>blend </source>
        <translation>Anteil </translation>
    </message>
    <message>
        <source>This painting&apos;s share of the style; shares are normalised to sum to 1.</source>
        <translation>Anteil dieses Gemäldes am Stil; die Anteile werden so normiert, dass ihre Summe 1 ergibt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>Output size must be between 16 and %1 pixels (got %2).</source>
        <translation>Die Ausgabegröße muss zwischen 16 und %1 Pixeln liegen (angegeben: %2).</translation>
    </message>
    <message>
        <source>Style scale must be between 0.05 and 8 (got %1).</source>
        <translation>Der Stilmaßstab muss zwischen 0,05 und 8 liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>Steps must be between 1 and %1 (got %2).</source>
        <translation>Die Anzahl der Schritte muss zwischen 1 und %1 liegen (angegeben: %2).</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most 10 (got %1).</source>
        <translation>Die Lernrate muss größer als 0 und höchstens 10 sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between 1 and 1000 (got %1).</source>
        <translation>Die Verlaufslänge von L-BFGS muss zwischen 1 und 1000 liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>Die Gewichtung „%1“ muss eine Zahl von 0 bis 1e15 sein (angegeben: %2).</translation>
    </message>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>Mindestens eine der Gewichtungen für Inhalt, Stil und Totalvariation muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>Wählen Sie mindestens ein Stilbild.</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>Die Mischanteile der Stile müssen Zahlen von 0 bis 1e6 sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>Mindestens ein Mischanteil der Stile muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (use conv1_1 ... conv5_4).</source>
        <translation>Unbekannte VGG-19-Schicht „%1“ (möglich sind conv1_1 … conv5_4).</translation>
    </message>
    <message>
        <source>Layer weights must be numbers from 0 to 1e6 (got %1 for %2).</source>
        <translation>Schichtgewichtungen müssen Zahlen von 0 bis 1e6 sein (angegeben: %1 für %2).</translation>
    </message>
    <message>
        <source>A content weight above 0 needs at least one content layer.</source>
        <translation>Eine Inhaltsgewichtung über 0 erfordert mindestens eine Inhaltsschicht.</translation>
    </message>
    <message>
        <source>A style weight above 0 needs at least one style layer.</source>
        <translation>Eine Stilgewichtung über 0 erfordert mindestens eine Stilschicht.</translation>
    </message>
    <message>
        <source>Choose the image to start from, or start from the content image or noise.</source>
        <translation>Wählen Sie das Ausgangsbild, oder beginnen Sie mit dem Inhaltsbild oder mit Rauschen.</translation>
    </message>
    <message>
        <source>The preview interval must be at least 1 step (got %1).</source>
        <translation>Das Vorschauintervall muss mindestens 1 Schritt betragen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and 1024 (got %1).</source>
        <translation>Die Anzahl der Threads muss zwischen 0 (alle Kerne) und 1024 liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>Der Wert der Einstellung „%1“ hat den falschen Typ oder liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>Totalvariation</translation>
    </message>
</context>
<context>
    <name>nss::WebpAnimation</name>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>Diese libwebp ist nicht die Version, mit der die App erstellt wurde</translation>
    </message>
    <message>
        <source>WebP animation encoder could not be created (out of memory?)</source>
        <translation>Der WebP-Animationskodierer konnte nicht erstellt werden (zu wenig Arbeitsspeicher?)</translation>
    </message>
    <message>
        <source>A time-lapse frame is %1 x %2 pixels, not %3 x %4</source>
        <translation>Ein Einzelbild des Zeitraffers hat %1 × %2 Pixel statt %3 × %4</translation>
    </message>
    <message>
        <source>WebP animation encoding failed: %1</source>
        <translation>WebP-Animationskodierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The time-lapse was already finished</source>
        <translation>Der Zeitraffer wurde bereits abgeschlossen</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDialog</name>
    <message>
        <source>VGG-19 weights needed</source>
        <translation>VGG-19-Gewichte benötigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs torchvision&apos;s weights file once:&lt;/p&gt;&lt;p&gt;&lt;b&gt;vgg19-dcbad4b5.pth&lt;/b&gt;, 548 MB, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&quot;&gt;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Download it with a browser (or copy it from PyTorch&apos;s cache, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;), then choose it here. The choice is remembered; Preferences can change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neural Style Studio malt mit dem auf ImageNet trainierten VGG-19-Netz. Es benötigt einmalig die Gewichtsdatei von torchvision:&lt;/p&gt;&lt;p&gt;&lt;b&gt;vgg19-dcbad4b5.pth&lt;/b&gt;, 548 MB, Lizenz CC BY 4.0&lt;br&gt;&lt;a href=&quot;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&quot;&gt;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Laden Sie sie mit einem Browser herunter (oder kopieren Sie sie aus dem Cache von PyTorch, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;) und wählen Sie sie dann hier aus. Die Wahl wird gemerkt; in den Einstellungen können Sie sie ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19-Gewichte</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>PyTorch-Gewichte (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a weights file.</source>
        <translation>„%1“ ist ein Ordner, keine Gewichtsdatei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>„%1“ kann nicht gelesen werden (prüfen Sie die Berechtigungen).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
</context>
</TS>
