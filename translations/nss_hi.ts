<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>VideoFile</name>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>%1 खोलते समय मेमोरी कम पड़ गई।</translation>
    </message>
    <message>
        <source>A %1 file cannot hold the sound of %2, which is %3, and the sound is copied, not converted. Save as .mkv, which holds any sound.</source>
        <translation>%1 फ़ाइल में %2 की ध्वनि (%3) नहीं रखी जा सकती, और ध्वनि कॉपी की जाती है, बदली नहीं जाती। .mkv के रूप में सहेजें, जिसमें कोई भी ध्वनि रह सकती है।</translation>
    </message>
    <message>
        <source>The sound of %1 could not be read: %2.</source>
        <translation>%1 की ध्वनि पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Is the disk full? Nothing was saved.</source>
        <translation>%1 लिखा नहीं जा सका: %2। क्या डिस्क भर गई है? कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>No video file was given.</source>
        <translation>कोई वीडियो फ़ाइल नहीं दी गई।</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a video file.</source>
        <translation>%1 एक फ़ोल्डर है, वीडियो फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2।</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 खाली है।</translation>
    </message>
    <message>
        <source>%1 could not be read as a video: it is not in a video format this program knows, or the file is damaged or incomplete (%2).</source>
        <translation>%1 को वीडियो के रूप में पढ़ा नहीं जा सका: यह किसी ऐसे वीडियो प्रारूप में नहीं है जिसे यह प्रोग्राम जानता है, या फ़ाइल क्षतिग्रस्त या अधूरी है (%2)।</translation>
    </message>
    <message>
        <source>%1 is damaged: its streams could not be read (%2).</source>
        <translation>%1 क्षतिग्रस्त है: इसकी स्ट्रीम पढ़ी नहीं जा सकीं (%2)।</translation>
    </message>
    <message>
        <source>%1 is a picture, not a video.</source>
        <translation>%1 एक चित्र है, वीडियो नहीं।</translation>
    </message>
    <message>
        <source>%1 has no video stream: it holds only sound.</source>
        <translation>%1 में कोई वीडियो स्ट्रीम नहीं है: इसमें केवल ध्वनि है।</translation>
    </message>
    <message>
        <source>%1 has no video stream.</source>
        <translation>%1 में कोई वीडियो स्ट्रीम नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation>%1 वीडियो फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 uses the video codec &quot;%2&quot;, which this program cannot decode.</source>
        <translation>%1 वीडियो कोडेक &quot;%2&quot; का उपयोग करता है, जिसे यह प्रोग्राम डिकोड नहीं कर सकता।</translation>
    </message>
    <message>
        <source>%1 does not say how large its pictures are: the file is damaged.</source>
        <translation>%1 यह नहीं बताता कि इसके चित्र कितने बड़े हैं: फ़ाइल क्षतिग्रस्त है।</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels, larger than this program accepts (at most %4 pixels on a side and %5 megapixels).</source>
        <translation>%1 %2 × %3 पिक्सेल का है, इस प्रोग्राम की सीमा से बड़ा (एक भुजा पर अधिकतम %4 पिक्सेल और %5 मेगापिक्सेल)।</translation>
    </message>
    <message>
        <source>%1 could not be read after frame %2: %3.</source>
        <translation>%1 को फ़्रेम %2 के बाद पढ़ा नहीं जा सका: %3।</translation>
    </message>
    <message>
        <source>%1 ends early: it stops after frame %2 of %3. The file is incomplete, perhaps cut off while it was copied or recorded.</source>
        <translation>%1 जल्दी समाप्त हो जाता है: यह %3 में से फ़्रेम %2 के बाद रुक जाता है। फ़ाइल अधूरी है, शायद कॉपी या रिकॉर्ड करते समय कट गई।</translation>
    </message>
    <message>
        <source>%1 has no video frames.</source>
        <translation>%1 में कोई वीडियो फ़्रेम नहीं है।</translation>
    </message>
    <message>
        <source>%1: frame %2 could not be converted to a picture.</source>
        <translation>%1: फ़्रेम %2 को चित्र में बदला नहीं जा सका।</translation>
    </message>
    <message>
        <source>%1 is damaged: frame %2 could not be decoded (%3).</source>
        <translation>%1 क्षतिग्रस्त है: फ़्रेम %2 डिकोड नहीं हो सका (%3)।</translation>
    </message>
    <message>
        <source>%1: the %2 decoder could not start (%3).</source>
        <translation>%1: %2 डिकोडर शुरू नहीं हो सका (%3)।</translation>
    </message>
    <message>
        <source>Could not encode frame %1 of %2 (%3). Nothing was saved.</source>
        <translation>%2 का फ़्रेम %1 एन्कोड नहीं हो सका (%3)। कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>No file name was given to save the video to.</source>
        <translation>वीडियो सहेजने के लिए कोई फ़ाइल नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Cannot save %1: videos are saved as .mp4, .mov, .m4v, .mkv or .webm.</source>
        <translation>%1 सहेजा नहीं जा सकता: वीडियो .mp4, .mov, .m4v, .mkv या .webm के रूप में सहेजे जाते हैं।</translation>
    </message>
    <message>
        <source>Cannot save %1: a video of %2 x %3 pixels is not possible.</source>
        <translation>%1 सहेजा नहीं जा सकता: %2 × %3 पिक्सेल का वीडियो संभव नहीं है।</translation>
    </message>
    <message>
        <source>Cannot save %1: %2/%3 frames per second is not a frame rate.</source>
        <translation>%1 सहेजा नहीं जा सकता: %2/%3 फ़्रेम प्रति सेकंड कोई फ़्रेम दर नहीं है।</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>%1 सहेजा नहीं जा सकता: फ़ोल्डर %2 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder.</source>
        <translation>%1 सहेजा नहीं जा सकता: यह एक फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>Cannot save %1: this FFmpeg has no %2 encoder.</source>
        <translation>%1 सहेजा नहीं जा सकता: इस FFmpeg में %2 एन्कोडर नहीं है।</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a file in the folder %2 (%3).</source>
        <translation>%1 सहेजा नहीं जा सकता: फ़ोल्डर %2 में फ़ाइल नहीं बनाई जा सकती (%3)।</translation>
    </message>
    <message>
        <source>Cannot save %1: the %2 encoder could not start (%3).</source>
        <translation>%1 सहेजा नहीं जा सकता: %2 एन्कोडर शुरू नहीं हो सका (%3)।</translation>
    </message>
    <message>
        <source>Cannot save %1: the video could not be started (%2).</source>
        <translation>%1 सहेजा नहीं जा सकता: वीडियो शुरू नहीं किया जा सका (%2)।</translation>
    </message>
    <message>
        <source>%1 is already complete.</source>
        <translation>%1 पहले से पूरा है।</translation>
    </message>
    <message>
        <source>A frame of %1 x %2 pixels cannot go into %3, which is %4 x %5.</source>
        <translation>%1 × %2 पिक्सेल का फ़्रेम %3 में नहीं जा सकता, जो %4 × %5 का है।</translation>
    </message>
    <message>
        <source>Out of memory while writing %1.</source>
        <translation>%1 लिखते समय मेमोरी कम पड़ गई।</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: the video has no frames.</source>
        <translation>%1 में कुछ भी सहेजा नहीं गया: वीडियो में कोई फ़्रेम नहीं है।</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>%1 सहेजा नहीं जा सका: %2। कुछ भी सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Neural Style Studio, headless: repaint a photo in the style of a painting.</source>
        <translation>Neural Style Studio, बिना ग्राफ़िकल इंटरफ़ेस के: किसी फ़ोटो को किसी पेंटिंग की शैली में फिर से रंगता है।</translation>
    </message>
    <message>
        <source>Print the version and the LibTorch build.</source>
        <translation>संस्करण और LibTorch बिल्ड की जानकारी दिखाता है।</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>फ़ॉर्मेट: %1</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>आकार: %1 बाइट</translation>
    </message>
    <message>
        <source>tensors: %1</source>
        <translation>टेंसर: %1</translation>
    </message>
    <message>
        <source>(torchvision&apos;s official file)</source>
        <translation>(torchvision की आधिकारिक फ़ाइल)</translation>
    </message>
    <message>
        <source>VGG-19 convolutions found: %1 of %2</source>
        <translation>मिले VGG-19 कनवल्यूशन: %2 में से %1</translation>
    </message>
    <message>
        <source>The VGG-19 weights file (.pth or .safetensors). Default: $NSS_VGG19_WEIGHTS, then vgg19-dcbad4b5.pth in the app&apos;s data folder.</source>
        <translation>VGG-19 वेट्स फ़ाइल (.pth या .safetensors)। डिफ़ॉल्ट: $NSS_VGG19_WEIGHTS, फिर ऐप के डेटा फ़ोल्डर में vgg19-dcbad4b5.pth।</translation>
    </message>
    <message>
        <source>Check the weights file (format, tensors, the 16 VGG-19 convolutions and their shapes) and exit: 0 if usable.</source>
        <translation>वेट्स फ़ाइल जाँचें (फ़ॉर्मेट, टेंसर, 16 VGG-19 कनवल्यूशन और उनके आकार) और बाहर निकलें: उपयोग योग्य हो तो 0।</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>%1 नहीं लिखा जा सकता: अज्ञात छवि प्रकार &quot;%2&quot; (.png, .jpg, .tif या .webp का उपयोग करें)।</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>%1 नहीं लिखा जा सकता: फ़ोल्डर %2 मौजूद नहीं है या उसमें लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Cannot create the frames folder %1.</source>
        <translation>फ़्रेम फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>Open FILE as the content photo.</source>
        <translation>FILE को सामग्री फ़ोटो के रूप में खोलें।</translation>
    </message>
    <message>
        <source>Open FILE as a style painting (repeat for several).</source>
        <translation>FILE को शैली चित्र के रूप में खोलें (कई के लिए दोहराएँ)।</translation>
    </message>
    <message>
        <source>Use FILE as the VGG-19 weights (remembered).</source>
        <translation>FILE को VGG-19 वेट के रूप में उपयोग करें (याद रखा जाता है)।</translation>
    </message>
    <message>
        <source>Open the project FILE (.nssproj).</source>
        <translation>प्रोजेक्ट फ़ाइल FILE (.nssproj) खोलें।</translation>
    </message>
    <message>
        <source>Start painting at once.</source>
        <translation>तुरंत पेंटिंग शुरू करें।</translation>
    </message>
    <message>
        <source>With --check-weights: also print the SHA-256 (reads the whole file).</source>
        <translation>--check-weights के साथ: SHA-256 भी दिखाएँ (पूरी फ़ाइल पढ़ी जाती है)।</translation>
    </message>
    <message>
        <source>variant: %1</source>
        <translation>प्रकार: %1</translation>
    </message>
    <message>
        <source>Frame %1 was not saved: %2 The run goes on.</source>
        <translation>फ़्रेम %1 सहेजा नहीं गया: %2 रन जारी है।</translation>
    </message>
    <message>
        <source>Interrupted at step %1 of %2: wrote the picture so far to %3 (%4).</source>
        <translation>चरण %2 में से %1 पर रोका गया: अब तक का चित्र %3 में लिखा गया (%4)।</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 लिखा गया (%2)।</translation>
    </message>
    <message>
        <source>Interrupted before the first step: there is no picture to write.</source>
        <translation>पहले चरण से पहले रोका गया: लिखने के लिए कोई चित्र नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) could not be saved.</source>
        <translation>
            <numerusform>%n फ़्रेम सहेजा नहीं जा सका।</numerusform>
            <numerusform>%n फ़्रेम सहेजे नहीं जा सके।</numerusform>
        </translation>
    </message>
    <message>
        <source>Use N threads for the engine in this session (default: Preferences, else all cores).</source>
        <translation>इस सत्र में इंजन के लिए N थ्रेड उपयोग करें (डिफ़ॉल्ट: वरीयताएँ, अन्यथा सभी कोर)।</translation>
    </message>
    <message>
        <source>The checkpoint %1 was saved by a run of other pictures or settings. Run that command again to continue it, or delete the file to start afresh.</source>
        <translation>चेकपॉइंट %1 दूसरे चित्रों या सेटिंग्स वाले किसी रन ने सहेजा था। उस रन को आगे बढ़ाने के लिए उसी की कमांड फिर चलाएँ, या नए सिरे से शुरू करने के लिए फ़ाइल हटाएँ।</translation>
    </message>
    <message>
        <source>Continuing from %1: step %2 of %3, saved %4.</source>
        <translation>%1 से आगे बढ़ रहे हैं: %3 में से चरण %2, %4 को सहेजा गया।</translation>
    </message>
    <message>
        <source>The checkpoint was not saved: %1 The run goes on.</source>
        <translation>चेकपॉइंट सहेजा नहीं गया: %1 रन जारी है।</translation>
    </message>
    <message>
        <source>Saved step %1 to %2: run the same command again to continue.</source>
        <translation>चरण %1 को %2 में सहेजा गया: आगे बढ़ने के लिए वही कमांड फिर चलाएँ।</translation>
    </message>
    <message>
        <source>--checkpoint is for a single picture: a video continues by itself from its last finished frame.</source>
        <translation>--checkpoint एक ही चित्र के लिए है: वीडियो अपने आख़िरी पूरे हुए फ़्रेम से अपने-आप आगे बढ़ता है।</translation>
    </message>
</context>
<context>
    <name>nss</name>
    <message>
        <source>Could not save %1: %2. Any previous file of that name is unchanged.</source>
        <translation>%1 सहेजी नहीं जा सकी: %2। इस नाम की पहले से मौजूद फ़ाइल में कोई बदलाव नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2.</source>
        <translation>%1 को लिखने के लिए खोला नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 सहेजी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>No file name was given to save to.</source>
        <translation>सहेजने के लिए कोई फ़ाइल नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>%1 सहेजी नहीं जा सकी: फ़ोल्डर %2 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder.</source>
        <translation>%1 सहेजी नहीं जा सकी: यह एक फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>Could not save %1: cannot create a file in the folder %2 (%3). Choose a folder you can write to.</source>
        <translation>%1 सहेजी नहीं जा सकी: फ़ोल्डर %2 में फ़ाइल नहीं बनाई जा सकती (%3)। कोई ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकते हों।</translation>
    </message>
    <message>
        <source>The image could not be encoded as %1: %2</source>
        <translation>चित्र को %1 के रूप में एनकोड नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG चित्र (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>TIFF image (*.tif *.tiff)</source>
        <translation>TIFF चित्र (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP चित्र (*.webp)</translation>
    </message>
    <message>
        <source>There is no image to export yet.</source>
        <translation>निर्यात करने के लिए अभी कोई चित्र नहीं है।</translation>
    </message>
    <message>
        <source>The TIFF written by Qt could not be given its metadata.</source>
        <translation>Qt की लिखी TIFF फ़ाइल में मेटाडेटा नहीं जोड़ा जा सका।</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>अज्ञात निर्यात फ़ॉर्मैट।</translation>
    </message>
    <message>
        <source>Could not save %1: &quot;%2&quot; is not an export format; use .png, .jpg, .tif or .webp.</source>
        <translation>%1 सहेजी नहीं जा सकी: “%2” निर्यात का कोई फ़ॉर्मैट नहीं है; .png, .jpg, .tif या .webp इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 पढ़ी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <source>%1 is too large to look for settings in.</source>
        <translation>%1 इतनी बड़ी है कि उसमें सेटिंग्स नहीं खोजी जा सकतीं।</translation>
    </message>
    <message>
        <source>%1 holds no Neural Style Studio settings: it was not exported by this app, or another program removed its metadata.</source>
        <translation>%1 में Neural Style Studio की कोई सेटिंग नहीं है: या तो यह इस ऐप से निर्यात नहीं हुई, या किसी दूसरे प्रोग्राम ने इसका मेटाडेटा हटा दिया है।</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be used: %2</source>
        <translation>%1 की सेटिंग्स इस्तेमाल नहीं की जा सकतीं: %2</translation>
    </message>
    <message>
        <source>%1 is not an image in a format this app can read (PNG, JPEG, TIFF, WebP, BMP, ...).</source>
        <translation>%1 किसी ऐसे फ़ॉर्मैट का चित्र नहीं है जिसे यह ऐप पढ़ सके (PNG, JPEG, TIFF, WebP, BMP, ...)।</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels); the limit is %4 megapixels and %5 pixels a side.</source>
        <translation>%1 बहुत बड़ी है (%2 × %3 पिक्सेल); सीमा %4 मेगापिक्सेल और हर भुजा पर %5 पिक्सेल है।</translation>
    </message>
    <message>
        <source>%1 could not be decoded: %2.</source>
        <translation>%1 डिकोड नहीं की जा सकी: %2।</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels).</source>
        <translation>%1 बहुत बड़ी है (%2 × %3 पिक्सेल)।</translation>
    </message>
    <message>
        <source>No image file was given.</source>
        <translation>कोई चित्र फ़ाइल नहीं दी गई।</translation>
    </message>
    <message>
        <source>%1 does not exist (%2).</source>
        <translation>%1 मौजूद नहीं है (%2)।</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file.</source>
        <translation>%1 एक फ़ोल्डर है, चित्र फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 पढ़ी नहीं जा सकती: अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 खाली है (0 बाइट)।</translation>
    </message>
    <message>
        <source>WebP encoding ran out of memory</source>
        <translation>WebP एनकोडिंग के दौरान मेमोरी कम पड़ गई</translation>
    </message>
    <message>
        <source>WebP encoding failed (libwebp error %1)</source>
        <translation>WebP एनकोडिंग विफल रही (libwebp त्रुटि %1)</translation>
    </message>
    <message>
        <source>WebP metadata could not be added: the encoded image was not readable</source>
        <translation>WebP मेटाडेटा नहीं जोड़ा जा सका: एनकोड किया गया चित्र पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>WebP metadata could not be added</source>
        <translation>WebP मेटाडेटा नहीं जोड़ा जा सका</translation>
    </message>
    <message>
        <source>WebP cannot store %1 x %2 pixels; its limit is %3 pixels a side</source>
        <translation>WebP में %1 × %2 पिक्सेल नहीं रखे जा सकते; इसकी सीमा हर भुजा पर %3 पिक्सेल है</translation>
    </message>
    <message>
        <source>There is no image to encode</source>
        <translation>एनकोड करने के लिए कोई चित्र नहीं है</translation>
    </message>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>यह libwebp वह संस्करण नहीं है जिसके साथ ऐप बनाया गया था</translation>
    </message>
    <message>
        <source>There are no frames to export yet.</source>
        <translation>निर्यात करने के लिए अभी कोई फ़्रेम नहीं है।</translation>
    </message>
    <message>
        <source>Could not export the frames: %1 is a file, not a folder.</source>
        <translation>फ़्रेम निर्यात नहीं किए जा सके: %1 एक फ़ाइल है, फ़ोल्डर नहीं।</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 does not exist.</source>
        <translation>फ़्रेम निर्यात नहीं किए जा सके: फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 could not be created.</source>
        <translation>फ़्रेम निर्यात नहीं किए जा सके: फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Frame %1 of %2: %3</source>
        <translation>%2 में से फ़्रेम %1: %3</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 frames were saved in %3.</source>
        <translation>निर्यात रद्द किया गया: %2 में से %1 फ़्रेम %3 में सहेजे गए।</translation>
    </message>
    <message>
        <source>Could not save %1: a time-lapse is an animated WebP; use the .webp extension.</source>
        <translation>%1 सहेजी नहीं जा सकी: टाइम-लैप्स एक एनिमेटेड WebP होता है; .webp एक्सटेंशन इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>There are no frames to make a time-lapse of yet.</source>
        <translation>टाइम-लैप्स बनाने के लिए अभी कोई फ़्रेम नहीं है।</translation>
    </message>
    <message>
        <source>The time-lapse frame delay must be at least 1 ms.</source>
        <translation>टाइम-लैप्स में हर फ़्रेम की अवधि कम से कम 1 ms होनी चाहिए।</translation>
    </message>
    <message>
        <source>Could not save %1: frame %2 has no image.</source>
        <translation>%1 सहेजी नहीं जा सकी: फ़्रेम %2 में कोई चित्र नहीं है।</translation>
    </message>
    <message>
        <source>Time-lapse cancelled; %1 was not written.</source>
        <translation>टाइम-लैप्स रद्द किया गया; %1 नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Neural Style Studio project (*.%1)</source>
        <translation>Neural Style Studio प्रोजेक्ट (*.%1)</translation>
    </message>
    <message>
        <source>No project file was given.</source>
        <translation>कोई प्रोजेक्ट फ़ाइल नहीं दी गई।</translation>
    </message>
    <message>
        <source>The project %1 does not exist (%2).</source>
        <translation>प्रोजेक्ट %1 मौजूद नहीं है (%2)।</translation>
    </message>
    <message>
        <source>The project %1 is a folder, not a file.</source>
        <translation>प्रोजेक्ट %1 एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is far too large (%2 MB).</source>
        <translation>%1 Neural Style Studio प्रोजेक्ट नहीं है: यह फ़ाइल बहुत बड़ी है (%2 MB)।</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: %2.</source>
        <translation>प्रोजेक्ट %1 पढ़ा नहीं जा सकता: %2।</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is not JSON (%2 at byte %3).</source>
        <translation>%1 Neural Style Studio प्रोजेक्ट नहीं है: यह JSON नहीं है (बाइट %3 पर %2)।</translation>
    </message>
    <message>
        <source>%1 is JSON but not a Neural Style Studio project.</source>
        <translation>%1 JSON तो है, लेकिन Neural Style Studio प्रोजेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The project %1 has no valid format version.</source>
        <translation>प्रोजेक्ट %1 में फ़ॉर्मैट का कोई मान्य संस्करण नहीं है।</translation>
    </message>
    <message>
        <source>The project %1 was saved by a newer Neural Style Studio (%2, project format %3); this version reads format %4 and older. Update the app to open it.</source>
        <translation>प्रोजेक्ट %1 Neural Style Studio के नए संस्करण (%2, प्रोजेक्ट फ़ॉर्मैट %3) से सहेजा गया था; यह संस्करण फ़ॉर्मैट %4 और उससे पुराने फ़ॉर्मैट ही पढ़ता है। इसे खोलने के लिए ऐप अपडेट करें।</translation>
    </message>
    <message>
        <source>The project %1 has a bad setting: %2</source>
        <translation>प्रोजेक्ट %1 में एक गलत सेटिंग है: %2</translation>
    </message>
    <message>
        <source>The project %1 uses images that are missing: %2.</source>
        <translation>प्रोजेक्ट %1 ऐसे चित्र इस्तेमाल करता है जो मौजूद नहीं हैं: %2।</translation>
    </message>
    <message>
        <source>%1: the data of tensor %2 could not be read (%3).</source>
        <translation>%1: टेंसर %2 का डेटा पढ़ा नहीं जा सका (%3)।</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 खोली नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <source>VGG-19 has feature layers 0 to 34; %1 was asked for.</source>
        <translation>VGG-19 में फ़ीचर लेयर 0 से 34 हैं; %1 माँगी गई थी।</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 लोड नहीं हो सकी: %2</translation>
    </message>
    <message>
        <source>%1 has no tensor %2 (%3): it is not a torchvision VGG-19 state_dict.</source>
        <translation>%1 में टेंसर %2 (%3) नहीं है: यह torchvision VGG-19 का state_dict नहीं है।</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, VGG-19 expects %4.</source>
        <translation>%1: टेंसर %2 का आकार %3 है, VGG-19 को %4 चाहिए।</translation>
    </message>
    <message>
        <source>%1: tensor %2 holds %3, not floating-point numbers.</source>
        <translation>%1: टेंसर %2 में %3 है, फ़्लोटिंग-पॉइंट संख्याएँ नहीं।</translation>
    </message>
    <message>
        <source>No weights file was given.</source>
        <translation>कोई वेट्स फ़ाइल नहीं दी गई।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a weights file.</source>
        <translation>%1 एक फ़ोल्डर है, वेट्स फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2.</source>
        <translation>%1 अंत तक पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>%1 (set by the environment variable %2)</source>
        <translation>%1 (पर्यावरण चर %2 द्वारा सेट)</translation>
    </message>
    <message>
        <source>The VGG-19 weights were not found. Download %1 (548 MB, CC BY 4.0) from %2 and either put it in %3, set the environment variable %4 to its path, or pass --weights FILE.</source>
        <translation>VGG-19 वेट्स नहीं मिले। %2 से %1 (548 MB, CC BY 4.0) डाउनलोड करें और उसे %3 में रखें, पर्यावरण चर %4 में उसका पथ सेट करें, या --weights FILE दें।</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ऐसी वेट्स फ़ाइल नहीं है जिसे यह ऐप पढ़ सके: %2</translation>
    </message>
    <message>
        <source>storage %1 is described twice, differently.</source>
        <translation>स्टोरेज %1 का दो बार अलग-अलग वर्णन है।</translation>
    </message>
    <message>
        <source>it is a Python pickle without PyTorch&apos;s magic number.</source>
        <translation>यह PyTorch की मैजिक संख्या के बिना एक Python pickle है।</translation>
    </message>
    <message>
        <source>its PyTorch protocol version is %1 (1001 expected).</source>
        <translation>इसका PyTorch प्रोटोकॉल संस्करण %1 है (1001 अपेक्षित)।</translation>
    </message>
    <message>
        <source>it was written on a big-endian machine.</source>
        <translation>यह big-endian मशीन पर लिखी गई थी।</translation>
    </message>
    <message>
        <source>its list of storages names %1, which no tensor uses.</source>
        <translation>इसकी स्टोरेज सूची में %1 है, जिसे कोई टेंसर उपयोग नहीं करता।</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 is missing (the file has %3 bytes).</source>
        <translation>यह अधूरी है: %2 में से स्टोरेज %1 गायब है (फ़ाइल में %3 बाइट हैं)।</translation>
    </message>
    <message>
        <source>storage %1 holds %2 elements, its tensors say %3.</source>
        <translation>स्टोरेज %1 में %2 तत्व हैं, इसके टेंसर %3 बताते हैं।</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.</source>
        <translation>यह अधूरी है: %2 में से स्टोरेज %1 को ऑफ़सेट %4 पर %3 बाइट चाहिए, फ़ाइल में %5 हैं।</translation>
    </message>
    <message>
        <source>the data of tensor %1 is missing.</source>
        <translation>टेंसर %1 का डेटा गायब है।</translation>
    </message>
    <message>
        <source>it is a zip archive without data.pkl (not written by torch.save).</source>
        <translation>यह data.pkl के बिना zip आर्काइव है (torch.save द्वारा नहीं लिखा गया)।</translation>
    </message>
    <message>
        <source>its archive has no entry %1.</source>
        <translation>इसके आर्काइव में %1 प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>its entry %1 has %2 bytes, %3 are needed.</source>
        <translation>इसकी प्रविष्टि %1 में %2 बाइट हैं, %3 चाहिए।</translation>
    </message>
    <message>
        <source>it is too short for a safetensors header.</source>
        <translation>यह safetensors हेडर के लिए बहुत छोटी है।</translation>
    </message>
    <message>
        <source>its safetensors header claims %1 bytes, the file has %2.</source>
        <translation>इसका safetensors हेडर %1 बाइट बताता है, फ़ाइल में %2 हैं।</translation>
    </message>
    <message>
        <source>its safetensors header cannot be read.</source>
        <translation>इसका safetensors हेडर पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>its safetensors header is not valid JSON (%1 at byte %2).</source>
        <translation>इसका safetensors हेडर मान्य JSON नहीं है (बाइट %2 पर %1)।</translation>
    </message>
    <message>
        <source>its header describes tensor %1 incompletely.</source>
        <translation>इसका हेडर टेंसर %1 का अधूरा वर्णन करता है।</translation>
    </message>
    <message>
        <source>tensor %1 has an invalid shape.</source>
        <translation>टेंसर %1 का आकार अमान्य है।</translation>
    </message>
    <message>
        <source>the data of tensor %1 lies outside the file or does not match its shape %2 (truncated?).</source>
        <translation>टेंसर %1 का डेटा फ़ाइल से बाहर है या उसके आकार %2 से मेल नहीं खाता (अधूरी?)।</translation>
    </message>
    <message>
        <source>its safetensors header lists no tensors.</source>
        <translation>इसके safetensors हेडर में कोई टेंसर नहीं है।</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>it is neither a PyTorch file (.pth, .pt) nor a safetensors file.</source>
        <translation>यह न तो PyTorch फ़ाइल (.pth, .pt) है, न ही safetensors फ़ाइल।</translation>
    </message>
    <message>
        <source>PyTorch legacy (torch.save before 1.6)</source>
        <translation>PyTorch पुराना फ़ॉर्मेट (1.6 से पहले का torch.save)</translation>
    </message>
    <message>
        <source>The photo to repaint.</source>
        <translation>दोबारा रंगी जाने वाली फ़ोटो।</translation>
    </message>
    <message>
        <source>A painting whose style to use; repeat for several.</source>
        <translation>वह चित्र जिसकी शैली उपयोग करनी है; कई के लिए दोहराएँ।</translation>
    </message>
    <message>
        <source>Relative weights of the style images, one per --style.</source>
        <translation>शैली छवियों के सापेक्ष भार, हर --style के लिए एक।</translation>
    </message>
    <message>
        <source>Where to write the picture (PNG, JPEG, ... by its suffix).</source>
        <translation>चित्र कहाँ लिखना है (PNG, JPEG, ... उसके प्रत्यय के अनुसार)।</translation>
    </message>
    <message>
        <source>Longest side of the output (default 512); the aspect ratio is kept.</source>
        <translation>आउटपुट की सबसे लंबी भुजा (डिफ़ॉल्ट 512); पक्षानुपात बना रहता है।</translation>
    </message>
    <message>
        <source>Optimisation steps (L-BFGS: loss evaluations; default 300).</source>
        <translation>अनुकूलन चरण (L-BFGS: हानि मूल्यांकन; डिफ़ॉल्ट 300)।</translation>
    </message>
    <message>
        <source>The optimiser (default lbfgs).</source>
        <translation>ऑप्टिमाइज़र (डिफ़ॉल्ट lbfgs)।</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate, on RGB values in 0..1 (default 0.02).</source>
        <translation>Adam की सीखने की दर, 0..1 के RGB मानों पर (डिफ़ॉल्ट 0.02)।</translation>
    </message>
    <message>
        <source>Weight of the content loss (default 1).</source>
        <translation>सामग्री हानि का भार (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>Weight of the style loss (default 1e6).</source>
        <translation>शैली हानि का भार (डिफ़ॉल्ट 1e6)।</translation>
    </message>
    <message>
        <source>Weight of the total-variation (smoothness) loss (default 0).</source>
        <translation>कुल-भिन्नता (चिकनाई) हानि का भार (डिफ़ॉल्ट 0)।</translation>
    </message>
    <message>
        <source>Start from the photo (default), seeded noise, or an image file.</source>
        <translation>फ़ोटो (डिफ़ॉल्ट), बीज वाले शोर, या किसी छवि फ़ाइल से शुरू करें।</translation>
    </message>
    <message>
        <source>Random seed: the same seed, inputs and options give the same bytes (default 0).</source>
        <translation>यादृच्छिक बीज: वही बीज, इनपुट और विकल्प वही बाइट देते हैं (डिफ़ॉल्ट 0)।</translation>
    </message>
    <message>
        <source>VGG pooling (default max).</source>
        <translation>VGG पूलिंग (डिफ़ॉल्ट max)।</translation>
    </message>
    <message>
        <source>Keep the photo&apos;s colours: luminance-only transfer or colour-histogram matching.</source>
        <translation>फ़ोटो के रंग रखें: केवल ल्यूमिनेंस स्थानांतरण या रंग-हिस्टोग्राम मिलान।</translation>
    </message>
    <message>
        <source>Size of the style image relative to the output (default 1).</source>
        <translation>आउटपुट के सापेक्ष शैली छवि का आकार (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>Save a frame every n steps into --frames-dir.</source>
        <translation>हर n चरणों पर एक फ़्रेम --frames-dir में सहेजें।</translation>
    </message>
    <message>
        <source>Folder for the frames (created if missing; every 100 steps unless --save-every).</source>
        <translation>फ़्रेम के लिए फ़ोल्डर (न हो तो बनाया जाता है; --save-every के बिना हर 100 चरण)।</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch थ्रेड (डिफ़ॉल्ट: सभी कोर)।</translation>
    </message>
    <message>
        <source>--%1 expects %2 (got &quot;%3&quot;).</source>
        <translation>--%1 को %2 चाहिए (मिला &quot;%3&quot;)।</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>एक पूर्ण संख्या</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <source>Time the run and print one JSON line: size, steps, optimizer, median seconds per step, peak RSS.</source>
        <translation>रन का समय मापें और एक JSON पंक्ति छापें: आकार, चरण, ऑप्टिमाइज़र, प्रति चरण सेकंड की माध्यिका, अधिकतम RSS।</translation>
    </message>
    <message>
        <source>Choose the photo to repaint with --content FILE.</source>
        <translation>--content FILE से दोबारा रंगी जाने वाली फ़ोटो चुनें।</translation>
    </message>
    <message>
        <source>Choose at least one style image with --style FILE.</source>
        <translation>--style FILE से कम से कम एक शैली छवि चुनें।</translation>
    </message>
    <message>
        <source>--style-blend has %1 weights for %2 style images.</source>
        <translation>--style-blend में %2 शैली छवियों के लिए %1 भार हैं।</translation>
    </message>
    <message>
        <source>--style-blend expects numbers separated by commas (got &quot;%1&quot;).</source>
        <translation>--style-blend को अल्पविराम से अलग संख्याएँ चाहिए (मिला &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>Choose where to write the picture with --output FILE.</source>
        <translation>--output FILE से चुनें कि चित्र कहाँ लिखना है।</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 (got %1).</source>
        <translation>--seed को 0 से शुरू होने वाली पूर्ण संख्या चाहिए (मिला %1)।</translation>
    </message>
    <message>
        <source>--optimizer must be lbfgs or adam (got &quot;%1&quot;).</source>
        <translation>--optimizer lbfgs या adam होना चाहिए (मिला &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>--pooling must be max or avg (got &quot;%1&quot;).</source>
        <translation>--pooling max या avg होना चाहिए (मिला &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>--keep-colors must be luminance or histogram (got &quot;%1&quot;).</source>
        <translation>--keep-colors luminance या histogram होना चाहिए (मिला &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>--save-every expects a number of steps from 1 (got %1).</source>
        <translation>--save-every को 1 से शुरू होने वाली चरण संख्या चाहिए (मिला %1)।</translation>
    </message>
    <message>
        <source>--save-every needs --frames-dir FOLDER to save the frames into.</source>
        <translation>--save-every को फ़्रेम सहेजने के लिए --frames-dir FOLDER चाहिए।</translation>
    </message>
    <message>
        <source>PyTorch zip (torch.save since 1.6)</source>
        <translation>PyTorch zip (1.6 से torch.save का प्रारूप)</translation>
    </message>
    <message>
        <source>Coarse to fine: optimise at n sizes, each twice the previous (1: output size only; default 0: automatic).</source>
        <translation>मोटे से बारीक: n आकारों पर अनुकूलन, हर आकार पिछले का दोगुना (1: केवल आउटपुट आकार; डिफ़ॉल्ट 0: स्वचालित)।</translation>
    </message>
    <message>
        <source>Arithmetic of the network (default auto: with Adam bf16 on CPUs that have it and fp16 on CUDA, else fp32).</source>
        <translation>नेटवर्क का अंकगणित (डिफ़ॉल्ट auto: Adam के साथ, समर्थित CPU पर bf16 और CUDA पर fp16, अन्यथा fp32)।</translation>
    </message>
    <message>
        <source>Where to compute (default auto: a CUDA GPU when there is one).</source>
        <translation>गणना कहाँ हो (डिफ़ॉल्ट auto: CUDA GPU हो तो वही)।</translation>
    </message>
    <message>
        <source>--precision must be auto, fp32, bf16 or fp16 (got &quot;%1&quot;).</source>
        <translation>--precision auto, fp32, bf16 या fp16 होना चाहिए (मिला: &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda (got &quot;%1&quot;).</source>
        <translation>--device auto, cpu या cuda होना चाहिए (मिला: &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>No CUDA GPU is available: this LibTorch build or this machine has none. Use the CPU (device &quot;auto&quot; or &quot;cpu&quot;).</source>
        <translation>कोई CUDA GPU उपलब्ध नहीं: इस LibTorch बिल्ड या इस मशीन में नहीं है। CPU का उपयोग करें (डिवाइस &quot;auto&quot; या &quot;cpu&quot;)।</translation>
    </message>
    <message>
        <source>fp16 arithmetic needs a CUDA GPU; on the CPU use bf16 or fp32.</source>
        <translation>fp16 अंकगणित के लिए CUDA GPU चाहिए; CPU पर bf16 या fp32 का उपयोग करें।</translation>
    </message>
    <message>
        <source>At %1 px this run needs about %2 of memory, but only %3 is free.</source>
        <translation>%1 px पर इस रन को लगभग %2 मेमोरी चाहिए, पर केवल %3 ख़ाली है।</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px.</source>
        <translation>सबसे बड़ा आउटपुट आकार जो समाता है, %1 px है।</translation>
    </message>
    <message>
        <source>If torch.load reads this file, please report it with its first 16 bytes: %1.</source>
        <translation>यदि torch.load इस फ़ाइल को पढ़ लेता है, तो कृपया इसके पहले 16 बाइट के साथ इसकी रिपोर्ट करें: %1.</translation>
    </message>
    <message>
        <source>a gzip-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>gzip से संपीड़ित फ़ाइल (PyTorch अपनी फ़ाइलें कभी संपीड़ित नहीं करता; पहले इसे असंपीड़ित करें)</translation>
    </message>
    <message>
        <source>a bzip2-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>bzip2 से संपीड़ित फ़ाइल (PyTorch अपनी फ़ाइलें कभी संपीड़ित नहीं करता; पहले इसे असंपीड़ित करें)</translation>
    </message>
    <message>
        <source>an xz-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>xz से संपीड़ित फ़ाइल (PyTorch अपनी फ़ाइलें कभी संपीड़ित नहीं करता; पहले इसे असंपीड़ित करें)</translation>
    </message>
    <message>
        <source>an HDF5 file (Keras weights, not PyTorch&apos;s)</source>
        <translation>एक HDF5 फ़ाइल (Keras के भार, PyTorch के नहीं)</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>एक NumPy ऐरे फ़ाइल</translation>
    </message>
    <message>
        <source>a web page (the download saved an error page?)</source>
        <translation>एक वेब पेज (क्या डाउनलोड ने कोई त्रुटि पेज सहेज लिया?)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>एक छवि</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>यह %1 है।</translation>
    </message>
    <message>
        <source>its tar archive lists %1 storages.</source>
        <translation>इसका tar संग्रह %1 स्टोरेज सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>इसकी स्टोरेज व्यू की सूची विकृत है।</translation>
    </message>
    <message>
        <source>its tar archive lists %1 tensors.</source>
        <translation>इसका tar संग्रह %1 टेंसर सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>इसके tar संग्रह का एक टेंसर रिकॉर्ड विकृत है।</translation>
    </message>
    <message>
        <source>it is a tar archive without a &apos;%1&apos; member (it has: %2).</source>
        <translation>यह &apos;%1&apos; सदस्य के बिना एक tar संग्रह है (इसमें है: %2)।</translation>
    </message>
    <message>
        <source>PyTorch tar (torch.save of PyTorch 0.1)</source>
        <translation>PyTorch tar (PyTorch 0.1 का torch.save)</translation>
    </message>
    <message>
        <source>When the engine fails, print the whole error after its one-line message (LibTorch&apos;s detail).</source>
        <translation>इंजन विफल होने पर, एक पंक्ति के संदेश के बाद पूरी त्रुटि छापें (LibTorch का विवरण)।</translation>
    </message>
    <message>
        <source>At %1 px the photo (%2 × %3 px) would be only %4 px on its short side; the network needs at least %5. Choose an output size of at least %6 px, or crop the photo.</source>
        <translation>%1 px पर फ़ोटो (%2 × %3 px) की छोटी भुजा केवल %4 px रह जाएगी; नेटवर्क को कम से कम %5 चाहिए। कम से कम %6 px का आउटपुट आकार चुनें, या फ़ोटो को क्रॉप करें।</translation>
    </message>
    <message>
        <source>Output size must be between %1 and %2 pixels (got %3).</source>
        <translation>आउटपुट आकार %1 से %2 पिक्सेल के बीच होना चाहिए (दिया गया: %3)।</translation>
    </message>
    <message>
        <source>Style scale must be between %1 and %2 (got %3).</source>
        <translation>शैली का पैमाना %1 और %2 के बीच होना चाहिए (दिया गया: %3)।</translation>
    </message>
    <message>
        <source>Steps must be between %1 and %2 (got %3).</source>
        <translation>चरणों की संख्या %1 और %2 के बीच होनी चाहिए (दिया गया: %3)।</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most %1 (got %2).</source>
        <translation>सीखने की दर 0 से अधिक और अधिकतम %1 होनी चाहिए (दिया गया: %2)।</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between %1 and %2 (got %3).</source>
        <translation>L-BFGS इतिहास का आकार %1 और %2 के बीच होना चाहिए (दिया गया: %3)।</translation>
    </message>
    <message>
        <source>content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>style</source>
        <translation>शैली</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>टोटल वेरिएशन</translation>
    </message>
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>%1 का भार 0 से 1e15 तक की कोई संख्या होना चाहिए (दिया गया: %2)।</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>शैलियों के मिश्रण भार 0 से 1e6 तक की संख्याएँ होने चाहिए (दिया गया: %1)।</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (use conv1_1 ... conv5_4).</source>
        <translation>अज्ञात VGG-19 लेयर “%1” (conv1_1 ... conv5_4 में से चुनें)।</translation>
    </message>
    <message>
        <source>Layer weights must be numbers from 0 to 1e6 (got %1 for %2).</source>
        <translation>लेयर भार 0 से 1e6 तक की संख्याएँ होने चाहिए (%2 के लिए दिया गया: %1)।</translation>
    </message>
    <message>
        <source>The layer %1 is listed twice in the %2 layers.</source>
        <translation>लेयर %1, %2 लेयरों में दो बार दी गई है।</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1 (got %2).</source>
        <translation>सीड 0 से %1 तक की पूर्ण संख्या होनी चाहिए (दिया गया: %2)।</translation>
    </message>
    <message>
        <source>The number of scales must be between 0 (automatic) and %1 (got %2).</source>
        <translation>स्केल की संख्या 0 (स्वचालित) और %1 के बीच होनी चाहिए (मिला %2)।</translation>
    </message>
    <message>
        <source>The frame interval must be between %1 and %2 steps (got %3).</source>
        <translation>फ़्रेम अंतराल %1 और %2 चरणों के बीच होना चाहिए (दिया गया: %3)।</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and %1 (got %2).</source>
        <translation>थ्रेड की संख्या 0 (सभी कोर) और %1 के बीच होनी चाहिए (दिया गया: %2)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER or LAYER:WEIGHT, e.g. conv1_1:0.2.</source>
        <translation>“%1” LAYER या LAYER:WEIGHT के रूप में नहीं है, जैसे conv1_1:0.2।</translation>
    </message>
    <message>
        <source>VGG-19 layers of the style loss with their weights, e.g. conv1_1:0.2,conv2_1:0.2 (a missing weight is 1; default conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</source>
        <translation>शैली हानि की VGG-19 लेयर उनके भार के साथ, जैसे conv1_1:0.2,conv2_1:0.2 (भार न दिया हो तो 1; डिफ़ॉल्ट conv1_1,conv2_1,conv3_1,conv4_1,conv5_1)।</translation>
    </message>
    <message>
        <source>VGG-19 layers of the content loss with their weights (default conv4_2:1).</source>
        <translation>सामग्री हानि की VGG-19 लेयर उनके भार के साथ (डिफ़ॉल्ट conv4_2:1)।</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (a job may set: %2).</source>
        <translation>अज्ञात सेटिंग &quot;%1&quot; (कोई कार्य ये सेट कर सकता है: %2)।</translation>
    </message>
    <message>
        <source>Choose the photos to repaint with --content FILE|FOLDER... (or give a job list with --jobs FILE).</source>
        <translation>--content FILE|FOLDER... से दोबारा रंगी जाने वाली फ़ोटो चुनें (या --jobs FILE से कार्य-सूची दें)।</translation>
    </message>
    <message>
        <source>Choose the style images with --style FILE|FOLDER...; each style makes its own picture.</source>
        <translation>--style FILE|FOLDER... से शैली छवियाँ चुनें; हर शैली से एक अलग चित्र बनता है।</translation>
    </message>
    <message>
        <source>--style-blend blends the styles of one picture, but in batch mode each --style makes its own picture. Blend styles in a job list (--jobs) instead.</source>
        <translation>--style-blend एक ही चित्र की शैलियों को मिलाता है, पर बैच मोड में हर --style से एक अलग चित्र बनता है। इसके बजाय शैलियों को कार्य-सूची (--jobs) में मिलाएँ।</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>%1 नहीं लिखा जा सकता: अज्ञात छवि प्रकार &quot;%2&quot; (.png, .jpg, .tif या .webp का उपयोग करें)।</translation>
    </message>
    <message>
        <source>Jobs %1 and %2 would both write %3: give them different names (add {index} to --name, or an output column).</source>
        <translation>कार्य %1 और %2 दोनों %3 में लिखेंगे: उन्हें अलग-अलग नाम दें (--name में {index} जोड़ें, या कार्य-सूची में output कॉलम दें)।</translation>
    </message>
    <message>
        <source>Batch mode: write one picture per content and style into this folder (created if missing).</source>
        <translation>बैच मोड: हर सामग्री और शैली के लिए एक चित्र इस फ़ोल्डर में लिखें (न हो तो बनाया जाता है)।</translation>
    </message>
    <message>
        <source>Batch mode: file names of the pictures (default {content}-{style}-{size}.png; also {steps}, {seed}, {index}). The suffix picks the type.</source>
        <translation>बैच मोड: चित्रों के फ़ाइल नाम (डिफ़ॉल्ट {content}-{style}-{size}.png; {steps}, {seed}, {index} भी)। प्रत्यय से प्रकार तय होता है।</translation>
    </message>
    <message>
        <source>Batch mode: a job list, .csv (a header row of option names) or .jsonl (one JSON object a line); the command line&apos;s options are every job&apos;s defaults.</source>
        <translation>बैच मोड: कार्य-सूची, .csv (विकल्पों के नामों वाली एक हेडर पंक्ति) या .jsonl (हर पंक्ति में एक JSON ऑब्जेक्ट); कमांड लाइन के विकल्प हर कार्य के डिफ़ॉल्ट होते हैं।</translation>
    </message>
    <message>
        <source>Skip jobs whose picture already exists and is complete (the default with --jobs).</source>
        <translation>वे कार्य छोड़ दें जिनका चित्र पहले से मौजूद और पूरा है (--jobs के साथ डिफ़ॉल्ट)।</translation>
    </message>
    <message>
        <source>Redo every job, overwriting its picture.</source>
        <translation>हर कार्य फिर से करें और उसका चित्र अधिलेखित करें।</translation>
    </message>
    <message>
        <source>Run only the I-th of N slices of the batch (jobs k with k % N = I - 1), for clusters.</source>
        <translation>बैच के N हिस्सों में से केवल I-वाँ हिस्सा चलाएँ (वे कार्य k जिनके लिए k % N = I - 1), क्लस्टरों के लिए।</translation>
    </message>
    <message>
        <source>%1 photos were given with --content, but --output writes one picture. For a picture of each, use --output-dir FOLDER (batch mode).</source>
        <translation>--content के साथ %1 फ़ोटो दी गईं, पर --output एक ही चित्र लिखता है। हर फ़ोटो का अलग चित्र पाने के लिए --output-dir FOLDER (बैच मोड) का उपयोग करें।</translation>
    </message>
    <message>
        <source>--%1 is for batches: add --output-dir FOLDER or --jobs FILE.</source>
        <translation>--%1 बैच के लिए है: --output-dir FOLDER या --jobs FILE जोड़ें।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: only --content and --style take several values.</source>
        <translation>अनपेक्षित आर्गुमेंट &quot;%1&quot;: केवल --content और --style कई मान ले सकते हैं।</translation>
    </message>
    <message>
        <source>--output writes one picture; in batch mode the names come from --name TEMPLATE (or a job list&apos;s output column).</source>
        <translation>--output एक ही चित्र लिखता है; बैच मोड में नाम --name TEMPLATE (या कार्य-सूची के output कॉलम) से आते हैं।</translation>
    </message>
    <message>
        <source>--%1 is for a single picture; it cannot be used with --output-dir or --jobs.</source>
        <translation>--%1 एक ही चित्र के लिए है; इसे --output-dir या --jobs के साथ उपयोग नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>--resume and --no-resume cannot be used together.</source>
        <translation>--resume और --no-resume एक साथ उपयोग नहीं किए जा सकते।</translation>
    </message>
    <message>
        <source>--output-dir: %1 is a file, not a folder.</source>
        <translation>--output-dir: %1 एक फ़ाइल है, फ़ोल्डर नहीं।</translation>
    </message>
    <message>
        <source>The folder %1 has no pictures (%2).</source>
        <translation>फ़ोल्डर %1 में कोई चित्र नहीं है (%2)।</translation>
    </message>
    <message>
        <source>--shard expects I/N with 1 &lt;= I &lt;= N, e.g. 2/8 (got &quot;%1&quot;).</source>
        <translation>--shard को I/N चाहिए, जहाँ 1 &lt;= I &lt;= N हो, जैसे 2/8 (मिला &quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>a quoted cell is not closed (a &quot; is missing).</source>
        <translation>उद्धरण चिह्नों वाला एक सेल बंद नहीं है (एक &quot; गायब है)।</translation>
    </message>
    <message>
        <source>the header row has an empty column name.</source>
        <translation>हेडर पंक्ति में एक कॉलम का नाम खाली है।</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice.</source>
        <translation>कॉलम &quot;%1&quot; का नाम दो बार दिया गया है।</translation>
    </message>
    <message>
        <source>%1 cells for %2 columns (quote a cell that holds a comma).</source>
        <translation>%2 कॉलम के लिए %1 सेल हैं (जिस सेल में अल्पविराम हो, उसे उद्धरण चिह्नों में रखें)।</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>मान्य JSON नहीं है: वर्ण %2 पर %1।</translation>
    </message>
    <message>
        <source>a job is a JSON object, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</source>
        <translation>हर कार्य एक JSON ऑब्जेक्ट होता है, {&quot;content&quot;: ..., &quot;style&quot;: ...}।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number.</source>
        <translation>&quot;%1&quot; एक स्ट्रिंग या संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>--jobs: %1 is neither .csv nor .jsonl.</source>
        <translation>--jobs: %1 न तो .csv है, न ही .jsonl।</translation>
    </message>
    <message>
        <source>--jobs: cannot read %1: %2.</source>
        <translation>--jobs: %1 पढ़ी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <source>--jobs: %1 holds no jobs.</source>
        <translation>--jobs: %1 में कोई कार्य नहीं है।</translation>
    </message>
    <message>
        <source>--name: unknown placeholder %1 in &quot;%2&quot; (use %3).</source>
        <translation>--name: &quot;%2&quot; में अज्ञात प्लेसहोल्डर %1 (%3 का उपयोग करें)।</translation>
    </message>
    <message>
        <source>--name: unbalanced brace in &quot;%1&quot; (placeholders are %2).</source>
        <translation>--name: &quot;%1&quot; में धनु कोष्ठक बेमेल है (प्लेसहोल्डर हैं: %2)।</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; names a folder, not a file.</source>
        <translation>--name: &quot;%1&quot; किसी फ़ोल्डर का नाम है, फ़ाइल का नहीं।</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; does not end in an image type (use .png, .jpg, .tif or .webp).</source>
        <translation>--name: &quot;%1&quot; के अंत में कोई छवि प्रकार नहीं है (.png, .jpg, .tif या .webp का उपयोग करें)।</translation>
    </message>
    <message>
        <source>Where the style goes: a grey picture over the photo, white where this style applies; one per --style, in order (an empty value: none for that style).</source>
        <translation>शैली कहाँ लगे: फ़ोटो के ऊपर एक धूसर चित्र, जहाँ यह शैली लगे वहाँ सफ़ेद; हर --style के लिए एक, उसी क्रम में (खाली मान: उस शैली के लिए कोई नहीं)।</translation>
    </message>
    <message>
        <source>Where the photo is kept: a grey picture over the photo, white where there is no style and the content weight is raised.</source>
        <translation>फ़ोटो कहाँ बनी रहे: फ़ोटो के ऊपर एक धूसर चित्र, जहाँ कोई शैली न लगे और विषय-वस्तु का भार बढ़ाया जाए वहाँ सफ़ेद।</translation>
    </message>
    <message>
        <source>%1 --style-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>%2 --style चित्रों के लिए %1 --style-mask फ़ाइलें दी गईं: हर --style के लिए अधिक से अधिक एक दें, उसी क्रम में।</translation>
    </message>
    <message>
        <source>the mask of style %1</source>
        <translation>शैली %1 का मास्क</translation>
    </message>
    <message>
        <source>the keep-the-photo mask</source>
        <translation>फ़ोटो बनाए रखने का मास्क</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>%2 शैली चित्रों के लिए %1 शैली मास्क दिए गए।</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) does not have the photo&apos;s shape (%4 × %5 px). Paint the mask over the photo, or crop it to the same aspect ratio.</source>
        <translation>मास्क %1 (%2 × %3 px) का आकार फ़ोटो (%4 × %5 px) जैसा नहीं है। मास्क को फ़ोटो के ऊपर बनाएँ, या उसे उसी अनुपात में काटें।</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) is resized to the photo&apos;s %4 × %5 px.</source>
        <translation>मास्क %1 (%2 × %3 px) को फ़ोटो के आकार %4 × %5 px में बदला जा रहा है।</translation>
    </message>
    <message>
        <source>Paint in tiles with px x px cores, the same result in less memory (default 0: only when the whole picture does not fit).</source>
        <translation>px × px कोर वाली टाइलों में पेंट करें: कम मेमोरी में वही परिणाम (डिफ़ॉल्ट 0: केवल तब जब पूरी तस्वीर न समाए)।</translation>
    </message>
    <message>
        <source>The tile size must be 0 (automatic) or between %1 and %2 px (got %3).</source>
        <translation>टाइल का आकार 0 (स्वचालित) या %1 और %2 px के बीच होना चाहिए (मिला %3)।</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>Video: how strongly each frame keeps to the previous one, moved along with the picture (default %1; 0: off). Higher flickers less.</source>
        <translation>वीडियो: हर फ़्रेम पिछले फ़्रेम के, चित्र की गति के साथ खिसकाए गए रूप, से कितना जुड़ा रहे (डिफ़ॉल्ट %1; 0: बंद)। अधिक मान पर कम झिलमिलाहट।</translation>
    </message>
    <message>
        <source>Video: steps for each frame after the first (default %1); the first takes --steps.</source>
        <translation>वीडियो: पहले के बाद हर फ़्रेम के चरण (डिफ़ॉल्ट %1); पहला फ़्रेम --steps लेता है।</translation>
    </message>
    <message>
        <source>Video: only the first n frames, for a quick look.</source>
        <translation>वीडियो: झलक के लिए केवल पहले n फ़्रेम।</translation>
    </message>
    <message>
        <source>Video: paint every frame on its own, as a picture (flickers; for comparison).</source>
        <translation>वीडियो: हर फ़्रेम को अलग चित्र की तरह रंगें (झिलमिलाता है; तुलना के लिए)।</translation>
    </message>
    <message>
        <source>--%1 is for videos, and --content is not one.</source>
        <translation>--%1 वीडियो के लिए है, और --content वीडियो नहीं है।</translation>
    </message>
    <message>
        <source>--temporal-weight takes a number from 0 to 1e9.</source>
        <translation>--temporal-weight 0 से 1e9 तक की संख्या लेता है।</translation>
    </message>
    <message>
        <source>--frame-steps takes a whole number from 1 to 100000.</source>
        <translation>--frame-steps 1 से 100000 तक की पूर्ण संख्या लेता है।</translation>
    </message>
    <message>
        <source>--frames takes a whole number of frames (0: all).</source>
        <translation>--frames फ़्रेमों की पूर्ण संख्या लेता है (0: सभी)।</translation>
    </message>
    <message>
        <source>--output names the video to write (.mp4, .mov, .mkv or .webm).</source>
        <translation>--output लिखे जाने वाले वीडियो का नाम है (.mp4, .mov, .mkv या .webm)।</translation>
    </message>
    <message>
        <source>Region masks are not used with videos yet: run without --mask and --keep-mask.</source>
        <translation>क्षेत्र मास्क अभी वीडियो के साथ काम नहीं करते: --mask और --keep-mask के बिना चलाएँ।</translation>
    </message>
    <message>
        <source>, about %1 left for the clip</source>
        <translation>, क्लिप के लिए लगभग %1 बाकी</translation>
    </message>
    <message>
        <source>frame %1 of %2: step %3 of %4%5</source>
        <translation>%2 में से फ़्रेम %1: %4 में से चरण %3%5</translation>
    </message>
    <message>
        <source>Stopped after frame %1; the finished frames are in %2: run the same command again to go on.</source>
        <translation>फ़्रेम %1 के बाद रोका गया; पूरे हुए फ़्रेम %2 में हैं: आगे बढ़ने के लिए वही कमांड फिर चलाएँ।</translation>
    </message>
    <message>
        <source>Resumed after frame %1.</source>
        <translation>फ़्रेम %1 के बाद से फिर शुरू किया।</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames). Temporal error %3; %4 s for the first frame, %5 s for each later one.</source>
        <translation>%1 लिखा गया (%2 फ़्रेम)। कालिक त्रुटि %3; पहले फ़्रेम के लिए %4 से., बाद के हर फ़्रेम के लिए %5 से.।</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 पढ़ा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Optical flow needs two frames, but a frame is empty.</source>
        <translation>ऑप्टिकल फ़्लो को दो फ़्रेम चाहिए, पर एक फ़्रेम खाली है।</translation>
    </message>
    <message>
        <source>Optical flow needs frames of the same size, but one is %1 pixels and the other %2.</source>
        <translation>ऑप्टिकल फ़्लो को समान आकार के फ़्रेम चाहिए, पर एक %1 पिक्सेल का है और दूसरा %2।</translation>
    </message>
    <message>
        <source>The frames (%1 pixels) are too small for optical flow; it needs %2 pixels a side.</source>
        <translation>फ़्रेम (%1 पिक्सेल) ऑप्टिकल फ़्लो के लिए बहुत छोटे हैं; हर भुजा पर %2 पिक्सेल चाहिए।</translation>
    </message>
    <message>
        <source>Optical flow returned a field of an unexpected shape.</source>
        <translation>ऑप्टिकल फ़्लो ने अनपेक्षित आकार का क्षेत्र लौटाया।</translation>
    </message>
    <message>
        <source>Optical flow failed: %1</source>
        <translation>ऑप्टिकल फ़्लो विफल: %1</translation>
    </message>
    <message>
        <source>Could not create the frames folder &quot;%1&quot;.</source>
        <translation>फ़्रेम फ़ोल्डर &quot;%1&quot; बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>A finished frame could not be read back (%1); delete the frames folder to start again.</source>
        <translation>एक पूरा फ़्रेम वापस पढ़ा नहीं जा सका (%1); फिर से शुरू करने के लिए फ़्रेम फ़ोल्डर हटाएँ।</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: a video is written as %2.</source>
        <translation>&quot;%1&quot; लिखा नहीं जा सका: वीडियो %2 के रूप में लिखा जाता है।</translation>
    </message>
    <message>
        <source>Reading the clip…</source>
        <translation>क्लिप पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Optical flow to frame %1…</source>
        <translation>फ़्रेम %1 तक ऑप्टिकल फ़्लो…</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>फ़्रेम %1: %2</translation>
    </message>
    <message>
        <source>Writing the video…</source>
        <translation>वीडियो लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>Which part of the painting to use: a grey picture over the painting, white where its strokes and colours count; one per --style, in order (an empty value: all of that one).</source>
        <translation>चित्र का कौन-सा भाग उपयोग हो: चित्र के ऊपर एक धूसर चित्र, जहाँ उसके ब्रश-स्ट्रोक और रंग गिने जाएँ वहाँ सफ़ेद; हर --style के लिए एक, उसी क्रम में (खाली मान: वह पूरा चित्र)।</translation>
    </message>
    <message>
        <source>%1 --style-source-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>%2 --style चित्रों के लिए %1 --style-source-mask फ़ाइलें दी गईं: हर --style के लिए अधिकतम एक दें, उसी क्रम में।</translation>
    </message>
    <message>
        <source>The source mask %1 (%2 × %3 px) does not have the shape of its painting (%4 × %5 px). Paint it over the painting, or crop it to the same aspect ratio.</source>
        <translation>स्रोत मास्क %1 (%2 × %3 px) का आकार उसके चित्र (%4 × %5 px) जैसा नहीं है। इसे चित्र के ऊपर पेंट करें, या उसी अनुपात में काटें।</translation>
    </message>
    <message>
        <source>The source mask %1 is black all over: nothing of its painting would be used. Paint the part to use white.</source>
        <translation>स्रोत मास्क %1 पूरा काला है: उसके चित्र का कुछ भी उपयोग नहीं होगा। उपयोग होने वाले भाग को सफ़ेद रंगें।</translation>
    </message>
    <message>
        <source>frame %1 done: content %2, style %3</source>
        <translation>फ़्रेम %1 पूरा: सामग्री %2, शैली %3</translation>
    </message>
    <message>
        <source>How many steps L-BFGS remembers (default 100; at print size the plan may store it in bf16 or shorten it to fit).</source>
        <translation>L-BFGS कितने चरण याद रखता है (डिफ़ॉल्ट 100; प्रिंट आकार पर योजना इन्हें फ़िट करने के लिए bf16 में रख सकती है या छोटा कर सकती है)।</translation>
    </message>
    <message>
        <source>How much L-BFGS&apos;s first guess of the curvature favours smooth changes over fine ones (default 1, 0 to 3; 0: plain L-BFGS).</source>
        <translation>L-BFGS का वक्रता का पहला अनुमान बारीक बदलावों की तुलना में सहज बदलावों को कितना तरजीह देता है (डिफ़ॉल्ट 1, 0 से 3; 0: सामान्य L-BFGS)।</translation>
    </message>
    <message>
        <source>The L-BFGS smoothing must be between %1 and %2 (got %3).</source>
        <translation>L-BFGS स्मूदिंग %1 और %2 के बीच होनी चाहिए (मिला %3)।</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, all painted before).</source>
        <translation>%1 लिखा गया (%2 फ़्रेम, सभी पहले से पेंट किए हुए)।</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, %3 painted now). Temporal error %4; %5 s for each frame painted now.</source>
        <translation>%1 लिखा गया (%2 फ़्रेम, %3 अभी पेंट किए गए)। कालिक त्रुटि %4; अभी पेंट किए गए हर फ़्रेम के लिए %5 से.।</translation>
    </message>
    <message>
        <source>Writing the video: frame %1 of %2…</source>
        <translation>वीडियो लिखा जा रहा है: फ़्रेम %1 / %2…</translation>
    </message>
    <message>
        <source>The Adam finish must be between %1 and %2 (got %3).</source>
        <translation>Adam समापन %1 और %2 के बीच होना चाहिए (मिला %3)।</translation>
    </message>
    <message>
        <source>The share of the finest scale&apos;s L-BFGS steps that Adam takes at the end (default 0.7, 0 to 0.9; 0: none).</source>
        <translation>सबसे बारीक स्केल के L-BFGS चरणों का वह हिस्सा जो अंत में Adam करता है (डिफ़ॉल्ट 0.7, 0 से 0.9; 0: कोई नहीं)।</translation>
    </message>
    <message>
        <source>Save where the run stands to this file every minute and when it is stopped; the same command run again continues from it. Deleted once the picture is written.</source>
        <translation>हर मिनट और रोके जाने पर रन की मौजूदा स्थिति इस फ़ाइल में सहेजें; वही कमांड फिर चलाने पर रन वहीं से आगे बढ़ता है। चित्र लिखे जाने के बाद यह फ़ाइल हटा दी जाती है।</translation>
    </message>
    <message>
        <source>The checkpoint %1 is damaged (%2). Delete it to start the run afresh.</source>
        <translation>चेकपॉइंट %1 क्षतिग्रस्त है (%2)। रन नए सिरे से शुरू करने के लिए इसे हटाएँ।</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>चेकपॉइंट %1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 MB is larger than any checkpoint</source>
        <translation>%1 MB किसी भी चेकपॉइंट से बड़ा है</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio checkpoint. Name another file with --checkpoint, or delete it.</source>
        <translation>%1 Neural Style Studio का चेकपॉइंट नहीं है। --checkpoint से कोई दूसरी फ़ाइल दें, या इसे हटाएँ।</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>इसका हेडर अधूरा है</translation>
    </message>
    <message>
        <source>its header is not readable: %1</source>
        <translation>इसका हेडर पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>a value of its header is missing or out of range</source>
        <translation>इसके हेडर का कोई मान ग़ायब है या सीमा से बाहर है</translation>
    </message>
    <message>
        <source>its picture is %1 bytes, not %2</source>
        <translation>इसका चित्र %2 नहीं, %1 बाइट का है</translation>
    </message>
    <message>
        <source>its picture does not match its checksum</source>
        <translation>इसका चित्र इसके चेकसम से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>its picture holds a value that is not a number</source>
        <translation>इसके चित्र में एक ऐसा मान है जो संख्या नहीं है</translation>
    </message>
</context>
<context>
    <name>nss::Autosave</name>
    <message>
        <source>The autosave folder %1 could not be created.</source>
        <translation>ऑटोसेव फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>ऑटोसेव विफल रहा: %1</translation>
    </message>
    <message>
        <source>There is no autosave to restore.</source>
        <translation>बहाल करने के लिए कोई ऑटोसेव नहीं है।</translation>
    </message>
    <message>
        <source>The autosave cannot be restored: %1</source>
        <translation>ऑटोसेव बहाल नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>The autosave in %1 could not be removed.</source>
        <translation>%1 में मौजूद ऑटोसेव हटाया नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>nss::AutosaveGuard</name>
    <message>
        <source>Crash recovery is not working: %1</source>
        <translation>क्रैश रिकवरी काम नहीं कर रही: %1</translation>
    </message>
</context>
<context>
    <name>nss::BatchDialog</name>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (फ़ोल्डर)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>बैच</translation>
    </message>
    <message>
        <source>Every photo is painted in every style, with the current settings (%1 px, %2 steps).</source>
        <translation>हर फ़ोटो को हर शैली में पेंट किया जाता है, मौजूदा सेटिंग्स के साथ (%1 px, %2 चरण)।</translation>
    </message>
    <message>
        <source>Photos (content)</source>
        <translation>फ़ोटो (सामग्री)</translation>
    </message>
    <message>
        <source>Paintings (styles)</source>
        <translation>पेंटिंग (शैलियाँ)</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>कतार में जोड़ें</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>फ़ाइलें…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>फ़ोल्डर…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>चित्र जोड़ें</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>चित्र (%1);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Add a folder of pictures</source>
        <translation>चित्रों का फ़ोल्डर जोड़ें</translation>
    </message>
    <message>
        <source>Add at least one photo and one painting: files, or a folder of each.</source>
        <translation>कम से कम एक फ़ोटो और एक पेंटिंग जोड़ें: फ़ाइलें, या दोनों का एक-एक फ़ोल्डर।</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n फ़ोटो</numerusform>
            <numerusform>%n फ़ोटो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painting(s)</source>
        <translation>
            <numerusform>%n पेंटिंग</numerusform>
            <numerusform>%n पेंटिंग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add.</source>
        <translation>
            <numerusform>जोड़ने के लिए %n कार्य।</numerusform>
            <numerusform>जोड़ने के लिए %n कार्य।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Job(s)</source>
        <translation>
            <numerusform>%n कार्य जोड़ें</numerusform>
            <numerusform>%n कार्य जोड़ें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::BatchRun</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>आउटपुट फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>%1 already done, %2 to run.</source>
        <translation>%1 पहले से पूरे हैं, %2 चलाने बाकी हैं।</translation>
    </message>
    <message>
        <source>Batch of %1 jobs: %2</source>
        <translation>%1 कार्यों का बैच: %2</translation>
    </message>
    <message>
        <source>Batch of %1 jobs, shard %2/%3 (%4 of them): %5</source>
        <translation>%1 कार्यों का बैच, शार्ड %2/%3 (इनमें से %4): %5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
    <message>
        <source>batch %1 %, %2 left</source>
        <translation>बैच %1 %, %2 बाकी</translation>
    </message>
    <message>
        <source>%1 interrupted at step %2 of %3: nothing was written for %4.</source>
        <translation>%1 चरण %3 में से %2 पर रोका गया: %4 के लिए कुछ नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>%1 wrote %2 (%3 x %4) in %5.</source>
        <translation>%1 %5 में %2 (%3 x %4) लिखा गया।</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed, %4 not run (interrupted).</source>
        <translation>बैच: %1 लिखे गए, %2 छोड़े गए (पहले से पूरे), %3 विफल, %4 नहीं चले (बीच में रोका गया)।</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed.</source>
        <translation>बैच: %1 लिखे गए, %2 छोड़े गए (पहले से पूरे), %3 विफल।</translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  विफल: %1: %2</translation>
    </message>
    <message>
        <source>Run the same command again to do the rest.</source>
        <translation>बाकी काम पूरा करने के लिए वही कमांड फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>Run the same command again with --resume to do the rest.</source>
        <translation>बाकी काम पूरा करने के लिए वही कमांड --resume के साथ फिर से चलाएँ।</translation>
    </message>
</context>
<context>
    <name>nss::ExportActions</name>
    <message>
        <source>&amp;Image…</source>
        <translation>चित्र (&amp;I)…</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>चित्र निर्यात करें</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेज दी गई।</translation>
    </message>
    <message>
        <source>All &amp;Frames…</source>
        <translation>सभी फ़्रेम (&amp;F)…</translation>
    </message>
    <message>
        <source>Export all frames to</source>
        <translation>सभी फ़्रेम यहाँ निर्यात करें</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>%n फ़्रेम %1 में सहेजा गया।</numerusform>
            <numerusform>%n फ़्रेम %1 में सहेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Time-lapse (animated WebP)…</source>
        <translation>टाइम-लैप्स (एनिमेटेड WebP) (&amp;T)…</translation>
    </message>
    <message>
        <source>Export time-lapse</source>
        <translation>टाइम-लैप्स निर्यात करें</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>एनिमेटेड WebP (*.webp)</translation>
    </message>
    <message>
        <source>There is no picture to export yet: press Start first.</source>
        <translation>निर्यात करने के लिए अभी कोई चित्र नहीं है: पहले “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>There are no frames to export yet: press Start first.</source>
        <translation>निर्यात करने के लिए अभी कोई फ़्रेम नहीं है: पहले “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>There are no frames for a time-lapse yet: press Start first.</source>
        <translation>टाइम-लैप्स के लिए अभी कोई फ़्रेम नहीं है: पहले “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात विफल रहा</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 निर्यात हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n frame(s) to %1…</source>
        <translation>
            <numerusform>%n फ़्रेम %1 में निर्यात हो रहा है…</numerusform>
            <numerusform>%n फ़्रेम %1 में निर्यात हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the time-lapse %1…</source>
        <translation>टाइम-लैप्स %1 निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>%1 Another export can start when it is done.</source>
        <translation>%1 यह पूरा होने पर दूसरा निर्यात शुरू हो सकता है।</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>निर्यात अप्रत्याशित रूप से रुक गया।</translation>
    </message>
    <message>
        <source>There is no picture to export.</source>
        <translation>निर्यात करने के लिए कोई चित्र नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Video…</source>
        <translation>वीडियो (&amp;V)…</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>वीडियो निर्यात करें</translation>
    </message>
    <message>
        <source>Video (*.%1)</source>
        <translation>वीडियो (*.%1)</translation>
    </message>
    <message>
        <source>There is no finished video to export: start a run on a video first.</source>
        <translation>निर्यात के लिए कोई पूरा वीडियो नहीं है: पहले किसी वीडियो पर रन शुरू करें।</translation>
    </message>
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>एम्बेड किए गए मेटाडेटा में कोई सेटिंग नहीं है</translation>
    </message>
</context>
<context>
    <name>nss::HistoryItem</name>
    <message>
        <source>This is not a Neural Style Studio history item.</source>
        <translation>यह Neural Style Studio का इतिहास आइटम नहीं है।</translation>
    </message>
    <message>
        <source>This history item was made by a newer version of Neural Style Studio.</source>
        <translation>यह इतिहास आइटम Neural Style Studio के नए संस्करण से बनाया गया था।</translation>
    </message>
</context>
<context>
    <name>nss::HistoryStrip</name>
    <message>
        <source>finished</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>त्रुटि से रुका</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>क्रैश के बाद बचाया गया</translation>
    </message>
    <message>
        <source>Every run&apos;s result. Click to see it; select two to compare them.</source>
        <translation>हर रन का परिणाम। देखने के लिए क्लिक करें; तुलना के लिए दो चुनें।</translation>
    </message>
    <message>
        <source>Restore Settings</source>
        <translation>सेटिंग्स पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Put the selected result&apos;s settings back into the controls</source>
        <translation>चुने गए परिणाम की सेटिंग्स नियंत्रणों में वापस रखें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Export the selected result at full resolution</source>
        <translation>चुने गए परिणाम को पूर्ण रिज़ॉल्यूशन में निर्यात करें</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <source>Show the two selected results side by side (drag the divider)</source>
        <translation>चुने गए दो परिणाम साथ-साथ दिखाएँ (विभाजक खींचें)</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>तारांकित करें</translation>
    </message>
    <message>
        <source>A starred result is never removed to make room</source>
        <translation>तारांकित परिणाम जगह बनाने के लिए कभी नहीं हटाया जाता</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected results</source>
        <translation>चुने गए परिणाम हटाएँ</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>चरण %1/%2</translation>
    </message>
    <message>
        <source>%1 x %2 px, %3 at step %4 of %5
loss %6, %7 s
seed %8; weights: content %9, style %10, TV %11</source>
        <translation>%1 x %2 px, चरण %5 में से %4 पर %3
हानि %6, %7 s
सीड %8; भार: सामग्री %9, शैली %10, TV %11</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>तारांकन हटाएँ</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>इतिहास से हटाएँ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n result(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>इतिहास से %n परिणाम हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</numerusform>
            <numerusform>इतिहास से %n परिणाम हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::ImagePane</name>
    <message>
        <source>Drop an image here, click to choose a file, or paste with Ctrl+V.</source>
        <translation>कोई चित्र यहाँ छोड़ें, फ़ाइल चुनने के लिए क्लिक करें, या Ctrl+V से चिपकाएँ।</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>चिपकाने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>छोड़ा गया चित्र</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>चिपकाया गया चित्र</translation>
    </message>
    <message>
        <source>“%1” is not an image file or image address.</source>
        <translation>“%1” न तो चित्र फ़ाइल है और न ही किसी चित्र का पता।</translation>
    </message>
    <message>
        <source>What was dropped is not an image.</source>
        <translation>जो छोड़ा गया है वह चित्र नहीं है।</translation>
    </message>
    <message>
        <source>Open %1 image</source>
        <translation>“%1” के लिए चित्र खोलें</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>चित्र (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1
%2 × %3 px, %4</source>
        <translation>%1
%2 × %3 px, %4</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 डाउनलोड हो रही है…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रही है…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Downloading %1… %2% (%3 of %4)</source>
        <translation>%1 डाउनलोड हो रही है… %2% (%4 में से %3)</translation>
    </message>
    <message>
        <source>Downloading %1… %2</source>
        <translation>%1 डाउनलोड हो रही है… %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>नमूने</translation>
    </message>
    <message>
        <source>Use one of the bundled photos or paintings.</source>
        <translation>साथ में दी गई फ़ोटो या पेंटिंग में से कोई एक उपयोग करें।</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>फ़ाइल खोलें…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>चिपकाएँ</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)</source>
        <translation>चित्र और वीडियो (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>The video has no frames.</source>
        <translation>वीडियो में कोई फ़्रेम नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s at %2 fps</source>
        <translation>
            <numerusform>%n फ़्रेम, %2 fps पर %1 से.</numerusform>
            <numerusform>%n फ़्रेम, %2 fps पर %1 से.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::JobQueue</name>
    <message>
        <source>The queue file %1 could not be read (%2); it was kept as %3 and the queue starts empty.</source>
        <translation>कतार फ़ाइल %1 पढ़ी नहीं जा सकी (%2); उसे %3 के रूप में रखा गया है और कतार खाली शुरू हो रही है।</translation>
    </message>
    <message>
        <source>not a queue file</source>
        <translation>कतार फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation>नए संस्करण से बनाई गई</translation>
    </message>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>बीच में रुका; फिर से शुरुआत से चलेगा।</translation>
    </message>
    <message>
        <source>The queue could not be saved: %1</source>
        <translation>कतार सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>nss::LayersPanel</name>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Advanced: layers</source>
        <translation>उन्नत: लेयर</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>डिफ़ॉल्ट पर रीसेट करें (&amp;R)</translation>
    </message>
    <message>
        <source>The VGG-19 layers that measure style and content, and each one&apos;s weight within its loss.</source>
        <translation>VGG-19 की वे लेयर जो शैली और सामग्री मापती हैं, और अपनी हानि में हर लेयर का भार।</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>लेयर</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>शैली</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Weight of %1 in the style loss; off leaves it out.</source>
        <translation>शैली हानि में %1 का भार; “बंद” इसे छोड़ देता है।</translation>
    </message>
    <message>
        <source>Weight of %1 in the content loss; off leaves it out.</source>
        <translation>सामग्री हानि में %1 का भार; “बंद” इसे छोड़ देता है।</translation>
    </message>
    <message>
        <source>Style: conv1_1 to conv5_1, weight 1 each; content: conv4_2.</source>
        <translation>शैली: conv1_1 से conv5_1, हर एक का भार 1; सामग्री: conv4_2।</translation>
    </message>
</context>
<context>
    <name>nss::LossChart</name>
    <message>
        <source>Loss curve</source>
        <translation>लॉस वक्र</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>चरण %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>style</source>
        <translation>शैली</translation>
    </message>
    <message>
        <source>content</source>
        <translation>सामग्री</translation>
    </message>
</context>
<context>
    <name>nss::MainWindow</name>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Drop a photo here</source>
        <translation>कोई फ़ोटो यहाँ छोड़ें</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>शुरू करने के लिए एक फ़ोटो और एक पेंटिंग यहाँ छोड़ें।</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Drop a photo into the Content pane first.</source>
        <translation>पहले सामग्री पैनल में एक फ़ोटो छोड़ें।</translation>
    </message>
    <message>
        <source>Drop a painting into the Style pane first.</source>
        <translation>पहले शैली पैनल में एक चित्र छोड़ें।</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>वेट: %1</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>पिछला सत्र पुनर्स्थापित करें?</translation>
    </message>
    <message>
        <source>Restored the last session (step %1).</source>
        <translation>पिछला सत्र पुनर्स्थापित किया गया (चरण %1)।</translation>
    </message>
    <message>
        <source>Done: %1 steps in %2 s.</source>
        <translation>पूर्ण: %2 सेकंड में %1 चरण।</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>रन रुक गया</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से शुरू करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>रोकें (&amp;P)</translation>
    </message>
    <message>
        <source>Paused at step %1.</source>
        <translation>चरण %1 पर रुका हुआ।</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Content Image…</source>
        <translation>सामग्री चित्र खोलें (&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;Style Image…</source>
        <translation>शैली चित्र खोलें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Add Style Image…</source>
        <translation>शैली चित्र जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>निर्यात (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>चित्र चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>वरीयताएँ (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>रन (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>बंद करें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>विंडो में फ़िट करें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>वास्तविक आकार (100%) (&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ज़ूम इन (&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ज़ूम आउट (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Before/After Split</source>
        <translation>पहले/बाद विभाजन (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Neural Style Studio</source>
        <translation>Neural Style Studio के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About Neural Style Studio</source>
        <translation>Neural Style Studio के बारे में</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Neural style transfer (Gatys et al. 2016) over %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 पर न्यूरल स्टाइल ट्रांसफ़र (Gatys et al. 2016)।</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Download or choose the VGG-19 weights file to start.</source>
        <translation>शुरू करने के लिए VGG-19 वेट फ़ाइल डाउनलोड करें या चुनें।</translation>
    </message>
    <message>
        <source>Cannot start from the chosen image: %1</source>
        <translation>चुनी गई छवि से शुरू नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>छवि से शुरू करें</translation>
    </message>
    <message>
        <source>Closing when the export is finished…</source>
        <translation>निर्यात पूरा होते ही बंद होगा…</translation>
    </message>
    <message>
        <source>Not started: a run at %1 px needs more memory than is free.</source>
        <translation>शुरू नहीं हुआ: %1 px पर रन को खाली मेमोरी से अधिक चाहिए।</translation>
    </message>
    <message>
        <source>The last session ended before its picture was kept. The picture is in the history now. Restore its settings and picture?</source>
        <translation>पिछला सत्र उसका चित्र सुरक्षित होने से पहले समाप्त हो गया। चित्र अब इतिहास में है। उसकी सेटिंग्स और चित्र पुनर्स्थापित करें?</translation>
    </message>
    <message>
        <source>Result of %1: step %2 of %3, %4 x %5 px.</source>
        <translation>%1 का परिणाम: चरण %3 में से %2, %4 x %5 px।</translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation>सेटिंग्स पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Restored the settings of the result of %1.</source>
        <translation>%1 के परिणाम की सेटिंग्स पुनर्स्थापित की गईं।</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>एक रन चल रहा है</translation>
    </message>
    <message>
        <source>Stop the run and keep its picture at step %1 in the history?</source>
        <translation>रन रोकें और चरण %1 पर उसका चित्र इतिहास में रखें?</translation>
    </message>
    <message>
        <source>Stop and Keep</source>
        <translation>रोकें और रखें</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>चलने दें</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>फिर भी बंद करें</translation>
    </message>
    <message>
        <source>Stopping; closing once the picture is kept…</source>
        <translation>रोका जा रहा है; चित्र सुरक्षित होते ही बंद होगा…</translation>
    </message>
    <message>
        <source>Keeping the last result…</source>
        <translation>अंतिम परिणाम सुरक्षित किया जा रहा है…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>स्वतः सहेजना</translation>
    </message>
    <message>
        <source>Comparing two results: the older on the left. Drag the divider.</source>
        <translation>दो परिणामों की तुलना: पुराना बाईं ओर। विभाजक खींचें।</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>रन इतिहास</translation>
    </message>
    <message>
        <source>Starting once the pictures are loaded…</source>
        <translation>चित्र लोड होते ही शुरू होगा…</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>शुरू नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>कतार में जोड़ें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>बैच (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>कतार (&amp;Q)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <source>Open a photo from a file first: the queue reads each picture from its file when its turn comes.</source>
        <translation>पहले किसी फ़ाइल से फ़ोटो खोलें: कतार हर चित्र को उसकी बारी आने पर उसकी फ़ाइल से पढ़ती है।</translation>
    </message>
    <message>
        <source>A pasted painting has no file: save it and open the file to queue it.</source>
        <translation>चिपकाई गई पेंटिंग की कोई फ़ाइल नहीं होती: उसे कतार में जोड़ने के लिए सहेजें और वह फ़ाइल खोलें।</translation>
    </message>
    <message numerus="yes">
        <source>Added to the queue: %1 (%n job(s) in the queue).</source>
        <translation>
            <numerusform>कतार में जोड़ा गया: %1 (कतार में %n कार्य)।</numerusform>
            <numerusform>कतार में जोड़ा गया: %1 (कतार में %n कार्य)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n job(s) to the queue.</source>
        <translation>
            <numerusform>कतार में %n कार्य जोड़ा गया।</numerusform>
            <numerusform>कतार में %n कार्य जोड़े गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Paint &amp;Masks…</source>
        <translation>मास्क पेंट करें (&amp;M)…</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>शैली %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the masks.</source>
        <translation>मास्क के लिए फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>Cannot encode the mask %1.</source>
        <translation>मास्क %1 को एन्कोड नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The mask %1 does not fit the photo.</source>
        <translation>मास्क %1 फ़ोटो से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Stopped after frame %1 of %2; Start goes on from there.</source>
        <translation>%2 में से फ़्रेम %1 के बाद रोका गया; शुरू करें वहीं से आगे बढ़ाएगा।</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n video frame(s). Export ▸ Video… saves the video.</source>
        <translation>
            <numerusform>पूरा: %n वीडियो फ़्रेम। निर्यात ▸ वीडियो… वीडियो सहेजता है।</numerusform>
            <numerusform>पूरा: %n वीडियो फ़्रेम। निर्यात ▸ वीडियो… वीडियो सहेजता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at step %1; Start goes on from there while the settings stay the same.</source>
        <translation>चरण %1 पर रोका गया; जब तक सेटिंग्स वही रहें, शुरू करें वहीं से आगे बढ़ाएगा।</translation>
    </message>
</context>
<context>
    <name>nss::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>भरना</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करना</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>उलटना</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>मास्क आयात करना</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>पहले एक फ़ोटो चुनें: मास्क उसी के ऊपर पेंट किए जाते हैं।</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>मिटाना</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>पेंट करना</translation>
    </message>
</context>
<context>
    <name>nss::MaskEditor</name>
    <message>
        <source>Paint Masks</source>
        <translation>मास्क पेंट करें</translation>
    </message>
    <message>
        <source>The layer you paint: where a style goes, or where the photo is kept</source>
        <translation>जिस लेयर पर आप पेंट करते हैं: जहाँ कोई शैली लगे, या जहाँ फ़ोटो जस की तस रहे</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>ब्रश (&amp;B)</translation>
    </message>
    <message>
        <source>Paint the layer (B)</source>
        <translation>लेयर पर पेंट करें (B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>इरेज़र (&amp;E)</translation>
    </message>
    <message>
        <source>Erase the layer (E)</source>
        <translation>लेयर से मिटाएँ (E)</translation>
    </message>
    <message>
        <source>Brush radius in the photo&apos;s pixels ([ and ] change it)</source>
        <translation>फ़ोटो के पिक्सेल में ब्रश की त्रिज्या ([ और ] से बदलें)</translation>
    </message>
    <message>
        <source>0: a hard edge; 100: soft from the centre</source>
        <translation>0: सख़्त किनारा; 100: केंद्र से ही नरम</translation>
    </message>
    <message>
        <source>How strongly the masks are shown over the photo (the run is not affected)</source>
        <translation>फ़ोटो के ऊपर मास्क कितने गहरे दिखें (रन पर इसका कोई असर नहीं पड़ता)</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>लेयर:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>आकार:</translation>
    </message>
    <message>
        <source>Softness:</source>
        <translation>नरमी:</translation>
    </message>
    <message>
        <source>Shown at:</source>
        <translation>दृश्यता:</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>भरें (&amp;F)</translation>
    </message>
    <message>
        <source>Cover the whole picture with this layer</source>
        <translation>पूरे चित्र को इस लेयर से ढकें</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>साफ़ करें (&amp;C)</translation>
    </message>
    <message>
        <source>Remove this layer&apos;s mask</source>
        <translation>इस लेयर का मास्क हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>उलटें (&amp;I)</translation>
    </message>
    <message>
        <source>Swap painted and unpainted parts of this layer</source>
        <translation>इस लेयर के पेंट किए गए और बिना पेंट वाले हिस्सों को आपस में बदलें</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>पिछला बदलाव पूर्ववत करें (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>फिर से करें (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>आयात करें (&amp;M)…</translation>
    </message>
    <message>
        <source>Load this layer from a greyscale picture (white: the layer)</source>
        <translation>इस लेयर को किसी ग्रेस्केल चित्र से लोड करें (सफ़ेद: लेयर)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <source>Save this layer as a greyscale PNG</source>
        <translation>इस लेयर को ग्रेस्केल PNG के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Paint where each style goes; where no style is painted all styles blend. The hatched layer keeps the photo. A run in progress follows at its next step.</source>
        <translation>जहाँ जो शैली लगनी है, वहाँ उसे पेंट करें; जहाँ कोई शैली पेंट नहीं की गई, वहाँ सभी शैलियाँ आपस में मिल जाती हैं। तिरछी धारियों वाली लेयर फ़ोटो को जस का तस रखती है। चल रहा रन अपने अगले चरण से ये बदलाव अपना लेता है।</translation>
    </message>
    <message>
        <source>Style %1: %2</source>
        <translation>शैली %1: %2</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>फ़ोटो बनाए रखें</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>मास्क आयात करें</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>पहले एक फ़ोटो चुनें: मास्क उसी के ऊपर पेंट किए जाते हैं।</translation>
    </message>
    <message>
        <source>There is no mask to export: choose a photo first.</source>
        <translation>निर्यात करने के लिए कोई मास्क नहीं है: पहले एक फ़ोटो चुनें।</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>मास्क निर्यात करें</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>चित्र (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
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
        <translation>%1 px पर इस रन को लगभग %2 मेमोरी चाहिए, पर केवल %3 खाली है। इसे शुरू करने पर सिस्टम ऐप को बंद कर देगा।</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>पर्याप्त मेमोरी नहीं</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px (about %2).</source>
        <translation>समाने वाला सबसे बड़ा आउटपुट आकार %1 px है (लगभग %2)।</translation>
    </message>
    <message>
        <source>Use %1 px</source>
        <translation>%1 px इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Even the smallest size does not fit: close other programs, or use smaller style images.</source>
        <translation>सबसे छोटा आकार भी नहीं समाता: दूसरे प्रोग्राम बंद करें, या छोटी स्टाइल छवियाँ इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>nss::PickleReader</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ऐसी वेट्स फ़ाइल नहीं है जिसे यह ऐप पढ़ सके: %2</translation>
    </message>
    <message>
        <source>its Python pickle is larger than 64 MB.</source>
        <translation>इसका Python pickle 64 MB से बड़ा है।</translation>
    </message>
    <message>
        <source>it ends in the middle of a Python pickle (truncated or garbled).</source>
        <translation>यह Python pickle के बीच में ख़त्म होती है (अधूरी या बिगड़ी हुई)।</translation>
    </message>
    <message>
        <source>its pickle is garbled near byte %1.</source>
        <translation>इसका pickle बाइट %1 के पास बिगड़ा हुआ है।</translation>
    </message>
    <message>
        <source>it uses pickle protocol %1.</source>
        <translation>यह pickle प्रोटोकॉल %1 का उपयोग करती है।</translation>
    </message>
    <message>
        <source>its pickle ends with %1 values on the stack.</source>
        <translation>इसका pickle स्टैक पर %1 मानों के साथ ख़त्म होता है।</translation>
    </message>
    <message>
        <source>it holds a string of %1 bytes.</source>
        <translation>इसमें %1 बाइट की स्ट्रिंग है।</translation>
    </message>
    <message>
        <source>its pickle is too large.</source>
        <translation>इसका pickle बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>its pickle names an overlong Python global.</source>
        <translation>इसका pickle बहुत लंबा Python global नाम देता है।</translation>
    </message>
    <message>
        <source>its pickle calls something that is not a known Python function.</source>
        <translation>इसका pickle ऐसी चीज़ को कॉल करता है जो ज्ञात Python फ़ंक्शन नहीं है।</translation>
    </message>
    <message>
        <source>its pickle builds an OrderedDict from arguments.</source>
        <translation>इसका pickle आर्ग्युमेंट से OrderedDict बनाता है।</translation>
    </message>
    <message>
        <source>its pickle calls %1, which a weights file never needs.</source>
        <translation>इसका pickle %1 को कॉल करता है, जिसकी वेट्स फ़ाइल को कभी ज़रूरत नहीं होती।</translation>
    </message>
    <message>
        <source>a tensor in its pickle has malformed arguments.</source>
        <translation>इसके pickle में एक टेंसर के आर्ग्युमेंट ग़लत हैं।</translation>
    </message>
    <message>
        <source>a tensor in its pickle has an invalid shape or stride.</source>
        <translation>इसके pickle में एक टेंसर का आकार या स्ट्राइड अमान्य है।</translation>
    </message>
    <message>
        <source>a tensor in its pickle is impossibly large.</source>
        <translation>इसके pickle में एक टेंसर असंभव रूप से बड़ा है।</translation>
    </message>
    <message>
        <source>a tensor of shape %1 reaches past the end of its storage (%2 elements).</source>
        <translation>आकार %1 का एक टेंसर अपने स्टोरेज के अंत से आगे जाता है (%2 तत्व)।</translation>
    </message>
    <message>
        <source>its pickle refers to an unknown kind of external object.</source>
        <translation>इसका pickle अज्ञात प्रकार के बाहरी ऑब्जेक्ट का हवाला देता है।</translation>
    </message>
    <message>
        <source>its pickle refers to a &quot;%1&quot;, not to tensor storage (a whole model, not a state_dict?).</source>
        <translation>इसका pickle &quot;%1&quot; का हवाला देता है, टेंसर स्टोरेज का नहीं (state_dict की जगह पूरा मॉडल?)।</translation>
    </message>
    <message>
        <source>a storage in its pickle is malformed.</source>
        <translation>इसके pickle में एक स्टोरेज ग़लत है।</translation>
    </message>
    <message>
        <source>a storage view in its pickle is malformed.</source>
        <translation>इसके pickle में एक स्टोरेज व्यू ग़लत है।</translation>
    </message>
    <message>
        <source>its pickle sets the state of something that is not a dictionary.</source>
        <translation>इसका pickle ऐसी चीज़ की स्थिति सेट करता है जो डिक्शनरी नहीं है।</translation>
    </message>
    <message>
        <source>its pickle uses opcode 0x%1, which a state_dict never contains.</source>
        <translation>इसका pickle ऑपकोड 0x%1 का उपयोग करता है, जो state_dict में कभी नहीं होता।</translation>
    </message>
    <message>
        <source>it does not start with PyTorch&apos;s magic number.</source>
        <translation>यह PyTorch की मैजिक संख्या से शुरू नहीं होती।</translation>
    </message>
    <message>
        <source>an integer was expected in its header.</source>
        <translation>इसके हेडर में पूर्णांक अपेक्षित था।</translation>
    </message>
    <message>
        <source>its system information header is not a dictionary.</source>
        <translation>इसका सिस्टम जानकारी हेडर डिक्शनरी नहीं है।</translation>
    </message>
    <message>
        <source>it holds a %1, not a state_dict.</source>
        <translation>इसमें %1 है, state_dict नहीं।</translation>
    </message>
    <message>
        <source>its state_dict has a key that is not a string.</source>
        <translation>इसके state_dict में एक कुंजी स्ट्रिंग नहीं है।</translation>
    </message>
    <message>
        <source>its entry &quot;%1&quot; is a %2, not a tensor.</source>
        <translation>इसकी प्रविष्टि &quot;%1&quot; %2 है, टेंसर नहीं।</translation>
    </message>
    <message>
        <source>its state_dict is empty.</source>
        <translation>इसका state_dict ख़ाली है।</translation>
    </message>
    <message>
        <source>its list of storages is missing.</source>
        <translation>इसकी स्टोरेज सूची गायब है।</translation>
    </message>
    <message>
        <source>its list of storages holds something that is not a name.</source>
        <translation>इसकी स्टोरेज सूची में ऐसा कुछ है जो नाम नहीं है।</translation>
    </message>
    <message>
        <source>its pickle refers to tensor %1, which its tar archive does not describe.</source>
        <translation>इसका pickle टेंसर %1 का उल्लेख करता है, जिसका इसके tar संग्रह में वर्णन नहीं है।</translation>
    </message>
    <message>
        <source>a storage record of its tar archive is malformed.</source>
        <translation>इसके tar संग्रह का एक स्टोरेज रिकॉर्ड विकृत है।</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>इसके tar संग्रह का एक टेंसर रिकॉर्ड विकृत है।</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>इसकी स्टोरेज व्यू की सूची विकृत है।</translation>
    </message>
</context>
<context>
    <name>nss::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>प्राथमिकताएँ</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>सभी कोर (%1)</translation>
    </message>
    <message>
        <source>vgg19-dcbad4b5.pth</source>
        <translation>vgg19-dcbad4b5.pth</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>थ्रेड (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>कैश फ़ोल्डर (&amp;C):</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>कैश फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Weights file:</source>
        <translation>वेट फ़ाइल (&amp;W):</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19 वेट</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch वेट (*.pth *.pt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>नई भाषा ऐप को दोबारा शुरू करने पर लागू होगी।</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When the run history grows past this, its oldest results are removed. Starred ones are kept.</source>
        <translation>जब रन इतिहास इससे बड़ा होता है, तो सबसे पुराने परिणाम हटा दिए जाते हैं। तारांकित रखे जाते हैं।</translation>
    </message>
    <message>
        <source>&amp;History size limit:</source>
        <translation>इतिहास आकार सीमा (&amp;H):</translation>
    </message>
</context>
<context>
    <name>nss::PreviewView</name>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>बनते समय चित्र यहाँ दिखाई देता है।</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
</context>
<context>
    <name>nss::ProjectActions</name>
    <message>
        <source>Open &amp;Project…</source>
        <translation>प्रोजेक्ट खोलें (&amp;P)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <source>&amp;Save Project…</source>
        <translation>प्रोजेक्ट सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>प्रोजेक्ट सहेजें</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>हाल की फ़ाइलें खोलें (&amp;R)</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 खोला गया।</translation>
    </message>
    <message>
        <source>Saved %1 (a pasted picture has no file: save it first to keep it in the project).</source>
        <translation>%1 सहेजा गया (चिपकाए गए चित्र की कोई फ़ाइल नहीं है: उसे प्रोजेक्ट में रखने के लिए पहले सहेजें)।</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Replace the project?</source>
        <translation>प्रोजेक्ट बदलें?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 पहले से मौजूद है। इसे बदलें?</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept as it was.</source>
        <translation>सहेजा नहीं गया: %1 जैसा था वैसा रखा गया।</translation>
    </message>
    <message>
        <source>The project was saved, but not its results: %1</source>
        <translation>प्रोजेक्ट सहेजा गया, पर उसके परिणाम नहीं: %1</translation>
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
        <translation>कतार के एक कार्य की कोई आईडी नहीं है।</translation>
    </message>
    <message>
        <source>Queued job %1: %2</source>
        <translation>कतार का कार्य %1: %2</translation>
    </message>
    <message>
        <source>Queued job %1 has an unknown state &quot;%2&quot;.</source>
        <translation>कतार के कार्य %1 की स्थिति &quot;%2&quot; अज्ञात है।</translation>
    </message>
</context>
<context>
    <name>nss::QueuePanel</name>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>प्रतीक्षा में: %1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>स्थगित</translation>
    </message>
    <message>
        <source>keeping the result…</source>
        <translation>परिणाम सुरक्षित किया जा रहा है…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ऊपर</translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation>चुना गया कार्य पहले चलाएँ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>नीचे</translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation>चुना गया कार्य बाद में चलाएँ</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>स्थगित करें</translation>
    </message>
    <message>
        <source>Skip the selected job until it is released</source>
        <translation>चुने गए कार्य को तब तक छोड़ें जब तक उसका स्थगन हटाया न जाए</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove the selected job (a running one stops, and its picture so far is dropped)</source>
        <translation>चुना गया कार्य हटाएँ (चल रहा कार्य रुक जाता है, और उसका अब तक का चित्र हटा दिया जाता है)</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>पूरे हुए कार्य हटाएँ</translation>
    </message>
    <message>
        <source>Remove the done and failed jobs from the list (their results stay in the history)</source>
        <translation>पूरे हुए और विफल कार्य सूची से हटाएँ (उनके परिणाम इतिहास में बने रहते हैं)</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>कतार रोकें</translation>
    </message>
    <message>
        <source>Pause the whole queue: the running job waits at its next step and no other starts</source>
        <translation>पूरी कतार रोकें: चल रहा कार्य अपने अगले चरण पर रुका रहता है और कोई दूसरा कार्य शुरू नहीं होता</translation>
    </message>
    <message>
        <source>%1. %2 — %3 px, %4 steps — %5</source>
        <translation>%1. %2 — %3 px, %4 चरण — %5</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>सामग्री: %1</translation>
    </message>
    <message>
        <source>Waiting at its step: %1</source>
        <translation>अपने चरण पर प्रतीक्षा में: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>अभी: %1</translation>
    </message>
    <message>
        <source>Resume Queue</source>
        <translation>कतार फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>स्थगन हटाएँ</translation>
    </message>
</context>
<context>
    <name>nss::QueueRunner</name>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>बीच में रुका; फिर से शुरुआत से चलेगा।</translation>
    </message>
    <message>
        <source>The queue is empty. Add the current pictures with Run ▸ Add to Queue, or many with Run ▸ Batch…</source>
        <translation>कतार खाली है। मौजूदा चित्र जोड़ने के लिए: रन ▸ कतार में जोड़ें; कई चित्र एक साथ जोड़ने के लिए: रन ▸ बैच…</translation>
    </message>
    <message numerus="yes">
        <source>The queue is paused (%n job(s) waiting).</source>
        <translation>
            <numerusform>कतार रुकी हुई है (%n कार्य प्रतीक्षा में)।</numerusform>
            <numerusform>कतार रुकी हुई है (%n कार्य प्रतीक्षा में)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue waits for the VGG-19 weights file (Edit ▸ Preferences).</source>
        <translation>कतार VGG-19 वेट फ़ाइल की प्रतीक्षा कर रही है (संपादन ▸ वरीयताएँ)।</translation>
    </message>
    <message>
        <source>Your run in the window goes first; the queue continues when it ends.</source>
        <translation>विंडो में आपका रन पहले चलेगा; उसके ख़त्म होने पर कतार आगे बढ़ेगी।</translation>
    </message>
    <message>
        <source>Running job %1 of %2: %3</source>
        <translation>%2 में से कार्य %1 चल रहा है: %3</translation>
    </message>
    <message numerus="yes">
        <source>Every job has run: %n done.</source>
        <translation>
            <numerusform>सभी कार्य चल चुके हैं: %n पूरा हुआ।</numerusform>
            <numerusform>सभी कार्य चल चुके हैं: %n पूरे हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n कार्य प्रतीक्षा में है।</numerusform>
            <numerusform>%n कार्य प्रतीक्षा में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; starts again from the beginning.</source>
        <translation>रोका गया; फिर से शुरुआत से चलेगा।</translation>
    </message>
    <message>
        <source>The run ended without a picture.</source>
        <translation>रन बिना किसी चित्र के समाप्त हो गया।</translation>
    </message>
    <message>
        <source>The result could not be kept: %1</source>
        <translation>परिणाम सुरक्षित नहीं किया जा सका: %1</translation>
    </message>
</context>
<context>
    <name>nss::RemoteImageFetch</name>
    <message>
        <source>Did not download %1: it is larger than %2, the most a dropped picture may be.</source>
        <translation>%1 डाउनलोड नहीं की गई: यह %2 से बड़ी है, जो छोड़े गए चित्र की अधिकतम सीमा है।</translation>
    </message>
    <message>
        <source>Could not download %1: the server sent nothing for %2 s.</source>
        <translation>%1 डाउनलोड नहीं की जा सकी: सर्वर ने %2 सेकंड तक कुछ नहीं भेजा।</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 डाउनलोड नहीं की जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>nss::RunHistory</name>
    <message>
        <source>There is no picture to keep in the history.</source>
        <translation>इतिहास में रखने के लिए कोई चित्र नहीं है।</translation>
    </message>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>इतिहास फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a history item.</source>
        <translation>&quot;%1&quot; इतिहास आइटम का नाम नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The history already holds an item named %1.</source>
        <translation>इतिहास में %1 नाम का आइटम पहले से है।</translation>
    </message>
    <message>
        <source>The history folder %1 is not writable.</source>
        <translation>इतिहास फ़ोल्डर %1 लिखने योग्य नहीं है।</translation>
    </message>
    <message>
        <source>The picture could not be kept in the history: %1</source>
        <translation>चित्र इतिहास में नहीं रखा जा सका: %1</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>%1 का नाम बदला नहीं जा सका।</translation>
    </message>
    <message>
        <source>The history item %1 cannot be read: %2</source>
        <translation>इतिहास आइटम %1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The history item %1 is damaged: %2</source>
        <translation>इतिहास आइटम %1 क्षतिग्रस्त है: %2</translation>
    </message>
    <message>
        <source>The history has no item %1.</source>
        <translation>इतिहास में कोई आइटम %1 नहीं है।</translation>
    </message>
    <message>
        <source>The history item %1 could not be removed from %2.</source>
        <translation>इतिहास आइटम %1 को %2 से हटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 को %2 में कॉपी नहीं किया जा सका।</translation>
    </message>
</context>
<context>
    <name>nss::RunProgress</name>
    <message>
        <source>step %v / %m</source>
        <translation>चरण %v / %m</translation>
    </message>
    <message>
        <source>%1 steps/s, done in %2</source>
        <translation>%1 चरण/से., %2 में पूरा</translation>
    </message>
    <message>
        <source>%1 steps/s, %2 left</source>
        <translation>%1 चरण/से., %2 बाकी</translation>
    </message>
    <message>
        <source>–:––</source>
        <translation>–:––</translation>
    </message>
    <message>
        <source>%1 (scale %2 of %3)</source>
        <translation>%1 (स्केल %3 में से %2)</translation>
    </message>
</context>
<context>
    <name>nss::SampleGallery</name>
    <message>
        <source>Astronaut</source>
        <translation>अंतरिक्ष यात्री</translation>
    </message>
    <message>
        <source>Photo — Astronaut Eileen Collins (NASA)</source>
        <translation>फ़ोटो — अंतरिक्ष यात्री आइलीन कॉलिन्स (NASA)</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>बिल्ली</translation>
    </message>
    <message>
        <source>Photo — Chelsea the cat</source>
        <translation>फ़ोटो — चेल्सी नाम की बिल्ली</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>कॉफ़ी</translation>
    </message>
    <message>
        <source>Photo — Coffee cup</source>
        <translation>फ़ोटो — कॉफ़ी का कप</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>रॉकेट</translation>
    </message>
    <message>
        <source>Photo — Falcon 9 launch (SpaceX)</source>
        <translation>फ़ोटो — Falcon 9 का प्रक्षेपण (SpaceX)</translation>
    </message>
    <message>
        <source>Hokusai</source>
        <translation>होकुसाई</translation>
    </message>
    <message>
        <source>Hokusai — The Great Wave</source>
        <translation>होकुसाई — कानागावा की महान लहर</translation>
    </message>
    <message>
        <source>Turner</source>
        <translation>टर्नर</translation>
    </message>
    <message>
        <source>Turner — The Shipwreck</source>
        <translation>टर्नर — जहाज़ की तबाही</translation>
    </message>
    <message>
        <source>Monet</source>
        <translation>मोने</translation>
    </message>
    <message>
        <source>Monet — Water Lilies</source>
        <translation>मोने — जल-कुमुदिनियाँ</translation>
    </message>
    <message>
        <source>Kandinsky</source>
        <translation>कांदिंस्की</translation>
    </message>
    <message>
        <source>Kandinsky — Composition VII</source>
        <translation>कांदिंस्की — कंपोज़िशन VII</translation>
    </message>
    <message>
        <source>Matisse</source>
        <translation>मातिस</translation>
    </message>
    <message>
        <source>Matisse — Woman with a Hat</source>
        <translation>मातिस — टोपी वाली स्त्री</translation>
    </message>
    <message>
        <source>Sample &amp;photos</source>
        <translation>नमूना फ़ोटो (&amp;P)</translation>
    </message>
    <message>
        <source>Sample p&amp;aintings</source>
        <translation>नमूना पेंटिंग (&amp;A)</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>कोई नमूना आज़माएँ</translation>
    </message>
    <message>
        <source>Click a photo, then a painting, and press Start. Your own pictures: drop them on Content and Style.</source>
        <translation>कोई फ़ोटो क्लिक करें, फिर कोई पेंटिंग, और “शुरू करें” दबाएँ। अपने चित्र: उन्हें सामग्री और शैली पर छोड़ें।</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Paintings</source>
        <translation>पेंटिंग</translation>
    </message>
    <message>
        <source>%1
Click to use it as the style.</source>
        <translation>%1
इसे शैली के रूप में उपयोग करने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <source>%1
Click to paint this photo.</source>
        <translation>%1
इस फ़ोटो को फिर से रंगने के लिए क्लिक करें।</translation>
    </message>
</context>
<context>
    <name>nss::SettingsPanel</name>
    <message>
        <source>&amp;Style</source>
        <translation>शैली (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>सामग्री (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;moothness</source>
        <translation>चिकनापन (&amp;M)</translation>
    </message>
    <message>
        <source>How strongly the painting&apos;s texture is imposed. Changes a running picture.</source>
        <translation>पेंटिंग की बनावट कितनी गहराई से लागू हो। चल रहे चित्र पर भी असर डालता है।</translation>
    </message>
    <message>
        <source>How closely the photo&apos;s shapes are kept. Changes a running picture.</source>
        <translation>फ़ोटो की आकृतियाँ कितनी बारीकी से बनी रहें। चल रहे चित्र पर भी असर डालता है।</translation>
    </message>
    <message>
        <source>Total-variation weight: smooths pixel noise. Changes a running picture.</source>
        <translation>टोटल वेरिएशन का भार: पिक्सेल का नॉइज़ कम करके चित्र को चिकना बनाता है। चल रहे चित्र पर भी असर डालता है।</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Longest side of the result; larger is slower.</source>
        <translation>परिणाम की सबसे लंबी भुजा; जितनी बड़ी, उतना धीमा।</translation>
    </message>
    <message>
        <source>L-BFGS (best quality)</source>
        <translation>L-BFGS (सबसे अच्छी गुणवत्ता)</translation>
    </message>
    <message>
        <source>Adam (smoother progress)</source>
        <translation>Adam (ज़्यादा सहज प्रगति)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> चरण</translation>
    </message>
    <message>
        <source>The same seed and settings give the same picture.</source>
        <translation>वही सीड और वही सेटिंग्स हों तो वही चित्र बनता है।</translation>
    </message>
    <message>
        <source>Content image</source>
        <translation>सामग्री चित्र</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>नॉइज़</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>Average (softer)</source>
        <translation>औसत (ज़्यादा नरम)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Luminance transfer</source>
        <translation>केवल चमक का अंतरण</translation>
    </message>
    <message>
        <source>Histogram match</source>
        <translation>हिस्टोग्राम मिलान</translation>
    </message>
    <message>
        <source>Output si&amp;ze:</source>
        <translation>आउटपुट आकार (&amp;Z):</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>चरण (&amp;T):</translation>
    </message>
    <message>
        <source>O&amp;ptimizer:</source>
        <translation>ऑप्टिमाइज़र (&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>सीड (&amp;E):</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>शुरुआत (&amp;F):</translation>
    </message>
    <message>
        <source>Poo&amp;ling:</source>
        <translation>पूलिंग (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Keep colours:</source>
        <translation>रंग बनाए रखें (&amp;K):</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>छवि फ़ाइल…</translation>
    </message>
    <message>
        <source>The picture the optimisation starts from.</source>
        <translation>वह चित्र जिससे ऑप्टिमाइज़ेशन शुरू होता है।</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>छवि से शुरू करें</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;All files (*)</source>
        <translation>छवियाँ (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>कोई छवि नहीं चुनी गई</translation>
    </message>
    <message>
        <source>needs ≈ %1 of %2 free</source>
        <translation>%2 खाली में से ≈ %1 चाहिए</translation>
    </message>
    <message>
        <source>needs ≈ %1</source>
        <translation>≈ %1 चाहिए</translation>
    </message>
    <message>
        <source>Predicted peak memory of the run, and the memory the machine has available now.</source>
        <translation>रन की अनुमानित अधिकतम मेमोरी, और मशीन पर अभी उपलब्ध मेमोरी।</translation>
    </message>
    <message>
        <source>This size does not fit in the free memory: Start offers the largest size that does.</source>
        <translation>यह आकार खाली मेमोरी में नहीं समाता: “शुरू करें” समाने वाला सबसे बड़ा आकार सुझाता है।</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>Off (output size only)</source>
        <translation>बंद (केवल आउटपुट आकार)</translation>
    </message>
    <message>
        <source>%1 sizes</source>
        <translation>%1 आकार</translation>
    </message>
    <message>
        <source>Paint small first, then enlarge and refine: much faster to a good picture.</source>
        <translation>पहले छोटा चित्र बनाएँ, फिर बड़ा करके निखारें: अच्छा चित्र बहुत जल्दी मिलता है।</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>पूर्ण (fp32)</translation>
    </message>
    <message>
        <source>Reduced (bf16)</source>
        <translation>घटी हुई (bf16)</translation>
    </message>
    <message>
        <source>Automatic computes Adam runs in bf16 on processors that have it (faster, same quality within 2%) and everything else in fp32. Full turns reduced precision off.</source>
        <translation>स्वचालित: जिन प्रोसेसरों में bf16 है उन पर Adam रन bf16 में चलते हैं (तेज़, गुणवत्ता 2% के भीतर समान), बाकी सब fp32 में। पूर्ण घटी हुई सटीकता बंद करता है।</translation>
    </message>
    <message>
        <source>Coarse to fi&amp;ne:</source>
        <translation>मोटे से बारीक(&amp;N):</translation>
    </message>
    <message>
        <source>Prec&amp;ision:</source>
        <translation>सटीकता(&amp;I):</translation>
    </message>
    <message>
        <source>How often a frame is kept for export and the time-lapse. The preview itself refreshes about twice a second.</source>
        <translation>निर्यात और टाइम-लैप्स के लिए कितनी बार एक फ़्रेम रखा जाए। पूर्वावलोकन स्वयं लगभग हर सेकंड दो बार ताज़ा होता है।</translation>
    </message>
    <message>
        <source>Keep a frame e&amp;very:</source>
        <translation>फ़्रेम रखने का अंतराल (&amp;V):</translation>
    </message>
    <message>
        <source>%1, in tiles of %2 px</source>
        <translation>%1, %2 px की टाइलों में</translation>
    </message>
    <message>
        <source>The whole picture does not fit in one pass: it is painted a tile at a time, with the same result, in more time.</source>
        <translation>पूरी तस्वीर एक बार में नहीं समाती: इसे एक-एक टाइल करके पेंट किया जाता है, परिणाम वही रहता है, समय अधिक लगता है।</translation>
    </message>
    <message>
        <source>Stea&amp;diness</source>
        <translation>स्थिरता (&amp;D)</translation>
    </message>
    <message>
        <source>Temporal weight: how firmly each video frame holds to the one before it, against flicker. Changes a running video.</source>
        <translation>समय-भार: हर वीडियो फ़्रेम पिछले फ़्रेम से कितनी मज़बूती से जुड़ा रहे, झिलमिलाहट के विरुद्ध। चल रहे वीडियो को बदलता है।</translation>
    </message>
</context>
<context>
    <name>nss::StyleListPanel</name>
    <message>
        <source>Size of the painting&apos;s brush strokes relative to the output size.</source>
        <translation>आउटपुट के आकार की तुलना में पेंटिंग के ब्रश स्ट्रोक का आकार।</translation>
    </message>
    <message>
        <source>&amp;Add style</source>
        <translation>शैली जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Blend several paintings; each one&apos;s weight sets its share.</source>
        <translation>कई पेंटिंग मिलाएँ; हर पेंटिंग का भार उसका हिस्सा तय करता है।</translation>
    </message>
    <message>
        <source>Style sc&amp;ale:</source>
        <translation>शैली का पैमाना (&amp;A):</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>शैली</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>शैली %1</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>कोई पेंटिंग यहाँ छोड़ें</translation>
    </message>
    <message>
        <source>blend </source>
        <translation>मिश्रण </translation>
    </message>
    <message>
        <source>This painting&apos;s share of the style; shares are normalised to sum to 1.</source>
        <translation>शैली में इस पेंटिंग का हिस्सा; सभी हिस्सों को इस तरह सामान्यीकृत किया जाता है कि उनका योग 1 हो।</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>%1 is %2 px, painted at %3 px: its brush strokes will be enlarged %4×. A lower style scale keeps them finer.</source>
        <translation>%1 %2 px की है और %3 px पर पेंट होती है: इसके ब्रश स्ट्रोक %4× बड़े हो जाएँगे। कम स्टाइल स्केल उन्हें बारीक रखता है।</translation>
    </message>
    <message>
        <source>Part…</source>
        <translation>भाग…</translation>
    </message>
    <message>
        <source>Use Part of This Painting…</source>
        <translation>इस चित्र का केवल एक भाग उपयोग करें…</translation>
    </message>
    <message>
        <source>Use All of It</source>
        <translation>पूरा चित्र उपयोग करें</translation>
    </message>
    <message>
        <source>Part of the painting</source>
        <translation>चित्र का भाग</translation>
    </message>
    <message>
        <source>Drop a painting here first.</source>
        <translation>पहले यहाँ एक चित्र छोड़ें।</translation>
    </message>
    <message>
        <source>The part of the painting to use</source>
        <translation>चित्र का उपयोग होने वाला भाग</translation>
    </message>
    <message>
        <source>Grey pictures, white where the painting counts (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>धूसर चित्र, जहाँ चित्र गिना जाए वहाँ सफ़ेद (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>There is no style %1.</source>
        <translation>शैली %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Using part: %1</source>
        <translation>उपयोग हो रहा भाग: %1</translation>
    </message>
    <message>
        <source>Only the white part of %1 is used. Choose another part, or use all of the painting.</source>
        <translation>%1 का केवल सफ़ेद भाग उपयोग होता है। कोई दूसरा भाग चुनें, या पूरा चित्र उपयोग करें।</translation>
    </message>
    <message>
        <source>Use only part of this painting: choose a grey picture over it, white where its strokes and colours count.</source>
        <translation>इस चित्र का केवल एक भाग उपयोग करें: उसके ऊपर एक धूसर चित्र चुनें, जहाँ उसके ब्रश-स्ट्रोक और रंग गिने जाएँ वहाँ सफ़ेद।</translation>
    </message>
</context>
<context>
    <name>nss::StyleObjective</name>
    <message>
        <source>The content image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>विषय-चित्र 1 x 3 x H x W आकार का फ़्लोट टेंसर होना चाहिए (मिला: %1)।</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>No content or style layer is selected.</source>
        <translation>कोई विषय-परत या शैली-परत चुनी नहीं गई है।</translation>
    </message>
    <message>
        <source>No style image was given.</source>
        <translation>कोई शैली-चित्र नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Each style image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>हर शैली-चित्र 1 x 3 x H x W आकार का फ़्लोट टेंसर होना चाहिए (मिला: %1)।</translation>
    </message>
    <message>
        <source>%1 blend weights were given for %2 style images.</source>
        <translation>%2 शैली-चित्रों के लिए %1 मिश्रण-भार दिए गए।</translation>
    </message>
    <message>
        <source>Style blend weights must be finite and not negative (got %1).</source>
        <translation>शैली-मिश्रण भार सीमित और अऋणात्मक होने चाहिए (मिला: %1)।</translation>
    </message>
    <message>
        <source>The style blend weights add up to zero.</source>
        <translation>शैली-मिश्रण भारों का योग शून्य है।</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (expected conv1_1 ... conv5_4).</source>
        <translation>अज्ञात VGG-19 परत &quot;%1&quot; (अपेक्षित: conv1_1 … conv5_4)।</translation>
    </message>
    <message>
        <source>The weight of layer %1 must be finite and not negative.</source>
        <translation>परत %1 का भार सीमित और अऋणात्मक होना चाहिए।</translation>
    </message>
    <message>
        <source>Computing the style and content targets failed: %1</source>
        <translation>शैली और विषय के लक्ष्य निकालना विफल रहा: %1</translation>
    </message>
    <message>
        <source>The %1 must be a 1 x 1 x %2 x %3 float tensor, the content&apos;s size (got %4).</source>
        <translation>%1 विषय-वस्तु के आकार का 1 x 1 x %2 x %3 फ़्लोट टेंसर होना चाहिए (मिला: %4)।</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>%2 शैली चित्रों के लिए %1 शैली मास्क दिए गए।</translation>
    </message>
    <message>
        <source>style mask</source>
        <translation>शैली मास्क</translation>
    </message>
    <message>
        <source>keep-the-photo mask</source>
        <translation>फ़ोटो बनाए रखने का मास्क</translation>
    </message>
    <message>
        <source>%1 source masks were given for %2 style images.</source>
        <translation>%2 शैली चित्रों के लिए %1 स्रोत मास्क दिए गए।</translation>
    </message>
    <message>
        <source>The source mask of style %1 must be a 1 x 1 x %2 x %3 float tensor (got %4).</source>
        <translation>शैली %1 का स्रोत मास्क 1 x 1 x %2 x %3 float टेंसर होना चाहिए (मिला: %4)।</translation>
    </message>
    <message>
        <source>The part of style image %1 to use is empty: paint some of it white in its source mask.</source>
        <translation>शैली चित्र %1 का उपयोग होने वाला भाग खाली है: उसके स्रोत मास्क में उसका कुछ भाग सफ़ेद रंगें।</translation>
    </message>
    <message>
        <source>Stopped while computing the style targets.</source>
        <translation>शैली लक्ष्यों की गणना के दौरान रोका गया।</translation>
    </message>
</context>
<context>
    <name>nss::StyleRunner</name>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale (%1).</source>
        <translation>इस चित्र के लिए पर्याप्त मेमोरी नहीं है: छोटा आउटपुट आकार या शैली पैमाना चुनें (%1)।</translation>
    </message>
    <message>
        <source>The style engine failed: %1</source>
        <translation>शैली इंजन विफल हुआ: %1</translation>
    </message>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale.</source>
        <translation>इस चित्र के लिए पर्याप्त मेमोरी नहीं है: छोटा आउटपुट आकार या शैली पैमाना चुनें।</translation>
    </message>
    <message>
        <source>No VGG-19 weights file is set.</source>
        <translation>कोई VGG-19 भार फ़ाइल सेट नहीं है।</translation>
    </message>
    <message>
        <source>Loading VGG-19 weights…</source>
        <translation>VGG-19 भार लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>The content image is empty.</source>
        <translation>सामग्री छवि खाली है।</translation>
    </message>
    <message>
        <source>Expected %1 style images, got %2.</source>
        <translation>%1 शैली छवियाँ अपेक्षित थीं, %2 मिलीं।</translation>
    </message>
    <message>
        <source>The style image %1 is empty.</source>
        <translation>शैली छवि %1 खाली है।</translation>
    </message>
    <message>
        <source>The image to start from (%1) is empty.</source>
        <translation>शुरुआती छवि (%1) खाली है।</translation>
    </message>
    <message>
        <source>Computing style targets (%1)…</source>
        <translation>शैली-लक्ष्य गणना हो रही है (%1)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4)…</source>
        <translation>%1 × %2 px पर पेंटिंग हो रही है (स्केल %4 में से %3)…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4), tile %5 of %6…</source>
        <translation>%1 × %2 px पर पेंटिंग हो रही है (स्केल %4 में से %3), टाइल %6 में से %5…</translation>
    </message>
    <message>
        <source>Computing style targets (%1), tile %2 of %3…</source>
        <translation>शैली लक्ष्य गणना हो रहे हैं (%1), टाइल %2 / %3…</translation>
    </message>
    <message>
        <source>The checkpoint was saved by a run of other pictures or settings: it cannot continue this one. Delete it, or choose another file, to start afresh.</source>
        <translation>यह चेकपॉइंट दूसरे चित्रों या सेटिंग्स वाले किसी रन ने सहेजा था: इससे यह रन आगे नहीं बढ़ सकता। नए सिरे से शुरू करने के लिए इसे हटाएँ या कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The checkpoint does not fit this run&apos;s plan of scales (it was saved by another version of the app). Delete it to start afresh.</source>
        <translation>चेकपॉइंट इस रन की स्केल योजना से मेल नहीं खाता (इसे ऐप के किसी दूसरे संस्करण ने सहेजा था)। नए सिरे से शुरू करने के लिए इसे हटाएँ।</translation>
    </message>
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>सामग्री, शैली और टोटल वेरिएशन के भारों में से कम से कम एक 0 से अधिक होना चाहिए।</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>कम से कम एक शैली चित्र चुनें।</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>शैलियों का कम से कम एक मिश्रण भार 0 से अधिक होना चाहिए।</translation>
    </message>
    <message>
        <source>A content weight above 0 needs at least one content layer.</source>
        <translation>सामग्री भार 0 से अधिक हो तो कम से कम एक सामग्री लेयर चाहिए।</translation>
    </message>
    <message>
        <source>A style weight above 0 needs at least one style layer.</source>
        <translation>शैली भार 0 से अधिक हो तो कम से कम एक शैली लेयर चाहिए।</translation>
    </message>
    <message>
        <source>Choose the image to start from, or start from the content image or noise.</source>
        <translation>शुरुआती चित्र चुनें, या सामग्री चित्र या नॉइज़ से शुरू करें।</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>सेटिंग “%1” का मान गलत प्रकार का है या सीमा से बाहर है।</translation>
    </message>
</context>
<context>
    <name>nss::StyleWorker</name>
    <message>
        <source>The style engine failed: %1</source>
        <translation>शैली इंजन विफल हुआ: %1</translation>
    </message>
    <message>
        <source>The style engine failed unexpectedly.</source>
        <translation>शैली इंजन अप्रत्याशित रूप से विफल हुआ।</translation>
    </message>
    <message>
        <source>Painting frame %1 of %2…</source>
        <translation>%2 में से फ़्रेम %1 रंगा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>nss::TarDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ऐसी वेट्स फ़ाइल नहीं है जिसे यह ऐप पढ़ सके: %2</translation>
    </message>
    <message>
        <source>it is a truncated tar archive (its end marker is missing).</source>
        <translation>यह एक अधूरा tar संग्रह है (इसका अंत-चिह्न गायब है)।</translation>
    </message>
    <message>
        <source>it is a tar archive with a garbled or truncated member at byte %1.</source>
        <translation>यह एक tar संग्रह है जिसमें बाइट %1 पर एक विकृत या अधूरा सदस्य है।</translation>
    </message>
    <message>
        <source>it is a tar archive with more than %1 members.</source>
        <translation>यह %1 से अधिक सदस्यों वाला tar संग्रह है।</translation>
    </message>
</context>
<context>
    <name>nss::VggNet</name>
    <message>
        <source>VGG-19 has no convolution at feature index %1.</source>
        <translation>VGG-19 में फ़ीचर सूचकांक %1 पर कोई कन्वोल्यूशन नहीं है।</translation>
    </message>
    <message>
        <source>The VGG-19 weights lack the convolution at feature index %1 (features.%1).</source>
        <translation>VGG-19 भार-फ़ाइल में फ़ीचर सूचकांक %1 का कन्वोल्यूशन नहीं है (features.%1)।</translation>
    </message>
    <message>
        <source>The VGG-19 weights have the wrong shape at features.%1.</source>
        <translation>VGG-19 भार-फ़ाइल में features.%1 का आकार गलत है।</translation>
    </message>
    <message>
        <source>The VGG-19 weights could not be prepared: %1</source>
        <translation>VGG-19 भार तैयार नहीं किए जा सके: %1</translation>
    </message>
</context>
<context>
    <name>nss::WebpAnimation</name>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>यह libwebp वह संस्करण नहीं है जिसके साथ ऐप बनाया गया था</translation>
    </message>
    <message>
        <source>WebP animation encoder could not be created (out of memory?)</source>
        <translation>WebP एनिमेशन एनकोडर नहीं बनाया जा सका (क्या मेमोरी कम है?)</translation>
    </message>
    <message>
        <source>A time-lapse frame is %1 x %2 pixels, not %3 x %4</source>
        <translation>टाइम-लैप्स का एक फ़्रेम %3 × %4 के बजाय %1 × %2 पिक्सेल का है</translation>
    </message>
    <message>
        <source>WebP animation encoding failed: %1</source>
        <translation>WebP एनिमेशन एनकोडिंग विफल रही: %1</translation>
    </message>
    <message>
        <source>The time-lapse was already finished</source>
        <translation>टाइम-लैप्स पहले ही पूरा हो चुका है</translation>
    </message>
</context>
<context>
    <name>nss::WeightsCache</name>
    <message>
        <source>The weights cache %1 cannot be written: %2.</source>
        <translation>वेट्स कैश %1 लिखा नहीं जा सकता: %2।</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDialog</name>
    <message>
        <source>VGG-19 weights needed</source>
        <translation>VGG-19 वेट आवश्यक हैं</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>फ़ाइल चुनें (&amp;C)…</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19 वेट</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>PyTorch वेट (*.pth *.pt *.safetensors);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a weights file.</source>
        <translation>“%1” एक फ़ोल्डर है, वेट फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>“%1” पढ़ी नहीं जा सकती (उसकी अनुमतियाँ जाँचें)।</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” खाली है।</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>डाउनलोड करें (&amp;D)</translation>
    </message>
    <message>
        <source>Download paused at %1 MB; Resume continues from there.</source>
        <translation>डाउनलोड %1 MB पर रुका; “फिर से शुरू करें” वहीं से आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>%1 MB downloaded earlier; Resume continues from there.</source>
        <translation>%1 MB पहले डाउनलोड हो चुके हैं; “फिर से शुरू करें” वहीं से आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>आकार अज्ञात</translation>
    </message>
    <message>
        <source>&lt;p&gt;Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs torchvision&apos;s weights file once:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Download&lt;/b&gt; fetches it into &lt;tt&gt;%4&lt;/tt&gt; (it can be stopped and resumed). Or choose a copy you already have, for example from PyTorch&apos;s cache, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. The choice is remembered; Preferences can change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neural Style Studio ImageNet पर प्रशिक्षित VGG-19 नेटवर्क से पेंट करता है। इसे एक बार torchvision की वेट फ़ाइल चाहिए:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, लाइसेंस CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;डाउनलोड करें&lt;/b&gt; इसे &lt;tt&gt;%4&lt;/tt&gt; में सहेजता है (डाउनलोड रोका और फिर से शुरू किया जा सकता है)। या अपने पास पहले से मौजूद प्रति चुनें, जैसे PyTorch के कैश &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt; से। आपकी पसंद याद रखी जाती है; वरीयताओं में इसे बदला जा सकता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>S&amp;top Download</source>
        <translation>डाउनलोड रोकें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>डाउनलोड फिर से शुरू करें (&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%2 MB में से %1</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 शेष</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1</source>
        <translation>डाउनलोड और सत्यापित: %1</translation>
    </message>
    <message>
        <source>Checking the downloaded file…</source>
        <translation>डाउनलोड की गई फ़ाइल जाँची जा रही है…</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDownloader</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 लिखी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place (%1). Delete %2 and start again.</source>
        <translation>सर्वर ने डाउनलोड ग़लत जगह से फिर शुरू किया (%1)। %2 हटाएँ और फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? %3 MB are needed.</source>
        <translation>%1 लिखी नहीं जा सकती: %2। क्या डिस्क भर गई है? %3 MB चाहिए।</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>सर्वर ने %3 के लिए HTTP %1 (%2) उत्तर दिया।</translation>
    </message>
    <message>
        <source>The download was interrupted after %1 MB: %2. Start it again to resume where it stopped.</source>
        <translation>डाउनलोड %1 MB के बाद रुक गया: %2। जहाँ रुका था वहीं से जारी रखने के लिए इसे फिर शुरू करें।</translation>
    </message>
    <message>
        <source>The download from %1 stalled (no data for %2 seconds). Check the network connection and try again.</source>
        <translation>%1 से डाउनलोड रुक गया (%2 सेकंड से कोई डेटा नहीं)। नेटवर्क कनेक्शन जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2. Check the network connection and try again.</source>
        <translation>%1 तक नहीं पहुँचा जा सकता: %2। नेटवर्क कनेक्शन जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its SHA-256 starts with %1, %2 was expected. It was deleted; start the download again.</source>
        <translation>डाउनलोड की गई फ़ाइल ख़राब है: इसका SHA-256 %1 से शुरू होता है, %2 अपेक्षित था। इसे हटा दिया गया; डाउनलोड फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>%1 का नाम बदलकर %2 नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2.</source>
        <translation>%1 को वापस पढ़ा नहीं जा सकता: %2।</translation>
    </message>
</context>
<context>
    <name>nss::ZipDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 ऐसी वेट्स फ़ाइल नहीं है जिसे यह ऐप पढ़ सके: %2</translation>
    </message>
    <message>
        <source>its zip directory cannot be read.</source>
        <translation>इसकी zip डायरेक्टरी पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>it is a truncated zip archive (its directory at the end is missing).</source>
        <translation>यह अधूरा zip आर्काइव है (अंत में इसकी डायरेक्टरी गायब है)।</translation>
    </message>
    <message>
        <source>its zip64 directory locator is missing.</source>
        <translation>इसका zip64 डायरेक्टरी लोकेटर गायब है।</translation>
    </message>
    <message>
        <source>its zip64 directory record is missing.</source>
        <translation>इसका zip64 डायरेक्टरी रिकॉर्ड गायब है।</translation>
    </message>
    <message>
        <source>its zip directory lies outside the file (truncated?).</source>
        <translation>इसकी zip डायरेक्टरी फ़ाइल से बाहर है (अधूरी?)।</translation>
    </message>
    <message>
        <source>its zip directory is garbled (entry %1).</source>
        <translation>इसकी zip डायरेक्टरी बिगड़ी हुई है (प्रविष्टि %1)।</translation>
    </message>
    <message>
        <source>its zip entry %1 is compressed; PyTorch writes them uncompressed.</source>
        <translation>इसकी zip प्रविष्टि %1 संपीड़ित है; PyTorch इन्हें बिना संपीड़न के लिखता है।</translation>
    </message>
    <message>
        <source>its zip entry %1 has impossible sizes.</source>
        <translation>इसकी zip प्रविष्टि %1 के आकार असंभव हैं।</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: the zip entry %2 is garbled.</source>
        <translation>%1 ऐसी वेट्स फ़ाइल नहीं है जिसे यह ऐप पढ़ सके: zip प्रविष्टि %2 बिगड़ी हुई है।</translation>
    </message>
    <message>
        <source>%1 is truncated: the zip entry %2 reaches past the end of the file.</source>
        <translation>%1 अधूरी है: zip प्रविष्टि %2 फ़ाइल के अंत से आगे जाती है।</translation>
    </message>
</context>
</TS>
