// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/picklereader.h"
#include "weights/picklevalue_p.h"

#include <QCoreApplication>

namespace nss {

// What a pickle may name and call: GLOBAL / STACK_GLOBAL, REDUCE, NEWOBJ and BUILD, for the few
// globals a state_dict of any PyTorch version uses. Nothing is imported or called: each allowed
// global is a recipe for building a value, checked argument by argument.

namespace {

const QHash<QByteArray, WeightsDType> &elementTypes()
{
    static const QHash<QByteArray, WeightsDType> types{{"Float", WeightsDType::Float32}, {"Double", WeightsDType::Float64},
                                                       {"Half", WeightsDType::Float16},  {"BFloat16", WeightsDType::BFloat16},
                                                       {"Long", WeightsDType::Int64},    {"Int", WeightsDType::Int32},
                                                       {"Short", WeightsDType::Int16},   {"Char", WeightsDType::Int8},
                                                       {"Byte", WeightsDType::UInt8},    {"Bool", WeightsDType::Bool}};
    return types;
}

// "torch <Type><suffix>" or "torch.cuda <Type><suffix>": files saved from a GPU name the cuda
// classes; the bytes on disk are the same.
bool torchClass(const QByteArray &global, const char *suffix, WeightsDType &dtype, bool *cuda)
{
    QByteArray name;
    if (global.startsWith("torch "))
        name = global.mid(6);
    else if (global.startsWith("torch.cuda "))
        name = global.mid(11);
    else
        return false;
    if (!name.endsWith(suffix))
        return false;
    const auto it = elementTypes().constFind(name.chopped(int(qstrlen(suffix))));
    if (it == elementTypes().constEnd())
        return false;
    dtype = *it;
    if (cuda)
        *cuda = global.startsWith("torch.cuda ");
    return true;
}

QString pythonName(const QByteArray &global)
{
    return QString::fromUtf8(global).replace(QLatin1Char(' '), QLatin1Char('.'));
}

} // namespace

bool pickleStorageType(const QByteArray &global, WeightsDType &dtype, bool *cuda)
{
    return torchClass(global, "Storage", dtype, cuda);
}

bool pickleTensorType(const QByteArray &global, WeightsDType &dtype)
{
    return torchClass(global, "Tensor", dtype, nullptr);
}

// GLOBAL "module\nname\n" and STACK_GLOBAL; Python 2's __builtin__ is Python 3's builtins.
Status PickleReader::globalOp(Machine &m, uchar op)
{
    QByteArray name;
    if (op == 'c') {
        for (int part = 0; part < 2; ++part) {
            for (;;) {
                char c = 0;
                if (m_device.pos() >= m.limit || !m_device.getChar(&c))
                    return error(m.truncated);
                if (c == '\n')
                    break;
                if (name.size() > 200)
                    return error(tr("its pickle names an overlong Python global."));
                name.append(c);
            }
            if (part == 0)
                name.append(' ');
        }
    } else {
        const Value *global = m.top(0), *module = m.top(1);
        if (!isStr(global) || !isStr(module))
            return error(tr("its pickle is garbled near byte %1.").arg(m_device.pos()));
        name = module->bytes + ' ' + global->bytes;
        m.pop(2);
    }
    if (name.startsWith("__builtin__ "))
        name = "builtins " + name.mid(12);
    m.stack.push_back(make(int(Value::Kind::Global)));
    m.stack.back()->bytes = name;
    return succeeded();
}

// REDUCE: collections.OrderedDict (Python 3: no arguments, items follow; Python 2: a list of
// [key, value] pairs), the tensor rebuild functions, and the bytes a Python 3 pickler writes at
// protocol 2 (_codecs.encode(text, "latin1"), builtins.bytes()).
Status PickleReader::reduceOp(Machine &m)
{
    using Kind = Value::Kind;
    Value *args = m.top(0), *callable = m.top(1);
    if (!args || !callable || args->kind != Kind::Tuple || callable->kind != Kind::Global)
        return error(tr("its pickle calls something that is not a known Python function."));
    m.pop(2);
    const QByteArray &fn = callable->bytes;
    const auto &a = args->items;
    Value *result = nullptr;
    if (fn == "collections OrderedDict") {
        result = make(int(Kind::Dict));
        if (a.size() == 1 && (a[0]->kind == Kind::List || a[0]->kind == Kind::Tuple)) {
            for (const Value *pair : a[0]->items) {
                if ((pair->kind != Kind::List && pair->kind != Kind::Tuple) || pair->items.size() != 2)
                    return error(tr("its pickle builds an OrderedDict from arguments."));
                result->items.insert(result->items.end(), pair->items.begin(), pair->items.end());
            }
            m_traits.py2OrderedDict = true;
        } else if (!a.empty()) {
            return error(tr("its pickle builds an OrderedDict from arguments."));
        }
    } else if (fn == "torch._utils _rebuild_tensor_v2" || fn == "torch._utils _rebuild_tensor") {
        auto tensor = rebuildTensor(a, fn.endsWith("_v2"));
        if (!tensor)
            return Unexpected{tensor.error()};
        result = tensor.value();
    } else if ((fn == "_codecs encode" && a.size() == 2 && isStr(a[0]) && isStr(a[1])
                && (a[1]->bytes == "latin1" || a[1]->bytes == "latin-1"))
               || (fn == "builtins bytes" && a.empty())) {
        result = make(int(Kind::Str));
        if (!a.empty())
            result->bytes = QString::fromUtf8(a[0]->bytes).toLatin1();
    } else {
        return error(tr("its pickle calls %1, which a weights file never needs.").arg(pythonName(fn)));
    }
    m.stack.push_back(result);
    return succeeded();
}

// NEWOBJ: an empty tensor object of PyTorch 0.1.x (torch.FloatTensor & co., Variable), which the
// BUILD that follows fills.
Status PickleReader::newObjOp(Machine &m)
{
    using Kind = Value::Kind;
    Value *args = m.top(0), *cls = m.top(1);
    if (!args || !cls || args->kind != Kind::Tuple || cls->kind != Kind::Global)
        return error(tr("its pickle calls something that is not a known Python function."));
    m.pop(2);
    WeightsDType dtype = WeightsDType::Float32;
    const bool variable = cls->bytes == "torch.autograd.variable Variable" || cls->bytes == "torch.autograd Variable";
    if ((!variable && !pickleTensorType(cls->bytes, dtype)) || !args->items.empty())
        return error(tr("its pickle calls %1, which a weights file never needs.").arg(pythonName(cls->bytes)));
    Value *tensor = make(int(Kind::EmptyTensor));
    tensor->dtype = dtype;
    tensor->variable = variable;
    m.stack.push_back(tensor);
    return succeeded();
}

// BUILD: an OrderedDict's attributes (state_dict's _metadata, which the reader does not need), or
// the state of a tensor object made by NEWOBJ.
Status PickleReader::buildOp(Machine &m)
{
    using Kind = Value::Kind;
    Value *state = m.top(0), *target = m.top(1);
    if (target && target->kind == Kind::EmptyTensor && state && (state->kind == Kind::Tuple || state->kind == Kind::List)) {
        m.pop(1);
        return fillTensor(target, state->items);
    }
    if (!target || target->kind != Kind::Dict)
        return error(tr("its pickle sets the state of something that is not a dictionary."));
    if (state && state->kind == Kind::Dict) {
        for (size_t i = 0; i < state->items.size(); i += 2)
            m_traits.stateDictMetadata = m_traits.stateDictMetadata || state->items[i]->bytes == "_metadata";
    }
    m.pop(1);
    return succeeded();
}

} // namespace nss
