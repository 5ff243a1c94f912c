<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>VideoFile</name>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>Zu wenig Arbeitsspeicher beim Öffnen von %1.</translation>
    </message>
    <message>
        <source>A %1 file cannot hold the sound of %2, which is %3, and the sound is copied, not converted. Save as .mkv, which holds any sound.</source>
        <translation>Eine %1-Datei kann den Ton von %2 (%3) nicht aufnehmen, und der Ton wird kopiert, nicht umgewandelt. Speichern Sie als .mkv, das jeden Ton aufnimmt.</translation>
    </message>
    <message>
        <source>The sound of %1 could not be read: %2.</source>
        <translation>Der Ton von %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Is the disk full? Nothing was saved.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Ist der Datenträger voll? Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>No video file was given.</source>
        <translation>Es wurde keine Videodatei angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a video file.</source>
        <translation>%1 ist ein Ordner, keine Videodatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 could not be read as a video: it is not in a video format this program knows, or the file is damaged or incomplete (%2).</source>
        <translation>%1 konnte nicht als Video gelesen werden: Es ist in keinem Videoformat, das dieses Programm kennt, oder die Datei ist beschädigt oder unvollständig (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its streams could not be read (%2).</source>
        <translation>%1 ist beschädigt: Seine Datenströme konnten nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is a picture, not a video.</source>
        <translation>%1 ist ein Bild, kein Video.</translation>
    </message>
    <message>
        <source>%1 has no video stream: it holds only sound.</source>
        <translation>%1 hat keinen Videostrom: Die Datei enthält nur Ton.</translation>
    </message>
    <message>
        <source>%1 has no video stream.</source>
        <translation>%1 hat keinen Videostrom.</translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation>%1 ist keine Videodatei.</translation>
    </message>
    <message>
        <source>%1 uses the video codec &quot;%2&quot;, which this program cannot decode.</source>
        <translation>%1 verwendet den Videocodec „%2“, den dieses Programm nicht decodieren kann.</translation>
    </message>
    <message>
        <source>%1 does not say how large its pictures are: the file is damaged.</source>
        <translation>%1 gibt die Größe seiner Bilder nicht an: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels, larger than this program accepts (at most %4 pixels on a side and %5 megapixels).</source>
        <translation>%1 hat %2 × %3 Pixel, mehr als dieses Programm annimmt (höchstens %4 Pixel pro Seite und %5 Megapixel).</translation>
    </message>
    <message>
        <source>%1 could not be read after frame %2: %3.</source>
        <translation>%1 konnte nach Bild %2 nicht weitergelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 ends early: it stops after frame %2 of %3. The file is incomplete, perhaps cut off while it was copied or recorded.</source>
        <translation>%1 endet zu früh: nach Bild %2 von %3. Die Datei ist unvollständig, vielleicht beim Kopieren oder Aufnehmen abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 has no video frames.</source>
        <translation>%1 enthält keine Videobilder.</translation>
    </message>
    <message>
        <source>%1: frame %2 could not be converted to a picture.</source>
        <translation>%1: Bild %2 konnte nicht in ein Bild umgewandelt werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: frame %2 could not be decoded (%3).</source>
        <translation>%1 ist beschädigt: Bild %2 konnte nicht decodiert werden (%3).</translation>
    </message>
    <message>
        <source>%1: the %2 decoder could not start (%3).</source>
        <translation>%1: Der %2-Decoder konnte nicht starten (%3).</translation>
    </message>
    <message>
        <source>Could not encode frame %1 of %2 (%3). Nothing was saved.</source>
        <translation>Bild %1 von %2 konnte nicht codiert werden (%3). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>No file name was given to save the video to.</source>
        <translation>Es wurde kein Dateiname zum Speichern des Videos angegeben.</translation>
    </message>
    <message>
        <source>Cannot save %1: videos are saved as .mp4, .mov, .m4v, .mkv or .webm.</source>
        <translation>%1 kann nicht gespeichert werden: Videos werden als .mp4, .mov, .m4v, .mkv oder .webm gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save %1: a video of %2 x %3 pixels is not possible.</source>
        <translation>%1 kann nicht gespeichert werden: Ein Video mit %2 × %3 Pixeln ist nicht möglich.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2/%3 frames per second is not a frame rate.</source>
        <translation>%1 kann nicht gespeichert werden: %2/%3 Bilder pro Sekunde ist keine Bildrate.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht gespeichert werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder.</source>
        <translation>%1 kann nicht gespeichert werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot save %1: this FFmpeg has no %2 encoder.</source>
        <translation>%1 kann nicht gespeichert werden: Dieses FFmpeg hat keinen %2-Encoder.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a file in the folder %2 (%3).</source>
        <translation>%1 kann nicht gespeichert werden: Im Ordner %2 kann keine Datei angelegt werden (%3).</translation>
    </message>
    <message>
        <source>Cannot save %1: the %2 encoder could not start (%3).</source>
        <translation>%1 kann nicht gespeichert werden: Der %2-Encoder konnte nicht starten (%3).</translation>
    </message>
    <message>
        <source>Cannot save %1: the video could not be started (%2).</source>
        <translation>%1 kann nicht gespeichert werden: Das Video konnte nicht begonnen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is already complete.</source>
        <translation>%1 ist bereits fertig.</translation>
    </message>
    <message>
        <source>A frame of %1 x %2 pixels cannot go into %3, which is %4 x %5.</source>
        <translation>Ein Bild mit %1 × %2 Pixeln passt nicht in %3, das %4 × %5 groß ist.</translation>
    </message>
    <message>
        <source>Out of memory while writing %1.</source>
        <translation>Zu wenig Arbeitsspeicher beim Schreiben von %1.</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: the video has no frames.</source>
        <translation>Nichts wurde in %1 gespeichert: Das Video hat keine Bilder.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Nichts wurde gespeichert.</translation>
    </message>
</context>
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
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>Größe: %1 Byte</translation>
    </message>
    <message>
        <source>tensors: %1</source>
        <translation>Tensoren: %1</translation>
    </message>
    <message>
        <source>(torchvision&apos;s official file)</source>
        <translation>(die offizielle Datei von torchvision)</translation>
    </message>
    <message>
        <source>VGG-19 convolutions found: %1 of %2</source>
        <translation>Gefundene VGG-19-Faltungen: %1 von %2</translation>
    </message>
    <message>
        <source>The VGG-19 weights file (.pth or .safetensors). Default: $NSS_VGG19_WEIGHTS, then vgg19-dcbad4b5.pth in the app&apos;s data folder.</source>
        <translation>Die VGG-19-Gewichtsdatei (.pth oder .safetensors). Standard: $NSS_VGG19_WEIGHTS, dann vgg19-dcbad4b5.pth im Datenordner der App.</translation>
    </message>
    <message>
        <source>Check the weights file (format, tensors, the 16 VGG-19 convolutions and their shapes) and exit: 0 if usable.</source>
        <translation>Die Gewichtsdatei prüfen (Format, Tensoren, die 16 VGG-19-Faltungen und ihre Formen) und beenden: 0, wenn brauchbar.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>%1 kann nicht geschrieben werden: unbekannter Bildtyp „%2“ (.png, .jpg, .tif oder .webp verwenden).</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot create the frames folder %1.</source>
        <translation>Der Ordner für die Einzelbilder %1 kann nicht angelegt werden.</translation>
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
    <message>
        <source>With --check-weights: also print the SHA-256 (reads the whole file).</source>
        <translation>Mit --check-weights: zusätzlich die SHA-256-Prüfsumme ausgeben (liest die ganze Datei).</translation>
    </message>
    <message>
        <source>variant: %1</source>
        <translation>Variante: %1</translation>
    </message>
    <message>
        <source>Frame %1 was not saved: %2 The run goes on.</source>
        <translation>Bild %1 wurde nicht gespeichert: %2 Der Lauf geht weiter.</translation>
    </message>
    <message>
        <source>Interrupted at step %1 of %2: wrote the picture so far to %3 (%4).</source>
        <translation>Bei Schritt %1 von %2 unterbrochen: das bisherige Bild wurde nach %3 geschrieben (%4).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Interrupted before the first step: there is no picture to write.</source>
        <translation>Vor dem ersten Schritt unterbrochen: es gibt noch kein Bild zum Schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) could not be saved.</source>
        <translation>
            <numerusform>%n Bild konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Bilder konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use N threads for the engine in this session (default: Preferences, else all cores).</source>
        <translation>N Threads für die Engine in dieser Sitzung verwenden (Standard: Einstellungen, sonst alle Kerne).</translation>
    </message>
    <message>
        <source>The checkpoint %1 was saved by a run of other pictures or settings. Run that command again to continue it, or delete the file to start afresh.</source>
        <translation>Der Checkpoint %1 wurde von einem Lauf mit anderen Bildern oder Einstellungen gespeichert. Führen Sie den Befehl jenes Laufs erneut aus, um ihn fortzusetzen, oder löschen Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Continuing from %1: step %2 of %3, saved %4.</source>
        <translation>Fortsetzung aus %1: Schritt %2 von %3, gespeichert am %4.</translation>
    </message>
    <message>
        <source>The checkpoint was not saved: %1 The run goes on.</source>
        <translation>Der Checkpoint wurde nicht gespeichert: %1 Der Lauf geht weiter.</translation>
    </message>
    <message>
        <source>Saved step %1 to %2: run the same command again to continue.</source>
        <translation>Schritt %1 in %2 gespeichert: Denselben Befehl erneut ausführen, um fortzufahren.</translation>
    </message>
    <message>
        <source>--checkpoint is for a single picture: a video continues by itself from its last finished frame.</source>
        <translation>--checkpoint gilt für ein einzelnes Bild: Ein Video wird von selbst ab seinem letzten fertigen Bild fortgesetzt.</translation>
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
    <message>
        <source>%1: the data of tensor %2 could not be read (%3).</source>
        <translation>%1: Die Daten des Tensors %2 konnten nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>VGG-19 has feature layers 0 to 34; %1 was asked for.</source>
        <translation>VGG-19 hat die Merkmalsschichten 0 bis 34; angefordert wurde %1.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no tensor %2 (%3): it is not a torchvision VGG-19 state_dict.</source>
        <translation>%1 hat keinen Tensor %2 (%3): Es ist kein state_dict von torchvisions VGG-19.</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, VGG-19 expects %4.</source>
        <translation>%1: Tensor %2 hat die Form %3, VGG-19 erwartet %4.</translation>
    </message>
    <message>
        <source>%1: tensor %2 holds %3, not floating-point numbers.</source>
        <translation>%1: Tensor %2 enthält %3, keine Gleitkommazahlen.</translation>
    </message>
    <message>
        <source>No weights file was given.</source>
        <translation>Es wurde keine Gewichtsdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a weights file.</source>
        <translation>%1 ist ein Ordner, keine Gewichtsdatei.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 (set by the environment variable %2)</source>
        <translation>%1 (gesetzt durch die Umgebungsvariable %2)</translation>
    </message>
    <message>
        <source>The VGG-19 weights were not found. Download %1 (548 MB, CC BY 4.0) from %2 and either put it in %3, set the environment variable %4 to its path, or pass --weights FILE.</source>
        <translation>Die VGG-19-Gewichte wurden nicht gefunden. Laden Sie %1 (548 MB, CC BY 4.0) von %2 herunter und legen Sie die Datei entweder in %3 ab, setzen Sie die Umgebungsvariable %4 auf ihren Pfad oder übergeben Sie --weights DATEI.</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ist keine Gewichtsdatei, die diese App lesen kann: %2</translation>
    </message>
    <message>
        <source>storage %1 is described twice, differently.</source>
        <translation>Speicher %1 ist zweimal unterschiedlich beschrieben.</translation>
    </message>
    <message>
        <source>it is a Python pickle without PyTorch&apos;s magic number.</source>
        <translation>Es ist ein Python-Pickle ohne PyTorchs magische Zahl.</translation>
    </message>
    <message>
        <source>its PyTorch protocol version is %1 (1001 expected).</source>
        <translation>Seine PyTorch-Protokollversion ist %1 (1001 erwartet).</translation>
    </message>
    <message>
        <source>it was written on a big-endian machine.</source>
        <translation>Sie wurde auf einem Big-Endian-Rechner geschrieben.</translation>
    </message>
    <message>
        <source>its list of storages names %1, which no tensor uses.</source>
        <translation>Ihre Speicherliste nennt %1, das kein Tensor verwendet.</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 is missing (the file has %3 bytes).</source>
        <translation>Sie ist abgeschnitten: Speicher %1 von %2 fehlt (die Datei hat %3 Byte).</translation>
    </message>
    <message>
        <source>storage %1 holds %2 elements, its tensors say %3.</source>
        <translation>Speicher %1 enthält %2 Elemente, seine Tensoren sagen %3.</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.</source>
        <translation>Sie ist abgeschnitten: Speicher %1 von %2 braucht %3 Byte ab Position %4, die Datei hat %5.</translation>
    </message>
    <message>
        <source>the data of tensor %1 is missing.</source>
        <translation>Die Daten des Tensors %1 fehlen.</translation>
    </message>
    <message>
        <source>it is a zip archive without data.pkl (not written by torch.save).</source>
        <translation>Es ist ein ZIP-Archiv ohne data.pkl (nicht von torch.save geschrieben).</translation>
    </message>
    <message>
        <source>its archive has no entry %1.</source>
        <translation>Sein Archiv hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>its entry %1 has %2 bytes, %3 are needed.</source>
        <translation>Sein Eintrag %1 hat %2 Byte, %3 werden gebraucht.</translation>
    </message>
    <message>
        <source>it is too short for a safetensors header.</source>
        <translation>Sie ist zu kurz für einen safetensors-Kopf.</translation>
    </message>
    <message>
        <source>its safetensors header claims %1 bytes, the file has %2.</source>
        <translation>Ihr safetensors-Kopf gibt %1 Byte an, die Datei hat %2.</translation>
    </message>
    <message>
        <source>its safetensors header cannot be read.</source>
        <translation>Ihr safetensors-Kopf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its safetensors header is not valid JSON (%1 at byte %2).</source>
        <translation>Ihr safetensors-Kopf ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>its header describes tensor %1 incompletely.</source>
        <translation>Ihr Kopf beschreibt Tensor %1 unvollständig.</translation>
    </message>
    <message>
        <source>tensor %1 has an invalid shape.</source>
        <translation>Tensor %1 hat eine ungültige Form.</translation>
    </message>
    <message>
        <source>the data of tensor %1 lies outside the file or does not match its shape %2 (truncated?).</source>
        <translation>Die Daten des Tensors %1 liegen außerhalb der Datei oder passen nicht zu seiner Form %2 (abgeschnitten?).</translation>
    </message>
    <message>
        <source>its safetensors header lists no tensors.</source>
        <translation>Ihr safetensors-Kopf nennt keine Tensoren.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>it is neither a PyTorch file (.pth, .pt) nor a safetensors file.</source>
        <translation>Sie ist weder eine PyTorch-Datei (.pth, .pt) noch eine safetensors-Datei.</translation>
    </message>
    <message>
        <source>PyTorch legacy (torch.save before 1.6)</source>
        <translation>PyTorch, altes Format (torch.save vor 1.6)</translation>
    </message>
    <message>
        <source>The photo to repaint.</source>
        <translation>Das Foto, das neu gemalt wird.</translation>
    </message>
    <message>
        <source>A painting whose style to use; repeat for several.</source>
        <translation>Ein Gemälde, dessen Stil verwendet wird; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Relative weights of the style images, one per --style.</source>
        <translation>Relative Gewichte der Stilbilder, eines pro --style.</translation>
    </message>
    <message>
        <source>Where to write the picture (PNG, JPEG, ... by its suffix).</source>
        <translation>Wohin das Bild geschrieben wird (PNG, JPEG, ... nach der Endung).</translation>
    </message>
    <message>
        <source>Longest side of the output (default 512); the aspect ratio is kept.</source>
        <translation>Längste Seite der Ausgabe (Standard 512); das Seitenverhältnis bleibt erhalten.</translation>
    </message>
    <message>
        <source>Optimisation steps (L-BFGS: loss evaluations; default 300).</source>
        <translation>Optimierungsschritte (L-BFGS: Auswertungen der Verlustfunktion; Standard 300).</translation>
    </message>
    <message>
        <source>The optimiser (default lbfgs).</source>
        <translation>Der Optimierer (Standard lbfgs).</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate, on RGB values in 0..1 (default 0.02).</source>
        <translation>Lernrate von Adam, auf RGB-Werten in 0..1 (Standard 0.02).</translation>
    </message>
    <message>
        <source>Weight of the content loss (default 1).</source>
        <translation>Gewicht des Inhaltsverlusts (Standard 1).</translation>
    </message>
    <message>
        <source>Weight of the style loss (default 1e6).</source>
        <translation>Gewicht des Stilverlusts (Standard 1e6).</translation>
    </message>
    <message>
        <source>Weight of the total-variation (smoothness) loss (default 0).</source>
        <translation>Gewicht des Totalvariationsverlusts (Glätte) (Standard 0).</translation>
    </message>
    <message>
        <source>Start from the photo (default), seeded noise, or an image file.</source>
        <translation>Vom Foto (Standard), von Rauschen mit Startwert oder von einer Bilddatei ausgehen.</translation>
    </message>
    <message>
        <source>Random seed: the same seed, inputs and options give the same bytes (default 0).</source>
        <translation>Zufallsstartwert: gleicher Startwert, gleiche Eingaben und Optionen ergeben dieselben Bytes (Standard 0).</translation>
    </message>
    <message>
        <source>VGG pooling (default max).</source>
        <translation>VGG-Pooling (Standard max).</translation>
    </message>
    <message>
        <source>Keep the photo&apos;s colours: luminance-only transfer or colour-histogram matching.</source>
        <translation>Die Farben des Fotos behalten: nur Luminanz übertragen oder Farbhistogramme angleichen.</translation>
    </message>
    <message>
        <source>Size of the style image relative to the output (default 1).</source>
        <translation>Größe des Stilbilds relativ zur Ausgabe (Standard 1).</translation>
    </message>
    <message>
        <source>Save a frame every n steps into --frames-dir.</source>
        <translation>Alle n Schritte ein Einzelbild in --frames-dir speichern.</translation>
    </message>
    <message>
        <source>Folder for the frames (created if missing; every 100 steps unless --save-every).</source>
        <translation>Ordner für die Einzelbilder (wird bei Bedarf angelegt; alle 100 Schritte, sofern nicht --save-every).</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>--%1 expects %2 (got &quot;%3&quot;).</source>
        <translation>--%1 erwartet %2 (erhalten: „%3“).</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>Time the run and print one JSON line: size, steps, optimizer, median seconds per step, peak RSS.</source>
        <translation>Den Lauf messen und eine JSON-Zeile ausgeben: Größe, Schritte, Optimierer, Median der Sekunden pro Schritt, maximaler RSS.</translation>
    </message>
    <message>
        <source>Choose the photo to repaint with --content FILE.</source>
        <translation>Wählen Sie das neu zu malende Foto mit --content DATEI.</translation>
    </message>
    <message>
        <source>Choose at least one style image with --style FILE.</source>
        <translation>Wählen Sie mindestens ein Stilbild mit --style DATEI.</translation>
    </message>
    <message>
        <source>--style-blend has %1 weights for %2 style images.</source>
        <translation>--style-blend hat %1 Gewichte für %2 Stilbilder.</translation>
    </message>
    <message>
        <source>--style-blend expects numbers separated by commas (got &quot;%1&quot;).</source>
        <translation>--style-blend erwartet durch Kommas getrennte Zahlen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Choose where to write the picture with --output FILE.</source>
        <translation>Wählen Sie mit --output DATEI, wohin das Bild geschrieben wird.</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 (got %1).</source>
        <translation>--seed erwartet eine ganze Zahl ab 0 (erhalten: %1).</translation>
    </message>
    <message>
        <source>--optimizer must be lbfgs or adam (got &quot;%1&quot;).</source>
        <translation>--optimizer muss lbfgs oder adam sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--pooling must be max or avg (got &quot;%1&quot;).</source>
        <translation>--pooling muss max oder avg sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--keep-colors must be luminance or histogram (got &quot;%1&quot;).</source>
        <translation>--keep-colors muss luminance oder histogram sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--save-every expects a number of steps from 1 (got %1).</source>
        <translation>--save-every erwartet eine Schrittzahl ab 1 (erhalten: %1).</translation>
    </message>
    <message>
        <source>--save-every needs --frames-dir FOLDER to save the frames into.</source>
        <translation>--save-every braucht --frames-dir ORDNER, in den die Einzelbilder gespeichert werden.</translation>
    </message>
    <message>
        <source>PyTorch zip (torch.save since 1.6)</source>
        <translation>PyTorch-ZIP (torch.save seit 1.6)</translation>
    </message>
    <message>
        <source>Coarse to fine: optimise at n sizes, each twice the previous (1: output size only; default 0: automatic).</source>
        <translation>Grob nach fein: bei n Größen optimieren, jede doppelt so groß wie die vorige (1: nur Ausgabegröße; Standard 0: automatisch).</translation>
    </message>
    <message>
        <source>Arithmetic of the network (default auto: with Adam bf16 on CPUs that have it and fp16 on CUDA, else fp32).</source>
        <translation>Rechengenauigkeit des Netzes (Standard auto: mit Adam bf16 auf CPUs, die es können, und fp16 auf CUDA, sonst fp32).</translation>
    </message>
    <message>
        <source>Where to compute (default auto: a CUDA GPU when there is one).</source>
        <translation>Wo gerechnet wird (Standard auto: eine CUDA-GPU, falls vorhanden).</translation>
    </message>
    <message>
        <source>--precision must be auto, fp32, bf16 or fp16 (got &quot;%1&quot;).</source>
        <translation>--precision muss auto, fp32, bf16 oder fp16 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda (got &quot;%1&quot;).</source>
        <translation>--device muss auto, cpu oder cuda sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>No CUDA GPU is available: this LibTorch build or this machine has none. Use the CPU (device &quot;auto&quot; or &quot;cpu&quot;).</source>
        <translation>Keine CUDA-GPU verfügbar: Dieser LibTorch-Build oder dieser Rechner hat keine. Verwenden Sie die CPU (Gerät „auto“ oder „cpu“).</translation>
    </message>
    <message>
        <source>fp16 arithmetic needs a CUDA GPU; on the CPU use bf16 or fp32.</source>
        <translation>fp16-Arithmetik braucht eine CUDA-GPU; auf der CPU bf16 oder fp32 verwenden.</translation>
    </message>
    <message>
        <source>At %1 px this run needs about %2 of memory, but only %3 is free.</source>
        <translation>Bei %1 px braucht dieser Lauf etwa %2 Speicher, frei sind aber nur %3.</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px.</source>
        <translation>Die größte passende Ausgabegröße ist %1 px.</translation>
    </message>
    <message>
        <source>If torch.load reads this file, please report it with its first 16 bytes: %1.</source>
        <translation>Wenn torch.load diese Datei liest, melden Sie sie bitte mit ihren ersten 16 Bytes: %1.</translation>
    </message>
    <message>
        <source>a gzip-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>eine gzip-komprimierte Datei (PyTorch komprimiert seine Dateien nie; entpacken Sie sie zuerst)</translation>
    </message>
    <message>
        <source>a bzip2-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>eine bzip2-komprimierte Datei (PyTorch komprimiert seine Dateien nie; entpacken Sie sie zuerst)</translation>
    </message>
    <message>
        <source>an xz-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>eine xz-komprimierte Datei (PyTorch komprimiert seine Dateien nie; entpacken Sie sie zuerst)</translation>
    </message>
    <message>
        <source>an HDF5 file (Keras weights, not PyTorch&apos;s)</source>
        <translation>eine HDF5-Datei (Keras-Gewichte, nicht die von PyTorch)</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>eine NumPy-Array-Datei</translation>
    </message>
    <message>
        <source>a web page (the download saved an error page?)</source>
        <translation>eine Webseite (hat der Download eine Fehlerseite gespeichert?)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>Es ist %1.</translation>
    </message>
    <message>
        <source>its tar archive lists %1 storages.</source>
        <translation>Ihr tar-Archiv nennt %1 Speicher.</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>Ihre Liste der Speicheransichten ist fehlerhaft.</translation>
    </message>
    <message>
        <source>its tar archive lists %1 tensors.</source>
        <translation>Ihr tar-Archiv nennt %1 Tensoren.</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>Ein Tensor-Eintrag ihres tar-Archivs ist fehlerhaft.</translation>
    </message>
    <message>
        <source>it is a tar archive without a &apos;%1&apos; member (it has: %2).</source>
        <translation>Sie ist ein tar-Archiv ohne das Element &apos;%1&apos; (es enthält: %2).</translation>
    </message>
    <message>
        <source>PyTorch tar (torch.save of PyTorch 0.1)</source>
        <translation>PyTorch-tar (torch.save von PyTorch 0.1)</translation>
    </message>
    <message>
        <source>When the engine fails, print the whole error after its one-line message (LibTorch&apos;s detail).</source>
        <translation>Wenn die Engine scheitert, nach der einzeiligen Meldung den ganzen Fehler ausgeben (die Details von LibTorch).</translation>
    </message>
    <message>
        <source>At %1 px the photo (%2 × %3 px) would be only %4 px on its short side; the network needs at least %5. Choose an output size of at least %6 px, or crop the photo.</source>
        <translation>Bei %1 px wäre das Foto (%2 × %3 px) an der kürzeren Seite nur %4 px groß; das Netz braucht mindestens %5. Wählen Sie eine Ausgabegröße von mindestens %6 px, oder beschneiden Sie das Foto.</translation>
    </message>
    <message>
        <source>Output size must be between %1 and %2 pixels (got %3).</source>
        <translation>Die Ausgabegröße muss zwischen %1 und %2 Pixeln liegen (angegeben: %3).</translation>
    </message>
    <message>
        <source>Style scale must be between %1 and %2 (got %3).</source>
        <translation>Der Stilmaßstab muss zwischen %1 und %2 liegen (angegeben: %3).</translation>
    </message>
    <message>
        <source>Steps must be between %1 and %2 (got %3).</source>
        <translation>Die Schrittzahl muss zwischen %1 und %2 liegen (angegeben: %3).</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most %1 (got %2).</source>
        <translation>Die Lernrate muss größer als 0 und höchstens %1 sein (angegeben: %2).</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between %1 and %2 (got %3).</source>
        <translation>Die L-BFGS-Verlaufslänge muss zwischen %1 und %2 liegen (angegeben: %3).</translation>
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
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>Die Gewichtung „%1“ muss eine Zahl von 0 bis 1e15 sein (angegeben: %2).</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>Die Mischanteile der Stile müssen Zahlen von 0 bis 1e6 sein (angegeben: %1).</translation>
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
        <source>The layer %1 is listed twice in the %2 layers.</source>
        <translation>Die Schicht %1 ist bei den Schichten für %2 zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1 (got %2).</source>
        <translation>Der Startwert muss eine ganze Zahl von 0 bis %1 sein (angegeben: %2).</translation>
    </message>
    <message>
        <source>The number of scales must be between 0 (automatic) and %1 (got %2).</source>
        <translation>Die Anzahl der Skalen muss zwischen 0 (automatisch) und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>The frame interval must be between %1 and %2 steps (got %3).</source>
        <translation>Das Einzelbild-Intervall muss zwischen %1 und %2 Schritten liegen (angegeben: %3).</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and %1 (got %2).</source>
        <translation>Die Anzahl der Threads muss zwischen 0 (alle Kerne) und %1 liegen (angegeben: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER or LAYER:WEIGHT, e.g. conv1_1:0.2.</source>
        <translation>„%1“ hat nicht die Form LAYER oder LAYER:WEIGHT, z. B. conv1_1:0.2.</translation>
    </message>
    <message>
        <source>VGG-19 layers of the style loss with their weights, e.g. conv1_1:0.2,conv2_1:0.2 (a missing weight is 1; default conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</source>
        <translation>VGG-19-Schichten des Stilverlusts mit ihren Gewichten, z. B. conv1_1:0.2,conv2_1:0.2 (ein fehlendes Gewicht ist 1; Standard conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</translation>
    </message>
    <message>
        <source>VGG-19 layers of the content loss with their weights (default conv4_2:1).</source>
        <translation>VGG-19-Schichten des Inhaltsverlusts mit ihren Gewichten (Standard conv4_2:1).</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (a job may set: %2).</source>
        <translation>unbekannte Einstellung „%1“ (mögliche Einstellungen eines Auftrags: %2).</translation>
    </message>
    <message>
        <source>Choose the photos to repaint with --content FILE|FOLDER... (or give a job list with --jobs FILE).</source>
        <translation>Wählen Sie die neu zu malenden Fotos mit --content DATEI|ORDNER... (oder übergeben Sie eine Auftragsliste mit --jobs DATEI).</translation>
    </message>
    <message>
        <source>Choose the style images with --style FILE|FOLDER...; each style makes its own picture.</source>
        <translation>Wählen Sie die Stilbilder mit --style DATEI|ORDNER...; jeder Stil ergibt ein eigenes Bild.</translation>
    </message>
    <message>
        <source>--style-blend blends the styles of one picture, but in batch mode each --style makes its own picture. Blend styles in a job list (--jobs) instead.</source>
        <translation>--style-blend mischt die Stile eines Bildes, im Stapelmodus ergibt aber jedes --style ein eigenes Bild. Mischen Sie Stile stattdessen in einer Auftragsliste (--jobs).</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>%1 kann nicht geschrieben werden: unbekannter Bildtyp „%2“ (.png, .jpg, .tif oder .webp verwenden).</translation>
    </message>
    <message>
        <source>Jobs %1 and %2 would both write %3: give them different names (add {index} to --name, or an output column).</source>
        <translation>Die Aufträge %1 und %2 würden beide %3 schreiben: Geben Sie ihnen verschiedene Namen ({index} zu --name hinzufügen oder eine Spalte „output“ angeben).</translation>
    </message>
    <message>
        <source>Batch mode: write one picture per content and style into this folder (created if missing).</source>
        <translation>Stapelmodus: ein Bild pro Inhalt und Stil in diesen Ordner schreiben (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Batch mode: file names of the pictures (default {content}-{style}-{size}.png; also {steps}, {seed}, {index}). The suffix picks the type.</source>
        <translation>Stapelmodus: Dateinamen der Bilder (Standard {content}-{style}-{size}.png; außerdem {steps}, {seed}, {index}). Die Endung bestimmt den Typ.</translation>
    </message>
    <message>
        <source>Batch mode: a job list, .csv (a header row of option names) or .jsonl (one JSON object a line); the command line&apos;s options are every job&apos;s defaults.</source>
        <translation>Stapelmodus: eine Auftragsliste, .csv (eine Kopfzeile mit Optionsnamen) oder .jsonl (ein JSON-Objekt pro Zeile); die Optionen der Befehlszeile sind die Standardwerte jedes Auftrags.</translation>
    </message>
    <message>
        <source>Skip jobs whose picture already exists and is complete (the default with --jobs).</source>
        <translation>Aufträge überspringen, deren Bild bereits vollständig vorhanden ist (Standard mit --jobs).</translation>
    </message>
    <message>
        <source>Redo every job, overwriting its picture.</source>
        <translation>Jeden Auftrag neu ausführen und sein Bild überschreiben.</translation>
    </message>
    <message>
        <source>Run only the I-th of N slices of the batch (jobs k with k % N = I - 1), for clusters.</source>
        <translation>Nur den I-ten von N Teilen des Stapels ausführen (Aufträge k mit k % N = I - 1), für Cluster.</translation>
    </message>
    <message>
        <source>%1 photos were given with --content, but --output writes one picture. For a picture of each, use --output-dir FOLDER (batch mode).</source>
        <translation>Mit --content wurden %1 Fotos angegeben, aber --output schreibt nur ein Bild. Für ein Bild pro Foto verwenden Sie --output-dir ORDNER (Stapelmodus).</translation>
    </message>
    <message>
        <source>--%1 is for batches: add --output-dir FOLDER or --jobs FILE.</source>
        <translation>--%1 ist für Stapel gedacht: Fügen Sie --output-dir ORDNER oder --jobs DATEI hinzu.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: only --content and --style take several values.</source>
        <translation>Unerwartetes Argument „%1“: Nur --content und --style nehmen mehrere Werte an.</translation>
    </message>
    <message>
        <source>--output writes one picture; in batch mode the names come from --name TEMPLATE (or a job list&apos;s output column).</source>
        <translation>--output schreibt nur ein Bild; im Stapelmodus kommen die Namen aus --name VORLAGE (oder aus der Spalte „output“ einer Auftragsliste).</translation>
    </message>
    <message>
        <source>--%1 is for a single picture; it cannot be used with --output-dir or --jobs.</source>
        <translation>--%1 gilt für ein einzelnes Bild; es kann nicht mit --output-dir oder --jobs verwendet werden.</translation>
    </message>
    <message>
        <source>--resume and --no-resume cannot be used together.</source>
        <translation>--resume und --no-resume können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--output-dir: %1 is a file, not a folder.</source>
        <translation>--output-dir: %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 has no pictures (%2).</source>
        <translation>Der Ordner %1 enthält keine Bilder (%2).</translation>
    </message>
    <message>
        <source>--shard expects I/N with 1 &lt;= I &lt;= N, e.g. 2/8 (got &quot;%1&quot;).</source>
        <translation>--shard erwartet I/N mit 1 &lt;= I &lt;= N, z. B. 2/8 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>a quoted cell is not closed (a &quot; is missing).</source>
        <translation>eine Zelle in Anführungszeichen ist nicht geschlossen (ein &quot; fehlt).</translation>
    </message>
    <message>
        <source>the header row has an empty column name.</source>
        <translation>die Kopfzeile enthält einen leeren Spaltennamen.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice.</source>
        <translation>die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1 cells for %2 columns (quote a cell that holds a comma).</source>
        <translation>%1 Zellen für %2 Spalten (setzen Sie eine Zelle, die ein Komma enthält, in Anführungszeichen).</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>a job is a JSON object, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</source>
        <translation>ein Auftrag ist ein JSON-Objekt, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number.</source>
        <translation>„%1“ muss eine Zeichenkette oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>--jobs: %1 is neither .csv nor .jsonl.</source>
        <translation>--jobs: %1 ist weder .csv noch .jsonl.</translation>
    </message>
    <message>
        <source>--jobs: cannot read %1: %2.</source>
        <translation>--jobs: %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>--jobs: %1 holds no jobs.</source>
        <translation>--jobs: %1 enthält keine Aufträge.</translation>
    </message>
    <message>
        <source>--name: unknown placeholder %1 in &quot;%2&quot; (use %3).</source>
        <translation>--name: unbekannter Platzhalter %1 in „%2“ (möglich sind %3).</translation>
    </message>
    <message>
        <source>--name: unbalanced brace in &quot;%1&quot; (placeholders are %2).</source>
        <translation>--name: unpaarige geschweifte Klammer in „%1“ (Platzhalter sind %2).</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; names a folder, not a file.</source>
        <translation>--name: „%1“ bezeichnet einen Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; does not end in an image type (use .png, .jpg, .tif or .webp).</source>
        <translation>--name: „%1“ endet nicht auf einen Bildtyp (.png, .jpg, .tif oder .webp verwenden).</translation>
    </message>
    <message>
        <source>Where the style goes: a grey picture over the photo, white where this style applies; one per --style, in order (an empty value: none for that style).</source>
        <translation>Wohin der Stil geht: ein Graustufenbild über dem Foto, weiß, wo dieser Stil gilt; eines pro --style, in derselben Reihenfolge (ein leerer Wert: keine Maske für diesen Stil).</translation>
    </message>
    <message>
        <source>Where the photo is kept: a grey picture over the photo, white where there is no style and the content weight is raised.</source>
        <translation>Wo das Foto erhalten bleibt: ein Graustufenbild über dem Foto, weiß, wo kein Stil gemalt und das Inhaltsgewicht erhöht wird.</translation>
    </message>
    <message>
        <source>%1 --style-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>%1 --style-mask-Dateien wurden für %2 --style-Bilder angegeben: höchstens eine pro --style, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <source>the mask of style %1</source>
        <translation>die Maske von Stil %1</translation>
    </message>
    <message>
        <source>the keep-the-photo mask</source>
        <translation>die Maske „Foto erhalten“</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>%1 Stilmasken wurden für %2 Stilbilder angegeben.</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) does not have the photo&apos;s shape (%4 × %5 px). Paint the mask over the photo, or crop it to the same aspect ratio.</source>
        <translation>Die Maske %1 (%2 × %3 px) hat nicht die Form des Fotos (%4 × %5 px). Malen Sie die Maske über das Foto oder schneiden Sie sie auf dasselbe Seitenverhältnis zu.</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) is resized to the photo&apos;s %4 × %5 px.</source>
        <translation>Die Maske %1 (%2 × %3 px) wird auf die Größe des Fotos (%4 × %5 px) skaliert.</translation>
    </message>
    <message>
        <source>Paint in tiles with px x px cores, the same result in less memory (default 0: only when the whole picture does not fit).</source>
        <translation>In Kacheln mit Kernen von px × px malen: dasselbe Ergebnis mit weniger Speicher (Standard 0: nur wenn das ganze Bild nicht passt).</translation>
    </message>
    <message>
        <source>The tile size must be 0 (automatic) or between %1 and %2 px (got %3).</source>
        <translation>Die Kachelgröße muss 0 (automatisch) oder zwischen %1 und %2 px liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Video: how strongly each frame keeps to the previous one, moved along with the picture (default %1; 0: off). Higher flickers less.</source>
        <translation>Video: wie stark jedes Bild beim vorigen bleibt, mit der Bewegung verschoben (Standard %1; 0: aus). Höher flackert weniger.</translation>
    </message>
    <message>
        <source>Video: steps for each frame after the first (default %1); the first takes --steps.</source>
        <translation>Video: Schritte für jedes Bild nach dem ersten (Standard %1); das erste nimmt --steps.</translation>
    </message>
    <message>
        <source>Video: only the first n frames, for a quick look.</source>
        <translation>Video: nur die ersten n Bilder, für einen schnellen Blick.</translation>
    </message>
    <message>
        <source>Video: paint every frame on its own, as a picture (flickers; for comparison).</source>
        <translation>Video: jedes Bild für sich malen, wie ein Foto (flackert; zum Vergleich).</translation>
    </message>
    <message>
        <source>--%1 is for videos, and --content is not one.</source>
        <translation>--%1 ist für Videos, und --content ist keines.</translation>
    </message>
    <message>
        <source>--temporal-weight takes a number from 0 to 1e9.</source>
        <translation>--temporal-weight nimmt eine Zahl von 0 bis 1e9.</translation>
    </message>
    <message>
        <source>--frame-steps takes a whole number from 1 to 100000.</source>
        <translation>--frame-steps nimmt eine ganze Zahl von 1 bis 100000.</translation>
    </message>
    <message>
        <source>--frames takes a whole number of frames (0: all).</source>
        <translation>--frames nimmt eine ganze Zahl von Bildern (0: alle).</translation>
    </message>
    <message>
        <source>--output names the video to write (.mp4, .mov, .mkv or .webm).</source>
        <translation>--output benennt das zu schreibende Video (.mp4, .mov, .mkv oder .webm).</translation>
    </message>
    <message>
        <source>Region masks are not used with videos yet: run without --mask and --keep-mask.</source>
        <translation>Bereichsmasken gehen mit Videos noch nicht: ohne --mask und --keep-mask ausführen.</translation>
    </message>
    <message>
        <source>, about %1 left for the clip</source>
        <translation>, noch etwa %1 für den Clip</translation>
    </message>
    <message>
        <source>frame %1 of %2: step %3 of %4%5</source>
        <translation>Bild %1 von %2: Schritt %3 von %4%5</translation>
    </message>
    <message>
        <source>Stopped after frame %1; the finished frames are in %2: run the same command again to go on.</source>
        <translation>Nach Bild %1 angehalten; die fertigen Bilder liegen in %2: Denselben Befehl erneut ausführen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Resumed after frame %1.</source>
        <translation>Nach Bild %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames). Temporal error %3; %4 s for the first frame, %5 s for each later one.</source>
        <translation>%1 geschrieben (%2 Bilder). Zeitlicher Fehler %3; %4 s für das erste Bild, %5 s für jedes weitere.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Optical flow needs two frames, but a frame is empty.</source>
        <translation>Der optische Fluss braucht zwei Bilder, aber ein Bild ist leer.</translation>
    </message>
    <message>
        <source>Optical flow needs frames of the same size, but one is %1 pixels and the other %2.</source>
        <translation>Der optische Fluss braucht gleich große Bilder, aber eines hat %1 Pixel und das andere %2.</translation>
    </message>
    <message>
        <source>The frames (%1 pixels) are too small for optical flow; it needs %2 pixels a side.</source>
        <translation>Die Bilder (%1 Pixel) sind zu klein für den optischen Fluss; er braucht %2 Pixel pro Seite.</translation>
    </message>
    <message>
        <source>Optical flow returned a field of an unexpected shape.</source>
        <translation>Der optische Fluss lieferte ein Feld unerwarteter Form.</translation>
    </message>
    <message>
        <source>Optical flow failed: %1</source>
        <translation>Der optische Fluss ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not create the frames folder &quot;%1&quot;.</source>
        <translation>Der Bilderordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A finished frame could not be read back (%1); delete the frames folder to start again.</source>
        <translation>Ein fertiges Bild konnte nicht zurückgelesen werden (%1); löschen Sie den Bilderordner, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: a video is written as %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Ein Video wird als %2 geschrieben.</translation>
    </message>
    <message>
        <source>Reading the clip…</source>
        <translation>Clip wird gelesen…</translation>
    </message>
    <message>
        <source>Optical flow to frame %1…</source>
        <translation>Optischer Fluss zu Bild %1…</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>Writing the video…</source>
        <translation>Video wird geschrieben…</translation>
    </message>
    <message>
        <source>Which part of the painting to use: a grey picture over the painting, white where its strokes and colours count; one per --style, in order (an empty value: all of that one).</source>
        <translation>Welcher Teil des Gemäldes verwendet wird: ein graues Bild über dem Gemälde, weiß, wo seine Pinselstriche und Farben zählen; eines je --style, in derselben Reihenfolge (ein leerer Wert: das ganze Gemälde).</translation>
    </message>
    <message>
        <source>%1 --style-source-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>Es wurden %1 --style-source-mask-Dateien für %2 --style-Bilder angegeben: höchstens eine je --style, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <source>The source mask %1 (%2 × %3 px) does not have the shape of its painting (%4 × %5 px). Paint it over the painting, or crop it to the same aspect ratio.</source>
        <translation>Die Quellmaske %1 (%2 × %3 px) hat nicht die Form ihres Gemäldes (%4 × %5 px). Malen Sie sie über das Gemälde oder beschneiden Sie sie auf dasselbe Seitenverhältnis.</translation>
    </message>
    <message>
        <source>The source mask %1 is black all over: nothing of its painting would be used. Paint the part to use white.</source>
        <translation>Die Quellmaske %1 ist überall schwarz: nichts von ihrem Gemälde würde verwendet. Malen Sie den zu verwendenden Teil weiß.</translation>
    </message>
    <message>
        <source>frame %1 done: content %2, style %3</source>
        <translation>Bild %1 fertig: Inhalt %2, Stil %3</translation>
    </message>
    <message>
        <source>How many steps L-BFGS remembers (default 100; at print size the plan may store it in bf16 or shorten it to fit).</source>
        <translation>Wie viele Schritte L-BFGS sich merkt (Standard 100; in Druckgröße kann der Plan sie in bf16 speichern oder kürzen, damit sie passen).</translation>
    </message>
    <message>
        <source>How much L-BFGS&apos;s first guess of the curvature favours smooth changes over fine ones (default 1, 0 to 3; 0: plain L-BFGS).</source>
        <translation>Wie sehr die erste Schätzung der Krümmung von L-BFGS glatte Änderungen gegenüber feinen bevorzugt (Standard 1, 0 bis 3; 0: einfaches L-BFGS).</translation>
    </message>
    <message>
        <source>The L-BFGS smoothing must be between %1 and %2 (got %3).</source>
        <translation>Die L-BFGS-Glättung muss zwischen %1 und %2 liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, all painted before).</source>
        <translation>%1 geschrieben (%2 Bilder, alle schon zuvor gemalt).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, %3 painted now). Temporal error %4; %5 s for each frame painted now.</source>
        <translation>%1 geschrieben (%2 Bilder, %3 jetzt gemalt). Zeitlicher Fehler %4; %5 s für jedes jetzt gemalte Bild.</translation>
    </message>
    <message>
        <source>Writing the video: frame %1 of %2…</source>
        <translation>Video wird geschrieben: Bild %1 von %2…</translation>
    </message>
    <message>
        <source>The Adam finish must be between %1 and %2 (got %3).</source>
        <translation>Der Adam-Abschluss muss zwischen %1 und %2 liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>The share of the finest scale&apos;s L-BFGS steps that Adam takes at the end (default 0.7, 0 to 0.9; 0: none).</source>
        <translation>Der Anteil der L-BFGS-Schritte der feinsten Stufe, den Adam am Ende übernimmt (Standard 0,7, 0 bis 0,9; 0: keiner).</translation>
    </message>
    <message>
        <source>Save where the run stands to this file every minute and when it is stopped; the same command run again continues from it. Deleted once the picture is written.</source>
        <translation>Den Stand des Laufs jede Minute und beim Anhalten in dieser Datei speichern; derselbe Befehl setzt den Lauf beim nächsten Aufruf dort fort. Wird gelöscht, sobald das Bild geschrieben ist.</translation>
    </message>
    <message>
        <source>The checkpoint %1 is damaged (%2). Delete it to start the run afresh.</source>
        <translation>Der Checkpoint %1 ist beschädigt (%2). Löschen Sie ihn, um den Lauf neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>Der Checkpoint %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 MB is larger than any checkpoint</source>
        <translation>mit %1 MB größer als jeder Checkpoint</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio checkpoint. Name another file with --checkpoint, or delete it.</source>
        <translation>%1 ist kein Checkpoint von Neural Style Studio. Geben Sie mit --checkpoint eine andere Datei an, oder löschen Sie diese.</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>sein Kopf ist abgeschnitten</translation>
    </message>
    <message>
        <source>its header is not readable: %1</source>
        <translation>sein Kopf ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a value of its header is missing or out of range</source>
        <translation>ein Wert in seinem Kopf fehlt oder liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>its picture is %1 bytes, not %2</source>
        <translation>sein Bild hat %1 Byte statt %2</translation>
    </message>
    <message>
        <source>its picture does not match its checksum</source>
        <translation>sein Bild passt nicht zu seiner Prüfsumme</translation>
    </message>
    <message>
        <source>its picture holds a value that is not a number</source>
        <translation>sein Bild enthält einen Wert, der keine Zahl ist</translation>
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
    <name>nss::AutosaveGuard</name>
    <message>
        <source>Crash recovery is not working: %1</source>
        <translation>Die Absturzsicherung funktioniert nicht: %1</translation>
    </message>
</context>
<context>
    <name>nss::BatchDialog</name>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (Ordner)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapelverarbeitung</translation>
    </message>
    <message>
        <source>Every photo is painted in every style, with the current settings (%1 px, %2 steps).</source>
        <translation>Jedes Foto wird in jedem Stil gemalt, mit den aktuellen Einstellungen (%1 px, %2 Schritte).</translation>
    </message>
    <message>
        <source>Photos (content)</source>
        <translation>Fotos (Inhalt)</translation>
    </message>
    <message>
        <source>Paintings (styles)</source>
        <translation>Gemälde (Stile)</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder of pictures</source>
        <translation>Ordner mit Bildern hinzufügen</translation>
    </message>
    <message>
        <source>Add at least one photo and one painting: files, or a folder of each.</source>
        <translation>Fügen Sie mindestens ein Foto und ein Gemälde hinzu: als Dateien oder jeweils als Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painting(s)</source>
        <translation>
            <numerusform>%n Gemälde</numerusform>
            <numerusform>%n Gemälde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add.</source>
        <translation>
            <numerusform>%n hinzuzufügender Auftrag.</numerusform>
            <numerusform>%n hinzuzufügende Aufträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Job(s)</source>
        <translation>
            <numerusform>%n Auftrag hinzufügen</numerusform>
            <numerusform>%n Aufträge hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::BatchRun</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already done, %2 to run.</source>
        <translation>%1 bereits fertig, %2 noch auszuführen.</translation>
    </message>
    <message>
        <source>Batch of %1 jobs: %2</source>
        <translation>Stapel mit %1 Aufträgen: %2</translation>
    </message>
    <message>
        <source>Batch of %1 jobs, shard %2/%3 (%4 of them): %5</source>
        <translation>Stapel mit %1 Aufträgen, Teil %2/%3 (%4 davon): %5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>batch %1 %, %2 left</source>
        <translation>Stapel %1 %, noch %2</translation>
    </message>
    <message>
        <source>%1 interrupted at step %2 of %3: nothing was written for %4.</source>
        <translation>%1 bei Schritt %2 von %3 unterbrochen: Für %4 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 wrote %2 (%3 x %4) in %5.</source>
        <translation>%1 %2 in %5 geschrieben (%3 × %4).</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed, %4 not run (interrupted).</source>
        <translation>Stapel: %1 geschrieben, %2 übersprungen (bereits fertig), %3 fehlgeschlagen, %4 nicht ausgeführt (unterbrochen).</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed.</source>
        <translation>Stapel: %1 geschrieben, %2 übersprungen (bereits fertig), %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>Run the same command again to do the rest.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um den Rest zu erledigen.</translation>
    </message>
    <message>
        <source>Run the same command again with --resume to do the rest.</source>
        <translation>Führen Sie denselben Befehl mit --resume erneut aus, um den Rest zu erledigen.</translation>
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
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n frame(s) to %1…</source>
        <translation>
            <numerusform>%n Einzelbild wird nach %1 exportiert…</numerusform>
            <numerusform>%n Einzelbilder werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the time-lapse %1…</source>
        <translation>Zeitraffer %1 wird exportiert…</translation>
    </message>
    <message>
        <source>%1 Another export can start when it is done.</source>
        <translation>%1 Ein weiterer Export kann beginnen, sobald dieser fertig ist.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>Der Export wurde unerwartet abgebrochen.</translation>
    </message>
    <message>
        <source>There is no picture to export.</source>
        <translation>Es gibt kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>&amp;Video…</source>
        <translation>&amp;Video…</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <source>Video (*.%1)</source>
        <translation>Video (*.%1)</translation>
    </message>
    <message>
        <source>There is no finished video to export: start a run on a video first.</source>
        <translation>Es gibt kein fertiges Video zum Exportieren: Starten Sie zuerst einen Lauf mit einem Video.</translation>
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
    <name>nss::HistoryItem</name>
    <message>
        <source>This is not a Neural Style Studio history item.</source>
        <translation>Dies ist kein Verlaufseintrag von Neural Style Studio.</translation>
    </message>
    <message>
        <source>This history item was made by a newer version of Neural Style Studio.</source>
        <translation>Dieser Verlaufseintrag stammt von einer neueren Version von Neural Style Studio.</translation>
    </message>
</context>
<context>
    <name>nss::HistoryStrip</name>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>durch einen Fehler beendet</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>nach einem Absturz gerettet</translation>
    </message>
    <message>
        <source>Every run&apos;s result. Click to see it; select two to compare them.</source>
        <translation>Das Ergebnis jedes Laufs. Klicken zum Ansehen; zwei auswählen zum Vergleichen.</translation>
    </message>
    <message>
        <source>Restore Settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Put the selected result&apos;s settings back into the controls</source>
        <translation>Die Einstellungen des gewählten Ergebnisses in die Regler übernehmen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected result at full resolution</source>
        <translation>Das gewählte Ergebnis in voller Auflösung exportieren</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show the two selected results side by side (drag the divider)</source>
        <translation>Die zwei gewählten Ergebnisse nebeneinander zeigen (Trenner ziehen)</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>A starred result is never removed to make room</source>
        <translation>Ein markiertes Ergebnis wird nie entfernt, um Platz zu schaffen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected results</source>
        <translation>Die gewählten Ergebnisse löschen</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <source>%1 x %2 px, %3 at step %4 of %5
loss %6, %7 s
seed %8; weights: content %9, style %10, TV %11</source>
        <translation>%1 x %2 px, %3 bei Schritt %4 von %5
Verlust %6, %7 s
Seed %8; Gewichte: Inhalt %9, Stil %10, TV %11</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>Aus dem Verlauf löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n result(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Ergebnis aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Ergebnisse aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
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
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Downloading %1… %2% (%3 of %4)</source>
        <translation>%1 wird heruntergeladen … %2 % (%3 von %4)</translation>
    </message>
    <message>
        <source>Downloading %1… %2</source>
        <translation>%1 wird heruntergeladen … %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Use one of the bundled photos or paintings.</source>
        <translation>Eines der mitgelieferten Fotos oder Gemälde verwenden.</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Bilder und Videos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The video has no frames.</source>
        <translation>Das Video hat keine Bilder.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s at %2 fps</source>
        <translation>
            <numerusform>%n Bild, %1 s bei %2 fps</numerusform>
            <numerusform>%n Bilder, %1 s bei %2 fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::JobQueue</name>
    <message>
        <source>The queue file %1 could not be read (%2); it was kept as %3 and the queue starts empty.</source>
        <translation>Die Warteschlangendatei %1 konnte nicht gelesen werden (%2); sie wurde als %3 aufbewahrt, und die Warteschlange beginnt leer.</translation>
    </message>
    <message>
        <source>not a queue file</source>
        <translation>keine Warteschlangendatei</translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation>von einer neueren Version erstellt</translation>
    </message>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>Unterbrochen; beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>The queue could not be saved: %1</source>
        <translation>Die Warteschlange konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>nss::LayersPanel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Advanced: layers</source>
        <translation>Erweitert: Schichten</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Zurücksetzen auf Standardwerte</translation>
    </message>
    <message>
        <source>The VGG-19 layers that measure style and content, and each one&apos;s weight within its loss.</source>
        <translation>Die VGG-19-Schichten, die Stil und Inhalt messen, und das Gewicht jeder Schicht in ihrem Verlust.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Weight of %1 in the style loss; off leaves it out.</source>
        <translation>Gewicht von %1 im Stilverlust; „aus“ lässt die Schicht weg.</translation>
    </message>
    <message>
        <source>Weight of %1 in the content loss; off leaves it out.</source>
        <translation>Gewicht von %1 im Inhaltsverlust; „aus“ lässt die Schicht weg.</translation>
    </message>
    <message>
        <source>Style: conv1_1 to conv5_1, weight 1 each; content: conv4_2.</source>
        <translation>Stil: conv1_1 bis conv5_1, jeweils Gewicht 1; Inhalt: conv4_2.</translation>
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
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>Letzte Sitzung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored the last session (step %1).</source>
        <translation>Letzte Sitzung wiederhergestellt (Schritt %1).</translation>
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
        <source>Download or choose the VGG-19 weights file to start.</source>
        <translation>Laden Sie die VGG-19-Gewichtsdatei herunter oder wählen Sie sie, um zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot start from the chosen image: %1</source>
        <translation>Start mit dem gewählten Bild nicht möglich: %1</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>Mit Bild beginnen</translation>
    </message>
    <message>
        <source>Closing when the export is finished…</source>
        <translation>Wird geschlossen, sobald der Export fertig ist…</translation>
    </message>
    <message>
        <source>Not started: a run at %1 px needs more memory than is free.</source>
        <translation>Nicht gestartet: Ein Lauf mit %1 px braucht mehr Arbeitsspeicher, als frei ist.</translation>
    </message>
    <message>
        <source>The last session ended before its picture was kept. The picture is in the history now. Restore its settings and picture?</source>
        <translation>Die letzte Sitzung endete, bevor ihr Bild gesichert war. Das Bild ist jetzt im Verlauf. Einstellungen und Bild wiederherstellen?</translation>
    </message>
    <message>
        <source>Result of %1: step %2 of %3, %4 x %5 px.</source>
        <translation>Ergebnis von %1: Schritt %2 von %3, %4 x %5 px.</translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation>Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the settings of the result of %1.</source>
        <translation>Die Einstellungen des Ergebnisses von %1 wurden übernommen.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Stop the run and keep its picture at step %1 in the history?</source>
        <translation>Den Lauf anhalten und sein Bild bei Schritt %1 im Verlauf behalten?</translation>
    </message>
    <message>
        <source>Stop and Keep</source>
        <translation>Anhalten und behalten</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Stopping; closing once the picture is kept…</source>
        <translation>Wird angehalten; das Fenster schließt, sobald das Bild gesichert ist…</translation>
    </message>
    <message>
        <source>Keeping the last result…</source>
        <translation>Das letzte Ergebnis wird gesichert…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Automatisches Speichern</translation>
    </message>
    <message>
        <source>Comparing two results: the older on the left. Drag the divider.</source>
        <translation>Zwei Ergebnisse im Vergleich: das ältere links. Den Trenner ziehen.</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Starting once the pictures are loaded…</source>
        <translation>Startet, sobald die Bilder geladen sind…</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Zur &amp;Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>Stapel&amp;verarbeitung…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Open a photo from a file first: the queue reads each picture from its file when its turn comes.</source>
        <translation>Öffnen Sie zuerst ein Foto aus einer Datei: Die Warteschlange liest jedes Bild erst dann aus seiner Datei, wenn es an der Reihe ist.</translation>
    </message>
    <message>
        <source>A pasted painting has no file: save it and open the file to queue it.</source>
        <translation>Ein eingefügtes Gemälde hat keine Datei: Speichern Sie es und öffnen Sie die Datei, um es in die Warteschlange zu stellen.</translation>
    </message>
    <message numerus="yes">
        <source>Added to the queue: %1 (%n job(s) in the queue).</source>
        <translation>
            <numerusform>Zur Warteschlange hinzugefügt: %1 (%n Auftrag in der Warteschlange).</numerusform>
            <numerusform>Zur Warteschlange hinzugefügt: %1 (%n Aufträge in der Warteschlange).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n job(s) to the queue.</source>
        <translation>
            <numerusform>%n Auftrag zur Warteschlange hinzugefügt.</numerusform>
            <numerusform>%n Aufträge zur Warteschlange hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paint &amp;Masks…</source>
        <translation>&amp;Masken malen…</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>Stil %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the masks.</source>
        <translation>Der Ordner %1 für die Masken kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot encode the mask %1.</source>
        <translation>Die Maske %1 kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The mask %1 does not fit the photo.</source>
        <translation>Die Maske %1 passt nicht zum Foto.</translation>
    </message>
    <message>
        <source>Stopped after frame %1 of %2; Start goes on from there.</source>
        <translation>Nach Bild %1 von %2 angehalten; Start macht dort weiter.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n video frame(s). Export ▸ Video… saves the video.</source>
        <translation>
            <numerusform>Fertig: %n Videobild. Exportieren ▸ Video… speichert das Video.</numerusform>
            <numerusform>Fertig: %n Videobilder. Exportieren ▸ Video… speichert das Video.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at step %1; Start goes on from there while the settings stay the same.</source>
        <translation>Bei Schritt %1 angehalten; Start macht dort weiter, solange die Einstellungen gleich bleiben.</translation>
    </message>
</context>
<context>
    <name>nss::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertieren</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Maske importieren</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>Wählen Sie zuerst ein Foto: Die Masken werden darüber gemalt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Malen</translation>
    </message>
</context>
<context>
    <name>nss::MaskEditor</name>
    <message>
        <source>Paint Masks</source>
        <translation>Masken malen</translation>
    </message>
    <message>
        <source>The layer you paint: where a style goes, or where the photo is kept</source>
        <translation>Die Ebene, auf der Sie malen: wohin ein Stil kommt oder wo das Foto erhalten bleibt</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>Paint the layer (B)</source>
        <translation>Auf der Ebene malen (B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radiergummi</translation>
    </message>
    <message>
        <source>Erase the layer (E)</source>
        <translation>Auf der Ebene radieren (E)</translation>
    </message>
    <message>
        <source>Brush radius in the photo&apos;s pixels ([ and ] change it)</source>
        <translation>Pinselradius in Pixeln des Fotos ([ und ] ändern ihn)</translation>
    </message>
    <message>
        <source>0: a hard edge; 100: soft from the centre</source>
        <translation>0: harte Kante; 100: weich ab der Mitte</translation>
    </message>
    <message>
        <source>How strongly the masks are shown over the photo (the run is not affected)</source>
        <translation>Wie deutlich die Masken über dem Foto angezeigt werden (wirkt sich nicht auf den Lauf aus)</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Softness:</source>
        <translation>Weichheit:</translation>
    </message>
    <message>
        <source>Shown at:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Füllen</translation>
    </message>
    <message>
        <source>Cover the whole picture with this layer</source>
        <translation>Das ganze Bild mit dieser Ebene bedecken</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove this layer&apos;s mask</source>
        <translation>Die Maske dieser Ebene entfernen</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Invertieren</translation>
    </message>
    <message>
        <source>Swap painted and unpainted parts of this layer</source>
        <translation>Bemalte und unbemalte Bereiche dieser Ebene vertauschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Die letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Load this layer from a greyscale picture (white: the layer)</source>
        <translation>Diese Ebene aus einem Graustufenbild laden (weiß: die Ebene)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this layer as a greyscale PNG</source>
        <translation>Diese Ebene als Graustufen-PNG speichern</translation>
    </message>
    <message>
        <source>Paint where each style goes; where no style is painted all styles blend. The hatched layer keeps the photo. A run in progress follows at its next step.</source>
        <translation>Malen Sie, wohin jeder Stil kommt; wo kein Stil gemalt ist, mischen sich alle Stile. Die schraffierte Ebene erhält das Foto. Ein Lauf, der gerade im Gange ist, übernimmt die Masken beim nächsten Schritt.</translation>
    </message>
    <message>
        <source>Style %1: %2</source>
        <translation>Stil %1: %2</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>Foto erhalten</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Maske importieren</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>Wählen Sie zuerst ein Foto: Die Masken werden darüber gemalt.</translation>
    </message>
    <message>
        <source>There is no mask to export: choose a photo first.</source>
        <translation>Es gibt keine Maske zum Exportieren: Wählen Sie zuerst ein Foto.</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>Maske exportieren</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>nss::Memory</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>nss::MemoryCheck</name>
    <message>
        <source>At %1 px this run needs about %2 of memory, but only %3 is free. Starting it would make the system stop the app.</source>
        <translation>Bei %1 px braucht dieser Lauf etwa %2 Arbeitsspeicher, frei sind aber nur %3. Ein Start würde das System dazu bringen, die App zu beenden.</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px (about %2).</source>
        <translation>Die größte passende Ausgabegröße ist %1 px (etwa %2).</translation>
    </message>
    <message>
        <source>Use %1 px</source>
        <translation>%1 px verwenden</translation>
    </message>
    <message>
        <source>Even the smallest size does not fit: close other programs, or use smaller style images.</source>
        <translation>Selbst die kleinste Größe passt nicht: Schließen Sie andere Programme oder verwenden Sie kleinere Stilbilder.</translation>
    </message>
</context>
<context>
    <name>nss::PickleReader</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ist keine Gewichtsdatei, die diese App lesen kann: %2</translation>
    </message>
    <message>
        <source>its Python pickle is larger than 64 MB.</source>
        <translation>Sein Python-Pickle ist größer als 64 MB.</translation>
    </message>
    <message>
        <source>it ends in the middle of a Python pickle (truncated or garbled).</source>
        <translation>Sie endet mitten in einem Python-Pickle (abgeschnitten oder beschädigt).</translation>
    </message>
    <message>
        <source>its pickle is garbled near byte %1.</source>
        <translation>Sein Pickle ist bei Byte %1 beschädigt.</translation>
    </message>
    <message>
        <source>it uses pickle protocol %1.</source>
        <translation>Sie verwendet das Pickle-Protokoll %1.</translation>
    </message>
    <message>
        <source>its pickle ends with %1 values on the stack.</source>
        <translation>Sein Pickle endet mit %1 Werten auf dem Stapel.</translation>
    </message>
    <message>
        <source>it holds a string of %1 bytes.</source>
        <translation>Sie enthält eine Zeichenkette mit %1 Byte.</translation>
    </message>
    <message>
        <source>its pickle is too large.</source>
        <translation>Sein Pickle ist zu groß.</translation>
    </message>
    <message>
        <source>its pickle names an overlong Python global.</source>
        <translation>Sein Pickle nennt einen überlangen Python-Namen.</translation>
    </message>
    <message>
        <source>its pickle calls something that is not a known Python function.</source>
        <translation>Sein Pickle ruft etwas auf, das keine bekannte Python-Funktion ist.</translation>
    </message>
    <message>
        <source>its pickle builds an OrderedDict from arguments.</source>
        <translation>Sein Pickle baut ein OrderedDict aus Argumenten.</translation>
    </message>
    <message>
        <source>its pickle calls %1, which a weights file never needs.</source>
        <translation>Sein Pickle ruft %1 auf, was eine Gewichtsdatei nie braucht.</translation>
    </message>
    <message>
        <source>a tensor in its pickle has malformed arguments.</source>
        <translation>Ein Tensor in seinem Pickle hat fehlerhafte Argumente.</translation>
    </message>
    <message>
        <source>a tensor in its pickle has an invalid shape or stride.</source>
        <translation>Ein Tensor in seinem Pickle hat eine ungültige Form oder Schrittweite.</translation>
    </message>
    <message>
        <source>a tensor in its pickle is impossibly large.</source>
        <translation>Ein Tensor in seinem Pickle ist unmöglich groß.</translation>
    </message>
    <message>
        <source>a tensor of shape %1 reaches past the end of its storage (%2 elements).</source>
        <translation>Ein Tensor der Form %1 reicht über das Ende seines Speichers hinaus (%2 Elemente).</translation>
    </message>
    <message>
        <source>its pickle refers to an unknown kind of external object.</source>
        <translation>Sein Pickle verweist auf eine unbekannte Art externen Objekts.</translation>
    </message>
    <message>
        <source>its pickle refers to a &quot;%1&quot;, not to tensor storage (a whole model, not a state_dict?).</source>
        <translation>Sein Pickle verweist auf ein „%1“, nicht auf Tensorspeicher (ein ganzes Modell statt eines state_dict?).</translation>
    </message>
    <message>
        <source>a storage in its pickle is malformed.</source>
        <translation>Ein Speicher in seinem Pickle ist fehlerhaft.</translation>
    </message>
    <message>
        <source>a storage view in its pickle is malformed.</source>
        <translation>Eine Speichersicht in seinem Pickle ist fehlerhaft.</translation>
    </message>
    <message>
        <source>its pickle sets the state of something that is not a dictionary.</source>
        <translation>Sein Pickle setzt den Zustand von etwas, das kein Wörterbuch ist.</translation>
    </message>
    <message>
        <source>its pickle uses opcode 0x%1, which a state_dict never contains.</source>
        <translation>Sein Pickle verwendet den Opcode 0x%1, den ein state_dict nie enthält.</translation>
    </message>
    <message>
        <source>it does not start with PyTorch&apos;s magic number.</source>
        <translation>Sie beginnt nicht mit PyTorchs magischer Zahl.</translation>
    </message>
    <message>
        <source>an integer was expected in its header.</source>
        <translation>In seinem Kopf wurde eine ganze Zahl erwartet.</translation>
    </message>
    <message>
        <source>its system information header is not a dictionary.</source>
        <translation>Sein Systeminformationskopf ist kein Wörterbuch.</translation>
    </message>
    <message>
        <source>it holds a %1, not a state_dict.</source>
        <translation>Sie enthält ein(e) %1, kein state_dict.</translation>
    </message>
    <message>
        <source>its state_dict has a key that is not a string.</source>
        <translation>Sein state_dict hat einen Schlüssel, der keine Zeichenkette ist.</translation>
    </message>
    <message>
        <source>its entry &quot;%1&quot; is a %2, not a tensor.</source>
        <translation>Sein Eintrag „%1“ ist ein(e) %2, kein Tensor.</translation>
    </message>
    <message>
        <source>its state_dict is empty.</source>
        <translation>Sein state_dict ist leer.</translation>
    </message>
    <message>
        <source>its list of storages is missing.</source>
        <translation>Seine Speicherliste fehlt.</translation>
    </message>
    <message>
        <source>its list of storages holds something that is not a name.</source>
        <translation>Seine Speicherliste enthält etwas, das kein Name ist.</translation>
    </message>
    <message>
        <source>its pickle refers to tensor %1, which its tar archive does not describe.</source>
        <translation>Ihr Pickle verweist auf den Tensor %1, den ihr tar-Archiv nicht beschreibt.</translation>
    </message>
    <message>
        <source>a storage record of its tar archive is malformed.</source>
        <translation>Ein Speicher-Eintrag ihres tar-Archivs ist fehlerhaft.</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>Ein Tensor-Eintrag ihres tar-Archivs ist fehlerhaft.</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>Ihre Liste der Speicheransichten ist fehlerhaft.</translation>
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
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When the run history grows past this, its oldest results are removed. Starred ones are kept.</source>
        <translation>Wächst der Verlauf darüber hinaus, werden die ältesten Ergebnisse entfernt. Markierte bleiben.</translation>
    </message>
    <message>
        <source>&amp;History size limit:</source>
        <translation>&amp;Verlaufsgröße höchstens:</translation>
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
    <name>nss::ProjectActions</name>
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
    <message>
        <source>Replace the project?</source>
        <translation>Projekt ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept as it was.</source>
        <translation>Nicht gespeichert: %1 bleibt unverändert.</translation>
    </message>
    <message>
        <source>The project was saved, but not its results: %1</source>
        <translation>Das Projekt wurde gespeichert, aber nicht seine Ergebnisse: %1</translation>
    </message>
</context>
<context>
    <name>nss::QueueJob</name>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>A queued job has no id.</source>
        <translation>Ein Auftrag in der Warteschlange hat keine ID.</translation>
    </message>
    <message>
        <source>Queued job %1: %2</source>
        <translation>Auftrag %1 in der Warteschlange: %2</translation>
    </message>
    <message>
        <source>Queued job %1 has an unknown state &quot;%2&quot;.</source>
        <translation>Auftrag %1 in der Warteschlange hat einen unbekannten Status „%2“.</translation>
    </message>
</context>
<context>
    <name>nss::QueuePanel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>keeping the result…</source>
        <translation>Ergebnis wird gesichert…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation>Den gewählten Auftrag früher ausführen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation>Den gewählten Auftrag später ausführen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Skip the selected job until it is released</source>
        <translation>Den gewählten Auftrag überspringen, bis er freigegeben wird</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected job (a running one stops, and its picture so far is dropped)</source>
        <translation>Den gewählten Auftrag entfernen (ein laufender wird angehalten und sein bisheriges Bild verworfen)</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Remove the done and failed jobs from the list (their results stay in the history)</source>
        <translation>Fertige und fehlgeschlagene Aufträge aus der Liste entfernen (ihre Ergebnisse bleiben im Verlauf)</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>Warteschlange pausieren</translation>
    </message>
    <message>
        <source>Pause the whole queue: the running job waits at its next step and no other starts</source>
        <translation>Die ganze Warteschlange pausieren: Der laufende Auftrag wartet beim nächsten Schritt, und kein weiterer beginnt</translation>
    </message>
    <message>
        <source>%1. %2 — %3 px, %4 steps — %5</source>
        <translation>%1. %2 — %3 px, %4 Schritte — %5</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>Waiting at its step: %1</source>
        <translation>Wartet beim aktuellen Schritt: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Resume Queue</source>
        <translation>Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>nss::QueueRunner</name>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>Unterbrochen; beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>The queue is empty. Add the current pictures with Run ▸ Add to Queue, or many with Run ▸ Batch…</source>
        <translation>Die Warteschlange ist leer. Für die aktuellen Bilder: Ausführen ▸ Zur Warteschlange hinzufügen; für viele auf einmal: Ausführen ▸ Stapelverarbeitung…</translation>
    </message>
    <message numerus="yes">
        <source>The queue is paused (%n job(s) waiting).</source>
        <translation>
            <numerusform>Die Warteschlange ist pausiert (%n Auftrag wartet).</numerusform>
            <numerusform>Die Warteschlange ist pausiert (%n Aufträge warten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue waits for the VGG-19 weights file (Edit ▸ Preferences).</source>
        <translation>Die Warteschlange wartet auf die VGG-19-Gewichtsdatei (Bearbeiten ▸ Einstellungen).</translation>
    </message>
    <message>
        <source>Your run in the window goes first; the queue continues when it ends.</source>
        <translation>Ihr Lauf im Fenster hat Vorrang; die Warteschlange geht weiter, wenn er endet.</translation>
    </message>
    <message>
        <source>Running job %1 of %2: %3</source>
        <translation>Auftrag %1 von %2 läuft: %3</translation>
    </message>
    <message numerus="yes">
        <source>Every job has run: %n done.</source>
        <translation>
            <numerusform>Alle Aufträge wurden ausgeführt: %n fertig.</numerusform>
            <numerusform>Alle Aufträge wurden ausgeführt: %n fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n Auftrag wartet.</numerusform>
            <numerusform>%n Aufträge warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; starts again from the beginning.</source>
        <translation>Angehalten; beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>The run ended without a picture.</source>
        <translation>Der Lauf endete ohne Bild.</translation>
    </message>
    <message>
        <source>The result could not be kept: %1</source>
        <translation>Das Ergebnis konnte nicht gesichert werden: %1</translation>
    </message>
</context>
<context>
    <name>nss::RemoteImageFetch</name>
    <message>
        <source>Did not download %1: it is larger than %2, the most a dropped picture may be.</source>
        <translation>%1 wurde nicht heruntergeladen: Die Datei ist größer als %2, das Maximum für ein abgelegtes Bild.</translation>
    </message>
    <message>
        <source>Could not download %1: the server sent nothing for %2 s.</source>
        <translation>%1 konnte nicht heruntergeladen werden: Der Server hat %2 s lang nichts gesendet.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>nss::RunHistory</name>
    <message>
        <source>There is no picture to keep in the history.</source>
        <translation>Es gibt kein Bild für den Verlauf.</translation>
    </message>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>Der Verlaufsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a history item.</source>
        <translation>„%1“ kann keinen Verlaufseintrag benennen.</translation>
    </message>
    <message>
        <source>The history already holds an item named %1.</source>
        <translation>Der Verlauf enthält bereits einen Eintrag namens %1.</translation>
    </message>
    <message>
        <source>The history folder %1 is not writable.</source>
        <translation>Der Verlaufsordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The picture could not be kept in the history: %1</source>
        <translation>Das Bild konnte nicht im Verlauf gesichert werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>%1 konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The history item %1 cannot be read: %2</source>
        <translation>Der Verlaufseintrag %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>The history item %1 is damaged: %2</source>
        <translation>Der Verlaufseintrag %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The history has no item %1.</source>
        <translation>Der Verlauf hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>The history item %1 could not be removed from %2.</source>
        <translation>Der Verlaufseintrag %1 konnte nicht aus %2 entfernt werden.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
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
    <message>
        <source>–:––</source>
        <translation>–:––</translation>
    </message>
    <message>
        <source>%1 (scale %2 of %3)</source>
        <translation>%1 (Skala %2 von %3)</translation>
    </message>
</context>
<context>
    <name>nss::SampleGallery</name>
    <message>
        <source>Astronaut</source>
        <translation>Astronautin</translation>
    </message>
    <message>
        <source>Photo — Astronaut Eileen Collins (NASA)</source>
        <translation>Foto — Astronautin Eileen Collins (NASA)</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Katze</translation>
    </message>
    <message>
        <source>Photo — Chelsea the cat</source>
        <translation>Foto — Chelsea, die Katze</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Photo — Coffee cup</source>
        <translation>Foto — Kaffeetasse</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Rakete</translation>
    </message>
    <message>
        <source>Photo — Falcon 9 launch (SpaceX)</source>
        <translation>Foto — Start einer Falcon 9 (SpaceX)</translation>
    </message>
    <message>
        <source>Hokusai</source>
        <translation>Hokusai</translation>
    </message>
    <message>
        <source>Hokusai — The Great Wave</source>
        <translation>Hokusai — Die große Welle vor Kanagawa</translation>
    </message>
    <message>
        <source>Turner</source>
        <translation>Turner</translation>
    </message>
    <message>
        <source>Turner — The Shipwreck</source>
        <translation>Turner — Der Schiffbruch</translation>
    </message>
    <message>
        <source>Monet</source>
        <translation>Monet</translation>
    </message>
    <message>
        <source>Monet — Water Lilies</source>
        <translation>Monet — Seerosen</translation>
    </message>
    <message>
        <source>Kandinsky</source>
        <translation>Kandinsky</translation>
    </message>
    <message>
        <source>Kandinsky — Composition VII</source>
        <translation>Kandinsky — Komposition VII</translation>
    </message>
    <message>
        <source>Matisse</source>
        <translation>Matisse</translation>
    </message>
    <message>
        <source>Matisse — Woman with a Hat</source>
        <translation>Matisse — Frau mit Hut</translation>
    </message>
    <message>
        <source>Sample &amp;photos</source>
        <translation>Beispiel&amp;fotos</translation>
    </message>
    <message>
        <source>Sample p&amp;aintings</source>
        <translation>Beispiel&amp;gemälde</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>Beispiel ausprobieren</translation>
    </message>
    <message>
        <source>Click a photo, then a painting, and press Start. Your own pictures: drop them on Content and Style.</source>
        <translation>Klicken Sie auf ein Foto, dann auf ein Gemälde, und drücken Sie „Starten“. Eigene Bilder: Legen Sie sie auf „Inhalt“ und „Stil“ ab.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Paintings</source>
        <translation>Gemälde</translation>
    </message>
    <message>
        <source>%1
Click to use it as the style.</source>
        <translation>%1
Klicken, um es als Stil zu verwenden.</translation>
    </message>
    <message>
        <source>%1
Click to paint this photo.</source>
        <translation>%1
Klicken, um dieses Foto neu zu malen.</translation>
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
    <message>
        <source>Image file…</source>
        <translation>Bilddatei…</translation>
    </message>
    <message>
        <source>The picture the optimisation starts from.</source>
        <translation>Das Bild, mit dem die Optimierung beginnt.</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>Mit Bild beginnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>Kein Bild gewählt</translation>
    </message>
    <message>
        <source>needs ≈ %1 of %2 free</source>
        <translation>braucht ≈ %1 von %2 frei</translation>
    </message>
    <message>
        <source>needs ≈ %1</source>
        <translation>braucht ≈ %1</translation>
    </message>
    <message>
        <source>Predicted peak memory of the run, and the memory the machine has available now.</source>
        <translation>Vorhergesagter Spitzenbedarf an Arbeitsspeicher des Laufs und der jetzt verfügbare Speicher des Rechners.</translation>
    </message>
    <message>
        <source>This size does not fit in the free memory: Start offers the largest size that does.</source>
        <translation>Diese Größe passt nicht in den freien Arbeitsspeicher: „Starten“ bietet die größte passende Größe an.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Off (output size only)</source>
        <translation>Aus (nur Ausgabegröße)</translation>
    </message>
    <message>
        <source>%1 sizes</source>
        <translation>%1 Größen</translation>
    </message>
    <message>
        <source>Paint small first, then enlarge and refine: much faster to a good picture.</source>
        <translation>Erst klein malen, dann vergrößern und verfeinern: viel schneller zu einem guten Bild.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>Voll (fp32)</translation>
    </message>
    <message>
        <source>Reduced (bf16)</source>
        <translation>Reduziert (bf16)</translation>
    </message>
    <message>
        <source>Automatic computes Adam runs in bf16 on processors that have it (faster, same quality within 2%) and everything else in fp32. Full turns reduced precision off.</source>
        <translation>Automatisch rechnet Adam-Läufe auf Prozessoren, die es können, in bf16 (schneller, gleiche Qualität bis auf 2 %) und alles andere in fp32. Voll schaltet die reduzierte Genauigkeit aus.</translation>
    </message>
    <message>
        <source>Coarse to fi&amp;ne:</source>
        <translation>Grob nach fei&amp;n:</translation>
    </message>
    <message>
        <source>Prec&amp;ision:</source>
        <translation>Genau&amp;igkeit:</translation>
    </message>
    <message>
        <source>How often a frame is kept for export and the time-lapse. The preview itself refreshes about twice a second.</source>
        <translation>Wie oft ein Einzelbild für den Export und den Zeitraffer behalten wird. Die Vorschau selbst wird etwa zweimal pro Sekunde aktualisiert.</translation>
    </message>
    <message>
        <source>Keep a frame e&amp;very:</source>
        <translation>Einzelbild behalten &amp;alle:</translation>
    </message>
    <message>
        <source>%1, in tiles of %2 px</source>
        <translation>%1, in Kacheln zu %2 px</translation>
    </message>
    <message>
        <source>The whole picture does not fit in one pass: it is painted a tile at a time, with the same result, in more time.</source>
        <translation>Das ganze Bild passt nicht in einen Durchgang: Es wird Kachel für Kachel gemalt, mit demselben Ergebnis, aber langsamer.</translation>
    </message>
    <message>
        <source>Stea&amp;diness</source>
        <translation>Ste&amp;tigkeit</translation>
    </message>
    <message>
        <source>Temporal weight: how firmly each video frame holds to the one before it, against flicker. Changes a running video.</source>
        <translation>Zeitliches Gewicht: wie fest jedes Videobild am vorigen festhält, gegen Flackern. Ändert ein laufendes Video.</translation>
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
    <message>
        <source>%1 is %2 px, painted at %3 px: its brush strokes will be enlarged %4×. A lower style scale keeps them finer.</source>
        <translation>%1 hat %2 px und wird mit %3 px gemalt: Seine Pinselstriche werden %4× vergrößert. Ein kleinerer Stilmaßstab hält sie feiner.</translation>
    </message>
    <message>
        <source>Part…</source>
        <translation>Teil…</translation>
    </message>
    <message>
        <source>Use Part of This Painting…</source>
        <translation>Nur einen Teil dieses Gemäldes verwenden…</translation>
    </message>
    <message>
        <source>Use All of It</source>
        <translation>Das ganze Gemälde verwenden</translation>
    </message>
    <message>
        <source>Part of the painting</source>
        <translation>Teil des Gemäldes</translation>
    </message>
    <message>
        <source>Drop a painting here first.</source>
        <translation>Legen Sie zuerst hier ein Gemälde ab.</translation>
    </message>
    <message>
        <source>The part of the painting to use</source>
        <translation>Der zu verwendende Teil des Gemäldes</translation>
    </message>
    <message>
        <source>Grey pictures, white where the painting counts (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>Graue Bilder, weiß, wo das Gemälde zählt (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>There is no style %1.</source>
        <translation>Es gibt keinen Stil %1.</translation>
    </message>
    <message>
        <source>Using part: %1</source>
        <translation>Verwendeter Teil: %1</translation>
    </message>
    <message>
        <source>Only the white part of %1 is used. Choose another part, or use all of the painting.</source>
        <translation>Nur der weiße Teil von %1 wird verwendet. Wählen Sie einen anderen Teil oder verwenden Sie das ganze Gemälde.</translation>
    </message>
    <message>
        <source>Use only part of this painting: choose a grey picture over it, white where its strokes and colours count.</source>
        <translation>Nur einen Teil dieses Gemäldes verwenden: Wählen Sie ein graues Bild darüber, weiß, wo seine Pinselstriche und Farben zählen.</translation>
    </message>
</context>
<context>
    <name>nss::StyleObjective</name>
    <message>
        <source>The content image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>Das Inhaltsbild muss ein Float-Tensor der Form 1 x 3 x H x W sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>No content or style layer is selected.</source>
        <translation>Es ist keine Inhalts- oder Stilebene ausgewählt.</translation>
    </message>
    <message>
        <source>No style image was given.</source>
        <translation>Es wurde kein Stilbild angegeben.</translation>
    </message>
    <message>
        <source>Each style image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>Jedes Stilbild muss ein Float-Tensor der Form 1 x 3 x H x W sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>%1 blend weights were given for %2 style images.</source>
        <translation>Für %2 Stilbilder wurden %1 Mischgewichte angegeben.</translation>
    </message>
    <message>
        <source>Style blend weights must be finite and not negative (got %1).</source>
        <translation>Die Mischgewichte der Stile müssen endlich und dürfen nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The style blend weights add up to zero.</source>
        <translation>Die Mischgewichte der Stile ergeben zusammen null.</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (expected conv1_1 ... conv5_4).</source>
        <translation>Unbekannte VGG-19-Ebene „%1“ (erwartet: conv1_1 … conv5_4).</translation>
    </message>
    <message>
        <source>The weight of layer %1 must be finite and not negative.</source>
        <translation>Das Gewicht der Ebene %1 muss endlich und darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Computing the style and content targets failed: %1</source>
        <translation>Die Berechnung der Stil- und Inhaltsziele ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The %1 must be a 1 x 1 x %2 x %3 float tensor, the content&apos;s size (got %4).</source>
        <translation>Die %1 muss ein Gleitkomma-Tensor 1 x 1 x %2 x %3 in der Größe des Inhalts sein (erhalten: %4).</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>%1 Stilmasken wurden für %2 Stilbilder angegeben.</translation>
    </message>
    <message>
        <source>style mask</source>
        <translation>Stilmaske</translation>
    </message>
    <message>
        <source>keep-the-photo mask</source>
        <translation>Maske „Foto erhalten“</translation>
    </message>
    <message>
        <source>%1 source masks were given for %2 style images.</source>
        <translation>Es wurden %1 Quellmasken für %2 Stilbilder angegeben.</translation>
    </message>
    <message>
        <source>The source mask of style %1 must be a 1 x 1 x %2 x %3 float tensor (got %4).</source>
        <translation>Die Quellmaske von Stil %1 muss ein 1 x 1 x %2 x %3 Float-Tensor sein (erhalten: %4).</translation>
    </message>
    <message>
        <source>The part of style image %1 to use is empty: paint some of it white in its source mask.</source>
        <translation>Der zu verwendende Teil von Stilbild %1 ist leer: Malen Sie einen Teil davon in seiner Quellmaske weiß.</translation>
    </message>
    <message>
        <source>Stopped while computing the style targets.</source>
        <translation>Beim Berechnen der Stil-Ziele angehalten.</translation>
    </message>
</context>
<context>
    <name>nss::StyleRunner</name>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale (%1).</source>
        <translation>Nicht genug Speicher für dieses Bild: Wählen Sie eine kleinere Ausgabegröße oder Stilskala (%1).</translation>
    </message>
    <message>
        <source>The style engine failed: %1</source>
        <translation>Die Stil-Engine ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale.</source>
        <translation>Nicht genug Speicher für dieses Bild: Wählen Sie eine kleinere Ausgabegröße oder Stilskala.</translation>
    </message>
    <message>
        <source>No VGG-19 weights file is set.</source>
        <translation>Es ist keine VGG-19-Gewichtsdatei festgelegt.</translation>
    </message>
    <message>
        <source>Loading VGG-19 weights…</source>
        <translation>VGG-19-Gewichte werden geladen…</translation>
    </message>
    <message>
        <source>The content image is empty.</source>
        <translation>Das Inhaltsbild ist leer.</translation>
    </message>
    <message>
        <source>Expected %1 style images, got %2.</source>
        <translation>%1 Stilbilder erwartet, %2 erhalten.</translation>
    </message>
    <message>
        <source>The style image %1 is empty.</source>
        <translation>Das Stilbild %1 ist leer.</translation>
    </message>
    <message>
        <source>The image to start from (%1) is empty.</source>
        <translation>Das Startbild (%1) ist leer.</translation>
    </message>
    <message>
        <source>Computing style targets (%1)…</source>
        <translation>Stilziele werden berechnet (%1)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4)…</source>
        <translation>Es wird mit %1 × %2 px gemalt (Skala %3 von %4)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4), tile %5 of %6…</source>
        <translation>Es wird mit %1 × %2 px gemalt (Skala %3 von %4), Kachel %5 von %6…</translation>
    </message>
    <message>
        <source>Computing style targets (%1), tile %2 of %3…</source>
        <translation>Stil-Ziele werden berechnet (%1), Kachel %2 von %3…</translation>
    </message>
    <message>
        <source>The checkpoint was saved by a run of other pictures or settings: it cannot continue this one. Delete it, or choose another file, to start afresh.</source>
        <translation>Der Checkpoint wurde von einem Lauf mit anderen Bildern oder Einstellungen gespeichert: Dieser Lauf kann damit nicht fortgesetzt werden. Löschen Sie ihn oder wählen Sie eine andere Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The checkpoint does not fit this run&apos;s plan of scales (it was saved by another version of the app). Delete it to start afresh.</source>
        <translation>Der Checkpoint passt nicht zum Skalenplan dieses Laufs (er wurde von einer anderen Version der App gespeichert). Löschen Sie ihn, um neu zu beginnen.</translation>
    </message>
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>Mindestens eine der Gewichtungen für Inhalt, Stil und Totalvariation muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>Wählen Sie mindestens ein Stilbild.</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>Mindestens ein Mischanteil der Stile muss größer als 0 sein.</translation>
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
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>Der Wert der Einstellung „%1“ hat den falschen Typ oder liegt außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>nss::StyleWorker</name>
    <message>
        <source>The style engine failed: %1</source>
        <translation>Die Stil-Engine ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The style engine failed unexpectedly.</source>
        <translation>Die Stil-Engine ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Painting frame %1 of %2…</source>
        <translation>Bild %1 von %2 wird gemalt…</translation>
    </message>
</context>
<context>
    <name>nss::TarDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ist keine Gewichtsdatei, die diese App lesen kann: %2</translation>
    </message>
    <message>
        <source>it is a truncated tar archive (its end marker is missing).</source>
        <translation>Sie ist ein abgeschnittenes tar-Archiv (die Endmarkierung fehlt).</translation>
    </message>
    <message>
        <source>it is a tar archive with a garbled or truncated member at byte %1.</source>
        <translation>Sie ist ein tar-Archiv mit einem beschädigten oder abgeschnittenen Element bei Byte %1.</translation>
    </message>
    <message>
        <source>it is a tar archive with more than %1 members.</source>
        <translation>Sie ist ein tar-Archiv mit mehr als %1 Elementen.</translation>
    </message>
</context>
<context>
    <name>nss::VggNet</name>
    <message>
        <source>VGG-19 has no convolution at feature index %1.</source>
        <translation>VGG-19 hat beim Merkmalsindex %1 keine Faltung.</translation>
    </message>
    <message>
        <source>The VGG-19 weights lack the convolution at feature index %1 (features.%1).</source>
        <translation>Den VGG-19-Gewichten fehlt die Faltung beim Merkmalsindex %1 (features.%1).</translation>
    </message>
    <message>
        <source>The VGG-19 weights have the wrong shape at features.%1.</source>
        <translation>Die VGG-19-Gewichte haben bei features.%1 die falsche Form.</translation>
    </message>
    <message>
        <source>The VGG-19 weights could not be prepared: %1</source>
        <translation>Die VGG-19-Gewichte konnten nicht vorbereitet werden: %1</translation>
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
    <name>nss::WeightsCache</name>
    <message>
        <source>The weights cache %1 cannot be written: %2.</source>
        <translation>Der Gewichte-Cache %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDialog</name>
    <message>
        <source>VGG-19 weights needed</source>
        <translation>VGG-19-Gewichte benötigt</translation>
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
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Download paused at %1 MB; Resume continues from there.</source>
        <translation>Download bei %1 MB angehalten; „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>%1 MB downloaded earlier; Resume continues from there.</source>
        <translation>%1 MB wurden bereits heruntergeladen; „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs torchvision&apos;s weights file once:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Download&lt;/b&gt; fetches it into &lt;tt&gt;%4&lt;/tt&gt; (it can be stopped and resumed). Or choose a copy you already have, for example from PyTorch&apos;s cache, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. The choice is remembered; Preferences can change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neural Style Studio malt mit dem auf ImageNet trainierten VGG-19-Netz. Es benötigt einmalig die Gewichtsdatei von torchvision:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, Lizenz CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Herunterladen&lt;/b&gt; speichert sie in &lt;tt&gt;%4&lt;/tt&gt; (der Download lässt sich anhalten und fortsetzen). Oder wählen Sie eine vorhandene Kopie, etwa aus dem Cache von PyTorch, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. Die Wahl wird gemerkt; in den Einstellungen können Sie sie ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>S&amp;top Download</source>
        <translation>Download &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>Download &amp;fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1</source>
        <translation>Heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <source>Checking the downloaded file…</source>
        <translation>Die heruntergeladene Datei wird geprüft…</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDownloader</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place (%1). Delete %2 and start again.</source>
        <translation>Der Server hat den Download an der falschen Stelle fortgesetzt (%1). Löschen Sie %2 und beginnen Sie neu.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? %3 MB are needed.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Ist die Festplatte voll? %3 MB werden gebraucht.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>Der Server antwortete mit HTTP %1 (%2) für %3.</translation>
    </message>
    <message>
        <source>The download was interrupted after %1 MB: %2. Start it again to resume where it stopped.</source>
        <translation>Der Download wurde nach %1 MB unterbrochen: %2. Starten Sie ihn erneut, um an dieser Stelle fortzufahren.</translation>
    </message>
    <message>
        <source>The download from %1 stalled (no data for %2 seconds). Check the network connection and try again.</source>
        <translation>Der Download von %1 ist ins Stocken geraten (seit %2 Sekunden keine Daten). Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2. Check the network connection and try again.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its SHA-256 starts with %1, %2 was expected. It was deleted; start the download again.</source>
        <translation>Die heruntergeladene Datei ist beschädigt: Ihre SHA-256 beginnt mit %1, erwartet wurde %2. Sie wurde gelöscht; starten Sie den Download erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2.</source>
        <translation>%1 kann nicht zurückgelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>nss::ZipDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ist keine Gewichtsdatei, die diese App lesen kann: %2</translation>
    </message>
    <message>
        <source>its zip directory cannot be read.</source>
        <translation>Sein ZIP-Verzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>it is a truncated zip archive (its directory at the end is missing).</source>
        <translation>Es ist ein abgeschnittenes ZIP-Archiv (das Verzeichnis am Ende fehlt).</translation>
    </message>
    <message>
        <source>its zip64 directory locator is missing.</source>
        <translation>Sein zip64-Verzeichnisverweis fehlt.</translation>
    </message>
    <message>
        <source>its zip64 directory record is missing.</source>
        <translation>Sein zip64-Verzeichniseintrag fehlt.</translation>
    </message>
    <message>
        <source>its zip directory lies outside the file (truncated?).</source>
        <translation>Sein ZIP-Verzeichnis liegt außerhalb der Datei (abgeschnitten?).</translation>
    </message>
    <message>
        <source>its zip directory is garbled (entry %1).</source>
        <translation>Sein ZIP-Verzeichnis ist beschädigt (Eintrag %1).</translation>
    </message>
    <message>
        <source>its zip entry %1 is compressed; PyTorch writes them uncompressed.</source>
        <translation>Sein ZIP-Eintrag %1 ist komprimiert; PyTorch schreibt sie unkomprimiert.</translation>
    </message>
    <message>
        <source>its zip entry %1 has impossible sizes.</source>
        <translation>Sein ZIP-Eintrag %1 hat unmögliche Größen.</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: the zip entry %2 is garbled.</source>
        <translation>%1 ist keine Gewichtsdatei, die diese App lesen kann: Der ZIP-Eintrag %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is truncated: the zip entry %2 reaches past the end of the file.</source>
        <translation>%1 ist abgeschnitten: Der ZIP-Eintrag %2 reicht über das Dateiende hinaus.</translation>
    </message>
</context>
</TS>
