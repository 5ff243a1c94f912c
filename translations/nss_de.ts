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
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>die eingebetteten Metadaten enthalten keine Einstellungen</translation>
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
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>Gemälde hier ablegen</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>Hier entsteht das Bild, während es gemalt wird.</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>Legen Sie zum Beginnen ein Foto und ein Gemälde ab.</translation>
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
</TS>
