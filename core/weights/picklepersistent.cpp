// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/picklereader.h"
#include "weights/picklevalue_p.h"

#include <QCoreApplication>

namespace nss {

// What a pickle refers to outside itself (BINPERSID) and the tensors made from it: storages
// ("storage", class, key, location, numel, view_metadata) in the legacy and zip layouts, tensors
// named by key in the tar layout; tensor geometry from _rebuild_tensor[_v2] arguments or a BUILD
// state, checked against the storage it lies in.

Status PickleReader::persistentIdOp(Machine &m)
{
    using Kind = Value::Kind;
    Value *pid = m.top(0);
    if (pid)
        m.pop(1);
    if (pid && (pid->kind == Kind::Str || pid->kind == Kind::Int) && !m_persistentTensors.isEmpty()) {
        const QByteArray key = pid->kind == Kind::Int ? QByteArray::number(pid->integer) : pid->bytes;
        const auto it = m_persistentTensors.constFind(key);
        if (it == m_persistentTensors.constEnd())
            return error(tr("its pickle refers to tensor %1, which its tar archive does not describe.")
                             .arg(QString::fromUtf8(key.left(40))));
        m.stack.push_back(make(int(Kind::Tensor)));
        m.stack.back()->tensor = *it;
        return succeeded();
    }
    if (!pid || pid->kind != Kind::Tuple || pid->items.empty() || !isStr(pid->items[0]))
        return error(tr("its pickle refers to an unknown kind of external object."));
    if (pid->items[0]->bytes != "storage")
        return error(tr("its pickle refers to a \"%1\", not to tensor storage (a whole model, not a state_dict?).")
                         .arg(QString::fromUtf8(pid->items[0]->bytes.left(40))));
    auto storage = storageFromId(pid->items);
    if (!storage)
        return Unexpected{storage.error()};
    m.stack.push_back(storage.value());
    return succeeded();
}

Expected<PickleReader::Value *> PickleReader::storageFromId(const std::vector<Value *> &a)
{
    using Kind = Value::Kind;
    WeightsDType dtype = WeightsDType::Float32;
    bool cuda = false;
    if ((a.size() != 5 && a.size() != 6) || a[1]->kind != Kind::Global || !pickleStorageType(a[1]->bytes, dtype, &cuda)
        || !isStr(a[2]) || a[2]->bytes.isEmpty() || a[2]->bytes.size() > 256 || !isStr(a[3]) || !isInt(a[4]) || a[4]->integer < 0
        || a[4]->integer > (qint64(1) << 56))
        return error(tr("a storage in its pickle is malformed."));
    Value *result = make(int(Kind::Storage));
    result->storage.key = a[2]->bytes;
    result->storage.dtype = dtype;
    result->storage.numel = a[4]->integer;
    m_traits.cuda = m_traits.cuda || cuda || a[3]->bytes.startsWith("cuda");
    if (a.size() == 6 && a[5]->kind != Kind::None) {
        const Value *view = a[5];
        if (view->kind != Kind::Tuple || view->items.size() != 3 || !isInt(view->items[1]) || !isInt(view->items[2])
            || view->items[1]->integer < 0 || view->items[2]->integer < 0 || view->items[1]->integer > result->storage.numel
            || view->items[2]->integer > result->storage.numel - view->items[1]->integer)
            return error(tr("a storage view in its pickle is malformed."));
        result->storage.viewOffset = view->items[1]->integer;
        result->storage.viewNumel = view->items[2]->integer;
        m_traits.views = true;
    }
    return result;
}

QString placeTensor(PickledTensor &t)
{
    qint64 numel = 1, last = t.storageOffset;
    if (t.shape.size() != t.strides.size() || t.shape.size() > kPickleMaxDims)
        return PickleReader::tr("a tensor in its pickle has malformed arguments.");
    for (size_t i = 0; i < t.shape.size(); ++i) {
        const qint64 size = t.shape[i], stride = t.strides[i];
        if (size < 0 || stride < 0 || size > (qint64(1) << 40) || stride > (qint64(1) << 40))
            return PickleReader::tr("a tensor in its pickle has an invalid shape or stride.");
        if (__builtin_mul_overflow(numel, size, &numel))
            return PickleReader::tr("a tensor in its pickle is impossibly large.");
        qint64 reach = 0;
        if (size > 0 && (__builtin_mul_overflow(size - 1, stride, &reach) || __builtin_add_overflow(last, reach, &last)))
            return PickleReader::tr("a tensor in its pickle is impossibly large.");
    }
    const qint64 available = t.storage.viewNumel >= 0 ? t.storage.viewNumel : t.storage.numel;
    if (t.storageOffset < 0 || (numel > 0 && last >= available))
        return PickleReader::tr("a tensor of shape %1 reaches past the end of its storage (%2 elements).")
            .arg(shapeText(t.shape))
            .arg(available);
    t.storageOffset += t.storage.viewOffset;
    return {};
}

namespace {

// Shape, strides and offset of a tensor in its storage, checked to lie inside it; the problem in
// words, or empty.
QString setGeometry(PickledTensor &t, const PickleReader::Value *offset, const PickleReader::Value *sizes,
                    const PickleReader::Value *strides)
{
    using Kind = PickleReader::Value::Kind;
    if (!isInt(offset) || (sizes->kind != Kind::Tuple && sizes->kind != Kind::List)
        || (strides->kind != Kind::Tuple && strides->kind != Kind::List) || sizes->items.size() != strides->items.size()
        || sizes->items.size() > kPickleMaxDims)
        return PickleReader::tr("a tensor in its pickle has malformed arguments.");
    t.storageOffset = offset->integer;
    for (size_t i = 0; i < sizes->items.size(); ++i) {
        const PickleReader::Value *size = sizes->items[i], *stride = strides->items[i];
        if (!isInt(size) || !isInt(stride))
            return PickleReader::tr("a tensor in its pickle has an invalid shape or stride.");
        t.shape.push_back(size->integer);
        t.strides.push_back(stride->integer);
    }
    return placeTensor(t);
}

} // namespace

// _rebuild_tensor(storage, offset, size, stride) and _rebuild_tensor_v2(..., requires_grad,
// backward_hooks[, metadata]).
Expected<PickleReader::Value *> PickleReader::rebuildTensor(const std::vector<Value *> &a, bool v2)
{
    if ((v2 ? (a.size() != 6 && a.size() != 7) : a.size() != 4) || a[0]->kind != Value::Kind::Storage)
        return error(tr("a tensor in its pickle has malformed arguments."));
    Value *result = make(int(Value::Kind::Tensor));
    result->tensor.storage = a[0]->storage;
    const QString problem = setGeometry(result->tensor, a[1], a[2], a[3]);
    if (!problem.isEmpty())
        return error(problem);
    (v2 ? (a.size() == 7 ? m_traits.rebuildV2Metadata : m_traits.rebuildV2) : m_traits.rebuildV1) = true;
    return result;
}

// A tensor object's state: (storage, offset, size, stride) for a tensor, (data, grad,
// backward_hooks, requires_grad, volatile) for a Variable, whose data is a tensor.
Status PickleReader::fillTensor(Value *target, const std::vector<Value *> &state)
{
    if (target->variable) {
        if (state.size() != 5 || state[0]->kind != Value::Kind::Tensor)
            return error(tr("a tensor in its pickle has malformed arguments."));
        target->tensor = state[0]->tensor;
        m_traits.variable = true;
    } else {
        if (state.size() != 4 || state[0]->kind != Value::Kind::Storage || state[0]->storage.dtype != target->dtype)
            return error(tr("a tensor in its pickle has malformed arguments."));
        target->tensor.storage = state[0]->storage;
        const QString problem = setGeometry(target->tensor, state[1], state[2], state[3]);
        if (!problem.isEmpty())
            return error(problem);
        m_traits.tensorBuild = true;
    }
    target->kind = Value::Kind::Tensor;
    return succeeded();
}

} // namespace nss
