// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/picklereader.h"
#include "weights/picklevalue_p.h"

#include <algorithm>

#include <QCoreApplication>

namespace nss {

// The opcodes: the stack machine's data half (numbers, strings, containers, the memo). What a
// pickle may call or build is in pickleglobals.cpp, what it refers to outside itself in
// picklepersistent.cpp.

namespace {

// A state_dict's pickle is a few bytes per tensor; these bounds are far above any real file and
// keep a hostile one from making the parser allocate more than a few hundred MB.
constexpr qint64 kMaxPickleBytes = 64LL << 20;
constexpr qint64 kMaxStringBytes = 1 << 20;

} // namespace

PickleReader::PickleReader(QIODevice &device, qint64 end, QString what)
    : m_device(device)
    , m_end(end)
    , m_what(std::move(what))
{ }

PickleReader::~PickleReader() = default;

void PickleReader::setPersistentTensors(QHash<QByteArray, PickledTensor> tensors)
{
    m_persistentTensors = std::move(tensors);
}

Unexpected PickleReader::error(const QString &problem) const
{
    return fail(tr("%1 is not a weights file this app can read: %2").arg(m_what, problem));
}

PickleReader::Value *PickleReader::make(int kind)
{
    m_arena.push_back(std::make_unique<Value>());
    m_arena.back()->kind = Value::Kind(kind);
    return m_arena.back().get();
}

Expected<PickleReader::Value *> PickleReader::parse()
{
    m_arena.clear();
    Machine m(m_device);
    m.limit = std::min(m_end, m_device.pos() + kMaxPickleBytes);
    m.truncated = m.limit < m_end ? tr("its Python pickle is larger than 64 MB.")
                                  : tr("it ends in the middle of a Python pickle (truncated or garbled).");
    for (;;) {
        char opChar = 0;
        if (m_device.pos() >= m.limit || !m_device.getChar(&opChar))
            return error(m.truncated);
        const uchar op = static_cast<uchar>(opChar);
        if (op == '.') { // STOP
            if (m.stack.size() != 1 || !m.marks.empty())
                return error(tr("its pickle ends with %1 values on the stack.").arg(m.stack.size()));
            return m.stack.back();
        }
        const Status done = step(m, op);
        if (!done)
            return Unexpected{done.error()};
        if (m_arena.size() >= kPickleMaxValues || m.memo.size() >= int(kPickleMaxValues))
            return error(tr("its pickle is too large."));
    }
}

Status PickleReader::step(Machine &m, uchar op)
{
    quint64 n = 0;
    switch (op) {
    case 0x80: // PROTO
        if (!m.readUnsigned(1, n))
            return error(m.truncated);
        if (n > 5)
            return error(tr("it uses pickle protocol %1.").arg(n));
        m_traits.protocol = std::max(m_traits.protocol, int(n));
        return succeeded();
    case 0x95: // FRAME: a hint only
        if (!m.readUnsigned(8, n))
            return error(m.truncated);
        return succeeded();
    case '(': // MARK
        m.marks.push_back(m.stack.size());
        return succeeded();
    case 'N':
    case 0x88:
    case 0x89:
    case 'K':
    case 'M':
    case 'J':
    case 0x8a:
        return scalarOp(m, op);
    case 'X':
    case 0x8c:
    case 0x8d:
    case 'T':
    case 'U':
    case 'B':
    case 'C':
    case 0x8e:
        return stringOp(m, op);
    case ')':
    case ']':
    case '}':
    case 't':
    case 'l':
    case 'd':
    case 0x85:
    case 0x86:
    case 0x87:
    case 'a':
    case 'e':
    case 's':
    case 'u':
        return containerOp(m, op);
    case 'q':
    case 'r':
    case 0x94:
    case 'h':
    case 'j':
        return memoOp(m, op);
    case 'c':
    case 0x93:
        return globalOp(m, op);
    case 'R':
        return reduceOp(m);
    case 0x81:
        return newObjOp(m);
    case 'b':
        return buildOp(m);
    case 'Q':
        return persistentIdOp(m);
    default:
        return error(tr("its pickle uses opcode 0x%1, which a state_dict never contains.").arg(op, 2, 16, QLatin1Char('0')));
    }
}

// None, booleans and integers: BININT1/2, BININT (signed 32 bit), LONG1 (little-endian two's complement).
Status PickleReader::scalarOp(Machine &m, uchar op)
{
    using Kind = Value::Kind;
    quint64 n = 0;
    if (op == 'N') {
        m.stack.push_back(make(int(Kind::None)));
    } else if (op == 0x88 || op == 0x89) {
        m.stack.push_back(make(int(Kind::Bool)));
        m.stack.back()->integer = op == 0x88;
    } else if (op != 0x8a) {
        if (!m.readUnsigned(op == 'K' ? 1 : op == 'M' ? 2 : 4, n))
            return error(m.truncated);
        m.stack.push_back(make(int(Kind::Int)));
        m.stack.back()->integer = op == 'J' ? static_cast<qint32>(static_cast<quint32>(n)) : static_cast<qint64>(n);
    } else {
        QByteArray raw;
        if (!m.readUnsigned(1, n) || !m.readBytes(static_cast<qint64>(n), raw))
            return error(m.truncated);
        Value *v = make(int(n <= 8 ? Kind::Int : Kind::Long));
        v->bytes = raw;
        if (n <= 8 && n > 0) {
            quint64 u = 0;
            for (int i = int(n) - 1; i >= 0; --i)
                u = (u << 8) | static_cast<uchar>(raw[i]);
            if (n < 8 && (static_cast<uchar>(raw[int(n) - 1]) & 0x80))
                u |= ~quint64(0) << (8 * n); // sign-extend
            v->integer = static_cast<qint64>(u);
        }
        m.stack.push_back(v);
    }
    return succeeded();
}

// Unicode (BINUNICODE, SHORT_BINUNICODE, BINUNICODE8), Python 2 byte strings (BINSTRING,
// SHORT_BINSTRING) and Python 3 bytes (BINBYTES, SHORT_BINBYTES, BINBYTES8): all kept as bytes.
Status PickleReader::stringOp(Machine &m, uchar op)
{
    const int width = (op == 0x8c || op == 'U' || op == 'C') ? 1 : (op == 0x8d || op == 0x8e) ? 8 : 4;
    quint64 n = 0;
    QByteArray text;
    if (!m.readUnsigned(width, n))
        return error(m.truncated);
    if (n > quint64(kMaxStringBytes))
        return error(tr("it holds a string of %1 bytes.").arg(n));
    if (!m.readBytes(static_cast<qint64>(n), text))
        return error(m.truncated);
    if (op == 'T' || op == 'U')
        m_traits.py2Strings = true;
    m.stack.push_back(make(int(Value::Kind::Str)));
    m.stack.back()->bytes = text;
    return succeeded();
}

// Empty containers, tuples (TUPLE, TUPLE1-3), lists and dicts built from the stack, APPEND(S),
// SETITEM(S).
Status PickleReader::containerOp(Machine &m, uchar op)
{
    using Kind = Value::Kind;
    const QString garbled = tr("its pickle is garbled near byte %1.").arg(m_device.pos());
    if (op == ')' || op == ']' || op == '}') {
        m.stack.push_back(make(int(op == ')' ? Kind::Tuple : op == ']' ? Kind::List : Kind::Dict)));
        return succeeded();
    }
    if (op == 't' || op == 'l' || op == 'd') {
        Value *v = make(int(op == 't' ? Kind::Tuple : op == 'l' ? Kind::List : Kind::Dict));
        if (!m.popToMark(v->items) || (op == 'd' && v->items.size() % 2))
            return error(garbled);
        m.stack.push_back(v);
        return succeeded();
    }
    if (op >= 0x85 && op <= 0x87) {
        const size_t count = op - 0x84u;
        if (!m.top(count - 1))
            return error(garbled);
        Value *v = make(int(Kind::Tuple));
        v->items.assign(m.stack.end() - static_cast<std::ptrdiff_t>(count), m.stack.end());
        m.pop(count);
        m.stack.push_back(v);
        return succeeded();
    }
    std::vector<Value *> items;
    if (op == 'a' || op == 's') {
        const size_t count = op == 'a' ? 1 : 2;
        if (!m.top(count))
            return error(garbled);
        items.assign(m.stack.end() - static_cast<std::ptrdiff_t>(count), m.stack.end());
        m.pop(count);
    } else if (!m.popToMark(items)) {
        return error(garbled);
    }
    Value *target = m.stack.empty() ? nullptr : m.stack.back();
    const Kind wanted = (op == 'a' || op == 'e') ? Kind::List : Kind::Dict;
    if (!target || target->kind != wanted || (wanted == Kind::Dict && items.size() % 2))
        return error(garbled);
    if (target->items.size() + items.size() > kPickleMaxValues)
        return error(tr("its pickle is too large."));
    target->items.insert(target->items.end(), items.begin(), items.end());
    return succeeded();
}

// BINPUT, LONG_BINPUT, MEMOIZE; BINGET, LONG_BINGET.
Status PickleReader::memoOp(Machine &m, uchar op)
{
    quint64 n = 0;
    if (op != 0x94 && !m.readUnsigned((op == 'q' || op == 'h') ? 1 : 4, n))
        return error(m.truncated);
    if (op == 'h' || op == 'j') {
        Value *v = m.memo.value(quint32(n), nullptr);
        if (!v)
            return error(tr("its pickle is garbled near byte %1.").arg(m_device.pos()));
        m.stack.push_back(v);
        return succeeded();
    }
    if (m.stack.empty())
        return error(tr("its pickle is garbled near byte %1.").arg(m_device.pos()));
    m.memo.insert(op == 0x94 ? quint32(m.memo.size()) : quint32(n), m.stack.back());
    return succeeded();
}

} // namespace nss
