<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>VideoFile</name>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>Memoria insuficiente al abrir %1.</translation>
    </message>
    <message>
        <source>A %1 file cannot hold the sound of %2, which is %3, and the sound is copied, not converted. Save as .mkv, which holds any sound.</source>
        <translation>Un archivo %1 no puede contener el sonido de %2, que es %3, y el sonido se copia, no se convierte. Guarde como .mkv, que admite cualquier sonido.</translation>
    </message>
    <message>
        <source>The sound of %1 could not be read: %2.</source>
        <translation>No se pudo leer el sonido de %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Is the disk full? Nothing was saved.</source>
        <translation>No se pudo escribir %1: %2. ¿Está lleno el disco? No se guardó nada.</translation>
    </message>
    <message>
        <source>No video file was given.</source>
        <translation>No se indicó ningún archivo de vídeo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a video file.</source>
        <translation>%1 es una carpeta, no un archivo de vídeo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 could not be read as a video: it is not in a video format this program knows, or the file is damaged or incomplete (%2).</source>
        <translation>%1 no se pudo leer como vídeo: no está en un formato de vídeo que este programa conozca, o el archivo está dañado o incompleto (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its streams could not be read (%2).</source>
        <translation>%1 está dañado: no se pudieron leer sus flujos (%2).</translation>
    </message>
    <message>
        <source>%1 is a picture, not a video.</source>
        <translation>%1 es una imagen, no un vídeo.</translation>
    </message>
    <message>
        <source>%1 has no video stream: it holds only sound.</source>
        <translation>%1 no tiene flujo de vídeo: solo contiene sonido.</translation>
    </message>
    <message>
        <source>%1 has no video stream.</source>
        <translation>%1 no tiene flujo de vídeo.</translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation>%1 no es un archivo de vídeo.</translation>
    </message>
    <message>
        <source>%1 uses the video codec &quot;%2&quot;, which this program cannot decode.</source>
        <translation>%1 usa el códec de vídeo «%2», que este programa no puede decodificar.</translation>
    </message>
    <message>
        <source>%1 does not say how large its pictures are: the file is damaged.</source>
        <translation>%1 no indica el tamaño de sus imágenes: el archivo está dañado.</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels, larger than this program accepts (at most %4 pixels on a side and %5 megapixels).</source>
        <translation>%1 mide %2 × %3 píxeles, más de lo que acepta este programa (como máximo %4 píxeles por lado y %5 megapíxeles).</translation>
    </message>
    <message>
        <source>%1 could not be read after frame %2: %3.</source>
        <translation>No se pudo leer %1 después del fotograma %2: %3.</translation>
    </message>
    <message>
        <source>%1 ends early: it stops after frame %2 of %3. The file is incomplete, perhaps cut off while it was copied or recorded.</source>
        <translation>%1 termina antes de tiempo: se detiene tras el fotograma %2 de %3. El archivo está incompleto, quizá cortado al copiarlo o grabarlo.</translation>
    </message>
    <message>
        <source>%1 has no video frames.</source>
        <translation>%1 no tiene fotogramas de vídeo.</translation>
    </message>
    <message>
        <source>%1: frame %2 could not be converted to a picture.</source>
        <translation>%1: el fotograma %2 no se pudo convertir en imagen.</translation>
    </message>
    <message>
        <source>%1 is damaged: frame %2 could not be decoded (%3).</source>
        <translation>%1 está dañado: no se pudo decodificar el fotograma %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the %2 decoder could not start (%3).</source>
        <translation>%1: el decodificador %2 no pudo iniciarse (%3).</translation>
    </message>
    <message>
        <source>Could not encode frame %1 of %2 (%3). Nothing was saved.</source>
        <translation>No se pudo codificar el fotograma %1 de %2 (%3). No se guardó nada.</translation>
    </message>
    <message>
        <source>No file name was given to save the video to.</source>
        <translation>No se indicó un nombre de archivo para guardar el vídeo.</translation>
    </message>
    <message>
        <source>Cannot save %1: videos are saved as .mp4, .mov, .m4v, .mkv or .webm.</source>
        <translation>No se puede guardar %1: los vídeos se guardan como .mp4, .mov, .m4v, .mkv o .webm.</translation>
    </message>
    <message>
        <source>Cannot save %1: a video of %2 x %3 pixels is not possible.</source>
        <translation>No se puede guardar %1: un vídeo de %2 × %3 píxeles no es posible.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2/%3 frames per second is not a frame rate.</source>
        <translation>No se puede guardar %1: %2/%3 fotogramas por segundo no es una frecuencia válida.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>No se puede guardar %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder.</source>
        <translation>No se puede guardar %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot save %1: this FFmpeg has no %2 encoder.</source>
        <translation>No se puede guardar %1: este FFmpeg no tiene el codificador %2.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a file in the folder %2 (%3).</source>
        <translation>No se puede guardar %1: no se puede crear un archivo en la carpeta %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot save %1: the %2 encoder could not start (%3).</source>
        <translation>No se puede guardar %1: el codificador %2 no pudo iniciarse (%3).</translation>
    </message>
    <message>
        <source>Cannot save %1: the video could not be started (%2).</source>
        <translation>No se puede guardar %1: no se pudo iniciar el vídeo (%2).</translation>
    </message>
    <message>
        <source>%1 is already complete.</source>
        <translation>%1 ya está completo.</translation>
    </message>
    <message>
        <source>A frame of %1 x %2 pixels cannot go into %3, which is %4 x %5.</source>
        <translation>Un fotograma de %1 × %2 píxeles no puede ir en %3, que mide %4 × %5.</translation>
    </message>
    <message>
        <source>Out of memory while writing %1.</source>
        <translation>Memoria insuficiente al escribir %1.</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: the video has no frames.</source>
        <translation>No se guardó nada en %1: el vídeo no tiene fotogramas.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>No se pudo guardar %1: %2. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Neural Style Studio, headless: repaint a photo in the style of a painting.</source>
        <translation>Neural Style Studio sin interfaz gráfica: vuelve a pintar una foto con el estilo de un cuadro.</translation>
    </message>
    <message>
        <source>Print the version and the LibTorch build.</source>
        <translation>Muestra la versión y la compilación de LibTorch.</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>formato: %1</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>tamaño: %1 bytes</translation>
    </message>
    <message>
        <source>tensors: %1</source>
        <translation>tensores: %1</translation>
    </message>
    <message>
        <source>(torchvision&apos;s official file)</source>
        <translation>(el archivo oficial de torchvision)</translation>
    </message>
    <message>
        <source>VGG-19 convolutions found: %1 of %2</source>
        <translation>Convoluciones VGG-19 encontradas: %1 de %2</translation>
    </message>
    <message>
        <source>The VGG-19 weights file (.pth or .safetensors). Default: $NSS_VGG19_WEIGHTS, then vgg19-dcbad4b5.pth in the app&apos;s data folder.</source>
        <translation>El archivo de pesos VGG-19 (.pth o .safetensors). Por defecto: $NSS_VGG19_WEIGHTS, luego vgg19-dcbad4b5.pth en la carpeta de datos de la aplicación.</translation>
    </message>
    <message>
        <source>Check the weights file (format, tensors, the 16 VGG-19 convolutions and their shapes) and exit: 0 if usable.</source>
        <translation>Comprobar el archivo de pesos (formato, tensores, las 16 convoluciones VGG-19 y sus formas) y salir: 0 si se puede usar.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>No se puede escribir %1: tipo de imagen desconocido «%2» (use .png, .jpg, .tif o .webp).</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot create the frames folder %1.</source>
        <translation>No se puede crear la carpeta de fotogramas %1.</translation>
    </message>
    <message>
        <source>Open FILE as the content photo.</source>
        <translation>Abrir FILE como foto de contenido.</translation>
    </message>
    <message>
        <source>Open FILE as a style painting (repeat for several).</source>
        <translation>Abrir FILE como pintura de estilo (repetir para varias).</translation>
    </message>
    <message>
        <source>Use FILE as the VGG-19 weights (remembered).</source>
        <translation>Usar FILE como pesos de VGG-19 (se recuerda).</translation>
    </message>
    <message>
        <source>Open the project FILE (.nssproj).</source>
        <translation>Abrir el archivo de proyecto FILE (.nssproj).</translation>
    </message>
    <message>
        <source>Start painting at once.</source>
        <translation>Empezar a pintar de inmediato.</translation>
    </message>
    <message>
        <source>With --check-weights: also print the SHA-256 (reads the whole file).</source>
        <translation>Con --check-weights: muestra también el SHA-256 (lee el archivo completo).</translation>
    </message>
    <message>
        <source>variant: %1</source>
        <translation>variante: %1</translation>
    </message>
    <message>
        <source>Frame %1 was not saved: %2 The run goes on.</source>
        <translation>El fotograma %1 no se guardó: %2 La ejecución continúa.</translation>
    </message>
    <message>
        <source>Interrupted at step %1 of %2: wrote the picture so far to %3 (%4).</source>
        <translation>Interrumpido en el paso %1 de %2: la imagen hasta ahora se escribió en %3 (%4).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Se escribió %1 (%2).</translation>
    </message>
    <message>
        <source>Interrupted before the first step: there is no picture to write.</source>
        <translation>Interrumpido antes del primer paso: no hay imagen que escribir.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) could not be saved.</source>
        <translation>
            <numerusform>No se pudo guardar %n fotograma.</numerusform>
            <numerusform>No se pudieron guardar %n fotogramas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use N threads for the engine in this session (default: Preferences, else all cores).</source>
        <translation>Usar N hilos para el motor en esta sesión (por defecto: Preferencias; si no, todos los núcleos).</translation>
    </message>
    <message>
        <source>The checkpoint %1 was saved by a run of other pictures or settings. Run that command again to continue it, or delete the file to start afresh.</source>
        <translation>El punto de control %1 lo guardó una ejecución con otras imágenes u otros ajustes. Ejecute de nuevo aquel comando para continuarla, o borre el archivo para empezar de cero.</translation>
    </message>
    <message>
        <source>Continuing from %1: step %2 of %3, saved %4.</source>
        <translation>Continuando desde %1: paso %2 de %3, guardado el %4.</translation>
    </message>
    <message>
        <source>The checkpoint was not saved: %1 The run goes on.</source>
        <translation>No se guardó el punto de control: %1 La ejecución continúa.</translation>
    </message>
    <message>
        <source>Saved step %1 to %2: run the same command again to continue.</source>
        <translation>Paso %1 guardado en %2: ejecute de nuevo el mismo comando para continuar.</translation>
    </message>
    <message>
        <source>--checkpoint is for a single picture: a video continues by itself from its last finished frame.</source>
        <translation>--checkpoint es para una sola imagen: un vídeo continúa por sí solo desde su último fotograma terminado.</translation>
    </message>
</context>
<context>
    <name>nss</name>
    <message>
        <source>Could not save %1: %2. Any previous file of that name is unchanged.</source>
        <translation>No se pudo guardar %1: %2. Si ya existía un archivo con ese nombre, no se ha modificado.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2.</source>
        <translation>No se pudo abrir %1 para escritura: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>No se pudo guardar %1: %2.</translation>
    </message>
    <message>
        <source>No file name was given to save to.</source>
        <translation>No se indicó ningún nombre de archivo para guardar.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>No se pudo guardar %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder.</source>
        <translation>No se pudo guardar %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Could not save %1: cannot create a file in the folder %2 (%3). Choose a folder you can write to.</source>
        <translation>No se pudo guardar %1: no se puede crear un archivo en la carpeta %2 (%3). Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>The image could not be encoded as %1: %2</source>
        <translation>No se pudo codificar la imagen como %1: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Imagen JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>TIFF image (*.tif *.tiff)</source>
        <translation>Imagen TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>Imagen WebP (*.webp)</translation>
    </message>
    <message>
        <source>There is no image to export yet.</source>
        <translation>Todavía no hay ninguna imagen que exportar.</translation>
    </message>
    <message>
        <source>The TIFF written by Qt could not be given its metadata.</source>
        <translation>No se pudieron añadir los metadatos al archivo TIFF escrito por Qt.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Formato de exportación desconocido.</translation>
    </message>
    <message>
        <source>Could not save %1: &quot;%2&quot; is not an export format; use .png, .jpg, .tif or .webp.</source>
        <translation>No se pudo guardar %1: «%2» no es un formato de exportación; use .png, .jpg, .tif o .webp.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to look for settings in.</source>
        <translation>%1 es demasiado grande para buscar ajustes en él.</translation>
    </message>
    <message>
        <source>%1 holds no Neural Style Studio settings: it was not exported by this app, or another program removed its metadata.</source>
        <translation>%1 no contiene ajustes de Neural Style Studio: no se exportó con esta aplicación o bien otro programa eliminó sus metadatos.</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be used: %2</source>
        <translation>No se pueden usar los ajustes de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image in a format this app can read (PNG, JPEG, TIFF, WebP, BMP, ...).</source>
        <translation>%1 no es una imagen en un formato que esta aplicación pueda leer (PNG, JPEG, TIFF, WebP, BMP…).</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels); the limit is %4 megapixels and %5 pixels a side.</source>
        <translation>%1 es demasiado grande (%2 × %3 píxeles); el límite es de %4 megapíxeles y %5 píxeles por lado.</translation>
    </message>
    <message>
        <source>%1 could not be decoded: %2.</source>
        <translation>No se pudo decodificar %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels).</source>
        <translation>%1 es demasiado grande (%2 × %3 píxeles).</translation>
    </message>
    <message>
        <source>No image file was given.</source>
        <translation>No se indicó ningún archivo de imagen.</translation>
    </message>
    <message>
        <source>%1 does not exist (%2).</source>
        <translation>%1 no existe (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file.</source>
        <translation>%1 es una carpeta, no un archivo de imagen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>No se puede leer %1: permiso denegado.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>WebP encoding ran out of memory</source>
        <translation>La codificación WebP se quedó sin memoria</translation>
    </message>
    <message>
        <source>WebP encoding failed (libwebp error %1)</source>
        <translation>Falló la codificación WebP (error de libwebp %1)</translation>
    </message>
    <message>
        <source>WebP metadata could not be added: the encoded image was not readable</source>
        <translation>No se pudieron añadir los metadatos WebP: no se pudo leer la imagen codificada</translation>
    </message>
    <message>
        <source>WebP metadata could not be added</source>
        <translation>No se pudieron añadir los metadatos WebP</translation>
    </message>
    <message>
        <source>WebP cannot store %1 x %2 pixels; its limit is %3 pixels a side</source>
        <translation>WebP no puede almacenar %1 × %2 píxeles; su límite es de %3 píxeles por lado</translation>
    </message>
    <message>
        <source>There is no image to encode</source>
        <translation>No hay ninguna imagen que codificar</translation>
    </message>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>Esta libwebp no es la versión con la que se compiló la aplicación</translation>
    </message>
    <message>
        <source>There are no frames to export yet.</source>
        <translation>Todavía no hay fotogramas que exportar.</translation>
    </message>
    <message>
        <source>Could not export the frames: %1 is a file, not a folder.</source>
        <translation>No se pudieron exportar los fotogramas: %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 does not exist.</source>
        <translation>No se pudieron exportar los fotogramas: la carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 could not be created.</source>
        <translation>No se pudieron exportar los fotogramas: no se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Frame %1 of %2: %3</source>
        <translation>Fotograma %1 de %2: %3</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 frames were saved in %3.</source>
        <translation>Exportación cancelada: se guardaron %1 de %2 fotogramas en %3.</translation>
    </message>
    <message>
        <source>Could not save %1: a time-lapse is an animated WebP; use the .webp extension.</source>
        <translation>No se pudo guardar %1: una cámara rápida es un WebP animado; use la extensión .webp.</translation>
    </message>
    <message>
        <source>There are no frames to make a time-lapse of yet.</source>
        <translation>Todavía no hay fotogramas para crear una cámara rápida.</translation>
    </message>
    <message>
        <source>The time-lapse frame delay must be at least 1 ms.</source>
        <translation>La duración de cada fotograma de la cámara rápida debe ser de al menos 1 ms.</translation>
    </message>
    <message>
        <source>Could not save %1: frame %2 has no image.</source>
        <translation>No se pudo guardar %1: el fotograma %2 no tiene imagen.</translation>
    </message>
    <message>
        <source>Time-lapse cancelled; %1 was not written.</source>
        <translation>Cámara rápida cancelada; no se escribió %1.</translation>
    </message>
    <message>
        <source>Neural Style Studio project (*.%1)</source>
        <translation>Proyecto de Neural Style Studio (*.%1)</translation>
    </message>
    <message>
        <source>No project file was given.</source>
        <translation>No se indicó ningún archivo de proyecto.</translation>
    </message>
    <message>
        <source>The project %1 does not exist (%2).</source>
        <translation>El proyecto %1 no existe (%2).</translation>
    </message>
    <message>
        <source>The project %1 is a folder, not a file.</source>
        <translation>El proyecto %1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is far too large (%2 MB).</source>
        <translation>%1 no es un proyecto de Neural Style Studio: es demasiado grande (%2 MB).</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: %2.</source>
        <translation>No se puede leer el proyecto %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is not JSON (%2 at byte %3).</source>
        <translation>%1 no es un proyecto de Neural Style Studio: no es JSON (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1 is JSON but not a Neural Style Studio project.</source>
        <translation>%1 es JSON, pero no es un proyecto de Neural Style Studio.</translation>
    </message>
    <message>
        <source>The project %1 has no valid format version.</source>
        <translation>El proyecto %1 no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>The project %1 was saved by a newer Neural Style Studio (%2, project format %3); this version reads format %4 and older. Update the app to open it.</source>
        <translation>El proyecto %1 se guardó con una versión más reciente de Neural Style Studio (%2, formato de proyecto %3); esta versión lee el formato %4 y anteriores. Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>The project %1 has a bad setting: %2</source>
        <translation>El proyecto %1 tiene un ajuste no válido: %2</translation>
    </message>
    <message>
        <source>The project %1 uses images that are missing: %2.</source>
        <translation>El proyecto %1 usa imágenes que no se encuentran: %2.</translation>
    </message>
    <message>
        <source>%1: the data of tensor %2 could not be read (%3).</source>
        <translation>%1: no se pudieron leer los datos del tensor %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>VGG-19 has feature layers 0 to 34; %1 was asked for.</source>
        <translation>VGG-19 tiene capas de características de 0 a 34; se pidió %1.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>%1 has no tensor %2 (%3): it is not a torchvision VGG-19 state_dict.</source>
        <translation>%1 no tiene el tensor %2 (%3): no es un state_dict de VGG-19 de torchvision.</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, VGG-19 expects %4.</source>
        <translation>%1: el tensor %2 tiene la forma %3, VGG-19 espera %4.</translation>
    </message>
    <message>
        <source>%1: tensor %2 holds %3, not floating-point numbers.</source>
        <translation>%1: el tensor %2 contiene %3, no números de coma flotante.</translation>
    </message>
    <message>
        <source>No weights file was given.</source>
        <translation>No se indicó ningún archivo de pesos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a weights file.</source>
        <translation>%1 es una carpeta, no un archivo de pesos.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2.</source>
        <translation>No se pudo leer %1 hasta el final: %2.</translation>
    </message>
    <message>
        <source>%1 (set by the environment variable %2)</source>
        <translation>%1 (indicado por la variable de entorno %2)</translation>
    </message>
    <message>
        <source>The VGG-19 weights were not found. Download %1 (548 MB, CC BY 4.0) from %2 and either put it in %3, set the environment variable %4 to its path, or pass --weights FILE.</source>
        <translation>No se encontraron los pesos de VGG-19. Descargue %1 (548 MB, CC BY 4.0) desde %2 y póngalo en %3, defina la variable de entorno %4 con su ruta o pase --weights ARCHIVO.</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 no es un archivo de pesos que esta aplicación pueda leer: %2</translation>
    </message>
    <message>
        <source>storage %1 is described twice, differently.</source>
        <translation>el almacenamiento %1 se describe dos veces de forma distinta.</translation>
    </message>
    <message>
        <source>it is a Python pickle without PyTorch&apos;s magic number.</source>
        <translation>es un pickle de Python sin el número mágico de PyTorch.</translation>
    </message>
    <message>
        <source>its PyTorch protocol version is %1 (1001 expected).</source>
        <translation>su versión de protocolo de PyTorch es %1 (se esperaba 1001).</translation>
    </message>
    <message>
        <source>it was written on a big-endian machine.</source>
        <translation>se escribió en una máquina big-endian.</translation>
    </message>
    <message>
        <source>its list of storages names %1, which no tensor uses.</source>
        <translation>su lista de almacenamientos nombra %1, que ningún tensor usa.</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 is missing (the file has %3 bytes).</source>
        <translation>está truncado: falta el almacenamiento %1 de %2 (el archivo tiene %3 bytes).</translation>
    </message>
    <message>
        <source>storage %1 holds %2 elements, its tensors say %3.</source>
        <translation>el almacenamiento %1 tiene %2 elementos, sus tensores indican %3.</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.</source>
        <translation>está truncado: el almacenamiento %1 de %2 necesita %3 bytes en la posición %4, el archivo tiene %5.</translation>
    </message>
    <message>
        <source>the data of tensor %1 is missing.</source>
        <translation>faltan los datos del tensor %1.</translation>
    </message>
    <message>
        <source>it is a zip archive without data.pkl (not written by torch.save).</source>
        <translation>es un archivo zip sin data.pkl (no escrito por torch.save).</translation>
    </message>
    <message>
        <source>its archive has no entry %1.</source>
        <translation>su archivo no tiene la entrada %1.</translation>
    </message>
    <message>
        <source>its entry %1 has %2 bytes, %3 are needed.</source>
        <translation>su entrada %1 tiene %2 bytes, se necesitan %3.</translation>
    </message>
    <message>
        <source>it is too short for a safetensors header.</source>
        <translation>es demasiado corto para una cabecera safetensors.</translation>
    </message>
    <message>
        <source>its safetensors header claims %1 bytes, the file has %2.</source>
        <translation>su cabecera safetensors indica %1 bytes, el archivo tiene %2.</translation>
    </message>
    <message>
        <source>its safetensors header cannot be read.</source>
        <translation>no se puede leer su cabecera safetensors.</translation>
    </message>
    <message>
        <source>its safetensors header is not valid JSON (%1 at byte %2).</source>
        <translation>su cabecera safetensors no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>its header describes tensor %1 incompletely.</source>
        <translation>su cabecera describe el tensor %1 de forma incompleta.</translation>
    </message>
    <message>
        <source>tensor %1 has an invalid shape.</source>
        <translation>el tensor %1 tiene una forma no válida.</translation>
    </message>
    <message>
        <source>the data of tensor %1 lies outside the file or does not match its shape %2 (truncated?).</source>
        <translation>los datos del tensor %1 quedan fuera del archivo o no coinciden con su forma %2 (¿truncado?).</translation>
    </message>
    <message>
        <source>its safetensors header lists no tensors.</source>
        <translation>su cabecera safetensors no enumera ningún tensor.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>it is neither a PyTorch file (.pth, .pt) nor a safetensors file.</source>
        <translation>no es ni un archivo de PyTorch (.pth, .pt) ni un archivo safetensors.</translation>
    </message>
    <message>
        <source>PyTorch legacy (torch.save before 1.6)</source>
        <translation>PyTorch antiguo (torch.save anterior a 1.6)</translation>
    </message>
    <message>
        <source>The photo to repaint.</source>
        <translation>La foto que se va a repintar.</translation>
    </message>
    <message>
        <source>A painting whose style to use; repeat for several.</source>
        <translation>Una pintura cuyo estilo se usará; repítalo para varias.</translation>
    </message>
    <message>
        <source>Relative weights of the style images, one per --style.</source>
        <translation>Pesos relativos de las imágenes de estilo, uno por cada --style.</translation>
    </message>
    <message>
        <source>Where to write the picture (PNG, JPEG, ... by its suffix).</source>
        <translation>Dónde escribir la imagen (PNG, JPEG, ... según su extensión).</translation>
    </message>
    <message>
        <source>Longest side of the output (default 512); the aspect ratio is kept.</source>
        <translation>Lado más largo de la salida (por omisión 512); se conserva la relación de aspecto.</translation>
    </message>
    <message>
        <source>Optimisation steps (L-BFGS: loss evaluations; default 300).</source>
        <translation>Pasos de optimización (L-BFGS: evaluaciones de la pérdida; por omisión 300).</translation>
    </message>
    <message>
        <source>The optimiser (default lbfgs).</source>
        <translation>El optimizador (por omisión lbfgs).</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate, on RGB values in 0..1 (default 0.02).</source>
        <translation>Tasa de aprendizaje de Adam, sobre valores RGB en 0..1 (por omisión 0.02).</translation>
    </message>
    <message>
        <source>Weight of the content loss (default 1).</source>
        <translation>Peso de la pérdida de contenido (por omisión 1).</translation>
    </message>
    <message>
        <source>Weight of the style loss (default 1e6).</source>
        <translation>Peso de la pérdida de estilo (por omisión 1e6).</translation>
    </message>
    <message>
        <source>Weight of the total-variation (smoothness) loss (default 0).</source>
        <translation>Peso de la pérdida de variación total (suavidad) (por omisión 0).</translation>
    </message>
    <message>
        <source>Start from the photo (default), seeded noise, or an image file.</source>
        <translation>Empezar desde la foto (por omisión), ruido con semilla o un archivo de imagen.</translation>
    </message>
    <message>
        <source>Random seed: the same seed, inputs and options give the same bytes (default 0).</source>
        <translation>Semilla aleatoria: la misma semilla, entradas y opciones dan los mismos bytes (por omisión 0).</translation>
    </message>
    <message>
        <source>VGG pooling (default max).</source>
        <translation>Agrupación de VGG (por omisión max).</translation>
    </message>
    <message>
        <source>Keep the photo&apos;s colours: luminance-only transfer or colour-histogram matching.</source>
        <translation>Conservar los colores de la foto: transferencia solo de luminancia o ajuste del histograma de color.</translation>
    </message>
    <message>
        <source>Size of the style image relative to the output (default 1).</source>
        <translation>Tamaño de la imagen de estilo respecto a la salida (por omisión 1).</translation>
    </message>
    <message>
        <source>Save a frame every n steps into --frames-dir.</source>
        <translation>Guardar un fotograma cada n pasos en --frames-dir.</translation>
    </message>
    <message>
        <source>Folder for the frames (created if missing; every 100 steps unless --save-every).</source>
        <translation>Carpeta para los fotogramas (se crea si falta; cada 100 pasos salvo --save-every).</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>Hilos de LibTorch (por omisión: todos los núcleos).</translation>
    </message>
    <message>
        <source>--%1 expects %2 (got &quot;%3&quot;).</source>
        <translation>--%1 espera %2 (se recibió «%3»).</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>Time the run and print one JSON line: size, steps, optimizer, median seconds per step, peak RSS.</source>
        <translation>Medir la ejecución e imprimir una línea JSON: tamaño, pasos, optimizador, mediana de segundos por paso, RSS máximo.</translation>
    </message>
    <message>
        <source>Choose the photo to repaint with --content FILE.</source>
        <translation>Elija la foto que se va a repintar con --content ARCHIVO.</translation>
    </message>
    <message>
        <source>Choose at least one style image with --style FILE.</source>
        <translation>Elija al menos una imagen de estilo con --style ARCHIVO.</translation>
    </message>
    <message>
        <source>--style-blend has %1 weights for %2 style images.</source>
        <translation>--style-blend tiene %1 pesos para %2 imágenes de estilo.</translation>
    </message>
    <message>
        <source>--style-blend expects numbers separated by commas (got &quot;%1&quot;).</source>
        <translation>--style-blend espera números separados por comas (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Choose where to write the picture with --output FILE.</source>
        <translation>Elija dónde escribir la imagen con --output ARCHIVO.</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 (got %1).</source>
        <translation>--seed espera un número entero a partir de 0 (se recibió %1).</translation>
    </message>
    <message>
        <source>--optimizer must be lbfgs or adam (got &quot;%1&quot;).</source>
        <translation>--optimizer debe ser lbfgs o adam (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--pooling must be max or avg (got &quot;%1&quot;).</source>
        <translation>--pooling debe ser max o avg (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--keep-colors must be luminance or histogram (got &quot;%1&quot;).</source>
        <translation>--keep-colors debe ser luminance o histogram (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--save-every expects a number of steps from 1 (got %1).</source>
        <translation>--save-every espera un número de pasos a partir de 1 (se recibió %1).</translation>
    </message>
    <message>
        <source>--save-every needs --frames-dir FOLDER to save the frames into.</source>
        <translation>--save-every necesita --frames-dir CARPETA donde guardar los fotogramas.</translation>
    </message>
    <message>
        <source>PyTorch zip (torch.save since 1.6)</source>
        <translation>PyTorch zip (torch.save desde la 1.6)</translation>
    </message>
    <message>
        <source>Coarse to fine: optimise at n sizes, each twice the previous (1: output size only; default 0: automatic).</source>
        <translation>De grueso a fino: optimizar en n tamaños, cada uno el doble del anterior (1: solo el tamaño de salida; 0 por defecto: automático).</translation>
    </message>
    <message>
        <source>Arithmetic of the network (default auto: with Adam bf16 on CPUs that have it and fp16 on CUDA, else fp32).</source>
        <translation>Aritmética de la red (auto por defecto: con Adam, bf16 en las CPU que lo tienen y fp16 en CUDA; si no, fp32).</translation>
    </message>
    <message>
        <source>Where to compute (default auto: a CUDA GPU when there is one).</source>
        <translation>Dónde calcular (auto por defecto: una GPU CUDA si la hay).</translation>
    </message>
    <message>
        <source>--precision must be auto, fp32, bf16 or fp16 (got &quot;%1&quot;).</source>
        <translation>--precision debe ser auto, fp32, bf16 o fp16 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda (got &quot;%1&quot;).</source>
        <translation>--device debe ser auto, cpu o cuda (se recibió «%1»).</translation>
    </message>
    <message>
        <source>No CUDA GPU is available: this LibTorch build or this machine has none. Use the CPU (device &quot;auto&quot; or &quot;cpu&quot;).</source>
        <translation>No hay ninguna GPU CUDA disponible: esta compilación de LibTorch o esta máquina no la tiene. Use la CPU (dispositivo «auto» o «cpu»).</translation>
    </message>
    <message>
        <source>fp16 arithmetic needs a CUDA GPU; on the CPU use bf16 or fp32.</source>
        <translation>La aritmética fp16 necesita una GPU CUDA; en la CPU use bf16 o fp32.</translation>
    </message>
    <message>
        <source>At %1 px this run needs about %2 of memory, but only %3 is free.</source>
        <translation>A %1 px esta ejecución necesita unos %2 de memoria, pero solo hay %3 libres.</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px.</source>
        <translation>El mayor tamaño de salida que cabe es %1 px.</translation>
    </message>
    <message>
        <source>If torch.load reads this file, please report it with its first 16 bytes: %1.</source>
        <translation>Si torch.load lee este archivo, infórmelo indicando sus primeros 16 bytes: %1.</translation>
    </message>
    <message>
        <source>a gzip-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>un archivo comprimido con gzip (PyTorch nunca comprime sus archivos; descomprímalo primero)</translation>
    </message>
    <message>
        <source>a bzip2-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>un archivo comprimido con bzip2 (PyTorch nunca comprime sus archivos; descomprímalo primero)</translation>
    </message>
    <message>
        <source>an xz-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>un archivo comprimido con xz (PyTorch nunca comprime sus archivos; descomprímalo primero)</translation>
    </message>
    <message>
        <source>an HDF5 file (Keras weights, not PyTorch&apos;s)</source>
        <translation>un archivo HDF5 (pesos de Keras, no de PyTorch)</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>un archivo de matriz de NumPy</translation>
    </message>
    <message>
        <source>a web page (the download saved an error page?)</source>
        <translation>una página web (¿la descarga guardó una página de error?)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>Es %1.</translation>
    </message>
    <message>
        <source>its tar archive lists %1 storages.</source>
        <translation>su archivo tar enumera %1 almacenamientos.</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>su lista de vistas de almacenamiento está mal formada.</translation>
    </message>
    <message>
        <source>its tar archive lists %1 tensors.</source>
        <translation>su archivo tar enumera %1 tensores.</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>un registro de tensor de su archivo tar está mal formado.</translation>
    </message>
    <message>
        <source>it is a tar archive without a &apos;%1&apos; member (it has: %2).</source>
        <translation>es un archivo tar sin el miembro &apos;%1&apos; (contiene: %2).</translation>
    </message>
    <message>
        <source>PyTorch tar (torch.save of PyTorch 0.1)</source>
        <translation>PyTorch tar (torch.save de PyTorch 0.1)</translation>
    </message>
    <message>
        <source>When the engine fails, print the whole error after its one-line message (LibTorch&apos;s detail).</source>
        <translation>Si el motor falla, mostrar el error completo tras el mensaje de una línea (el detalle de LibTorch).</translation>
    </message>
    <message>
        <source>At %1 px the photo (%2 × %3 px) would be only %4 px on its short side; the network needs at least %5. Choose an output size of at least %6 px, or crop the photo.</source>
        <translation>A %1 px, la foto (%2 × %3 px) tendría solo %4 px en su lado corto; la red necesita al menos %5. Elija un tamaño de salida de al menos %6 px o recorte la foto.</translation>
    </message>
    <message>
        <source>Output size must be between %1 and %2 pixels (got %3).</source>
        <translation>El tamaño de salida debe estar entre %1 y %2 píxeles (se indicó %3).</translation>
    </message>
    <message>
        <source>Style scale must be between %1 and %2 (got %3).</source>
        <translation>La escala del estilo debe estar entre %1 y %2 (se indicó %3).</translation>
    </message>
    <message>
        <source>Steps must be between %1 and %2 (got %3).</source>
        <translation>El número de pasos debe estar entre %1 y %2 (se indicó %3).</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most %1 (got %2).</source>
        <translation>La tasa de aprendizaje debe ser mayor que 0 y como máximo %1 (se indicó %2).</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between %1 and %2 (got %3).</source>
        <translation>El tamaño del historial de L-BFGS debe estar entre %1 y %2 (se indicó %3).</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenido</translation>
    </message>
    <message>
        <source>style</source>
        <translation>estilo</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>variación total</translation>
    </message>
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>El peso de %1 debe ser un número entre 0 y 1e15 (se indicó %2).</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>Los pesos de mezcla de estilos deben ser números entre 0 y 1e6 (se indicó %1).</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (use conv1_1 ... conv5_4).</source>
        <translation>Capa de VGG-19 desconocida: «%1» (use conv1_1 … conv5_4).</translation>
    </message>
    <message>
        <source>Layer weights must be numbers from 0 to 1e6 (got %1 for %2).</source>
        <translation>Los pesos de las capas deben ser números entre 0 y 1e6 (se indicó %1 para %2).</translation>
    </message>
    <message>
        <source>The layer %1 is listed twice in the %2 layers.</source>
        <translation>La capa %1 aparece dos veces en las capas de %2.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1 (got %2).</source>
        <translation>La semilla debe ser un número entero de 0 a %1 (se indicó %2).</translation>
    </message>
    <message>
        <source>The number of scales must be between 0 (automatic) and %1 (got %2).</source>
        <translation>El número de escalas debe estar entre 0 (automático) y %1 (se recibió %2).</translation>
    </message>
    <message>
        <source>The frame interval must be between %1 and %2 steps (got %3).</source>
        <translation>El intervalo entre fotogramas debe estar entre %1 y %2 pasos (se indicó %3).</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and %1 (got %2).</source>
        <translation>El número de hilos debe estar entre 0 (todos los núcleos) y %1 (se indicó %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER or LAYER:WEIGHT, e.g. conv1_1:0.2.</source>
        <translation>«%1» no tiene la forma LAYER o LAYER:WEIGHT, p. ej. conv1_1:0.2.</translation>
    </message>
    <message>
        <source>VGG-19 layers of the style loss with their weights, e.g. conv1_1:0.2,conv2_1:0.2 (a missing weight is 1; default conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</source>
        <translation>Capas VGG-19 de la pérdida de estilo con sus pesos, p. ej. conv1_1:0.2,conv2_1:0.2 (un peso omitido vale 1; por omisión conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</translation>
    </message>
    <message>
        <source>VGG-19 layers of the content loss with their weights (default conv4_2:1).</source>
        <translation>Capas VGG-19 de la pérdida de contenido con sus pesos (por omisión conv4_2:1).</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (a job may set: %2).</source>
        <translation>ajuste desconocido «%1» (un trabajo puede fijar: %2).</translation>
    </message>
    <message>
        <source>Choose the photos to repaint with --content FILE|FOLDER... (or give a job list with --jobs FILE).</source>
        <translation>Elija las fotos que se van a repintar con --content ARCHIVO|CARPETA... (o indique una lista de trabajos con --jobs ARCHIVO).</translation>
    </message>
    <message>
        <source>Choose the style images with --style FILE|FOLDER...; each style makes its own picture.</source>
        <translation>Elija las imágenes de estilo con --style ARCHIVO|CARPETA...; cada estilo produce su propia imagen.</translation>
    </message>
    <message>
        <source>--style-blend blends the styles of one picture, but in batch mode each --style makes its own picture. Blend styles in a job list (--jobs) instead.</source>
        <translation>--style-blend mezcla los estilos de una sola imagen, pero en el modo por lotes cada --style produce su propia imagen. Para mezclar estilos, use una lista de trabajos (--jobs).</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>No se puede escribir %1: tipo de imagen desconocido «%2» (use .png, .jpg, .tif o .webp).</translation>
    </message>
    <message>
        <source>Jobs %1 and %2 would both write %3: give them different names (add {index} to --name, or an output column).</source>
        <translation>Los trabajos %1 y %2 escribirían ambos en %3: deles nombres distintos (añada {index} a --name o una columna «output»).</translation>
    </message>
    <message>
        <source>Batch mode: write one picture per content and style into this folder (created if missing).</source>
        <translation>Modo por lotes: escribir una imagen por cada contenido y estilo en esta carpeta (se crea si falta).</translation>
    </message>
    <message>
        <source>Batch mode: file names of the pictures (default {content}-{style}-{size}.png; also {steps}, {seed}, {index}). The suffix picks the type.</source>
        <translation>Modo por lotes: nombres de archivo de las imágenes (por omisión {content}-{style}-{size}.png; también {steps}, {seed}, {index}). La extensión determina el tipo.</translation>
    </message>
    <message>
        <source>Batch mode: a job list, .csv (a header row of option names) or .jsonl (one JSON object a line); the command line&apos;s options are every job&apos;s defaults.</source>
        <translation>Modo por lotes: una lista de trabajos, .csv (con una fila de encabezado con nombres de opciones) o .jsonl (un objeto JSON por línea); las opciones de la línea de comandos son los valores por omisión de cada trabajo.</translation>
    </message>
    <message>
        <source>Skip jobs whose picture already exists and is complete (the default with --jobs).</source>
        <translation>Omitir los trabajos cuya imagen ya existe y está completa (por omisión con --jobs).</translation>
    </message>
    <message>
        <source>Redo every job, overwriting its picture.</source>
        <translation>Rehacer todos los trabajos, sobrescribiendo su imagen.</translation>
    </message>
    <message>
        <source>Run only the I-th of N slices of the batch (jobs k with k % N = I - 1), for clusters.</source>
        <translation>Ejecutar solo la porción I de las N en que se divide el lote (trabajos k con k % N = I - 1), para clústeres.</translation>
    </message>
    <message>
        <source>%1 photos were given with --content, but --output writes one picture. For a picture of each, use --output-dir FOLDER (batch mode).</source>
        <translation>Se indicaron %1 fotos con --content, pero --output escribe una sola imagen. Para obtener una imagen de cada una, use --output-dir CARPETA (modo por lotes).</translation>
    </message>
    <message>
        <source>--%1 is for batches: add --output-dir FOLDER or --jobs FILE.</source>
        <translation>--%1 es para lotes: añada --output-dir CARPETA o --jobs ARCHIVO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: only --content and --style take several values.</source>
        <translation>Argumento inesperado «%1»: solo --content y --style admiten varios valores.</translation>
    </message>
    <message>
        <source>--output writes one picture; in batch mode the names come from --name TEMPLATE (or a job list&apos;s output column).</source>
        <translation>--output escribe una sola imagen; en el modo por lotes, los nombres salen de --name PLANTILLA (o de la columna «output» de una lista de trabajos).</translation>
    </message>
    <message>
        <source>--%1 is for a single picture; it cannot be used with --output-dir or --jobs.</source>
        <translation>--%1 es para una sola imagen; no se puede usar con --output-dir ni con --jobs.</translation>
    </message>
    <message>
        <source>--resume and --no-resume cannot be used together.</source>
        <translation>--resume y --no-resume no se pueden usar a la vez.</translation>
    </message>
    <message>
        <source>--output-dir: %1 is a file, not a folder.</source>
        <translation>--output-dir: %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 has no pictures (%2).</source>
        <translation>La carpeta %1 no contiene imágenes (%2).</translation>
    </message>
    <message>
        <source>--shard expects I/N with 1 &lt;= I &lt;= N, e.g. 2/8 (got &quot;%1&quot;).</source>
        <translation>--shard espera I/N con 1 &lt;= I &lt;= N, p. ej. 2/8 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>a quoted cell is not closed (a &quot; is missing).</source>
        <translation>una celda entre comillas no está cerrada (falta una &quot;).</translation>
    </message>
    <message>
        <source>the header row has an empty column name.</source>
        <translation>la fila de encabezado tiene un nombre de columna vacío.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice.</source>
        <translation>la columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 cells for %2 columns (quote a cell that holds a comma).</source>
        <translation>%1 celdas para %2 columnas (ponga entre comillas las celdas que contengan una coma).</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>JSON no válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>a job is a JSON object, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</source>
        <translation>un trabajo es un objeto JSON, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number.</source>
        <translation>«%1» debe ser una cadena o un número.</translation>
    </message>
    <message>
        <source>--jobs: %1 is neither .csv nor .jsonl.</source>
        <translation>--jobs: %1 no es ni .csv ni .jsonl.</translation>
    </message>
    <message>
        <source>--jobs: cannot read %1: %2.</source>
        <translation>--jobs: no se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>--jobs: %1 holds no jobs.</source>
        <translation>--jobs: %1 no contiene ningún trabajo.</translation>
    </message>
    <message>
        <source>--name: unknown placeholder %1 in &quot;%2&quot; (use %3).</source>
        <translation>--name: marcador desconocido %1 en «%2» (use %3).</translation>
    </message>
    <message>
        <source>--name: unbalanced brace in &quot;%1&quot; (placeholders are %2).</source>
        <translation>--name: llave desparejada en «%1» (los marcadores son %2).</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; names a folder, not a file.</source>
        <translation>--name: «%1» designa una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; does not end in an image type (use .png, .jpg, .tif or .webp).</source>
        <translation>--name: «%1» no termina en un tipo de imagen (use .png, .jpg, .tif o .webp).</translation>
    </message>
    <message>
        <source>Where the style goes: a grey picture over the photo, white where this style applies; one per --style, in order (an empty value: none for that style).</source>
        <translation>Dónde va el estilo: una imagen gris sobre la foto, blanca donde se aplica este estilo; una por --style, en el mismo orden (un valor vacío: ninguna para ese estilo).</translation>
    </message>
    <message>
        <source>Where the photo is kept: a grey picture over the photo, white where there is no style and the content weight is raised.</source>
        <translation>Dónde se conserva la foto: una imagen gris sobre la foto, blanca donde no se pinta estilo y se aumenta el peso del contenido.</translation>
    </message>
    <message>
        <source>%1 --style-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>Se dieron %1 archivos --style-mask para %2 imágenes --style: indique como máximo uno por --style, en el mismo orden.</translation>
    </message>
    <message>
        <source>the mask of style %1</source>
        <translation>la máscara del estilo %1</translation>
    </message>
    <message>
        <source>the keep-the-photo mask</source>
        <translation>la máscara de conservar la foto</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>Se dieron %1 máscaras de estilo para %2 imágenes de estilo.</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) does not have the photo&apos;s shape (%4 × %5 px). Paint the mask over the photo, or crop it to the same aspect ratio.</source>
        <translation>La máscara %1 (%2 × %3 px) no tiene la forma de la foto (%4 × %5 px). Pinte la máscara sobre la foto o recórtela a la misma proporción.</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) is resized to the photo&apos;s %4 × %5 px.</source>
        <translation>La máscara %1 (%2 × %3 px) se redimensiona al tamaño de la foto, %4 × %5 px.</translation>
    </message>
    <message>
        <source>Paint in tiles with px x px cores, the same result in less memory (default 0: only when the whole picture does not fit).</source>
        <translation>Pintar en teselas con núcleos de px × px: el mismo resultado con menos memoria (predeterminado 0: solo cuando la imagen entera no cabe).</translation>
    </message>
    <message>
        <source>The tile size must be 0 (automatic) or between %1 and %2 px (got %3).</source>
        <translation>El tamaño de tesela debe ser 0 (automático) o estar entre %1 y %2 px (se recibió %3).</translation>
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
        <translation>Vídeo: cuánto se ciñe cada fotograma al anterior, desplazado con la imagen (por defecto %1; 0: desactivado). Más alto parpadea menos.</translation>
    </message>
    <message>
        <source>Video: steps for each frame after the first (default %1); the first takes --steps.</source>
        <translation>Vídeo: pasos para cada fotograma tras el primero (por defecto %1); el primero usa --steps.</translation>
    </message>
    <message>
        <source>Video: only the first n frames, for a quick look.</source>
        <translation>Vídeo: solo los primeros n fotogramas, para un vistazo rápido.</translation>
    </message>
    <message>
        <source>Video: paint every frame on its own, as a picture (flickers; for comparison).</source>
        <translation>Vídeo: pintar cada fotograma por separado, como una imagen (parpadea; para comparar).</translation>
    </message>
    <message>
        <source>--%1 is for videos, and --content is not one.</source>
        <translation>--%1 es para vídeos, y --content no lo es.</translation>
    </message>
    <message>
        <source>--temporal-weight takes a number from 0 to 1e9.</source>
        <translation>--temporal-weight admite un número de 0 a 1e9.</translation>
    </message>
    <message>
        <source>--frame-steps takes a whole number from 1 to 100000.</source>
        <translation>--frame-steps admite un número entero de 1 a 100000.</translation>
    </message>
    <message>
        <source>--frames takes a whole number of frames (0: all).</source>
        <translation>--frames admite un número entero de fotogramas (0: todos).</translation>
    </message>
    <message>
        <source>--output names the video to write (.mp4, .mov, .mkv or .webm).</source>
        <translation>--output indica el vídeo que se escribirá (.mp4, .mov, .mkv o .webm).</translation>
    </message>
    <message>
        <source>Region masks are not used with videos yet: run without --mask and --keep-mask.</source>
        <translation>Las máscaras de región aún no se usan con vídeos: ejecute sin --mask ni --keep-mask.</translation>
    </message>
    <message>
        <source>, about %1 left for the clip</source>
        <translation>, quedan unos %1 para el clip</translation>
    </message>
    <message>
        <source>frame %1 of %2: step %3 of %4%5</source>
        <translation>fotograma %1 de %2: paso %3 de %4%5</translation>
    </message>
    <message>
        <source>Stopped after frame %1; the finished frames are in %2: run the same command again to go on.</source>
        <translation>Detenido tras el fotograma %1; los fotogramas terminados están en %2: ejecute la misma orden de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Resumed after frame %1.</source>
        <translation>Reanudado tras el fotograma %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames). Temporal error %3; %4 s for the first frame, %5 s for each later one.</source>
        <translation>Escrito %1 (%2 fotogramas). Error temporal %3; %4 s el primer fotograma, %5 s cada uno de los siguientes.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Optical flow needs two frames, but a frame is empty.</source>
        <translation>El flujo óptico necesita dos fotogramas, pero uno está vacío.</translation>
    </message>
    <message>
        <source>Optical flow needs frames of the same size, but one is %1 pixels and the other %2.</source>
        <translation>El flujo óptico necesita fotogramas del mismo tamaño, pero uno mide %1 píxeles y el otro %2.</translation>
    </message>
    <message>
        <source>The frames (%1 pixels) are too small for optical flow; it needs %2 pixels a side.</source>
        <translation>Los fotogramas (%1 píxeles) son demasiado pequeños para el flujo óptico; necesita %2 píxeles por lado.</translation>
    </message>
    <message>
        <source>Optical flow returned a field of an unexpected shape.</source>
        <translation>El flujo óptico devolvió un campo de forma inesperada.</translation>
    </message>
    <message>
        <source>Optical flow failed: %1</source>
        <translation>El flujo óptico falló: %1</translation>
    </message>
    <message>
        <source>Could not create the frames folder &quot;%1&quot;.</source>
        <translation>No se pudo crear la carpeta de fotogramas «%1».</translation>
    </message>
    <message>
        <source>A finished frame could not be read back (%1); delete the frames folder to start again.</source>
        <translation>No se pudo volver a leer un fotograma terminado (%1); borre la carpeta de fotogramas para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: a video is written as %2.</source>
        <translation>No se pudo escribir «%1»: un vídeo se escribe como %2.</translation>
    </message>
    <message>
        <source>Reading the clip…</source>
        <translation>Leyendo el clip…</translation>
    </message>
    <message>
        <source>Optical flow to frame %1…</source>
        <translation>Flujo óptico hacia el fotograma %1…</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>Fotograma %1: %2</translation>
    </message>
    <message>
        <source>Writing the video…</source>
        <translation>Escribiendo el vídeo…</translation>
    </message>
    <message>
        <source>Which part of the painting to use: a grey picture over the painting, white where its strokes and colours count; one per --style, in order (an empty value: all of that one).</source>
        <translation>Qué parte del cuadro se usa: una imagen gris sobre el cuadro, blanca donde cuentan sus pinceladas y colores; una por cada --style, en orden (un valor vacío: todo ese cuadro).</translation>
    </message>
    <message>
        <source>%1 --style-source-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>Se dieron %1 archivos --style-source-mask para %2 imágenes --style: dé como mucho uno por cada --style, en orden.</translation>
    </message>
    <message>
        <source>The source mask %1 (%2 × %3 px) does not have the shape of its painting (%4 × %5 px). Paint it over the painting, or crop it to the same aspect ratio.</source>
        <translation>La máscara de origen %1 (%2 × %3 px) no tiene la forma de su cuadro (%4 × %5 px). Píntela sobre el cuadro o recórtela a la misma proporción.</translation>
    </message>
    <message>
        <source>The source mask %1 is black all over: nothing of its painting would be used. Paint the part to use white.</source>
        <translation>La máscara de origen %1 es negra por completo: no se usaría nada de su cuadro. Pinte de blanco la parte que se debe usar.</translation>
    </message>
    <message>
        <source>frame %1 done: content %2, style %3</source>
        <translation>fotograma %1 listo: contenido %2, estilo %3</translation>
    </message>
    <message>
        <source>How many steps L-BFGS remembers (default 100; at print size the plan may store it in bf16 or shorten it to fit).</source>
        <translation>Cuántos pasos recuerda L-BFGS (por defecto 100; a tamaño de impresión el plan puede guardarlos en bf16 o acortarlos para que quepan).</translation>
    </message>
    <message>
        <source>How much L-BFGS&apos;s first guess of the curvature favours smooth changes over fine ones (default 1, 0 to 3; 0: plain L-BFGS).</source>
        <translation>Cuánto favorece la primera estimación de la curvatura de L-BFGS los cambios suaves frente a los finos (predeterminado 1, de 0 a 3; 0: L-BFGS simple).</translation>
    </message>
    <message>
        <source>The L-BFGS smoothing must be between %1 and %2 (got %3).</source>
        <translation>El suavizado de L-BFGS debe estar entre %1 y %2 (se recibió %3).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, all painted before).</source>
        <translation>Escrito %1 (%2 fotogramas, todos pintados antes).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, %3 painted now). Temporal error %4; %5 s for each frame painted now.</source>
        <translation>Escrito %1 (%2 fotogramas, %3 pintados ahora). Error temporal %4; %5 s cada fotograma pintado ahora.</translation>
    </message>
    <message>
        <source>Writing the video: frame %1 of %2…</source>
        <translation>Escribiendo el vídeo: fotograma %1 de %2…</translation>
    </message>
    <message>
        <source>The Adam finish must be between %1 and %2 (got %3).</source>
        <translation>El final con Adam debe estar entre %1 y %2 (se recibió %3).</translation>
    </message>
    <message>
        <source>The share of the finest scale&apos;s L-BFGS steps that Adam takes at the end (default 0.7, 0 to 0.9; 0: none).</source>
        <translation>La parte de los pasos L-BFGS de la escala más fina que Adam hace al final (predeterminado 0,7, de 0 a 0,9; 0: ninguna).</translation>
    </message>
    <message>
        <source>Save where the run stands to this file every minute and when it is stopped; the same command run again continues from it. Deleted once the picture is written.</source>
        <translation>Guardar en este archivo el estado de la ejecución cada minuto y al detenerla; el mismo comando, ejecutado de nuevo, continúa desde ahí. Se borra en cuanto se escribe la imagen.</translation>
    </message>
    <message>
        <source>The checkpoint %1 is damaged (%2). Delete it to start the run afresh.</source>
        <translation>El punto de control %1 está dañado (%2). Bórrelo para empezar la ejecución desde cero.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>No se puede leer el punto de control %1: %2</translation>
    </message>
    <message>
        <source>%1 MB is larger than any checkpoint</source>
        <translation>%1 MB, más de lo que ocupa cualquier punto de control</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio checkpoint. Name another file with --checkpoint, or delete it.</source>
        <translation>%1 no es un punto de control de Neural Style Studio. Indique otro archivo con --checkpoint o bórrelo.</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>su cabecera está truncada</translation>
    </message>
    <message>
        <source>its header is not readable: %1</source>
        <translation>su cabecera no se puede leer: %1</translation>
    </message>
    <message>
        <source>a value of its header is missing or out of range</source>
        <translation>falta un valor de su cabecera o está fuera de rango</translation>
    </message>
    <message>
        <source>its picture is %1 bytes, not %2</source>
        <translation>su imagen ocupa %1 bytes, no %2</translation>
    </message>
    <message>
        <source>its picture does not match its checksum</source>
        <translation>su imagen no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>its picture holds a value that is not a number</source>
        <translation>su imagen contiene un valor que no es un número</translation>
    </message>
</context>
<context>
    <name>nss::Autosave</name>
    <message>
        <source>The autosave folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de guardado automático %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>There is no autosave to restore.</source>
        <translation>No hay ningún guardado automático que restaurar.</translation>
    </message>
    <message>
        <source>The autosave cannot be restored: %1</source>
        <translation>No se puede restaurar el guardado automático: %1</translation>
    </message>
    <message>
        <source>The autosave in %1 could not be removed.</source>
        <translation>No se pudo eliminar el guardado automático de %1.</translation>
    </message>
</context>
<context>
    <name>nss::AutosaveGuard</name>
    <message>
        <source>Crash recovery is not working: %1</source>
        <translation>La recuperación tras fallos no funciona: %1</translation>
    </message>
</context>
<context>
    <name>nss::BatchDialog</name>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (carpeta)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Every photo is painted in every style, with the current settings (%1 px, %2 steps).</source>
        <translation>Cada foto se pinta en todos los estilos, con los ajustes actuales (%1 px, %2 pasos).</translation>
    </message>
    <message>
        <source>Photos (content)</source>
        <translation>Fotos (contenido)</translation>
    </message>
    <message>
        <source>Paintings (styles)</source>
        <translation>Cuadros (estilos)</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Imágenes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a folder of pictures</source>
        <translation>Añadir una carpeta de imágenes</translation>
    </message>
    <message>
        <source>Add at least one photo and one painting: files, or a folder of each.</source>
        <translation>Añada al menos una foto y un cuadro: archivos o una carpeta de cada tipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painting(s)</source>
        <translation>
            <numerusform>%n cuadro</numerusform>
            <numerusform>%n cuadros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add.</source>
        <translation>
            <numerusform>Se añadirá %n trabajo.</numerusform>
            <numerusform>Se añadirán %n trabajos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Job(s)</source>
        <translation>
            <numerusform>Añadir %n trabajo</numerusform>
            <numerusform>Añadir %n trabajos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::BatchRun</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>No se puede crear la carpeta de salida %1.</translation>
    </message>
    <message>
        <source>%1 already done, %2 to run.</source>
        <translation>ya hechos: %1; por ejecutar: %2.</translation>
    </message>
    <message>
        <source>Batch of %1 jobs: %2</source>
        <translation>Lote de %1 trabajos: %2</translation>
    </message>
    <message>
        <source>Batch of %1 jobs, shard %2/%3 (%4 of them): %5</source>
        <translation>Lote de %1 trabajos, fragmento %2/%3 (%4 de ellos): %5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>batch %1 %, %2 left</source>
        <translation>lote %1 %, faltan %2</translation>
    </message>
    <message>
        <source>%1 interrupted at step %2 of %3: nothing was written for %4.</source>
        <translation>%1 se interrumpió en el paso %2 de %3: no se escribió nada para %4.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 wrote %2 (%3 x %4) in %5.</source>
        <translation>%1 escribió %2 (%3 x %4) en %5.</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed, %4 not run (interrupted).</source>
        <translation>Lote: escritos %1, omitidos %2 (ya hechos), fallidos %3, sin ejecutar %4 (interrumpido).</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed.</source>
        <translation>Lote: escritos %1, omitidos %2 (ya hechos), fallidos %3.</translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  falló: %1: %2</translation>
    </message>
    <message>
        <source>Run the same command again to do the rest.</source>
        <translation>Ejecute de nuevo el mismo comando para completar el resto.</translation>
    </message>
    <message>
        <source>Run the same command again with --resume to do the rest.</source>
        <translation>Ejecute de nuevo el mismo comando con --resume para completar el resto.</translation>
    </message>
</context>
<context>
    <name>nss::ExportActions</name>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Imagen…</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>All &amp;Frames…</source>
        <translation>Todos los &amp;fotogramas…</translation>
    </message>
    <message>
        <source>Export all frames to</source>
        <translation>Exportar todos los fotogramas a</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n fotograma en %1.</numerusform>
            <numerusform>Se han guardado %n fotogramas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Time-lapse (animated WebP)…</source>
        <translation>&amp;Cámara rápida (WebP animado)…</translation>
    </message>
    <message>
        <source>Export time-lapse</source>
        <translation>Exportar cámara rápida</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>WebP animado (*.webp)</translation>
    </message>
    <message>
        <source>There is no picture to export yet: press Start first.</source>
        <translation>Todavía no hay ninguna imagen que exportar: pulse primero Iniciar.</translation>
    </message>
    <message>
        <source>There are no frames to export yet: press Start first.</source>
        <translation>Todavía no hay fotogramas que exportar: pulse primero Iniciar.</translation>
    </message>
    <message>
        <source>There are no frames for a time-lapse yet: press Start first.</source>
        <translation>Todavía no hay fotogramas para una cámara rápida: pulse primero Iniciar.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n frame(s) to %1…</source>
        <translation>
            <numerusform>Exportando %n fotograma a %1…</numerusform>
            <numerusform>Exportando %n fotogramas a %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the time-lapse %1…</source>
        <translation>Exportando el timelapse %1…</translation>
    </message>
    <message>
        <source>%1 Another export can start when it is done.</source>
        <translation>%1 Otra exportación podrá empezar cuando termine.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>La exportación se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>There is no picture to export.</source>
        <translation>No hay ninguna imagen que exportar.</translation>
    </message>
    <message>
        <source>&amp;Video…</source>
        <translation>&amp;Vídeo…</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>Exportar vídeo</translation>
    </message>
    <message>
        <source>Video (*.%1)</source>
        <translation>Vídeo (*.%1)</translation>
    </message>
    <message>
        <source>There is no finished video to export: start a run on a video first.</source>
        <translation>No hay ningún vídeo terminado para exportar: inicie primero una ejecución con un vídeo.</translation>
    </message>
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>los metadatos incrustados no contienen ajustes</translation>
    </message>
</context>
<context>
    <name>nss::HistoryItem</name>
    <message>
        <source>This is not a Neural Style Studio history item.</source>
        <translation>Esto no es un elemento del historial de Neural Style Studio.</translation>
    </message>
    <message>
        <source>This history item was made by a newer version of Neural Style Studio.</source>
        <translation>Este elemento del historial lo creó una versión más reciente de Neural Style Studio.</translation>
    </message>
</context>
<context>
    <name>nss::HistoryStrip</name>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>detenido por un error</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>recuperado tras un fallo</translation>
    </message>
    <message>
        <source>Every run&apos;s result. Click to see it; select two to compare them.</source>
        <translation>El resultado de cada ejecución. Haga clic para verlo; seleccione dos para compararlos.</translation>
    </message>
    <message>
        <source>Restore Settings</source>
        <translation>Restaurar ajustes</translation>
    </message>
    <message>
        <source>Put the selected result&apos;s settings back into the controls</source>
        <translation>Devolver los ajustes del resultado seleccionado a los controles</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the selected result at full resolution</source>
        <translation>Exportar el resultado seleccionado a resolución completa</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show the two selected results side by side (drag the divider)</source>
        <translation>Mostrar los dos resultados seleccionados lado a lado (arrastre el divisor)</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>A starred result is never removed to make room</source>
        <translation>Un resultado destacado nunca se elimina para liberar espacio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected results</source>
        <translation>Eliminar los resultados seleccionados</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>paso %1/%2</translation>
    </message>
    <message>
        <source>%1 x %2 px, %3 at step %4 of %5
loss %6, %7 s
seed %8; weights: content %9, style %10, TV %11</source>
        <translation>%1 x %2 px, %3 en el paso %4 de %5
pérdida %6, %7 s
semilla %8; pesos: contenido %9, estilo %10, TV %11</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar destacado</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>¿Eliminar del historial?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n result(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n resultado del historial? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n resultados del historial? No se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::ImagePane</name>
    <message>
        <source>Drop an image here, click to choose a file, or paste with Ctrl+V.</source>
        <translation>Suelte aquí una imagen, haga clic para elegir un archivo o péguela con Ctrl+V.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>No hay nada que pegar.</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>la imagen soltada</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>“%1” is not an image file or image address.</source>
        <translation>«%1» no es un archivo de imagen ni la dirección de una imagen.</translation>
    </message>
    <message>
        <source>What was dropped is not an image.</source>
        <translation>Lo que se ha soltado no es una imagen.</translation>
    </message>
    <message>
        <source>Open %1 image</source>
        <translation>Abrir imagen para «%1»</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1
%2 × %3 px, %4</source>
        <translation>%1
%2 × %3 px, %4</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Downloading %1… %2% (%3 of %4)</source>
        <translation>Descargando %1… %2 % (%3 de %4)</translation>
    </message>
    <message>
        <source>Downloading %1… %2</source>
        <translation>Descargando %1… %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Use one of the bundled photos or paintings.</source>
        <translation>Usar una de las fotos o uno de los cuadros incluidos.</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Imágenes y vídeos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The video has no frames.</source>
        <translation>El vídeo no tiene fotogramas.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s at %2 fps</source>
        <translation>
            <numerusform>%n fotograma, %1 s a %2 fps</numerusform>
            <numerusform>%n fotogramas, %1 s a %2 fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::JobQueue</name>
    <message>
        <source>The queue file %1 could not be read (%2); it was kept as %3 and the queue starts empty.</source>
        <translation>No se pudo leer el archivo de cola %1 (%2); se conservó como %3 y la cola empieza vacía.</translation>
    </message>
    <message>
        <source>not a queue file</source>
        <translation>no es un archivo de cola</translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation>creado por una versión más reciente</translation>
    </message>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>Interrumpido; se reiniciará desde el principio.</translation>
    </message>
    <message>
        <source>The queue could not be saved: %1</source>
        <translation>No se pudo guardar la cola: %1</translation>
    </message>
</context>
<context>
    <name>nss::LayersPanel</name>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Advanced: layers</source>
        <translation>Avanzado: capas</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>The VGG-19 layers that measure style and content, and each one&apos;s weight within its loss.</source>
        <translation>Las capas de VGG-19 que miden el estilo y el contenido, y el peso de cada una dentro de su pérdida.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Weight of %1 in the style loss; off leaves it out.</source>
        <translation>Peso de %1 en la pérdida de estilo; «desactivado» la excluye.</translation>
    </message>
    <message>
        <source>Weight of %1 in the content loss; off leaves it out.</source>
        <translation>Peso de %1 en la pérdida de contenido; «desactivado» la excluye.</translation>
    </message>
    <message>
        <source>Style: conv1_1 to conv5_1, weight 1 each; content: conv4_2.</source>
        <translation>Estilo: conv1_1 a conv5_1, peso 1 cada una; contenido: conv4_2.</translation>
    </message>
</context>
<context>
    <name>nss::LossChart</name>
    <message>
        <source>Loss curve</source>
        <translation>Curva de pérdida</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>style</source>
        <translation>estilo</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenido</translation>
    </message>
</context>
<context>
    <name>nss::MainWindow</name>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Drop a photo here</source>
        <translation>Suelte aquí una foto</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>Suelte una foto y un cuadro para empezar.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Drop a photo into the Content pane first.</source>
        <translation>Suelte primero una foto en el panel Contenido.</translation>
    </message>
    <message>
        <source>Drop a painting into the Style pane first.</source>
        <translation>Suelte primero una pintura en el panel Estilo.</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Pesos: %1</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>¿Restaurar la última sesión?</translation>
    </message>
    <message>
        <source>Restored the last session (step %1).</source>
        <translation>Última sesión restaurada (paso %1).</translation>
    </message>
    <message>
        <source>Done: %1 steps in %2 s.</source>
        <translation>Hecho: %1 pasos en %2 s.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>La ejecución se detuvo</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Paused at step %1.</source>
        <translation>En pausa en el paso %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Content Image…</source>
        <translation>Abrir imagen de &amp;contenido…</translation>
    </message>
    <message>
        <source>Open &amp;Style Image…</source>
        <translation>Abrir imagen de e&amp;stilo…</translation>
    </message>
    <message>
        <source>&amp;Add Style Image…</source>
        <translation>&amp;Añadir imagen de estilo…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Tamaño real (100 %)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Before/After Split</source>
        <translation>Vista &amp;antes/después</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Neural Style Studio</source>
        <translation>&amp;Acerca de Neural Style Studio</translation>
    </message>
    <message>
        <source>About Neural Style Studio</source>
        <translation>Acerca de Neural Style Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Neural style transfer (Gatys et al. 2016) over %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Transferencia de estilo neuronal (Gatys et al. 2016) sobre %3.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Download or choose the VGG-19 weights file to start.</source>
        <translation>Descargue o elija el archivo de pesos de VGG-19 para empezar.</translation>
    </message>
    <message>
        <source>Cannot start from the chosen image: %1</source>
        <translation>No se puede partir de la imagen elegida: %1</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>Partir de una imagen</translation>
    </message>
    <message>
        <source>Closing when the export is finished…</source>
        <translation>Se cerrará cuando termine la exportación…</translation>
    </message>
    <message>
        <source>Not started: a run at %1 px needs more memory than is free.</source>
        <translation>No se inició: una ejecución a %1 px necesita más memoria de la que hay libre.</translation>
    </message>
    <message>
        <source>The last session ended before its picture was kept. The picture is in the history now. Restore its settings and picture?</source>
        <translation>La última sesión terminó antes de guardar su imagen. La imagen ya está en el historial. ¿Restaurar sus ajustes y su imagen?</translation>
    </message>
    <message>
        <source>Result of %1: step %2 of %3, %4 x %5 px.</source>
        <translation>Resultado de %1: paso %2 de %3, %4 x %5 px.</translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation>Restaurar ajustes</translation>
    </message>
    <message>
        <source>Restored the settings of the result of %1.</source>
        <translation>Se restauraron los ajustes del resultado de %1.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Hay una ejecución en curso</translation>
    </message>
    <message>
        <source>Stop the run and keep its picture at step %1 in the history?</source>
        <translation>¿Detener la ejecución y guardar su imagen del paso %1 en el historial?</translation>
    </message>
    <message>
        <source>Stop and Keep</source>
        <translation>Detener y guardar</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Seguir ejecutando</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <source>Stopping; closing once the picture is kept…</source>
        <translation>Deteniendo; se cerrará cuando la imagen esté guardada…</translation>
    </message>
    <message>
        <source>Keeping the last result…</source>
        <translation>Guardando el último resultado…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <source>Comparing two results: the older on the left. Drag the divider.</source>
        <translation>Comparando dos resultados: el más antiguo a la izquierda. Arrastre el divisor.</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>Starting once the pictures are loaded…</source>
        <translation>Se iniciará cuando se carguen las imágenes…</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>No se puede iniciar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Añadir a la &amp;cola</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>&amp;Lote…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Open a photo from a file first: the queue reads each picture from its file when its turn comes.</source>
        <translation>Abra primero una foto desde un archivo: la cola lee cada imagen de su archivo cuando le llega el turno.</translation>
    </message>
    <message>
        <source>A pasted painting has no file: save it and open the file to queue it.</source>
        <translation>Un cuadro pegado no tiene archivo: guárdelo y abra el archivo para añadirlo a la cola.</translation>
    </message>
    <message numerus="yes">
        <source>Added to the queue: %1 (%n job(s) in the queue).</source>
        <translation>
            <numerusform>Añadido a la cola: %1 (%n trabajo en la cola).</numerusform>
            <numerusform>Añadido a la cola: %1 (%n trabajos en la cola).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n job(s) to the queue.</source>
        <translation>
            <numerusform>Se añadió %n trabajo a la cola.</numerusform>
            <numerusform>Se añadieron %n trabajos a la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paint &amp;Masks…</source>
        <translation>Pintar &amp;máscaras…</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>Estilo %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the masks.</source>
        <translation>No se puede crear la carpeta %1 para las máscaras.</translation>
    </message>
    <message>
        <source>Cannot encode the mask %1.</source>
        <translation>No se puede codificar la máscara %1.</translation>
    </message>
    <message>
        <source>The mask %1 does not fit the photo.</source>
        <translation>La máscara %1 no encaja con la foto.</translation>
    </message>
    <message>
        <source>Stopped after frame %1 of %2; Start goes on from there.</source>
        <translation>Detenido tras el fotograma %1 de %2; Iniciar continúa desde ahí.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n video frame(s). Export ▸ Video… saves the video.</source>
        <translation>
            <numerusform>Listo: %n fotograma de vídeo. Exportar ▸ Vídeo… guarda el vídeo.</numerusform>
            <numerusform>Listo: %n fotogramas de vídeo. Exportar ▸ Vídeo… guarda el vídeo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at step %1; Start goes on from there while the settings stay the same.</source>
        <translation>Detenido en el paso %1; Iniciar continúa desde ahí mientras los ajustes no cambien.</translation>
    </message>
</context>
<context>
    <name>nss::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Importar máscara</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>Elija primero una foto: las máscaras se pintan sobre ella.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Pintar</translation>
    </message>
</context>
<context>
    <name>nss::MaskEditor</name>
    <message>
        <source>Paint Masks</source>
        <translation>Pintar máscaras</translation>
    </message>
    <message>
        <source>The layer you paint: where a style goes, or where the photo is kept</source>
        <translation>La capa que pinta: dónde va un estilo o dónde se conserva la foto</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <source>Paint the layer (B)</source>
        <translation>Pintar la capa (B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <source>Erase the layer (E)</source>
        <translation>Borrar la capa (E)</translation>
    </message>
    <message>
        <source>Brush radius in the photo&apos;s pixels ([ and ] change it)</source>
        <translation>Radio del pincel en píxeles de la foto ([ y ] lo cambian)</translation>
    </message>
    <message>
        <source>0: a hard edge; 100: soft from the centre</source>
        <translation>0: borde duro; 100: suave desde el centro</translation>
    </message>
    <message>
        <source>How strongly the masks are shown over the photo (the run is not affected)</source>
        <translation>Intensidad con la que se muestran las máscaras sobre la foto (no afecta a la ejecución)</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Softness:</source>
        <translation>Suavidad:</translation>
    </message>
    <message>
        <source>Shown at:</source>
        <translation>Mostrar al:</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Rellenar</translation>
    </message>
    <message>
        <source>Cover the whole picture with this layer</source>
        <translation>Cubrir toda la imagen con esta capa</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Remove this layer&apos;s mask</source>
        <translation>Quitar la máscara de esta capa</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Invertir</translation>
    </message>
    <message>
        <source>Swap painted and unpainted parts of this layer</source>
        <translation>Intercambiar las zonas pintadas y sin pintar de esta capa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Deshacer la última edición (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Load this layer from a greyscale picture (white: the layer)</source>
        <translation>Cargar esta capa desde una imagen en escala de grises (blanco: la capa)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save this layer as a greyscale PNG</source>
        <translation>Guardar esta capa como PNG en escala de grises</translation>
    </message>
    <message>
        <source>Paint where each style goes; where no style is painted all styles blend. The hatched layer keeps the photo. A run in progress follows at its next step.</source>
        <translation>Pinte dónde va cada estilo; donde no se pinta ningún estilo, se mezclan todos. La capa rayada conserva la foto. Una ejecución en curso aplica los cambios a partir de su siguiente paso.</translation>
    </message>
    <message>
        <source>Style %1: %2</source>
        <translation>Estilo %1: %2</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>Conservar la foto</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Importar máscara</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>Elija primero una foto: las máscaras se pintan sobre ella.</translation>
    </message>
    <message>
        <source>There is no mask to export: choose a photo first.</source>
        <translation>No hay ninguna máscara que exportar: elija primero una foto.</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>Exportar máscara</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
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
        <translation>A %1 px esta ejecución necesita unos %2 de memoria, pero solo hay %3 libres. Iniciarla haría que el sistema cerrara la aplicación.</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Memoria insuficiente</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px (about %2).</source>
        <translation>El mayor tamaño de salida que cabe es %1 px (unos %2).</translation>
    </message>
    <message>
        <source>Use %1 px</source>
        <translation>Usar %1 px</translation>
    </message>
    <message>
        <source>Even the smallest size does not fit: close other programs, or use smaller style images.</source>
        <translation>Ni siquiera el tamaño más pequeño cabe: cierre otros programas o use imágenes de estilo más pequeñas.</translation>
    </message>
</context>
<context>
    <name>nss::PickleReader</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 no es un archivo de pesos que esta aplicación pueda leer: %2</translation>
    </message>
    <message>
        <source>its Python pickle is larger than 64 MB.</source>
        <translation>su pickle de Python ocupa más de 64 MB.</translation>
    </message>
    <message>
        <source>it ends in the middle of a Python pickle (truncated or garbled).</source>
        <translation>termina en medio de un pickle de Python (truncado o dañado).</translation>
    </message>
    <message>
        <source>its pickle is garbled near byte %1.</source>
        <translation>su pickle está dañado cerca del byte %1.</translation>
    </message>
    <message>
        <source>it uses pickle protocol %1.</source>
        <translation>usa el protocolo de pickle %1.</translation>
    </message>
    <message>
        <source>its pickle ends with %1 values on the stack.</source>
        <translation>su pickle termina con %1 valores en la pila.</translation>
    </message>
    <message>
        <source>it holds a string of %1 bytes.</source>
        <translation>contiene una cadena de %1 bytes.</translation>
    </message>
    <message>
        <source>its pickle is too large.</source>
        <translation>su pickle es demasiado grande.</translation>
    </message>
    <message>
        <source>its pickle names an overlong Python global.</source>
        <translation>su pickle nombra un global de Python demasiado largo.</translation>
    </message>
    <message>
        <source>its pickle calls something that is not a known Python function.</source>
        <translation>su pickle llama a algo que no es una función de Python conocida.</translation>
    </message>
    <message>
        <source>its pickle builds an OrderedDict from arguments.</source>
        <translation>su pickle construye un OrderedDict a partir de argumentos.</translation>
    </message>
    <message>
        <source>its pickle calls %1, which a weights file never needs.</source>
        <translation>su pickle llama a %1, que un archivo de pesos nunca necesita.</translation>
    </message>
    <message>
        <source>a tensor in its pickle has malformed arguments.</source>
        <translation>un tensor de su pickle tiene argumentos mal formados.</translation>
    </message>
    <message>
        <source>a tensor in its pickle has an invalid shape or stride.</source>
        <translation>un tensor de su pickle tiene una forma o un paso no válidos.</translation>
    </message>
    <message>
        <source>a tensor in its pickle is impossibly large.</source>
        <translation>un tensor de su pickle es imposiblemente grande.</translation>
    </message>
    <message>
        <source>a tensor of shape %1 reaches past the end of its storage (%2 elements).</source>
        <translation>un tensor de forma %1 sobrepasa el final de su almacenamiento (%2 elementos).</translation>
    </message>
    <message>
        <source>its pickle refers to an unknown kind of external object.</source>
        <translation>su pickle hace referencia a un tipo desconocido de objeto externo.</translation>
    </message>
    <message>
        <source>its pickle refers to a &quot;%1&quot;, not to tensor storage (a whole model, not a state_dict?).</source>
        <translation>su pickle hace referencia a un «%1», no a almacenamiento de tensores (¿un modelo entero en lugar de un state_dict?).</translation>
    </message>
    <message>
        <source>a storage in its pickle is malformed.</source>
        <translation>un almacenamiento de su pickle está mal formado.</translation>
    </message>
    <message>
        <source>a storage view in its pickle is malformed.</source>
        <translation>una vista de almacenamiento de su pickle está mal formada.</translation>
    </message>
    <message>
        <source>its pickle sets the state of something that is not a dictionary.</source>
        <translation>su pickle establece el estado de algo que no es un diccionario.</translation>
    </message>
    <message>
        <source>its pickle uses opcode 0x%1, which a state_dict never contains.</source>
        <translation>su pickle usa el código de operación 0x%1, que un state_dict nunca contiene.</translation>
    </message>
    <message>
        <source>it does not start with PyTorch&apos;s magic number.</source>
        <translation>no empieza con el número mágico de PyTorch.</translation>
    </message>
    <message>
        <source>an integer was expected in its header.</source>
        <translation>se esperaba un entero en su cabecera.</translation>
    </message>
    <message>
        <source>its system information header is not a dictionary.</source>
        <translation>su cabecera de información del sistema no es un diccionario.</translation>
    </message>
    <message>
        <source>it holds a %1, not a state_dict.</source>
        <translation>contiene un(a) %1, no un state_dict.</translation>
    </message>
    <message>
        <source>its state_dict has a key that is not a string.</source>
        <translation>su state_dict tiene una clave que no es una cadena.</translation>
    </message>
    <message>
        <source>its entry &quot;%1&quot; is a %2, not a tensor.</source>
        <translation>su entrada «%1» es un(a) %2, no un tensor.</translation>
    </message>
    <message>
        <source>its state_dict is empty.</source>
        <translation>su state_dict está vacío.</translation>
    </message>
    <message>
        <source>its list of storages is missing.</source>
        <translation>falta su lista de almacenamientos.</translation>
    </message>
    <message>
        <source>its list of storages holds something that is not a name.</source>
        <translation>su lista de almacenamientos contiene algo que no es un nombre.</translation>
    </message>
    <message>
        <source>its pickle refers to tensor %1, which its tar archive does not describe.</source>
        <translation>su pickle hace referencia al tensor %1, que su archivo tar no describe.</translation>
    </message>
    <message>
        <source>a storage record of its tar archive is malformed.</source>
        <translation>un registro de almacenamiento de su archivo tar está mal formado.</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>un registro de tensor de su archivo tar está mal formado.</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>su lista de vistas de almacenamiento está mal formada.</translation>
    </message>
</context>
<context>
    <name>nss::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Todos los núcleos (%1)</translation>
    </message>
    <message>
        <source>vgg19-dcbad4b5.pth</source>
        <translation>vgg19-dcbad4b5.pth</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>Carpeta de &amp;caché:</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Carpeta de caché</translation>
    </message>
    <message>
        <source>&amp;Weights file:</source>
        <translation>Archivo de &amp;pesos:</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>Pesos de VGG-19</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>Pesos de PyTorch (*.pth *.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When the run history grows past this, its oldest results are removed. Starred ones are kept.</source>
        <translation>Cuando el historial supera este tamaño, se eliminan los resultados más antiguos. Los destacados se conservan.</translation>
    </message>
    <message>
        <source>&amp;History size limit:</source>
        <translation>Límite del &amp;historial:</translation>
    </message>
</context>
<context>
    <name>nss::PreviewView</name>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>Aquí aparecerá la imagen mientras se pinta.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>nss::ProjectActions</name>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Abrir &amp;proyecto…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>&amp;Save Project…</source>
        <translation>&amp;Guardar proyecto…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Saved %1 (a pasted picture has no file: save it first to keep it in the project).</source>
        <translation>Se guardó %1 (una imagen pegada no tiene archivo: guárdela primero para conservarla en el proyecto).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Replace the project?</source>
        <translation>¿Reemplazar el proyecto?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept as it was.</source>
        <translation>No se guardó: %1 se mantuvo tal como estaba.</translation>
    </message>
    <message>
        <source>The project was saved, but not its results: %1</source>
        <translation>El proyecto se guardó, pero no sus resultados: %1</translation>
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
        <translation>Un trabajo de la cola no tiene identificador.</translation>
    </message>
    <message>
        <source>Queued job %1: %2</source>
        <translation>Trabajo en cola %1: %2</translation>
    </message>
    <message>
        <source>Queued job %1 has an unknown state &quot;%2&quot;.</source>
        <translation>El trabajo en cola %1 tiene un estado desconocido «%2».</translation>
    </message>
</context>
<context>
    <name>nss::QueuePanel</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>en espera: %1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>keeping the result…</source>
        <translation>guardando el resultado…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation>Ejecutar antes el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation>Ejecutar después el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Skip the selected job until it is released</source>
        <translation>Saltar el trabajo seleccionado hasta que se libere</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected job (a running one stops, and its picture so far is dropped)</source>
        <translation>Quitar el trabajo seleccionado (si está en ejecución, se detiene y se descarta su imagen hasta ese momento)</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Quitar terminados</translation>
    </message>
    <message>
        <source>Remove the done and failed jobs from the list (their results stay in the history)</source>
        <translation>Quitar de la lista los trabajos terminados y fallidos (sus resultados permanecen en el historial)</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>Pausar cola</translation>
    </message>
    <message>
        <source>Pause the whole queue: the running job waits at its next step and no other starts</source>
        <translation>Pausar toda la cola: el trabajo en ejecución espera en su siguiente paso y no se inicia ningún otro</translation>
    </message>
    <message>
        <source>%1. %2 — %3 px, %4 steps — %5</source>
        <translation>%1. %2 — %3 px, %4 pasos — %5</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>Contenido: %1</translation>
    </message>
    <message>
        <source>Waiting at its step: %1</source>
        <translation>En espera en el paso actual: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Resume Queue</source>
        <translation>Reanudar cola</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
</context>
<context>
    <name>nss::QueueRunner</name>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>Interrumpido; se reiniciará desde el principio.</translation>
    </message>
    <message>
        <source>The queue is empty. Add the current pictures with Run ▸ Add to Queue, or many with Run ▸ Batch…</source>
        <translation>La cola está vacía. Añada las imágenes actuales con Ejecutar ▸ Añadir a la cola, o muchas a la vez con Ejecutar ▸ Lote…</translation>
    </message>
    <message numerus="yes">
        <source>The queue is paused (%n job(s) waiting).</source>
        <translation>
            <numerusform>La cola está en pausa (%n trabajo en espera).</numerusform>
            <numerusform>La cola está en pausa (%n trabajos en espera).</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue waits for the VGG-19 weights file (Edit ▸ Preferences).</source>
        <translation>La cola espera el archivo de pesos de VGG-19 (Editar ▸ Preferencias).</translation>
    </message>
    <message>
        <source>Your run in the window goes first; the queue continues when it ends.</source>
        <translation>Su ejecución en la ventana tiene prioridad; la cola continuará cuando termine.</translation>
    </message>
    <message>
        <source>Running job %1 of %2: %3</source>
        <translation>Ejecutando el trabajo %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Every job has run: %n done.</source>
        <translation>
            <numerusform>Se han ejecutado todos los trabajos: %n terminado.</numerusform>
            <numerusform>Se han ejecutado todos los trabajos: %n terminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n trabajo en espera.</numerusform>
            <numerusform>%n trabajos en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; starts again from the beginning.</source>
        <translation>Detenido; se reiniciará desde el principio.</translation>
    </message>
    <message>
        <source>The run ended without a picture.</source>
        <translation>La ejecución terminó sin imagen.</translation>
    </message>
    <message>
        <source>The result could not be kept: %1</source>
        <translation>No se pudo guardar el resultado: %1</translation>
    </message>
</context>
<context>
    <name>nss::RemoteImageFetch</name>
    <message>
        <source>Did not download %1: it is larger than %2, the most a dropped picture may be.</source>
        <translation>No se descargó %1: ocupa más de %2, el máximo para una imagen soltada.</translation>
    </message>
    <message>
        <source>Could not download %1: the server sent nothing for %2 s.</source>
        <translation>No se pudo descargar %1: el servidor no envió nada durante %2 s.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
</context>
<context>
    <name>nss::RunHistory</name>
    <message>
        <source>There is no picture to keep in the history.</source>
        <translation>No hay ninguna imagen que guardar en el historial.</translation>
    </message>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta del historial %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a history item.</source>
        <translation>«%1» no puede nombrar un elemento del historial.</translation>
    </message>
    <message>
        <source>The history already holds an item named %1.</source>
        <translation>El historial ya contiene un elemento llamado %1.</translation>
    </message>
    <message>
        <source>The history folder %1 is not writable.</source>
        <translation>No se puede escribir en la carpeta del historial %1.</translation>
    </message>
    <message>
        <source>The picture could not be kept in the history: %1</source>
        <translation>No se pudo guardar la imagen en el historial: %1</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>No se pudo renombrar %1.</translation>
    </message>
    <message>
        <source>The history item %1 cannot be read: %2</source>
        <translation>No se puede leer el elemento del historial %1: %2</translation>
    </message>
    <message>
        <source>The history item %1 is damaged: %2</source>
        <translation>El elemento del historial %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The history has no item %1.</source>
        <translation>El historial no tiene ningún elemento %1.</translation>
    </message>
    <message>
        <source>The history item %1 could not be removed from %2.</source>
        <translation>No se pudo eliminar el elemento del historial %1 de %2.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>No se pudo copiar %1 en %2.</translation>
    </message>
</context>
<context>
    <name>nss::RunProgress</name>
    <message>
        <source>step %v / %m</source>
        <translation>paso %v / %m</translation>
    </message>
    <message>
        <source>%1 steps/s, done in %2</source>
        <translation>%1 pasos/s, terminado en %2</translation>
    </message>
    <message>
        <source>%1 steps/s, %2 left</source>
        <translation>%1 pasos/s, faltan %2</translation>
    </message>
    <message>
        <source>–:––</source>
        <translation>–:––</translation>
    </message>
    <message>
        <source>%1 (scale %2 of %3)</source>
        <translation>%1 (escala %2 de %3)</translation>
    </message>
</context>
<context>
    <name>nss::SampleGallery</name>
    <message>
        <source>Astronaut</source>
        <translation>Astronauta</translation>
    </message>
    <message>
        <source>Photo — Astronaut Eileen Collins (NASA)</source>
        <translation>Foto — La astronauta Eileen Collins (NASA)</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Photo — Chelsea the cat</source>
        <translation>Foto — Chelsea, el gato</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Photo — Coffee cup</source>
        <translation>Foto — Taza de café</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Cohete</translation>
    </message>
    <message>
        <source>Photo — Falcon 9 launch (SpaceX)</source>
        <translation>Foto — Lanzamiento de un Falcon 9 (SpaceX)</translation>
    </message>
    <message>
        <source>Hokusai</source>
        <translation>Hokusai</translation>
    </message>
    <message>
        <source>Hokusai — The Great Wave</source>
        <translation>Hokusai — La gran ola de Kanagawa</translation>
    </message>
    <message>
        <source>Turner</source>
        <translation>Turner</translation>
    </message>
    <message>
        <source>Turner — The Shipwreck</source>
        <translation>Turner — El naufragio</translation>
    </message>
    <message>
        <source>Monet</source>
        <translation>Monet</translation>
    </message>
    <message>
        <source>Monet — Water Lilies</source>
        <translation>Monet — Nenúfares</translation>
    </message>
    <message>
        <source>Kandinsky</source>
        <translation>Kandinsky</translation>
    </message>
    <message>
        <source>Kandinsky — Composition VII</source>
        <translation>Kandinsky — Composición VII</translation>
    </message>
    <message>
        <source>Matisse</source>
        <translation>Matisse</translation>
    </message>
    <message>
        <source>Matisse — Woman with a Hat</source>
        <translation>Matisse — Mujer con sombrero</translation>
    </message>
    <message>
        <source>Sample &amp;photos</source>
        <translation>&amp;Fotos de ejemplo</translation>
    </message>
    <message>
        <source>Sample p&amp;aintings</source>
        <translation>&amp;Cuadros de ejemplo</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>Pruebe un ejemplo</translation>
    </message>
    <message>
        <source>Click a photo, then a painting, and press Start. Your own pictures: drop them on Content and Style.</source>
        <translation>Haga clic en una foto, luego en un cuadro, y pulse Iniciar. Sus propias imágenes: suéltelas en Contenido y Estilo.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Paintings</source>
        <translation>Cuadros</translation>
    </message>
    <message>
        <source>%1
Click to use it as the style.</source>
        <translation>%1
Haga clic para usarlo como estilo.</translation>
    </message>
    <message>
        <source>%1
Click to paint this photo.</source>
        <translation>%1
Haga clic para repintar esta foto.</translation>
    </message>
</context>
<context>
    <name>nss::SettingsPanel</name>
    <message>
        <source>&amp;Style</source>
        <translation>&amp;Estilo</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>C&amp;ontenido</translation>
    </message>
    <message>
        <source>S&amp;moothness</source>
        <translation>&amp;Suavizado</translation>
    </message>
    <message>
        <source>How strongly the painting&apos;s texture is imposed. Changes a running picture.</source>
        <translation>Con qué intensidad se aplica la textura del cuadro. Afecta también a una imagen en curso.</translation>
    </message>
    <message>
        <source>How closely the photo&apos;s shapes are kept. Changes a running picture.</source>
        <translation>Con qué fidelidad se conservan las formas de la foto. Afecta también a una imagen en curso.</translation>
    </message>
    <message>
        <source>Total-variation weight: smooths pixel noise. Changes a running picture.</source>
        <translation>Peso de la variación total: suaviza el ruido de los píxeles. Afecta también a una imagen en curso.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Longest side of the result; larger is slower.</source>
        <translation>Lado más largo del resultado; cuanto mayor, más lento.</translation>
    </message>
    <message>
        <source>L-BFGS (best quality)</source>
        <translation>L-BFGS (mejor calidad)</translation>
    </message>
    <message>
        <source>Adam (smoother progress)</source>
        <translation>Adam (progreso más gradual)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <source>The same seed and settings give the same picture.</source>
        <translation>La misma semilla y los mismos ajustes producen la misma imagen.</translation>
    </message>
    <message>
        <source>Content image</source>
        <translation>Imagen de contenido</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Average (softer)</source>
        <translation>Promedio (más suave)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Luminance transfer</source>
        <translation>Transferir solo la luminancia</translation>
    </message>
    <message>
        <source>Histogram match</source>
        <translation>Igualar el histograma</translation>
    </message>
    <message>
        <source>Output si&amp;ze:</source>
        <translation>&amp;Tamaño de salida:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>O&amp;ptimizer:</source>
        <translation>Opti&amp;mizador:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Semi&amp;lla:</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Empe&amp;zar desde:</translation>
    </message>
    <message>
        <source>Poo&amp;ling:</source>
        <translation>A&amp;grupación:</translation>
    </message>
    <message>
        <source>&amp;Keep colours:</source>
        <translation>Conservar &amp;colores:</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Archivo de imagen…</translation>
    </message>
    <message>
        <source>The picture the optimisation starts from.</source>
        <translation>La imagen de la que parte la optimización.</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>Partir de una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>Ninguna imagen elegida</translation>
    </message>
    <message>
        <source>needs ≈ %1 of %2 free</source>
        <translation>necesita ≈ %1 de %2 libres</translation>
    </message>
    <message>
        <source>needs ≈ %1</source>
        <translation>necesita ≈ %1</translation>
    </message>
    <message>
        <source>Predicted peak memory of the run, and the memory the machine has available now.</source>
        <translation>Memoria máxima prevista de la ejecución y la memoria disponible ahora en el equipo.</translation>
    </message>
    <message>
        <source>This size does not fit in the free memory: Start offers the largest size that does.</source>
        <translation>Este tamaño no cabe en la memoria libre: Iniciar ofrece el mayor tamaño que cabe.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Off (output size only)</source>
        <translation>Desactivado (solo el tamaño de salida)</translation>
    </message>
    <message>
        <source>%1 sizes</source>
        <translation>%1 tamaños</translation>
    </message>
    <message>
        <source>Paint small first, then enlarge and refine: much faster to a good picture.</source>
        <translation>Pintar primero en pequeño y luego ampliar y refinar: se llega mucho antes a una buena imagen.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>Completa (fp32)</translation>
    </message>
    <message>
        <source>Reduced (bf16)</source>
        <translation>Reducida (bf16)</translation>
    </message>
    <message>
        <source>Automatic computes Adam runs in bf16 on processors that have it (faster, same quality within 2%) and everything else in fp32. Full turns reduced precision off.</source>
        <translation>Automático calcula las ejecuciones con Adam en bf16 en los procesadores que lo admiten (más rápido, la misma calidad con un margen del 2 %) y todo lo demás en fp32. Completa desactiva la precisión reducida.</translation>
    </message>
    <message>
        <source>Coarse to fi&amp;ne:</source>
        <translation>De grueso a fi&amp;no:</translation>
    </message>
    <message>
        <source>Prec&amp;ision:</source>
        <translation>Prec&amp;isión:</translation>
    </message>
    <message>
        <source>How often a frame is kept for export and the time-lapse. The preview itself refreshes about twice a second.</source>
        <translation>Con qué frecuencia se conserva un fotograma para exportar y para la cámara rápida. La vista previa en sí se actualiza unas dos veces por segundo.</translation>
    </message>
    <message>
        <source>Keep a frame e&amp;very:</source>
        <translation>Conservar un &amp;fotograma cada:</translation>
    </message>
    <message>
        <source>%1, in tiles of %2 px</source>
        <translation>%1, en teselas de %2 px</translation>
    </message>
    <message>
        <source>The whole picture does not fit in one pass: it is painted a tile at a time, with the same result, in more time.</source>
        <translation>La imagen entera no cabe en una sola pasada: se pinta tesela a tesela, con el mismo resultado, en más tiempo.</translation>
    </message>
    <message>
        <source>Stea&amp;diness</source>
        <translation>Esta&amp;bilidad</translation>
    </message>
    <message>
        <source>Temporal weight: how firmly each video frame holds to the one before it, against flicker. Changes a running video.</source>
        <translation>Peso temporal: cuánto se ciñe cada fotograma del vídeo al anterior, contra el parpadeo. Cambia un vídeo en curso.</translation>
    </message>
</context>
<context>
    <name>nss::StyleListPanel</name>
    <message>
        <source>Size of the painting&apos;s brush strokes relative to the output size.</source>
        <translation>Tamaño de las pinceladas del cuadro en relación con el tamaño de salida.</translation>
    </message>
    <message>
        <source>&amp;Add style</source>
        <translation>Añadir est&amp;ilo</translation>
    </message>
    <message>
        <source>Blend several paintings; each one&apos;s weight sets its share.</source>
        <translation>Mezcle varios cuadros; el peso de cada uno fija su proporción.</translation>
    </message>
    <message>
        <source>Style sc&amp;ale:</source>
        <translation>Escala &amp;del estilo:</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>Estilo %1</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>Suelte aquí un cuadro</translation>
    </message>
    <message>
        <source>blend </source>
        <translation>mezcla </translation>
    </message>
    <message>
        <source>This painting&apos;s share of the style; shares are normalised to sum to 1.</source>
        <translation>Proporción de este cuadro en el estilo; las proporciones se normalizan para que sumen 1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 is %2 px, painted at %3 px: its brush strokes will be enlarged %4×. A lower style scale keeps them finer.</source>
        <translation>%1 mide %2 px y se pinta a %3 px: sus pinceladas se ampliarán %4×. Una escala de estilo menor las mantiene más finas.</translation>
    </message>
    <message>
        <source>Part…</source>
        <translation>Parte…</translation>
    </message>
    <message>
        <source>Use Part of This Painting…</source>
        <translation>Usar una parte de este cuadro…</translation>
    </message>
    <message>
        <source>Use All of It</source>
        <translation>Usar todo el cuadro</translation>
    </message>
    <message>
        <source>Part of the painting</source>
        <translation>Parte del cuadro</translation>
    </message>
    <message>
        <source>Drop a painting here first.</source>
        <translation>Suelte primero un cuadro aquí.</translation>
    </message>
    <message>
        <source>The part of the painting to use</source>
        <translation>La parte del cuadro que se usa</translation>
    </message>
    <message>
        <source>Grey pictures, white where the painting counts (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>Imágenes grises, blancas donde cuenta el cuadro (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>There is no style %1.</source>
        <translation>No hay estilo %1.</translation>
    </message>
    <message>
        <source>Using part: %1</source>
        <translation>Parte usada: %1</translation>
    </message>
    <message>
        <source>Only the white part of %1 is used. Choose another part, or use all of the painting.</source>
        <translation>Solo se usa la parte blanca de %1. Elija otra parte o use todo el cuadro.</translation>
    </message>
    <message>
        <source>Use only part of this painting: choose a grey picture over it, white where its strokes and colours count.</source>
        <translation>Usar solo una parte de este cuadro: elija una imagen gris sobre él, blanca donde cuentan sus pinceladas y colores.</translation>
    </message>
</context>
<context>
    <name>nss::StyleObjective</name>
    <message>
        <source>The content image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>La imagen de contenido debe ser un tensor de coma flotante de 1 x 3 x H x W (se recibió %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>No content or style layer is selected.</source>
        <translation>No hay ninguna capa de contenido ni de estilo seleccionada.</translation>
    </message>
    <message>
        <source>No style image was given.</source>
        <translation>No se ha indicado ninguna imagen de estilo.</translation>
    </message>
    <message>
        <source>Each style image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>Cada imagen de estilo debe ser un tensor de coma flotante de 1 x 3 x H x W (se recibió %1).</translation>
    </message>
    <message>
        <source>%1 blend weights were given for %2 style images.</source>
        <translation>Se indicaron %1 pesos de mezcla para %2 imágenes de estilo.</translation>
    </message>
    <message>
        <source>Style blend weights must be finite and not negative (got %1).</source>
        <translation>Los pesos de mezcla de los estilos deben ser finitos y no negativos (se recibió %1).</translation>
    </message>
    <message>
        <source>The style blend weights add up to zero.</source>
        <translation>Los pesos de mezcla de los estilos suman cero.</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (expected conv1_1 ... conv5_4).</source>
        <translation>Capa de VGG-19 desconocida «%1» (se esperaba conv1_1 … conv5_4).</translation>
    </message>
    <message>
        <source>The weight of layer %1 must be finite and not negative.</source>
        <translation>El peso de la capa %1 debe ser finito y no negativo.</translation>
    </message>
    <message>
        <source>Computing the style and content targets failed: %1</source>
        <translation>No se pudieron calcular los objetivos de estilo y de contenido: %1</translation>
    </message>
    <message>
        <source>The %1 must be a 1 x 1 x %2 x %3 float tensor, the content&apos;s size (got %4).</source>
        <translation>La %1 debe ser un tensor de coma flotante de 1 x 1 x %2 x %3, el tamaño del contenido (se recibió %4).</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>Se dieron %1 máscaras de estilo para %2 imágenes de estilo.</translation>
    </message>
    <message>
        <source>style mask</source>
        <translation>máscara de estilo</translation>
    </message>
    <message>
        <source>keep-the-photo mask</source>
        <translation>máscara de conservar la foto</translation>
    </message>
    <message>
        <source>%1 source masks were given for %2 style images.</source>
        <translation>Se dieron %1 máscaras de origen para %2 imágenes de estilo.</translation>
    </message>
    <message>
        <source>The source mask of style %1 must be a 1 x 1 x %2 x %3 float tensor (got %4).</source>
        <translation>La máscara de origen del estilo %1 debe ser un tensor float de 1 x 1 x %2 x %3 (se recibió %4).</translation>
    </message>
    <message>
        <source>The part of style image %1 to use is empty: paint some of it white in its source mask.</source>
        <translation>La parte de la imagen de estilo %1 que se usa está vacía: pinte parte de ella de blanco en su máscara de origen.</translation>
    </message>
    <message>
        <source>Stopped while computing the style targets.</source>
        <translation>Detenido mientras se calculaban los objetivos de estilo.</translation>
    </message>
</context>
<context>
    <name>nss::StyleRunner</name>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale (%1).</source>
        <translation>No hay memoria suficiente para esta imagen: elija un tamaño de salida o una escala de estilo menores (%1).</translation>
    </message>
    <message>
        <source>The style engine failed: %1</source>
        <translation>El motor de estilo falló: %1</translation>
    </message>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale.</source>
        <translation>No hay memoria suficiente para esta imagen: elija un tamaño de salida o una escala de estilo menores.</translation>
    </message>
    <message>
        <source>No VGG-19 weights file is set.</source>
        <translation>No se ha indicado ningún archivo de pesos de VGG-19.</translation>
    </message>
    <message>
        <source>Loading VGG-19 weights…</source>
        <translation>Cargando los pesos de VGG-19…</translation>
    </message>
    <message>
        <source>The content image is empty.</source>
        <translation>La imagen de contenido está vacía.</translation>
    </message>
    <message>
        <source>Expected %1 style images, got %2.</source>
        <translation>Se esperaban %1 imágenes de estilo y se recibieron %2.</translation>
    </message>
    <message>
        <source>The style image %1 is empty.</source>
        <translation>La imagen de estilo %1 está vacía.</translation>
    </message>
    <message>
        <source>The image to start from (%1) is empty.</source>
        <translation>La imagen inicial (%1) está vacía.</translation>
    </message>
    <message>
        <source>Computing style targets (%1)…</source>
        <translation>Calculando los objetivos de estilo (%1)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4)…</source>
        <translation>Pintando a %1 × %2 px (escala %3 de %4)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4), tile %5 of %6…</source>
        <translation>Pintando a %1 × %2 px (escala %3 de %4), tesela %5 de %6…</translation>
    </message>
    <message>
        <source>Computing style targets (%1), tile %2 of %3…</source>
        <translation>Calculando los objetivos de estilo (%1), tesela %2 de %3…</translation>
    </message>
    <message>
        <source>The checkpoint was saved by a run of other pictures or settings: it cannot continue this one. Delete it, or choose another file, to start afresh.</source>
        <translation>El punto de control lo guardó una ejecución con otras imágenes u otros ajustes: no puede continuar esta. Bórrelo, o elija otro archivo, para empezar de cero.</translation>
    </message>
    <message>
        <source>The checkpoint does not fit this run&apos;s plan of scales (it was saved by another version of the app). Delete it to start afresh.</source>
        <translation>El punto de control no encaja con el plan de escalas de esta ejecución (lo guardó otra versión de la aplicación). Bórrelo para empezar de cero.</translation>
    </message>
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>Al menos uno de los pesos de contenido, estilo y variación total debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>Elija al menos una imagen de estilo.</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>Al menos un peso de mezcla de estilos debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>A content weight above 0 needs at least one content layer.</source>
        <translation>Un peso de contenido mayor que 0 requiere al menos una capa de contenido.</translation>
    </message>
    <message>
        <source>A style weight above 0 needs at least one style layer.</source>
        <translation>Un peso de estilo mayor que 0 requiere al menos una capa de estilo.</translation>
    </message>
    <message>
        <source>Choose the image to start from, or start from the content image or noise.</source>
        <translation>Elija la imagen de partida, o bien empiece desde la imagen de contenido o desde ruido.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>El ajuste «%1» tiene un valor de tipo incorrecto o fuera de rango.</translation>
    </message>
</context>
<context>
    <name>nss::StyleWorker</name>
    <message>
        <source>The style engine failed: %1</source>
        <translation>El motor de estilo falló: %1</translation>
    </message>
    <message>
        <source>The style engine failed unexpectedly.</source>
        <translation>El motor de estilo falló de forma inesperada.</translation>
    </message>
    <message>
        <source>Painting frame %1 of %2…</source>
        <translation>Pintando el fotograma %1 de %2…</translation>
    </message>
</context>
<context>
    <name>nss::TarDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 no es un archivo de pesos que esta aplicación pueda leer: %2</translation>
    </message>
    <message>
        <source>it is a truncated tar archive (its end marker is missing).</source>
        <translation>es un archivo tar truncado (falta su marca de fin).</translation>
    </message>
    <message>
        <source>it is a tar archive with a garbled or truncated member at byte %1.</source>
        <translation>es un archivo tar con un miembro dañado o truncado en el byte %1.</translation>
    </message>
    <message>
        <source>it is a tar archive with more than %1 members.</source>
        <translation>es un archivo tar con más de %1 miembros.</translation>
    </message>
</context>
<context>
    <name>nss::VggNet</name>
    <message>
        <source>VGG-19 has no convolution at feature index %1.</source>
        <translation>VGG-19 no tiene ninguna convolución en el índice de características %1.</translation>
    </message>
    <message>
        <source>The VGG-19 weights lack the convolution at feature index %1 (features.%1).</source>
        <translation>A los pesos de VGG-19 les falta la convolución del índice de características %1 (features.%1).</translation>
    </message>
    <message>
        <source>The VGG-19 weights have the wrong shape at features.%1.</source>
        <translation>Los pesos de VGG-19 tienen una forma incorrecta en features.%1.</translation>
    </message>
    <message>
        <source>The VGG-19 weights could not be prepared: %1</source>
        <translation>No se pudieron preparar los pesos de VGG-19: %1</translation>
    </message>
</context>
<context>
    <name>nss::WebpAnimation</name>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>Esta libwebp no es la versión con la que se compiló la aplicación</translation>
    </message>
    <message>
        <source>WebP animation encoder could not be created (out of memory?)</source>
        <translation>No se pudo crear el codificador de animaciones WebP (¿memoria insuficiente?)</translation>
    </message>
    <message>
        <source>A time-lapse frame is %1 x %2 pixels, not %3 x %4</source>
        <translation>Un fotograma de la cámara rápida mide %1 × %2 píxeles en lugar de %3 × %4</translation>
    </message>
    <message>
        <source>WebP animation encoding failed: %1</source>
        <translation>Falló la codificación de la animación WebP: %1</translation>
    </message>
    <message>
        <source>The time-lapse was already finished</source>
        <translation>La cámara rápida ya estaba finalizada</translation>
    </message>
</context>
<context>
    <name>nss::WeightsCache</name>
    <message>
        <source>The weights cache %1 cannot be written: %2.</source>
        <translation>No se puede escribir la caché de pesos %1: %2.</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDialog</name>
    <message>
        <source>VGG-19 weights needed</source>
        <translation>Se necesitan los pesos de VGG-19</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>Pesos de VGG-19</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Pesos de PyTorch (*.pth *.pt *.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a weights file.</source>
        <translation>«%1» es una carpeta, no un archivo de pesos.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>No se puede leer «%1» (compruebe sus permisos).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Download paused at %1 MB; Resume continues from there.</source>
        <translation>Descarga detenida en %1 MB; «Reanudar» continúa desde ahí.</translation>
    </message>
    <message>
        <source>%1 MB downloaded earlier; Resume continues from there.</source>
        <translation>Ya se descargaron %1 MB; «Reanudar» continúa desde ahí.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>&lt;p&gt;Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs torchvision&apos;s weights file once:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Download&lt;/b&gt; fetches it into &lt;tt&gt;%4&lt;/tt&gt; (it can be stopped and resumed). Or choose a copy you already have, for example from PyTorch&apos;s cache, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. The choice is remembered; Preferences can change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neural Style Studio pinta con la red VGG-19 entrenada en ImageNet. Necesita una vez el archivo de pesos de torchvision:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, licencia CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Descargar&lt;/b&gt; lo guarda en &lt;tt&gt;%4&lt;/tt&gt; (la descarga se puede detener y reanudar). O elija una copia que ya tenga, por ejemplo de la caché de PyTorch, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. La elección se recuerda; las Preferencias pueden cambiarla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>S&amp;top Download</source>
        <translation>De&amp;tener descarga</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>&amp;Reanudar descarga</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1</source>
        <translation>Descargado y verificado: %1</translation>
    </message>
    <message>
        <source>Checking the downloaded file…</source>
        <translation>Comprobando el archivo descargado…</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDownloader</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place (%1). Delete %2 and start again.</source>
        <translation>El servidor reanudó la descarga en el lugar equivocado (%1). Elimine %2 y vuelva a empezar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? %3 MB are needed.</source>
        <translation>No se puede escribir %1: %2. ¿Está lleno el disco? Se necesitan %3 MB.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>El servidor respondió HTTP %1 (%2) para %3.</translation>
    </message>
    <message>
        <source>The download was interrupted after %1 MB: %2. Start it again to resume where it stopped.</source>
        <translation>La descarga se interrumpió tras %1 MB: %2. Iníciela de nuevo para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>The download from %1 stalled (no data for %2 seconds). Check the network connection and try again.</source>
        <translation>La descarga desde %1 se detuvo (sin datos durante %2 segundos). Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2. Check the network connection and try again.</source>
        <translation>No se puede acceder a %1: %2. Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its SHA-256 starts with %1, %2 was expected. It was deleted; start the download again.</source>
        <translation>El archivo descargado está dañado: su SHA-256 empieza por %1, se esperaba %2. Se ha eliminado; vuelva a iniciar la descarga.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>No se puede renombrar %1 a %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2.</source>
        <translation>No se puede volver a leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>nss::ZipDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 no es un archivo de pesos que esta aplicación pueda leer: %2</translation>
    </message>
    <message>
        <source>its zip directory cannot be read.</source>
        <translation>no se puede leer su directorio zip.</translation>
    </message>
    <message>
        <source>it is a truncated zip archive (its directory at the end is missing).</source>
        <translation>es un archivo zip truncado (falta su directorio al final).</translation>
    </message>
    <message>
        <source>its zip64 directory locator is missing.</source>
        <translation>falta su localizador de directorio zip64.</translation>
    </message>
    <message>
        <source>its zip64 directory record is missing.</source>
        <translation>falta su registro de directorio zip64.</translation>
    </message>
    <message>
        <source>its zip directory lies outside the file (truncated?).</source>
        <translation>su directorio zip queda fuera del archivo (¿truncado?).</translation>
    </message>
    <message>
        <source>its zip directory is garbled (entry %1).</source>
        <translation>su directorio zip está dañado (entrada %1).</translation>
    </message>
    <message>
        <source>its zip entry %1 is compressed; PyTorch writes them uncompressed.</source>
        <translation>su entrada zip %1 está comprimida; PyTorch las escribe sin comprimir.</translation>
    </message>
    <message>
        <source>its zip entry %1 has impossible sizes.</source>
        <translation>su entrada zip %1 tiene tamaños imposibles.</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: the zip entry %2 is garbled.</source>
        <translation>%1 no es un archivo de pesos que esta aplicación pueda leer: la entrada zip %2 está dañada.</translation>
    </message>
    <message>
        <source>%1 is truncated: the zip entry %2 reaches past the end of the file.</source>
        <translation>%1 está truncado: la entrada zip %2 sobrepasa el final del archivo.</translation>
    </message>
</context>
</TS>
