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
        <source>Choose the VGG-19 weights file to start.</source>
        <translation>Choisissez le fichier de poids VGG-19 pour commencer.</translation>
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
        <source>The last session&apos;s picture was neither exported nor saved in a project. Restore its settings and picture?</source>
        <translation>L’image de la dernière session n’a été ni exportée ni enregistrée dans un projet. Restaurer ses réglages et son image ?</translation>
    </message>
    <message>
        <source>Restored the last session (step %1).</source>
        <translation>Dernière session restaurée (étape %1).</translation>
    </message>
    <message>
        <source>Stopped at step %1.</source>
        <translation>Arrêté à l’étape %1.</translation>
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
    <name>nss::WeightsDialog</name>
    <message>
        <source>VGG-19 weights needed</source>
        <translation>Poids VGG-19 nécessaires</translation>
    </message>
    <message>
        <source>&lt;p&gt;Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs torchvision&apos;s weights file once:&lt;/p&gt;&lt;p&gt;&lt;b&gt;vgg19-dcbad4b5.pth&lt;/b&gt;, 548 MB, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&quot;&gt;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Download it with a browser (or copy it from PyTorch&apos;s cache, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;), then choose it here. The choice is remembered; Preferences can change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neural Style Studio peint avec le réseau VGG-19 entraîné sur ImageNet. Il lui faut une fois le fichier de poids de torchvision :&lt;/p&gt;&lt;p&gt;&lt;b&gt;vgg19-dcbad4b5.pth&lt;/b&gt;, 548 Mo, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&quot;&gt;https://download.pytorch.org/models/vgg19-dcbad4b5.pth&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Téléchargez-le avec un navigateur (ou copiez-le depuis le cache de PyTorch, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;), puis choisissez-le ici. Le choix est mémorisé ; les Préférences permettent de le changer.&lt;/p&gt;</translation>
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
</context>
</TS>
