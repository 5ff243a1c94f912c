<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Use N threads for the engine (default: all cores).</source>
        <translation>Usa N hilos para el motor (predeterminado: todos los núcleos).</translation>
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
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>los metadatos incrustados no contienen ajustes</translation>
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
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>Suelte aquí un cuadro</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>Aquí aparecerá la imagen mientras se pinta.</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>Suelte una foto y un cuadro para empezar.</translation>
    </message>
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>Output size must be between 16 and %1 pixels (got %2).</source>
        <translation>El tamaño de salida debe estar entre 16 y %1 píxeles (se indicó %2).</translation>
    </message>
    <message>
        <source>Style scale must be between 0.05 and 8 (got %1).</source>
        <translation>La escala del estilo debe estar entre 0,05 y 8 (se indicó %1).</translation>
    </message>
    <message>
        <source>Steps must be between 1 and %1 (got %2).</source>
        <translation>El número de pasos debe estar entre 1 y %1 (se indicó %2).</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most 10 (got %1).</source>
        <translation>La tasa de aprendizaje debe ser mayor que 0 y como máximo 10 (se indicó %1).</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between 1 and 1000 (got %1).</source>
        <translation>El tamaño del historial de L-BFGS debe estar entre 1 y 1000 (se indicó %1).</translation>
    </message>
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>El peso de %1 debe ser un número entre 0 y 1e15 (se indicó %2).</translation>
    </message>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>Al menos uno de los pesos de contenido, estilo y variación total debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>Elija al menos una imagen de estilo.</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>Los pesos de mezcla de estilos deben ser números entre 0 y 1e6 (se indicó %1).</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>Al menos un peso de mezcla de estilos debe ser mayor que 0.</translation>
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
        <source>The preview interval must be at least 1 step (got %1).</source>
        <translation>El intervalo de vista previa debe ser de al menos 1 paso (se indicó %1).</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and 1024 (got %1).</source>
        <translation>El número de hilos debe estar entre 0 (todos los núcleos) y 1024 (se indicó %1).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>El ajuste «%1» tiene un valor de tipo incorrecto o fuera de rango.</translation>
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
</TS>
