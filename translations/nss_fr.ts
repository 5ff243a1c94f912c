<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Use N threads for the engine (default: all cores).</source>
        <translation>Utilise N threads pour le moteur (par défaut&#xa0;: tous les cœurs).</translation>
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
        <source>With --check-weights: also print the SHA-256 (reads the whole file).</source>
        <translation>Avec --check-weights : afficher aussi le SHA-256 (lit tout le fichier).</translation>
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
        <source>it is in PyTorch&apos;s tar format (before 0.4); load and re-save it with a recent PyTorch.</source>
        <translation>il est au format tar de PyTorch (avant 0.4) ; chargez-le et réenregistrez-le avec un PyTorch récent.</translation>
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
        <source>PyTorch zip (torch.save since 1.6)</source>
        <translation>PyTorch zip (torch.save depuis 1.6)</translation>
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
    <name>nss::ExportActions</name>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
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
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
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
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
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
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>les métadonnées intégrées ne contiennent aucun réglage</translation>
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
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
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
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>Déposez un tableau ici</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>L’image apparaît ici pendant qu’elle est peinte.</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>Déposez une photo et un tableau pour commencer.</translation>
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
        <source>How often the preview is updated.</source>
        <translation>Fréquence de mise à jour de l’aperçu.</translation>
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
        <source>Pre&amp;view every:</source>
        <translation>&amp;Aperçu toutes les&#xa0;:</translation>
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
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>Output size must be between 16 and %1 pixels (got %2).</source>
        <translation>La taille de sortie doit être comprise entre 16 et %1 pixels (valeur indiquée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Style scale must be between 0.05 and 8 (got %1).</source>
        <translation>L’échelle du style doit être comprise entre 0,05 et 8 (valeur indiquée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Steps must be between 1 and %1 (got %2).</source>
        <translation>Le nombre d’étapes doit être compris entre 1 et %1 (valeur indiquée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most 10 (got %1).</source>
        <translation>Le taux d’apprentissage doit être supérieur à 0 et au plus égal à 10 (valeur indiquée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between 1 and 1000 (got %1).</source>
        <translation>La taille de l’historique L-BFGS doit être comprise entre 1 et 1000 (valeur indiquée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>Le poids «&#xa0;%1&#xa0;» doit être un nombre compris entre 0 et 1e15 (valeur indiquée&#xa0;: %2).</translation>
    </message>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>Au moins un des poids de contenu, de style et de variation totale doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>Choisissez au moins une image de style.</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>Les poids de mélange des styles doivent être des nombres compris entre 0 et 1e6 (valeur indiquée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>Au moins un poids de mélange des styles doit être supérieur à 0.</translation>
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
        <source>The preview interval must be at least 1 step (got %1).</source>
        <translation>L’intervalle d’aperçu doit être d’au moins 1 étape (valeur indiquée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and 1024 (got %1).</source>
        <translation>Le nombre de threads doit être compris entre 0 (tous les cœurs) et 1024 (valeur indiquée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>Le réglage «&#xa0;%1&#xa0;» a une valeur d’un type incorrect ou hors limites.</translation>
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
