// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/stylesettings.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include "base/settingranges.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss::StyleSettings", text);
}

template <typename Enum, size_t N> struct EnumNames
{
    std::array<std::pair<Enum, const char *>, N> names;

    QString toString(Enum value) const
    {
        for (const auto &[e, name] : names)
            if (e == value)
                return QString::fromLatin1(name);
        return {};
    }

    std::optional<Enum> fromString(const QString &text) const
    {
        for (const auto &[e, name] : names)
            if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return e;
        return std::nullopt;
    }
};

constexpr EnumNames<Optimizer, 2> kOptimizers{{{{Optimizer::Lbfgs, "lbfgs"}, {Optimizer::Adam, "adam"}}}};
constexpr EnumNames<InitMode, 3> kInitModes{
    {{{InitMode::Content, "content"}, {InitMode::Noise, "noise"}, {InitMode::Image, "image"}}}};
constexpr EnumNames<Pooling, 2> kPoolings{{{{Pooling::Max, "max"}, {Pooling::Average, "avg"}}}};
constexpr EnumNames<KeepColors, 3> kKeepColors{
    {{{KeepColors::None, "none"}, {KeepColors::Luminance, "luminance"}, {KeepColors::Histogram, "histogram"}}}};

constexpr EnumNames<Precision, 4> kPrecisions{
    {{{Precision::Auto, "auto"}, {Precision::Float32, "fp32"}, {Precision::BFloat16, "bf16"}, {Precision::Float16, "fp16"}}}};
constexpr EnumNames<ComputeDevice, 3> kDevices{
    {{{ComputeDevice::Auto, "auto"}, {ComputeDevice::Cpu, "cpu"}, {ComputeDevice::Cuda, "cuda"}}}};

QJsonArray layersToJson(const QList<LayerWeight> &layers)
{
    QJsonArray array;
    for (const auto &l : layers)
        array.append(QJsonObject{{QStringLiteral("layer"), l.layer}, {QStringLiteral("weight"), l.weight}});
    return array;
}

} // namespace

QString toString(Optimizer value)
{
    return kOptimizers.toString(value);
}
QString toString(InitMode value)
{
    return kInitModes.toString(value);
}
QString toString(Pooling value)
{
    return kPoolings.toString(value);
}
QString toString(KeepColors value)
{
    return kKeepColors.toString(value);
}
QString toString(Precision value)
{
    return kPrecisions.toString(value);
}
QString toString(ComputeDevice value)
{
    return kDevices.toString(value);
}
std::optional<Optimizer> optimizerFromString(const QString &text)
{
    return kOptimizers.fromString(text);
}
std::optional<InitMode> initModeFromString(const QString &text)
{
    return kInitModes.fromString(text);
}
std::optional<Pooling> poolingFromString(const QString &text)
{
    return kPoolings.fromString(text);
}
std::optional<KeepColors> keepColorsFromString(const QString &text)
{
    return kKeepColors.fromString(text);
}
std::optional<Precision> precisionFromString(const QString &text)
{
    return kPrecisions.fromString(text);
}
std::optional<ComputeDevice> deviceFromString(const QString &text)
{
    return kDevices.fromString(text);
}

QString StyleSettings::validate() const
{
    if (const QString problem = validateRanges(*this); !problem.isEmpty())
        return problem;
    if (contentWeight == 0.0 && styleWeight == 0.0 && tvWeight == 0.0)
        return tr("At least one of the content, style and total-variation weights must be above 0.");
    if (styles.isEmpty())
        return tr("Choose at least one style image.");
    double blendSum = 0.0;
    for (const auto &s : styles)
        blendSum += s.blend;
    if (blendSum <= 0.0)
        return tr("At least one style blend weight must be above 0.");
    if (contentWeight > 0.0 && contentLayers.isEmpty())
        return tr("A content weight above 0 needs at least one content layer.");
    if (styleWeight > 0.0 && styleLayers.isEmpty())
        return tr("A style weight above 0 needs at least one style layer.");
    if (init == InitMode::Image && initPath.isEmpty())
        return tr("Choose the image to start from, or start from the content image or noise.");
    return {};
}

QJsonObject StyleSettings::toJson() const
{
    QJsonArray styleArray;
    for (const auto &s : styles) {
        QJsonObject style{{QStringLiteral("path"), s.path}, {QStringLiteral("blend"), s.blend}};
        if (!s.maskPath.isEmpty()) // only when set: files made without masks keep their bytes
            style.insert(QStringLiteral("mask"), s.maskPath);
        if (!s.sourceMaskPath.isEmpty())
            style.insert(QStringLiteral("sourceMask"), s.sourceMaskPath);
        styleArray.append(style);
    }
    QJsonObject json{
        {QStringLiteral("content"), contentPath},
        {QStringLiteral("styles"), styleArray},
        {QStringLiteral("initImage"), initPath},
        {QStringLiteral("size"), outputSize},
        {QStringLiteral("styleScale"), styleScale},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("optimizer"), toString(optimizer)},
        {QStringLiteral("learningRate"), learningRate},
        {QStringLiteral("lbfgsHistory"), lbfgsHistory},
        {QStringLiteral("lbfgsSmoothing"), lbfgsSmoothing},
        {QStringLiteral("adamFinish"), adamFinish},
        {QStringLiteral("contentWeight"), contentWeight},
        {QStringLiteral("styleWeight"), styleWeight},
        {QStringLiteral("tvWeight"), tvWeight},
        {QStringLiteral("contentLayers"), layersToJson(contentLayers)},
        {QStringLiteral("styleLayers"), layersToJson(styleLayers)},
        {QStringLiteral("init"), toString(init)},
        // As a string: JSON numbers are doubles and would round seeds above 2^53.
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("pooling"), toString(pooling)},
        {QStringLiteral("keepColors"), toString(keepColors)},
        {QStringLiteral("scales"), scales},
        {QStringLiteral("frameEvery"), frameEvery},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("precision"), toString(precision)},
        {QStringLiteral("device"), toString(device)},
    };
    if (!keepMaskPath.isEmpty())
        json.insert(QStringLiteral("keepMask"), keepMaskPath);
    if (tileSize != 0) // only when set: files made before tiles keep their bytes
        json.insert(QStringLiteral("tileSize"), tileSize);
    return json;
}

namespace {

// Reads a settings object's keys into typed values; a key that is absent keeps the default, and
// the first key of the wrong type or out of range is remembered for the message.
class JsonSettingsReader
{
public:
    explicit JsonSettingsReader(const QJsonObject &json)
        : m_json(json)
    { }

    QString firstBadKey() const { return m_badKey; }

    void string(const char *key, QString &out)
    {
        if (const auto v = value(key); !v.isUndefined())
            v.isString() ? void(out = v.toString()) : bad(key);
    }
    void real(const char *key, double &out)
    {
        if (const auto v = value(key); !v.isUndefined())
            v.isDouble() ? void(out = v.toDouble()) : bad(key);
    }
    void integer(const char *key, int &out)
    {
        const auto v = value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 2.0e9)
            return bad(key);
        out = static_cast<int>(d);
    }
    template <typename Parse, typename T> void choice(const char *key, Parse parse, T &out)
    {
        if (const auto v = value(key); !v.isUndefined()) {
            const auto parsed = parse(v.toString());
            parsed ? void(out = *parsed) : bad(key);
        }
    }
    // As a string: JSON numbers are doubles and would round seeds above 2^53.
    void seed(const char *key, quint64 &out)
    {
        if (const auto v = value(key); !v.isUndefined()) {
            bool ok = false;
            const quint64 seed = v.isString() ? v.toString().toULongLong(&ok) : 0;
            ok ? void(out = seed) : bad(key);
        }
    }
    void layers(const char *key, QList<LayerWeight> &out) { namedNumbers(key, "layer", "weight", out); }
    void styles(const char *key, QList<StyleSource> &out) { namedNumbers(key, "path", "blend", out); }
    // The styles' optional "mask" paths, after styles() has read the array.
    void styleMasks(const char *key, QList<StyleSource> &out)
    {
        const QJsonArray array = value(key).toArray();
        for (int i = 0; i < array.size() && i < out.size(); ++i) {
            const QJsonObject style = array.at(i).toObject();
            if (const QJsonValue mask = style.value(QLatin1String("mask")); !mask.isUndefined())
                mask.isString() ? void(out[i].maskPath = mask.toString()) : bad(key);
            if (const QJsonValue part = style.value(QLatin1String("sourceMask")); !part.isUndefined())
                part.isString() ? void(out[i].sourceMaskPath = part.toString()) : bad(key);
        }
    }

private:
    // An array of {name: string, number: double (default 1)} objects, such as layers with their
    // weights or styles with their blends; it replaces `out` whole.
    template <typename Item> void namedNumbers(const char *key, const char *name, const char *number, QList<Item> &out)
    {
        const auto v = value(key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return bad(key);
        out.clear();
        for (const auto &item : v.toArray()) {
            const auto o = item.toObject();
            if (!o.value(QLatin1String(name)).isString())
                return bad(key);
            out.append({o.value(QLatin1String(name)).toString(), o.value(QLatin1String(number)).toDouble(1.0)});
        }
    }
    QJsonValue value(const char *key) const { return m_json.value(QLatin1String(key)); }
    void bad(const char *key)
    {
        if (m_badKey.isEmpty())
            m_badKey = QLatin1String(key);
    }

    const QJsonObject &m_json;
    QString m_badKey;
};

} // namespace

Expected<StyleSettings> StyleSettings::fromJson(const QJsonObject &json)
{
    StyleSettings s;
    JsonSettingsReader read(json);
    read.string("content", s.contentPath);
    read.styles("styles", s.styles);
    read.string("initImage", s.initPath);
    read.styleMasks("styles", s.styles);
    read.string("keepMask", s.keepMaskPath);
    read.integer("size", s.outputSize);
    read.real("styleScale", s.styleScale);
    read.integer("steps", s.steps);
    read.choice("optimizer", optimizerFromString, s.optimizer);
    read.real("learningRate", s.learningRate);
    read.integer("lbfgsHistory", s.lbfgsHistory);
    read.real("lbfgsSmoothing", s.lbfgsSmoothing);
    read.real("adamFinish", s.adamFinish);
    read.real("contentWeight", s.contentWeight);
    read.real("styleWeight", s.styleWeight);
    read.real("tvWeight", s.tvWeight);
    read.layers("contentLayers", s.contentLayers);
    read.layers("styleLayers", s.styleLayers);
    read.choice("init", initModeFromString, s.init);
    read.seed("seed", s.seed);
    read.choice("pooling", poolingFromString, s.pooling);
    read.choice("keepColors", keepColorsFromString, s.keepColors);
    read.integer("scales", s.scales);
    read.integer("frameEvery", s.frameEvery);
    read.integer("threads", s.threads);
    read.integer("tileSize", s.tileSize);
    read.choice("precision", precisionFromString, s.precision);
    read.choice("device", deviceFromString, s.device);
    if (const QString key = read.firstBadKey(); !key.isEmpty())
        return fail(tr("The setting \"%1\" has a value of the wrong type or out of range.").arg(key));
    return s;
}

StyleSettings settingsAtStep(const StyleSettings &started, const QList<LossWeightsChange> &changes, int step)
{
    StyleSettings used = started;
    for (const LossWeightsChange &change : changes) {
        if (change.step > step)
            break;
        used.contentWeight = change.content;
        used.styleWeight = change.style;
        used.tvWeight = change.tv;
    }
    return used;
}

QJsonArray lossWeightsChangesToJson(const QList<LossWeightsChange> &changes)
{
    QJsonArray array;
    for (const LossWeightsChange &c : changes)
        array.append(QJsonObject{{QStringLiteral("step"), c.step},
                                 {QStringLiteral("contentWeight"), c.content},
                                 {QStringLiteral("styleWeight"), c.style},
                                 {QStringLiteral("tvWeight"), c.tv}});
    return array;
}

QList<LossWeightsChange> lossWeightsChangesFromJson(const QJsonArray &json)
{
    QList<LossWeightsChange> changes;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        changes.append({o.value(QLatin1String("step")).toInt(), o.value(QLatin1String("contentWeight")).toDouble(),
                        o.value(QLatin1String("styleWeight")).toDouble(), o.value(QLatin1String("tvWeight")).toDouble()});
    }
    std::stable_sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) { return a.step < b.step; });
    return changes;
}

} // namespace nss
