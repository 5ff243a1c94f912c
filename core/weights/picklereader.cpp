#include "weights/picklereader.h"
#include "weights/picklevalue_p.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

namespace nss {

namespace {

// A state_dict's pickle is a few bytes per tensor; these bounds are far above any real file and
// keep a hostile one from making the parser allocate more than a few hundred MB.
constexpr qint64 kMaxPickleBytes = 64LL << 20;
constexpr size_t kMaxValues = 4'000'000;
constexpr qint64 kMaxStringBytes = 1 << 20;
constexpr size_t kMaxDims = 16;

bool storageDType(const QByteArray &global, WeightsDType &dtype)
{
    static const QHash<QByteArray, WeightsDType> types{
        {"FloatStorage", WeightsDType::Float32}, {"DoubleStorage", WeightsDType::Float64},
        {"HalfStorage", WeightsDType::Float16},  {"BFloat16Storage", WeightsDType::BFloat16},
        {"LongStorage", WeightsDType::Int64},    {"IntStorage", WeightsDType::Int32},
        {"ShortStorage", WeightsDType::Int16},   {"CharStorage", WeightsDType::Int8},
        {"ByteStorage", WeightsDType::UInt8},    {"BoolStorage", WeightsDType::Bool}};
    // Files saved from a GPU name torch.cuda.*Storage; the bytes on disk are the same.
    QByteArray name;
    if (global.startsWith("torch "))
        name = global.mid(6);
    else if (global.startsWith("torch.cuda "))
        name = global.mid(11);
    else
        return false;
    const auto it = types.constFind(name);
    if (it == types.constEnd())
        return false;
    dtype = *it;
    return true;
}

} // namespace


PickleReader::PickleReader(QIODevice &device, qint64 end, QString what)
    : m_device(device), m_end(end), m_what(std::move(what))
{
}

PickleReader::~PickleReader() = default;

Unexpected PickleReader::error(const QString &problem) const
{
    return fail(tr("%1 is not a weights file this app can read: %2").arg(m_what, problem));
}

Expected<PickleReader::Value *> PickleReader::parse()
{
    using Kind = Value::Kind;
    m_arena.clear();
    std::vector<Value *> stack;
    std::vector<size_t> marks;
    QHash<quint32, Value *> memo;
    const qint64 limit = std::min(m_end, m_device.pos() + kMaxPickleBytes);
    const QString truncated = limit < m_end ? tr("its Python pickle is larger than 64 MB.")
                                            : tr("it ends in the middle of a Python pickle (truncated or garbled).");

    auto make = [&](Kind kind) -> Value * {
        if (m_arena.size() >= kMaxValues)
            return nullptr;
        m_arena.push_back(std::make_unique<Value>());
        m_arena.back()->kind = kind;
        return m_arena.back().get();
    };
    auto readBytes = [&](qint64 n, QByteArray &out) {
        if (n < 0 || n > limit - m_device.pos())
            return false;
        out = m_device.read(n);
        return out.size() == n;
    };
    auto readUnsigned = [&](int n, quint64 &out) {
        QByteArray raw;
        if (!readBytes(n, raw))
            return false;
        out = 0;
        for (int i = n - 1; i >= 0; --i)
            out = (out << 8) | static_cast<uchar>(raw[i]);
        return true;
    };
    auto popToMark = [&](std::vector<Value *> &out) {
        if (marks.empty())
            return false;
        const size_t mark = marks.back();
        marks.pop_back();
        out.assign(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
        stack.resize(mark);
        return true;
    };
    auto top = [&](size_t depth = 0) -> Value * {
        const size_t floor = marks.empty() ? 0 : marks.back();
        return stack.size() > floor + depth ? stack[stack.size() - 1 - depth] : nullptr;
    };
    auto garbled = [&] { return tr("its pickle is garbled near byte %1.").arg(m_device.pos()); };
    auto isInt = [](const Value *v) { return v && v->kind == Kind::Int; };
    auto isStr = [](const Value *v) { return v && v->kind == Kind::Str; };

    for (;;) {
        char opChar = 0;
        if (m_device.pos() >= limit || !m_device.getChar(&opChar))
            return error(truncated);
        const uchar op = static_cast<uchar>(opChar);
        Value *pushed = nullptr;
        quint64 n = 0;
        switch (op) {
        case 0x80: // PROTO
            if (!readUnsigned(1, n))
                return error(truncated);
            if (n > 5)
                return error(tr("it uses pickle protocol %1.").arg(n));
            break;
        case 0x95: // FRAME: a hint only
            if (!readUnsigned(8, n))
                return error(truncated);
            break;
        case '.': // STOP
            if (stack.size() != 1 || !marks.empty())
                return error(tr("its pickle ends with %1 values on the stack.").arg(stack.size()));
            return stack.back();
        case '(':
            marks.push_back(stack.size());
            break;
        case ')':
            pushed = make(Kind::Tuple);
            break;
        case ']':
            pushed = make(Kind::List);
            break;
        case '}':
            pushed = make(Kind::Dict);
            break;
        case 'N':
            pushed = make(Kind::None);
            break;
        case 0x88:
        case 0x89:
            if ((pushed = make(Kind::Bool)))
                pushed->integer = op == 0x88;
            break;
        case 'K':
        case 'M':
        case 'J':
            if (!readUnsigned(op == 'K' ? 1 : op == 'M' ? 2 : 4, n))
                return error(truncated);
            if ((pushed = make(Kind::Int)))
                pushed->integer = op == 'J' ? static_cast<qint32>(static_cast<quint32>(n)) : static_cast<qint64>(n);
            break;
        case 0x8a: { // LONG1
            QByteArray raw;
            if (!readUnsigned(1, n) || !readBytes(static_cast<qint64>(n), raw))
                return error(truncated);
            if (!(pushed = make(n <= 8 ? Kind::Int : Kind::Long)))
                break;
            pushed->bytes = raw;
            if (n <= 8 && n > 0) {
                quint64 u = 0;
                for (int i = int(n) - 1; i >= 0; --i)
                    u = (u << 8) | static_cast<uchar>(raw[i]);
                if (n < 8 && (static_cast<uchar>(raw[int(n) - 1]) & 0x80))
                    u |= ~quint64(0) << (8 * n); // sign-extend
                pushed->integer = static_cast<qint64>(u);
            }
            break;
        }
        case 'X':
        case 0x8c:
        case 0x8d:
        case 'T':
        case 'U': {
            const int width = (op == 0x8c || op == 'U') ? 1 : op == 0x8d ? 8 : 4;
            QByteArray text;
            if (!readUnsigned(width, n))
                return error(truncated);
            if (n > quint64(kMaxStringBytes))
                return error(tr("it holds a string of %1 bytes.").arg(n));
            if (!readBytes(static_cast<qint64>(n), text))
                return error(truncated);
            if ((pushed = make(Kind::Str)))
                pushed->bytes = text;
            break;
        }
        case 't':
        case 'l':
        case 'd': {
            if (!(pushed = make(op == 't' ? Kind::Tuple : op == 'l' ? Kind::List : Kind::Dict)))
                break;
            if (!popToMark(pushed->items) || (op == 'd' && pushed->items.size() % 2))
                return error(garbled());
            break;
        }
        case 0x85:
        case 0x86:
        case 0x87: {
            const size_t count = op - 0x84u;
            if (!top(count - 1))
                return error(garbled());
            if (!(pushed = make(Kind::Tuple)))
                break;
            pushed->items.assign(stack.end() - static_cast<std::ptrdiff_t>(count), stack.end());
            stack.resize(stack.size() - count);
            break;
        }
        case 'a':
        case 'e':
        case 's':
        case 'u': {
            std::vector<Value *> items;
            if (op == 'a' || op == 's') {
                const size_t count = op == 'a' ? 1 : 2;
                if (!top(count))
                    return error(garbled());
                items.assign(stack.end() - static_cast<std::ptrdiff_t>(count), stack.end());
                stack.resize(stack.size() - count);
            } else if (!popToMark(items)) {
                return error(garbled());
            }
            Value *target = stack.empty() ? nullptr : stack.back();
            const Kind wanted = (op == 'a' || op == 'e') ? Kind::List : Kind::Dict;
            if (!target || target->kind != wanted || (wanted == Kind::Dict && items.size() % 2))
                return error(garbled());
            if (target->items.size() + items.size() > kMaxValues)
                return error(tr("its pickle is too large."));
            target->items.insert(target->items.end(), items.begin(), items.end());
            break;
        }
        case 'q':
        case 'r':
        case 0x94: {
            if (op != 0x94 && !readUnsigned(op == 'q' ? 1 : 4, n))
                return error(truncated);
            if (stack.empty())
                return error(garbled());
            if (memo.size() >= int(kMaxValues))
                return error(tr("its pickle is too large."));
            memo.insert(op == 0x94 ? quint32(memo.size()) : quint32(n), stack.back());
            break;
        }
        case 'h':
        case 'j': {
            if (!readUnsigned(op == 'h' ? 1 : 4, n))
                return error(truncated);
            pushed = memo.value(quint32(n), nullptr);
            if (!pushed)
                return error(garbled());
            break;
        }
        case 'c': { // GLOBAL "module\nname\n"
            QByteArray name;
            for (int part = 0; part < 2; ++part) {
                for (;;) {
                    char c = 0;
                    if (m_device.pos() >= limit || !m_device.getChar(&c))
                        return error(truncated);
                    if (c == '\n')
                        break;
                    if (name.size() > 200)
                        return error(tr("its pickle names an overlong Python global."));
                    name.append(c);
                }
                if (part == 0)
                    name.append(' ');
            }
            if ((pushed = make(Kind::Global)))
                pushed->bytes = name;
            break;
        }
        case 0x93: { // STACK_GLOBAL
            Value *name = top(0), *module = top(1);
            if (!isStr(name) || !isStr(module))
                return error(garbled());
            stack.resize(stack.size() - 2);
            if ((pushed = make(Kind::Global)))
                pushed->bytes = module->bytes + ' ' + name->bytes;
            break;
        }
        case 'R': { // REDUCE: only the callables a state_dict uses
            Value *args = top(0), *callable = top(1);
            if (!args || !callable || args->kind != Kind::Tuple || callable->kind != Kind::Global)
                return error(tr("its pickle calls something that is not a known Python function."));
            stack.resize(stack.size() - 2);
            const QByteArray &fn = callable->bytes;
            const auto &a = args->items;
            if (fn == "collections OrderedDict") {
                if (!a.empty())
                    return error(tr("its pickle builds an OrderedDict from arguments."));
                pushed = make(Kind::Dict);
                break;
            }
            const bool v2 = fn == "torch._utils _rebuild_tensor_v2";
            if (!v2 && fn != "torch._utils _rebuild_tensor")
                return error(tr("its pickle calls %1, which a weights file never needs.").arg(QString::fromUtf8(fn).replace(QLatin1Char(' '), QLatin1Char('.'))));
            if ((v2 ? a.size() < 6 : a.size() != 4) || a[0]->kind != Kind::Storage || !isInt(a[1])
                || a[2]->kind != Kind::Tuple || a[3]->kind != Kind::Tuple || a[2]->items.size() != a[3]->items.size()
                || a[2]->items.size() > kMaxDims)
                return error(tr("a tensor in its pickle has malformed arguments."));
            if (!(pushed = make(Kind::Tensor)))
                break;
            PickledTensor &t = pushed->tensor;
            t.storage = a[0]->storage;
            t.storageOffset = a[1]->integer;
            qint64 numel = 1, last = t.storageOffset;
            for (size_t i = 0; i < a[2]->items.size(); ++i) {
                const Value *size = a[2]->items[i], *stride = a[3]->items[i];
                if (!isInt(size) || !isInt(stride) || size->integer < 0 || stride->integer < 0
                    || size->integer > (qint64(1) << 40) || stride->integer > (qint64(1) << 40))
                    return error(tr("a tensor in its pickle has an invalid shape or stride."));
                t.shape.push_back(size->integer);
                t.strides.push_back(stride->integer);
                if (__builtin_mul_overflow(numel, size->integer, &numel))
                    return error(tr("a tensor in its pickle is impossibly large."));
                qint64 reach = 0;
                if (size->integer > 0 && (__builtin_mul_overflow(size->integer - 1, stride->integer, &reach)
                                          || __builtin_add_overflow(last, reach, &last)))
                    return error(tr("a tensor in its pickle is impossibly large."));
            }
            const qint64 available = t.storage.viewNumel >= 0 ? t.storage.viewNumel : t.storage.numel;
            if (t.storageOffset < 0 || (numel > 0 && last >= available))
                return error(tr("a tensor of shape %1 reaches past the end of its storage (%2 elements).")
                                 .arg(shapeText(t.shape)).arg(available));
            t.storageOffset += t.storage.viewOffset;
            break;
        }
        case 'Q': { // BINPERSID: ('storage', class, key, location, numel[, view])
            Value *pid = top(0);
            if (pid)
                stack.pop_back();
            if (!pid || pid->kind != Kind::Tuple || pid->items.empty() || !isStr(pid->items[0]))
                return error(tr("its pickle refers to an unknown kind of external object."));
            const auto &a = pid->items;
            if (a[0]->bytes != "storage")
                return error(tr("its pickle refers to a \"%1\", not to tensor storage (a whole model, not a state_dict?).")
                                 .arg(QString::fromUtf8(a[0]->bytes.left(40))));
            WeightsDType dtype = WeightsDType::Float32;
            if ((a.size() != 5 && a.size() != 6) || a[1]->kind != Kind::Global || !storageDType(a[1]->bytes, dtype)
                || !isStr(a[2]) || a[2]->bytes.isEmpty() || a[2]->bytes.size() > 256 || !isStr(a[3]) || !isInt(a[4])
                || a[4]->integer < 0 || a[4]->integer > (qint64(1) << 56))
                return error(tr("a storage in its pickle is malformed."));
            if (!(pushed = make(Kind::Storage)))
                break;
            pushed->storage.key = a[2]->bytes;
            pushed->storage.dtype = dtype;
            pushed->storage.numel = a[4]->integer;
            if (a.size() == 6 && a[5]->kind != Kind::None) {
                const Value *view = a[5];
                if (view->kind != Kind::Tuple || view->items.size() != 3 || !isInt(view->items[1]) || !isInt(view->items[2])
                    || view->items[1]->integer < 0 || view->items[2]->integer < 0
                    || view->items[1]->integer > pushed->storage.numel
                    || view->items[2]->integer > pushed->storage.numel - view->items[1]->integer)
                    return error(tr("a storage view in its pickle is malformed."));
                pushed->storage.viewOffset = view->items[1]->integer;
                pushed->storage.viewNumel = view->items[2]->integer;
            }
            break;
        }
        case 'b': { // BUILD: only OrderedDict's _metadata, which the reader does not need
            Value *target = top(1);
            if (!target || target->kind != Kind::Dict)
                return error(tr("its pickle sets the state of something that is not a dictionary."));
            stack.pop_back();
            break;
        }
        default:
            return error(tr("its pickle uses opcode 0x%1, which a state_dict never contains.").arg(op, 2, 16, QLatin1Char('0')));
        }
        if (pushed)
            stack.push_back(pushed);
        else if (m_arena.size() >= kMaxValues)
            return error(tr("its pickle is too large."));
    }
}

} // namespace nss
