<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>VideoFile</name>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>打开 %1 时内存不足。</translation>
    </message>
    <message>
        <source>A %1 file cannot hold the sound of %2, which is %3, and the sound is copied, not converted. Save as .mkv, which holds any sound.</source>
        <translation>%1 文件无法容纳 %2 的声音（%3），而声音是原样复制而非转换的。请另存为 .mkv，它可容纳任何声音。</translation>
    </message>
    <message>
        <source>The sound of %1 could not be read: %2.</source>
        <translation>无法读取 %1 的声音：%2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Is the disk full? Nothing was saved.</source>
        <translation>无法写入 %1：%2。磁盘已满？未保存任何内容。</translation>
    </message>
    <message>
        <source>No video file was given.</source>
        <translation>未指定视频文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a video file.</source>
        <translation>%1 是文件夹，不是视频文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 could not be read as a video: it is not in a video format this program knows, or the file is damaged or incomplete (%2).</source>
        <translation>无法将 %1 作为视频读取：它不是本程序支持的视频格式，或文件已损坏或不完整（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its streams could not be read (%2).</source>
        <translation>%1 已损坏：无法读取其数据流（%2）。</translation>
    </message>
    <message>
        <source>%1 is a picture, not a video.</source>
        <translation>%1 是图片，不是视频。</translation>
    </message>
    <message>
        <source>%1 has no video stream: it holds only sound.</source>
        <translation>%1 没有视频流：只包含声音。</translation>
    </message>
    <message>
        <source>%1 has no video stream.</source>
        <translation>%1 没有视频流。</translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation>%1 不是视频文件。</translation>
    </message>
    <message>
        <source>%1 uses the video codec &quot;%2&quot;, which this program cannot decode.</source>
        <translation>%1 使用视频编解码器“%2”，本程序无法解码。</translation>
    </message>
    <message>
        <source>%1 does not say how large its pictures are: the file is damaged.</source>
        <translation>%1 未说明其画面尺寸：文件已损坏。</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels, larger than this program accepts (at most %4 pixels on a side and %5 megapixels).</source>
        <translation>%1 为 %2 × %3 像素，超出本程序的上限（每边最多 %4 像素，总计 %5 百万像素）。</translation>
    </message>
    <message>
        <source>%1 could not be read after frame %2: %3.</source>
        <translation>%1 在第 %2 帧之后无法读取：%3。</translation>
    </message>
    <message>
        <source>%1 ends early: it stops after frame %2 of %3. The file is incomplete, perhaps cut off while it was copied or recorded.</source>
        <translation>%1 提前结束：在第 %2 帧（共 %3 帧）后中断。文件不完整，可能在复制或录制时被截断。</translation>
    </message>
    <message>
        <source>%1 has no video frames.</source>
        <translation>%1 没有视频帧。</translation>
    </message>
    <message>
        <source>%1: frame %2 could not be converted to a picture.</source>
        <translation>%1：第 %2 帧无法转换为图片。</translation>
    </message>
    <message>
        <source>%1 is damaged: frame %2 could not be decoded (%3).</source>
        <translation>%1 已损坏：第 %2 帧无法解码（%3）。</translation>
    </message>
    <message>
        <source>%1: the %2 decoder could not start (%3).</source>
        <translation>%1：%2 解码器无法启动（%3）。</translation>
    </message>
    <message>
        <source>Could not encode frame %1 of %2 (%3). Nothing was saved.</source>
        <translation>无法编码 %2 的第 %1 帧（%3）。未保存任何内容。</translation>
    </message>
    <message>
        <source>No file name was given to save the video to.</source>
        <translation>未指定保存视频的文件名。</translation>
    </message>
    <message>
        <source>Cannot save %1: videos are saved as .mp4, .mov, .m4v, .mkv or .webm.</source>
        <translation>无法保存 %1：视频只能保存为 .mp4、.mov、.m4v、.mkv 或 .webm。</translation>
    </message>
    <message>
        <source>Cannot save %1: a video of %2 x %3 pixels is not possible.</source>
        <translation>无法保存 %1：不能生成 %2 × %3 像素的视频。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2/%3 frames per second is not a frame rate.</source>
        <translation>无法保存 %1：每秒 %2/%3 帧不是有效帧率。</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>无法保存 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder.</source>
        <translation>无法保存 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot save %1: this FFmpeg has no %2 encoder.</source>
        <translation>无法保存 %1：此 FFmpeg 没有 %2 编码器。</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a file in the folder %2 (%3).</source>
        <translation>无法保存 %1：无法在文件夹 %2 中创建文件（%3）。</translation>
    </message>
    <message>
        <source>Cannot save %1: the %2 encoder could not start (%3).</source>
        <translation>无法保存 %1：%2 编码器无法启动（%3）。</translation>
    </message>
    <message>
        <source>Cannot save %1: the video could not be started (%2).</source>
        <translation>无法保存 %1：无法开始写入视频（%2）。</translation>
    </message>
    <message>
        <source>%1 is already complete.</source>
        <translation>%1 已经完成。</translation>
    </message>
    <message>
        <source>A frame of %1 x %2 pixels cannot go into %3, which is %4 x %5.</source>
        <translation>%1 × %2 像素的帧无法放入 %3（其尺寸为 %4 × %5）。</translation>
    </message>
    <message>
        <source>Out of memory while writing %1.</source>
        <translation>写入 %1 时内存不足。</translation>
    </message>
    <message>
        <source>Nothing was saved to %1: the video has no frames.</source>
        <translation>未向 %1 保存任何内容：视频没有帧。</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>无法保存 %1：%2。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Neural Style Studio, headless: repaint a photo in the style of a painting.</source>
        <translation>Neural Style Studio 命令行版：以一幅画作的风格重绘照片。</translation>
    </message>
    <message>
        <source>Print the version and the LibTorch build.</source>
        <translation>显示版本号和 LibTorch 构建信息。</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>tensors: %1</source>
        <translation>张量：%1</translation>
    </message>
    <message>
        <source>(torchvision&apos;s official file)</source>
        <translation>（torchvision 官方文件）</translation>
    </message>
    <message>
        <source>VGG-19 convolutions found: %1 of %2</source>
        <translation>找到的 VGG-19 卷积层：%1 / %2</translation>
    </message>
    <message>
        <source>The VGG-19 weights file (.pth or .safetensors). Default: $NSS_VGG19_WEIGHTS, then vgg19-dcbad4b5.pth in the app&apos;s data folder.</source>
        <translation>VGG-19 权重文件（.pth 或 .safetensors）。默认：$NSS_VGG19_WEIGHTS，然后是应用数据文件夹中的 vgg19-dcbad4b5.pth。</translation>
    </message>
    <message>
        <source>Check the weights file (format, tensors, the 16 VGG-19 convolutions and their shapes) and exit: 0 if usable.</source>
        <translation>检查权重文件（格式、张量、16 个 VGG-19 卷积层及其形状）后退出：可用时返回 0。</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>无法写入 %1：未知的图像类型“%2”（请使用 .png、.jpg、.tif 或 .webp）。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>无法写入 %1：文件夹 %2 不存在或不可写。</translation>
    </message>
    <message>
        <source>Cannot create the frames folder %1.</source>
        <translation>无法创建帧文件夹 %1。</translation>
    </message>
    <message>
        <source>Open FILE as the content photo.</source>
        <translation>将 FILE 作为内容照片打开。</translation>
    </message>
    <message>
        <source>Open FILE as a style painting (repeat for several).</source>
        <translation>将 FILE 作为风格画作打开（可重复以使用多幅）。</translation>
    </message>
    <message>
        <source>Use FILE as the VGG-19 weights (remembered).</source>
        <translation>使用 FILE 作为 VGG-19 权重（会被记住）。</translation>
    </message>
    <message>
        <source>Open the project FILE (.nssproj).</source>
        <translation>打开项目文件 FILE（.nssproj）。</translation>
    </message>
    <message>
        <source>Start painting at once.</source>
        <translation>立即开始绘制。</translation>
    </message>
    <message>
        <source>With --check-weights: also print the SHA-256 (reads the whole file).</source>
        <translation>与 --check-weights 一起使用：同时输出 SHA-256 校验和（需读取整个文件）。</translation>
    </message>
    <message>
        <source>variant: %1</source>
        <translation>变体：%1</translation>
    </message>
    <message>
        <source>Frame %1 was not saved: %2 The run goes on.</source>
        <translation>第 %1 帧未能保存：%2 运行继续。</translation>
    </message>
    <message>
        <source>Interrupted at step %1 of %2: wrote the picture so far to %3 (%4).</source>
        <translation>在第 %1/%2 步中断：已将目前的图片写入 %3（%4）。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Interrupted before the first step: there is no picture to write.</source>
        <translation>在第一步之前中断：没有可写入的图片。</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) could not be saved.</source>
        <translation>
            <numerusform>%n 帧未能保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use N threads for the engine in this session (default: Preferences, else all cores).</source>
        <translation>本次会话中引擎使用 N 个线程（默认：首选项中的设置，否则使用所有核心）。</translation>
    </message>
    <message>
        <source>The checkpoint %1 was saved by a run of other pictures or settings. Run that command again to continue it, or delete the file to start afresh.</source>
        <translation>检查点 %1 由另一次使用不同图片或设置的运行保存。请再次运行当时的命令以继续那次运行，或删除此文件以从头开始。</translation>
    </message>
    <message>
        <source>Continuing from %1: step %2 of %3, saved %4.</source>
        <translation>从 %1 继续：第 %2/%3 步，保存于 %4。</translation>
    </message>
    <message>
        <source>The checkpoint was not saved: %1 The run goes on.</source>
        <translation>检查点未能保存：%1 运行继续。</translation>
    </message>
    <message>
        <source>Saved step %1 to %2: run the same command again to continue.</source>
        <translation>已将第 %1 步保存到 %2：再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>--checkpoint is for a single picture: a video continues by itself from its last finished frame.</source>
        <translation>--checkpoint 用于单幅图片：视频会自动从最后一个已完成的帧继续。</translation>
    </message>
</context>
<context>
    <name>nss</name>
    <message>
        <source>Could not save %1: %2. Any previous file of that name is unchanged.</source>
        <translation>无法保存 %1：%2。同名的原有文件保持不变。</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2.</source>
        <translation>无法以写入方式打开 %1：%2。</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <source>No file name was given to save to.</source>
        <translation>未指定要保存的文件名。</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>无法保存 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder.</source>
        <translation>无法保存 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Could not save %1: cannot create a file in the folder %2 (%3). Choose a folder you can write to.</source>
        <translation>无法保存 %1：无法在文件夹 %2 中创建文件（%3）。请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The image could not be encoded as %1: %2</source>
        <translation>无法将图像编码为 %1：%2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG 图像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>TIFF image (*.tif *.tiff)</source>
        <translation>TIFF 图像 (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP 图像 (*.webp)</translation>
    </message>
    <message>
        <source>There is no image to export yet.</source>
        <translation>还没有可导出的图像。</translation>
    </message>
    <message>
        <source>The TIFF written by Qt could not be given its metadata.</source>
        <translation>无法为 Qt 写出的 TIFF 文件添加元数据。</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>未知的导出格式。</translation>
    </message>
    <message>
        <source>Could not save %1: &quot;%2&quot; is not an export format; use .png, .jpg, .tif or .webp.</source>
        <translation>无法保存 %1：“%2”不是可导出的格式；请使用 .png、.jpg、.tif 或 .webp。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to look for settings in.</source>
        <translation>%1 太大，无法在其中查找设置。</translation>
    </message>
    <message>
        <source>%1 holds no Neural Style Studio settings: it was not exported by this app, or another program removed its metadata.</source>
        <translation>%1 不包含 Neural Style Studio 的设置：它不是由本应用导出的，或者其元数据已被其他程序删除。</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be used: %2</source>
        <translation>无法使用 %1 中的设置：%2</translation>
    </message>
    <message>
        <source>%1 is not an image in a format this app can read (PNG, JPEG, TIFF, WebP, BMP, ...).</source>
        <translation>%1 不是本应用能读取的图像格式（PNG、JPEG、TIFF、WebP、BMP 等）。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels); the limit is %4 megapixels and %5 pixels a side.</source>
        <translation>%1 太大（%2 × %3 像素）；上限为 %4 百万像素，每边 %5 像素。</translation>
    </message>
    <message>
        <source>%1 could not be decoded: %2.</source>
        <translation>无法解码 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels).</source>
        <translation>%1 太大（%2 × %3 像素）。</translation>
    </message>
    <message>
        <source>No image file was given.</source>
        <translation>未指定图像文件。</translation>
    </message>
    <message>
        <source>%1 does not exist (%2).</source>
        <translation>%1 不存在（%2）。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file.</source>
        <translation>%1 是文件夹，不是图像文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>无法读取 %1：权限不足。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>WebP encoding ran out of memory</source>
        <translation>WebP 编码时内存不足</translation>
    </message>
    <message>
        <source>WebP encoding failed (libwebp error %1)</source>
        <translation>WebP 编码失败（libwebp 错误 %1）</translation>
    </message>
    <message>
        <source>WebP metadata could not be added: the encoded image was not readable</source>
        <translation>无法添加 WebP 元数据：编码后的图像无法读取</translation>
    </message>
    <message>
        <source>WebP metadata could not be added</source>
        <translation>无法添加 WebP 元数据</translation>
    </message>
    <message>
        <source>WebP cannot store %1 x %2 pixels; its limit is %3 pixels a side</source>
        <translation>WebP 无法存储 %1 × %2 像素的图像；每边上限为 %3 像素</translation>
    </message>
    <message>
        <source>There is no image to encode</source>
        <translation>没有可编码的图像</translation>
    </message>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>当前 libwebp 的版本与构建本应用时所用的版本不同</translation>
    </message>
    <message>
        <source>There are no frames to export yet.</source>
        <translation>还没有可导出的帧。</translation>
    </message>
    <message>
        <source>Could not export the frames: %1 is a file, not a folder.</source>
        <translation>无法导出帧：%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 does not exist.</source>
        <translation>无法导出帧：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not export the frames: the folder %1 could not be created.</source>
        <translation>无法导出帧：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Frame %1 of %2: %3</source>
        <translation>第 %1 帧（共 %2 帧）：%3</translation>
    </message>
    <message>
        <source>Export cancelled: %1 of %2 frames were saved in %3.</source>
        <translation>导出已取消：%2 帧中有 %1 帧已保存到 %3。</translation>
    </message>
    <message>
        <source>Could not save %1: a time-lapse is an animated WebP; use the .webp extension.</source>
        <translation>无法保存 %1：延时动画是动态 WebP 文件，请使用 .webp 扩展名。</translation>
    </message>
    <message>
        <source>There are no frames to make a time-lapse of yet.</source>
        <translation>还没有可用于制作延时动画的帧。</translation>
    </message>
    <message>
        <source>The time-lapse frame delay must be at least 1 ms.</source>
        <translation>延时动画的每帧时长必须至少为 1 毫秒。</translation>
    </message>
    <message>
        <source>Could not save %1: frame %2 has no image.</source>
        <translation>无法保存 %1：第 %2 帧没有图像。</translation>
    </message>
    <message>
        <source>Time-lapse cancelled; %1 was not written.</source>
        <translation>延时动画已取消，未写入 %1。</translation>
    </message>
    <message>
        <source>Neural Style Studio project (*.%1)</source>
        <translation>Neural Style Studio 项目 (*.%1)</translation>
    </message>
    <message>
        <source>No project file was given.</source>
        <translation>未指定项目文件。</translation>
    </message>
    <message>
        <source>The project %1 does not exist (%2).</source>
        <translation>项目 %1 不存在（%2）。</translation>
    </message>
    <message>
        <source>The project %1 is a folder, not a file.</source>
        <translation>项目 %1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is far too large (%2 MB).</source>
        <translation>%1 不是 Neural Style Studio 项目：文件过大（%2 MB）。</translation>
    </message>
    <message>
        <source>The project %1 cannot be read: %2.</source>
        <translation>无法读取项目 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio project: it is not JSON (%2 at byte %3).</source>
        <translation>%1 不是 Neural Style Studio 项目：它不是 JSON 文件（第 %3 字节处%2）。</translation>
    </message>
    <message>
        <source>%1 is JSON but not a Neural Style Studio project.</source>
        <translation>%1 是 JSON 文件，但不是 Neural Style Studio 项目。</translation>
    </message>
    <message>
        <source>The project %1 has no valid format version.</source>
        <translation>项目 %1 没有有效的格式版本。</translation>
    </message>
    <message>
        <source>The project %1 was saved by a newer Neural Style Studio (%2, project format %3); this version reads format %4 and older. Update the app to open it.</source>
        <translation>项目 %1 由更新版本的 Neural Style Studio 保存（%2，项目格式 %3）；当前版本只能读取格式 %4 及更早的格式。请更新本应用后再打开。</translation>
    </message>
    <message>
        <source>The project %1 has a bad setting: %2</source>
        <translation>项目 %1 中有一项设置无效：%2</translation>
    </message>
    <message>
        <source>The project %1 uses images that are missing: %2.</source>
        <translation>项目 %1 使用的图像缺失：%2。</translation>
    </message>
    <message>
        <source>%1: the data of tensor %2 could not be read (%3).</source>
        <translation>%1：无法读取张量 %2 的数据（%3）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>VGG-19 has feature layers 0 to 34; %1 was asked for.</source>
        <translation>VGG-19 的特征层为 0 到 34；请求的是 %1。</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no tensor %2 (%3): it is not a torchvision VGG-19 state_dict.</source>
        <translation>%1 没有张量 %2（%3）：它不是 torchvision VGG-19 的 state_dict。</translation>
    </message>
    <message>
        <source>%1: tensor %2 has shape %3, VGG-19 expects %4.</source>
        <translation>%1：张量 %2 的形状为 %3，VGG-19 需要 %4。</translation>
    </message>
    <message>
        <source>%1: tensor %2 holds %3, not floating-point numbers.</source>
        <translation>%1：张量 %2 存储的是 %3，而不是浮点数。</translation>
    </message>
    <message>
        <source>No weights file was given.</source>
        <translation>未指定权重文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a weights file.</source>
        <translation>%1 是文件夹，不是权重文件。</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2.</source>
        <translation>无法完整读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 (set by the environment variable %2)</source>
        <translation>%1（由环境变量 %2 设置）</translation>
    </message>
    <message>
        <source>The VGG-19 weights were not found. Download %1 (548 MB, CC BY 4.0) from %2 and either put it in %3, set the environment variable %4 to its path, or pass --weights FILE.</source>
        <translation>未找到 VGG-19 权重。请从 %2 下载 %1（548 MB，CC BY 4.0），然后将其放入 %3，或将环境变量 %4 设为其路径，或使用 --weights 文件。</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 不是本应用能读取的权重文件：%2</translation>
    </message>
    <message>
        <source>storage %1 is described twice, differently.</source>
        <translation>存储 %1 被描述了两次且不一致。</translation>
    </message>
    <message>
        <source>it is a Python pickle without PyTorch&apos;s magic number.</source>
        <translation>它是没有 PyTorch 魔数的 Python pickle。</translation>
    </message>
    <message>
        <source>its PyTorch protocol version is %1 (1001 expected).</source>
        <translation>其 PyTorch 协议版本为 %1（应为 1001）。</translation>
    </message>
    <message>
        <source>it was written on a big-endian machine.</source>
        <translation>它是在大端序机器上写入的。</translation>
    </message>
    <message>
        <source>its list of storages names %1, which no tensor uses.</source>
        <translation>其存储列表中的 %1 没有被任何张量使用。</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 is missing (the file has %3 bytes).</source>
        <translation>文件被截断：缺少第 %1 个存储（共 %2 个，文件有 %3 字节）。</translation>
    </message>
    <message>
        <source>storage %1 holds %2 elements, its tensors say %3.</source>
        <translation>存储 %1 有 %2 个元素，其张量声明为 %3。</translation>
    </message>
    <message>
        <source>it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.</source>
        <translation>文件被截断：第 %1 个存储（共 %2 个）需要在偏移 %4 处有 %3 字节，文件只有 %5 字节。</translation>
    </message>
    <message>
        <source>the data of tensor %1 is missing.</source>
        <translation>缺少张量 %1 的数据。</translation>
    </message>
    <message>
        <source>it is a zip archive without data.pkl (not written by torch.save).</source>
        <translation>它是不含 data.pkl 的 zip 归档（不是 torch.save 写入的）。</translation>
    </message>
    <message>
        <source>its archive has no entry %1.</source>
        <translation>其归档中没有条目 %1。</translation>
    </message>
    <message>
        <source>its entry %1 has %2 bytes, %3 are needed.</source>
        <translation>其条目 %1 有 %2 字节，需要 %3 字节。</translation>
    </message>
    <message>
        <source>it is too short for a safetensors header.</source>
        <translation>它太短，无法容纳 safetensors 头。</translation>
    </message>
    <message>
        <source>its safetensors header claims %1 bytes, the file has %2.</source>
        <translation>其 safetensors 头声明 %1 字节，文件只有 %2 字节。</translation>
    </message>
    <message>
        <source>its safetensors header cannot be read.</source>
        <translation>无法读取其 safetensors 头。</translation>
    </message>
    <message>
        <source>its safetensors header is not valid JSON (%1 at byte %2).</source>
        <translation>其 safetensors 头不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>its header describes tensor %1 incompletely.</source>
        <translation>其头对张量 %1 的描述不完整。</translation>
    </message>
    <message>
        <source>tensor %1 has an invalid shape.</source>
        <translation>张量 %1 的形状无效。</translation>
    </message>
    <message>
        <source>the data of tensor %1 lies outside the file or does not match its shape %2 (truncated?).</source>
        <translation>张量 %1 的数据超出文件范围或与其形状 %2 不符（被截断？）。</translation>
    </message>
    <message>
        <source>its safetensors header lists no tensors.</source>
        <translation>其 safetensors 头没有列出任何张量。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>it is neither a PyTorch file (.pth, .pt) nor a safetensors file.</source>
        <translation>它既不是 PyTorch 文件（.pth、.pt），也不是 safetensors 文件。</translation>
    </message>
    <message>
        <source>PyTorch legacy (torch.save before 1.6)</source>
        <translation>PyTorch 旧格式（1.6 之前的 torch.save）</translation>
    </message>
    <message>
        <source>The photo to repaint.</source>
        <translation>要重绘的照片。</translation>
    </message>
    <message>
        <source>A painting whose style to use; repeat for several.</source>
        <translation>要使用其风格的画作；可重复指定多幅。</translation>
    </message>
    <message>
        <source>Relative weights of the style images, one per --style.</source>
        <translation>风格图像的相对权重，每个 --style 一个。</translation>
    </message>
    <message>
        <source>Where to write the picture (PNG, JPEG, ... by its suffix).</source>
        <translation>图片的写入位置（PNG、JPEG……由后缀决定）。</translation>
    </message>
    <message>
        <source>Longest side of the output (default 512); the aspect ratio is kept.</source>
        <translation>输出的最长边（默认 512）；保持宽高比。</translation>
    </message>
    <message>
        <source>Optimisation steps (L-BFGS: loss evaluations; default 300).</source>
        <translation>优化步数（L-BFGS：损失求值次数；默认 300）。</translation>
    </message>
    <message>
        <source>The optimiser (default lbfgs).</source>
        <translation>优化器（默认 lbfgs）。</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate, on RGB values in 0..1 (default 0.02).</source>
        <translation>Adam 的学习率，作用于 0..1 的 RGB 值（默认 0.02）。</translation>
    </message>
    <message>
        <source>Weight of the content loss (default 1).</source>
        <translation>内容损失的权重（默认 1）。</translation>
    </message>
    <message>
        <source>Weight of the style loss (default 1e6).</source>
        <translation>风格损失的权重（默认 1e6）。</translation>
    </message>
    <message>
        <source>Weight of the total-variation (smoothness) loss (default 0).</source>
        <translation>全变分（平滑）损失的权重（默认 0）。</translation>
    </message>
    <message>
        <source>Start from the photo (default), seeded noise, or an image file.</source>
        <translation>从照片（默认）、带种子的噪声或图像文件开始。</translation>
    </message>
    <message>
        <source>Random seed: the same seed, inputs and options give the same bytes (default 0).</source>
        <translation>随机种子：相同的种子、输入和选项得到相同的字节（默认 0）。</translation>
    </message>
    <message>
        <source>VGG pooling (default max).</source>
        <translation>VGG 池化（默认 max）。</translation>
    </message>
    <message>
        <source>Keep the photo&apos;s colours: luminance-only transfer or colour-histogram matching.</source>
        <translation>保留照片的颜色：仅亮度迁移或颜色直方图匹配。</translation>
    </message>
    <message>
        <source>Size of the style image relative to the output (default 1).</source>
        <translation>风格图像相对于输出的大小（默认 1）。</translation>
    </message>
    <message>
        <source>Save a frame every n steps into --frames-dir.</source>
        <translation>每 n 步保存一帧到 --frames-dir。</translation>
    </message>
    <message>
        <source>Folder for the frames (created if missing; every 100 steps unless --save-every).</source>
        <translation>帧的文件夹（不存在时创建；除非指定 --save-every，否则每 100 步一次）。</translation>
    </message>
    <message>
        <source>LibTorch threads (default: all cores).</source>
        <translation>LibTorch 线程数（默认：所有核心）。</translation>
    </message>
    <message>
        <source>--%1 expects %2 (got &quot;%3&quot;).</source>
        <translation>--%1 需要%2（收到“%3”）。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Time the run and print one JSON line: size, steps, optimizer, median seconds per step, peak RSS.</source>
        <translation>为运行计时并输出一行 JSON：尺寸、步数、优化器、每步秒数中位数、峰值 RSS。</translation>
    </message>
    <message>
        <source>Choose the photo to repaint with --content FILE.</source>
        <translation>请用 --content FILE 选择要重绘的照片。</translation>
    </message>
    <message>
        <source>Choose at least one style image with --style FILE.</source>
        <translation>请用 --style FILE 选择至少一幅风格图像。</translation>
    </message>
    <message>
        <source>--style-blend has %1 weights for %2 style images.</source>
        <translation>--style-blend 有 %1 个权重，但风格图像有 %2 幅。</translation>
    </message>
    <message>
        <source>--style-blend expects numbers separated by commas (got &quot;%1&quot;).</source>
        <translation>--style-blend 需要以逗号分隔的数字（收到“%1”）。</translation>
    </message>
    <message>
        <source>Choose where to write the picture with --output FILE.</source>
        <translation>请用 --output FILE 选择图片的写入位置。</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 (got %1).</source>
        <translation>--seed 需要从 0 开始的整数（收到 %1）。</translation>
    </message>
    <message>
        <source>--optimizer must be lbfgs or adam (got &quot;%1&quot;).</source>
        <translation>--optimizer 必须是 lbfgs 或 adam（收到“%1”）。</translation>
    </message>
    <message>
        <source>--pooling must be max or avg (got &quot;%1&quot;).</source>
        <translation>--pooling 必须是 max 或 avg（收到“%1”）。</translation>
    </message>
    <message>
        <source>--keep-colors must be luminance or histogram (got &quot;%1&quot;).</source>
        <translation>--keep-colors 必须是 luminance 或 histogram（收到“%1”）。</translation>
    </message>
    <message>
        <source>--save-every expects a number of steps from 1 (got %1).</source>
        <translation>--save-every 需要从 1 开始的步数（收到 %1）。</translation>
    </message>
    <message>
        <source>--save-every needs --frames-dir FOLDER to save the frames into.</source>
        <translation>--save-every 需要 --frames-dir FOLDER 来保存帧。</translation>
    </message>
    <message>
        <source>PyTorch zip (torch.save since 1.6)</source>
        <translation>PyTorch zip 格式（自 1.6 起 torch.save 的默认格式）</translation>
    </message>
    <message>
        <source>Coarse to fine: optimise at n sizes, each twice the previous (1: output size only; default 0: automatic).</source>
        <translation>由粗到细：在 n 个尺寸上优化，每个尺寸是前一个的两倍（1：仅输出尺寸；默认 0：自动）。</translation>
    </message>
    <message>
        <source>Arithmetic of the network (default auto: with Adam bf16 on CPUs that have it and fp16 on CUDA, else fp32).</source>
        <translation>网络的数值精度（默认 auto：使用 Adam 时，在支持的 CPU 上用 bf16，在 CUDA 上用 fp16，否则用 fp32）。</translation>
    </message>
    <message>
        <source>Where to compute (default auto: a CUDA GPU when there is one).</source>
        <translation>计算设备（默认 auto：有 CUDA GPU 时使用 GPU）。</translation>
    </message>
    <message>
        <source>--precision must be auto, fp32, bf16 or fp16 (got &quot;%1&quot;).</source>
        <translation>--precision 必须是 auto、fp32、bf16 或 fp16（实际为“%1”）。</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda (got &quot;%1&quot;).</source>
        <translation>--device 必须是 auto、cpu 或 cuda（实际为“%1”）。</translation>
    </message>
    <message>
        <source>No CUDA GPU is available: this LibTorch build or this machine has none. Use the CPU (device &quot;auto&quot; or &quot;cpu&quot;).</source>
        <translation>没有可用的 CUDA GPU：此 LibTorch 版本或本机不支持。请使用 CPU（设备“auto”或“cpu”）。</translation>
    </message>
    <message>
        <source>fp16 arithmetic needs a CUDA GPU; on the CPU use bf16 or fp32.</source>
        <translation>fp16 运算需要 CUDA GPU；在 CPU 上请使用 bf16 或 fp32。</translation>
    </message>
    <message>
        <source>At %1 px this run needs about %2 of memory, but only %3 is free.</source>
        <translation>在 %1 像素下，此次运行需要约 %2 内存，但只有 %3 可用。</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px.</source>
        <translation>可容纳的最大输出尺寸为 %1 像素。</translation>
    </message>
    <message>
        <source>If torch.load reads this file, please report it with its first 16 bytes: %1.</source>
        <translation>如果 torch.load 能读取此文件，请报告此问题并附上文件的前 16 个字节：%1。</translation>
    </message>
    <message>
        <source>a gzip-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>gzip 压缩文件（PyTorch 从不压缩其文件；请先解压缩）</translation>
    </message>
    <message>
        <source>a bzip2-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>bzip2 压缩文件（PyTorch 从不压缩其文件；请先解压缩）</translation>
    </message>
    <message>
        <source>an xz-compressed file (PyTorch never compresses its files; decompress it first)</source>
        <translation>xz 压缩文件（PyTorch 从不压缩其文件；请先解压缩）</translation>
    </message>
    <message>
        <source>an HDF5 file (Keras weights, not PyTorch&apos;s)</source>
        <translation>HDF5 文件（Keras 权重，而非 PyTorch 权重）</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>NumPy 数组文件</translation>
    </message>
    <message>
        <source>a web page (the download saved an error page?)</source>
        <translation>网页（下载保存的是错误页面？）</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>它是%1。</translation>
    </message>
    <message>
        <source>its tar archive lists %1 storages.</source>
        <translation>其 tar 归档列出了 %1 个存储。</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>其存储视图列表格式错误。</translation>
    </message>
    <message>
        <source>its tar archive lists %1 tensors.</source>
        <translation>其 tar 归档列出了 %1 个张量。</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>其 tar 归档中的一条张量记录格式错误。</translation>
    </message>
    <message>
        <source>it is a tar archive without a &apos;%1&apos; member (it has: %2).</source>
        <translation>它是缺少“%1”成员的 tar 归档（其中有：%2）。</translation>
    </message>
    <message>
        <source>PyTorch tar (torch.save of PyTorch 0.1)</source>
        <translation>PyTorch tar（PyTorch 0.1 的 torch.save）</translation>
    </message>
    <message>
        <source>When the engine fails, print the whole error after its one-line message (LibTorch&apos;s detail).</source>
        <translation>引擎失败时，在单行消息之后打印完整错误（LibTorch 的详细信息）。</translation>
    </message>
    <message>
        <source>At %1 px the photo (%2 × %3 px) would be only %4 px on its short side; the network needs at least %5. Choose an output size of at least %6 px, or crop the photo.</source>
        <translation>在 %1 像素下，照片（%2 × %3 像素）的短边将只有 %4 像素；网络至少需要 %5 像素。请选择至少 %6 像素的输出尺寸，或裁剪照片。</translation>
    </message>
    <message>
        <source>Output size must be between %1 and %2 pixels (got %3).</source>
        <translation>输出尺寸必须在 %1 到 %2 像素之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Style scale must be between %1 and %2 (got %3).</source>
        <translation>风格缩放必须在 %1 到 %2 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Steps must be between %1 and %2 (got %3).</source>
        <translation>步数必须在 %1 到 %2 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most %1 (got %2).</source>
        <translation>学习率必须大于 0 且不超过 %1（当前为 %2）。</translation>
    </message>
    <message>
        <source>The L-BFGS history size must be between %1 and %2 (got %3).</source>
        <translation>L-BFGS 历史长度必须在 %1 到 %2 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>总变差</translation>
    </message>
    <message>
        <source>The %1 weight must be a number from 0 to 1e15 (got %2).</source>
        <translation>%1权重必须是 0 到 1e15 之间的数值（当前为 %2）。</translation>
    </message>
    <message>
        <source>Style blend weights must be numbers from 0 to 1e6 (got %1).</source>
        <translation>风格混合权重必须是 0 到 1e6 之间的数值（当前为 %1）。</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (use conv1_1 ... conv5_4).</source>
        <translation>未知的 VGG-19 层“%1”（可用 conv1_1 … conv5_4）。</translation>
    </message>
    <message>
        <source>Layer weights must be numbers from 0 to 1e6 (got %1 for %2).</source>
        <translation>层权重必须是 0 到 1e6 之间的数值（%2 当前为 %1）。</translation>
    </message>
    <message>
        <source>The layer %1 is listed twice in the %2 layers.</source>
        <translation>层 %1 在%2层中出现了两次。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1 (got %2).</source>
        <translation>种子必须是 0 到 %1 之间的整数（当前为 %2）。</translation>
    </message>
    <message>
        <source>The number of scales must be between 0 (automatic) and %1 (got %2).</source>
        <translation>尺度数必须在 0（自动）到 %1 之间（收到 %2）。</translation>
    </message>
    <message>
        <source>The frame interval must be between %1 and %2 steps (got %3).</source>
        <translation>帧间隔必须在 %1 到 %2 步之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>The thread count must be between 0 (all cores) and %1 (got %2).</source>
        <translation>线程数必须在 0（所有核心）到 %1 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER or LAYER:WEIGHT, e.g. conv1_1:0.2.</source>
        <translation>“%1”不是 LAYER 或 LAYER:WEIGHT 格式，例如 conv1_1:0.2。</translation>
    </message>
    <message>
        <source>VGG-19 layers of the style loss with their weights, e.g. conv1_1:0.2,conv2_1:0.2 (a missing weight is 1; default conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).</source>
        <translation>风格损失使用的 VGG-19 层及其权重，例如 conv1_1:0.2,conv2_1:0.2（省略的权重为 1；默认 conv1_1,conv2_1,conv3_1,conv4_1,conv5_1）。</translation>
    </message>
    <message>
        <source>VGG-19 layers of the content loss with their weights (default conv4_2:1).</source>
        <translation>内容损失使用的 VGG-19 层及其权重（默认 conv4_2:1）。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (a job may set: %2).</source>
        <translation>未知的设置“%1”（任务可设置的项：%2）。</translation>
    </message>
    <message>
        <source>Choose the photos to repaint with --content FILE|FOLDER... (or give a job list with --jobs FILE).</source>
        <translation>请用 --content FILE|FOLDER... 选择要重绘的照片（或用 --jobs FILE 提供任务列表）。</translation>
    </message>
    <message>
        <source>Choose the style images with --style FILE|FOLDER...; each style makes its own picture.</source>
        <translation>请用 --style FILE|FOLDER... 选择风格图像；每种风格各生成一幅图片。</translation>
    </message>
    <message>
        <source>--style-blend blends the styles of one picture, but in batch mode each --style makes its own picture. Blend styles in a job list (--jobs) instead.</source>
        <translation>--style-blend 用于在一幅图片中混合多种风格，但在批量模式下，每个 --style 各生成一幅图片。请改为在任务列表（--jobs）中混合风格。</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown image type &quot;%2&quot; (use .png, .jpg, .tif or .webp).</source>
        <translation>无法写入 %1：未知的图像类型“%2”（请使用 .png、.jpg、.tif 或 .webp）。</translation>
    </message>
    <message>
        <source>Jobs %1 and %2 would both write %3: give them different names (add {index} to --name, or an output column).</source>
        <translation>任务 %1 和 %2 都会写入 %3：请为它们指定不同的名称（在 --name 中加入 {index}，或添加 output 列）。</translation>
    </message>
    <message>
        <source>Batch mode: write one picture per content and style into this folder (created if missing).</source>
        <translation>批量模式：为每个内容与风格的组合生成一幅图片，写入此文件夹（不存在时创建）。</translation>
    </message>
    <message>
        <source>Batch mode: file names of the pictures (default {content}-{style}-{size}.png; also {steps}, {seed}, {index}). The suffix picks the type.</source>
        <translation>批量模式：图片的文件名（默认 {content}-{style}-{size}.png；还可使用 {steps}、{seed}、{index}）。后缀决定图像类型。</translation>
    </message>
    <message>
        <source>Batch mode: a job list, .csv (a header row of option names) or .jsonl (one JSON object a line); the command line&apos;s options are every job&apos;s defaults.</source>
        <translation>批量模式：任务列表，可以是 .csv（表头行为选项名）或 .jsonl（每行一个 JSON 对象）；命令行中的选项作为每个任务的默认值。</translation>
    </message>
    <message>
        <source>Skip jobs whose picture already exists and is complete (the default with --jobs).</source>
        <translation>跳过图片已存在且完整的任务（使用 --jobs 时的默认行为）。</translation>
    </message>
    <message>
        <source>Redo every job, overwriting its picture.</source>
        <translation>重新执行所有任务，覆盖其图片。</translation>
    </message>
    <message>
        <source>Run only the I-th of N slices of the batch (jobs k with k % N = I - 1), for clusters.</source>
        <translation>只运行批量任务 N 个分片中的第 I 个（即满足 k % N = I - 1 的任务 k），用于集群。</translation>
    </message>
    <message>
        <source>%1 photos were given with --content, but --output writes one picture. For a picture of each, use --output-dir FOLDER (batch mode).</source>
        <translation>通过 --content 提供了 %1 张照片，但 --output 只写入一幅图片。要为每张照片各生成一幅图片，请使用 --output-dir FOLDER（批量模式）。</translation>
    </message>
    <message>
        <source>--%1 is for batches: add --output-dir FOLDER or --jobs FILE.</source>
        <translation>--%1 用于批量处理：请添加 --output-dir FOLDER 或 --jobs FILE。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: only --content and --style take several values.</source>
        <translation>意外的参数“%1”：只有 --content 和 --style 可以接受多个值。</translation>
    </message>
    <message>
        <source>--output writes one picture; in batch mode the names come from --name TEMPLATE (or a job list&apos;s output column).</source>
        <translation>--output 只写入一幅图片；在批量模式下，文件名由 --name TEMPLATE（或任务列表的 output 列）决定。</translation>
    </message>
    <message>
        <source>--%1 is for a single picture; it cannot be used with --output-dir or --jobs.</source>
        <translation>--%1 用于单幅图片，不能与 --output-dir 或 --jobs 一起使用。</translation>
    </message>
    <message>
        <source>--resume and --no-resume cannot be used together.</source>
        <translation>--resume 和 --no-resume 不能同时使用。</translation>
    </message>
    <message>
        <source>--output-dir: %1 is a file, not a folder.</source>
        <translation>--output-dir：%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 has no pictures (%2).</source>
        <translation>文件夹 %1 中没有图片（%2）。</translation>
    </message>
    <message>
        <source>--shard expects I/N with 1 &lt;= I &lt;= N, e.g. 2/8 (got &quot;%1&quot;).</source>
        <translation>--shard 需要 I/N 格式（1 &lt;= I &lt;= N），例如 2/8（收到“%1”）。</translation>
    </message>
    <message>
        <source>a quoted cell is not closed (a &quot; is missing).</source>
        <translation>带引号的单元格没有闭合（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>the header row has an empty column name.</source>
        <translation>表头行中有空的列名。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice.</source>
        <translation>列名“%1”出现了两次。</translation>
    </message>
    <message>
        <source>%1 cells for %2 columns (quote a cell that holds a comma).</source>
        <translation>有 %2 列，却有 %1 个单元格（包含逗号的单元格请加引号）。</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>a job is a JSON object, {&quot;content&quot;: ..., &quot;style&quot;: ...}.</source>
        <translation>任务应是一个 JSON 对象，形如 {&quot;content&quot;: ..., &quot;style&quot;: ...}。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number.</source>
        <translation>“%1”必须是字符串或数字。</translation>
    </message>
    <message>
        <source>--jobs: %1 is neither .csv nor .jsonl.</source>
        <translation>--jobs：%1 既不是 .csv 文件，也不是 .jsonl 文件。</translation>
    </message>
    <message>
        <source>--jobs: cannot read %1: %2.</source>
        <translation>--jobs：无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>--jobs: %1 holds no jobs.</source>
        <translation>--jobs：%1 中没有任务。</translation>
    </message>
    <message>
        <source>--name: unknown placeholder %1 in &quot;%2&quot; (use %3).</source>
        <translation>--name：“%2”中有未知的占位符 %1（可用 %3）。</translation>
    </message>
    <message>
        <source>--name: unbalanced brace in &quot;%1&quot; (placeholders are %2).</source>
        <translation>--name：“%1”中的花括号不配对（可用的占位符为 %2）。</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; names a folder, not a file.</source>
        <translation>--name：“%1”指向文件夹，而不是文件。</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; does not end in an image type (use .png, .jpg, .tif or .webp).</source>
        <translation>--name：“%1”没有以图像类型后缀结尾（请使用 .png、.jpg、.tif 或 .webp）。</translation>
    </message>
    <message>
        <source>Where the style goes: a grey picture over the photo, white where this style applies; one per --style, in order (an empty value: none for that style).</source>
        <translation>风格应用的位置：覆盖在照片上的灰度图，白色处应用此风格；每个 --style 一个，顺序相同（空值：该风格没有蒙版）。</translation>
    </message>
    <message>
        <source>Where the photo is kept: a grey picture over the photo, white where there is no style and the content weight is raised.</source>
        <translation>保留照片的位置：覆盖在照片上的灰度图，白色处不绘制风格，并提高内容权重。</translation>
    </message>
    <message>
        <source>%1 --style-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>为 %2 张 --style 图像给出了 %1 个 --style-mask 文件：每个 --style 最多一个，顺序相同。</translation>
    </message>
    <message>
        <source>the mask of style %1</source>
        <translation>风格 %1 的蒙版</translation>
    </message>
    <message>
        <source>the keep-the-photo mask</source>
        <translation>保留照片蒙版</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>为 %2 张风格图像给出了 %1 个风格蒙版。</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) does not have the photo&apos;s shape (%4 × %5 px). Paint the mask over the photo, or crop it to the same aspect ratio.</source>
        <translation>蒙版 %1（%2 × %3 像素）与照片的形状（%4 × %5 像素）不一致。请在照片上绘制蒙版，或将其裁剪为相同的宽高比。</translation>
    </message>
    <message>
        <source>The mask %1 (%2 × %3 px) is resized to the photo&apos;s %4 × %5 px.</source>
        <translation>蒙版 %1（%2 × %3 像素）将缩放到照片的 %4 × %5 像素。</translation>
    </message>
    <message>
        <source>Paint in tiles with px x px cores, the same result in less memory (default 0: only when the whole picture does not fit).</source>
        <translation>以 px × px 的核心分块绘制：用更少的内存得到相同的结果（默认 0：仅当整幅图片放不下时）。</translation>
    </message>
    <message>
        <source>The tile size must be 0 (automatic) or between %1 and %2 px (got %3).</source>
        <translation>分块大小必须为 0（自动）或介于 %1 与 %2 px 之间（收到 %3）。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Video: how strongly each frame keeps to the previous one, moved along with the picture (default %1; 0: off). Higher flickers less.</source>
        <translation>视频：每帧在多大程度上保持与上一帧（随画面运动平移后）一致（默认 %1；0：关闭）。数值越高闪烁越少。</translation>
    </message>
    <message>
        <source>Video: steps for each frame after the first (default %1); the first takes --steps.</source>
        <translation>视频：第一帧之后每帧的步数（默认 %1）；第一帧使用 --steps。</translation>
    </message>
    <message>
        <source>Video: only the first n frames, for a quick look.</source>
        <translation>视频：只处理前 n 帧，便于快速预览。</translation>
    </message>
    <message>
        <source>Video: paint every frame on its own, as a picture (flickers; for comparison).</source>
        <translation>视频：每帧单独作为图片绘制（会闪烁；用于对比）。</translation>
    </message>
    <message>
        <source>--%1 is for videos, and --content is not one.</source>
        <translation>--%1 用于视频，而 --content 不是视频。</translation>
    </message>
    <message>
        <source>--temporal-weight takes a number from 0 to 1e9.</source>
        <translation>--temporal-weight 取 0 到 1e9 之间的数。</translation>
    </message>
    <message>
        <source>--frame-steps takes a whole number from 1 to 100000.</source>
        <translation>--frame-steps 取 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>--frames takes a whole number of frames (0: all).</source>
        <translation>--frames 取整数帧数（0：全部）。</translation>
    </message>
    <message>
        <source>--output names the video to write (.mp4, .mov, .mkv or .webm).</source>
        <translation>--output 指定要写入的视频（.mp4、.mov、.mkv 或 .webm）。</translation>
    </message>
    <message>
        <source>Region masks are not used with videos yet: run without --mask and --keep-mask.</source>
        <translation>区域蒙版暂不支持视频：请去掉 --mask 和 --keep-mask 后运行。</translation>
    </message>
    <message>
        <source>, about %1 left for the clip</source>
        <translation>，整段约剩 %1</translation>
    </message>
    <message>
        <source>frame %1 of %2: step %3 of %4%5</source>
        <translation>第 %1/%2 帧：第 %3/%4 步%5</translation>
    </message>
    <message>
        <source>Stopped after frame %1; the finished frames are in %2: run the same command again to go on.</source>
        <translation>已在第 %1 帧后停止；完成的帧位于 %2：再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>Resumed after frame %1.</source>
        <translation>已从第 %1 帧之后继续。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames). Temporal error %3; %4 s for the first frame, %5 s for each later one.</source>
        <translation>已写入 %1（%2 帧）。时间误差 %3；第一帧 %4 秒，之后每帧 %5 秒。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Optical flow needs two frames, but a frame is empty.</source>
        <translation>光流需要两帧，但有一帧为空。</translation>
    </message>
    <message>
        <source>Optical flow needs frames of the same size, but one is %1 pixels and the other %2.</source>
        <translation>光流需要尺寸相同的帧，但一帧为 %1 像素，另一帧为 %2。</translation>
    </message>
    <message>
        <source>The frames (%1 pixels) are too small for optical flow; it needs %2 pixels a side.</source>
        <translation>帧（%1 像素）太小，无法计算光流；每边需要 %2 像素。</translation>
    </message>
    <message>
        <source>Optical flow returned a field of an unexpected shape.</source>
        <translation>光流返回了形状异常的场。</translation>
    </message>
    <message>
        <source>Optical flow failed: %1</source>
        <translation>光流计算失败：%1</translation>
    </message>
    <message>
        <source>Could not create the frames folder &quot;%1&quot;.</source>
        <translation>无法创建帧文件夹“%1”。</translation>
    </message>
    <message>
        <source>A finished frame could not be read back (%1); delete the frames folder to start again.</source>
        <translation>无法读回一个已完成的帧（%1）；请删除帧文件夹后重新开始。</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: a video is written as %2.</source>
        <translation>无法写入“%1”：视频只能写为 %2。</translation>
    </message>
    <message>
        <source>Reading the clip…</source>
        <translation>正在读取片段…</translation>
    </message>
    <message>
        <source>Optical flow to frame %1…</source>
        <translation>计算到第 %1 帧的光流…</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>第 %1 帧：%2</translation>
    </message>
    <message>
        <source>Writing the video…</source>
        <translation>正在写入视频…</translation>
    </message>
    <message>
        <source>Which part of the painting to use: a grey picture over the painting, white where its strokes and colours count; one per --style, in order (an empty value: all of that one).</source>
        <translation>使用画作的哪一部分：覆盖在画作上的灰度图，笔触和色彩要用的地方为白色；每个 --style 一个，按顺序（空值：使用整幅画作）。</translation>
    </message>
    <message>
        <source>%1 --style-source-mask files were given for %2 --style images: give at most one per --style, in order.</source>
        <translation>为 %2 个 --style 图像给出了 %1 个 --style-source-mask 文件：每个 --style 最多一个，按顺序。</translation>
    </message>
    <message>
        <source>The source mask %1 (%2 × %3 px) does not have the shape of its painting (%4 × %5 px). Paint it over the painting, or crop it to the same aspect ratio.</source>
        <translation>源蒙版 %1（%2 × %3 像素）与其画作（%4 × %5 像素）的形状不同。请在画作上绘制，或裁剪为相同的宽高比。</translation>
    </message>
    <message>
        <source>The source mask %1 is black all over: nothing of its painting would be used. Paint the part to use white.</source>
        <translation>源蒙版 %1 全是黑色：其画作的任何部分都不会被使用。请把要使用的部分涂成白色。</translation>
    </message>
    <message>
        <source>frame %1 done: content %2, style %3</source>
        <translation>第 %1 帧完成：内容 %2，风格 %3</translation>
    </message>
    <message>
        <source>How many steps L-BFGS remembers (default 100; at print size the plan may store it in bf16 or shorten it to fit).</source>
        <translation>L-BFGS 记住的步数（默认 100；在打印尺寸下，计划可能以 bf16 存储或缩短它以适应内存）。</translation>
    </message>
    <message>
        <source>How much L-BFGS&apos;s first guess of the curvature favours smooth changes over fine ones (default 1, 0 to 3; 0: plain L-BFGS).</source>
        <translation>L-BFGS 对曲率的初始估计在多大程度上偏向平滑变化而非细微变化（默认 1，范围 0 到 3；0：普通 L-BFGS）。</translation>
    </message>
    <message>
        <source>The L-BFGS smoothing must be between %1 and %2 (got %3).</source>
        <translation>L-BFGS 平滑系数必须介于 %1 和 %2 之间（收到 %3）。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, all painted before).</source>
        <translation>已写入 %1（%2 帧，均为之前所绘）。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames, %3 painted now). Temporal error %4; %5 s for each frame painted now.</source>
        <translation>已写入 %1（%2 帧，本次绘制 %3 帧）。时间误差 %4；本次绘制的每帧 %5 秒。</translation>
    </message>
    <message>
        <source>Writing the video: frame %1 of %2…</source>
        <translation>正在写入视频：第 %1 帧，共 %2 帧…</translation>
    </message>
    <message>
        <source>The Adam finish must be between %1 and %2 (got %3).</source>
        <translation>Adam 收尾比例必须在 %1 与 %2 之间（收到 %3）。</translation>
    </message>
    <message>
        <source>The share of the finest scale&apos;s L-BFGS steps that Adam takes at the end (default 0.7, 0 to 0.9; 0: none).</source>
        <translation>最细尺度的 L-BFGS 步数中最后交给 Adam 的比例（默认 0.7，0 到 0.9；0：不使用）。</translation>
    </message>
    <message>
        <source>Save where the run stands to this file every minute and when it is stopped; the same command run again continues from it. Deleted once the picture is written.</source>
        <translation>每分钟以及停止时将运行进度保存到此文件；再次运行同一命令会从中继续。图片写入后即删除此文件。</translation>
    </message>
    <message>
        <source>The checkpoint %1 is damaged (%2). Delete it to start the run afresh.</source>
        <translation>检查点 %1 已损坏（%2）。请删除它以从头开始运行。</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>无法读取检查点 %1：%2</translation>
    </message>
    <message>
        <source>%1 MB is larger than any checkpoint</source>
        <translation>%1 MB 超出了任何检查点的大小</translation>
    </message>
    <message>
        <source>%1 is not a Neural Style Studio checkpoint. Name another file with --checkpoint, or delete it.</source>
        <translation>%1 不是 Neural Style Studio 的检查点。请用 --checkpoint 指定其他文件，或删除它。</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>其文件头被截断</translation>
    </message>
    <message>
        <source>its header is not readable: %1</source>
        <translation>其文件头无法读取：%1</translation>
    </message>
    <message>
        <source>a value of its header is missing or out of range</source>
        <translation>其文件头中的某个值缺失或超出范围</translation>
    </message>
    <message>
        <source>its picture is %1 bytes, not %2</source>
        <translation>其图片为 %1 字节，而非 %2</translation>
    </message>
    <message>
        <source>its picture does not match its checksum</source>
        <translation>其图片与校验和不符</translation>
    </message>
    <message>
        <source>its picture holds a value that is not a number</source>
        <translation>其图片包含一个不是数字的值</translation>
    </message>
</context>
<context>
    <name>nss::Autosave</name>
    <message>
        <source>The autosave folder %1 could not be created.</source>
        <translation>无法创建自动保存文件夹 %1。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>There is no autosave to restore.</source>
        <translation>没有可恢复的自动保存。</translation>
    </message>
    <message>
        <source>The autosave cannot be restored: %1</source>
        <translation>无法恢复自动保存：%1</translation>
    </message>
    <message>
        <source>The autosave in %1 could not be removed.</source>
        <translation>无法删除 %1 中的自动保存。</translation>
    </message>
</context>
<context>
    <name>nss::AutosaveGuard</name>
    <message>
        <source>Crash recovery is not working: %1</source>
        <translation>崩溃恢复无法工作：%1</translation>
    </message>
</context>
<context>
    <name>nss::BatchDialog</name>
    <message>
        <source>%1 (folder)</source>
        <translation>%1（文件夹）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量处理</translation>
    </message>
    <message>
        <source>Every photo is painted in every style, with the current settings (%1 px, %2 steps).</source>
        <translation>每张照片都会以每种风格各绘制一次，使用当前设置（%1 像素，%2 步）。</translation>
    </message>
    <message>
        <source>Photos (content)</source>
        <translation>照片（内容）</translation>
    </message>
    <message>
        <source>Paintings (styles)</source>
        <translation>画作（风格）</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a folder of pictures</source>
        <translation>添加图片文件夹</translation>
    </message>
    <message>
        <source>Add at least one photo and one painting: files, or a folder of each.</source>
        <translation>请至少添加一张照片和一幅画作：可以是文件，也可以是各自的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painting(s)</source>
        <translation>
            <numerusform>%n 幅画作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add.</source>
        <translation>
            <numerusform>将添加 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Job(s)</source>
        <translation>
            <numerusform>添加 %n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::BatchRun</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already done, %2 to run.</source>
        <translation>%1 个已完成，%2 个待运行。</translation>
    </message>
    <message>
        <source>Batch of %1 jobs: %2</source>
        <translation>批量处理共 %1 个任务：%2</translation>
    </message>
    <message>
        <source>Batch of %1 jobs, shard %2/%3 (%4 of them): %5</source>
        <translation>批量处理共 %1 个任务，分片 %2/%3（其中 %4 个）：%5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>batch %1 %, %2 left</source>
        <translation>批量进度 %1 %，剩余 %2</translation>
    </message>
    <message>
        <source>%1 interrupted at step %2 of %3: nothing was written for %4.</source>
        <translation>%1 在第 %2/%3 步中断：未为 %4 写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 wrote %2 (%3 x %4) in %5.</source>
        <translation>%1 已写入 %2（%3 x %4），用时 %5。</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed, %4 not run (interrupted).</source>
        <translation>批量处理：已写入 %1 个，跳过 %2 个（已完成），失败 %3 个，未运行 %4 个（已中断）。</translation>
    </message>
    <message>
        <source>Batch: %1 written, %2 skipped (already done), %3 failed.</source>
        <translation>批量处理：已写入 %1 个，跳过 %2 个（已完成），失败 %3 个。</translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  失败：%1：%2</translation>
    </message>
    <message>
        <source>Run the same command again to do the rest.</source>
        <translation>再次运行相同的命令即可完成剩余任务。</translation>
    </message>
    <message>
        <source>Run the same command again with --resume to do the rest.</source>
        <translation>加上 --resume 再次运行相同的命令即可完成剩余任务。</translation>
    </message>
</context>
<context>
    <name>nss::ExportActions</name>
    <message>
        <source>&amp;Image…</source>
        <translation>图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>All &amp;Frames…</source>
        <translation>所有帧(&amp;F)…</translation>
    </message>
    <message>
        <source>Export all frames to</source>
        <translation>将所有帧导出到</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 帧保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Time-lapse (animated WebP)…</source>
        <translation>延时动画（动态 WebP）(&amp;T)…</translation>
    </message>
    <message>
        <source>Export time-lapse</source>
        <translation>导出延时动画</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>动态 WebP (*.webp)</translation>
    </message>
    <message>
        <source>There is no picture to export yet: press Start first.</source>
        <translation>还没有可导出的图像：请先点击“开始”。</translation>
    </message>
    <message>
        <source>There are no frames to export yet: press Start first.</source>
        <translation>还没有可导出的帧：请先点击“开始”。</translation>
    </message>
    <message>
        <source>There are no frames for a time-lapse yet: press Start first.</source>
        <translation>还没有可用于延时动画的帧：请先点击“开始”。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n frame(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 帧导出到 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the time-lapse %1…</source>
        <translation>正在导出延时动画 %1…</translation>
    </message>
    <message>
        <source>%1 Another export can start when it is done.</source>
        <translation>%1 完成后才能开始另一个导出。</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>导出意外停止。</translation>
    </message>
    <message>
        <source>There is no picture to export.</source>
        <translation>没有可导出的图片。</translation>
    </message>
    <message>
        <source>&amp;Video…</source>
        <translation>视频(&amp;V)…</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>导出视频</translation>
    </message>
    <message>
        <source>Video (*.%1)</source>
        <translation>视频 (*.%1)</translation>
    </message>
    <message>
        <source>There is no finished video to export: start a run on a video first.</source>
        <translation>没有可导出的已完成视频：请先对一个视频开始运行。</translation>
    </message>
</context>
<context>
    <name>nss::ExportMetadata</name>
    <message>
        <source>the embedded metadata has no settings</source>
        <translation>嵌入的元数据中没有设置</translation>
    </message>
</context>
<context>
    <name>nss::HistoryItem</name>
    <message>
        <source>This is not a Neural Style Studio history item.</source>
        <translation>这不是 Neural Style Studio 的历史记录项。</translation>
    </message>
    <message>
        <source>This history item was made by a newer version of Neural Style Studio.</source>
        <translation>此历史记录项由更新版本的 Neural Style Studio 创建。</translation>
    </message>
</context>
<context>
    <name>nss::HistoryStrip</name>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>因错误停止</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>崩溃后恢复</translation>
    </message>
    <message>
        <source>Every run&apos;s result. Click to see it; select two to compare them.</source>
        <translation>每次运行的结果。单击查看；选择两个进行比较。</translation>
    </message>
    <message>
        <source>Restore Settings</source>
        <translation>恢复设置</translation>
    </message>
    <message>
        <source>Put the selected result&apos;s settings back into the controls</source>
        <translation>将所选结果的设置放回控件</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the selected result at full resolution</source>
        <translation>以完整分辨率导出所选结果</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Show the two selected results side by side (drag the divider)</source>
        <translation>并排显示所选的两个结果（拖动分隔线）</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>A starred result is never removed to make room</source>
        <translation>加星标的结果永远不会为腾出空间而被删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected results</source>
        <translation>删除所选结果</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <source>%1 x %2 px, %3 at step %4 of %5
loss %6, %7 s
seed %8; weights: content %9, style %10, TV %11</source>
        <translation>%1 x %2 像素，第 %4/%5 步%3
损失 %6，%7 秒
种子 %8；权重：内容 %9，风格 %10，TV %11</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>从历史记录中删除？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n result(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>从历史记录中删除 %n 个结果？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::ImagePane</name>
    <message>
        <source>Drop an image here, click to choose a file, or paste with Ctrl+V.</source>
        <translation>将图像拖放到此处，点击选择文件，或按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>拖入的图像</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <source>“%1” is not an image file or image address.</source>
        <translation>“%1”既不是图像文件，也不是图像地址。</translation>
    </message>
    <message>
        <source>What was dropped is not an image.</source>
        <translation>拖入的内容不是图像。</translation>
    </message>
    <message>
        <source>Open %1 image</source>
        <translation>打开图像（%1）</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1
%2 × %3 px, %4</source>
        <translation>%1
%2 × %3 像素，%4</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Downloading %1… %2% (%3 of %4)</source>
        <translation>正在下载 %1… %2%（%3 / %4）</translation>
    </message>
    <message>
        <source>Downloading %1… %2</source>
        <translation>正在下载 %1… %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Use one of the bundled photos or paintings.</source>
        <translation>使用随附的照片或画作之一。</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)</source>
        <translation>图片和视频 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The video has no frames.</source>
        <translation>该视频没有帧。</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s at %2 fps</source>
        <translation>
            <numerusform>%n 帧，%1 秒，%2 fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nss::JobQueue</name>
    <message>
        <source>The queue file %1 could not be read (%2); it was kept as %3 and the queue starts empty.</source>
        <translation>无法读取队列文件 %1（%2）；该文件已保留为 %3，队列将从空开始。</translation>
    </message>
    <message>
        <source>not a queue file</source>
        <translation>不是队列文件</translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation>由更新的版本创建</translation>
    </message>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>已中断；将从头重新开始。</translation>
    </message>
    <message>
        <source>The queue could not be saved: %1</source>
        <translation>无法保存队列：%1</translation>
    </message>
</context>
<context>
    <name>nss::LayersPanel</name>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Advanced: layers</source>
        <translation>高级：层</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <source>The VGG-19 layers that measure style and content, and each one&apos;s weight within its loss.</source>
        <translation>用于衡量风格和内容的 VGG-19 层，以及每层在其损失中的权重。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Weight of %1 in the style loss; off leaves it out.</source>
        <translation>%1 在风格损失中的权重；“关闭”表示不使用该层。</translation>
    </message>
    <message>
        <source>Weight of %1 in the content loss; off leaves it out.</source>
        <translation>%1 在内容损失中的权重；“关闭”表示不使用该层。</translation>
    </message>
    <message>
        <source>Style: conv1_1 to conv5_1, weight 1 each; content: conv4_2.</source>
        <translation>风格：conv1_1 到 conv5_1，每层权重为 1；内容：conv4_2。</translation>
    </message>
</context>
<context>
    <name>nss::LossChart</name>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>nss::MainWindow</name>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Drop a photo here</source>
        <translation>将照片拖放到此处</translation>
    </message>
    <message>
        <source>Neural Style Studio</source>
        <translation>Neural Style Studio</translation>
    </message>
    <message>
        <source>Drop a photo and a painting to begin.</source>
        <translation>拖入一张照片和一幅画作即可开始。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Drop a photo into the Content pane first.</source>
        <translation>请先将照片拖放到“内容”面板。</translation>
    </message>
    <message>
        <source>Drop a painting into the Style pane first.</source>
        <translation>请先将画作拖放到“风格”面板。</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>恢复上次会话？</translation>
    </message>
    <message>
        <source>Restored the last session (step %1).</source>
        <translation>已恢复上次会话（第 %1 步）。</translation>
    </message>
    <message>
        <source>Done: %1 steps in %2 s.</source>
        <translation>完成：%2 秒内 %1 步。</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>运行已停止</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Paused at step %1.</source>
        <translation>已在第 %1 步暂停。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Content Image…</source>
        <translation>打开内容图像(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;Style Image…</source>
        <translation>打开风格图像(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Add Style Image…</source>
        <translation>添加风格图像(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小 (100%)(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Before/After Split</source>
        <translation>前后对比(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Neural Style Studio</source>
        <translation>关于 Neural Style Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About Neural Style Studio</source>
        <translation>关于 Neural Style Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Neural style transfer (Gatys et al. 2016) over %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;基于 %3 的神经风格迁移（Gatys 等，2016）。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Download or choose the VGG-19 weights file to start.</source>
        <translation>请下载或选择 VGG-19 权重文件以开始。</translation>
    </message>
    <message>
        <source>Cannot start from the chosen image: %1</source>
        <translation>无法从所选图像开始：%1</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>从图像开始</translation>
    </message>
    <message>
        <source>Closing when the export is finished…</source>
        <translation>导出完成后将关闭…</translation>
    </message>
    <message>
        <source>Not started: a run at %1 px needs more memory than is free.</source>
        <translation>未启动：%1 px 的运行需要的内存超过可用内存。</translation>
    </message>
    <message>
        <source>The last session ended before its picture was kept. The picture is in the history now. Restore its settings and picture?</source>
        <translation>上次会话在保存图片之前结束了。图片现在已在历史记录中。恢复其设置和图片吗？</translation>
    </message>
    <message>
        <source>Result of %1: step %2 of %3, %4 x %5 px.</source>
        <translation>%1 的结果：第 %2/%3 步，%4 x %5 像素。</translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation>恢复设置</translation>
    </message>
    <message>
        <source>Restored the settings of the result of %1.</source>
        <translation>已恢复 %1 结果的设置。</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Stop the run and keep its picture at step %1 in the history?</source>
        <translation>停止运行并将第 %1 步的图片保留在历史记录中？</translation>
    </message>
    <message>
        <source>Stop and Keep</source>
        <translation>停止并保留</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <source>Stopping; closing once the picture is kept…</source>
        <translation>正在停止；图片保存后关闭…</translation>
    </message>
    <message>
        <source>Keeping the last result…</source>
        <translation>正在保存最后的结果…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>Comparing two results: the older on the left. Drag the divider.</source>
        <translation>正在比较两个结果：较早的在左侧。拖动分隔线。</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>Starting once the pictures are loaded…</source>
        <translation>图片加载完成后将开始…</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>无法开始</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>批量处理(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Open a photo from a file first: the queue reads each picture from its file when its turn comes.</source>
        <translation>请先从文件打开照片：轮到每个任务时，队列会从文件读取其图片。</translation>
    </message>
    <message>
        <source>A pasted painting has no file: save it and open the file to queue it.</source>
        <translation>粘贴的画作没有对应的文件：请先保存它，再打开该文件以加入队列。</translation>
    </message>
    <message numerus="yes">
        <source>Added to the queue: %1 (%n job(s) in the queue).</source>
        <translation>
            <numerusform>已加入队列：%1（队列中共 %n 个任务）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n job(s) to the queue.</source>
        <translation>
            <numerusform>已将 %n 个任务加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paint &amp;Masks…</source>
        <translation>绘制蒙版(&amp;M)…</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>风格 %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the masks.</source>
        <translation>无法为蒙版创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot encode the mask %1.</source>
        <translation>无法编码蒙版 %1。</translation>
    </message>
    <message>
        <source>The mask %1 does not fit the photo.</source>
        <translation>蒙版 %1 与照片不匹配。</translation>
    </message>
    <message>
        <source>Stopped after frame %1 of %2; Start goes on from there.</source>
        <translation>已在第 %1/%2 帧后停止；点击开始将从那里继续。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n video frame(s). Export ▸ Video… saves the video.</source>
        <translation>
            <numerusform>完成：%n 个视频帧。导出 ▸ 视频… 可保存视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at step %1; Start goes on from there while the settings stay the same.</source>
        <translation>已在第 %1 步停止；只要设置不变，点击开始将从那里继续。</translation>
    </message>
</context>
<context>
    <name>nss::MaskCanvas</name>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反相</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>导入蒙版</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>请先选择照片：蒙版要绘制在照片上。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>绘制</translation>
    </message>
</context>
<context>
    <name>nss::MaskEditor</name>
    <message>
        <source>Paint Masks</source>
        <translation>绘制蒙版</translation>
    </message>
    <message>
        <source>The layer you paint: where a style goes, or where the photo is kept</source>
        <translation>要绘制的图层：风格的应用区域，或保留照片的区域</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <source>Paint the layer (B)</source>
        <translation>在图层上绘制（B）</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>Erase the layer (E)</source>
        <translation>擦除图层（E）</translation>
    </message>
    <message>
        <source>Brush radius in the photo&apos;s pixels ([ and ] change it)</source>
        <translation>画笔半径，以照片像素计（按 [ 和 ] 调整）</translation>
    </message>
    <message>
        <source>0: a hard edge; 100: soft from the centre</source>
        <translation>0：硬边；100：从中心起柔化</translation>
    </message>
    <message>
        <source>How strongly the masks are shown over the photo (the run is not affected)</source>
        <translation>蒙版叠加在照片上的显示强度（不影响运行）</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Softness:</source>
        <translation>柔和度：</translation>
    </message>
    <message>
        <source>Shown at:</source>
        <translation>显示强度：</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填充(&amp;F)</translation>
    </message>
    <message>
        <source>Cover the whole picture with this layer</source>
        <translation>用此图层覆盖整幅图片</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Remove this layer&apos;s mask</source>
        <translation>移除此图层的蒙版</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>反相(&amp;I)</translation>
    </message>
    <message>
        <source>Swap painted and unpainted parts of this layer</source>
        <translation>互换此图层中已绘制和未绘制的部分</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一次编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Load this layer from a greyscale picture (white: the layer)</source>
        <translation>从灰度图片载入此图层（白色部分即为该图层）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this layer as a greyscale PNG</source>
        <translation>将此图层保存为灰度 PNG 图片</translation>
    </message>
    <message>
        <source>Paint where each style goes; where no style is painted all styles blend. The hatched layer keeps the photo. A run in progress follows at its next step.</source>
        <translation>绘制每种风格的应用区域；未绘制任何风格的区域将混合所有风格。带斜线底纹的图层用于保留照片。正在进行的运行会在下一步采用更改。</translation>
    </message>
    <message>
        <source>Style %1: %2</source>
        <translation>风格 %1：%2</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>保留照片</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>导入蒙版</translation>
    </message>
    <message>
        <source>Choose a photo first: the masks are painted over it.</source>
        <translation>请先选择照片：蒙版要绘制在照片上。</translation>
    </message>
    <message>
        <source>There is no mask to export: choose a photo first.</source>
        <translation>没有可导出的蒙版：请先选择照片。</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>导出蒙版</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
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
        <translation>在 %1 px 下，此次运行需要约 %2 内存，但只有 %3 可用。启动它会导致系统终止本应用。</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>The largest output size that fits is %1 px (about %2).</source>
        <translation>可容纳的最大输出尺寸为 %1 px（约 %2）。</translation>
    </message>
    <message>
        <source>Use %1 px</source>
        <translation>使用 %1 px</translation>
    </message>
    <message>
        <source>Even the smallest size does not fit: close other programs, or use smaller style images.</source>
        <translation>即使最小尺寸也放不下：请关闭其他程序，或使用更小的风格图像。</translation>
    </message>
</context>
<context>
    <name>nss::PickleReader</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 不是本应用能读取的权重文件：%2</translation>
    </message>
    <message>
        <source>its Python pickle is larger than 64 MB.</source>
        <translation>其 Python pickle 大于 64 MB。</translation>
    </message>
    <message>
        <source>it ends in the middle of a Python pickle (truncated or garbled).</source>
        <translation>它在 Python pickle 中间结束（被截断或已损坏）。</translation>
    </message>
    <message>
        <source>its pickle is garbled near byte %1.</source>
        <translation>其 pickle 在第 %1 字节附近已损坏。</translation>
    </message>
    <message>
        <source>it uses pickle protocol %1.</source>
        <translation>它使用 pickle 协议 %1。</translation>
    </message>
    <message>
        <source>its pickle ends with %1 values on the stack.</source>
        <translation>其 pickle 结束时栈上有 %1 个值。</translation>
    </message>
    <message>
        <source>it holds a string of %1 bytes.</source>
        <translation>它包含一个 %1 字节的字符串。</translation>
    </message>
    <message>
        <source>its pickle is too large.</source>
        <translation>其 pickle 太大。</translation>
    </message>
    <message>
        <source>its pickle names an overlong Python global.</source>
        <translation>其 pickle 引用了过长的 Python 全局名。</translation>
    </message>
    <message>
        <source>its pickle calls something that is not a known Python function.</source>
        <translation>其 pickle 调用了非已知 Python 函数的对象。</translation>
    </message>
    <message>
        <source>its pickle builds an OrderedDict from arguments.</source>
        <translation>其 pickle 用参数构造 OrderedDict。</translation>
    </message>
    <message>
        <source>its pickle calls %1, which a weights file never needs.</source>
        <translation>其 pickle 调用了 %1，权重文件从不需要它。</translation>
    </message>
    <message>
        <source>a tensor in its pickle has malformed arguments.</source>
        <translation>其 pickle 中某个张量的参数格式错误。</translation>
    </message>
    <message>
        <source>a tensor in its pickle has an invalid shape or stride.</source>
        <translation>其 pickle 中某个张量的形状或步长无效。</translation>
    </message>
    <message>
        <source>a tensor in its pickle is impossibly large.</source>
        <translation>其 pickle 中某个张量大得不可能。</translation>
    </message>
    <message>
        <source>a tensor of shape %1 reaches past the end of its storage (%2 elements).</source>
        <translation>形状为 %1 的张量超出了其存储的末尾（%2 个元素）。</translation>
    </message>
    <message>
        <source>its pickle refers to an unknown kind of external object.</source>
        <translation>其 pickle 引用了未知类型的外部对象。</translation>
    </message>
    <message>
        <source>its pickle refers to a &quot;%1&quot;, not to tensor storage (a whole model, not a state_dict?).</source>
        <translation>其 pickle 引用的是“%1”，而不是张量存储（是整个模型而不是 state_dict？）。</translation>
    </message>
    <message>
        <source>a storage in its pickle is malformed.</source>
        <translation>其 pickle 中某个存储格式错误。</translation>
    </message>
    <message>
        <source>a storage view in its pickle is malformed.</source>
        <translation>其 pickle 中某个存储视图格式错误。</translation>
    </message>
    <message>
        <source>its pickle sets the state of something that is not a dictionary.</source>
        <translation>其 pickle 设置了非字典对象的状态。</translation>
    </message>
    <message>
        <source>its pickle uses opcode 0x%1, which a state_dict never contains.</source>
        <translation>其 pickle 使用了操作码 0x%1，state_dict 中从不包含它。</translation>
    </message>
    <message>
        <source>it does not start with PyTorch&apos;s magic number.</source>
        <translation>它不是以 PyTorch 魔数开头的。</translation>
    </message>
    <message>
        <source>an integer was expected in its header.</source>
        <translation>其头中应为整数。</translation>
    </message>
    <message>
        <source>its system information header is not a dictionary.</source>
        <translation>其系统信息头不是字典。</translation>
    </message>
    <message>
        <source>it holds a %1, not a state_dict.</source>
        <translation>它包含的是 %1，而不是 state_dict。</translation>
    </message>
    <message>
        <source>its state_dict has a key that is not a string.</source>
        <translation>其 state_dict 中有一个键不是字符串。</translation>
    </message>
    <message>
        <source>its entry &quot;%1&quot; is a %2, not a tensor.</source>
        <translation>其条目“%1”是 %2，而不是张量。</translation>
    </message>
    <message>
        <source>its state_dict is empty.</source>
        <translation>其 state_dict 为空。</translation>
    </message>
    <message>
        <source>its list of storages is missing.</source>
        <translation>缺少其存储列表。</translation>
    </message>
    <message>
        <source>its list of storages holds something that is not a name.</source>
        <translation>其存储列表中包含非名称的内容。</translation>
    </message>
    <message>
        <source>its pickle refers to tensor %1, which its tar archive does not describe.</source>
        <translation>其 pickle 引用了张量 %1，但其 tar 归档中没有描述该张量。</translation>
    </message>
    <message>
        <source>a storage record of its tar archive is malformed.</source>
        <translation>其 tar 归档中的一条存储记录格式错误。</translation>
    </message>
    <message>
        <source>a tensor record of its tar archive is malformed.</source>
        <translation>其 tar 归档中的一条张量记录格式错误。</translation>
    </message>
    <message>
        <source>its list of storage views is malformed.</source>
        <translation>其存储视图列表格式错误。</translation>
    </message>
</context>
<context>
    <name>nss::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>全部核心（%1）</translation>
    </message>
    <message>
        <source>vgg19-dcbad4b5.pth</source>
        <translation>vgg19-dcbad4b5.pth</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>缓存文件夹(&amp;C)：</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>缓存文件夹</translation>
    </message>
    <message>
        <source>&amp;Weights file:</source>
        <translation>权重文件(&amp;W)：</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19 权重</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch 权重 (*.pth *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>新语言将在下次启动本应用时生效。</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When the run history grows past this, its oldest results are removed. Starred ones are kept.</source>
        <translation>运行历史超过此大小时，会删除最早的结果。加星标的结果会保留。</translation>
    </message>
    <message>
        <source>&amp;History size limit:</source>
        <translation>历史记录大小上限(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>nss::PreviewView</name>
    <message>
        <source>The picture appears here while it is painted.</source>
        <translation>绘制过程中，画面会显示在这里。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>处理前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>处理后</translation>
    </message>
</context>
<context>
    <name>nss::ProjectActions</name>
    <message>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>&amp;Save Project…</source>
        <translation>保存项目(&amp;S)…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Saved %1 (a pasted picture has no file: save it first to keep it in the project).</source>
        <translation>已保存 %1（粘贴的图像没有文件：请先保存它，才能保留在项目中）。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Replace the project?</source>
        <translation>替换项目？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept as it was.</source>
        <translation>未保存：%1 保持原样。</translation>
    </message>
    <message>
        <source>The project was saved, but not its results: %1</source>
        <translation>项目已保存，但其结果未保存：%1</translation>
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
        <translation>队列中的一个任务没有 ID。</translation>
    </message>
    <message>
        <source>Queued job %1: %2</source>
        <translation>队列任务 %1：%2</translation>
    </message>
    <message>
        <source>Queued job %1 has an unknown state &quot;%2&quot;.</source>
        <translation>队列任务 %1 的状态“%2”未知。</translation>
    </message>
</context>
<context>
    <name>nss::QueuePanel</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>等待中：%1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>keeping the result…</source>
        <translation>正在保存结果…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation>提前运行所选任务</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation>推迟运行所选任务</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Skip the selected job until it is released</source>
        <translation>跳过所选任务，直到取消挂起</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected job (a running one stops, and its picture so far is dropped)</source>
        <translation>移除所选任务（正在运行的任务会停止，目前已生成的图片将被丢弃）</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <source>Remove the done and failed jobs from the list (their results stay in the history)</source>
        <translation>从列表中移除已完成和失败的任务（其结果仍保留在历史记录中）</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>暂停队列</translation>
    </message>
    <message>
        <source>Pause the whole queue: the running job waits at its next step and no other starts</source>
        <translation>暂停整个队列：正在运行的任务会在下一步等待，且不会开始其他任务</translation>
    </message>
    <message>
        <source>%1. %2 — %3 px, %4 steps — %5</source>
        <translation>%1. %2 — %3 像素，%4 步 — %5</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>Waiting at its step: %1</source>
        <translation>在当前步等待：%1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Resume Queue</source>
        <translation>继续队列</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>取消挂起</translation>
    </message>
</context>
<context>
    <name>nss::QueueRunner</name>
    <message>
        <source>Interrupted; starts again from the beginning.</source>
        <translation>已中断；将从头重新开始。</translation>
    </message>
    <message>
        <source>The queue is empty. Add the current pictures with Run ▸ Add to Queue, or many with Run ▸ Batch…</source>
        <translation>队列为空。添加当前图片请用“运行 ▸ 加入队列”，添加多张请用“运行 ▸ 批量处理…”</translation>
    </message>
    <message numerus="yes">
        <source>The queue is paused (%n job(s) waiting).</source>
        <translation>
            <numerusform>队列已暂停（%n 个任务等待中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue waits for the VGG-19 weights file (Edit ▸ Preferences).</source>
        <translation>队列正在等待 VGG-19 权重文件（编辑 ▸ 首选项）。</translation>
    </message>
    <message>
        <source>Your run in the window goes first; the queue continues when it ends.</source>
        <translation>窗口中的运行优先；运行结束后队列将继续。</translation>
    </message>
    <message>
        <source>Running job %1 of %2: %3</source>
        <translation>正在运行第 %1/%2 个任务：%3</translation>
    </message>
    <message numerus="yes">
        <source>Every job has run: %n done.</source>
        <translation>
            <numerusform>所有任务均已运行：%n 个已完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n 个任务等待中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; starts again from the beginning.</source>
        <translation>已停止；将从头重新开始。</translation>
    </message>
    <message>
        <source>The run ended without a picture.</source>
        <translation>运行结束，但没有生成图片。</translation>
    </message>
    <message>
        <source>The result could not be kept: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
</context>
<context>
    <name>nss::RemoteImageFetch</name>
    <message>
        <source>Did not download %1: it is larger than %2, the most a dropped picture may be.</source>
        <translation>未下载 %1：它大于 %2，即拖入图片的上限。</translation>
    </message>
    <message>
        <source>Could not download %1: the server sent nothing for %2 s.</source>
        <translation>无法下载 %1：服务器在 %2 秒内没有发送任何数据。</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
</context>
<context>
    <name>nss::RunHistory</name>
    <message>
        <source>There is no picture to keep in the history.</source>
        <translation>没有可保存到历史记录的图片。</translation>
    </message>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>无法创建历史记录文件夹 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a history item.</source>
        <translation>“%1”不能用作历史记录项的名称。</translation>
    </message>
    <message>
        <source>The history already holds an item named %1.</source>
        <translation>历史记录中已有名为 %1 的项。</translation>
    </message>
    <message>
        <source>The history folder %1 is not writable.</source>
        <translation>历史记录文件夹 %1 不可写。</translation>
    </message>
    <message>
        <source>The picture could not be kept in the history: %1</source>
        <translation>无法将图片保存到历史记录：%1</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>无法重命名 %1。</translation>
    </message>
    <message>
        <source>The history item %1 cannot be read: %2</source>
        <translation>无法读取历史记录项 %1：%2</translation>
    </message>
    <message>
        <source>The history item %1 is damaged: %2</source>
        <translation>历史记录项 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The history has no item %1.</source>
        <translation>历史记录中没有项 %1。</translation>
    </message>
    <message>
        <source>The history item %1 could not be removed from %2.</source>
        <translation>无法从 %2 中删除历史记录项 %1。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>nss::RunProgress</name>
    <message>
        <source>step %v / %m</source>
        <translation>第 %v / %m 步</translation>
    </message>
    <message>
        <source>%1 steps/s, done in %2</source>
        <translation>%1 步/秒，用时 %2</translation>
    </message>
    <message>
        <source>%1 steps/s, %2 left</source>
        <translation>%1 步/秒，剩余 %2</translation>
    </message>
    <message>
        <source>–:––</source>
        <translation>–:––</translation>
    </message>
    <message>
        <source>%1 (scale %2 of %3)</source>
        <translation>%1（第 %2/%3 个尺度）</translation>
    </message>
</context>
<context>
    <name>nss::SampleGallery</name>
    <message>
        <source>Astronaut</source>
        <translation>宇航员</translation>
    </message>
    <message>
        <source>Photo — Astronaut Eileen Collins (NASA)</source>
        <translation>照片 — 宇航员艾琳·柯林斯（NASA）</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>Photo — Chelsea the cat</source>
        <translation>照片 — 猫咪切尔西</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>咖啡</translation>
    </message>
    <message>
        <source>Photo — Coffee cup</source>
        <translation>照片 — 咖啡杯</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>火箭</translation>
    </message>
    <message>
        <source>Photo — Falcon 9 launch (SpaceX)</source>
        <translation>照片 — 猎鹰 9 号发射（SpaceX）</translation>
    </message>
    <message>
        <source>Hokusai</source>
        <translation>葛饰北斋</translation>
    </message>
    <message>
        <source>Hokusai — The Great Wave</source>
        <translation>葛饰北斋 — 神奈川冲浪里</translation>
    </message>
    <message>
        <source>Turner</source>
        <translation>透纳</translation>
    </message>
    <message>
        <source>Turner — The Shipwreck</source>
        <translation>透纳 — 海难</translation>
    </message>
    <message>
        <source>Monet</source>
        <translation>莫奈</translation>
    </message>
    <message>
        <source>Monet — Water Lilies</source>
        <translation>莫奈 — 睡莲</translation>
    </message>
    <message>
        <source>Kandinsky</source>
        <translation>康定斯基</translation>
    </message>
    <message>
        <source>Kandinsky — Composition VII</source>
        <translation>康定斯基 — 构成第七号</translation>
    </message>
    <message>
        <source>Matisse</source>
        <translation>马蒂斯</translation>
    </message>
    <message>
        <source>Matisse — Woman with a Hat</source>
        <translation>马蒂斯 — 戴帽子的女人</translation>
    </message>
    <message>
        <source>Sample &amp;photos</source>
        <translation>示例照片(&amp;P)</translation>
    </message>
    <message>
        <source>Sample p&amp;aintings</source>
        <translation>示例画作(&amp;A)</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>试试示例</translation>
    </message>
    <message>
        <source>Click a photo, then a painting, and press Start. Your own pictures: drop them on Content and Style.</source>
        <translation>点击一张照片，再点击一幅画作，然后点击“开始”。使用自己的图片：将其拖放到“内容”和“风格”上。</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Paintings</source>
        <translation>画作</translation>
    </message>
    <message>
        <source>%1
Click to use it as the style.</source>
        <translation>%1
点击将其用作风格。</translation>
    </message>
    <message>
        <source>%1
Click to paint this photo.</source>
        <translation>%1
点击以重绘这张照片。</translation>
    </message>
</context>
<context>
    <name>nss::SettingsPanel</name>
    <message>
        <source>&amp;Style</source>
        <translation>风格(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>内容(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;moothness</source>
        <translation>平滑度(&amp;M)</translation>
    </message>
    <message>
        <source>How strongly the painting&apos;s texture is imposed. Changes a running picture.</source>
        <translation>画作纹理的施加强度。对正在生成的图像同样生效。</translation>
    </message>
    <message>
        <source>How closely the photo&apos;s shapes are kept. Changes a running picture.</source>
        <translation>照片形状的保留程度。对正在生成的图像同样生效。</translation>
    </message>
    <message>
        <source>Total-variation weight: smooths pixel noise. Changes a running picture.</source>
        <translation>总变差权重：平滑像素噪点。对正在生成的图像同样生效。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Longest side of the result; larger is slower.</source>
        <translation>结果图像的最长边；尺寸越大，速度越慢。</translation>
    </message>
    <message>
        <source>L-BFGS (best quality)</source>
        <translation>L-BFGS（质量最佳）</translation>
    </message>
    <message>
        <source>Adam (smoother progress)</source>
        <translation>Adam（进度更平稳）</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>The same seed and settings give the same picture.</source>
        <translation>相同的种子和设置会生成相同的图像。</translation>
    </message>
    <message>
        <source>Content image</source>
        <translation>内容图像</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Average (softer)</source>
        <translation>平均值（更柔和）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Luminance transfer</source>
        <translation>仅迁移亮度</translation>
    </message>
    <message>
        <source>Histogram match</source>
        <translation>直方图匹配</translation>
    </message>
    <message>
        <source>Output si&amp;ze:</source>
        <translation>输出尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>步数(&amp;T)：</translation>
    </message>
    <message>
        <source>O&amp;ptimizer:</source>
        <translation>优化器(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>起始图像(&amp;F)：</translation>
    </message>
    <message>
        <source>Poo&amp;ling:</source>
        <translation>池化(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Keep colours:</source>
        <translation>保留颜色(&amp;K)：</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>图像文件…</translation>
    </message>
    <message>
        <source>The picture the optimisation starts from.</source>
        <translation>优化开始时使用的图像。</translation>
    </message>
    <message>
        <source>Start from image</source>
        <translation>从图像开始</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <source>needs ≈ %1 of %2 free</source>
        <translation>需要 ≈ %1（可用 %2）</translation>
    </message>
    <message>
        <source>needs ≈ %1</source>
        <translation>需要 ≈ %1</translation>
    </message>
    <message>
        <source>Predicted peak memory of the run, and the memory the machine has available now.</source>
        <translation>此次运行的预计峰值内存，以及本机当前可用的内存。</translation>
    </message>
    <message>
        <source>This size does not fit in the free memory: Start offers the largest size that does.</source>
        <translation>此尺寸超出可用内存：“开始”会提供可容纳的最大尺寸。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Off (output size only)</source>
        <translation>关闭（仅输出尺寸）</translation>
    </message>
    <message>
        <source>%1 sizes</source>
        <translation>%1 个尺寸</translation>
    </message>
    <message>
        <source>Paint small first, then enlarge and refine: much faster to a good picture.</source>
        <translation>先以小尺寸绘制，再放大并细化：更快得到好图像。</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>完整（fp32）</translation>
    </message>
    <message>
        <source>Reduced (bf16)</source>
        <translation>降低（bf16）</translation>
    </message>
    <message>
        <source>Automatic computes Adam runs in bf16 on processors that have it (faster, same quality within 2%) and everything else in fp32. Full turns reduced precision off.</source>
        <translation>自动：在支持 bf16 的处理器上以 bf16 计算 Adam 运行（更快，质量差异在 2% 以内），其余一律使用 fp32。“完整”关闭降低精度。</translation>
    </message>
    <message>
        <source>Coarse to fi&amp;ne:</source>
        <translation>由粗到细(&amp;N)：</translation>
    </message>
    <message>
        <source>Prec&amp;ision:</source>
        <translation>精度(&amp;I)：</translation>
    </message>
    <message>
        <source>How often a frame is kept for export and the time-lapse. The preview itself refreshes about twice a second.</source>
        <translation>为导出和延时动画保留帧的频率。预览本身约每秒刷新两次。</translation>
    </message>
    <message>
        <source>Keep a frame e&amp;very:</source>
        <translation>帧保留间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>%1, in tiles of %2 px</source>
        <translation>%1，分块绘制，每块 %2 px</translation>
    </message>
    <message>
        <source>The whole picture does not fit in one pass: it is painted a tile at a time, with the same result, in more time.</source>
        <translation>整幅图片无法一次处理：将逐块绘制，结果相同，但耗时更长。</translation>
    </message>
    <message>
        <source>Stea&amp;diness</source>
        <translation>稳定度(&amp;D)</translation>
    </message>
    <message>
        <source>Temporal weight: how firmly each video frame holds to the one before it, against flicker. Changes a running video.</source>
        <translation>时间权重：每一帧视频与前一帧保持一致的程度，用于防止闪烁。会改变正在进行的视频。</translation>
    </message>
</context>
<context>
    <name>nss::StyleListPanel</name>
    <message>
        <source>Size of the painting&apos;s brush strokes relative to the output size.</source>
        <translation>画作笔触相对于输出尺寸的大小。</translation>
    </message>
    <message>
        <source>&amp;Add style</source>
        <translation>添加风格(&amp;A)</translation>
    </message>
    <message>
        <source>Blend several paintings; each one&apos;s weight sets its share.</source>
        <translation>混合多幅画作；每幅画作的权重决定其所占比例。</translation>
    </message>
    <message>
        <source>Style sc&amp;ale:</source>
        <translation>风格缩放(&amp;A)：</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>风格 %1</translation>
    </message>
    <message>
        <source>Drop a painting here</source>
        <translation>将画作拖放到此处</translation>
    </message>
    <message>
        <source>blend </source>
        <translation>混合 </translation>
    </message>
    <message>
        <source>This painting&apos;s share of the style; shares are normalised to sum to 1.</source>
        <translation>此画作在风格中所占的比例；各比例会归一化，使总和为 1。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 is %2 px, painted at %3 px: its brush strokes will be enlarged %4×. A lower style scale keeps them finer.</source>
        <translation>%1 为 %2 px，按 %3 px 绘制：其笔触将放大 %4×。较小的风格缩放可使笔触更精细。</translation>
    </message>
    <message>
        <source>Part…</source>
        <translation>部分…</translation>
    </message>
    <message>
        <source>Use Part of This Painting…</source>
        <translation>只使用这幅画作的一部分…</translation>
    </message>
    <message>
        <source>Use All of It</source>
        <translation>使用整幅画作</translation>
    </message>
    <message>
        <source>Part of the painting</source>
        <translation>画作的部分</translation>
    </message>
    <message>
        <source>Drop a painting here first.</source>
        <translation>请先把画作拖放到这里。</translation>
    </message>
    <message>
        <source>The part of the painting to use</source>
        <translation>要使用的画作部分</translation>
    </message>
    <message>
        <source>Grey pictures, white where the painting counts (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</source>
        <translation>灰度图，画作要用的地方为白色 (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <source>There is no style %1.</source>
        <translation>没有风格 %1。</translation>
    </message>
    <message>
        <source>Using part: %1</source>
        <translation>使用部分：%1</translation>
    </message>
    <message>
        <source>Only the white part of %1 is used. Choose another part, or use all of the painting.</source>
        <translation>只使用 %1 的白色部分。可以选择另一部分，或使用整幅画作。</translation>
    </message>
    <message>
        <source>Use only part of this painting: choose a grey picture over it, white where its strokes and colours count.</source>
        <translation>只使用这幅画作的一部分：选择覆盖在其上的灰度图，笔触和色彩要用的地方为白色。</translation>
    </message>
</context>
<context>
    <name>nss::StyleObjective</name>
    <message>
        <source>The content image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>内容图像必须是 1 x 3 x H x W 的浮点张量（实际为 %1）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>No content or style layer is selected.</source>
        <translation>未选择任何内容层或风格层。</translation>
    </message>
    <message>
        <source>No style image was given.</source>
        <translation>未提供风格图像。</translation>
    </message>
    <message>
        <source>Each style image must be a 1 x 3 x H x W float tensor (got %1).</source>
        <translation>每张风格图像都必须是 1 x 3 x H x W 的浮点张量（实际为 %1）。</translation>
    </message>
    <message>
        <source>%1 blend weights were given for %2 style images.</source>
        <translation>为 %2 张风格图像提供了 %1 个混合权重。</translation>
    </message>
    <message>
        <source>Style blend weights must be finite and not negative (got %1).</source>
        <translation>风格混合权重必须是有限的非负数（实际为 %1）。</translation>
    </message>
    <message>
        <source>The style blend weights add up to zero.</source>
        <translation>风格混合权重之和为零。</translation>
    </message>
    <message>
        <source>Unknown VGG-19 layer &quot;%1&quot; (expected conv1_1 ... conv5_4).</source>
        <translation>未知的 VGG-19 层“%1”（应为 conv1_1 … conv5_4）。</translation>
    </message>
    <message>
        <source>The weight of layer %1 must be finite and not negative.</source>
        <translation>层 %1 的权重必须是有限的非负数。</translation>
    </message>
    <message>
        <source>Computing the style and content targets failed: %1</source>
        <translation>计算风格和内容目标失败：%1</translation>
    </message>
    <message>
        <source>The %1 must be a 1 x 1 x %2 x %3 float tensor, the content&apos;s size (got %4).</source>
        <translation>%1 必须是与内容大小相同的 1 x 1 x %2 x %3 浮点张量（实际为 %4）。</translation>
    </message>
    <message>
        <source>%1 style masks were given for %2 style images.</source>
        <translation>为 %2 张风格图像给出了 %1 个风格蒙版。</translation>
    </message>
    <message>
        <source>style mask</source>
        <translation>风格蒙版</translation>
    </message>
    <message>
        <source>keep-the-photo mask</source>
        <translation>保留照片蒙版</translation>
    </message>
    <message>
        <source>%1 source masks were given for %2 style images.</source>
        <translation>为 %2 个风格图像给出了 %1 个源蒙版。</translation>
    </message>
    <message>
        <source>The source mask of style %1 must be a 1 x 1 x %2 x %3 float tensor (got %4).</source>
        <translation>风格 %1 的源蒙版必须是 1 x 1 x %2 x %3 的浮点张量（得到 %4）。</translation>
    </message>
    <message>
        <source>The part of style image %1 to use is empty: paint some of it white in its source mask.</source>
        <translation>风格图像 %1 要使用的部分是空的：请在其源蒙版中把一部分涂成白色。</translation>
    </message>
    <message>
        <source>Stopped while computing the style targets.</source>
        <translation>在计算风格目标时已停止。</translation>
    </message>
</context>
<context>
    <name>nss::StyleRunner</name>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale (%1).</source>
        <translation>内存不足以处理这张图片：请选择更小的输出尺寸或风格比例（%1）。</translation>
    </message>
    <message>
        <source>The style engine failed: %1</source>
        <translation>风格引擎失败：%1</translation>
    </message>
    <message>
        <source>Not enough memory for this picture: choose a smaller output size or style scale.</source>
        <translation>内存不足以处理这张图片：请选择更小的输出尺寸或风格比例。</translation>
    </message>
    <message>
        <source>No VGG-19 weights file is set.</source>
        <translation>未设置 VGG-19 权重文件。</translation>
    </message>
    <message>
        <source>Loading VGG-19 weights…</source>
        <translation>正在加载 VGG-19 权重…</translation>
    </message>
    <message>
        <source>The content image is empty.</source>
        <translation>内容图像为空。</translation>
    </message>
    <message>
        <source>Expected %1 style images, got %2.</source>
        <translation>需要 %1 幅风格图像，收到 %2 幅。</translation>
    </message>
    <message>
        <source>The style image %1 is empty.</source>
        <translation>风格图像 %1 为空。</translation>
    </message>
    <message>
        <source>The image to start from (%1) is empty.</source>
        <translation>起始图像（%1）为空。</translation>
    </message>
    <message>
        <source>Computing style targets (%1)…</source>
        <translation>正在计算风格目标（%1）…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4)…</source>
        <translation>正在以 %1 × %2 像素绘制（第 %3/%4 个尺度）…</translation>
    </message>
    <message>
        <source>Painting at %1 × %2 px (scale %3 of %4), tile %5 of %6…</source>
        <translation>正在以 %1 × %2 像素绘制（第 %3/%4 个尺度），第 %5/%6 块…</translation>
    </message>
    <message>
        <source>Computing style targets (%1), tile %2 of %3…</source>
        <translation>正在计算风格目标（%1），第 %2 块，共 %3 块…</translation>
    </message>
    <message>
        <source>The checkpoint was saved by a run of other pictures or settings: it cannot continue this one. Delete it, or choose another file, to start afresh.</source>
        <translation>此检查点由另一次使用不同图片或设置的运行保存：无法用它继续本次运行。请删除它或选择其他文件，以从头开始。</translation>
    </message>
    <message>
        <source>The checkpoint does not fit this run&apos;s plan of scales (it was saved by another version of the app). Delete it to start afresh.</source>
        <translation>此检查点与本次运行的尺度计划不符（它由其他版本的应用保存）。请删除它以从头开始。</translation>
    </message>
</context>
<context>
    <name>nss::StyleSettings</name>
    <message>
        <source>At least one of the content, style and total-variation weights must be above 0.</source>
        <translation>内容、风格和总变差权重中至少要有一个大于 0。</translation>
    </message>
    <message>
        <source>Choose at least one style image.</source>
        <translation>请至少选择一张风格图像。</translation>
    </message>
    <message>
        <source>At least one style blend weight must be above 0.</source>
        <translation>至少要有一个风格混合权重大于 0。</translation>
    </message>
    <message>
        <source>A content weight above 0 needs at least one content layer.</source>
        <translation>内容权重大于 0 时，至少需要一个内容层。</translation>
    </message>
    <message>
        <source>A style weight above 0 needs at least one style layer.</source>
        <translation>风格权重大于 0 时，至少需要一个风格层。</translation>
    </message>
    <message>
        <source>Choose the image to start from, or start from the content image or noise.</source>
        <translation>请选择起始图像，或从内容图像或噪声开始。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; has a value of the wrong type or out of range.</source>
        <translation>设置“%1”的值类型错误或超出范围。</translation>
    </message>
</context>
<context>
    <name>nss::StyleWorker</name>
    <message>
        <source>The style engine failed: %1</source>
        <translation>风格引擎失败：%1</translation>
    </message>
    <message>
        <source>The style engine failed unexpectedly.</source>
        <translation>风格引擎意外失败。</translation>
    </message>
    <message>
        <source>Painting frame %1 of %2…</source>
        <translation>正在绘制第 %1/%2 帧…</translation>
    </message>
</context>
<context>
    <name>nss::TarDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 不是本应用能读取的权重文件：%2</translation>
    </message>
    <message>
        <source>it is a truncated tar archive (its end marker is missing).</source>
        <translation>它是被截断的 tar 归档（缺少结束标记）。</translation>
    </message>
    <message>
        <source>it is a tar archive with a garbled or truncated member at byte %1.</source>
        <translation>它是一个在第 %1 字节处有损坏或被截断成员的 tar 归档。</translation>
    </message>
    <message>
        <source>it is a tar archive with more than %1 members.</source>
        <translation>它是成员超过 %1 个的 tar 归档。</translation>
    </message>
</context>
<context>
    <name>nss::VggNet</name>
    <message>
        <source>VGG-19 has no convolution at feature index %1.</source>
        <translation>VGG-19 在特征索引 %1 处没有卷积层。</translation>
    </message>
    <message>
        <source>The VGG-19 weights lack the convolution at feature index %1 (features.%1).</source>
        <translation>VGG-19 权重缺少特征索引 %1 处的卷积层（features.%1）。</translation>
    </message>
    <message>
        <source>The VGG-19 weights have the wrong shape at features.%1.</source>
        <translation>VGG-19 权重在 features.%1 处的形状不正确。</translation>
    </message>
    <message>
        <source>The VGG-19 weights could not be prepared: %1</source>
        <translation>无法准备 VGG-19 权重：%1</translation>
    </message>
</context>
<context>
    <name>nss::WebpAnimation</name>
    <message>
        <source>This libwebp is not the version the app was built with</source>
        <translation>当前 libwebp 的版本与构建本应用时所用的版本不同</translation>
    </message>
    <message>
        <source>WebP animation encoder could not be created (out of memory?)</source>
        <translation>无法创建 WebP 动画编码器（内存不足？）</translation>
    </message>
    <message>
        <source>A time-lapse frame is %1 x %2 pixels, not %3 x %4</source>
        <translation>延时动画中有一帧为 %1 × %2 像素，而不是 %3 × %4</translation>
    </message>
    <message>
        <source>WebP animation encoding failed: %1</source>
        <translation>WebP 动画编码失败：%1</translation>
    </message>
    <message>
        <source>The time-lapse was already finished</source>
        <translation>延时动画已经完成</translation>
    </message>
</context>
<context>
    <name>nss::WeightsCache</name>
    <message>
        <source>The weights cache %1 cannot be written: %2.</source>
        <translation>无法写入权重缓存 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDialog</name>
    <message>
        <source>VGG-19 weights needed</source>
        <translation>需要 VGG-19 权重</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19 权重</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>PyTorch 权重 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a weights file.</source>
        <translation>“%1”是文件夹，不是权重文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>无法读取“%1”（请检查其权限）。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”为空。</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download paused at %1 MB; Resume continues from there.</source>
        <translation>下载已在 %1 MB 处暂停；“继续下载”将从那里接着下载。</translation>
    </message>
    <message>
        <source>%1 MB downloaded earlier; Resume continues from there.</source>
        <translation>之前已下载 %1 MB；“继续下载”将从那里接着下载。</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>&lt;p&gt;Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs torchvision&apos;s weights file once:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2, licence CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Download&lt;/b&gt; fetches it into &lt;tt&gt;%4&lt;/tt&gt; (it can be stopped and resumed). Or choose a copy you already have, for example from PyTorch&apos;s cache, &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt;. The choice is remembered; Preferences can change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neural Style Studio 使用在 ImageNet 上训练的 VGG-19 网络进行绘制。它需要一次 torchvision 的权重文件：&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;，%2，许可证 CC BY 4.0&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;下载&lt;/b&gt;会将其保存到 &lt;tt&gt;%4&lt;/tt&gt;（下载可以停止并继续）。也可以选择已有的副本，例如 PyTorch 缓存 &lt;tt&gt;~/.cache/torch/hub/checkpoints/&lt;/tt&gt; 中的文件。该选择会被记住；可在首选项中更改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>S&amp;top Download</source>
        <translation>停止下载(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>继续下载(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1</source>
        <translation>已下载并校验：%1</translation>
    </message>
    <message>
        <source>Checking the downloaded file…</source>
        <translation>正在检查下载的文件…</translation>
    </message>
</context>
<context>
    <name>nss::WeightsDownloader</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place (%1). Delete %2 and start again.</source>
        <translation>服务器从错误的位置恢复了下载（%1）。请删除 %2 后重新开始。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? %3 MB are needed.</source>
        <translation>无法写入 %1：%2。磁盘已满吗？需要 %3 MB。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>服务器对 %3 返回了 HTTP %1（%2）。</translation>
    </message>
    <message>
        <source>The download was interrupted after %1 MB: %2. Start it again to resume where it stopped.</source>
        <translation>下载在 %1 MB 后中断：%2。重新开始即可从中断处继续。</translation>
    </message>
    <message>
        <source>The download from %1 stalled (no data for %2 seconds). Check the network connection and try again.</source>
        <translation>从 %1 的下载停滞（%2 秒没有数据）。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2. Check the network connection and try again.</source>
        <translation>无法连接 %1：%2。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its SHA-256 starts with %1, %2 was expected. It was deleted; start the download again.</source>
        <translation>下载的文件已损坏：其 SHA-256 以 %1 开头，应为 %2。文件已删除，请重新下载。</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2.</source>
        <translation>无法回读 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nss::ZipDirectory</name>
    <message>
        <source>%1 is not a weights file this app can read: %2</source>
        <translation>%1 不是本应用能读取的权重文件：%2</translation>
    </message>
    <message>
        <source>its zip directory cannot be read.</source>
        <translation>无法读取其 zip 目录。</translation>
    </message>
    <message>
        <source>it is a truncated zip archive (its directory at the end is missing).</source>
        <translation>它是被截断的 zip 归档（末尾的目录缺失）。</translation>
    </message>
    <message>
        <source>its zip64 directory locator is missing.</source>
        <translation>缺少其 zip64 目录定位器。</translation>
    </message>
    <message>
        <source>its zip64 directory record is missing.</source>
        <translation>缺少其 zip64 目录记录。</translation>
    </message>
    <message>
        <source>its zip directory lies outside the file (truncated?).</source>
        <translation>其 zip 目录超出文件范围（被截断？）。</translation>
    </message>
    <message>
        <source>its zip directory is garbled (entry %1).</source>
        <translation>其 zip 目录已损坏（条目 %1）。</translation>
    </message>
    <message>
        <source>its zip entry %1 is compressed; PyTorch writes them uncompressed.</source>
        <translation>其 zip 条目 %1 是压缩的；PyTorch 写入的是未压缩条目。</translation>
    </message>
    <message>
        <source>its zip entry %1 has impossible sizes.</source>
        <translation>其 zip 条目 %1 的大小不可能。</translation>
    </message>
    <message>
        <source>%1 is not a weights file this app can read: the zip entry %2 is garbled.</source>
        <translation>%1 不是本应用能读取的权重文件：zip 条目 %2 已损坏。</translation>
    </message>
    <message>
        <source>%1 is truncated: the zip entry %2 reaches past the end of the file.</source>
        <translation>%1 被截断：zip 条目 %2 超出了文件末尾。</translation>
    </message>
</context>
</TS>
