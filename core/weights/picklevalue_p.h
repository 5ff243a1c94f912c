// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the pickle reader: the values its parser builds and the parser's state during one
// pickle, shared by picklereader.cpp (the opcodes), pickleglobals.cpp (globals, REDUCE, NEWOBJ,
// BUILD), picklepersistent.cpp (persistent ids) and picklestatedict.cpp (what a layout's pickles
// must look like).

#include <vector>

#include <QByteArray>
#include <QHash>
#include <QIODevice>

#include "weights/picklereader.h"

namespace nss {

struct PickleReader::Value
{
    // EmptyTensor: a tensor object made by NEWOBJ (torch.FloatTensor, Variable), not yet filled by BUILD.
    enum class Kind { None, Bool, Int, Long, Str, Tuple, List, Dict, Global, Storage, Tensor, EmptyTensor };
    Kind kind = Kind::None;
    qint64 integer = 0;
    QByteArray bytes; // Str: UTF-8 or raw bytes; Long: little-endian two's complement; Global: "module name"
    std::vector<Value *> items; // Tuple, List; Dict as key, value, key, value, ...
    PickledStorage storage;
    PickledTensor tensor;
    WeightsDType dtype = WeightsDType::Float32; // EmptyTensor: its class's element type
    bool variable = false; // EmptyTensor: a Variable (5-tuple state) rather than a tensor (4-tuple)
};

struct PickleReader::Machine
{
    explicit Machine(QIODevice &d)
        : device(d)
    { }

    QIODevice &device;
    qint64 limit = 0;
    QString truncated; // the message for reading past `limit`
    std::vector<Value *> stack;
    std::vector<size_t> marks;
    QHash<quint32, Value *> memo;

    bool readBytes(qint64 n, QByteArray &out)
    {
        if (n < 0 || n > limit - device.pos())
            return false;
        out = device.read(n);
        return out.size() == n;
    }
    bool readUnsigned(int n, quint64 &out)
    {
        QByteArray raw;
        if (!readBytes(n, raw))
            return false;
        out = 0;
        for (int i = n - 1; i >= 0; --i)
            out = (out << 8) | static_cast<uchar>(raw[i]);
        return true;
    }
    bool popToMark(std::vector<Value *> &out)
    {
        if (marks.empty())
            return false;
        const size_t mark = marks.back();
        marks.pop_back();
        out.assign(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
        stack.resize(mark);
        return true;
    }
    // The value `depth` below the top, above the last mark; null when there is none.
    Value *top(size_t depth = 0) const
    {
        const size_t floor = marks.empty() ? 0 : marks.back();
        return stack.size() > floor + depth ? stack[stack.size() - 1 - depth] : nullptr;
    }
    void pop(size_t count) { stack.resize(stack.size() - count); }
};

inline bool isInt(const PickleReader::Value *v)
{
    return v && v->kind == PickleReader::Value::Kind::Int;
}
inline bool isStr(const PickleReader::Value *v)
{
    return v && v->kind == PickleReader::Value::Kind::Str;
}

// Bounds far above any real state_dict that keep a hostile pickle from allocating without limit.
constexpr size_t kPickleMaxValues = 4'000'000;
constexpr size_t kPickleMaxDims = 16;

// "torch FloatStorage", "torch.cuda HalfStorage" -> the element type; false for anything else.
bool pickleStorageType(const QByteArray &global, WeightsDType &dtype, bool *cuda = nullptr);
// "torch FloatTensor", "torch.cuda FloatTensor" -> the element type; false for anything else.
bool pickleTensorType(const QByteArray &global, WeightsDType &dtype);

} // namespace nss
