<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>VideoFile</name>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>Mémoire insuffisante à l’ouverture de %1.</translation>
    </message>
    <message>
        <source>A %1 file cannot hold the sound of %2, which is %3, and the sound is copied, not converted. Save as .mkv, which holds any sound.</source>
        <translation>Un fichier %1 ne peut pas contenir le son de %2, qui est en %3, et le son est copié, pas converti. Enregistrez en .mkv, qui accepte tout son.</translation>
    </message>
    <message>
        <source>The sound of %1 could not be read: %2.</source>
        <translation>Le son de %1 n’a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Is the disk full? Nothing was saved.</source>
        <translation>Impossible d’écrire %1 : %2. Le disque est-il plein ? Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No video file was given.</source>
        <translation>Aucun fichier vidéo n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a video file.</source>
        <translation>%1 est un dossier, pas un fichier vidéo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 could not be read as a video: it is not in a video format this program knows, or the file is damaged or incomplete (%2).</source>
        <translation>%1 n’a pas pu être lu comme vidéo : il n’est pas dans un format vidéo que ce programme connaît, ou le fichier est endommagé ou incomplet (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its streams could not be read (%2).</source>
        <translation>%1 est endommagé : ses flux n’ont pas pu être lus (%2).</translation>
    </message>
    <message>
        <source>%1 is a picture, not a video.</source>
        <translation>%1 est une image, pas une vidéo.</translation>
    </message>
    <message>
        <source>%1 has no video stream: it holds only sound.</source>
        <translation>%1 n’a pas de flux vidéo : il ne contient que du son.</translation>
    </message>
    <message>
        <source>%1 has no video stream.</source>
        <translation>%1 n’a pas de flux vidéo.</translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation>%1 n’est pas un fichier vidéo.</translation>
    </message>
    <message>
        <source>%1 uses the video codec &quot;%2&quot;, which this program cannot decode.</source>
        <translation>%1 utilise le codec vidéo « %2 », que ce programme ne sait pas décoder.</translation>
    </message>
    <message>
        <source>%1 does not say how large its pictures are: the file is damaged.</source>
        <translation>%1 n’indique pas la taille de ses images : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels, larger than this program accepts (at most %4 pixels on a side and %5 megapixels).</source>
        <translation>%1 fait %2 × %3 pixels, plus que ce que ce programme accepte (au plus %4 pixels de côté et %5 mégapixels).</translation>
    </message>
    <message>
        <source>%1 could not be read after frame %2: %3.</source>
        <translation>%1 n’a pas pu être lu après l’image %2 : %3.</translation>
    </message>
    <message>
        <source>%1 ends early: it stops after frame %2 of %3. The file is incomplete, perhaps cut off while it was copied or recorded.</source>
        <translation>%1 s’arrête trop tôt : après l’image %2 sur %3. Le fichier est incomplet, peut-être coupé pendant une copie ou un enregistrement.</translation>
    </message>
    <message>
        <source>%1 has no video frames.</source>
        <translation>%1 ne contient aucune image vidéo.</translation>
    </message>
    <message>
        <source>%1: frame %2 could not be converted to a picture.</source>
        <translation>%1 : l’image %2 n’a pas pu être convertie.</translation>
    </message>
    <message>
        <source>%1 is damaged: frame %2 could not be decoded (%3).</source>
        <translation>%1 est endommagé : l’image %2 n’a pas pu être décodée (%3).</translation>
    </message>
    <message>
        <source>%1: the %2 decoder could not start (%3).</source>
        <translation>%1 : le décodeur %2 n’a pas pu démarrer (%3).</translation>
    </message>
    <message>
        <source>Could not encode frame %1 of %2 (%3). Nothing was saved.</source>
        <translation>Impossible d’encoder l’image %1 de %2 (%3). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No file name was given to save the video to.</source>
        <translation>Aucun nom de fichier n’a été indiqué pour enregistrer la vidéo.</translation>
    </message>
    <message>
        <source>Cannot save %1: videos are saved as .mp4, .mov, .m4v, .mkv or .webm.</source>
        <translation>Impossible d’enregistrer %1 : les vidéos s’enregistrent en .mp4, .mov, .m4v, .mkv ou .webm.</translation>
    </message>
    <message>
        <source>Cannot save %1: a video of %2 x %3 pixels is not possible.</source>
        <translation>Impossible d’enregistrer %1 : une vidéo de %2 × %3 pixels n’est pas possible.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2/%3 frames per second is not a frame rate.</source>
        <translation>Impossible d’enregistrer %1 : %2/%3 images par seconde n’est pas une cadence.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>Impossible d’enregistrer %1 : le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder.</source>
        <translation>Impossible d’enregistrer %1 : c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot save %1: this FFmpeg has no %2 encoder.</source>
        <translation>Impossible d’enregistrer %1 : ce FFmpeg n’a pas d’encodeur %2.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a file in the folder %2 (%3).</source>
        <translation>Impossible d’enregistrer %1 : impossible de créer un fichier dans le dossier %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot save %1: the %2 encoder could not start (%3).</source>
        <translation>Impossible d’enregistrer %1 : l’encodeur %2 n’a pas pu démarrer (%3).</translation>
    </message>
    <message>
        <source>Cannot save %1: the video could not be started (%2).</source>
        <translation>Impossible d’enregistrer %1 : la vidéo n’a pas pu être commencée (%2).</translation>
    </message>
    <message>
        <source>%1 is already complete.</source>
        <translation>%1 est déjà terminé.</translation>
    </message>
    <message>
        <source>A frame of %1 x %2 pixels cannot go into %3, which is %4 x %5.</source>
        <translation>Une image de %1 × %2 pixels ne peut pas aller dans %3, qui fait %4 × %5.</translation>
    </message>
    <message>
        <source>Out of memory while writing %1.</source>
        <translation>Mémoire insuffisante à l’écriture de %1.</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: the video has no frames.</source>
        <translation>Rien n’a été enregistré dans %1 : la vidéo n’a aucune image.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>Impossible d’enregistrer %1 : %2. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Neural Style Studio, headless: repaint a photo in the style of a painting.</source>
        <translation>Neural Style Studio sans interface graphique&#xa0;: repeint une photo dans le style d’un tableau.</translation>
    </message>
    <message>
        <source>Print the version and the LibTorch build.</source>
        <translation>Affiche la version et la compilation de LibTorch.</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format : %1</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>taille : %1 octets</translation>
    </message>
    <message>
        <source>tensors: %1</source>
        <translation>tenseurs : %1</translation>
    </message>
    <message>
        <source>(torchvision&apos;s official file)</source>
        <translation>(le fichier officiel de torchvision)</translation>
    </message>
    <message>
        <source>VGG-19 convolutions found: %1 of %2</source>
        <translation>Convolutions VGG-19 trouvées : %1 sur %2</translation>
    </message>
    <message>
        <source>The VGG-19 weights file (.pth or .safetensors). Default: $NSS_VGG19_WEIGHTS, then vgg19-dcbad4b5.pth in the app&apos;s data folder.</source>
        <translation>Le fichier de poids VGG-19 (.pth ou .safetensors). Par défaut : $NSS_VGG19_WEIGHTS, puis vgg19-dcbad4b5.pth dans le dossier de données de l&apos;application.</translation>
    </message>
    <message>
        <source>Check the weights file (format, tensors, the 16 VGG-19 convolutions and their shapes) and exit: 0 if usable.</source>
        <translation>Vérifier le fichier de poids (format, tenseurs, les 16 convolutions VGG-19 et leurs formes) et quitter : 0 s&apos;il est utilisable.</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>Impossible d’écrire %1 : type d’image inconnu « %2 » (utilisez .png, .jpg, .tif ou .webp).</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>Impossible d’écrire %1 : le dossier %2 n’existe pas ou n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the frames folder %1.</source>
        <translation>Impossible de créer le dossier des images %1.</translation>
    </message>
    <message>
        <source>Open FILE as the content photo.</source>
        <translation>Ouvrir FILE comme photo de contenu.</translation>
    </message>
    <message>
        <source>Open FILE as a style painting (repeat for several).</source>
        <translation>Ouvrir FILE comme tableau de style (répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Use FILE as the VGG-19 weights (remembered).</source>
        <translation>Utiliser FILE comme poids VGG-19 (mémorisé).</translation>
    </message>
    <message>
        <source>Open the project FILE (.nssproj).</source>
        <translation>Ouvrir le fichier de projet FILE (.nssproj).</translation>
    </message>
    <message>
        <source>Start painting at once.</source>
        <translation>Commencer à peindre immédiatement.</translation>
    </message>
    <message>
        <source>With --check-weights: also print the SHA-256 (reads the whole file).</source>
        <translation>Avec --check-weights : affiche aussi le SHA-256 (lit tout le fichier).</translation>
    </message>
    <message>
        <source>variant: %1</source>
        <translation>variante : %1</translation>
    </message>
    <message>
        <source>Frame %1 was not saved: %2 The run goes on.</source>
        <translation>L’image %1 n’a pas été enregistrée : %2 Le calcul continue.</translation>
    </message>
    <message>
        <source>Interrupted at step %1 of %2: wrote the picture so far to %3 (%4).</source>
        <translation>Interrompu à l’étape %1 sur %2 : l’image obtenue jusqu’ici a été écrite dans %3 (%4).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 écrit (%2).</translation>
    </message>
    <message>
        <source>Interrupted before the first step: there is no picture to write.</source>
        <translation>Interrompu avant la première étape : il n’y a pas d’image à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) could not be saved.</source>
        <translation>
            <numerusform>%n image n’a pas pu être enregistrée.</numerusform>
            <numerusform>%n images n’ont pas pu être enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use N threads for the engine in this session (default: Preferences, else all cores).</source>
        <translation>Utiliser N threads pour le moteur dans cette session (par défaut&#xa0;: Préférences, sinon tous les cœurs).</translation>
    </message>
    <message>
        <source>The checkpoint %1 was saved by a run of other pictures or settings. Run that command again to continue it, or delete the file to start afresh.</source>
        <translation>Le point de reprise %1 a été enregistré par un calcul portant sur d’autres images ou d’autres réglages. Relancez la commande de ce calcul pour le poursuivre, ou supprimez le fichier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>Continuing from %1: step %2 of %3, saved %4.</source>
        <translation>Reprise depuis %1 : étape %2 sur %3, enregistrée le %4.</translation>
    </message>
    <message>
        <source>The checkpoint was not saved: %1 The run goes on.</source>
        <translation>Le point de reprise n’a pas été enregistré : %1 Le calcul continue.</translation>
    </message>
    <message>
        <source>Saved step %1 to %2: run the same command again to continue.</source>
        <translation>Étape %1 enregistrée dans %2 : relancez la même commande pour continuer.</translation>
    </message>
    <message>
        <source>--checkpoint is for a single picture: a video continues by itself from its last finished frame.</source>
        <translation>--checkpoint est réservé à une image unique : une vidéo reprend d’elle-même à partir de sa dernière image terminée.</translation>
    </message>
</context>
<context>
    <name>nss</name>
    <message>
        <source>Could not save %1: %2. Any previous file of that name is unchanged.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2. Un fichier existant portant ce nom n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2.</source>
        <translation>Impossible d’ouvrir %1 en écriture&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No file name was given to save to.</source>
        <translation>Aucun nom de fichier n’a été indiqué pour l’enregistrement.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Could not save %1: cannot create a file in the folder %2 (%3). Choose a folder you can write to.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: impossible de créer un fichier dans le dossier %2 (%3). Choisissez un dossier dans lequel vous avez le droit d’écrire.</translation>
    </message>
    <message>
        <source>The image could not be encoded as %1: %2</source>
        <translation>Impossible d’encoder l’image en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>TIFF image (*.tif *.tiff)</source>
        <translation>Image TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>Image WebP (*.webp)</translation>
    </message>
    <message>
        <source>There is no image to export yet.</source>
        <translation>Il n’y a pas encore d’image à exporter.</translation>
    </message>
    <message>
        <source>The TIFF written by Qt could not be given its metadata.</source>
        <translation>Impossible d’ajouter les métadonnées au fichier TIFF écrit par Qt.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Format d’exportation inconnu.</translation>
    </message>
    <message>
        <source>Could not save %1: &quot;%2&quot; is not an export format; use .png, .jpg, .tif or .webp.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un format d’exportation&#x202f;; utilisez .png, .jpg, .tif ou .webp.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to look for settings in.</source>
        <translation>%1 est trop volumineux pour y rechercher des réglages.</translation>
    </message>
    <message>
        <source>%1 holds no Neural Style Studio settings: it was not exported by this app, or another program removed its metadata.</source>
        <translation>%1 ne contient aucun réglage de Neural Style Studio&#xa0;: il n’a pas été exporté par cette application, ou un autre programme a supprimé ses métadonnées.</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be used: %2</source>
        <translation>Les réglages contenus dans %1 sont inutilisables&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an image in a format this app can read (PNG, JPEG, TIFF, WebP, BMP, ...).</source>
        <translation>%1 n’est pas une image dans un format que cette application sait lire (PNG, JPEG, TIFF, WebP, BMP…).</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels); the limit is %4 megapixels and %5 pixels a side.</source>
        <translation>%1 est trop volumineux (%2 × %3 pixels)&#x202f;; la limite est de %4 mégapixels et de %5 pixels par côté.</translation>
    </message>
    <message>
        <source>%1 could not be decoded: %2.</source>
        <translation>Impossible de décoder %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels).</source>
        <translation>%1 est trop volumineux (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>No image file was given.</source>
        <translation>Aucun fichier image n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 does not exist (%2).</source>
        <translation>%1 n’existe pas (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file.</source>
        <translation>%1 est un dossier, pas un fichier image.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Impossible de lire %1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 est vide (0 octet).</translation>
    </message>
    <message>
        <source>WebP encoding ran out of memory</source>
        <translation>Mémoire insuffisante pour l’encodage WebP</translation>
    </message>
    <message>
        <source>WebP encoding failed (libwebp error %1)</source>
        <translation>Échec de l’encodage WebP (erreur libwebp %1)</translation>
    </message>
    <message>
        <source>WebP metadata could not be added: the encoded image was not readable</source>
        <translation>Impossible d’ajouter les métadonnées WebP&#xa0;: l’image encodée est illisible</translation>
    </message>
    <message>
        <source>WebP metadata could not be added</source>
        <translation>Impossible d’ajouter les métadonnées WebP</translation>
    </message>
    <message>
        <source>WebP cannot store %1 x %2 pixels; its limit is %3 pixels a side</source>
        <translation>WebP ne peut pas stocker %1 × %2 pixels&#x202f;; sa limite est de %3 pixels par côté</translation>
    </message>
    <message>
        <source>There is no image to encode</source>
        <translation>Il n’y a aucune image à encoder</translation>
    </message>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>Cette libwebp n’est pas la version avec laquelle l’application a été compilée</translation>
    </message>
    <message>
        <source>There are no frames to export yet.</source>
        <translation>Il n’y a pas encore d’images à exporter.</translation>
    </message>
    <message>
        <source>Could not export the frames: %1 is a file, not a folder.</source>
        <translation>Impossible d’exporter les images&#xa0;: %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 does not exist.</source>
        <translation>Impossible d’exporter les images&#xa0;: le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 could not be created.</source>
        <translation>Impossible d’exporter les images&#xa0;: le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Frame %1 of %2: %3</source>
        <translation>Image %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 frames were saved in %3.</source>
        <translation>Exportation annulée&#xa0;: %1 images sur %2 ont été enregistrées dans %3.</translation>
    </message>
    <message>
        <source>Could not save %1: a time-lapse is an animated WebP; use the .webp extension.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: un time-lapse est un WebP animé&#x202f;; utilisez l’extension .webp.</translation>
    </message>
    <message>
        <source>There are no frames to make a time-lapse of yet.</source>
        <translation>Il n’y a pas encore d’images pour créer un time-lapse.</translation>
    </message>
    <message>
        <source>The time-lapse frame delay must be at least 1 ms.</source>
        <translation>La durée d’affichage de chaque image du time-lapse doit être d’au moins 1 ms.</translation>
    </message>
    <message>
        <source>Could not save %1: frame %2 has no image.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: l’image %2 est vide.</translation>
    </message>
    <message>
        <source>Time-lapse cancelled; %1 was not written.</source>
        <translation>Time-lapse annulé&#x202f;; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Neural Style Studio project (*.%1)</source>
        <translation>Projet Neural Style Studio (*.%1)</translation>
    </message>
    <message>
        <source>No project file was given.</source>
        <translation>Aucun fichier de projet n’a été indiqué.</translation>
    </message>
    <message>
        <source>The project %1 does not exist (%2).</source>
        <translation>Le projet %1 n’existe pas (%2).</translation>
    </message>
    <message>
        <source>The project %1 is a folder, not a file.</source>
        <translation>Le projet %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is far too large (%2 MB).</source>
        <translation>%1 n’est pas un projet Neural Style Studio&#xa0;: il est beaucoup trop volumineux (%2 Mo).</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: %2.</source>
        <translation>Impossible de lire le projet %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is not JSON (%2 at byte %3).</source>
        <translation>%1 n’est pas un projet Neural Style Studio&#xa0;: ce n’est pas du JSON (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>%1 is JSON but not a Neural Style Studio project.</source>
        <translation>%1 est bien du JSON, mais pas un projet Neural Style Studio.</translation>
    </message>
    <message>
        <source>The project %1 has no valid format version.</source>
        <translation>Le projet %1 n’a pas de version de format valide.</translation>
    </message>
    <message>
        <source>The project %1 was saved by a newer Neural Style Studio (%2, project format %3); this version reads format %4 and older. Update the app to open it.</source>
        <translation>Le projet %1 a été enregistré par une version plus récente de Neural Style Studio (%2, format de projet %3)&#x202f;; cette version lit le format %4 et les précédents. Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The project %1 has a bad setting: %2</source>
        <translation>Le projet %1 contient un réglage incorrect&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project %1 uses images that are missing: %2.</source>
        <translation>Le projet %1 utilise des images introuvables&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: the data of tensor %2 could not be read (%3).</source>
        <translation>%1 : les données du tenseur %2 n&apos;ont pas pu être lues (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>VGG-19 has feature layers 0 to 34; %1 was asked for.</source>
        <translation>VGG-19 a les couches de caractéristiques 0 à 34 ; %1 a été demandée.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n&apos;a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>%1 has no tensor %2 (%3): it is not a torchvision VGG-19 state_dict.</source>
        <translation>%1 n&apos;a pas de tenseur %2 (%3) : ce n&apos;est pas un state_dict VGG-19 de torchvision.</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, VGG-19 expects %4.</source>
        <translation>%1 : le tenseur %2 a la forme %3, VGG-19 attend %4.</translation>
    </message>
    <message>
        <source>%1: tensor %2 holds %3, not floating-point numbers.</source>
        <translation>%1 : le tenseur %2 contient des %3, pas des nombres à virgule flottante.</translation>
    </message>
    <message>
        <source>No weights file was given.</source>
        <translation>Aucun fichier de poids n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a weights file.</source>
        <translation>%1 est un dossier, pas un fichier de poids.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2.</source>
        <translation>%1 n&apos;a pas pu être lu jusqu&apos;au bout : %2.</translation>
    </message>
    <message>
        <source>%1 (set by the environment variable %2)</source>
        <translation>%1 (défini par la variable d&apos;environnement %2)</translation>
    </message>
    <message>
        <source>The VGG-19 weights were not found. Download %1 (548 MB, CC BY 4.0) from %2 and either put it in %3, set the environment variable %4 to its path, or pass --weights FILE.</source>
        <translation>Les poids VGG-19 sont introuvables. Téléchargez %1 (548 Mo, CC BY 4.0) depuis %2, puis placez-le dans %3, définissez la variable d&apos;environnement %4 avec son chemin, ou passez --weights FICHIER.</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 n&apos;est pas un fichier de poids lisible par cette application : %2</translation>
    </message>
    <message>
        <source>storage %1 is described twice, differently.</source>
        <translation>le stockage %1 est décrit deux fois, différemment.</translation>
    </message>
    <message>
        <source>it is a Python pickle without PyTorch&apos;s magic number.</source>
        <translation>c&apos;est un pickle Python sans le nombre magique de PyTorch.</translation>
    </message>
    <message>
        <source>its PyTorch protocol version is %1 (1001 expected).</source>
        <translation>sa version de protocole PyTorch est %1 (1001 attendu).</translation>
    </message>
    <message>
        <source>it was written on a big-endian machine.</source>
        <translation>il a été écrit sur une machine big-endian.</translation>
    </message>
    <message>
        <source>its list of storages names %1, which no tensor uses.</source>
        <translation>sa liste de stockages nomme %1, qu&apos;aucun tenseur n&apos;utilise.</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 is missing (the file has %3 bytes).</source>
        <translation>il est tronqué : le stockage %1 sur %2 manque (le fichier fait %3 octets).</translation>
    </message>
    <message>
        <source>storage %1 holds %2 elements, its tensors say %3.</source>
        <translation>le stockage %1 contient %2 éléments, ses tenseurs en annoncent %3.</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.</source>
        <translation>il est tronqué : le stockage %1 sur %2 nécessite %3 octets à la position %4, le fichier en fait %5.</translation>
    </message>
    <message>
        <source>the data of tensor %1 is missing.</source>
        <translation>les données du tenseur %1 manquent.</translation>
    </message>
    <message>
        <source>it is a zip archive without data.pkl (not written by torch.save).</source>
        <translation>c&apos;est une archive zip sans data.pkl (non écrite par torch.save).</translation>
    </message>
    <message>
        <source>its archive has no entry %1.</source>
        <translation>son archive n&apos;a pas d&apos;entrée %1.</translation>
    </message>
    <message>
        <source>its entry %1 has %2 bytes, %3 are needed.</source>
        <translation>son entrée %1 fait %2 octets, il en faut %3.</translation>
    </message>
    <message>
        <source>it is too short for a safetensors header.</source>
        <translation>il est trop court pour un en-tête safetensors.</translation>
    </message>
    <message>
        <source>its safetensors header claims %1 bytes, the file has %2.</source>
        <translation>son en-tête safetensors annonce %1 octets, le fichier en fait %2.</translation>
    </message>
    <message>
        <source>its safetensors header cannot be read.</source>
        <translation>son en-tête safetensors ne peut pas être lu.</translation>
    </message>
    <message>
        <source>its safetensors header is not valid JSON (%1 at byte %2).</source>
        <translation>son en-tête safetensors n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>its header describes tensor %1 incompletely.</source>
        <translation>son en-tête décrit le tenseur %1 de façon incomplète.</translation>
    </message>
    <message>
        <source>tensor %1 has an invalid shape.</source>
        <translation>le tenseur %1 a une forme invalide.</translation>
    </message>
    <message>
        <source>the data of tensor %1 lies outside the file or does not match its shape %2 (truncated?).</source>
        <translation>les données du tenseur %1 sont hors du fichier ou ne correspondent pas à sa forme %2 (tronqué ?).</translation>
    </message>
    <message>
        <source>its safetensors header lists no tensors.</source>
        <translation>son en-tête safetensors ne liste aucun tenseur.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>it is neither a PyTorch file (.pth, .pt) nor a safetensors file.</source>
        <translation>ce n&apos;est ni un fichier PyTorch (.pth, .pt) ni un fichier safetensors.</translation>
    </message>
    <message>
        <source>PyTorch legacy (torch.save before 1.6)</source>
        <translation>PyTorch ancien format (torch.save avant 1.6)</translation>
    </message>
    <message>
        <source>The photo to repaint.</source>
        <translation>La photo à repeindre.</translation>
    </message>
    <message>
        <source>A painting whose style to use; repeat for several.</source>
        <translation>Une peinture dont le style sera utilisé ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Relative weights of the style images, one per --style.</source>
        <translation>Poids relatifs des images de style, un par --style.</translation>
    </message>
    <message>
        <source>Where to write the picture (PNG, JPEG, ... by its suffix).</source>
        <translation>Où écrire l’image (PNG, JPEG, ... selon son extension).</translation>
    </message>
    <message>
        <source>Longest side of the output (default 512); the aspect ratio is kept.</source>
        <translation>Plus grand côté de la sortie (512 par défaut) ; les proportions sont conservées.</translation>
    </message>
    <message>
        <source>Optimisation steps (L-BFGS: loss evaluations; default 300).</source>
        <translation>Étapes d’optimisation (L-BFGS : évaluations de la perte ; 300 par défaut).</translation>
    </message>
    <message>
        <source>The optimiser (default lbfgs).</source>
        <translation>L’optimiseur (lbfgs par défaut).</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate, on RGB values in 0..1 (default 0.02).</source>
        <translation>Taux d’apprentissage d’Adam, sur des valeurs RVB dans 0..1 (0.02 par défaut).</translation>
    </message>
    <message>
        <source>Weight of the content loss (default 1).</source>
        <translation>Poids de la perte de contenu (1 par défaut).</translation>
    </message>
    <message>
        <source>Weight of the style loss (default 1e6).</source>
        <translation>Poids de la perte de style (1e6 par défaut).</translation>
    </message>
    <message>
        <source>Weight of the total-variation (smoothness) loss (default 0).</source>
        <translation>Poids de la perte de variation totale (lissage) (0 par défaut).</translation>
    </message>
    <message>
        <source>Start from the photo (default), seeded noise, or an image file.</source>
        <translation>Partir de la photo (par défaut), d’un bruit avec graine ou d’un fichier image.</translation>
    </message>
    <message>
        <source>Random seed: the same seed, inputs and options give the same bytes (default 0).</source>
        <translation>Graine aléatoire : même graine, mêmes entrées et options donnent les mêmes octets (0 par défaut).</translation>
    </message>
    <message>
        <source>VGG pooling (default max).</source>
        <translation>Pooling VGG (max par défaut).</translation>
    </message>
    <message>
        <source>Keep the photo&apos;s colours: luminance-only transfer or colour-histogram matching.</source>
        <translation>Garder les couleurs de la photo : transfert de la luminance seule ou ajustement de l’histogramme des couleurs.</translation>
    </message>
    <message>
        <source>Size of the style image relative to the output (default 1).</source>
        <translation>Taille de l’image de style par rapport à la sortie (1 par défaut).</translation>
    </message>
    <message>
        <source>Save a frame every n steps into --frames-dir.</source>
        <translation>Enregistrer une image toutes les n étapes dans --frames-dir.</translation>
    </message>
    <message>
        <source>Folder for the frames (created if missing; every 100 steps unless --save-every).</source>
        <translation>Dossier des images (créé s’il manque ; toutes les 100 étapes sauf avec --save-every).</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>Threads LibTorch (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>--%1 expects %2 (got &quot;%3&quot;).</source>
        <translation>--%1 attend %2 (reçu « %3 »).</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>Time the run and print one JSON line: size, steps, optimizer, median seconds per step, peak RSS.</source>
        <translation>Chronométrer l’exécution et afficher une ligne JSON : taille, étapes, optimiseur, médiane des secondes par étape, RSS maximal.</translation>
    </message>
    <message>
        <source>Choose the photo to repaint with --content FILE.</source>
        <translation>Choisissez la photo à repeindre avec --content FICHIER.</translation>
    </message>
    <message>
        <source>Choose at least one style image with --style FILE.</source>
        <translation>Choisissez au moins une image de style avec --style FICHIER.</translation>
    </message>
    <message>
        <source>--style-blend has %1 weights for %2 style images.</source>
        <translation>--style-blend a %1 poids pour %2 images de style.</translation>
    </message>
    <message>
        <source>--style-blend expects numbers separated by commas (got &quot;%1&quot;).</source>
        <translation>--style-blend attend des nombres séparés par des virgules (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Choose where to write the picture with --output FILE.</source>
        <translation>Choisissez où écrire l’image avec --output FICHIER.</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 (got %1).</source>
        <translation>--seed attend un nombre entier à partir de 0 (reçu %1).</translation>
    </message>
    <message>
        <source>--optimizer must be lbfgs or adam (got &quot;%1&quot;).</source>
        <translation>--optimizer doit valoir lbfgs ou adam (reçu « %1 »).</translation>
    </message>
    <message>
        <source>--pooling must be max or avg (got &quot;%1&quot;).</source>
        <translation>--pooling doit valoir max ou avg (reçu « %1 »).</translation>
    </message>
    <message>
        <source>--keep-colors must be luminance or histogram (got &quot;%1&quot;).</source>
        <translation>--keep-colors doit valoir luminance ou histogram (reçu « %1 »).</translation>
    </message>
    <message>
        <source>--save-every expects a number of steps from 1 (got %1).</source>
        <translation>--save-every attend un nombre d’étapes à partir de 1 (reçu %1).</translation>
    </message>
    <message>
        <source>--save-every needs --frames-dir FOLDER to save the frames into.</source>
        <translation>--save-every nécessite --frames-dir DOSSIER où enregistrer les images.</translation>
    </message>
    <message>
        <source>PyTorch zip (torch.save since 1.6)</source>
        <translation>PyTorch zip (torch.save depuis la 1.6)</translation>
    </message>
    <message>
        <source>Coarse to fine: optimise at n sizes, each twice the previous (1: output size only; default 0: automatic).</source>
        <translation>Du grossier au fin : optimiser à n tailles, chacune double de la précédente (1 : taille de sortie seulement ; 0 par défaut : automatique).</translation>
    </message>
    <message>
        <source>Arithmetic of the network (default auto: with Adam bf16 on CPUs that have it and fp16 on CUDA, else fp32).</source>
        <translation>Arithmétique du réseau (auto par défaut : avec Adam, bf16 sur les CPU qui l’ont et fp16 sur CUDA, sinon fp32).</translation>
    </message>
    <message>
        <source>Where to compute (default auto: a CUDA GPU when there is one).</source>
        <translation>Où calculer (auto par défaut : un GPU CUDA s’il y en a un).</translation>
    </message>
    <message>
        <source>--precision must be auto, fp32, bf16 or fp16 (got &quot;%1&quot;).</source>
        <translation>--precision doit valoir auto, fp32, bf16 ou fp16 (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda (got &quot;%1&quot;).</source>
        <translation>--device doit valoir auto, cpu ou cuda (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>No CUDA GPU is available: this LibTorch build or this machine has none. Use the CPU (device &quot;auto&quot; or &quot;cpu&quot;).</source>
        <translation>Aucun GPU CUDA disponible : cette version de LibTorch ou cette machine n’en a pas. Utilisez le CPU (périphérique « auto » ou « cpu »).</translation>
    </message>
    <message>
        <source>fp16 arithmetic needs a CUDA GPU; on the CPU use bf16 or fp32.</source>
        <translation>L’arithmétique fp16 nécessite un GPU CUDA ; sur le CPU, utilisez bf16 ou fp32.</translation>
    </message>
    <message>
        <source>At %1 px this run needs about %2 of memory, but only %3 is free.</source>
        <translation>À %1 px, ce calcul a besoin d’environ %2 de mémoire, mais seuls %3 sont libres.</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px.</source>
        <translation>La plus grande taille de sortie qui tient est %1 px.</translation>
    </message>
    <message>
        <source>If torch.load reads this file, please report it with its first 16 bytes: %1.</source>
        <translation>Si torch.load lit ce fichier, signalez-le avec ses 16 premiers octets : %1.</translation>
    </message>
    <message>
        <source>a gzip-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>un fichier compressé avec gzip (PyTorch ne compresse jamais ses fichiers ; décompressez-le d’abord)</translation>
    </message>
    <message>
        <source>a bzip2-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>un fichier compressé avec bzip2 (PyTorch ne compresse jamais ses fichiers ; décompressez-le d’abord)</translation>
    </message>
    <message>
        <source>an xz-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>un fichier compressé avec xz (PyTorch ne compresse jamais ses fichiers ; décompressez-le d’abord)</translation>
    </message>
    <message>
        <source>an HDF5 file (Keras weights, not PyTorch&apos;s)</source>
        <translation>un fichier HDF5 (des poids Keras, pas PyTorch)</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>un fichier de tableau NumPy</translation>
    </message>
    <message>
        <source>a web page (the download saved an error page?)</source>
        <translation>une page web (le téléchargement a-t-il enregistré une page d’erreur ?)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>C’est %1.</translation>
    </message>
    <message>
        <source>its tar archive lists %1 storages.</source>
        <translation>son archive tar annonce %1 stockages.</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>sa liste de vues de stockage est mal formée.</translation>
    </message>
    <message>
        <source>its tar archive lists %1 tensors.</source>
        <translation>son archive tar annonce %1 tenseurs.</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>un enregistrement de tenseur de son archive tar est mal formé.</translation>
    </message>
    <message>
        <source>it is a tar archive without a &apos;%1&apos; member (it has: %2).</source>
        <translation>c’est une archive tar sans membre « %1 » (elle contient : %2).</translation>
    </message>
    <message>
        <source>PyTorch tar (torch.save of PyTorch 0.1)</source>
        <translation>PyTorch tar (torch.save de PyTorch 0.1)</translation>
    </message>
    <message>
        <source>When the engine fails, print the whole error after its one-line message (LibTorch&apos;s detail).</source>
        <translation>Si le moteur échoue, afficher l’erreur complète après le message d’une ligne (le détail de LibTorch).</translation>
    </message>
    <message>
        <source>At %1 px the photo (%2 × %3 px) would be only %4 px on its short side; the network needs at least %5. Choose an output size of at least %6 px, or crop the photo.</source>
        <translation>À %1 px, la photo (%2 × %3 px) ne ferait que %4 px sur son petit côté&#x202f;; le réseau a besoin d’au moins %5. Choisissez une taille de sortie d’au moins %6 px, ou recadrez la photo.</translation>
    </message>
    <message>
        <source>Output size must be between %1 and %2 pixels (got %3).</source>
        <translation>La taille de sortie doit être comprise entre %1 et %2 pixels (valeur indiquée&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Style scale must be between %1 and %2 (got %3).</source>
        <translation>L’échelle du style doit être comprise entre %1 et %2 (valeur indiquée&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Steps must be between %1 and %2 (got %3).</source>
        <translation>Le nombre d’étapes doit être compris entre %1 et %2 (valeur indiquée&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most %1 (got %2).</source>
        <translation>Le taux d’apprentissage doit être supérieur à 0 et au plus égal à %1 (valeur indiquée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between %1 and %2 (got %3).</source>
        <translation>La taille de l’historique L-BFGS doit être comprise entre %1 et %2 (valeur indiquée&#xa0;: %3).</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>variation totale</translation>
    </message>
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>Le poids «&#xa0;%1&#xa0;» doit être un nombre compris entre 0 et 1e15 (valeur indiquée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>Les poids de mélange des styles doivent être des nombres compris entre 0 et 1e6 (valeur indiquée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (use conv1_1 ... conv5_4).</source>
        <translation>Couche VGG-19 inconnue&#xa0;: «&#xa0;%1&#xa0;» (utilisez conv1_1 … conv5_4).</translation>
    </message>
    <message>
        <source>Layer weights must be numbers from 0 to 1e6 (got %1 for %2).</source>
        <translation>Les poids des couches doivent être des nombres compris entre 0 et 1e6 (valeur indiquée&#xa0;: %1 pour %2).</translation>
    </message>
    <message>
        <source>The layer %1 is listed twice in the %2 layers.</source>
        <translation>La couche %1 figure deux fois dans les couches de %2.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1 (got %2).</source>
        <translation>La graine doit être un nombre entier de 0 à %1 (valeur indiquée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The number of scales must be between 0 (automatic) and %1 (got %2).</source>
        <translation>Le nombre d’échelles doit être compris entre 0 (automatique) et %1 (reçu %2).</translation>
    </message>
    <message>
        <source>The frame interval must be between %1 and %2 steps (got %3).</source>
        <translation>L’intervalle entre les images doit être compris entre %1 et %2 étapes (valeur indiquée&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and %1 (got %2).</source>
        <translation>Le nombre de threads doit être compris entre 0 (tous les cœurs) et %1 (valeur indiquée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER or LAYER:WEIGHT, e.g. conv1_1:0.2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme LAYER ou LAYER:WEIGHT, par ex. conv1_1:0.2.</translation>
    </message>
    <message>
        <source>VGG-19 layers of the style loss with their weights, e.g. conv1_1:0.2,conv2_1:0.2 (a missing weight is 1; default conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</source>
        <translation>Couches VGG-19 de la perte de style avec leurs poids, par ex. conv1_1:0.2,conv2_1:0.2 (un poids absent vaut 1&#x202f;; par défaut conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</translation>
    </message>
    <message>
        <source>VGG-19 layers of the content loss with their weights (default conv4_2:1).</source>
        <translation>Couches VGG-19 de la perte de contenu avec leurs poids (conv4_2:1 par défaut).</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (a job may set: %2).</source>
        <translation>réglage inconnu «&#xa0;%1&#xa0;» (une tâche peut définir&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Choose the photos to repaint with --content FILE|FOLDER... (or give a job list with --jobs FILE).</source>
        <translation>Choisissez les photos à repeindre avec --content FICHIER|DOSSIER... (ou donnez une liste de tâches avec --jobs FICHIER).</translation>
    </message>
    <message>
        <source>Choose the style images with --style FILE|FOLDER...; each style makes its own picture.</source>
        <translation>Choisissez les images de style avec --style FICHIER|DOSSIER...&#x202f;; chaque style produit sa propre image.</translation>
    </message>
    <message>
        <source>--style-blend blends the styles of one picture, but in batch mode each --style makes its own picture. Blend styles in a job list (--jobs) instead.</source>
        <translation>--style-blend mélange les styles d’une même image, mais en mode par lots chaque --style produit sa propre image. Mélangez plutôt les styles dans une liste de tâches (--jobs).</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>Impossible d’écrire %1&#xa0;: type d’image inconnu «&#xa0;%2&#xa0;» (utilisez .png, .jpg, .tif ou .webp).</translation>
    </message>
    <message>
        <source>Jobs %1 and %2 would both write %3: give them different names (add {index} to --name, or an output column).</source>
        <translation>Les tâches %1 et %2 écriraient toutes deux %3&#xa0;: donnez-leur des noms différents (ajoutez {index} à --name, ou une colonne output).</translation>
    </message>
    <message>
        <source>Batch mode: write one picture per content and style into this folder (created if missing).</source>
        <translation>Mode par lots&#xa0;: écrire une image par contenu et par style dans ce dossier (créé s’il manque).</translation>
    </message>
    <message>
        <source>Batch mode: file names of the pictures (default {content}-{style}-{size}.png; also {steps}, {seed}, {index}). The suffix picks the type.</source>
        <translation>Mode par lots&#xa0;: noms de fichier des images (par défaut {content}-{style}-{size}.png&#x202f;; aussi {steps}, {seed}, {index}). L’extension détermine le type.</translation>
    </message>
    <message>
        <source>Batch mode: a job list, .csv (a header row of option names) or .jsonl (one JSON object a line); the command line&apos;s options are every job&apos;s defaults.</source>
        <translation>Mode par lots&#xa0;: une liste de tâches, .csv (une ligne d’en-tête avec les noms des options) ou .jsonl (un objet JSON par ligne)&#x202f;; les options de la ligne de commande sont les valeurs par défaut de chaque tâche.</translation>
    </message>
    <message>
        <source>Skip jobs whose picture already exists and is complete (the default with --jobs).</source>
        <translation>Ignorer les tâches dont l’image existe déjà et est complète (par défaut avec --jobs).</translation>
    </message>
    <message>
        <source>Redo every job, overwriting its picture.</source>
        <translation>Refaire toutes les tâches en écrasant leur image.</translation>
    </message>
    <message>
        <source>Run only the I-th of N slices of the batch (jobs k with k % N = I - 1), for clusters.</source>
        <translation>N’exécuter que la I-ième des N tranches du lot (tâches k telles que k % N = I - 1), pour les clusters.</translation>
    </message>
    <message>
        <source>%1 photos were given with --content, but --output writes one picture. For a picture of each, use --output-dir FOLDER (batch mode).</source>
        <translation>%1 photos ont été données avec --content, mais --output écrit une seule image. Pour obtenir une image de chacune, utilisez --output-dir DOSSIER (mode par lots).</translation>
    </message>
    <message>
        <source>--%1 is for batches: add --output-dir FOLDER or --jobs FILE.</source>
        <translation>--%1 est réservé aux lots&#xa0;: ajoutez --output-dir DOSSIER ou --jobs FICHIER.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: only --content and --style take several values.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;: seuls --content et --style acceptent plusieurs valeurs.</translation>
    </message>
    <message>
        <source>--output writes one picture; in batch mode the names come from --name TEMPLATE (or a job list&apos;s output column).</source>
        <translation>--output écrit une seule image&#x202f;; en mode par lots, les noms viennent de --name MODÈLE (ou de la colonne output d’une liste de tâches).</translation>
    </message>
    <message>
        <source>--%1 is for a single picture; it cannot be used with --output-dir or --jobs.</source>
        <translation>--%1 est réservé à une image unique&#x202f;; il ne peut pas être utilisé avec --output-dir ou --jobs.</translation>
    </message>
    <message>
        <source>--resume and --no-resume cannot be used together.</source>
        <translation>--resume et --no-resume ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--output-dir: %1 is a file, not a folder.</source>
        <translation>--output-dir&#xa0;: %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 has no pictures (%2).</source>
        <translation>Le dossier %1 ne contient aucune image (%2).</translation>
    </message>
    <message>
        <source>--shard expects I/N with 1 &lt;= I &lt;= N, e.g. 2/8 (got &quot;%1&quot;).</source>
        <translation>--shard attend I/N avec 1 &lt;= I &lt;= N, par exemple 2/8 (valeur indiquée&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>a quoted cell is not closed (a &quot; is missing).</source>
        <translation>une cellule entre guillemets n’est pas fermée (il manque un &quot;).</translation>
    </message>
    <message>
        <source>the header row has an empty column name.</source>
        <translation>la ligne d’en-tête contient un nom de colonne vide.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1 cells for %2 columns (quote a cell that holds a comma).</source>
        <translation>%1 cellules pour %2 colonnes (mettez entre guillemets toute cellule qui contient une virgule).</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>JSON non valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>a job is a JSON object, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</source>
        <translation>une tâche est un objet JSON, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne ou un nombre.</translation>
    </message>
    <message>
        <source>--jobs: %1 is neither .csv nor .jsonl.</source>
        <translation>--jobs&#xa0;: %1 n’est ni un .csv ni un .jsonl.</translation>
    </message>
    <message>
        <source>--jobs: cannot read %1: %2.</source>
        <translation>--jobs&#xa0;: impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--jobs: %1 holds no jobs.</source>
        <translation>--jobs&#xa0;: %1 ne contient aucune tâche.</translation>
    </message>
    <message>
        <source>--name: unknown placeholder %1 in &quot;%2&quot; (use %3).</source>
        <translation>--name&#xa0;: espace réservé inconnu %1 dans «&#xa0;%2&#xa0;» (utilisez %3).</translation>
    </message>
    <message>
        <source>--name: unbalanced brace in &quot;%1&quot; (placeholders are %2).</source>
        <translation>--name&#xa0;: accolade non appariée dans «&#xa0;%1&#xa0;» (les espaces réservés sont %2).</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; names a folder, not a file.</source>
        <translation>--name&#xa0;: «&#xa0;%1&#xa0;» désigne un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; does not end in an image type (use .png, .jpg, .tif or .webp).</source>
        <translation>--name&#xa0;: «&#xa0;%1&#xa0;» ne se termine pas par une extension d’image (utilisez .png, .jpg, .tif ou .webp).</translation>
    </message>
    <message>
        <source>Where the style goes: a grey picture over the photo, white where this style applies; one per --style, in order (an empty value: none for that style).</source>
        <translation>Où va le style : une image grise sur la photo, blanche là où ce style s’applique ; une par --style, dans le même ordre (une valeur vide : aucune pour ce style).</translation>
    </message>
    <message>
        <source>Where the photo is kept: a grey picture over the photo, white where there is no style and the content weight is raised.</source>
        <translation>Où la photo est gardée : une image grise sur la photo, blanche là où aucun style n’est peint et où le poids du contenu est augmenté.</translation>
    </message>
    <message>
        <source>%1 --style-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>%1 fichiers --style-mask ont été donnés pour %2 images --style : au plus un par --style, dans le même ordre.</translation>
    </message>
    <message>
        <source>the mask of style %1</source>
        <translation>le masque du style %1</translation>
    </message>
    <message>
        <source>the keep-the-photo mask</source>
        <translation>le masque « garder la photo »</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>%1 masques de style ont été donnés pour %2 images de style.</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) does not have the photo&apos;s shape (%4 × %5 px). Paint the mask over the photo, or crop it to the same aspect ratio.</source>
        <translation>Le masque %1 (%2 × %3 px) n’a pas la forme de la photo (%4 × %5 px). Peignez le masque sur la photo, ou recadrez-le aux mêmes proportions.</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) is resized to the photo&apos;s %4 × %5 px.</source>
        <translation>Le masque %1 (%2 × %3 px) est redimensionné à la taille de la photo, %4 × %5 px.</translation>
    </message>
    <message>
        <source>Paint in tiles with px x px cores, the same result in less memory (default 0: only when the whole picture does not fit).</source>
        <translation>Peindre en tuiles aux cœurs de px × px : le même résultat avec moins de mémoire (par défaut 0 : seulement si l’image entière ne tient pas).</translation>
    </message>
    <message>
        <source>The tile size must be 0 (automatic) or between %1 and %2 px (got %3).</source>
        <translation>La taille des tuiles doit être 0 (automatique) ou comprise entre %1 et %2 px (reçu : %3).</translation>
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
        <translation>Vidéo : à quel point chaque image suit la précédente, déplacée avec le mouvement (par défaut %1 ; 0 : désactivé). Plus haut scintille moins.</translation>
    </message>
    <message>
        <source>Video: steps for each frame after the first (default %1); the first takes --steps.</source>
        <translation>Vidéo : étapes pour chaque image après la première (par défaut %1) ; la première prend --steps.</translation>
    </message>
    <message>
        <source>Video: only the first n frames, for a quick look.</source>
        <translation>Vidéo : seulement les n premières images, pour un aperçu rapide.</translation>
    </message>
    <message>
        <source>Video: paint every frame on its own, as a picture (flickers; for comparison).</source>
        <translation>Vidéo : peindre chaque image séparément, comme une photo (scintille ; pour comparer).</translation>
    </message>
    <message>
        <source>--%1 is for videos, and --content is not one.</source>
        <translation>--%1 est pour les vidéos, et --content n’en est pas une.</translation>
    </message>
    <message>
        <source>--temporal-weight takes a number from 0 to 1e9.</source>
        <translation>--temporal-weight prend un nombre de 0 à 1e9.</translation>
    </message>
    <message>
        <source>--frame-steps takes a whole number from 1 to 100000.</source>
        <translation>--frame-steps prend un nombre entier de 1 à 100000.</translation>
    </message>
    <message>
        <source>--frames takes a whole number of frames (0: all).</source>
        <translation>--frames prend un nombre entier d’images (0 : toutes).</translation>
    </message>
    <message>
        <source>--output names the video to write (.mp4, .mov, .mkv or .webm).</source>
        <translation>--output nomme la vidéo à écrire (.mp4, .mov, .mkv ou .webm).</translation>
    </message>
    <message>
        <source>Region masks are not used with videos yet: run without --mask and --keep-mask.</source>
        <translation>Les masques de région ne s’utilisent pas encore avec les vidéos : lancez sans --mask ni --keep-mask.</translation>
    </message>
    <message>
        <source>, about %1 left for the clip</source>
        <translation>, environ %1 restant pour le clip</translation>
    </message>
    <message>
        <source>frame %1 of %2: step %3 of %4%5</source>
        <translation>image %1 sur %2 : étape %3 sur %4%5</translation>
    </message>
    <message>
        <source>Stopped after frame %1; the finished frames are in %2: run the same command again to go on.</source>
        <translation>Arrêté après l’image %1 ; les images terminées sont dans %2 : relancez la même commande pour continuer.</translation>
    </message>
    <message>
        <source>Resumed after frame %1.</source>
        <translation>Repris après l’image %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames). Temporal error %3; %4 s for the first frame, %5 s for each later one.</source>
        <translation>%1 écrit (%2 images). Erreur temporelle %3 ; %4 s pour la première image, %5 s pour chacune des suivantes.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Optical flow needs two frames, but a frame is empty.</source>
        <translation>Le flot optique a besoin de deux images, mais l’une est vide.</translation>
    </message>
    <message>
        <source>Optical flow needs frames of the same size, but one is %1 pixels and the other %2.</source>
        <translation>Le flot optique a besoin d’images de même taille, mais l’une fait %1 pixels et l’autre %2.</translation>
    </message>
    <message>
        <source>The frames (%1 pixels) are too small for optical flow; it needs %2 pixels a side.</source>
        <translation>Les images (%1 pixels) sont trop petites pour le flot optique ; il faut %2 pixels de côté.</translation>
    </message>
    <message>
        <source>Optical flow returned a field of an unexpected shape.</source>
        <translation>Le flot optique a renvoyé un champ de forme inattendue.</translation>
    </message>
    <message>
        <source>Optical flow failed: %1</source>
        <translation>Le flot optique a échoué : %1</translation>
    </message>
    <message>
        <source>Could not create the frames folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier des images « %1 ».</translation>
    </message>
    <message>
        <source>A finished frame could not be read back (%1); delete the frames folder to start again.</source>
        <translation>Une image terminée n’a pas pu être relue (%1) ; supprimez le dossier des images pour recommencer.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: a video is written as %2.</source>
        <translation>Impossible d’écrire « %1 » : une vidéo s’écrit en %2.</translation>
    </message>
    <message>
        <source>Reading the clip…</source>
        <translation>Lecture du clip…</translation>
    </message>
    <message>
        <source>Optical flow to frame %1…</source>
        <translation>Flot optique vers l’image %1…</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>Image %1 : %2</translation>
    </message>
    <message>
        <source>Writing the video…</source>
        <translation>Écriture de la vidéo…</translation>
    </message>
    <message>
        <source>Which part of the painting to use: a grey picture over the painting, white where its strokes and colours count; one per --style, in order (an empty value: all of that one).</source>
        <translation>Quelle partie du tableau utiliser : une image grise sur le tableau, blanche là où ses coups de pinceau et ses couleurs comptent ; une par --style, dans l’ordre (une valeur vide : tout ce tableau).</translation>
    </message>
    <message>
        <source>%1 --style-source-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>%1 fichiers --style-source-mask ont été donnés pour %2 images --style : donnez-en au plus un par --style, dans l’ordre.</translation>
    </message>
    <message>
        <source>The source mask %1 (%2 × %3 px) does not have the shape of its painting (%4 × %5 px). Paint it over the painting, or crop it to the same aspect ratio.</source>
        <translation>Le masque source %1 (%2 × %3 px) n’a pas la forme de son tableau (%4 × %5 px). Peignez-le sur le tableau, ou recadrez-le aux mêmes proportions.</translation>
    </message>
    <message>
        <source>The source mask %1 is black all over: nothing of its painting would be used. Paint the part to use white.</source>
        <translation>Le masque source %1 est entièrement noir : rien de son tableau ne serait utilisé. Peignez en blanc la partie à utiliser.</translation>
    </message>
    <message>
        <source>frame %1 done: content %2, style %3</source>
        <translation>image %1 terminée : contenu %2, style %3</translation>
    </message>
    <message>
        <source>How many steps L-BFGS remembers (default 100; at print size the plan may store it in bf16 or shorten it to fit).</source>
        <translation>Nombre de pas dont L-BFGS se souvient (100 par défaut ; en taille d&apos;impression, le plan peut les stocker en bf16 ou les réduire pour tenir en mémoire).</translation>
    </message>
    <message>
        <source>How much L-BFGS&apos;s first guess of the curvature favours smooth changes over fine ones (default 1, 0 to 3; 0: plain L-BFGS).</source>
        <translation>À quel point la première estimation de la courbure de L-BFGS privilégie les changements doux plutôt que fins (par défaut 1, de 0 à 3 ; 0 : L-BFGS simple).</translation>
    </message>
    <message>
        <source>The L-BFGS smoothing must be between %1 and %2 (got %3).</source>
        <translation>Le lissage de L-BFGS doit être compris entre %1 et %2 (reçu %3).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, all painted before).</source>
        <translation>%1 écrit (%2 images, toutes peintes auparavant).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, %3 painted now). Temporal error %4; %5 s for each frame painted now.</source>
        <translation>%1 écrit (%2 images, %3 peintes maintenant). Erreur temporelle %4 ; %5 s pour chaque image peinte maintenant.</translation>
    </message>
    <message>
        <source>Writing the video: frame %1 of %2…</source>
        <translation>Écriture de la vidéo : image %1 sur %2…</translation>
    </message>
    <message>
        <source>The Adam finish must be between %1 and %2 (got %3).</source>
        <translation>La finition par Adam doit être comprise entre %1 et %2 (reçu %3).</translation>
    </message>
    <message>
        <source>The share of the finest scale&apos;s L-BFGS steps that Adam takes at the end (default 0.7, 0 to 0.9; 0: none).</source>
        <translation>La part des pas L-BFGS de l&apos;échelle la plus fine qu&apos;Adam fait à la fin (par défaut 0,7, de 0 à 0,9 ; 0 : aucune).</translation>
    </message>
    <message>
        <source>Save where the run stands to this file every minute and when it is stopped; the same command run again continues from it. Deleted once the picture is written.</source>
        <translation>Enregistrer l’état du calcul dans ce fichier toutes les minutes et à l’arrêt ; la même commande relancée reprend à partir de là. Supprimé une fois l’image écrite.</translation>
    </message>
    <message>
        <source>The checkpoint %1 is damaged (%2). Delete it to start the run afresh.</source>
        <translation>Le point de reprise %1 est endommagé (%2). Supprimez-le pour recommencer le calcul depuis le début.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>Impossible de lire le point de reprise %1 : %2</translation>
    </message>
    <message>
        <source>%1 MB is larger than any checkpoint</source>
        <translation>%1 Mo, trop gros pour un point de reprise</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio checkpoint. Name another file with --checkpoint, or delete it.</source>
        <translation>%1 n’est pas un point de reprise de Neural Style Studio. Indiquez un autre fichier avec --checkpoint, ou supprimez celui-ci.</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>son en-tête est tronqué</translation>
    </message>
    <message>
        <source>its header is not readable: %1</source>
        <translation>son en-tête est illisible : %1</translation>
    </message>
    <message>
        <source>a value of its header is missing or out of range</source>
        <translation>une valeur de son en-tête est absente ou hors limites</translation>
    </message>
    <message>
        <source>its picture is %1 bytes, not %2</source>
        <translation>son image fait %1 octets, et non %2</translation>
    </message>
    <message>
        <source>its picture does not match its checksum</source>
        <translation>son image ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>its picture holds a value that is not a number</source>
        <translation>son image contient une valeur qui n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>nss::Autosave</name>
    <message>
        <source>The autosave folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier de sauvegarde automatique %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no autosave to restore.</source>
        <translation>Il n’y a aucune sauvegarde automatique à restaurer.</translation>
    </message>
    <message>
        <source>The autosave cannot be restored: %1</source>
        <translation>Impossible de restaurer la sauvegarde automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The autosave in %1 could not be removed.</source>
        <translation>Impossible de supprimer la sauvegarde automatique dans %1.</translation>
    </message>
</context>
<context>
    <name>nss::AutosaveGuard</name>
    <message>
        <source>Crash recovery is not working: %1</source>
        <translation>La récupération après plantage ne fonctionne pas : %1</translation>
    </message>
</context>
<context>
    <name>nss::BatchDialog</name>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (dossier)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Traitement par lots</translation>
    </message>
    <message>
        <source>Every photo is painted in every style, with the current settings (%1 px, %2 steps).</source>
        <translation>Chaque photo est peinte dans chaque style, avec les réglages actuels (%1 px, %2 étapes).</translation>
    </message>
    <message>
        <source>Photos (content)</source>
        <translation>Photos (contenu)</translation>
    </message>
    <message>
        <source>Paintings (styles)</source>
        <translation>Tableaux (styles)</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Ajouter à la file d’attente</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a folder of pictures</source>
        <translation>Ajouter un dossier d’images</translation>
    </message>
    <message>
        <source>Add at least one photo and one painting: files, or a folder of each.</source>
        <translation>Ajoutez au moins une photo et un tableau&#xa0;: des fichiers, ou un dossier de chaque.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painting(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add.</source>
        <translation>
            <numerusform>%n tâche à ajouter.</numerusform>
            <numerusform>%n tâches à ajouter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Job(s)</source>
        <translation>
            <numerusform>Ajouter %n tâche</numerusform>
            <numerusform>Ajouter %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::BatchRun</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Impossible de créer le dossier de sortie %1.</translation>
    </message>
    <message>
        <source>%1 already done, %2 to run.</source>
        <translation>%1 déjà faite(s), %2 à exécuter.</translation>
    </message>
    <message>
        <source>Batch of %1 jobs: %2</source>
        <translation>Lot de %1 tâches&#xa0;: %2</translation>
    </message>
    <message>
        <source>Batch of %1 jobs, shard %2/%3 (%4 of them): %5</source>
        <translation>Lot de %1 tâches, tranche %2/%3 (%4 d’entre elles)&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>batch %1 %, %2 left</source>
        <translation>lot %1&#xa0;%, encore %2</translation>
    </message>
    <message>
        <source>%1 interrupted at step %2 of %3: nothing was written for %4.</source>
        <translation>%1 interrompu à l’étape %2 sur %3&#xa0;: rien n’a été écrit pour %4.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 wrote %2 (%3 x %4) in %5.</source>
        <translation>%1 a écrit %2 (%3 x %4) en %5.</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed, %4 not run (interrupted).</source>
        <translation>Lot&#xa0;: %1 écrite(s), %2 ignorée(s) (déjà faites), %3 en échec, %4 non exécutée(s) (interruption).</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed.</source>
        <translation>Lot&#xa0;: %1 écrite(s), %2 ignorée(s) (déjà faites), %3 en échec.</translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  échec&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run the same command again to do the rest.</source>
        <translation>Relancez la même commande pour faire le reste.</translation>
    </message>
    <message>
        <source>Run the same command again with --resume to do the rest.</source>
        <translation>Relancez la même commande avec --resume pour faire le reste.</translation>
    </message>
</context>
<context>
    <name>nss::ExportActions</name>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Fichier enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>All &amp;Frames…</source>
        <translation>Toutes les i&amp;mages…</translation>
    </message>
    <message>
        <source>Export all frames to</source>
        <translation>Exporter toutes les images vers</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>%n image enregistrée dans %1.</numerusform>
            <numerusform>%n images enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Time-lapse (animated WebP)…</source>
        <translation>&amp;Time-lapse (WebP animé)…</translation>
    </message>
    <message>
        <source>Export time-lapse</source>
        <translation>Exporter le time-lapse</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>WebP animé (*.webp)</translation>
    </message>
    <message>
        <source>There is no picture to export yet: press Start first.</source>
        <translation>Il n’y a pas encore d’image à exporter&#xa0;: cliquez d’abord sur Démarrer.</translation>
    </message>
    <message>
        <source>There are no frames to export yet: press Start first.</source>
        <translation>Il n’y a pas encore d’images à exporter&#xa0;: cliquez d’abord sur Démarrer.</translation>
    </message>
    <message>
        <source>There are no frames for a time-lapse yet: press Start first.</source>
        <translation>Il n’y a pas encore d’images pour un time-lapse&#xa0;: cliquez d’abord sur Démarrer.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n frame(s) to %1…</source>
        <translation>
            <numerusform>Exportation de %n image dans %1…</numerusform>
            <numerusform>Exportation de %n images dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the time-lapse %1…</source>
        <translation>Exportation du time-lapse %1…</translation>
    </message>
    <message>
        <source>%1 Another export can start when it is done.</source>
        <translation>%1 Un autre export pourra commencer quand celui-ci sera terminé.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>L’exportation s’est arrêtée de manière inattendue.</translation>
    </message>
    <message>
        <source>There is no picture to export.</source>
        <translation>Il n’y a pas d’image à exporter.</translation>
    </message>
    <message>
        <source>&amp;Video…</source>
        <translation>&amp;Vidéo…</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>Exporter la vidéo</translation>
    </message>
    <message>
        <source>Video (*.%1)</source>
        <translation>Vidéo (*.%1)</translation>
    </message>
    <message>
        <source>There is no finished video to export: start a run on a video first.</source>
        <translation>Aucune vidéo terminée à exporter : lancez d’abord un calcul sur une vidéo.</translation>
    </message>
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>les métadonnées intégrées ne contiennent aucun réglage</translation>
    </message>
</context>
<context>
    <name>nss::HistoryItem</name>
    <message>
        <source>This is not a Neural Style Studio history item.</source>
        <translation>Ce n’est pas un élément d’historique de Neural Style Studio.</translation>
    </message>
    <message>
        <source>This history item was made by a newer version of Neural Style Studio.</source>
        <translation>Cet élément d’historique a été créé par une version plus récente de Neural Style Studio.</translation>
    </message>
</context>
<context>
    <name>nss::HistoryStrip</name>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>arrêté par une erreur</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>récupéré après un plantage</translation>
    </message>
    <message>
        <source>Every run&apos;s result. Click to see it; select two to compare them.</source>
        <translation>Le résultat de chaque calcul. Cliquez pour le voir ; sélectionnez-en deux pour les comparer.</translation>
    </message>
    <message>
        <source>Restore Settings</source>
        <translation>Restaurer les réglages</translation>
    </message>
    <message>
        <source>Put the selected result&apos;s settings back into the controls</source>
        <translation>Remettre les réglages du résultat sélectionné dans les commandes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the selected result at full resolution</source>
        <translation>Exporter le résultat sélectionné en pleine résolution</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show the two selected results side by side (drag the divider)</source>
        <translation>Afficher côte à côte les deux résultats sélectionnés (faites glisser le séparateur)</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>A starred result is never removed to make room</source>
        <translation>Un résultat étoilé n’est jamais supprimé pour faire de la place</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected results</source>
        <translation>Supprimer les résultats sélectionnés</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>étape %1/%2</translation>
    </message>
    <message>
        <source>%1 x %2 px, %3 at step %4 of %5
loss %6, %7 s
seed %8; weights: content %9, style %10, TV %11</source>
        <translation>%1 x %2 px, %3 à l’étape %4 sur %5
perte %6, %7 s
graine %8 ; poids : contenu %9, style %10, TV %11</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>Supprimer de l’historique ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n result(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n résultat de l’historique ? C’est irréversible.</numerusform>
            <numerusform>Supprimer %n résultats de l’historique ? C’est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::ImagePane</name>
    <message>
        <source>Drop an image here, click to choose a file, or paste with Ctrl+V.</source>
        <translation>Déposez une image ici, cliquez pour choisir un fichier, ou collez-la avec Ctrl+V.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Rien à coller.</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>l’image déposée</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>“%1” is not an image file or image address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un fichier image ni l’adresse d’une image.</translation>
    </message>
    <message>
        <source>What was dropped is not an image.</source>
        <translation>L’élément déposé n’est pas une image.</translation>
    </message>
    <message>
        <source>Open %1 image</source>
        <translation>Ouvrir une image pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1
%2 × %3 px, %4</source>
        <translation>%1
%2 × %3 px, %4</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Downloading %1… %2% (%3 of %4)</source>
        <translation>Téléchargement de %1… %2&#xa0;% (%3 sur %4)</translation>
    </message>
    <message>
        <source>Downloading %1… %2</source>
        <translation>Téléchargement de %1… %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Use one of the bundled photos or paintings.</source>
        <translation>Utiliser l’une des photos ou l’un des tableaux fournis.</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Images et vidéos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The video has no frames.</source>
        <translation>La vidéo n’a aucune image.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s at %2 fps</source>
        <translation>
            <numerusform>%n image, %1 s à %2 i/s</numerusform>
            <numerusform>%n images, %1 s à %2 i/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::JobQueue</name>
    <message>
        <source>The queue file %1 could not be read (%2); it was kept as %3 and the queue starts empty.</source>
        <translation>Le fichier de file d’attente %1 n’a pas pu être lu (%2)&#x202f;; il a été conservé sous le nom %3 et la file d’attente repart vide.</translation>
    </message>
    <message>
        <source>not a queue file</source>
        <translation>ce n’est pas un fichier de file d’attente</translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation>créé par une version plus récente</translation>
    </message>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>Interrompue&#x202f;; recommencera depuis le début.</translation>
    </message>
    <message>
        <source>The queue could not be saved: %1</source>
        <translation>La file d’attente n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nss::LayersPanel</name>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Advanced: layers</source>
        <translation>Avancé&#xa0;: couches</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>The VGG-19 layers that measure style and content, and each one&apos;s weight within its loss.</source>
        <translation>Les couches VGG-19 qui mesurent le style et le contenu, et le poids de chacune dans sa perte.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Weight of %1 in the style loss; off leaves it out.</source>
        <translation>Poids de %1 dans la perte de style&#x202f;; «&#xa0;désactivé&#xa0;» l’exclut.</translation>
    </message>
    <message>
        <source>Weight of %1 in the content loss; off leaves it out.</source>
        <translation>Poids de %1 dans la perte de contenu&#x202f;; «&#xa0;désactivé&#xa0;» l’exclut.</translation>
    </message>
    <message>
        <source>Style: conv1_1 to conv5_1, weight 1 each; content: conv4_2.</source>
        <translation>Style&#xa0;: conv1_1 à conv5_1, poids 1 pour chacune&#x202f;; contenu&#xa0;: conv4_2.</translation>
    </message>
</context>
<context>
    <name>nss::LossChart</name>
    <message>
        <source>Loss curve</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
</context>
<context>
    <name>nss::MainWindow</name>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Drop a photo here</source>
        <translation>Déposez une photo ici</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>Déposez une photo et un tableau pour commencer.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Drop a photo into the Content pane first.</source>
        <translation>Déposez d’abord une photo dans le panneau Contenu.</translation>
    </message>
    <message>
        <source>Drop a painting into the Style pane first.</source>
        <translation>Déposez d’abord un tableau dans le panneau Style.</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Poids : %1</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>Restaurer la dernière session ?</translation>
    </message>
    <message>
        <source>Restored the last session (step %1).</source>
        <translation>Dernière session restaurée (étape %1).</translation>
    </message>
    <message>
        <source>Done: %1 steps in %2 s.</source>
        <translation>Terminé : %1 étapes en %2 s.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>L’exécution s’est arrêtée</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Paused at step %1.</source>
        <translation>En pause à l’étape %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Content Image…</source>
        <translation>Ouvrir l’image de &amp;contenu…</translation>
    </message>
    <message>
        <source>Open &amp;Style Image…</source>
        <translation>Ouvrir l’image de &amp;style…</translation>
    </message>
    <message>
        <source>&amp;Add Style Image…</source>
        <translation>&amp;Ajouter une image de style…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Coller l’image</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Before/After Split</source>
        <translation>Vue &amp;avant/après</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Neural Style Studio</source>
        <translation>À &amp;propos de Neural Style Studio</translation>
    </message>
    <message>
        <source>About Neural Style Studio</source>
        <translation>À propos de Neural Style Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Neural style transfer (Gatys et al. 2016) over %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Transfert de style neuronal (Gatys et al. 2016) sur %3.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Download or choose the VGG-19 weights file to start.</source>
        <translation>Téléchargez ou choisissez le fichier de poids VGG-19 pour commencer.</translation>
    </message>
    <message>
        <source>Cannot start from the chosen image: %1</source>
        <translation>Impossible de partir de l’image choisie : %1</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>Partir d’une image</translation>
    </message>
    <message>
        <source>Closing when the export is finished…</source>
        <translation>Fermeture dès la fin de l’exportation…</translation>
    </message>
    <message>
        <source>Not started: a run at %1 px needs more memory than is free.</source>
        <translation>Non lancé : un calcul à %1 px demande plus de mémoire qu’il n’y en a de libre.</translation>
    </message>
    <message>
        <source>The last session ended before its picture was kept. The picture is in the history now. Restore its settings and picture?</source>
        <translation>La dernière session s’est terminée avant que son image soit conservée. L’image est maintenant dans l’historique. Restaurer ses réglages et son image ?</translation>
    </message>
    <message>
        <source>Result of %1: step %2 of %3, %4 x %5 px.</source>
        <translation>Résultat de %1 : étape %2 sur %3, %4 x %5 px.</translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation>Restaurer les réglages</translation>
    </message>
    <message>
        <source>Restored the settings of the result of %1.</source>
        <translation>Les réglages du résultat de %1 ont été restaurés.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Un calcul est en cours</translation>
    </message>
    <message>
        <source>Stop the run and keep its picture at step %1 in the history?</source>
        <translation>Arrêter le calcul et garder son image à l’étape %1 dans l’historique ?</translation>
    </message>
    <message>
        <source>Stop and Keep</source>
        <translation>Arrêter et garder</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Stopping; closing once the picture is kept…</source>
        <translation>Arrêt en cours ; fermeture dès que l’image est conservée…</translation>
    </message>
    <message>
        <source>Keeping the last result…</source>
        <translation>Conservation du dernier résultat…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>Comparing two results: the older on the left. Drag the divider.</source>
        <translation>Comparaison de deux résultats : le plus ancien à gauche. Faites glisser le séparateur.</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des calculs</translation>
    </message>
    <message>
        <source>Starting once the pictures are loaded…</source>
        <translation>Démarrage dès que les images seront chargées…</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Impossible de démarrer</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Ajouter à la &amp;file d’attente</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>Traitement par &amp;lots…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File d’attente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Open a photo from a file first: the queue reads each picture from its file when its turn comes.</source>
        <translation>Ouvrez d’abord une photo depuis un fichier&#xa0;: la file d’attente lit chaque image dans son fichier quand vient son tour.</translation>
    </message>
    <message>
        <source>A pasted painting has no file: save it and open the file to queue it.</source>
        <translation>Un tableau collé n’a pas de fichier&#xa0;: enregistrez-le, puis ouvrez le fichier pour l’ajouter à la file d’attente.</translation>
    </message>
    <message numerus="yes">
        <source>Added to the queue: %1 (%n job(s) in the queue).</source>
        <translation>
            <numerusform>Ajout à la file d’attente&#xa0;: %1 (%n tâche dans la file).</numerusform>
            <numerusform>Ajout à la file d’attente&#xa0;: %1 (%n tâches dans la file).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n job(s) to the queue.</source>
        <translation>
            <numerusform>%n tâche ajoutée à la file d’attente.</numerusform>
            <numerusform>%n tâches ajoutées à la file d’attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paint &amp;Masks…</source>
        <translation>Peindre les &amp;masques…</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>Style %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the masks.</source>
        <translation>Impossible de créer le dossier %1 pour les masques.</translation>
    </message>
    <message>
        <source>Cannot encode the mask %1.</source>
        <translation>Impossible d’encoder le masque %1.</translation>
    </message>
    <message>
        <source>The mask %1 does not fit the photo.</source>
        <translation>Le masque %1 ne correspond pas à la photo.</translation>
    </message>
    <message>
        <source>Stopped after frame %1 of %2; Start goes on from there.</source>
        <translation>Arrêté après l’image %1 sur %2 ; Démarrer reprend à partir de là.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n video frame(s). Export ▸ Video… saves the video.</source>
        <translation>
            <numerusform>Terminé : %n image vidéo. Exporter ▸ Vidéo… enregistre la vidéo.</numerusform>
            <numerusform>Terminé : %n images vidéo. Exporter ▸ Vidéo… enregistre la vidéo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at step %1; Start goes on from there while the settings stay the same.</source>
        <translation>Arrêté à l’étape %1 ; Démarrer reprend à partir de là tant que les réglages ne changent pas.</translation>
    </message>
</context>
<context>
    <name>nss::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inversion</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Importation du masque</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>Choisissez d’abord une photo&#xa0;: les masques sont peints par-dessus.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Gommage</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Peinture</translation>
    </message>
</context>
<context>
    <name>nss::MaskEditor</name>
    <message>
        <source>Paint Masks</source>
        <translation>Peindre les masques</translation>
    </message>
    <message>
        <source>The layer you paint: where a style goes, or where the photo is kept</source>
        <translation>Le calque que vous peignez&#xa0;: là où va un style, ou là où la photo est gardée</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <source>Paint the layer (B)</source>
        <translation>Peindre le calque (B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <source>Erase the layer (E)</source>
        <translation>Gommer le calque (E)</translation>
    </message>
    <message>
        <source>Brush radius in the photo&apos;s pixels ([ and ] change it)</source>
        <translation>Rayon du pinceau en pixels de la photo ([ et ] le modifient)</translation>
    </message>
    <message>
        <source>0: a hard edge; 100: soft from the centre</source>
        <translation>0&#xa0;: bord net&#x202f;; 100&#xa0;: fondu dès le centre</translation>
    </message>
    <message>
        <source>How strongly the masks are shown over the photo (the run is not affected)</source>
        <translation>Opacité des masques affichés sur la photo (sans effet sur le calcul)</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Calque&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Softness:</source>
        <translation>Douceur&#xa0;:</translation>
    </message>
    <message>
        <source>Shown at:</source>
        <translation>Opacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Remplir</translation>
    </message>
    <message>
        <source>Cover the whole picture with this layer</source>
        <translation>Couvrir toute l’image avec ce calque</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Remove this layer&apos;s mask</source>
        <translation>Supprimer le masque de ce calque</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Swap painted and unpainted parts of this layer</source>
        <translation>Intervertir les parties peintes et non peintes de ce calque</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Load this layer from a greyscale picture (white: the layer)</source>
        <translation>Charger ce calque depuis une image en niveaux de gris (blanc&#xa0;: le calque)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save this layer as a greyscale PNG</source>
        <translation>Enregistrer ce calque en PNG en niveaux de gris</translation>
    </message>
    <message>
        <source>Paint where each style goes; where no style is painted all styles blend. The hatched layer keeps the photo. A run in progress follows at its next step.</source>
        <translation>Peignez là où va chaque style&#x202f;; là où aucun style n’est peint, tous les styles se mélangent. Le calque hachuré garde la photo. Un calcul en cours en tient compte dès son étape suivante.</translation>
    </message>
    <message>
        <source>Style %1: %2</source>
        <translation>Style %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>Garder la photo</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Importer un masque</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>Choisissez d’abord une photo&#xa0;: les masques sont peints par-dessus.</translation>
    </message>
    <message>
        <source>There is no mask to export: choose a photo first.</source>
        <translation>Il n’y a aucun masque à exporter&#xa0;: choisissez d’abord une photo.</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>Exporter le masque</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>nss::Memory</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
</context>
<context>
    <name>nss::MemoryCheck</name>
    <message>
        <source>At %1 px this run needs about %2 of memory, but only %3 is free. Starting it would make the system stop the app.</source>
        <translation>À %1 px, ce calcul a besoin d’environ %2 de mémoire, mais seuls %3 sont libres. Le lancer pousserait le système à arrêter l’application.</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px (about %2).</source>
        <translation>La plus grande taille de sortie qui tient est %1 px (environ %2).</translation>
    </message>
    <message>
        <source>Use %1 px</source>
        <translation>Utiliser %1 px</translation>
    </message>
    <message>
        <source>Even the smallest size does not fit: close other programs, or use smaller style images.</source>
        <translation>Même la plus petite taille ne tient pas : fermez d’autres programmes ou utilisez des images de style plus petites.</translation>
    </message>
</context>
<context>
    <name>nss::PickleReader</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 n&apos;est pas un fichier de poids lisible par cette application : %2</translation>
    </message>
    <message>
        <source>its Python pickle is larger than 64 MB.</source>
        <translation>son pickle Python dépasse 64 Mo.</translation>
    </message>
    <message>
        <source>it ends in the middle of a Python pickle (truncated or garbled).</source>
        <translation>il se termine au milieu d&apos;un pickle Python (tronqué ou corrompu).</translation>
    </message>
    <message>
        <source>its pickle is garbled near byte %1.</source>
        <translation>son pickle est corrompu vers l&apos;octet %1.</translation>
    </message>
    <message>
        <source>it uses pickle protocol %1.</source>
        <translation>il utilise le protocole pickle %1.</translation>
    </message>
    <message>
        <source>its pickle ends with %1 values on the stack.</source>
        <translation>son pickle se termine avec %1 valeurs sur la pile.</translation>
    </message>
    <message>
        <source>it holds a string of %1 bytes.</source>
        <translation>il contient une chaîne de %1 octets.</translation>
    </message>
    <message>
        <source>its pickle is too large.</source>
        <translation>son pickle est trop grand.</translation>
    </message>
    <message>
        <source>its pickle names an overlong Python global.</source>
        <translation>son pickle nomme un global Python trop long.</translation>
    </message>
    <message>
        <source>its pickle calls something that is not a known Python function.</source>
        <translation>son pickle appelle quelque chose qui n&apos;est pas une fonction Python connue.</translation>
    </message>
    <message>
        <source>its pickle builds an OrderedDict from arguments.</source>
        <translation>son pickle construit un OrderedDict à partir d&apos;arguments.</translation>
    </message>
    <message>
        <source>its pickle calls %1, which a weights file never needs.</source>
        <translation>son pickle appelle %1, dont un fichier de poids n&apos;a jamais besoin.</translation>
    </message>
    <message>
        <source>a tensor in its pickle has malformed arguments.</source>
        <translation>un tenseur de son pickle a des arguments malformés.</translation>
    </message>
    <message>
        <source>a tensor in its pickle has an invalid shape or stride.</source>
        <translation>un tenseur de son pickle a une forme ou un pas invalide.</translation>
    </message>
    <message>
        <source>a tensor in its pickle is impossibly large.</source>
        <translation>un tenseur de son pickle est d&apos;une taille impossible.</translation>
    </message>
    <message>
        <source>a tensor of shape %1 reaches past the end of its storage (%2 elements).</source>
        <translation>un tenseur de forme %1 dépasse la fin de son stockage (%2 éléments).</translation>
    </message>
    <message>
        <source>its pickle refers to an unknown kind of external object.</source>
        <translation>son pickle fait référence à un type inconnu d&apos;objet externe.</translation>
    </message>
    <message>
        <source>its pickle refers to a &quot;%1&quot;, not to tensor storage (a whole model, not a state_dict?).</source>
        <translation>son pickle fait référence à un « %1 », pas à un stockage de tenseur (un modèle entier plutôt qu&apos;un state_dict ?).</translation>
    </message>
    <message>
        <source>a storage in its pickle is malformed.</source>
        <translation>un stockage de son pickle est malformé.</translation>
    </message>
    <message>
        <source>a storage view in its pickle is malformed.</source>
        <translation>une vue de stockage de son pickle est malformée.</translation>
    </message>
    <message>
        <source>its pickle sets the state of something that is not a dictionary.</source>
        <translation>son pickle définit l&apos;état de quelque chose qui n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>its pickle uses opcode 0x%1, which a state_dict never contains.</source>
        <translation>son pickle utilise l&apos;opcode 0x%1, qu&apos;un state_dict ne contient jamais.</translation>
    </message>
    <message>
        <source>it does not start with PyTorch&apos;s magic number.</source>
        <translation>il ne commence pas par le nombre magique de PyTorch.</translation>
    </message>
    <message>
        <source>an integer was expected in its header.</source>
        <translation>un entier était attendu dans son en-tête.</translation>
    </message>
    <message>
        <source>its system information header is not a dictionary.</source>
        <translation>son en-tête d&apos;informations système n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>it holds a %1, not a state_dict.</source>
        <translation>il contient un(e) %1, pas un state_dict.</translation>
    </message>
    <message>
        <source>its state_dict has a key that is not a string.</source>
        <translation>son state_dict a une clé qui n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>its entry &quot;%1&quot; is a %2, not a tensor.</source>
        <translation>son entrée « %1 » est un(e) %2, pas un tenseur.</translation>
    </message>
    <message>
        <source>its state_dict is empty.</source>
        <translation>son state_dict est vide.</translation>
    </message>
    <message>
        <source>its list of storages is missing.</source>
        <translation>sa liste de stockages manque.</translation>
    </message>
    <message>
        <source>its list of storages holds something that is not a name.</source>
        <translation>sa liste de stockages contient quelque chose qui n&apos;est pas un nom.</translation>
    </message>
    <message>
        <source>its pickle refers to tensor %1, which its tar archive does not describe.</source>
        <translation>son pickle fait référence au tenseur %1, que son archive tar ne décrit pas.</translation>
    </message>
    <message>
        <source>a storage record of its tar archive is malformed.</source>
        <translation>un enregistrement de stockage de son archive tar est mal formé.</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>un enregistrement de tenseur de son archive tar est mal formé.</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>sa liste de vues de stockage est mal formée.</translation>
    </message>
</context>
<context>
    <name>nss::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Tous les cœurs (%1)</translation>
    </message>
    <message>
        <source>vgg19-dcbad4b5.pth</source>
        <translation>vgg19-dcbad4b5.pth</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>Dossier de &amp;cache&#xa0;:</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Dossier de cache</translation>
    </message>
    <message>
        <source>&amp;Weights file:</source>
        <translation>Fichier de &amp;poids&#xa0;:</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>Poids VGG-19</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>Poids PyTorch (*.pth *.pt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>When the run history grows past this, its oldest results are removed. Starred ones are kept.</source>
        <translation>Quand l’historique dépasse cette taille, ses plus anciens résultats sont supprimés. Les résultats étoilés sont gardés.</translation>
    </message>
    <message>
        <source>&amp;History size limit:</source>
        <translation>Taille maximale de l’&amp;historique :</translation>
    </message>
</context>
<context>
    <name>nss::PreviewView</name>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>L’image apparaît ici pendant qu’elle est peinte.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>nss::ProjectActions</name>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>&amp;Save Project…</source>
        <translation>&amp;Enregistrer le projet…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Saved %1 (a pasted picture has no file: save it first to keep it in the project).</source>
        <translation>%1 enregistré (une image collée n’a pas de fichier : enregistrez-la d’abord pour la garder dans le projet).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Replace the project?</source>
        <translation>Remplacer le projet ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept as it was.</source>
        <translation>Non enregistré : %1 a été gardé tel quel.</translation>
    </message>
    <message>
        <source>The project was saved, but not its results: %1</source>
        <translation>Le projet a été enregistré, mais pas ses résultats : %1</translation>
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
        <translation>Une tâche de la file d’attente n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>Queued job %1: %2</source>
        <translation>Tâche %1 de la file d’attente&#xa0;: %2</translation>
    </message>
    <message>
        <source>Queued job %1 has an unknown state &quot;%2&quot;.</source>
        <translation>La tâche %1 de la file d’attente a un état inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>nss::QueuePanel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>keeping the result…</source>
        <translation>conservation du résultat…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation>Exécuter la tâche sélectionnée plus tôt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation>Exécuter la tâche sélectionnée plus tard</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Skip the selected job until it is released</source>
        <translation>Ignorer la tâche sélectionnée jusqu’à ce qu’elle soit réactivée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected job (a running one stops, and its picture so far is dropped)</source>
        <translation>Retirer la tâche sélectionnée (si elle est en cours, elle s’arrête et son image inachevée est abandonnée)</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Retirer les tâches terminées</translation>
    </message>
    <message>
        <source>Remove the done and failed jobs from the list (their results stay in the history)</source>
        <translation>Retirer de la liste les tâches terminées et en échec (leurs résultats restent dans l’historique)</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>Mettre la file en pause</translation>
    </message>
    <message>
        <source>Pause the whole queue: the running job waits at its next step and no other starts</source>
        <translation>Mettre toute la file d’attente en pause&#xa0;: la tâche en cours attend à sa prochaine étape et aucune autre ne démarre</translation>
    </message>
    <message>
        <source>%1. %2 — %3 px, %4 steps — %5</source>
        <translation>%1. %2 — %3 px, %4 étapes — %5</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>Contenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting at its step: %1</source>
        <translation>En attente à son étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume Queue</source>
        <translation>Reprendre la file</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>nss::QueueRunner</name>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>Interrompue&#x202f;; recommencera depuis le début.</translation>
    </message>
    <message>
        <source>The queue is empty. Add the current pictures with Run ▸ Add to Queue, or many with Run ▸ Batch…</source>
        <translation>La file d’attente est vide. Ajoutez les images actuelles avec Exécution ▸ Ajouter à la file d’attente, ou plusieurs à la fois avec Exécution ▸ Traitement par lots…</translation>
    </message>
    <message numerus="yes">
        <source>The queue is paused (%n job(s) waiting).</source>
        <translation>
            <numerusform>La file d’attente est en pause (%n tâche en attente).</numerusform>
            <numerusform>La file d’attente est en pause (%n tâches en attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue waits for the VGG-19 weights file (Edit ▸ Preferences).</source>
        <translation>La file d’attente attend le fichier de poids VGG-19 (Édition ▸ Préférences).</translation>
    </message>
    <message>
        <source>Your run in the window goes first; the queue continues when it ends.</source>
        <translation>Votre calcul dans la fenêtre passe en premier&#x202f;; la file d’attente reprendra quand il sera terminé.</translation>
    </message>
    <message>
        <source>Running job %1 of %2: %3</source>
        <translation>Exécution de la tâche %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Every job has run: %n done.</source>
        <translation>
            <numerusform>Toutes les tâches ont été exécutées&#xa0;: %n terminée.</numerusform>
            <numerusform>Toutes les tâches ont été exécutées&#xa0;: %n terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n tâche en attente.</numerusform>
            <numerusform>%n tâches en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; starts again from the beginning.</source>
        <translation>Arrêtée&#x202f;; recommencera depuis le début.</translation>
    </message>
    <message>
        <source>The run ended without a picture.</source>
        <translation>Le calcul s’est terminé sans image.</translation>
    </message>
    <message>
        <source>The result could not be kept: %1</source>
        <translation>Le résultat n’a pas pu être conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nss::RemoteImageFetch</name>
    <message>
        <source>Did not download %1: it is larger than %2, the most a dropped picture may be.</source>
        <translation>%1 n’a pas été téléchargé&#xa0;: il dépasse %2, la taille maximale d’une image déposée.</translation>
    </message>
    <message>
        <source>Could not download %1: the server sent nothing for %2 s.</source>
        <translation>Impossible de télécharger %1&#xa0;: le serveur n’a rien envoyé pendant %2&#xa0;s.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>nss::RunHistory</name>
    <message>
        <source>There is no picture to keep in the history.</source>
        <translation>Il n’y a pas d’image à conserver dans l’historique.</translation>
    </message>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>Le dossier d’historique %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a history item.</source>
        <translation>« %1 » ne peut pas nommer un élément d’historique.</translation>
    </message>
    <message>
        <source>The history already holds an item named %1.</source>
        <translation>L’historique contient déjà un élément nommé %1.</translation>
    </message>
    <message>
        <source>The history folder %1 is not writable.</source>
        <translation>Le dossier d’historique %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The picture could not be kept in the history: %1</source>
        <translation>L’image n’a pas pu être conservée dans l’historique : %1</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>%1 n’a pas pu être renommé.</translation>
    </message>
    <message>
        <source>The history item %1 cannot be read: %2</source>
        <translation>L’élément d’historique %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The history item %1 is damaged: %2</source>
        <translation>L’élément d’historique %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>The history has no item %1.</source>
        <translation>L’historique n’a pas d’élément %1.</translation>
    </message>
    <message>
        <source>The history item %1 could not be removed from %2.</source>
        <translation>L’élément d’historique %1 n’a pas pu être supprimé de %2.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 n’a pas pu être copié dans %2.</translation>
    </message>
</context>
<context>
    <name>nss::RunProgress</name>
    <message>
        <source>step %v / %m</source>
        <translation>étape %v / %m</translation>
    </message>
    <message>
        <source>%1 steps/s, done in %2</source>
        <translation>%1 étapes/s, terminé en %2</translation>
    </message>
    <message>
        <source>%1 steps/s, %2 left</source>
        <translation>%1 étapes/s, encore %2</translation>
    </message>
    <message>
        <source>–:––</source>
        <translation>–:––</translation>
    </message>
    <message>
        <source>%1 (scale %2 of %3)</source>
        <translation>%1 (échelle %2 sur %3)</translation>
    </message>
</context>
<context>
    <name>nss::SampleGallery</name>
    <message>
        <source>Astronaut</source>
        <translation>Astronaute</translation>
    </message>
    <message>
        <source>Photo — Astronaut Eileen Collins (NASA)</source>
        <translation>Photo — L’astronaute Eileen Collins (NASA)</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Photo — Chelsea the cat</source>
        <translation>Photo — Chelsea, le chat</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Photo — Coffee cup</source>
        <translation>Photo — Tasse de café</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Fusée</translation>
    </message>
    <message>
        <source>Photo — Falcon 9 launch (SpaceX)</source>
        <translation>Photo — Lancement d’une Falcon 9 (SpaceX)</translation>
    </message>
    <message>
        <source>Hokusai</source>
        <translation>Hokusai</translation>
    </message>
    <message>
        <source>Hokusai — The Great Wave</source>
        <translation>Hokusai — La Grande Vague de Kanagawa</translation>
    </message>
    <message>
        <source>Turner</source>
        <translation>Turner</translation>
    </message>
    <message>
        <source>Turner — The Shipwreck</source>
        <translation>Turner — Le Naufrage</translation>
    </message>
    <message>
        <source>Monet</source>
        <translation>Monet</translation>
    </message>
    <message>
        <source>Monet — Water Lilies</source>
        <translation>Monet — Les Nymphéas</translation>
    </message>
    <message>
        <source>Kandinsky</source>
        <translation>Kandinsky</translation>
    </message>
    <message>
        <source>Kandinsky — Composition VII</source>
        <translation>Kandinsky — Composition VII</translation>
    </message>
    <message>
        <source>Matisse</source>
        <translation>Matisse</translation>
    </message>
    <message>
        <source>Matisse — Woman with a Hat</source>
        <translation>Matisse — La Femme au chapeau</translation>
    </message>
    <message>
        <source>Sample &amp;photos</source>
        <translation>&amp;Photos d’exemple</translation>
    </message>
    <message>
        <source>Sample p&amp;aintings</source>
        <translation>&amp;Tableaux d’exemple</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>Essayez un exemple</translation>
    </message>
    <message>
        <source>Click a photo, then a painting, and press Start. Your own pictures: drop them on Content and Style.</source>
        <translation>Cliquez sur une photo, puis sur un tableau, puis sur Démarrer. Vos propres images&#xa0;: déposez-les sur Contenu et Style.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Paintings</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>%1
Click to use it as the style.</source>
        <translation>%1
Cliquez pour l’utiliser comme style.</translation>
    </message>
    <message>
        <source>%1
Click to paint this photo.</source>
        <translation>%1
Cliquez pour repeindre cette photo.</translation>
    </message>
</context>
<context>
    <name>nss::SettingsPanel</name>
    <message>
        <source>&amp;Style</source>
        <translation>&amp;Style</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>C&amp;ontenu</translation>
    </message>
    <message>
        <source>S&amp;moothness</source>
        <translation>&amp;Lissage</translation>
    </message>
    <message>
        <source>How strongly the painting&apos;s texture is imposed. Changes a running picture.</source>
        <translation>Intensité avec laquelle la texture du tableau est appliquée. Modifie aussi une image en cours.</translation>
    </message>
    <message>
        <source>How closely the photo&apos;s shapes are kept. Changes a running picture.</source>
        <translation>Fidélité aux formes de la photo. Modifie aussi une image en cours.</translation>
    </message>
    <message>
        <source>Total-variation weight: smooths pixel noise. Changes a running picture.</source>
        <translation>Poids de la variation totale&#xa0;: lisse le bruit des pixels. Modifie aussi une image en cours.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Longest side of the result; larger is slower.</source>
        <translation>Plus grand côté du résultat&#x202f;; plus il est grand, plus le calcul est long.</translation>
    </message>
    <message>
        <source>L-BFGS (best quality)</source>
        <translation>L-BFGS (meilleure qualité)</translation>
    </message>
    <message>
        <source>Adam (smoother progress)</source>
        <translation>Adam (progression plus régulière)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> étapes</translation>
    </message>
    <message>
        <source>The same seed and settings give the same picture.</source>
        <translation>La même graine et les mêmes réglages donnent la même image.</translation>
    </message>
    <message>
        <source>Content image</source>
        <translation>Image de contenu</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Average (softer)</source>
        <translation>Moyenne (plus doux)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Luminance transfer</source>
        <translation>Transfert de la luminance</translation>
    </message>
    <message>
        <source>Histogram match</source>
        <translation>Correspondance d’histogramme</translation>
    </message>
    <message>
        <source>Output si&amp;ze:</source>
        <translation>&amp;Taille de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>&amp;Nombre d’étapes&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;ptimizer:</source>
        <translation>O&amp;ptimiseur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Gra&amp;ine&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Partir &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Poo&amp;ling:</source>
        <translation>A&amp;grégation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep colours:</source>
        <translation>Conser&amp;ver les couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Fichier image…</translation>
    </message>
    <message>
        <source>The picture the optimisation starts from.</source>
        <translation>L’image dont part l’optimisation.</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>Partir d’une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>Aucune image choisie</translation>
    </message>
    <message>
        <source>needs ≈ %1 of %2 free</source>
        <translation>nécessite ≈ %1 sur %2 libres</translation>
    </message>
    <message>
        <source>needs ≈ %1</source>
        <translation>nécessite ≈ %1</translation>
    </message>
    <message>
        <source>Predicted peak memory of the run, and the memory the machine has available now.</source>
        <translation>Pic de mémoire prévu pour le calcul, et la mémoire disponible maintenant sur la machine.</translation>
    </message>
    <message>
        <source>This size does not fit in the free memory: Start offers the largest size that does.</source>
        <translation>Cette taille ne tient pas dans la mémoire libre : Démarrer propose la plus grande taille qui tient.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Off (output size only)</source>
        <translation>Désactivé (taille de sortie seulement)</translation>
    </message>
    <message>
        <source>%1 sizes</source>
        <translation>%1 tailles</translation>
    </message>
    <message>
        <source>Paint small first, then enlarge and refine: much faster to a good picture.</source>
        <translation>Peindre d’abord en petit, puis agrandir et affiner : on obtient bien plus vite une bonne image.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>Complète (fp32)</translation>
    </message>
    <message>
        <source>Reduced (bf16)</source>
        <translation>Réduite (bf16)</translation>
    </message>
    <message>
        <source>Automatic computes Adam runs in bf16 on processors that have it (faster, same quality within 2%) and everything else in fp32. Full turns reduced precision off.</source>
        <translation>Automatique calcule les exécutions Adam en bf16 sur les processeurs qui le permettent (plus rapide, même qualité à 2 % près) et tout le reste en fp32. Complète désactive la précision réduite.</translation>
    </message>
    <message>
        <source>Coarse to fi&amp;ne:</source>
        <translation>Du grossier au fi&amp;n :</translation>
    </message>
    <message>
        <source>Prec&amp;ision:</source>
        <translation>Préc&amp;ision :</translation>
    </message>
    <message>
        <source>How often a frame is kept for export and the time-lapse. The preview itself refreshes about twice a second.</source>
        <translation>Fréquence à laquelle une image est conservée pour l’exportation et le time-lapse. L’aperçu lui-même se rafraîchit environ deux fois par seconde.</translation>
    </message>
    <message>
        <source>Keep a frame e&amp;very:</source>
        <translation>Garder une i&amp;mage toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>%1, in tiles of %2 px</source>
        <translation>%1, en tuiles de %2 px</translation>
    </message>
    <message>
        <source>The whole picture does not fit in one pass: it is painted a tile at a time, with the same result, in more time.</source>
        <translation>L’image entière ne tient pas en une passe : elle est peinte tuile par tuile, avec le même résultat, en plus de temps.</translation>
    </message>
    <message>
        <source>Stea&amp;diness</source>
        <translation>Sta&amp;bilité</translation>
    </message>
    <message>
        <source>Temporal weight: how firmly each video frame holds to the one before it, against flicker. Changes a running video.</source>
        <translation>Poids temporel : à quel point chaque image de la vidéo tient à la précédente, contre le scintillement. Modifie une vidéo en cours.</translation>
    </message>
</context>
<context>
    <name>nss::StyleListPanel</name>
    <message>
        <source>Size of the painting&apos;s brush strokes relative to the output size.</source>
        <translation>Taille des coups de pinceau du tableau par rapport à la taille de sortie.</translation>
    </message>
    <message>
        <source>&amp;Add style</source>
        <translation>Ajouter un st&amp;yle</translation>
    </message>
    <message>
        <source>Blend several paintings; each one&apos;s weight sets its share.</source>
        <translation>Mélangez plusieurs tableaux&#x202f;; le poids de chacun fixe sa part.</translation>
    </message>
    <message>
        <source>Style sc&amp;ale:</source>
        <translation>É&amp;chelle du style&#xa0;:</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>Style %1</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>Déposez un tableau ici</translation>
    </message>
    <message>
        <source>blend </source>
        <translation>mélange </translation>
    </message>
    <message>
        <source>This painting&apos;s share of the style; shares are normalised to sum to 1.</source>
        <translation>Part de ce tableau dans le style&#x202f;; les parts sont normalisées pour que leur somme fasse 1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 is %2 px, painted at %3 px: its brush strokes will be enlarged %4×. A lower style scale keeps them finer.</source>
        <translation>%1 mesure %2 px et est peint à %3 px : ses coups de pinceau seront agrandis %4×. Une échelle de style plus petite les garde plus fins.</translation>
    </message>
    <message>
        <source>Part…</source>
        <translation>Partie…</translation>
    </message>
    <message>
        <source>Use Part of This Painting…</source>
        <translation>Utiliser une partie de ce tableau…</translation>
    </message>
    <message>
        <source>Use All of It</source>
        <translation>Utiliser tout le tableau</translation>
    </message>
    <message>
        <source>Part of the painting</source>
        <translation>Partie du tableau</translation>
    </message>
    <message>
        <source>Drop a painting here first.</source>
        <translation>Déposez d’abord un tableau ici.</translation>
    </message>
    <message>
        <source>The part of the painting to use</source>
        <translation>La partie du tableau à utiliser</translation>
    </message>
    <message>
        <source>Grey pictures, white where the painting counts (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>Images grises, blanches là où le tableau compte (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>There is no style %1.</source>
        <translation>Il n’y a pas de style %1.</translation>
    </message>
    <message>
        <source>Using part: %1</source>
        <translation>Partie utilisée : %1</translation>
    </message>
    <message>
        <source>Only the white part of %1 is used. Choose another part, or use all of the painting.</source>
        <translation>Seule la partie blanche de %1 est utilisée. Choisissez une autre partie, ou utilisez tout le tableau.</translation>
    </message>
    <message>
        <source>Use only part of this painting: choose a grey picture over it, white where its strokes and colours count.</source>
        <translation>N’utiliser qu’une partie de ce tableau : choisissez une image grise par-dessus, blanche là où ses coups de pinceau et ses couleurs comptent.</translation>
    </message>
</context>
<context>
    <name>nss::StyleObjective</name>
    <message>
        <source>The content image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>L’image de contenu doit être un tenseur flottant 1 x 3 x H x W (reçu : %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>No content or style layer is selected.</source>
        <translation>Aucune couche de contenu ou de style n’est sélectionnée.</translation>
    </message>
    <message>
        <source>No style image was given.</source>
        <translation>Aucune image de style n’a été fournie.</translation>
    </message>
    <message>
        <source>Each style image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>Chaque image de style doit être un tenseur flottant 1 x 3 x H x W (reçu : %1).</translation>
    </message>
    <message>
        <source>%1 blend weights were given for %2 style images.</source>
        <translation>%1 poids de mélange ont été donnés pour %2 images de style.</translation>
    </message>
    <message>
        <source>Style blend weights must be finite and not negative (got %1).</source>
        <translation>Les poids de mélange des styles doivent être finis et non négatifs (reçu : %1).</translation>
    </message>
    <message>
        <source>The style blend weights add up to zero.</source>
        <translation>La somme des poids de mélange des styles est nulle.</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (expected conv1_1 ... conv5_4).</source>
        <translation>Couche VGG-19 inconnue « %1 » (attendu : conv1_1 … conv5_4).</translation>
    </message>
    <message>
        <source>The weight of layer %1 must be finite and not negative.</source>
        <translation>Le poids de la couche %1 doit être fini et non négatif.</translation>
    </message>
    <message>
        <source>Computing the style and content targets failed: %1</source>
        <translation>Le calcul des cibles de style et de contenu a échoué : %1</translation>
    </message>
    <message>
        <source>The %1 must be a 1 x 1 x %2 x %3 float tensor, the content&apos;s size (got %4).</source>
        <translation>Le %1 doit être un tenseur flottant 1 x 1 x %2 x %3, à la taille du contenu (reçu : %4).</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>%1 masques de style ont été donnés pour %2 images de style.</translation>
    </message>
    <message>
        <source>style mask</source>
        <translation>masque de style</translation>
    </message>
    <message>
        <source>keep-the-photo mask</source>
        <translation>masque « garder la photo »</translation>
    </message>
    <message>
        <source>%1 source masks were given for %2 style images.</source>
        <translation>%1 masques source ont été donnés pour %2 images de style.</translation>
    </message>
    <message>
        <source>The source mask of style %1 must be a 1 x 1 x %2 x %3 float tensor (got %4).</source>
        <translation>Le masque source du style %1 doit être un tenseur float de 1 x 1 x %2 x %3 (reçu : %4).</translation>
    </message>
    <message>
        <source>The part of style image %1 to use is empty: paint some of it white in its source mask.</source>
        <translation>La partie de l’image de style %1 à utiliser est vide : peignez-en une partie en blanc dans son masque source.</translation>
    </message>
    <message>
        <source>Stopped while computing the style targets.</source>
        <translation>Arrêté pendant le calcul des cibles de style.</translation>
    </message>
</context>
<context>
    <name>nss::StyleRunner</name>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale (%1).</source>
        <translation>Mémoire insuffisante pour cette image : choisissez une taille de sortie ou une échelle de style plus petite (%1).</translation>
    </message>
    <message>
        <source>The style engine failed: %1</source>
        <translation>Le moteur de style a échoué : %1</translation>
    </message>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale.</source>
        <translation>Mémoire insuffisante pour cette image : choisissez une taille de sortie ou une échelle de style plus petite.</translation>
    </message>
    <message>
        <source>No VGG-19 weights file is set.</source>
        <translation>Aucun fichier de poids VGG-19 n’est défini.</translation>
    </message>
    <message>
        <source>Loading VGG-19 weights…</source>
        <translation>Chargement des poids VGG-19…</translation>
    </message>
    <message>
        <source>The content image is empty.</source>
        <translation>L’image de contenu est vide.</translation>
    </message>
    <message>
        <source>Expected %1 style images, got %2.</source>
        <translation>%1 images de style attendues, %2 reçues.</translation>
    </message>
    <message>
        <source>The style image %1 is empty.</source>
        <translation>L’image de style %1 est vide.</translation>
    </message>
    <message>
        <source>The image to start from (%1) is empty.</source>
        <translation>L’image de départ (%1) est vide.</translation>
    </message>
    <message>
        <source>Computing style targets (%1)…</source>
        <translation>Calcul des cibles de style (%1)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4)…</source>
        <translation>Peinture à %1 × %2 px (échelle %3 sur %4)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4), tile %5 of %6…</source>
        <translation>Peinture à %1 × %2 px (échelle %3 sur %4), tuile %5 sur %6…</translation>
    </message>
    <message>
        <source>Computing style targets (%1), tile %2 of %3…</source>
        <translation>Calcul des cibles de style (%1), tuile %2 sur %3…</translation>
    </message>
    <message>
        <source>The checkpoint was saved by a run of other pictures or settings: it cannot continue this one. Delete it, or choose another file, to start afresh.</source>
        <translation>Le point de reprise a été enregistré par un calcul portant sur d’autres images ou d’autres réglages : il ne peut pas poursuivre celui-ci. Supprimez-le, ou choisissez un autre fichier, pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The checkpoint does not fit this run&apos;s plan of scales (it was saved by another version of the app). Delete it to start afresh.</source>
        <translation>Le point de reprise ne correspond pas au plan d’échelles de ce calcul (il a été enregistré par une autre version de l’application). Supprimez-le pour repartir de zéro.</translation>
    </message>
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>Au moins un des poids de contenu, de style et de variation totale doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>Choisissez au moins une image de style.</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>Au moins un poids de mélange des styles doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>A content weight above 0 needs at least one content layer.</source>
        <translation>Un poids de contenu supérieur à 0 nécessite au moins une couche de contenu.</translation>
    </message>
    <message>
        <source>A style weight above 0 needs at least one style layer.</source>
        <translation>Un poids de style supérieur à 0 nécessite au moins une couche de style.</translation>
    </message>
    <message>
        <source>Choose the image to start from, or start from the content image or noise.</source>
        <translation>Choisissez l’image de départ, ou partez de l’image de contenu ou d’un bruit.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>Le réglage «&#xa0;%1&#xa0;» a une valeur d’un type incorrect ou hors limites.</translation>
    </message>
</context>
<context>
    <name>nss::StyleWorker</name>
    <message>
        <source>The style engine failed: %1</source>
        <translation>Le moteur de style a échoué : %1</translation>
    </message>
    <message>
        <source>The style engine failed unexpectedly.</source>
        <translation>Le moteur de style a échoué de façon inattendue.</translation>
    </message>
    <message>
        <source>Painting frame %1 of %2…</source>
        <translation>Peinture de l’image %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>nss::TarDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 n&apos;est pas un fichier de poids lisible par cette application : %2</translation>
    </message>
    <message>
        <source>it is a truncated tar archive (its end marker is missing).</source>
        <translation>c’est une archive tar tronquée (son marqueur de fin manque).</translation>
    </message>
    <message>
        <source>it is a tar archive with a garbled or truncated member at byte %1.</source>
        <translation>c’est une archive tar avec un membre altéré ou tronqué à l’octet %1.</translation>
    </message>
    <message>
        <source>it is a tar archive with more than %1 members.</source>
        <translation>c’est une archive tar de plus de %1 membres.</translation>
    </message>
</context>
<context>
    <name>nss::VggNet</name>
    <message>
        <source>VGG-19 has no convolution at feature index %1.</source>
        <translation>VGG-19 n’a pas de convolution à l’indice de caractéristique %1.</translation>
    </message>
    <message>
        <source>The VGG-19 weights lack the convolution at feature index %1 (features.%1).</source>
        <translation>Il manque aux poids VGG-19 la convolution à l’indice de caractéristique %1 (features.%1).</translation>
    </message>
    <message>
        <source>The VGG-19 weights have the wrong shape at features.%1.</source>
        <translation>Les poids VGG-19 n’ont pas la bonne forme pour features.%1.</translation>
    </message>
    <message>
        <source>The VGG-19 weights could not be prepared: %1</source>
        <translation>Les poids VGG-19 n’ont pas pu être préparés : %1</translation>
    </message>
</context>
<context>
    <name>nss::WebpAnimation</name>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>Cette libwebp n’est pas la version avec laquelle l’application a été compilée</translation>
    </message>
    <message>
        <source>WebP animation encoder could not be created (out of memory?)</source>
        <translation>Impossible de créer l’encodeur d’animation WebP (mémoire insuffisante&#x202f;?)</translation>
    </message>
    <message>
        <source>A time-lapse frame is %1 x %2 pixels, not %3 x %4</source>
        <translation>Une image du time-lapse mesure %1 × %2 pixels au lieu de %3 × %4</translation>
    </message>
    <message>
        <source>WebP animation encoding failed: %1</source>
        <translation>Échec de l’encodage de l’animation WebP&#xa0;: %1</translation>
    </message>
    <message>
        <source>The time-lapse was already finished</source>
        <translation>Le time-lapse est déjà terminé</translation>
    </message>
</context>
<context>
    <name>nss::WeightsCache</name>
    <message>
        <source>The weights cache %1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire le cache de poids %1 : %2.</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDialog</name>
    <message>
        <source>VGG-19 weights needed</source>
        <translation>Poids VGG-19 nécessaires</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>Poids VGG-19</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Poids PyTorch (*.pth *.pt *.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a weights file.</source>
        <translation>« %1 » est un dossier, pas un fichier de poids.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>« %1 » ne peut pas être lu (vérifiez ses droits).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Download paused at %1 MB; Resume continues from there.</source>
        <translation>Téléchargement arrêté à %1 Mo ; « Reprendre » continue à partir de là.</translation>
    </message>
    <message>
        <source>%1 MB downloaded earlier; Resume continues from there.</source>
        <translation>%1 Mo déjà téléchargés ; « Reprendre » continue à partir de là.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>&lt;p&gt;Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs torchvision&apos;s weights file once:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Download&lt;/b&gt; fetches it into &lt;tt&gt;%4&lt;/tt&gt; (it can be stopped and resumed). Or choose a copy you already have, for example from PyTorch&apos;s cache, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. The choice is remembered; Preferences can change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neural Style Studio peint avec le réseau VGG-19 entraîné sur ImageNet. Il lui faut une fois le fichier de poids de torchvision :&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Télécharger&lt;/b&gt; l’enregistre dans &lt;tt&gt;%4&lt;/tt&gt; (le téléchargement peut être arrêté et repris). Ou choisissez une copie que vous avez déjà, par exemple dans le cache de PyTorch, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. Le choix est mémorisé ; les Préférences permettent de le changer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>S&amp;top Download</source>
        <translation>&amp;Arrêter le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>&amp;Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1</source>
        <translation>Téléchargé et vérifié : %1</translation>
    </message>
    <message>
        <source>Checking the downloaded file…</source>
        <translation>Vérification du fichier téléchargé…</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDownloader</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place (%1). Delete %2 and start again.</source>
        <translation>Le serveur a repris le téléchargement au mauvais endroit (%1). Supprimez %2 et recommencez.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? %3 MB are needed.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Le disque est-il plein ? %3 Mo sont nécessaires.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>Le serveur a répondu HTTP %1 (%2) pour %3.</translation>
    </message>
    <message>
        <source>The download was interrupted after %1 MB: %2. Start it again to resume where it stopped.</source>
        <translation>Le téléchargement a été interrompu après %1 Mo : %2. Relancez-le pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The download from %1 stalled (no data for %2 seconds). Check the network connection and try again.</source>
        <translation>Le téléchargement depuis %1 est bloqué (aucune donnée depuis %2 secondes). Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2. Check the network connection and try again.</source>
        <translation>%1 est injoignable : %2. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its SHA-256 starts with %1, %2 was expected. It was deleted; start the download again.</source>
        <translation>Le fichier téléchargé est endommagé : son SHA-256 commence par %1, %2 était attendu. Il a été supprimé ; relancez le téléchargement.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2.</source>
        <translation>%1 ne peut pas être relu : %2.</translation>
    </message>
</context>
<context>
    <name>nss::ZipDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 n&apos;est pas un fichier de poids lisible par cette application : %2</translation>
    </message>
    <message>
        <source>its zip directory cannot be read.</source>
        <translation>son répertoire zip ne peut pas être lu.</translation>
    </message>
    <message>
        <source>it is a truncated zip archive (its directory at the end is missing).</source>
        <translation>c&apos;est une archive zip tronquée (son répertoire final manque).</translation>
    </message>
    <message>
        <source>its zip64 directory locator is missing.</source>
        <translation>son localisateur de répertoire zip64 manque.</translation>
    </message>
    <message>
        <source>its zip64 directory record is missing.</source>
        <translation>son enregistrement de répertoire zip64 manque.</translation>
    </message>
    <message>
        <source>its zip directory lies outside the file (truncated?).</source>
        <translation>son répertoire zip est hors du fichier (tronqué ?).</translation>
    </message>
    <message>
        <source>its zip directory is garbled (entry %1).</source>
        <translation>son répertoire zip est corrompu (entrée %1).</translation>
    </message>
    <message>
        <source>its zip entry %1 is compressed; PyTorch writes them uncompressed.</source>
        <translation>son entrée zip %1 est compressée ; PyTorch les écrit sans compression.</translation>
    </message>
    <message>
        <source>its zip entry %1 has impossible sizes.</source>
        <translation>son entrée zip %1 a des tailles impossibles.</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: the zip entry %2 is garbled.</source>
        <translation>%1 n&apos;est pas un fichier de poids lisible par cette application : l&apos;entrée zip %2 est corrompue.</translation>
    </message>
    <message>
        <source>%1 is truncated: the zip entry %2 reaches past the end of the file.</source>
        <translation>%1 est tronqué : l&apos;entrée zip %2 dépasse la fin du fichier.</translation>
    </message>
</context>
</TS>
